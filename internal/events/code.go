package events

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"parley/internal/actors"
	"parley/internal/analysis"
	folding "parley/internal/fold"
	"parley/internal/places"
	"parley/internal/pos"
	"parley/internal/text"
	"parley/internal/timex"
)

// Input is what the coder reads from the earlier stages of one document.
type Input struct {
	Text      string
	Sentences []analysis.Sentence
	Mentions  []analysis.Mention // in text order, with actor ids where resolved
	Actors    []analysis.Actor
	Quotes    []analysis.Quote
	Published string // YYYY-MM-DD, or "" when unknown
	Dateline  *analysis.Dateline
	// Dictionary, when set, lets the coder find a country named only by
	// its adjective inside an object ("rejected an Australian
	// ultimatum"): such actors are added (Buffers.Actors).
	Dictionary *actors.Dictionary
}

// Coder codes events with one dictionary. It is read-only and safe for
// concurrent use; each goroutine passes its own Buffers.
type Coder struct {
	dict     *Dictionary
	mod      *modality
	contexts contextIndex
	// lex holds, per lower-case word form, what both the dictionary and
	// the modality table know of it, so each token costs one map look-up.
	lex map[string]lexEntry
	// starts lists, by base-word id, the patterns that word can start.
	starts [][]*Pattern
	// own holds the patterns standing for control verbs' own codes.
	own map[string]*Pattern
}

// lexEntry is what the coder knows of a word form.
type lexEntry struct {
	ids   []uint32  // base words it may be a form of
	class wordClass // its roles in modality.txt
	start bool      // it can start a pattern
	own   bool      // a control verb with an own code (modality.own)
}

var defaultCoder = sync.OnceValue(func() *Coder {
	c, err := New(DefaultDictionary())
	if err != nil {
		panic("events: embedded data: " + err.Error())
	}
	return c
})

// Default returns the coder with the embedded dictionary.
func Default() *Coder { return defaultCoder() }

// New returns a coder using dictionary d.
func New(d *Dictionary) (*Coder, error) {
	m, err := parseModality(modalityData, "data/modality.txt")
	if err != nil {
		return nil, err
	}
	cx, err := parseContexts(contextsData, "data/contexts.txt")
	if err != nil {
		return nil, err
	}
	c := &Coder{dict: d, mod: m, contexts: cx, lex: map[string]lexEntry{}}
	c.starts = make([][]*Pattern, len(d.base))
	for id, ps := range d.first {
		c.starts[id] = ps
	}
	for f, ids := range d.forms {
		e := lexEntry{ids: ids}
		for _, id := range ids {
			if len(c.starts[id]) > 0 {
				e.start = true
			}
		}
		c.lex[f] = e
	}
	for w, cl := range m.words {
		e := c.lex[w]
		e.class = cl
		if cl&wAuxDemand != 0 {
			e.start = true // "X said Y must ...": a demand (ownCodes)
		}
		c.lex[w] = e
	}
	c.own = map[string]*Pattern{}
	// The demand "must" makes (mustDemands), made once here.
	c.own["100"] = &Pattern{Code: "100", Text: "(must + verb)", File: "data/modality.txt", words: 1, elems: []element{{}, {target: true}}}
	for w, code := range m.own {
		e := c.lex[w]
		e.start = true // a control verb with an own code can start an event
		e.own = true
		c.lex[w] = e
		if c.own[code] == nil {
			p := &Pattern{Code: code, Text: "(control verb + to)", File: "data/modality.txt", words: 1}
			p.elems = []element{{}, {target: true}}
			c.own[code] = p
		}
	}
	return c, nil
}

// Buffers are the reusable working memory of one goroutine.
type Buffers struct {
	toks      []text.Token
	lower     []byte
	info      []tokInfo
	groups    []group
	matches   []match
	spans     []group
	actorIDs  []string // the mentions' actor ids, viewed by groups
	dates     []timex.Expr
	issues    []string
	pair      dialogue // the document's current two sides
	extra     []analysis.Actor
	heading   bool      // the sentence is a heading (Title Case allowed)
	couldOpen bool      // the strict match failed only for want of a final target
	present   []uint64  // bit set of the base words the sentence has
	setIDs    []uint32  // the bits set in present, to clear them
	tags      []pos.Tag // the sentence's part-of-speech tags
	posBuf    pos.Buffers
	src       string // the text being coded
}

