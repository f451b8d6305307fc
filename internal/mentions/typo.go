package mentions

import (
	_ "embed"
	"strings"

	"parley/internal/actors"
	folding "parley/internal/fold"
	"parley/internal/places"
	"parley/internal/text"
)

//go:embed data/nottypos.txt
var notTyposData string

// Misspelt and oddly cased names of countries.
//
// News copy misspells country names ("Ethopia", "Afganistan", "Quatar",
// "Phillippines") and forms pasted from elsewhere come in odd case
// ("iSrael"). The dictionary matches case-sensitively and exactly, on
// purpose (docs/actors.md), so these fall through and the country's
// actions are lost. typoIndex is the narrow way back: one edit (an
// insertion, a deletion, a substitution or two neighbours swapped) away
// from a one-word name, adjective or demonym of a country, on a word that
// cannot be anything else. A wrong country is worse than none, so the
// word must be capitalised, at least minTypoLen letters long, unknown as
// a name (of an actor, a place or a given name) or an English word, and
// no other country may be within one edit ("Nigerin" is as near Nigerian
// as Nigerien: nobody).

// minTypoLen is the shortest word read as a misspelling ("Quatar"); the
// name it misspells has at least one letter fewer. Below that one edit
// turns too many words and names into a country's.
const minTypoLen = 6

// typoName is one one-word name of a country, lower-cased and folded.
type typoName struct {
	word string
	hit  actors.Hit
}

// typoIndex finds the country a misspelt or oddly cased word names.
type typoIndex struct {
	// byDel has every name under its own spelling and under each
	// spelling with one letter deleted (the symmetric-delete scheme): a
	// word within one edit of a name shares one of these keys with it.
	byDel map[string][]int32
	names []typoName
	// exact finds a name by its lower-cased spelling, for odd casing.
	exact map[string]int32
	// known are lower-cased words that are names of something else or
	// English words: never read as a misspelt country.
	known map[string]bool
	// notSurname are English words that are also surnames in the
	// dictionary ("cleverly", "gallant"): in lower case after a title
	// they are the English word.
	notSurname map[string]bool
	seen       map[typoName]bool // while building: names indexed
	// ends marks the (first, last) letter pairs of the names a
	// misspelling may be of: a misspelling keeps both, so a word whose
	// pair is not here is looked up no further.
	ends [26][26]bool
}

// newTypoIndex indexes the one-word names, adjectives and demonyms of
// d's countries, and the words that are known otherwise: every word of
// d's phrases, the gazetteer's place names, the given names of the
// lexicon and data/nottypos.txt.
func newTypoIndex(d *actors.Dictionary, g *places.Gazetteer, lx *lexicon) *typoIndex {
	// Sized for the built-in data (about 700 names, 5,000 keys, 4,500
	// known words), so that building does not rehash.
	x := &typoIndex{byDel: make(map[string][]int32, 6000), exact: make(map[string]int32, 800), known: make(map[string]bool, 5000), notSurname: map[string]bool{}, seen: make(map[typoName]bool, 800)}
	addKnown := func(phrase string) {
		// Only words a misspelling could be taken for matter: ASCII
		// letters (after folding), at least minTypoLen of them.
		phrase = folding.Lower(phrase)
		for len(phrase) > 0 {
			i := strings.IndexByte(phrase, ' ')
			w := phrase
			if i >= 0 {
				w, phrase = phrase[:i], phrase[i+1:]
			} else {
				phrase = ""
			}
			w = strings.TrimPrefix(w, "~")
			if len(w) < minTypoLen || !asciiLetters(w) {
				continue
			}
			x.known[w] = true
		}
	}
	for _, e := range d.Entries() {
		for _, group := range [][]string{{e.Name}, e.Aliases, e.Adjectives, e.Demonyms, e.Capitals, e.Metonyms} {
			for _, a := range group {
				addKnown(a)
			}
		}
		if e.Kind != actors.KindCountry {
			continue
		}
		for _, l := range []struct {
			names []string
			as    actors.AliasKind
		}{{e.Aliases, actors.AsName}, {e.Adjectives, actors.AsAdjective}, {e.Demonyms, actors.AsDemonym}} {
			for _, a := range l.names {
				a = strings.TrimPrefix(a, "~")
				if a == "" || strings.ContainsAny(a, " .'’-") || !isCap(a) || allCaps(a) {
					// One plain word, as written in running text: not an
					// abbreviation ("U.S.", "UK"), not a phrase.
					continue
				}
				w := folding.Lower(a)
				if !asciiLetters(w) {
					continue
				}
				x.add(w, actors.Hit{Entry: e, As: l.as})
			}
		}
	}
	if g != nil {
		for _, p := range g.Places() {
			for _, n := range g.Names(p) {
				addKnown(n)
			}
		}
	}
	if lx != nil {
		for w := range lx.given {
			x.known[w] = true
		}
	}
	for _, line := range strings.Split(notTyposData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		x.known[f[0]] = true
		if len(f) > 1 && f[1] == "surname" {
			x.notSurname[f[0]] = true
		}
	}
	// A country's own names are not "known" words that block it: the
	// exact index answers for them.
	for _, n := range x.names {
		delete(x.known, n.word)
	}
	x.seen = nil
	return x
}

