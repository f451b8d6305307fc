package mentions

import (
	"fmt"
	"slices"
	"strings"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/text"
)

// tokenAt returns the index of the first token starting at or after byte p.
func (s *state) tokenAt(p int32) int {
	i, _ := slices.BinarySearchFunc(s.b.toks, p, func(t text.Token, p int32) int {
		if t.Start < p {
			return -1
		}
		if t.Start > p {
			return 1
		}
		return 0
	})
	return i
}

// sayIn reports whether a verb of saying lies in the bytes [st, en).
func (s *state) sayIn(st, en int32) bool {
	for i := s.tokenAt(st); i < len(s.b.toks) && s.b.toks[i].End <= en; i++ {
		if t, _ := s.termAt(i, i+1); t != nil && t.class == clSay {
			return true
		}
	}
	return false
}

// sentenceOf returns the sentence containing byte p, or -1.
func (s *state) sentenceOf(p int32) int32 {
	ss := s.in.Sentences
	i, _ := slices.BinarySearchFunc(ss, int(p), func(sn analysis.Sentence, p int) int {
		if sn.End <= p {
			return -1
		}
		if sn.Start > p {
			return 1
		}
		return 0
	})
	if i < len(ss) && ss[i].Start <= int(p) && int(p) < ss[i].End {
		return int32(i)
	}
	return -1
}

// assignQuotes finds each quotation's speaker among the mentions next to
// it in its sentence: `"...," Trump said`, `"...," said Trump`, `Kallas
// said: "..."`. A quotation without one keeps speaker -1. This is a
// simple stand-in for the quotes stage; it only serves first-person
// pronouns and the rule that a quotation's "he" is not its speaker.
func (s *state) assignQuotes() {
	cs := s.b.cands
	for qi := range s.b.quotes {
		q := &s.b.quotes[qi]
		endSent := s.sentenceOf(q.end - 1)
		if q.end < int32(len(s.txt)) {
			if e := s.sentenceOf(q.end); e >= 0 {
				endSent = e
			}
		}
		startSent := s.sentenceOf(q.start)
		// After the closing mark.
		k, _ := slices.BinarySearchFunc(cs, q.end, func(c cand, p int32) int {
			if c.start < p {
				return -1
			}
			if c.start > p {
				return 1
			}
			return 0
		})
		for ; k < len(cs); k++ {
			c := &cs[k]
			if c.quote >= 0 || c.sent != endSent {
				break
			}
			if c.pend == pendFirstSg || c.pend == pendFirstPl {
				continue
			}
			between := strings.Trim(s.txt[q.end:c.start], " ,\u00a0\n")
			if between == "" {
				if s.sayIn(c.end, min(c.end+40, int32(len(s.txt)))) {
					q.speaker = int32(k)
				}
			} else if len(between) < 20 && s.sayIn(q.end, c.start) {
				q.speaker = int32(k)
			}
			break
		}
		if q.speaker >= 0 {
			continue
		}
		if qi > 0 && s.b.quotes[qi-1].speaker >= 0 && !strings.Contains(s.txt[s.b.quotes[qi-1].end:q.start], "\n\n") {
			// A quotation that goes on after the attribution, in the same
			// paragraph: `"...," Trump said. "We'll see ..."`.
			q.speaker = s.b.quotes[qi-1].speaker
			continue
		}
		// Before the opening mark: the last mention outside quotations
		// in the sentence, with a verb of saying between it and the
		// quotation.
		first, _ := slices.BinarySearchFunc(cs, q.start, func(c cand, p int32) int {
			if c.start < p {
				return -1
			}
			if c.start > p {
				return 1
			}
			return 0
		})
		for k := first - 1; k >= max(0, first-maxBack); k-- {
			c := &cs[k]
			if c.end > q.start {
				continue
			}
			if c.sent != startSent {
				break
			}
			if c.quote >= 0 || c.pend == pendFirstSg || c.pend == pendFirstPl {
				continue
			}
			if s.sayIn(c.end, q.start) {
				q.speaker = int32(k)
			}
			break
		}
	}
}