// tokInfo is what the coder knows of one token of the sentence.
type tokInfo struct {
	ids     []uint32 // base words it may be a form of (shared, read-only)
	class   wordClass
	groupAt int32 // group starting here, or -1
	inGroup int32 // group covering this token, or -1
	lo, hi  int32 // its lower-case form in Buffers.lower
	quote   bool  // a quotation mark
	own     bool  // a control verb with an own code, looked up in ownCodes
}

// dialogue is the last pair of sides the document showed interacting
// ("India and China held talks"): a later event of one side that names no
// counterpart ("India would not accept any change") is toward the other,
// and one that names neither ("no agreement was reached") is between them.
type dialogue struct {
	a, b   []string
	ca, cb string // their countries
}

// other returns the side facing country c, or nil.
func (d *dialogue) other(c string) []string {
	switch {
	case c == "" || d.ca == d.cb:
		return nil
	case c == d.ca:
		return d.b
	case c == d.cb:
		return d.a
	}
	return nil
}

// group is a run of actor mentions acting together: "Russia", "Hungarian
// and Romanian officials", "France, Germany and Italy".
type group struct {
	start, end int // tokens [start, end)
	actors     []string
	prep       bool // right after a preposition: not a subject
	synth      bool // made by the coder from an adjective or a place, not a mention
	adjective  bool // made from a country adjective ("an Israeli pullback")
}

// match is one pattern found in the sentence.
type match struct {
	p          *Pattern
	first, end int // tokens [first, end) the pattern words cover (the target included)
	anchor     int // the token of the first required word
	target     int // group filling the "+" slot, or -1
	gaps       int
	source     int // group chosen as source, or -1
	suppressed bool
	byGroup    int
	tgt        int // the target group finally chosen (passive and loose objects included), or -1
	srcSlot    int // the group filling the "$" slot, or -1
	st         verbState
	drop       bool
	objPlace   *places.Place // a place acted on ("shelled Kharkiv")
	override   string        // a code replacing the pattern's ("must" under a verb of saying: a demand)
	afterModal bool          // the word after "must": a verb whatever the tagger says ("must hand over")
}

// Code returns the events of the document in text order, with ids "e1",
// "e2", ... It never fails; sentences it cannot code give no event.
func (c *Coder) Code(in Input, buf *Buffers) []analysis.Event {
	var out []analysis.Event
	codes := actorCodes(in.Actors)
	buf.pair = dialogue{}
	buf.extra = buf.extra[:0]
	mi := 0
	for si, s := range in.Sentences {
		for mi < len(in.Mentions) && in.Mentions[mi].End <= s.Start {
			mi++
		}
		mj := mi
		for mj < len(in.Mentions) && in.Mentions[mj].Start < s.End {
			mj++
		}
		out = c.sentence(in, si, s, in.Mentions[mi:mj], codes, buf, out)
	}
	out = dropHeadingRepeats(in.Sentences, out)
	for i := range out {
		out[i].ID = "e" + strconv.Itoa(i+1)
	}
	// Places tried as sides add their country's actor as they are tried;
	// keep only those an event names.
	n := 0
	for _, a := range buf.extra {
		if usedBy(out, a.ID) {
			buf.extra[n] = a
			n++
		}
	}
	buf.extra = buf.extra[:n]
	return out
}

// usedBy reports whether an event of evs has actor id on a side or as a
// go-between.
func usedBy(evs []analysis.Event, id string) bool {
	for i := range evs {
		if slices.Contains(evs[i].Source, id) || slices.Contains(evs[i].Target, id) || slices.Contains(evs[i].Via, id) {
			return true
		}
	}
	return false
}

func actorCodes(as []analysis.Actor) map[string]*analysis.Actor {
	m := make(map[string]*analysis.Actor, len(as))
	for i := range as {
		m[as[i].ID] = &as[i]
	}
	return m
}

