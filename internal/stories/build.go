package stories

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"parley/internal/actors"
	"parley/internal/analysis"
)

// Input is what the stories stage reads from the earlier stages of one
// document.
type Input struct {
	Text      string
	Sentences []analysis.Sentence
	Mentions  []analysis.Mention // in text order
	Actors    []analysis.Actor
	Quotes    []analysis.Quote
	Events    []analysis.Event
	Published string // YYYY-MM-DD, or "" when unknown
	// Dictionary names the sides in story titles ("India-China talks");
	// nil is the embedded one (actors.Default). Sides it does not know
	// are named by their actors.
	Dictionary *actors.Dictionary
}

// evInfo is what the stage works out about one event.
type evInfo struct {
	kind     string
	group    string
	role     role
	sides    []string // sides of its source and target actors, source first, no duplicates
	srcSide  bool     // its source has a side
	srcSides []string // the sides of its source alone
	sent     int      // sentence index, -1 when out of range
	para     int
	anchor   bool // may start or extend a story
	step     bool // an announced step, never a story event
	future   bool
	story    int // story it belongs to, -1 for none
}

// story is a story being built.
type story struct {
	group    string
	sides    []string
	anchors  []int // event indices
	members  []int
	steps    []int
	blamed   []string
	goBetw   []string
	mentions []int // sentences that mention it: its anchors' and anaphors'
	lastMent int   // the latest mention sentence seen so far (anaphor resolution)
	firstPar int
	lastPar  int
	date     string // an explicit date of one of its anchors
	loc      *analysis.Location
}

// scratch holds the buffers one Build reuses; Build takes one from a pool.
type scratch struct {
	lower     []byte
	words     []word
	qwords    []word
	hits      []hit
	sentWords []int32 // index of each sentence's first word in words; len = sentences+1
	para      []int
	flags     []uint8 // per sentence: flagUndisclosed, flagRelay
	ana       []anaphor
	side      map[string]string
	envoy     map[string]bool
	info      []evInfo
	sideBuf   []string
	order     []int
}

const (
	flagUndisclosed uint8 = 1 << iota
	flagRelay
)

// anaphor is a definite noun phrase that refers back to a happening ("the
// meeting"), at word index w of sentence sent, resolved to story.
type anaphor struct {
	sent       int
	start, end int // byte range of the noun
	group      string
	story      int
}

var pool = sync.Pool{New: func() any { return &scratch{side: map[string]string{}, envoy: map[string]bool{}} }}

// Build groups the document's events into stories (contract `stories`),
// and returns the quotes with `about` and `stance` filled for those that
// speak about a story (a new slice; the input is not modified). Both
// slices are non-nil. The same input gives the same output.
func Build(in Input) (stories []analysis.Story, quotes []analysis.Quote) {
	quotes = make([]analysis.Quote, len(in.Quotes))
	copy(quotes, in.Quotes)
	if len(in.Events) == 0 {
		return []analysis.Story{}, quotes
	}
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	b := builder{lx: defaultLexicon(), in: in, s: s, quotes: quotes}
	return b.run(), quotes
}

type builder struct {
	lx      *lexicon
	in      Input
	s       *scratch
	quotes  []analysis.Quote
	stories []*story
}

func (b *builder) run() []analysis.Story {
	b.prepare()
	b.anchor()
	if len(b.stories) == 0 {
		return []analysis.Story{}
	}
	b.resolveAnaphors()
	b.regions()
	b.join()
	about := b.about()
	return b.output(about)
}