// coref resolves pending mentions, sentence by sentence: first those
// outside quotations, then those inside (so a quotation's speaker, named
// after it, is known), and first-person pronouns last.
func (s *state) coref() {
	cs := s.b.cands
	for lo := 0; lo < len(cs); {
		hi := lo
		for hi < len(cs) && cs[hi].sent == cs[lo].sent {
			hi++
		}
		for _, inQuote := range [2]bool{false, true} {
			for k := lo; k < hi; k++ {
				if c := &cs[k]; c.ref < 0 && (c.quote >= 0) == inQuote {
					switch c.pend {
					case pendThird:
						s.resolveThird(k)
					case pendThey:
						s.resolveThey(k)
					case pendIt:
						s.resolveIt(k)
					case pendDef:
						s.resolveDef(k)
					}
				}
			}
		}
		lo = hi
	}
	for k := range cs {
		c := &cs[k]
		if c.ref >= 0 || c.quote < 0 || c.pend != pendFirstSg && c.pend != pendFirstPl {
			continue
		}
		sp := s.b.quotes[c.quote].speaker
		if sp < 0 || cs[sp].ref < 0 {
			continue
		}
		if c.pend == pendFirstSg {
			c.ref = cs[sp].ref
		} else {
			c.ref = s.sideRef(cs[sp].ref)
		}
	}
}

// speakerRef returns the resolved speaker of the quotation holding
// candidate k, or -1.
func (s *state) speakerRef(k int) int32 {
	c := &s.b.cands[k]
	if c.quote < 0 {
		return -1
	}
	sp := s.b.quotes[c.quote].speaker
	if sp < 0 {
		return -1
	}
	return s.b.cands[sp].ref
}

// sideRef returns the ref of the side an actor speaks for, or -1.
func (s *state) sideRef(ri int32) int32 {
	r := &s.b.refs[ri]
	if r.entry != nil {
		return s.entryRef(s.sideEntry(r.entry))
	}
	if r.country != "" {
		if c := s.r.d.Country(r.country); c != nil {
			return s.entryRef(c)
		}
	}
	return -1
}

// resolveThird links he/she/him/her to the most recent person of a
// compatible gender in this or the previous sentences; inside a quotation,
// not its speaker.
func (s *state) resolveThird(k int) {
	cs := s.b.cands
	c := &cs[k]
	sp := s.speakerRef(k)
	if j := s.coordinatedSubject(k, sp); j >= 0 {
		c.ref = cs[j].ref
		return
	}
	for j := k - 1; j >= max(0, k-maxBack) && cs[j].sent >= c.sent-backPronoun; j-- {
		cj := &cs[j]
		if cj.ref < 0 || cj.ref == sp || cj.pend == pendFirstSg || cj.pend == pendFirstPl {
			continue
		}
		r := &s.b.refs[cj.ref]
		if !r.person || r.gender != genderUnknown && c.gender != genderUnknown && r.gender != c.gender {
			continue
		}
		c.ref = cj.ref
		if r.gender == genderUnknown {
			r.gender = c.gender
		}
		return
	}
}

// coordinatedSubject returns, for a "he"/"she" that opens a clause joined
// by "and" to a clause of its own sentence ("Mirzoyan met Bayramov in
// Geneva on Monday, and on Tuesday he told lawmakers ..."), the
// sentence's first mention when it is a compatible person at the start
// of the sentence: the subject carries over, not the nearest name. It
// returns -1 otherwise.
func (s *state) coordinatedSubject(k int, sp int32) int {
	cs := s.b.cands
	c := &cs[k]
	if c.quote >= 0 || c.obj {
		return -1
	}
	pt := s.tokenAt(c.start)
	joined := false // "and" within the few words before the pronoun
	for t := pt - 1; t >= 0 && t >= pt-5; t-- {
		w := s.word(t)
		if strings.EqualFold(w, "and") {
			joined = true
			break
		}
		if s.b.toks[t].Kind != text.Word && w != "," {
			return -1
		}
	}
	if !joined {
		return -1
	}
	first := -1
	for j := k - 1; j >= 0 && cs[j].sent == c.sent; j-- {
		first = j
	}
	if first < 0 || first == k {
		return -1
	}
	f := &cs[first]
	if f.ref < 0 || f.ref == sp || f.quote >= 0 {
		return -1
	}
	r := &s.b.refs[f.ref]
	if !r.person || r.gender != genderUnknown && c.gender != genderUnknown && r.gender != c.gender {
		return -1
	}
	// The first mention must start its sentence (a title may come first:
	// "Armenian Foreign Minister Ararat Mirzoyan met ...").
	lo := 0
	if c.sent > 0 {
		lo = int(s.b.sentEnd[c.sent-1])
	}
	if s.tokenAt(f.start) > lo+1 {
		return -1
	}
	return first
}