// sentence codes one sentence, appending its events to out.
func (c *Coder) sentence(in Input, si int, s analysis.Sentence, ments []analysis.Mention, codes map[string]*analysis.Actor, buf *Buffers, out []analysis.Event) []analysis.Event {
	t := in.Text
	buf.toks = text.Tokenize(t, s.Start, s.End, buf.toks)
	buf.src = t
	toks := buf.toks
	if len(toks) == 0 {
		return out
	}
	buf.lower = buf.lower[:0]
	buf.info = buf.info[:0]
	if n := (len(c.dict.base) + 63) / 64; len(buf.present) != n {
		buf.present = make([]uint64, n)
	}
	for _, id := range buf.setIDs {
		buf.present[id>>6] = 0
	}
	buf.setIDs = buf.setIDs[:0]
	anyPattern := false
	for _, tk := range toks {
		lo := len(buf.lower)
		buf.lower = appendLower(buf.lower, t[tk.Start:tk.End])
		w := buf.lower[lo:]
		ti := tokInfo{groupAt: -1, inGroup: -1, lo: int32(lo), hi: int32(len(buf.lower))}
		le := c.lex[string(w)]
		ti.ids, ti.class, ti.own = le.ids, le.class, le.own
		anyPattern = anyPattern || le.start
		for _, id := range le.ids {
			buf.present[id>>6] |= 1 << (id & 63)
			buf.setIDs = append(buf.setIDs, id)
		}
		if tk.Kind == text.Punct && isQuoteMark(string(w)) {
			ti.quote = true
		}
		buf.info = append(buf.info, ti)
	}
	if !anyPattern {
		return out
	}
	buf.heading = s.Heading
	buf.tags = buf.tags[:0] // tagged only when a pattern matches (matchAll)
	c.groups(t, toks, ments, buf)
	c.matchAll(buf)
	if len(buf.matches) == 0 {
		return out
	}
	return c.emit(in, si, s, codes, buf, out)
}

// Actors returns the actors the last Code call found that the mentions
// did not name (countries named by an adjective inside an object), for
// the analysis' actors list. The slice is reused by the next call.
func (b *Buffers) Actors() []analysis.Actor { return b.extra }

// tagIsVerb reports whether the tagger (when it ran) read token i as a
// verb.
func (b *Buffers) tagIsVerb(i int) bool {
	return len(b.tags) == len(b.info) && b.tags[i].Verb()
}

func (b *Buffers) word(i int) string { return string(b.lower[b.info[i].lo:b.info[i].hi]) }

func (b *Buffers) is(i int, w string) bool {
	return i >= 0 && i < len(b.info) && string(b.lower[b.info[i].lo:b.info[i].hi]) == w
}