// add indexes name w (lower-cased ASCII) for hit h.
func (x *typoIndex) add(w string, h actors.Hit) {
	if x.seen[typoName{w, h}] {
		return
	}
	x.seen[typoName{w, h}] = true
	id := int32(len(x.names))
	x.names = append(x.names, typoName{word: w, hit: h})
	if _, ok := x.exact[w]; !ok {
		x.exact[w] = id
	}
	var buf [64]byte
	if len(w) < minTypoLen-1 || len(w) > len(buf) {
		// Names of four letters or fewer ("Iran", "Oman", "Chad") are
		// one edit from too many words: exact, or in odd case, only.
		return
	}
	x.byDel[w] = append(x.byDel[w], id)
	if a, z := w[0]-'a', w[len(w)-1]-'a'; a < 26 && z < 26 {
		x.ends[a][z] = true
	}
	for i := range len(w) {
		k := append(append(buf[:0], w[:i]...), w[i+1:]...)
		key := string(k)
		if l := x.byDel[key]; len(l) == 0 || l[len(l)-1] != id {
			x.byDel[key] = append(l, id)
		}
	}
}

// asciiLetters reports whether w is made of ASCII letters only.
func asciiLetters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// oddCase reports whether w mixes cases the way no name is written: a
// capital after the first letter while some other letter is lower case
// ("iSrael", "ISrael"), not "McCain" (a capital after a lower-case start
// is always odd; after a capital start, only when the word does not read
// as two capitalised parts).
//
// It runs on every lower-case word dictAt sees, so it reads w once.
func oddCase(w string) bool {
	if len(w) < 4 {
		return false
	}
	upper := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c < 'a' || c > 'z':
			return false
		}
	}
	if upper == 0 || upper == len(w) {
		return false
	}
	if w[0] >= 'a' && w[0] <= 'z' {
		return true // "iSrael", "jApan"
	}
	return w[1] >= 'A' && w[1] <= 'Z' // "ISrael", not "McCain"
}

// lookup returns the country word w names through a misspelling or odd
// case, if exactly one does.
func (x *typoIndex) lookup(w string) (actors.Hit, bool) {
	w = stripPoss(w)
	if len(w) > 64 || !asciiLetters(w) {
		return actors.Hit{}, false
	}
	var lb [64]byte
	low := folding.Append(lb[:0], w, true)
	if oddCase(w) {
		if id, ok := x.exact[string(low)]; ok {
			return x.names[id].hit, true
		}
	}
	if len(w) < minTypoLen || !isCap(w) || !(allCaps(w) || w[1:] == string(low[1:])) {
		// Misspellings are looked for only in words written as names
		// are: a capital and lower case, or all capitals.
		return actors.Hit{}, false
	}
	if a, z := low[0]-'a', low[len(low)-1]-'a'; a >= 26 || z >= 26 || !x.ends[a][z] {
		return actors.Hit{}, false
	}
	if x.known[string(low)] {
		return actors.Hit{}, false
	}
	if _, ok := x.exact[string(low)]; ok {
		return actors.Hit{}, false // the dictionary's own business
	}
	best, bestSuffix := int32(-1), -1
	var db [64]byte
	check := func(key []byte) bool {
		for _, id := range x.byDel[string(key)] {
			n := &x.names[id]
			if !withinOneEdit(string(low), n.word) || low[0] != n.word[0] || low[len(low)-1] != n.word[len(n.word)-1] {
				// A misspelling keeps the first and the last letter:
				// "Ethopia", "Quatar", "Isreal"; names one edit from a
				// country's mostly change one of them ("Berman",
				// "Bening", "Persie", "Franca").
				continue
			}
			if best >= 0 && x.names[best].hit.Entry != n.hit.Entry {
				return false // two countries within one edit: nobody
			}
			// The same country by two of its words ("Ethiopan": Ethiopia
			// or Ethiopian): the one whose ending the word keeps.
			if sfx := commonSuffix(string(low), n.word); sfx > bestSuffix || sfx == bestSuffix && id < best {
				best, bestSuffix = id, sfx
			}
		}
		return true
	}
	if !check(low) {
		return actors.Hit{}, false
	}
	for i := range len(low) {
		k := append(append(db[:0], low[:i]...), low[i+1:]...)
		if !check(k) {
			return actors.Hit{}, false
		}
	}
	if best < 0 {
		return actors.Hit{}, false
	}
	return x.names[best].hit, true
}

// withinOneEdit reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of two neighbouring letters.
func withinOneEdit(a, b string) bool {
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	if i == la && i == lb {
		return true
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swap
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}

// commonSuffix is the length of the longest common ending of a and b.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// lowerSurname returns the person a lower-case word right after a
// person's title (head, not a plural) names ("President obama"): a
// one-word alias of a dictionary person, written all in lower case, that
// is no English word the dictionary happens to share ("cleverly"), nor a
// word of the title lexicon. Several people sharing it are settled by
// the document's date, as for capitalised names.
func (s *state) lowerSurname(k, hi int, head *term, plural bool) *actors.Entry {
	if head == nil || head.class != clPerson || plural {
		return nil
	}
	w := stripPoss(s.word(k))
	if len(w) < 2 || !asciiLetters(w) || folding.HasUpperASCII(w) || s.r.typos.notSurname[w] {
		return nil
	}
	if t, _ := s.termAt(k, hi); t != nil {
		return nil // "President elect", "Minister said"
	}
	var best *actors.Entry
	for _, e := range s.r.surnames[w] {
		if best == nil || s.laterHolder(e, best) {
			best = e
		}
	}
	return best
}

// capNeighbour reports whether token j, next to a word looked up as a
// misspelling, is a capitalised word that may belong to the same proper
// name: not a function word that opens a sentence ("The Phillippines").
func (s *state) capNeighbour(j int) bool {
	if j < 0 || j >= len(s.b.toks) || s.b.toks[j].Kind != text.Word {
		return false
	}
	w := s.word(j)
	return isCap(w) && !notName[w]
}