// prepare scans the text once: lower-cased copy, words per sentence,
// paragraphs, the phrases of non-disclosure and relaying, anaphors; and
// works out each event's kind, role and sides.
func (b *builder) prepare() {
	s, in, lx := b.s, b.in, b.lx
	s.lower = lowerASCII(s.lower, in.Text)
	s.words = s.words[:0]
	s.sentWords = s.sentWords[:0]
	s.para = s.para[:0]
	s.flags = s.flags[:0]
	s.ana = s.ana[:0]
	par, prevEnd := 0, 0
	for i, st := range in.Sentences {
		st.Start, st.End = min(max(st.Start, 0), len(in.Text)), min(st.End, len(in.Text))
		if i > 0 && st.Start > prevEnd && strings.IndexByte(in.Text[prevEnd:st.Start], '\n') >= 0 {
			par++
		}
		if st.End > st.Start {
			prevEnd = st.End
		}
		s.para = append(s.para, par)
		s.sentWords = append(s.sentWords, int32(len(s.words)))
		n := len(s.words)
		var flag uint8
		var und, rel bool
		var ws []word
		ws, s.hits, und, rel = lx.stanceHits(s.lower, st.Start, st.End, s.words[n:], s.hits[:0])
		s.words = append(s.words[:n], ws...)
		if und {
			flag |= flagUndisclosed
		}
		if rel {
			flag |= flagRelay
		}
		s.flags = append(s.flags, flag)
		b.findAnaphors(i, s.words[n:])
	}
	s.sentWords = append(s.sentWords, int32(len(s.words)))

	clear(s.side)
	for _, a := range in.Actors {
		side := a.Country
		if side == "" && len(a.Code) >= 3 {
			side = a.Code[:3]
		}
		if side != "" {
			s.side[a.ID] = side
		}
	}
	clear(s.envoy)
	for _, a := range in.Actors {
		if b.hasEnvoyWord(a.Role) {
			s.envoy[a.ID] = true
		}
	}
	for _, m := range in.Mentions {
		if m.Actor != "" && !s.envoy[m.Actor] && b.hasEnvoyWord(m.Text) {
			s.envoy[m.Actor] = true
		}
	}

	s.info = s.info[:0]
	s.sideBuf = s.sideBuf[:0]
	for _, e := range in.Events {
		ci, _ := lx.code(e.Code)
		inf := evInfo{kind: ci.kind, group: lx.group(ci.kind), role: ci.role, sent: -1, para: -1, story: -1}
		if e.Sentence >= 0 && e.Sentence < len(in.Sentences) {
			inf.sent, inf.para = e.Sentence, s.para[e.Sentence]
		}
		start := len(s.sideBuf)
		for _, id := range e.Source {
			s.sideBuf = b.addSide(s.sideBuf, start, id)
		}
		inf.srcSide = len(s.sideBuf) > start
		srcEnd := len(s.sideBuf)
		for _, id := range e.Target {
			s.sideBuf = b.addSide(s.sideBuf, start, id)
		}
		inf.sides = s.sideBuf[start:len(s.sideBuf):len(s.sideBuf)]
		inf.srcSides = s.sideBuf[start:srcEnd:srcEnd]
		weak := e.Modality == "hypothetical" || e.Modality == "conditional" || e.Modality == "denied_by_source"
		inf.future = e.Modality == "future"
		switch {
		case ci.role == 0:
		case ci.role == roleIntent:
			inf.step = !e.Negated && !weak
		case ci.role == roleHappening && inf.future:
			inf.step = !e.Negated
		case ci.role == roleHappening:
			inf.anchor = !e.Negated && !weak && len(inf.sides) > 0
		}
		s.info = append(s.info, inf)
	}
}

// addSide appends the side of actor id to buf unless buf[start:] has it.
func (b *builder) addSide(buf []string, start int, id string) []string {
	side := b.s.side[id]
	if side == "" {
		side = id // an actor with no country is a side of its own
	}
	if side == "" || slices.Contains(buf[start:], side) {
		return buf
	}
	return append(buf, side)
}

func (b *builder) hasEnvoyWord(s string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\'' }) {
		if b.lx.envoys[strings.ToLower(f)] {
			return true
		}
	}
	return false
}

// determiners open a definite noun phrase that can refer back.
var determiners = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// findAnaphors records the definite noun phrases of sentence i whose head
// is an anaphor noun: a determiner or a possessive ("yesterday's"), at
// most two words, then the noun.
func (b *builder) findAnaphors(sent int, ws []word) {
	lx, lower := b.lx, b.s.lower
	for k, w := range ws {
		kind, ok := lx.anaphors[string(lower[w.start:w.end])]
		if !ok {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			d := lower[ws[j].start:ws[j].end]
			if ws[j+1].brk {
				break
			}
			if string(d) == "a" || string(d) == "an" {
				break
			}
			if determiners[string(d)] || strings.HasSuffix(string(d), "'s") || strings.HasSuffix(string(d), "’s") {
				b.s.ana = append(b.s.ana, anaphor{sent: sent, start: int(w.start), end: int(w.end), group: lx.group(kind), story: -1})
				break
			}
		}
	}
}