// groups finds the sentence's actor mentions as token ranges and joins
// lists ("A, B and C") into groups.
func (c *Coder) groups(t string, toks []text.Token, ments []analysis.Mention, buf *Buffers) {
	buf.spans = buf.spans[:0]
	buf.actorIDs = buf.actorIDs[:0]
	covered := 0 // end of the last mention taken or dropped: the mentions nested in it go with it
	for _, m := range ments {
		if m.Actor == "" {
			continue
		}
		a := tokenAt(toks, m.Start)
		b := tokenAt(toks, m.End)
		if b < len(toks) && int(toks[b].Start) < m.End {
			b++
		}
		if a >= b {
			continue
		}
		if a < covered {
			continue // nested or overlapping: the first (outer) one stands, or falls
		}
		covered = b
		if b < len(buf.info) && b-a <= 2 && buf.info[b].class&wBizNoun != 0 || b-a >= 2 && b-a <= 3 && buf.info[b-1].class&wBizName != 0 {
			continue // "UK bank Barclays", "Malaysia Airlines": a business's country, no side
		}
		if b < len(buf.info) && buf.info[b].class&wRelation != 0 && possessiveIn(buf, a, b) {
			continue // "Israel's militia ally": another side than Israel
		}
		// One-actor lists are views into a reused buffer (capacity one,
		// so joining a list copies): no allocation per mention. Events
		// copy their lists; nothing keeps a view past the sentence.
		buf.actorIDs = append(buf.actorIDs, m.Actor)
		n := len(buf.actorIDs)
		buf.spans = append(buf.spans, group{start: a, end: b, actors: buf.actorIDs[n-1 : n : n]})
	}
	// Mentions right next to each other are one actor ("Russian President
	// Vladimir Putin" split in two): the head, the later one, names it.
	n := 0
	for _, sp := range buf.spans {
		if n > 0 && buf.spans[n-1].end == sp.start {
			buf.spans[n-1].end = sp.end
			buf.spans[n-1].actors = sp.actors
			continue
		}
		buf.spans[n] = sp
		n++
	}
	buf.spans = buf.spans[:n]
	// Lists: "A and B", "A, B and C". Commas join only in a list that an
	// "and" closes; otherwise a comma starts an apposition or a new
	// phrase ("the Palestinians, a senior Israeli official said").
	buf.groups = buf.groups[:0]
	for i := 0; i < len(buf.spans); {
		j := i // the chain is spans[i..j]
		lastAnd := false
		for j+1 < len(buf.spans) {
			k := buf.spans[j].end
			gap := buf.spans[j+1].start - k
			// Determiners between the joiner and the next name do not
			// count: "Brazil and the United States".
			for d := buf.spans[j+1].start - 1; gap > 1 && d > k && buf.info[d].class&wDet != 0; d-- {
				gap--
			}
			if gap == 1 && (buf.is(k, "and") || buf.is(k, "&")) || gap == 2 && buf.is(k, ",") && buf.is(k+1, "and") {
				lastAnd = true
			} else if gap == 1 && buf.is(k, ",") && !lastAnd {
				// (After "A and B" a comma ends the list: "between Hamas
				// and Fatah, an Egyptian official said".)
				lastAnd = false
			} else {
				break
			}
			j++
		}
		if j-i >= 2 {
			// Three or more names in a row between commas are a list
			// even when no "and" closes it ("to Iran, Libya, North Korea,
			// Sudan, and with strings attached, Cuba").
			lastAnd = true
		}
		g := buf.spans[i]
		for k := i + 1; k <= j; k++ {
			sp := buf.spans[k]
			d := sp.start - 1
			for d > 0 && buf.info[d].class&wDet != 0 {
				d-- // ", the Israeli army said"
			}
			if !lastAnd && buf.is(d, ",") {
				buf.groups = append(buf.groups, g)
				g = sp
				continue
			}
			g.end = sp.end
			if !slices.Contains(g.actors, sp.actors[0]) {
				g.actors = append(g.actors[:len(g.actors):len(g.actors)], sp.actors[0])
			}
		}
		buf.groups = append(buf.groups, g)
		i = j + 1
	}
	for gi := range buf.groups {
		g := &buf.groups[gi]
		j := g.start - 1
		for j >= 0 && buf.info[j].class&wDet != 0 {
			j--
		}
		// "of the divided Mediterranean island": a modifier or two after
		// a determiner, between the preposition and the name (not "at
		// least three Iraqi civilians").
		k := j
		for k >= 0 && k > j-2 && buf.info[k].inGroup < 0 && roleWord(buf, k) {
			k--
		}
		if k < j && k >= 0 && buf.info[k].class&wDet != 0 {
			j = k
			for j >= 0 && buf.info[j].class&wDet != 0 {
				j--
			}
		}
		if j >= 0 && buf.info[j].class&wPrep != 0 {
			g.prep = true
		}
		buf.info[g.start].groupAt = int32(gi)
		for k := g.start; k < g.end; k++ {
			buf.info[k].inGroup = int32(gi)
		}
	}
}