// resolveThey links they/them/their to the most recent group or body
// (not a person, not a country) in this or the previous sentence; inside
// a quotation, not the speaker's side.
func (s *state) resolveThey(k int) {
	cs := s.b.cands
	c := &cs[k]
	if c.obj {
		s.resolveObj(k, true)
		return
	}
	side := int32(-1)
	if sp := s.speakerRef(k); sp >= 0 {
		side = s.sideRef(sp)
	}
	for j := k - 1; j >= max(0, k-maxBack) && cs[j].sent >= c.sent-backThey; j-- {
		cj := &cs[j]
		if cj.ref < 0 || cj.ref == side || cj.pend == pendFirstSg || cj.pend == pendFirstPl {
			continue
		}
		r := &s.b.refs[cj.ref]
		if r.canBeThey() ||
			cj.kind == KindDemonym && r.entry != nil && r.entry.Kind == actors.KindCountry && s.speaksThey(j, k) {
			// A singular generic group ("a US court", "the army") is
			// "it", not "they"; a people named by its plural noun is
			// "they" only as the speaker ("the Palestinians said they"):
			// elsewhere "the French", "Britons" are as often a team or
			// the public as the state.
			c.ref = cj.ref
			return
		}
	}
}

// resolveIt links it/its/itself to the most recent body that may be
// "it": a country, an IGO, a state body, a group, or a singular generic
// group ("the army"); never a person, never a plural group ("officials"),
// and inside a quotation never the speaker or the speaker's side. The
// antecedent is in this or the previous sentence, and nothing that might
// be "it" instead may stand between: a noun phrase that is not an actor
// ("the plan") blocks, unless "it" is followed by a verb of saying, and
// across a paragraph boundary any mention of anyone blocks.
func (s *state) resolveIt(k int) {
	cs := s.b.cands
	c := &cs[k]
	if c.obj {
		s.resolveObj(k, false)
		return
	}
	if ri := s.tellerOf(k); ri >= 0 {
		c.ref = ri
		return
	}
	sp, side := s.speakerRef(k), int32(-1)
	if sp >= 0 {
		side = s.sideRef(sp)
	}
	// Whether a paragraph boundary lies between a candidate and the
	// pronoun, found by scanning back only as far as the candidates go,
	// so that a long sentence of pronouns stays linear.
	scanned, para := c.start, false
	seen := false // a mention between the pronoun and the candidate
	for j := k - 1; j >= max(0, k-maxBack) && cs[j].sent >= c.sent-backIt; j-- {
		cj := &cs[j]
		if !para && cj.end < scanned {
			para = strings.Contains(s.txt[cj.end:min(scanned+1, int32(len(s.txt)))], "\n\n")
			scanned = cj.end
		}
		if para && seen {
			return
		}
		if cj.inBody {
			return // "the head of Iran's state oil company said it": the company
		}
		if s.nested(j) {
			continue // "Sudan" in "Sudan's army said it": the army
		}
		if cj.ref < 0 || cj.ref == sp || cj.ref == side || cj.pend == pendFirstSg || cj.pend == pendFirstPl {
			seen = true
			continue
		}
		r := &s.b.refs[cj.ref]
		ok := r.group && !r.plural || r.entry != nil && !r.group && r.entry.Kind != actors.KindPerson &&
			r.entry.Kind != actors.KindSector && r.entry.Kind != actors.KindRegion // "Europe" is a place
		if !ok {
			seen = true
			continue
		}
		if r.group && r.entry == nil && s.afterPrep(j) {
			// "Yukos is due in a US court as it continues": a body
			// named where something happens is seldom the "it" that
			// acts next; whatever is, it is not this one.
			return
		}
		// Subject to subject across sentences ("Russia rejected the
		// offer. It said ..."): the object between does not count.
		across := cj.sent != c.sent
		if across && (!s.opens(j) || !s.opens(k)) || s.nounBetween(j, k, across) || s.notSubject(j) {
			return
		}
		c.ref = cj.ref
		return
	}
}