// anchor clusters the happenings into stories, in event order: an event
// joins the latest story it is compatible with, else starts one.
func (b *builder) anchor() {
	for i := range b.in.Events {
		inf := &b.s.info[i]
		if !inf.anchor {
			continue
		}
		e := &b.in.Events[i]
		best := -1
		for si, st := range b.stories {
			if b.compatible(st, inf, e) && (best < 0 || last(b.stories[best].anchors) < last(st.anchors)) {
				best = si
			}
		}
		if best < 0 {
			best = len(b.stories)
			b.stories = append(b.stories, &story{group: inf.group, firstPar: -1, lastPar: -1, lastMent: -1})
		}
		st := b.stories[best]
		st.anchors = append(st.anchors, i)
		st.members = append(st.members, i)
		inf.story = best
		for _, sd := range inf.sides {
			if !slices.Contains(st.sides, sd) {
				st.sides = append(st.sides, sd)
			}
		}
		if st.date == "" && e.Date != "" && !e.DateFromPublication {
			st.date = e.Date
		}
		if st.loc == nil && e.Location != nil {
			st.loc = e.Location
		}
		if inf.sent >= 0 && !slices.Contains(st.mentions, inf.sent) {
			st.mentions = append(st.mentions, inf.sent)
		}
	}
}

func last(l []int) int { return l[len(l)-1] }