// tokenAt returns the index of the first token ending after byte off.
func tokenAt(toks []text.Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(toks[m].End) <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// matchAll finds every pattern match and keeps, where matches overlap,
// the one with the most words (then the fewest gaps).
func (c *Coder) matchAll(buf *Buffers) {
	buf.matches = buf.matches[:0]
	for i := range buf.info {
		for _, id := range buf.info[i].ids {
			for _, p := range c.starts[id] {
				if !possible(p, buf.present) {
					continue
				}
				if m, ok := c.matchAt(p, i, buf); ok {
					buf.matches = append(buf.matches, m)
				}
			}
		}
	}
	c.ownCodes(buf)
	ms := buf.matches
	if len(ms) > 0 && !buf.heading {
		// The part-of-speech tagger decides whether a pattern's first word
		// is a verb: "the G7 meeting", "US sales arm", "a round of talks"
		// are nouns. Only sentences with a match pay for tagging.
		buf.tags = pos.Default().Tag(buf.src, buf.toks, buf.tags, &buf.posBuf)
		n := 0
		for _, m := range ms {
			if m.first == m.anchor && !m.p.passiveNoun && !m.afterModal && !buf.tags[m.anchor].Verb() && !afterNegatedAux(buf, m.anchor) {
				continue
			}
			ms[n] = m
			n++
		}
		ms = ms[:n]
	}
	buf.matches = ms
	c.mustDemands(buf)
	ms = buf.matches
	if len(ms) == 0 {
		return
	}
	// Keep the best of overlapping matches (their word spans, target
	// excluded, intersect).
	for i := range ms {
		for j := range ms {
			if i == j || ms[j].suppressed || ms[i].suppressed {
				continue
			}
			if wordsOverlap(&ms[i], &ms[j], buf) && better(&ms[j], &ms[i]) {
				ms[i].suppressed = true
			}
		}
	}
	n := 0
	for _, m := range ms {
		if !m.suppressed {
			ms[n] = m
			n++
		}
	}
	buf.matches = ms[:n]
}

func wordsOverlap(a, b *match, buf *Buffers) bool {
	// A match's own words are its span less its target's ("accused
	// Russia of violating its airspace": "accused" and "of violating its
	// airspace").
	a1, a2 := spanLessTarget(a, buf)
	b1, b2 := spanLessTarget(b, buf)
	for _, x := range [2][2]int{a1, a2} {
		for _, y := range [2][2]int{b1, b2} {
			if x[0] < x[1] && y[0] < y[1] && x[0] < y[1] && y[0] < x[1] {
				return true
			}
		}
	}
	return false
}

// spanLessTarget returns the two token ranges of m's words around its
// target (the second empty when it has none).
func spanLessTarget(m *match, buf *Buffers) ([2]int, [2]int) {
	if m.target < 0 {
		return [2]int{m.first, m.end}, [2]int{}
	}
	g := &buf.groups[m.target]
	return [2]int{m.first, min(m.end, g.start)}, [2]int{max(m.first, g.end), m.end}
}

// better reports whether a should win over b.
func better(a, b *match) bool {
	if a.p.words != b.p.words {
		return a.p.words > b.p.words
	}
	if (a.target >= 0) != (b.target >= 0) {
		return a.target >= 0
	}
	if a.gaps != b.gaps {
		return a.gaps < b.gaps
	}
	if a.first != b.first {
		return a.first < b.first
	}
	return a.p.File < b.p.File
}

const maxGap = 2

// forward matches elements e... of p from token pos on, filling m (its
// end, slots and gaps). A word may be found at any place in its window:
// when a later element then fails, the next place is tried ("agreed on
// Monday to a truce": not the "on" of "on Monday" but the "to").
func (c *Coder) forward(p *Pattern, e, pos int, m *match, buf *Buffers, strict bool) bool {
	if e == len(p.elems) {
		m.end = pos
		return true
	}
	el := p.elems[e]
	if el.target || el.source {
		q := pos
		for q < len(buf.info) && q < pos+3 {
			if buf.info[q].groupAt < 0 && buf.info[q].class&wDet != 0 {
				q++
				continue
			}
			if g := buf.info[q].groupAt; g >= 0 && possessivePronoun(buf, int(g)) {
				q++ // "withdraw its troops": "its" is the object's determiner
				continue
			}
			break
		}
		// Lower-case role words before a name are the name's ("allowed
		// candidate Alassane Ouattara", "met opposition leader X").
		for k := q; k < len(buf.info) && k < q+2 && buf.info[k].groupAt < 0 && roleWord(buf, k); k++ {
			if k+1 < len(buf.info) && buf.info[k+1].groupAt >= 0 && capitalised(buf, k+1) {
				q = k + 1
				break
			}
		}
		if q < len(buf.info) && buf.info[q].groupAt >= 0 {
			g := int(buf.info[q].groupAt)
			saved := *m
			if el.source {
				m.srcSlot = g
			} else {
				m.target = g
			}
			if c.forward(p, e+1, buf.groups[g].end, m, buf, strict) {
				return true
			}
			*m = saved
			return false
		}
		if el.target && e > 0 && (requiredAfter(p, e) || agentOrTo(buf, pos)) && c.passiveAt(buf, pos-1) {
			// "was asked (by Russia) to withdraw", "was accused of":
			// in the passive the slot's actor is the subject, before
			// the verb; an agent may stand where the slot was.
			saved := *m
			r := pos
			if buf.is(r, "by") {
				if g := groupAfter(buf, r+1); g >= 0 {
					m.byGroup = g
					r = buf.groups[g].end
				}
			}
			if c.forward(p, e+1, r, m, buf, strict) {
				return true
			}
			*m = saved
		}
		if e == len(p.elems)-1 && el.target {
			if strict {
				buf.couldOpen = true
				return false
			}
			m.end = pos
			return true
		}
		return false
	}
	free := 0 // day words and numbers in the gap, which do not count ("lifted Friday a blockade")
	for q := pos; q < len(buf.info) && q <= pos+maxGap+free; q++ {
		if hasID(buf.info[q].ids, el.ids) {
			saved := *m
			m.gaps += q - pos - free
			if c.forward(p, e+1, q+1, m, buf, strict) {
				return true
			}
			*m = saved
		}
		if buf.is(q, ",") && q+1 < len(buf.info) && buf.info[q+1].groupAt >= 0 {
			// An apposition naming the object again ("forced the UN
			// refugee agency, UNHCR, out of the country") is skipped.
			if e := buf.groups[buf.info[q+1].groupAt].end; e < len(buf.info) && buf.is(e, ",") && e-q <= 6 {
				free += e - q + 1
				q = e
				continue
			}
		}
		if !gapToken(buf, q) && !headInGroup(buf, q, el.ids) {
			break
		}
		if free < 4 && freeGap(buf, q) {
			free++ // "on Monday", "a 72-hour truce": days and numbers do not count
		}
	}
	if el.optional {
		return c.forward(p, e+1, pos, m, buf, strict)
	}
	return false
}

// possessiveIn reports whether a token in [a, b) ends in "'s".
func possessiveIn(buf *Buffers, a, b int) bool {
	for k := a; k < b; k++ {
		if w := buf.word(k); strings.HasSuffix(w, "'s") {
			return true
		}
	}
	return false
}

// roleWord reports whether token q may be a lower-case role noun before
// a name: letters only, in no group, and no word of the grammar's closed
// classes.
func roleWord(buf *Buffers, q int) bool {
	ti := &buf.info[q]
	if ti.inGroup >= 0 || ti.quote || ti.class != 0 || capitalised(buf, q) {
		return false
	}
	for _, r := range buf.lower[ti.lo:ti.hi] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// requiredAfter reports whether a non-optional word follows element e of
// p: the passive reading of a slot needs words after it to be sure
// ("was asked to", "was accused of"; not a bare "was asked").
func requiredAfter(p *Pattern, e int) bool {
	for _, el := range p.elems[e+1:] {
		if !el.optional && !el.target && !el.source {
			return true
		}
	}
	return false
}

// agentOrTo reports whether token q starts an agent ("by Russia") or an
// infinitive ("to withdraw"): after a passive participle whose pattern
// wants its slot filled ("ask + (then)"), they show the slot's actor is
// the subject ("was asked by Russia to withdraw"), not missing.
func agentOrTo(buf *Buffers, q int) bool {
	if buf.is(q, "to") {
		return true
	}
	return buf.is(q, "by") && groupAfter(buf, q+1) >= 0
}

// passiveAt reports whether token i is a participle right after a form
// of "be" (up to one adverb between): "was asked", "has been accused",
// "were formally invited".
func (c *Coder) passiveAt(buf *Buffers, i int) bool {
	if i < 1 || !participle(buf.word(i), c.dict, buf.info[i].ids) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if buf.info[k].class&wBe != 0 {
			return true
		}
		if !strings.HasSuffix(buf.word(k), "ly") {
			return false
		}
	}
	return false
}

// headInGroup reports whether token q is inside an actor mention whose
// later word is the pattern word ids: "free over 150 Palestinian
// prisoners" reaches "prisoners" through "Palestinian".
func headInGroup(buf *Buffers, q int, ids []uint32) bool {
	g := buf.info[q].inGroup
	if g < 0 {
		return false
	}
	for t := q + 1; t < buf.groups[g].end; t++ {
		if hasID(buf.info[t].ids, ids) {
			return true
		}
	}
	return false
}

// freeGap reports whether token q does not count in a pattern's gap: a
// day word, a number, or a piece of a hyphenated number ("72-hour").
func freeGap(buf *Buffers, q int) bool {
	w := buf.word(q)
	switch {
	case buf.info[q].class&wTime != 0, isNumber(w), isCurrency(w):
		return true
	case w == "-":
		return q > 0 && isNumber(buf.word(q-1))
	case q > 1 && buf.is(q-1, "-") && isNumber(buf.word(q-2)):
		return true
	}
	return false
}

func isNumber(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// isCurrency reports whether w is a currency sign ("$20 million", "£5m"):
// free in a gap, as the number after it is.
func isCurrency(w string) bool { return w == "$" || w == "£" || w == "€" }

// ownPattern returns the coder's pattern standing for a control verb's own
// code ("own" lines of modality.txt).
func (c *Coder) ownPattern(code string) *Pattern {
	return c.own[code] // New made one for "100" and for every "own" line
}

// ownCodes adds a match for each control verb ("agreed", "refused",
// "threatened") followed by "to" and a word that starts no match of its
// own: the control verb then is the event.
func (c *Coder) ownCodes(buf *Buffers) {
	n := len(buf.matches)
	for i := 0; i+2 < len(buf.info); i++ {
		if !buf.info[i].own {
			continue
		}
		code := c.mod.own[buf.word(i)]
		if code == "" || !buf.is(i+1, "to") || buf.info[i+2].inGroup >= 0 {
			continue
		}
		taken := false
		for _, m := range buf.matches[:n] {
			if m.first <= i+2 && i+2 < m.end || m.anchor == i {
				taken = true
				break
			}
		}
		if !taken {
			buf.matches = append(buf.matches, match{p: c.ownPattern(code), first: i, anchor: i, end: i + 2, target: -1, source: -1, byGroup: -1, srcSlot: -1})
		}
	}
}

// mustDemands adds a demand for each "must" after an actor under a verb
// of saying, when no real match (one the tagger kept) starts right after
// it. It runs after the part-of-speech filter, so that a pattern word
// used as an adjective ("alleged bombers") does not hide the demand.
func (c *Coder) mustDemands(buf *Buffers) {
	n := len(buf.matches)
	// "Russia said Sudan must return the helicopter": a demand (CAMEO
	// 100) of Sudan by Russia, whatever the verb after "must" is; when
	// that verb has a pattern, its own demand code is found in emit.
	for i := 1; i+1 < len(buf.info); i++ {
		if buf.info[i].class&wAuxDemand == 0 || buf.info[i-1].inGroup < 0 || buf.info[i+1].inGroup >= 0 || buf.toks[i+1].Kind != text.Word {
			continue
		}
		// A match of the verb after "must" itself, or after "be", "not"
		// and the like ("must be ready to mediate", "must not attack"),
		// carries its own demand.
		start := i + 1
		for start < len(buf.info) && start <= i+3 && buf.info[start].class&(wBe|wSkip|wCtlIntent|wNegation) != 0 {
			start++
		}
		taken := false
		for _, m := range buf.matches[:n] {
			if m.first >= i+1 && m.first <= start || m.first <= i+1 && i+1 < m.end {
				taken = true
				break
			}
		}
		if taken || !reportBefore(buf, int(buf.groups[buf.info[i-1].inGroup].start)) {
			continue
		}
		buf.matches = append(buf.matches, match{p: c.ownPattern("100"), first: i + 1, anchor: i + 1, end: i + 2, target: -1, source: -1, byGroup: -1, srcSlot: -1, afterModal: true})
	}
}

// reportBefore reports whether a verb of saying stands before token j in
// the sentence, with no quotation mark between.
func reportBefore(buf *Buffers, j int) bool {
	for r := j - 1; r >= 0; r-- {
		if buf.info[r].quote {
			return false
		}
		if buf.info[r].class&wReport != 0 {
			return true
		}
		if buf.info[r].class&wClause != 0 || buf.is(r, ";") {
			return false // "Russia said talks had failed; Sudan must ...": another clause
		}
	}
	return false
}

// possible reports whether every required word of p occurs somewhere in
// the sentence (present is the set of its base words): a cheap test that
// spares most patterns the matcher.
func possible(p *Pattern, present []uint64) bool {
	for _, e := range p.elems {
		if e.optional || e.target || e.source {
			continue
		}
		ok := false
		for _, id := range e.ids {
			if present[id>>6]&(1<<(id&63)) != 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// matchAt tries pattern p with its first required word at token i.
func (c *Coder) matchAt(p *Pattern, i int, buf *Buffers) (match, bool) {
	// The first required element must be the one matching token i.
	k := 0
	for k < len(p.elems) && p.elems[k].optional {
		if hasID(buf.info[i].ids, p.elems[k].ids) {
			break
		}
		k++
	}
	if k >= len(p.elems) || p.elems[k].target || p.elems[k].source || !hasID(buf.info[i].ids, p.elems[k].ids) {
		return match{}, false
	}
	m := match{p: p, first: i, anchor: i, target: -1, source: -1, byGroup: -1, srcSlot: -1}
	// Optional words before the anchor, right before it.
	j := i - 1
	for e := k - 1; e >= 0 && j >= 0; e-- {
		if hasID(buf.info[j].ids, p.elems[e].ids) {
			m.first = j
			j--
		}
	}
	// First with the target slot filled (trying every place of the words
	// before it: "attend a summit on the unrest in Iran"), then, for a
	// final slot, left open.
	saved := m
	buf.couldOpen = false
	if !c.forward(p, k+1, i+1, &m, buf, true) {
		if !buf.couldOpen {
			return match{}, false // the words themselves are not there
		}
		m = saved
		if !c.forward(p, k+1, i+1, &m, buf, false) {
			return match{}, false
		}
	}
	if m.anchor > 0 && !buf.heading && capitalised(buf, m.anchor) && !buf.info[m.anchor-1].quote && !buf.is(m.anchor-1, ":") {
		// "the International Monetary Fund", "Brown's International
		// Finance Facility": a capitalised word inside a sentence is part
		// of a name, not a verb.
		return match{}, false
	}
	if m.first > 0 && nounDeterminer(buf, m.first-1) {
		// "the attack on Ukraine", "Russia's refusal": a noun, not a verb
		// (CONTRACT.md: no event from a bare noun mention).
		return match{}, false
	}
	return m, true
}

// afterNegatedAux reports whether token i follows a contracted negative
// auxiliary other than a form of "be" ("didn't attack", "won't meet"): a
// verb whatever the tagger says. The tagger learnt from text that splits
// "did" and "n't", and reads the word after the joined token as a noun.
func afterNegatedAux(buf *Buffers, i int) bool {
	return i > 0 && buf.info[i-1].class&wBe == 0 && strings.HasSuffix(buf.word(i-1), "n't")
}

// capitalised reports whether token i starts with an upper-case letter in
// the text.
func capitalised(buf *Buffers, i int) bool {
	tk := buf.toks[i]
	return tk.End > tk.Start && buf.src[tk.Start] >= 'A' && buf.src[tk.Start] <= 'Z'
}

// possessivePronoun reports whether group g is a lone possessive
// pronoun followed by a word ("its troops").
func possessivePronoun(buf *Buffers, g int) bool {
	gr := &buf.groups[g]
	if gr.end != gr.start+1 || gr.end >= len(buf.info) {
		return false
	}
	return buf.info[gr.start].class&wPossessive != 0 && buf.info[gr.end].inGroup < 0 && gapToken(buf, gr.end)
}

// nounDeterminer reports whether token j makes the next word a noun: an
// article, a possessive pronoun, or a possessive ("Russia's").
func nounDeterminer(buf *Buffers, j int) bool {
	if buf.info[j].class&wPossessive != 0 {
		return true
	}
	switch w := buf.word(j); w {
	case "the", "a", "an":
		return true
	case "it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's":
		return false
	default:
		return buf.info[j].inGroup >= 0 && (strings.HasSuffix(w, "'s"))
	}
}

// gapToken reports whether token q may be skipped between two pattern
// words: a word that is not an actor and does not end a clause.
func gapToken(buf *Buffers, q int) bool {
	ti := &buf.info[q]
	if ti.inGroup >= 0 {
		return ti.class&wPossessive != 0 // "withdraw its troops from"
	}
	if ti.quote {
		return true // 'called the meeting "candid"'
	}
	if ti.class&(wClause|wNegation) != 0 {
		return false
	}
	w := buf.lower[ti.lo:ti.hi]
	if len(w) == 0 {
		return false
	}
	r, _ := utf8.DecodeRune(w)
	return r == '-' || r == '$' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 0x80
}

func hasID(have, want []uint32) bool {
	for _, a := range have {
		for _, b := range want {
			if a == b {
				return true
			}
		}
	}
	return false
}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "''", "``":
		return true
	}
	return false
}

// appendLower appends the lower case of s with diacritics and typographic
// apostrophes folded as names are ("don’t" is "don't"; internal/fold).
func appendLower(dst []byte, s string) []byte { return folding.Append(dst, s, true) }