// tellerOf returns the teller when pronoun k opens what one actor told
// another ("China assured Pakistan that it would supply jets", "Moscow
// told Kiev it would cut supplies"): the subject speaks of itself, not
// of its addressee, whom recency would pick; -1 otherwise.
func (s *state) tellerOf(k int) int32 {
	cs := s.b.cands
	if k < 2 {
		return -1
	}
	// The two mentions before the pronoun, skipping names nested in a
	// longer mention ("Pakistan" in "the president of Pakistan").
	j := k - 1
	for j >= 0 && s.nested(j) {
		j--
	}
	i := j - 1
	for i >= 0 && s.nested(i) {
		i--
	}
	if i < 0 {
		return -1
	}
	c, obj, subj := &cs[k], &cs[j], &cs[i]
	if subj.ref < 0 || obj.ref < 0 || subj.sent != c.sent || obj.sent != c.sent || subj.ref == obj.ref ||
		subj.end > obj.start || obj.end > c.start {
		return -1
	}
	gap := strings.TrimSpace(s.txt[obj.end:c.start])
	if gap != "" && !strings.EqualFold(gap, "that") {
		return -1
	}
	between := s.txt[subj.end:obj.start]
	if strings.Count(strings.TrimSpace(between), " ") > 1 || !s.sayIn(subj.end, obj.start) {
		return -1 // one verb of saying between, with at most an adverb or a day
	}
	return subj.ref
}

// resolveObj links "it" or "them" ending a clause after a preposition
// ("Israel said a bomb was fired at it") to the speaker of the verb of
// saying that governs the clause: the nearest mention in the sentence
// that a verb of saying follows. A pronoun that is not reflexive never
// refers to the subject of its own clause, so the mentions between the
// verb and the pronoun ("a bomb", "Hamas fired rockets at it") are
// passed over; but a clause boundary between them (a comma, "which",
// "because") ends the search, since the pronoun may then be anything.
// "Them" takes a group or a body, "it" what resolveIt allows.
func (s *state) resolveObj(k int, they bool) {
	cs := s.b.cands
	c := &cs[k]
	if c.quote >= 0 {
		return
	}
	pi := s.tokenAt(c.start)
	for j := k - 1; j >= max(0, k-maxBack) && cs[j].sent == c.sent; j-- {
		cj := &cs[j]
		if cj.ref < 0 || s.nested(j) || cj.quote >= 0 {
			continue
		}
		v := s.sayAfter(j, pi)
		if v < 0 {
			continue // a mention inside the clause: never its object
		}
		if s.clauseBreak(v+1, pi) {
			return
		}
		r := &s.b.refs[cj.ref]
		var ok bool
		if they {
			ok = r.canBeThey()
		} else {
			ok = r.group && !r.plural || r.entry != nil && !r.group && r.entry.Kind != actors.KindPerson &&
				r.entry.Kind != actors.KindSector && r.entry.Kind != actors.KindRegion
		}
		if ok && !s.notSubject(j) {
			c.ref = cj.ref
		}
		return
	}
}