// compatible reports whether a happening can be a mention of st: the same
// group of kinds, participants one within the other (up to direction), and
// no conflicting explicit date or country of place.
func (b *builder) compatible(st *story, inf *evInfo, e *analysis.Event) bool {
	if st.group != inf.group || !subset(inf.sides, st.sides) && !subset(st.sides, inf.sides) {
		return false
	}
	if e.Date != "" && !e.DateFromPublication && st.date != "" && st.date != e.Date {
		return false
	}
	if e.Location != nil && st.loc != nil && e.Location.Country != "" && st.loc.Country != "" && e.Location.Country != st.loc.Country {
		return false
	}
	return true
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// resolveAnaphors gives each definite reference ("the talks") the story
// of its group mentioned last before it; in a heading, which comes before
// the body that tells it, the first story of the group.
func (b *builder) resolveAnaphors() {
	ana := b.s.ana
	ai := 0
	for si := range b.in.Sentences {
		for _, st := range b.stories {
			if slices.Contains(st.mentions, si) {
				st.lastMent = si
			}
		}
		for ; ai < len(ana) && ana[ai].sent == si; ai++ {
			a := &ana[ai]
			best := -1
			for k, st := range b.stories {
				if st.group != a.group {
					continue
				}
				if st.lastMent >= 0 && (best < 0 || st.lastMent > b.stories[best].lastMent) {
					best = k
				}
			}
			if best < 0 && b.in.Sentences[si].Heading {
				for k, st := range b.stories {
					if st.group == a.group {
						best = k
						break
					}
				}
			}
			if best < 0 {
				continue
			}
			a.story = best
			st := b.stories[best]
			if !slices.Contains(st.mentions, si) {
				st.mentions = append(st.mentions, si)
			}
			st.lastMent = max(st.lastMent, si)
		}
	}
	for _, st := range b.stories {
		slices.Sort(st.mentions)
	}
}

// regions sets each story's paragraphs: from the first that mentions it
// to the last, and the one after unless that one is a heading or opens
// with a word that starts something else ("Separately").
func (b *builder) regions() {
	s := b.s
	for _, st := range b.stories {
		for _, si := range st.mentions {
			p := s.para[si]
			if st.firstPar < 0 || p < st.firstPar {
				st.firstPar = p
			}
			st.lastPar = max(st.lastPar, p)
		}
		// the paragraph after the last mention
		for si := range b.in.Sentences {
			if s.para[si] == st.lastPar+1 {
				if !b.in.Sentences[si].Heading && !b.opensWithBoundary(si) {
					st.lastPar++
				}
				break
			}
		}
	}
}

func (b *builder) opensWithBoundary(si int) bool {
	s := b.s
	if s.sentWords[si] == s.sentWords[si+1] {
		return false
	}
	w := s.words[s.sentWords[si]]
	return b.lx.boundaries[string(s.lower[w.start:w.end])]
}

func (b *builder) inRegion(st *story, para int) bool {
	return para >= 0 && para >= st.firstPar && para <= st.lastPar
}

// join attaches the events that are not happenings of their own:
// statements and negated happenings said in a sentence that mentions a
// story, or by its sides in its paragraphs, become its events; announced
// steps of its group become its next steps; accusations give its blamed.
func (b *builder) join() {
	for i := range b.in.Events {
		inf := &b.s.info[i]
		if inf.story >= 0 || inf.role == 0 {
			continue
		}
		e := &b.in.Events[i]
		si := b.connected(inf, e)
		if si < 0 {
			continue
		}
		st := b.stories[si]
		switch {
		case inf.step:
			if inf.group == st.group || inf.sent >= 0 && b.s.flags[inf.sent]&flagRelay != 0 {
				st.steps = append(st.steps, i)
				inf.story = si
			}
		case inf.future:
			// a future statement is neither the happening nor a step of it
		case inf.role == roleAccusation:
			for _, t := range e.Target {
				if !slices.Contains(st.blamed, t) {
					st.blamed = append(st.blamed, t)
				}
			}
			if inf.srcSide && subset(inf.sides, st.sides) {
				st.members = append(st.members, i)
				inf.story = si
			}
		default:
			st.members = append(st.members, i)
			inf.story = si
		}
	}
	for si, st := range b.stories {
		slices.Sort(st.members)
		slices.Sort(st.steps)
		b.goBetweens(si, st)
	}
}

// connected returns the story an event is connected to, or -1: the story
// its sentence mentions (sharing the most sides if several do), else the
// nearest story whose sides hold all of the event's and whose paragraphs
// hold it. An event of none of the story's sides is connected by its
// sentence only when the sentence tells a happening of the story or the
// reference follows the event's words ("the US welcomed the talks", not
// "statements on the talks, which Islamabad dismissed").
func (b *builder) connected(inf *evInfo, e *analysis.Event) int {
	best, bestShared := -1, -1
	if inf.sent >= 0 {
		for k, st := range b.stories {
			if !slices.Contains(st.mentions, inf.sent) {
				continue
			}
			shared := 0
			for _, sd := range inf.sides {
				if slices.Contains(st.sides, sd) {
					shared++
				}
			}
			if shared == 0 && !b.tellsHappening(st, inf.sent) && !b.refersAfter(k, inf.sent, e.Evidence) {
				continue
			}
			if shared > bestShared {
				best, bestShared = k, shared
			}
		}
	}
	if best >= 0 {
		return best
	}
	if !inf.srcSide {
		return -1
	}
	bestDist := 1 << 30
	for k, st := range b.stories {
		// A side of the story accusing someone outside it in the story's
		// paragraphs ("Bayramov accused France of stalling the peace
		// process") blames in connection with it.
		accuses := inf.role == roleAccusation && len(inf.srcSides) > 0 && subset(inf.srcSides, st.sides)
		if !subset(inf.sides, st.sides) && !accuses || !b.inRegion(st, inf.para) {
			continue
		}
		if d := b.distance(st, inf.sent); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// tellsHappening reports whether sentence si holds one of st's happenings.
func (b *builder) tellsHappening(st *story, si int) bool {
	for _, i := range st.anchors {
		if b.s.info[i].sent == si {
			return true
		}
	}
	return false
}

// objectWindow is how far (bytes) after an event's words a reference to a
// story still reads as its object: "welcomed the resumption of the talks".
const objectWindow = 60

// refersAfter reports whether a reference to story k in sentence si
// starts inside the event's evidence or just after it.
func (b *builder) refersAfter(k, si int, ev analysis.Span) bool {
	for _, a := range b.s.ana {
		if a.story == k && a.sent == si && a.start >= ev.Start && a.start <= ev.End+objectWindow {
			return true
		}
	}
	return false
}

// distance is how far sentence si is from a story's nearest mention, a
// mention before it counting as nearer than one as far after it.
func (b *builder) distance(st *story, si int) int {
	d := 1 << 30
	for _, m := range st.mentions {
		if m <= si {
			d = min(d, 2*(si-m))
		} else {
			d = min(d, 2*(m-si)+1)
		}
	}
	return d
}

// goBetweens collects the actors who carry messages between the sides: the
// go-betweens ("via") of its events and steps, the sources of its
// mediation events, and actors described as envoys or mediators named in a
// sentence of its paragraphs that speaks of relaying ("will report back").
func (b *builder) goBetweens(si int, st *story) {
	add := func(id string) {
		if id != "" && !slices.Contains(st.goBetw, id) {
			st.goBetw = append(st.goBetw, id)
		}
	}
	for _, l := range [][]int{st.members, st.steps} {
		for _, i := range l {
			e := &b.in.Events[i]
			for _, v := range e.Via {
				add(v)
			}
			if b.s.info[i].kind == "mediation" {
				for _, v := range e.Source {
					add(v)
				}
			}
		}
	}
	if len(b.s.envoy) == 0 {
		return
	}
	for _, m := range b.in.Mentions {
		if m.Actor == "" || !b.s.envoy[m.Actor] {
			continue
		}
		sent := b.sentenceAt(m.Start)
		if sent < 0 || b.s.flags[sent]&flagRelay == 0 || !b.inRegion(st, b.s.para[sent]) {
			continue
		}
		add(m.Actor)
	}
}

// sentenceAt returns the index of the sentence holding byte offset off,
// or -1.
func (b *builder) sentenceAt(off int) int {
	sents := b.in.Sentences
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if i < len(sents) && sents[i].Start <= off {
		return i
	}
	return -1
}

// about decides which stories each quote speaks about, fills `about` and
// `stance`, and returns per story the quotes about it (indices).
func (b *builder) about() [][]int {
	out := make([][]int, len(b.stories))
	s := b.s
	for qi := range b.quotes {
		q := &b.quotes[qi]
		if len(q.Content) == 0 {
			continue
		}
		sent := b.sentenceAt(q.Content[0].Start)
		if sent < 0 && q.Cue != nil {
			sent = b.sentenceAt(q.Cue.Start)
		}
		side := s.side[q.Speaker]
		if side == "" {
			side = q.Speaker
		}
		var found []int
		for k, st := range b.stories {
			if b.quoteAbout(q, sent, side, k, st) {
				found = append(found, k)
			}
		}
		if len(found) == 0 && q.Speaker != "" && sent >= 0 {
			// Said by one of a story's sides in its paragraphs: the
			// nearest such story.
			best, bestDist := -1, 1<<30
			for k, st := range b.stories {
				if slices.Contains(st.sides, side) && b.inRegion(st, s.para[sent]) {
					if d := b.distance(st, sent); d < bestDist {
						best, bestDist = k, d
					}
				}
			}
			if best >= 0 {
				found = append(found, best)
			}
		}
		if len(found) == 0 {
			continue
		}
		ab := make([]string, len(q.About), len(q.About)+len(found))
		copy(ab, q.About)
		for _, k := range found {
			ab = append(ab, storyID(k))
			out[k] = append(out[k], qi)
		}
		q.About = ab
		if !b.accusesOutsider(q, sent, found[0]) {
			s.hits = s.hits[:0]
			for _, c := range q.Content {
				s.qwords, s.hits, _, _ = b.lx.stanceHits(s.lower, c.Start, c.End, s.qwords, s.hits)
			}
			if st := stanceOf(s.hits); st != "" {
				q.Stance = st
			}
		}
	}
	return out
}

// quoteAbout reports whether quote q speaks about story st by what it
// says: it refers to the story ("the talks") in its own words; or it
// reports one of the story's events or steps; or its sentence holds one
// and the speaker is one of the story's sides or that event's source; or
// its sentence refers to the story and the speaker is one of its sides. A
// quote with no speaker counts only by its own words.
func (b *builder) quoteAbout(q *analysis.Quote, sent int, side string, k int, st *story) bool {
	for _, a := range b.s.ana {
		if a.story == k && inContent(q, a.start, a.end) {
			return true
		}
	}
	if q.Speaker == "" {
		return false
	}
	insider := slices.Contains(st.sides, side)
	for _, l := range [][]int{st.members, st.steps} {
		for _, i := range l {
			e := &b.in.Events[i]
			if e.ReportedBy == q.ID || e.Sentence == sent && (insider || slices.Contains(e.Source, q.Speaker)) {
				return true
			}
		}
	}
	if insider {
		for _, a := range b.s.ana {
			if a.story == k && a.sent == sent {
				return true
			}
		}
	}
	return false
}

func inContent(q *analysis.Quote, start, end int) bool {
	for _, c := range q.Content {
		if start >= c.Start && end <= c.End {
			return true
		}
	}
	return false
}

// accusesOutsider reports whether the quote is an accusation against an
// actor outside the story's sides: its stance is toward the accused, not
// toward the story, so it gets none.
func (b *builder) accusesOutsider(q *analysis.Quote, sent, k int) bool {
	st := b.stories[k]
	for i := range b.in.Events {
		if b.s.info[i].role != roleAccusation {
			continue
		}
		e := &b.in.Events[i]
		if e.ReportedBy != q.ID && (e.Sentence != sent || !overlapsQuote(q, e.Evidence)) {
			continue
		}
		for _, t := range e.Target {
			side := b.s.side[t]
			if side == "" {
				side = t
			}
			if !slices.Contains(st.sides, side) {
				return true
			}
		}
	}
	return false
}

func overlapsQuote(q *analysis.Quote, sp analysis.Span) bool {
	if q.Cue != nil && q.Cue.Start < sp.End && sp.Start < q.Cue.End {
		return true
	}
	for _, c := range q.Content {
		if c.Start < sp.End && sp.Start < c.End {
			return true
		}
	}
	return false
}

func storyID(k int) string { return "s" + strconv.Itoa(k+1) }

// output writes the stories in the contract's form.
func (b *builder) output(about [][]int) []analysis.Story {
	out := make([]analysis.Story, 0, len(b.stories))
	for k, st := range b.stories {
		kind := b.storyKind(st)
		r := analysis.Story{
			ID:         storyID(k),
			Kind:       kind,
			Events:     b.eventIDs(st.members),
			NextSteps:  b.eventIDs(st.steps),
			Blamed:     st.blamed,
			GoBetweens: st.goBetw,
		}
		for _, i := range st.anchors {
			e := &b.in.Events[i]
			for _, l := range [][]string{e.Source, e.Target} {
				for _, id := range l {
					if !slices.Contains(r.Participants, id) {
						r.Participants = append(r.Participants, id)
					}
				}
			}
		}
		r.Date = st.date
		if r.Date == "" {
			r.Date = b.in.Events[st.anchors[0]].Date
		}
		if st.loc != nil {
			r.Location = &analysis.Location{Name: st.loc.Name, Country: st.loc.Country}
		}
		seenIssue := map[string]bool{}
		undisclosed := false
		for _, l := range [][]int{st.members, st.steps} {
			for _, i := range l {
				e := &b.in.Events[i]
				for _, c := range e.Contexts {
					if b.lx.issues[c] && !seenIssue[c] {
						seenIssue[c] = true
						r.Issues = append(r.Issues, c)
					}
				}
				if b.s.info[i].sent >= 0 && b.s.flags[b.s.info[i].sent]&flagUndisclosed != 0 {
					undisclosed = true
				}
			}
		}
		for _, si := range st.mentions {
			undisclosed = undisclosed || b.s.flags[si]&flagUndisclosed != 0
		}
		for _, qi := range about[k] {
			for _, c := range b.quotes[qi].Content {
				if si := b.sentenceAt(c.Start); si >= 0 && b.s.flags[si]&flagUndisclosed != 0 {
					undisclosed = true
				}
			}
		}
		r.Undisclosed = undisclosed
		r.Title = b.title(st, kind, r.Location)
		r.Accounts = b.accounts(st, kind, about[k])
		out = append(out, r)
	}
	return out
}

func (b *builder) eventIDs(l []int) []string {
	if len(l) == 0 {
		return nil
	}
	ids := make([]string, len(l))
	for j, i := range l {
		ids[j] = b.in.Events[i].ID
	}
	return ids
}

// storyKind is the kind most of the story's happenings have, the earliest
// on a tie.
func (b *builder) storyKind(st *story) string {
	best, bestN := "", 0
	for j, i := range st.anchors {
		k := b.s.info[i].kind
		if j > 0 && slices.ContainsFunc(st.anchors[:j], func(x int) bool { return b.s.info[x].kind == k }) {
			continue
		}
		n := 0
		for _, x := range st.anchors {
			if b.s.info[x].kind == k {
				n++
			}
		}
		if n > bestN {
			best, bestN = k, n
		}
	}
	return best
}
