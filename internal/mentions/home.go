package mentions

import (
	"strings"

	"parley/internal/actors"
	"parley/internal/text"
)

// homeCountry returns the country of a titled person the dictionary does
// not know and whose title names no country ("President Levy
// Mwanawasa", "Judge Alejandro Rivera", "Lt. Gen. Prosper Avril"); the
// person's mention is tokens [ps, pe) of sentence si, head its title
// (nil for a bare rank) and sec the sectors it gives the person. A wrong
// country is worse than none, so the text must say it:
//
//   - when the sentence names countries (as names, adjectives,
//     capitals, bodies, or dictionary people of a country), they must
//     all be one, and one of its mentions must be the person's home: an
//     adjective or possessive before a home word ("the Zambian people",
//     "Haiti's first democratic elections", for a judge "28 Chilean
//     government officials") or a place after a home word and "in" ("a
//     curfew in Algiers"); see data/titles.txt. Any other mention
//     ("called for sanctions against Nigeria", "visited France", "met
//     Vladimir Putin") is one the person acts toward, and leaves them
//     without a country;
//   - when the sentence names none: for a state office (President,
//     Prime Minister, King, Foreign Minister; "state" in
//     data/titles.txt), the one country the previous sentence names, as
//     a bare "President X" is the president of the country the story is
//     about, provided that sentence is about it (aboutUse: "Zambia's
//     parliament met", not "the Iraq war"); then, for any title, the
//     dateline's country.
//
// A country named before the title needs a home word too: it is as often
// the subject acting on the person ("France criticised President X") as
// the person's setting. When the previous sentence names a country it is
// not about, nothing is taken, not even the dateline's.
func (s *state) homeCountry(si, ps, pe int, head *term, sec []string) *actors.Entry {
	if len(sec) == 0 && head != nil {
		sec = head.sectors
	}
	if found, home, groups := s.countriesAround(si, ps, pe, sec, false); found != nil {
		if home {
			return found
		}
		if groups && head != nil && head.state {
			// "President Dos Sontas conceded to demands from UNITA": the
			// one country is named only through its own non-state
			// groups (rebels, parties, peoples), whom a head of state
			// deals with at home; a state office facing them is that
			// state's.
			return found
		}
		return nil
	}
	if head != nil && head.state && si > 0 {
		if found, strong, _ := s.countriesAround(si-1, -1, -1, nil, true); found != nil {
			if strong {
				return found
			}
			return nil
		}
	}
	return s.datelineCountry()
}

// countriesAround scans sentence si, outside tokens [ps, pe), for the
// countries it names: as names, adjectives, capitals, bodies of a
// country and dictionary people holding a country's role. It returns the
// one country named, or nil when there are none or several; whether one
// of its mentions shows it to be a titled person's home (a home word,
// with sectors sec) or, when prev, the country the sentence is about
// (see aboutUse); and whether every mention of it is a non-state group
// of the country ("UNITA", "Hutu rebels of the FDD"), never the state,
// its bodies or its people. A name inside a longer proper name
// ("Northern Ireland") is no mention of the country.
func (s *state) countriesAround(si, ps, pe int, sec []string, prev bool) (*actors.Entry, bool, bool) {
	lo := 0
	if si > 0 {
		lo = int(s.b.sentEnd[si-1])
	}
	hi := int(s.b.sentEnd[si])
	var found *actors.Entry
	ok, groups := false, true
	for j := lo; j < hi; j++ {
		if j >= ps && j < pe || s.b.toks[j].Kind != text.Word || s.inDateline(j) {
			continue
		}
		h, n := s.dictAt(j, hi)
		if n == 0 {
			continue
		}
		e := s.countryOf(h.Entry)
		if h.Entry.Kind == actors.KindPerson {
			// A known person of a country: whoever the unknown one
			// deals with, not a clue to their own country.
			if c := s.r.d.Country(h.Entry.On(s.in.Date).Country); c != nil && c.Kind == actors.KindCountry {
				e = c
			}
		} else if j > lo && s.b.toks[j-1].Kind == text.Word && isCap(s.word(j-1)) && !notName[s.word(j-1)] {
			e = nil // "Northern Ireland"
		}
		if e != nil {
			if found != nil && found != e {
				return nil, false, false
			}
			found = e
			groups = groups && h.Entry.Kind == actors.KindGroup
			if !ok && h.Entry.Kind != actors.KindPerson {
				if prev {
					ok = s.aboutUse(lo, j, n, h, hi)
				} else {
					ok = s.homeWordAt(j, n, h, hi, sec)
				}
			}
		}
		j += n - 1
	}
	return found, ok, found != nil && groups
}