// speaksThey reports whether candidate j is the subject of a verb of
// saying whose reported clause candidate k, a pronoun, opens: "The
// Palestinians said they", "the Iranians said on Monday that they".
func (s *state) speaksThey(j, k int) bool {
	cs := s.b.cands
	if cs[j].sent != cs[k].sent {
		return false
	}
	pi := s.tokenAt(cs[k].start)
	if !strings.EqualFold(s.word(pi), "they") || s.sayAfter(j, pi) < 0 {
		return false // "Britons say their phones ...": not a subject
	}
	lo := s.tokenAt(s.sentStart(int(cs[k].sent)))
	if pi-1 < lo || s.b.toks[pi-1].Kind != text.Word {
		return false
	}
	if strings.EqualFold(s.word(pi-1), "that") {
		return pi-2 >= lo && s.saidBefore(lo, pi-2)
	}
	return s.saidBefore(lo, pi-1)
}

// sayAfter returns the token of a verb of saying right after candidate
// j ("Israel said", "Israel on Monday said", "the army has said") and
// before token lim, or -1.
func (s *state) sayAfter(j, lim int) int {
	i := s.tokenAt(s.b.cands[j].end)
	for n := 0; i < lim && n < 4; i, n = i+1, n+1 {
		if s.sayWord(i) {
			return i
		}
		if s.b.toks[i].Kind != text.Word {
			return -1
		}
	}
	return -1
}

// clauseBreak reports whether tokens [from, to) hold the boundary of a
// clause after which "it" might be anything: punctuation, a relative
// pronoun or a subordinating conjunction.
func (s *state) clauseBreak(from, to int) bool {
	var kb [32]byte
	for i := from; i < to; i++ {
		if s.b.toks[i].Kind != text.Word {
			switch s.word(i) {
			case "-", "'", "’":
				continue
			}
			return true
		}
		key, _ := lowerKey(&kb, s.word(i))
		switch string(key) {
		case "which", "who", "whom", "whose", "because", "but", "while", "when", "after", "before", "if",
			"although", "though", "unless", "until", "since", "where":
			return true
		}
	}
	return false
}

// afterPrep reports whether candidate j is the object of a preposition
// ("in a US court", "to the parliament"), skipping an article.
func (s *state) afterPrep(j int) bool {
	i := s.tokenAt(s.b.cands[j].start)
	if i > 0 && s.b.toks[i-1].Kind == text.Word {
		switch strings.ToLower(s.word(i - 1)) {
		case "a", "an", "the":
			i--
		}
	}
	if i == 0 || s.b.toks[i-1].Kind != text.Word {
		return false
	}
	switch strings.ToLower(s.word(i - 1)) {
	case "in", "at", "to", "from", "with", "by", "before", "into", "against", "for", "of", "on", "through", "via":
		return true
	}
	return false
}

// opens reports whether candidate j opens its sentence, so that it is
// likely the subject an "It" of the next sentence continues ("Russia
// sent a proposal. It said ..."); only words like "The" or "But" may
// come before it.
func (s *state) opens(j int) bool {
	c := &s.b.cands[j]
	for i, n := s.tokenAt(s.sentStart(int(c.sent))), 0; i < len(s.b.toks) && s.b.toks[i].Start < c.start; i, n = i+1, n+1 {
		if n > 8 || s.b.toks[i].Kind == text.Word && !notName[s.word(i)] {
			return false
		}
	}
	return true
}

// nounBetween reports whether something that might be "it" instead
// stands between candidates j and k: a name that is not a mention
// ("Yukos", "Boeing": companies are not actors, but they are "it"), or a
// noun phrase ("the plan", "a statement", "the committee"), unless
// namesOnly.
func (s *state) nounBetween(j, k int, namesOnly bool) bool {
	cs := s.b.cands
	from, to := cs[j].end, cs[k].start
	m := j + 1
	n := 0
	for i := s.tokenAt(from); i+1 < len(s.b.toks) && s.b.toks[i+1].End <= to; i++ {
		if n++; n > 400 {
			return true
		}
		if s.b.toks[i].Kind != text.Word {
			continue
		}
		st := s.b.toks[i].Start
		for m < k && cs[m].end <= st {
			m++
		}
		if m < k && cs[m].start <= st {
			continue // inside a mention ("the delegation"), seen already
		}
		switch w := s.word(i); w {
		case "the", "The", "a", "A", "an", "An", "this", "This":
			if namesOnly {
				continue
			}
		default:
			if isCap(w) && !notName[w] && !calendar[w] {
				return true // a name that is no actor's
			}
			continue
		}
		if w := s.word(i + 1); s.b.toks[i+1].Kind == text.Word && !isCap(w) {
			return true
		}
	}
	return false
}

// notSubject reports whether the name of candidate j only qualifies
// something else, which would be "it" rather than the name's actor: a
// body it modifies ("the US court", "the UK's biggest coal producer"),
// a list it is part of ("France and the United Kingdom"), a name it
// ends ("Bank of America"), a possessive before it ("its London
// rival"), a possessive ("Singapore's economy grew ..., its best"), or,
// for a country's short name in capitals, any noun after
// it ("US sales", against "US warned").
func (s *state) notSubject(j int) bool {
	c := &s.b.cands[j]
	toks := s.b.toks
	lo, hi := s.tokenAt(c.start), s.tokenAt(c.end)
	var kb [32]byte
	if lo > 1 && strings.EqualFold(s.word(lo-1), "the") {
		lo-- // "and the United Kingdom"
	}
	if lo > 0 && toks[lo-1].Kind == text.Word {
		key, _ := lowerKey(&kb, s.word(lo-1))
		switch string(key) {
		case "and", "or", "nor", "its", "their", "his", "her", "our", "my", "your":
			return true
		case "of":
			if lo > 1 && isCap(s.word(lo-2)) {
				return true
			}
		}
	}
	if hi > 0 && hi <= len(toks) && hasPoss(s.word(hi-1)) {
		return true // "Israel's economy ... as it continues": the economy
	}
	for e := hi; e < min(hi+4, len(toks)) && toks[e].Kind == text.Word; e++ {
		w := s.word(e)
		if e == hi {
			key, _ := lowerKey(&kb, w)
			switch string(key) {
			case "and", "or", "nor":
				return true
			}
		}
		if isCap(w) {
			break
		}
		if t, _ := s.bodyNounAt(e, e+1); t != nil {
			return true
		}
		if e == hi && c.end-c.start <= 4 && allCaps(s.txt[c.start:c.end]) && c.ref >= 0 && s.b.refs[c.ref].entry != nil &&
			s.b.refs[c.ref].entry.Kind == actors.KindCountry && !subjectVerb(w) {
			if t, _ := s.termAt(e, e+1); t == nil || t.class != clSay {
				return true
			}
		}
		if npStop[w] {
			break
		}
	}
	return false
}

// allCaps reports whether w has no lower-case ASCII letter.
func allCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// subjectVerb reports whether w looks like the verb of a subject before
// it: an auxiliary or a past tense.
func subjectVerb(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "will", "would", "could", "should", "may", "might", "must",
		"can", "did", "does", "wants", "plans", "says", "said", "hopes", "expects", "insists",
		"held", "told", "met", "made", "took", "gave", "sent", "won", "lost", "led", "left", "struck",
		"began", "saw", "became", "brought", "bought", "sold", "paid", "put", "set", "cut", "hit", "kept",
		"sought", "spent", "threw", "wrote", "drew", "chose", "rejected", "denied", "agreed":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// calendar are capitalised words that name no one.
var calendar = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan.": true, "Feb.": true, "Aug.": true, "Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true,
}

// nested reports whether candidate j lies inside an earlier, longer
// candidate: "Sudan" in "Sudan's army". Nested names are added right
// after the mention that holds them.
func (s *state) nested(j int) bool {
	cs := s.b.cands
	for i := j - 1; i >= max(0, j-5); i-- {
		if cs[i].start <= cs[j].start && cs[j].end <= cs[i].end && cs[i].end-cs[i].start > cs[j].end-cs[j].start {
			return true
		}
		if cs[i].end <= cs[j].start && cs[i].start < cs[j].start-200 {
			break
		}
	}
	return false
}