// aboutUse reports whether the country named by tokens [j, j+n) of a
// sentence starting at token lo is what the sentence is about, so that a
// bare "President X" in the next sentence is its president: a
// possessive ("Zambia's parliament"), an adjective before a group, body
// or home word ("the Zambian opposition", "Zambian voters"), or a name
// that acts, with no article before it ("Zambia faces a crisis"). A name
// that only qualifies a noun ("the Iraq war") or is a place does not.
func (s *state) aboutUse(lo, j, n int, h actors.Hit, hi int) bool {
	e := j + n
	if hasPoss(s.word(e - 1)) {
		return true
	}
	if e >= hi || s.b.toks[e].Kind != text.Word {
		return false
	}
	if h.As == actors.AsAdjective {
		if t, _ := s.termAt(e, hi); t != nil && (t.class == clGroup || t.class == clInst || t.class == clPerson) {
			return true
		}
		return s.homeWordAt(j, n, h, hi, nil)
	}
	if h.As != actors.AsName && h.As != actors.AsCapital {
		return false
	}
	if j > lo && s.b.toks[j-1].Kind == text.Word {
		switch strings.ToLower(s.word(j - 1)) {
		case "the", "a", "an", "in", "to", "from", "at", "into", "across", "near", "of":
			return false
		}
	}
	return s.verbish(e) || s.sayWord(e)
}

// homeWordAt reports whether the country named by tokens [j, j+n) is
// shown to be a titled person's home by a home word of the lexicon: the
// adjective or possessive followed, after at most three modifiers, by
// one ("the Zambian people", "Haiti's first democratic elections"), or
// the place after one flagged "in" and the word "in" ("a curfew in
// Algiers", not "young people in China"). Home words
// with sectors count only for titles with one of them (sec).
func (s *state) homeWordAt(j, n int, h actors.Hit, hi int, sec []string) bool {
	var kb [32]byte
	if h.As == actors.AsAdjective || hasPoss(s.word(j+n-1)) {
		for k := j + n; k < hi && k < j+n+4; k++ {
			if s.b.toks[k].Kind != text.Word {
				break
			}
			w := s.word(k)
			key, ok := lowerKey(&kb, w)
			if !ok {
				break
			}
			if t, _ := s.longestTerm(s.r.lx.home[string(key)], k, hi); t != nil && homeFits(t, sec) {
				return true
			}
			if isCap(w) || npStop[string(key)] {
				break
			}
		}
	}
	if j >= 2 && (h.As == actors.AsName || h.As == actors.AsCapital) && strings.EqualFold(s.word(j-1), "in") {
		key, ok := lowerKey(&kb, s.word(j-2))
		if !ok {
			return false
		}
		for _, t := range s.r.lx.homeLast[string(key)] {
			if t.in && homeFits(t, sec) && s.wordsEndAt(t.words, j-1) {
				return true
			}
		}
	}
	return false
}

// homeFits reports whether home word t counts for a title with sectors
// sec: t has no sectors, or shares one with sec.
func homeFits(t *term, sec []string) bool {
	if len(t.sectors) == 0 {
		return true
	}
	for _, a := range t.sectors {
		for _, b := range sec {
			if a == b {
				return true
			}
		}
	}
	return false
}

// wordsEndAt reports whether the tokens just before token e are words
// (lower-cased), ignoring case.
func (s *state) wordsEndAt(words []string, e int) bool {
	st := e - len(words)
	if st < 0 {
		return false
	}
	for k, w := range words {
		if s.b.toks[st+k].Kind != text.Word || !strings.EqualFold(s.word(st+k), w) {
			return false
		}
	}
	return true
}

// nounBefore reports whether the word before token i, in sentence si, is
// a noun a title may head ("magazine" in "Vibe magazine president",
// "company" in "the company chairman"): a lower-case word that is no
// function word and no verb of saying. A verb ("met President X") is
// taken for one too, which costs only a country not given.
func (s *state) nounBefore(si, i int) bool {
	lo := 0
	if si > 0 {
		lo = int(s.b.sentEnd[si-1])
	}
	if i <= lo || s.b.toks[i-1].Kind != text.Word {
		return false
	}
	w := s.word(i - 1)
	if isCap(w) || s.sayWord(i-1) {
		return false
	}
	var kb [32]byte
	key, ok := lowerKey(&kb, w)
	if !ok || npStop[string(key)] {
		return false
	}
	if t, _ := s.termAt(i-1, i); t != nil && t.class == clMod {
		return false // "the new president"
	}
	return s.verbish(i - 1)
}