// politicalGroup reports whether a group word names a political side
// (armed groups, the opposition, officials, forces, police, lawmakers,
// judges), which the one country of its sentence claims; "the men", "the
// firms" or "the journalists" are no one's by default.
func politicalGroup(t *term) bool {
	if looseGroup(t) {
		return true
	}
	if len(t.sectors) == 0 {
		return false
	}
	switch t.sectors[0] {
	case "OPP", "GOV", "MIL", "COP", "LEG", "JUD", "REB", "SEP", "SPY":
		return true
	}
	return false
}

// resolveDef links a definite description to the most recent compatible
// antecedent: "the aide" to the person last given that title (or holding
// that role), "the delegation" to the government last mentioned, "the
// military" to the last military group. "The former president" goes to
// the person of the article it fits, even when the dictionary says that
// person holds the office: then the mention carries a warning and the
// actor keeps the dictionary's role.
func (s *state) resolveDef(k int) {
	cs := s.b.cands
	c := &cs[k]
	head := c.head
	if head == nil {
		return
	}
	back := backDef
	if head.class == clInst {
		back = backInst
	}
	for j := k - 1; j >= max(0, k-maxBack) && cs[j].sent >= c.sent-int32(back); j-- {
		cj := &cs[j]
		if cj.ref < 0 || cj.pend == pendFirstSg || cj.pend == pendFirstPl {
			continue
		}
		r := &s.b.refs[cj.ref]
		switch head.class {
		case clPerson:
			if r.group && r.suffix == head.suffix && !c.former && c.ctx == nil {
				// "the official" after "a senior Turkish official"
				c.ref = cj.ref
				return
			}
			if !r.person || r.gender != genderUnknown && c.gender != genderUnknown && r.gender != c.gender {
				continue
			}
			if !s.personFits(r, c) {
				continue
			}
			c.ref = cj.ref
			s.formerWarning(c, r)
			return
		case clInst:
			if len(head.sectors) > 0 && head.sectors[0] == "IGO" {
				if r.entry != nil && r.entry.Kind == actors.KindIGO {
					c.ref = cj.ref
					return
				}
				continue
			}
			if ri := s.sideRef(cj.ref); ri >= 0 {
				c.ref = ri
				return
			}
		default:
			if r.group && r.suffix == head.suffix {
				c.ref = cj.ref
				return
			}
		}
	}
	if head.class == clGroup && !c.named && c.ctx == nil && politicalGroup(head) {
		// "The opposition boycotted the elections in Azerbaijan", "the
		// rebels" with none named before: of the one country the
		// sentence (or the dateline) names, as with no article.
		if cc := s.contextCountry(int(c.sent)); cc != nil {
			c.ref = s.groupRef(cc, head)
			return
		}
	}
	if looseGroup(head) && !c.named {
		c.ref = s.looseGroupRef(head) // "the rebels" with none named before
		return
	}
	if head.class == clPerson && c.former && c.ctx != nil {
		if p := s.r.holder(c.ctx, head, s.in.Date, true); p != nil {
			c.ref = s.entryRef(p)
		}
	}
}

// personFits reports whether person r may be what description c calls
// them: the text gave them the same title, or the dictionary has them in
// that role (for "former", in any role they held), in c's country if it
// names one.
func (s *state) personFits(r *ref, c *cand) bool {
	if c.ctx != nil {
		side := s.sideEntry(c.ctx)
		var country string
		if r.entry != nil {
			country = s.sideEntry(r.entry).Country
		} else {
			country = r.country
		}
		if country != side.Country {
			return false
		}
	}
	last := c.head.words[len(c.head.words)-1]
	for _, h := range r.heads {
		if h == c.head.canon || strings.HasSuffix(h, " "+last) || h == last {
			return true
		}
	}
	if r.entry == nil {
		return false
	}
	if c.former {
		for _, ro := range r.entry.Roles {
			if s.r.titleMatches(ro.Title, c.head) {
				return true
			}
		}
		return false
	}
	ro := r.entry.On(s.in.Date)
	return !ro.Former && ro.Title != "" && s.r.titleMatches(ro.Title, c.head)
}

// formerWarning warns when "the former X" resolved to someone who holds X
// on the document's date.
func (s *state) formerWarning(c *cand, r *ref) {
	if !c.former || r.entry == nil || s.in.Date == "" {
		return
	}
	ro := r.entry.On(s.in.Date)
	if ro.Former || !s.r.titleMatches(ro.Title, c.head) {
		return
	}
	c.warn = fmt.Sprintf("the text calls %s %q, but on %s the dictionary has them as %s (kept)",
		r.entry.Name, s.txt[c.start:c.end], s.in.Date, ro.Title)
}

// output builds the contract's arrays from the resolved candidates.
func (s *state) output() Output {
	b := s.b
	// A surname alone met before the full name ("Hewitt" in a headline,
	// "Patricia Hewitt" below) made an actor of its own: merge it.
	for k := range b.cands {
		c := &b.cands[k]
		if c.ref < 0 {
			continue
		}
		r := &b.refs[c.ref]
		if r.entry != nil || !r.person || strings.Contains(r.actor.Name, " ") {
			continue
		}
		if ri, ok := b.surnames[r.actor.Name]; ok && ri != c.ref {
			c.ref = ri
		}
	}
	b.order = b.order[:0]
	for k := range b.cands {
		if b.cands[k].ref >= 0 {
			b.order = append(b.order, int32(k))
		}
	}
	out := Output{Mentions: make([]analysis.Mention, 0, len(b.order)), Actors: []analysis.Actor{}}
	slices.SortStableFunc(b.order, func(x, y int32) int {
		a, c := &b.cands[x], &b.cands[y]
		if a.start != c.start {
			return int(a.start - c.start)
		}
		return int(c.end - a.end)
	})
	prevS, prevE := int32(-1), int32(-1)
	for _, k := range b.order {
		c := &b.cands[k]
		if c.start == prevS && c.end == prevE {
			continue
		}
		prevS, prevE = c.start, c.end
		r := &b.refs[c.ref]
		if r.first < 0 || c.start < r.first {
			r.first = c.start
		}
		m := analysis.Mention{Start: int(c.start), End: int(c.end), Text: s.txt[c.start:c.end], Kind: c.kind, Actor: r.id}
		if c.warn != "" {
			m.Warnings = []string{c.warn}
		}
		out.Mentions = append(out.Mentions, m)
		b.links = append(b.links, link{c.start, c.end, c.ref})
		if c.nameEnd > c.nameStart && (c.nameStart != c.start || c.nameEnd != c.end) {
			b.links = append(b.links, link{c.nameStart, c.nameEnd, c.ref})
		}
	}
	b.order = b.order[:0]
	for i := range b.refs {
		if b.refs[i].first >= 0 {
			b.order = append(b.order, int32(i))
		}
	}
	slices.SortStableFunc(b.order, func(x, y int32) int { return int(b.refs[x].first - b.refs[y].first) })
	for _, i := range b.order {
		r := &b.refs[i]
		if r.entry != nil {
			date := s.in.Date
			if r.asOf != "" {
				date = r.asOf
			}
			out.Actors = append(out.Actors, r.entry.Actor(date))
		} else {
			a := r.actor
			a.Sectors = slices.Clone(a.Sectors)
			out.Actors = append(out.Actors, a)
		}
	}
	out.Entities = make([]analysis.Entity, len(s.in.Entities))
	copy(out.Entities, s.in.Entities)
	slices.SortStableFunc(b.links, func(x, y link) int { return int(x.start - y.start) })
	for i := range out.Entities {
		e := &out.Entities[i]
		k, _ := slices.BinarySearchFunc(b.links, e.Start, func(l link, p int) int { return int(l.start) - p })
		for ; k < len(b.links) && int(b.links[k].start) == e.Start; k++ {
			if int(b.links[k].end) == e.End {
				e.Actor = b.refs[b.links[k].ref].id
				break
			}
		}
	}
	return out
}
