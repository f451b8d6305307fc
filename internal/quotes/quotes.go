// Package quotes finds quotations and attributions in news text: who said
// (or thinks, or reported) what, as byte spans for the content, the cue
// ("said", "according to") and the source, with the speaker resolved to an
// actor when the mention layer knows who the source is.
//
// The extractor pairs quotation marks paragraph by paragraph (joining a
// quotation that goes on in the next paragraph with a fresh opening mark),
// finds the words that head a cue, and reads each sentence around them
// with rules. Which words head a cue is decided by a small trained model
// (model/cues.bin, an averaged perceptron over hashed features, built by
// `parley train quotes` from PolNeAR's train split) with the embedded,
// user-extensible cues.txt as one of its inputs; without the model the
// lexicon alone decides. The rules, around each cue:
//
//   - source before the cue, content after: X said (that) ..., X said: "..."
//   - content before, source after or before: "...," X said / "...," said X,
//     with circumstance or an addressee after the cue ("...," she told
//     supporters in Nashua on Monday)
//   - a cue with no source before it ("after telling his aides that ...")
//     still has its content; PolNeAR names the source elsewhere
//   - As X reported, ...; as X put it: "..."; X went on to say ...
//   - X reports: closing a paragraph takes the next paragraph as content
//   - source inside the content: "A," he said, "B" (two content spans)
//   - according to X, ... / ..., according to X
//   - In a poll (or in X's words), ...: the phrase after "In" is the source;
//     in X's view, ...: X is the source and "view" the cue
//   - ... is reportedly ...: the clause around "reportedly", with no source
//   - X told reporters (that) ... (the addressee is neither source nor content)
//   - Name: content (a headline or transcript line)
//   - asked whether ..., with no source named
//   - raising verbs: the plan seems to work, she is expected to win (the
//     subject is part of the content and no source is named)
//   - attributed beliefs: X believes ..., X fears ...
//   - the passive: the name was announced (by the police), the laws
//     passed by the legislature: the subject or noun is the content and
//     the agent, when there is one, the source; a passive cue with content
//     of its own and no agent ("she was asked to explain") names no source
//   - stance and intention: X called the plan a disaster, X wants to ...
//     (the content is the object, up to the end of its clause)
//   - a quotation with no cue right after an attributed one continues it
//     ("A," he said. "B."); one standing alone takes the last speaker
//     named in the paragraph before (a floating quotation)
//   - a report inside the content of another (she disclosed that the
//     minister had told the ambassador ...) is a quote of its own whose
//     Within names the outer quote, which owns the whole content
//
// Short quoted phrases without a cue (scare quotes, titles, nicknames) are
// not quotations. Span conventions follow PolNeAR's annotation: the content
// of indirect speech includes a leading "that" and stops before a clause
// that starts another report of the same source ("..., adding that",
// "... and called ...") or of another one ("..., 40 have said ..."), the
// writer's own "..., but ..." or "..., while ...", the comma closing a
// subordinate clause the cue is in ("While Roe said that ..., she ..."),
// or an aside closing the sentence ("— an issue ..."); auxiliaries
// and adverbs right before the cue ("has said", "also told", "openly
// criticized") belong to the cue, and so does "in a statement"; a phrase
// of circumstance after it ("said in an interview") does not; a source is
// the whole noun phrase, appositions and relative clauses included ("said
// Jo Roe, who runs the agency").
package quotes

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/internal/analysis"
	"parley/internal/text"
)

// Buffers holds the memory one goroutine reuses between calls to
// Extract. The zero value is ready to use.
type Buffers struct {
	sents []text.Sentence
	toks  []text.Token
	cls   []class
	inQ   []int32  // per token: index+1 of the segment holding it, or 0
	hash  []uint64 // per token: hash of its lower-cased text (model only)
	segs  []segment
	lower [maxWord]byte
	out   []analysis.Quote
	spans []analysis.Span
}

// sentence state for one sentence being read
type sent struct {
	start, end int // bytes
	n          int // tokens
}

// Quotes is Extract with its own sentence segmentation and no mentions: the
// form the evaluator uses.
func (x *Extractor) Quotes(t string) []analysis.Quote {
	var b Buffers
	return x.Extract(t, nil, nil, &b)
}

// Extract returns the quotes of text, in text order, with ids "q1", "q2",
// ...
//
// sents are the document's sentences (from the text stage); when nil the
// text is segmented here. mentions (may be nil) are the document's actor
// mentions: a quote's Speaker is the actor of the mention that lies in its
// source span, the one ending last when several do (the head of "Trump
// campaign spokesman Jason Miller" is the name), and SpeakerName the first
// name-kind mention of that actor in the document, else the mention's
// text. Without a resolving mention, a name-like source gives SpeakerName
// directly, and a pronoun or description ("he", "the aide") takes the
// speaker of the last quote whose source was a name.
//
// The returned slice and its spans are newly allocated (they outlive buf);
// buf only carries scratch memory between calls. Extract never panics on
// any input, including invalid UTF-8 and out-of-range sentences.
func (x *Extractor) Extract(t string, sents []analysis.Sentence, mentions []analysis.Mention, buf *Buffers) []analysis.Quote {
	if buf == nil {
		buf = &Buffers{}
	}
	buf.out = buf.out[:0]
	buf.segs = findSegments(t, buf.segs)
	if sents == nil {
		buf.sents = text.Segment(t, buf.sents)
	} else {
		buf.sents = buf.sents[:0]
		for _, s := range sents {
			a, b := max(s.Start, 0), min(s.End, len(t))
			if a < b {
				buf.sents = append(buf.sents, text.Sentence{Start: a, End: b, Heading: s.Heading})
			}
		}
	}
	r := reader{x: x, t: t, b: buf}
	r.run()
	out := make([]analysis.Quote, len(buf.out))
	copy(out, buf.out)
	resolve(t, out, mentions, x, buf)
	return out
}

type reader struct {
	x     *Extractor
	train bool // computing features for training
	// srcBytes is the source of the quote being built when it is taken
	// from the quote before (src is then empty)
	srcBytes *analysis.Span
	// noSource is set while a cue in the passive with no agent is read
	// ("Sanders was asked to name ..."): its subject is not the source
	noSource bool
	// firstQ and lastQ are the first and last quoted tokens of the
	// sentence, -1 when none
	firstQ, lastQ int
	t             string
	b             *Buffers
	s             sent

	segCursor int
	lastQuote int // index in b.out of the last quote ending a sentence, or -1
	lastSent  int // index of the sentence it was found in
	lastPara  int // byte offset of that sentence's paragraph start
	skipTo    int // sentences starting before this byte are not read
	si        int
}

func (r *reader) run() {
	r.lastQuote = -1
	for si, s := range r.b.sents {
		if s.Start < r.skipTo {
			continue // inside a paragraph a quote has taken whole
		}
		r.si = si
		r.sentence(s.Start, s.End)
	}
}

// tok returns the text of token i of the current sentence.
func (r *reader) tok(i int) string {
	k := r.b.toks[i]
	return r.t[k.Start:k.End]
}

func (r *reader) isPunct(i int, p string) bool {
	return r.b.toks[i].Kind == text.Punct && r.tok(i) == p
}

// quoteMark reports whether token i is a quotation mark.
func (r *reader) quoteMark(i int) bool {
	k := r.b.toks[i]
	if k.Kind != text.Punct {
		return false
	}
	kind, _ := markAt(r.t, int(k.Start), false)
	if kind != 0 {
		return true
	}
	kind, _ = markAt(r.t, int(k.Start), true)
	return kind != 0
}

func (r *reader) capitalized(i int) bool {
	s := r.tok(i)
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}

func (r *reader) word(i int) bool {
	k := r.b.toks[i].Kind
	return k == text.Word || k == text.Number
}

// sentence reads one sentence.
func (r *reader) sentence(start, end int) {
	r.prepare(start, end)
	first := len(r.b.out)
	ac, aa, ae := r.asked()
	lo, found := 0, false
	if ac >= 0 && ac <= 1 {
		// "Asked whether ..., X said ...": the rest is read after it
		r.emit(r.contentSpans(aa, ae), span{}, span{ac, ac + 1}, "")
		lo, found = ae+1, true
	}
	if lo == 0 {
		if k := r.inPoll(); k > 0 {
			// "In a CBS News poll last month, she led by 20 points"
			r.srcBytes = nil
			e := r.speechEnd(k + 1)
			for e > k+1 && r.b.toks[e-1].Kind == text.Punct && r.b.inQ[e-1] == 0 {
				e--
			}
			src, cue := span{1, k}, span{0, 1}
			if v := k - 1; v > 1 && isViewWord(r.tok(v)) {
				// "In their view, ...": the holder is the source and
				// the noun the cue
				src, cue = span{1, v}, span{v, v + 1}
			}
			r.emit(r.contentSpans(k+1, e), src, cue, "")
			lo, found = k+1, true
		}
	}
	for c := lo; c < r.s.n; c++ {
		if !r.isCue(c) {
			continue
		}
		next, ok := r.frame(c, lo, "")
		if ok {
			found = true
			c = next
		}
	}
	if ac > 1 && !r.covered(first, int(r.b.toks[ac].Start)) {
		// "X said ..., when asked ...", when X's content stops before it
		r.emit(r.contentSpans(aa, ae), span{}, span{ac, ac + 1}, "")
		found = true
	}
	if !found {
		found = r.colon()
	}
	if !found {
		found = r.reportedly()
	}
	if !found {
		r.unattributed()
	}
}

// reportedly reads a clause hedged with "reportedly" ("The FBI is
// reportedly making arrangements to ..."): the clause around the adverb
// is the content, the adverb the cue, and no source is named. It is read
// only in a sentence with no other attribution.
func (r *reader) reportedly() bool {
	b := r.b
	n := r.s.n
	for c := 0; c < n; c++ {
		if b.inQ[c] != 0 || b.toks[c].Kind != text.Word || !strings.EqualFold(r.tok(c), "reportedly") {
			continue
		}
		e := n
		for e > c+1 && b.toks[e-1].Kind == text.Punct && b.inQ[e-1] == 0 {
			e--
		}
		a := 0
		if c == 0 || c == 1 && r.isPunct(1, ",") {
			// "Reportedly, he made ...": the clause after the comma
			a = c + 1
			for a < e && b.inQ[a] == 0 && b.toks[a].Kind == text.Punct {
				a++
			}
			if r.words(a, e) < 3 {
				return false
			}
			r.emit(r.contentSpans(a, e), span{}, span{c, c + 1}, "")
			return true
		}
		a = r.skipDateline(0, c)
		if r.words(a, c) < 1 || r.words(c+1, e) < 2 {
			return false
		}
		r.emit([]analysis.Span{r.bytes(span{a, c}), r.extendSegments(r.bytes(span{c + 1, e}))}, span{}, span{c, c + 1}, "")
		return true
	}
	return false
}

// inPoll reads a sentence opening with "In" and a poll or survey, or
// someone's words or view, up to a comma ("In a CBS News poll last month,
// ...", "In Forbes' words, ...", "In their view, ..."): the phrase is the
// source of the clause after the comma, "In" its cue (the noun, for a
// view). It returns the comma's token, or 0.
func (r *reader) inPoll() int {
	b := r.b
	n := r.s.n
	if n < 6 || b.inQ[0] != 0 || !strings.EqualFold(r.tok(0), "in") {
		return 0
	}
	poll := false
	for k := 1; k < n && k <= 16 && b.inQ[k] == 0; k++ {
		if b.toks[k].Kind == text.Punct {
			if r.isPunct(k, ",") && poll && k > 2 && r.words(k+1, n) >= 4 {
				return k
			}
			if r.tok(k) != "/" && r.tok(k) != "-" && r.tok(k) != "’" && r.tok(k) != "'" && r.tok(k) != "." && r.tok(k) != "&" {
				return 0
			}
			continue
		}
		switch strings.ToLower(r.tok(k)) {
		case "poll", "polls", "survey", "surveys", "words", "telling":
			poll = true
		default:
			poll = poll || isViewWord(r.tok(k))
		}
	}
	return 0
}

// isViewWord reports whether w names someone's opinion in "In X's view,
// ...".
func isViewWord(w string) bool {
	switch strings.ToLower(w) {
	case "view", "opinion", "estimation", "judgment", "judgement", "mind":
		return true
	}
	return false
}

// colon reads "Name: content", a headline or transcript form: a short
// run of capitalised words opening the sentence, a colon, and a clause or
// quotation of at least three words after it.
func (r *reader) colon() bool {
	b := r.b
	n := r.s.n
	i := 0
	for i < n && i < 5 && b.inQ[i] == 0 && r.word(i) && (r.capitalized(i) || i > 0 && b.cls[i]&cPrep != 0) {
		i++
	}
	if i == 0 || i >= n || i >= 5 || !r.isPunct(i, ":") || b.inQ[i] != 0 || !r.capitalized(i-1) {
		return false
	}
	if i == 1 && len(r.tok(0)) == 1 || layoutLabel(r.tok(i-1)) {
		return false // "Q: ...", "A: ...", "Contributing: ...", "The Latest: ..."
	}
	a := i + 1
	e := n
	for e > a && b.toks[e-1].Kind == text.Punct && b.inQ[e-1] == 0 {
		e--
	}
	if r.words(a, e) < 3 {
		return false
	}
	r.emit(r.contentSpans(a, e), span{0, i}, span{i, i + 1}, "")
	return true
}

// asked finds a question put to someone unnamed: "Asked whether ..., X
// said ..." or "when asked about ...": the cue is token c and the content
// tokens [a, e) run from after "asked" to the next comma; the source is
// not given. c is -1 when there is none.
func (r *reader) asked() (c, a, e int) {
	b := r.b
	n := r.s.n
	for c = 0; c+2 < n; c++ {
		if b.inQ[c] != 0 || !strings.EqualFold(r.tok(c), "asked") {
			continue
		}
		if c > 0 && !(r.isPunct(c-1, ",") || strings.EqualFold(r.tok(c-1), "when") || strings.EqualFold(r.tok(c-1), "if")) {
			continue
		}
		a = c + 1
		e = a
		for e < n {
			if b.inQ[e] != 0 {
				// a quotation inside the question ("Asked if Roe is
				// “ready to serve,” most said yes"): a comma closing it
				// ends the question too
				seg := b.inQ[e]
				for e < n && b.inQ[e] == seg {
					e++
				}
				if r.isPunct(e-2, ",") {
					e-- // the closing mark stands for the comma
					break
				}
				continue
			}
			if r.isPunct(e, ",") || r.isPunct(e, ".") || r.isPunct(e, ":") {
				break
			}
			e++
		}
		if e >= n || e == a || r.words(a, e) < 2 {
			continue
		}
		return c, a, e
	}
	return -1, 0, 0
}

// covered reports whether a quote emitted since index first has content
// or a cue holding byte p.
func (r *reader) covered(first, p int) bool {
	for _, q := range r.b.out[first:] {
		if q.Cue != nil && q.Cue.Start <= p && p < q.Cue.End {
			return true
		}
		for _, s := range q.Content {
			if s.Start <= p && p < s.End {
				return true
			}
		}
	}
	return false
}

// prepare tokenizes one sentence and marks each token's lexicon classes
// and quotation.
func (r *reader) prepare(start, end int) {
	b := r.b
	b.toks = text.Tokenize(r.t, start, end, b.toks)
	n := len(b.toks)
	r.s = sent{start: start, end: end, n: n}
	if cap(b.cls) < n {
		b.cls = make([]class, n, 2*n)
		b.inQ = make([]int32, n, 2*n)
	}
	b.cls = b.cls[:n]
	b.inQ = b.inQ[:n]
	if r.x.model != nil || r.train {
		if cap(b.hash) < n {
			b.hash = make([]uint64, n, 2*n)
		}
		b.hash = b.hash[:n]
	}
	// segments: advance the cursor past those ending before the sentence
	for r.segCursor < len(b.segs) && b.segs[r.segCursor].end <= start {
		r.segCursor++
	}
	sc := r.segCursor
	r.firstQ, r.lastQ = -1, -1
	for i, k := range b.toks {
		b.cls[i] = 0
		if k.Kind == text.Word {
			b.cls[i] = r.x.classOf(r.t[k.Start:k.End], &b.lower)
		}
		for sc < len(b.segs) && b.segs[sc].end <= int(k.Start) {
			sc++
		}
		b.inQ[i] = 0
		if sc < len(b.segs) && b.segs[sc].start <= int(k.Start) {
			b.inQ[i] = int32(sc + 1)
			if r.firstQ < 0 {
				r.firstQ = i
			}
			r.lastQ = i
		}
		if r.x.model != nil || r.train {
			h := hashLower(fnvOffset, r.t[k.Start:k.End])
			if b.inQ[i] != 0 {
				h ^= 0x5151 // inside a quotation
			}
			b.hash[i] = h
		}
	}
}

// isCue decides whether token c (outside quotations) is the head of a cue:
// by the trained model when the extractor has one, else by the lexicon.
// "according (to)" is always one.
func (r *reader) isCue(c int) bool {
	b := r.b
	if b.inQ[c] != 0 || b.toks[c].Kind != text.Word {
		return false
	}
	if b.cls[c]&cAccording != 0 {
		return true
	}
	if r.x.model != nil {
		if b.cls[c]&closedClass != 0 && b.cls[c]&cCue == 0 {
			return false // function words never head a cue; skip the model
		}
		th := r.x.threshold
		if b.cls[c]&(cCue|cAccording) == 0 {
			th += r.x.unlisted
		}
		return r.x.model.score(r, c) > th
	}
	if b.cls[c]&cCue == 0 {
		return false
	}
	return !(c > 0 && b.cls[c-1]&cNoun != 0 && b.inQ[c-1] == 0) // "the report said": a noun
}

// closedClass are the lexicon classes of function words.
const closedClass = cPrep | cPronoun | cBoundary | cRelative | cObject | cAux

// span is a token range [a, b) of the current sentence.
type span struct{ a, b int }

func (r *reader) bytes(s span) analysis.Span {
	return analysis.Span{Start: int(r.b.toks[s.a].Start), End: int(r.b.toks[s.b-1].End)}
}

// stop reports whether a source phrase cannot run across token i.
func (r *reader) stop(i int) bool {
	b := r.b
	if b.inQ[i] != 0 {
		return true
	}
	switch b.toks[i].Kind {
	case text.Punct:
		switch r.tok(i) {
		case "'", "’", "&", "-":
			return false
		}
		return true
	case text.Word:
		if b.cls[i]&cBoundary != 0 {
			if strings.EqualFold(r.tok(i), "and") && i > 0 && i+1 < r.s.n && r.coordinated(i) {
				return false // "Smith and Jones said", "She and her aides said"
			}
			return true
		}
		if b.cls[i]&cSrcStop != 0 {
			return true
		}
		if b.cls[i]&(cSpeech|cTell) != 0 && !(i > 0 && b.cls[i-1]&cNoun != 0) {
			return true
		}
	}
	return false
}

// aside reports whether the stretch [a, e) between commas after a source
// is a writer's aside rather than an apposition: a prepositional or time
// phrase, a connective adverb ("meanwhile", "for his part", "by
// contrast", "in Kentucky") or, when last, a bare age ("Roe, 69, said").
func (r *reader) aside(a, e int, last bool) bool {
	b := r.b
	if a >= e || b.inQ[a] != 0 {
		return false
	}
	if last && e == a+1 && b.toks[a].Kind == text.Number {
		return true
	}
	if b.toks[a].Kind != text.Word || b.cls[a]&(cRelative|cPronoun) != 0 {
		return false
	}
	if b.cls[a]&(cPrep|cTime|cBoundary) != 0 && !strings.EqualFold(r.tok(a), "and") {
		return true
	}
	w := r.tok(a)
	switch strings.ToLower(w) {
	case "for", "in", "at", "on", "by", "like", "unlike", "too", "though", "again":
		return true
	}
	return e-a <= 2 && strings.HasSuffix(w, "ly") && !r.capitalized(a)
}

// prepObject reports whether token p, right after the verb of saying or
// belief at c, is a preposition that takes what the verb is about and so
// belongs to the cue ("responded to the critics", "agreed with the
// plan", "talked about taxes"), rather than a phrase of circumstance
// ("said on Sunday", "said in an interview") or an infinitive ("said to
// be").
func (r *reader) prepObject(c, p int) bool {
	b := r.b
	n := r.s.n
	if p+1 >= n || b.inQ[p] != 0 || b.toks[p].Kind != text.Word {
		return false
	}
	w := r.tok(p)
	v := strings.ToLower(r.tok(c))
	plain := v == "said" || v == "says" || v == "say" || v == "saying" || v == "told" || v == "tell" || v == "tells" || v == "telling"
	switch strings.ToLower(w) {
	case "about":
		return true
	case "with", "against":
		return !plain
	case "to":
		if plain {
			return false
		}
		return b.inQ[p+1] != 0 || r.word(p+1) && (r.capitalized(p+1) || b.cls[p+1]&(cNoun|cPronoun|cObject) != 0)
	}
	return false
}

// circumstance reports whether token i opens a phrase saying when, where
// or through what a stance was taken ("during the debate", "while
// campaigning", "in a tweet", "at a press conference", "on Twitter"),
// which is not part of what the stance is about.
func (r *reader) circumstance(i int) bool {
	b := r.b
	if b.toks[i].Kind != text.Word || r.capitalized(i) {
		return false
	}
	switch strings.ToLower(r.tok(i)) {
	case "during", "while", "when", "whereas", "because", "despite", "although", "though", "unless":
		return true
	case "by":
		// "protested the law by giving away a shotgun": the means
		return i+1 < r.s.n && b.inQ[i+1] == 0 && strings.HasSuffix(r.tok(i+1), "ing")
	case "after", "as":
		// "... after he won the primary": a clause of its own
		return i+1 < r.s.n && b.inQ[i+1] == 0 && b.cls[i+1]&cPronoun != 0 && b.cls[i+1]&cRelative == 0
	case "in", "at", "on":
	default:
		return false
	}
	for k := i + 1; k < r.s.n && k <= i+3 && b.inQ[k] == 0 && r.word(k); k++ {
		switch strings.ToLower(r.tok(k)) {
		case "interview", "interviews", "tweet", "tweets", "statement", "speech", "speeches", "op-ed",
			"press", "rally", "debate", "conference", "twitter", "facebook", "television", "radio", "social",
			"remarks", "appearance":
			return true
		}
	}
	return false
}

// timeBefore returns the last token before a time phrase ending at token
// j ("on Tuesday", "last week", "in 2013", "earlier this month") when a
// word that may end a source comes before it, else j.
func (r *reader) timeBefore(j, lo int) int {
	b := r.b
	k := j
	for k >= lo && b.inQ[k] == 0 && (b.toks[k].Kind == text.Word && b.cls[k]&cTime != 0 || b.toks[k].Kind == text.Number) {
		k--
	}
	if k == j || k < lo || b.inQ[k] != 0 {
		return j
	}
	if b.toks[k].Kind == text.Word && b.cls[k]&cPrep != 0 && !r.capitalized(k) {
		k-- // "on", "in"
	}
	if k < lo || b.inQ[k] != 0 || !r.word(k) || r.stop(k) || b.cls[k]&(cPrep|cTime) != 0 {
		return j
	}
	return k
}

// passive reads a cue in the passive voice ("the name was announced",
// "the move was first reported by MSNBC"): its subject (subj) is what was
// said, and the source is the agent after "by", or none. It applies only
// when nothing but a phrase of circumstance or the end of the clause
// follows, since "he was told that ..." has content of its own.
func (r *reader) passive(c, cueStart, cueEnd int, subj span, within string) (int, bool) {
	b := r.b
	n := r.s.n
	if !strings.HasSuffix(r.tok(c), "ed") || b.cls[c]&cNoun != 0 {
		return c, false
	}
	be := false
	for i := cueStart; i < c; i++ {
		if isBe(r.tok(i)) {
			be = true
		}
	}
	// "the laws passed by the legislature", "arrests documented by
	// Fusion": a participle with its agent after a noun, without "be"
	byAgent := cueEnd-1 > c && strings.EqualFold(r.tok(cueEnd-1), "by") && !experiencer(strings.ToLower(r.tok(c))) &&
		cueStart == c && c > 0 && b.toks[c-1].Kind == text.Word && b.cls[c-1]&(cPronoun|cRelative|cAux) == 0
	if !be && !byAgent {
		return c, false
	}
	k := cueEnd
	var agent span
	if cueEnd-1 > c && strings.EqualFold(r.tok(cueEnd-1), "by") && cueEnd < n && b.inQ[cueEnd] == 0 && r.word(cueEnd) {
		// the cue took "by" as a particle ("was echoed by"): PolNeAR's
		// cue keeps it, and the agent follows
		k = cueEnd - 1
	}
	if k+1 < n && b.inQ[k] == 0 && strings.EqualFold(r.tok(k), "by") && r.word(k+1) {
		e := k + 1
		for e < n && !r.stop(e) && e-k <= 8 && b.cls[e]&cPrep == 0 {
			e++
		}
		agent = span{k + 1, e}
		k = e
	}
	if k < n && b.inQ[k] == 0 && !(b.toks[k].Kind == text.Punct && !r.quoteMark(k)) && !(b.cls[k]&cPrep != 0 && !strings.EqualFold(r.tok(k), "to")) {
		return c, false
	}
	content := []analysis.Span{r.bytes(subj)}
	r.emit(content, agent, span{cueStart, cueEnd}, within)
	return max(k, cueEnd), true
}

// shortAnswer reports whether w alone can be what someone said: "said
// yes", "said so", "by the time he said that".
func shortAnswer(w string) bool {
	switch strings.ToLower(w) {
	case "yes", "no", "so", "that", "this", "nothing":
		return true
	}
	return false
}

// layoutLabel reports whether w, closing the words before a colon, is a
// label of news layout rather than a speaker ("Contributing:", "Editor's
// Note:", "Breaking:", "The Latest:", "Update:").
func layoutLabel(w string) bool {
	switch strings.ToLower(w) {
	case "contributing", "note", "breaking", "revealed", "plus", "update", "latest", "watch", "look", "boom",
		"exclusive", "correction", "related", "also", "video", "photos", "listen", "read", "source", "sources", "credit":
		return true
	}
	return false
}

// postModifier reports whether token m is a preposition ("in", "to",
// "with", "on") that joins a phrase to the noun before it inside a
// source, rather than one that opens a phrase of its own: a noun-like
// word must come before it.
func (r *reader) postModifier(m int) bool {
	b := r.b
	if b.inQ[m] != 0 || b.toks[m].Kind != text.Word || r.capitalized(m) {
		return false
	}
	switch strings.ToLower(r.tok(m)) {
	case "in", "to", "with", "on":
	default:
		return false
	}
	p := m - 1
	if b.inQ[p] != 0 || b.toks[p].Kind != text.Word || r.stop(p) || b.cls[p]&(cCue|cAux|cTime|cPronoun|cObject|cPrep) != 0 {
		return false
	}
	w := r.tok(p)
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !adverbLike(w)
}

// isArticle reports whether w is "a", "an" or "the", in any case.
func isArticle(w string) bool {
	return strings.EqualFold(w, "a") || strings.EqualFold(w, "an") || strings.EqualFold(w, "the")
}

// anyStop reports whether a source phrase cannot run across some token in
// [a, e).
func (r *reader) anyStop(a, e int) bool {
	for i := a; i < e; i++ {
		if r.stop(i) {
			return true
		}
	}
	return false
}

// maxSource bounds a source phrase in tokens; a longer run before a cue is
// a clause, not a noun phrase.
const maxSource = 14

// sourceBefore finds the source phrase ending right before the cue at c
// (after any auxiliaries, which it returns as the cue's new start). lo is
// the first token the phrase may use.
func (r *reader) sourceBefore(c, lo int) (src span, cueStart int, ok bool) {
	b := r.b
	j := c - 1
	for j >= lo && b.inQ[j] == 0 && b.cls[j]&cAux != 0 && b.toks[j].Kind == text.Word {
		j--
	}
	cueStart = j + 1
	if j < lo || b.inQ[j] != 0 {
		return span{}, cueStart, false
	}
	if cueStart < c && b.toks[j].Kind == text.Word && isArticle(r.tok(j)) {
		// "An earlier report said": a determiner before the words taken
		// for auxiliaries; the cue word is a noun
		return span{}, cueStart, false
	}
	if j > lo && b.toks[j].Kind == text.Word && b.cls[j]&cBoundary != 0 && b.inQ[j-1] == 0 && r.word(j-1) && !r.stop(j-1) {
		switch strings.ToLower(r.tok(j)) {
		case "however", "meanwhile", "though", "instead", "too":
			j-- // "Carter however said": a connective between source and cue
		}
	}
	if b.cls[j]&cRelative != 0 {
		return span{j, j + 1}, cueStart, true
	}
	if r.isPunct(j, ",") {
		// "Jane Roe, a spokeswoman for the ministry, said": an apposition,
		// or several ("Jane Roe, editor of the Review, a weekly, wrote")
		end := j
		for level := 0; level < 3; level++ {
			k := j - 1
			for k >= lo && j-k <= 16 && !r.isPunct(k, ",") && b.inQ[k] == 0 && (b.toks[k].Kind != text.Punct || !r.stop(k)) {
				k--
			}
			if k < lo && level > 0 && j-lo <= 6 {
				// "Dean Roe, 55, a teacher from Reno, Nevada, said": the
				// head opens the clause and the appositions ran over
				// commas of their own
				if a := r.trimSourceStart(lo, j); a < j && r.capitalized(a) && !r.anyStop(a, j) {
					return span{a, end}, cueStart, true
				}
			}
			if k < lo || !r.isPunct(k, ",") || k == j-1 {
				break
			}
			if r.aside(k+1, j, level == 0) {
				// "Roe, for her part, said", "Roe, meanwhile, said":
				// an aside of the writer's, not part of the source
				end = k
			}
			m := k - 1
			for m >= lo && k-m <= 10 && !r.stop(m) {
				m--
			}
			if m == k-1 || k-m > 10 {
				break
			}
			if r.capitalized(m + 1) {
				return span{m + 1, end}, cueStart, true
			}
			if m < lo || !r.isPunct(m, ",") {
				break
			}
			j = m
		}
		// "..., saying that ...": the subject of the sentence
		if s, ok := r.subject(lo, c); ok {
			if e := r.longApposition(s, end); e > s.b && !strings.HasSuffix(r.tok(c), "ing") {
				return span{s.a, e}, cueStart, true
			}
			return s, cueStart, true
		}
		return span{}, cueStart, false
	}
	if b.cls[j]&cBoundary != 0 && (strings.EqualFold(r.tok(j), "and") || strings.EqualFold(r.tok(j), "but")) {
		// "Roe left the room and said ...": the subject of the sentence
		if s, ok := r.subject(lo, j); ok {
			return s, cueStart, true
		}
		return span{}, cueStart, false
	}
	if r.isPunct(j, ")") {
		// "Paul Ryan (R-Wis.) said": a short parenthesis inside the source
		k := j - 1
		for k >= lo && j-k <= 6 && !r.isPunct(k, "(") && b.inQ[k] == 0 {
			k--
		}
		if k > lo && r.isPunct(k, "(") && !r.stop(k-1) {
			end := j + 1
			m := k - 1
			for m >= lo && !r.stop(m) && k-m < maxSource {
				m--
			}
			return span{m + 1, end}, cueStart, true
		}
	}
	if t := r.timeBefore(j, lo); t < j {
		// "Roe on Tuesday said", "Roe last week told": the time phrase
		// stands between the source and the cue
		j = t
	}
	if r.stop(j) {
		return span{}, cueStart, false
	}
	if b.cls[j]&cPronoun != 0 && b.toks[j].Kind == text.Word {
		// a subject pronoun is the whole source: "Instead he said",
		// "The last time he spoke"
		return span{j, j + 1}, cueStart, true
	}
	m := j
	for m >= lo && !r.stop(m) && j-m < maxSource {
		m--
	}
	if m > lo && j-m < maxSource && r.postModifier(m) {
		// "negotiators in Tehran said", "aides to Clinton say", "a person
		// familiar with the plan says": a prepositional phrase after the
		// head noun belongs to the source
		m--
		for m >= lo && !r.stop(m) && j-m < maxSource {
			m--
		}
	}
	if j-m >= maxSource && m >= lo && !r.stop(m) {
		return span{}, cueStart, false
	}
	return span{r.trimSourceStart(m+1, j+1), j + 1}, cueStart, true
}

// longApposition returns the end of a source that runs from the subject
// s over an apposition too long for the apposition rule up to the comma
// before the cue at token end ("Morton Blackwell, the conservative icon
// who founded the Institute in 1979, has endorsed"; the caller leaves out
// participle cues, "..., saying", whose comma closes a clause), or s.b when the
// stretch between them is not one: it must open with a comma right after
// a capitalised subject and hold no quotation, sentence-internal colon or
// dash.
func (r *reader) longApposition(s span, end int) int {
	b := r.b
	if end <= s.b+1 || !r.isPunct(s.b, ",") || !r.capitalized(s.a) || end-s.b > 40 {
		return s.b
	}
	for i := s.b; i < end; i++ {
		if b.inQ[i] != 0 || r.quoteMark(i) {
			return s.b
		}
		if b.toks[i].Kind == text.Punct {
			switch r.tok(i) {
			case ":", ";", "—", "–", "--":
				return s.b
			}
		}
	}
	return end
}

// trimSourceStart drops what can open the run of words before a cue but
// not a noun phrase: punctuation, and lower-case auxiliaries, adverbs and
// time words ("Even Donald Trump", "late Saturday he", "Do you").
func (r *reader) trimSourceStart(a, e int) int {
	b := r.b
	for a < e-1 {
		if b.toks[a].Kind == text.Punct && !r.quoteMark(a) {
			a++
			continue
		}
		if b.toks[a].Kind != text.Word || b.cls[a]&(cPronoun|cNoun) != 0 {
			break
		}
		if b.cls[a]&(cAux|cTime|cBoundary) == 0 && !strings.EqualFold(r.tok(a), "even") && !strings.EqualFold(r.tok(a), "soon") {
			break
		}
		if c, _ := utf8.DecodeRuneInString(r.tok(a)); unicode.IsUpper(c) && b.cls[a]&cTime != 0 {
			break // "Tuesday"
		}
		a++
	}
	return a
}

// subject guesses the subject of the clause starting at lo, for a cue
// whose source is not right before it (at token c): a pronoun or a run of
// capitalised words at the start, after a conjunction or an opening
// phrase that ends with a comma.
func (r *reader) subject(lo, c int) (span, bool) {
	b := r.b
	i := r.skipDateline(lo, c)
	if i < c && b.cls[i]&cBoundary != 0 {
		i++
	}
	if i < c && (b.cls[i]&(cPrep|cTime) != 0 || strings.HasSuffix(r.tok(i), "ing")) {
		for i < c && !r.isPunct(i, ",") {
			i++
		}
		i++
	}
	if i >= c || b.inQ[i] != 0 || !r.word(i) {
		return span{}, false
	}
	if s, ok := r.subjectPronoun(i, c); ok {
		return s, true
	}
	if b.cls[i]&cPronoun != 0 && b.cls[i]&cRelative == 0 {
		return span{i, i + 1}, true
	}
	if isArticle(r.tok(i)) {
		// "The judge rubbed his chin and said": an article, a short
		// noun phrase, then the verb of the clause
		e := i + 1
		for e < c && e-i <= 4 && b.inQ[e] == 0 && b.toks[e].Kind == text.Word && b.cls[e]&(cCue|cAux|cBoundary|cPrep|cRelative|cTime|cSrcStop) == 0 &&
			!strings.HasSuffix(r.tok(e), "ed") {
			e++
		}
		if e > i+1 && e < c && b.inQ[e] == 0 && b.toks[e].Kind == text.Word && (strings.HasSuffix(r.tok(e), "ed") || b.cls[e]&(cCue|cAux) != 0) {
			return span{i, e}, true
		}
	}
	e := i
	if b.cls[e]&cNoun != 0 && e+1 < c { // "The Sanders campaign"
		e++
	}
	for e < c && b.inQ[e] == 0 && r.word(e) && r.capitalized(e) {
		e++
	}
	if e == i || (e == i+1 && b.cls[i]&cNoun != 0) {
		return span{}, false
	}
	// a lower-case head noun after capitalised modifiers ("The Sanders
	// campaign")
	if e < c && r.word(e) && !r.capitalized(e) && b.cls[e]&(cCue|cAux|cBoundary|cNoun|cPrep) == 0 && e+1 < c && !r.word(e+1) {
		e++
	} else if f := r.titleRun(e, c); f > e {
		e = f
	}
	return span{i, e}, true
}

// skipDateline returns the first token after a dateline opening the
// sentence at lo ("WASHINGTON (AP) —", "LOS ANGELES —"): words in capitals,
// an optional parenthesis, then a dash; else lo.
func (r *reader) skipDateline(lo, c int) int {
	b := r.b
	i := lo
	for i < c && b.inQ[i] == 0 && r.word(i) && allCaps(r.tok(i)) {
		i++
	}
	if i == lo {
		return lo
	}
	if i < c && r.isPunct(i, ",") { // "BEDFORD, N.H. (AP) —"
		i++
		for i < c && b.inQ[i] == 0 && b.toks[i].Kind != text.Punct || i < c && r.isPunct(i, ".") {
			i++
		}
	}
	if i < c && r.isPunct(i, "(") {
		for i < c && !r.isPunct(i, ")") && i-lo < 12 {
			i++
		}
		i++
	}
	if i < c && (r.isPunct(i, "—") || r.isPunct(i, "–") || r.isPunct(i, "--") || r.isPunct(i, "-")) {
		return i + 1
	}
	return lo
}

// allCaps reports whether w has at least two letters, all of them capitals.
func allCaps(w string) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			n++
		}
	}
	return n >= 2
}

// subjectPronoun finds a subject pronoun after a short opening phrase
// with no comma, in [i, c): "A few minutes later they reversed
// themselves and said".
func (r *reader) subjectPronoun(i, c int) (span, bool) {
	b := r.b
	if r.capitalized(i) && b.cls[i]&(cNoun|cTime|cPrep) == 0 {
		return span{}, false // a name opens the clause
	}
	for k := i + 1; k < c && k-i <= 5; k++ {
		if b.inQ[k] != 0 || b.toks[k].Kind == text.Punct {
			return span{}, false
		}
		if b.cls[k]&cPronoun != 0 && b.cls[k]&cRelative == 0 && b.cls[k-1]&cTime != 0 {
			return span{k, k + 1}, true
		}
	}
	return span{}, false
}

// titleRun extends a run of capitalised words ending before token e over
// lower-case title words and the name after them ("Clinton campaign
// spokesman Brian Fallon", "UK Independence Party leader Nigel Farage"),
// or over one lower-case head noun before a verb ("The Vermont senator
// vowed"), and returns the new end, or e when neither fits. c bounds it.
func (r *reader) titleRun(e, c int) int {
	b := r.b
	f := e
	for f < c && f-e < 3 && b.inQ[f] == 0 && b.toks[f].Kind == text.Word && !r.capitalized(f) &&
		b.cls[f]&(closedClass|cCue|cTime|cNoun|cSrcStop) == 0 && !strings.HasSuffix(r.tok(f), "ing") && !strings.HasSuffix(r.tok(f), "ed") {
		f++
	}
	if f == e || f >= c || b.inQ[f] != 0 || b.toks[f].Kind != text.Word {
		return e
	}
	if r.capitalized(f) && b.cls[f]&(closedClass|cTime) == 0 {
		g := f
		for g < c && b.inQ[g] == 0 && r.word(g) && r.capitalized(g) && b.cls[g]&closedClass == 0 {
			g++
		}
		return g
	}
	if f == e+1 && (b.cls[f]&(cCue|cAux) != 0 || strings.HasSuffix(r.tok(f), "ed")) {
		return f
	}
	return e
}

// sourceAfter finds an inverted source: `"...," said Jane Roe, the
// minister.`
func (r *reader) sourceAfter(c int) (span, bool) {
	b := r.b
	k := c + 1
	if k >= r.s.n || b.inQ[k] != 0 || !r.word(k) {
		return span{}, false
	}
	if !r.capitalized(k) && b.cls[k]&(cPronoun|cNoun) == 0 {
		// "said former congressman Barney Frank": a lower-case title
		// before a name
		ok := false
		for i := k + 1; i < r.s.n && i-k < 5 && r.word(i) && b.inQ[i] == 0; i++ {
			if r.capitalized(i) {
				ok = true
				break
			}
		}
		if !ok {
			return span{}, false
		}
	}
	e := k
	for e < r.s.n && !r.stop(e) && e-k < maxSource {
		e++
	}
	if e == k {
		return span{}, false
	}
	if e < r.s.n && e-k >= maxSource || r.isBoundaryAnd(e) {
		// a long noun phrase that ends the sentence: "said the man who
		// built his career on ...", "said lobbyist and strategist Jo Roe"
		f := e
		for f < r.s.n && b.inQ[f] == 0 && f-k < 30 && (b.toks[f].Kind != text.Punct || r.tok(f) == "'" || r.tok(f) == "’" || r.tok(f) == "-" || r.tok(f) == ",") {
			f++
		}
		if f >= r.s.n-1 && (f >= r.s.n || b.toks[f].Kind == text.Punct && b.inQ[f] == 0) {
			e = f
		}
	}
	// an apposition or relative clause running to the end of the
	// sentence belongs to the source ("said Jane Roe, a
	// lawyer at the firm, which ..."), unless it opens another cue
	// ("said Roe, referring to Doe")
	if e = r.apposition(e); e < 0 {
		return span{}, false
	}
	for e > k && b.toks[e-1].Kind == text.Punct {
		e--
	}
	return span{k, e}, true
}

// passiveNoAgent reports whether the cue at c (its auxiliaries from
// cueStart) is in the passive with no "by" agent after it ("was asked to
// name", "was announced the winner"): PolNeAR names no source then.
// "was quoted as saying" keeps its subject, who did speak.
func (r *reader) passiveNoAgent(c, cueStart, cueEnd int) bool {
	b := r.b
	w := strings.ToLower(r.tok(c))
	if !strings.HasSuffix(w, "ed") && w != "told" && w != "shown" && w != "known" && w != "seen" && w != "heard" || w == "quoted" {
		return false
	}
	if b.cls[c]&cBelief != 0 || experiencer(w) {
		return false // "are concerned that", "was impressed by": the subject holds the view
	}
	be := false
	for i := cueStart; i < c; i++ {
		if isBe(r.tok(i)) {
			be = true
		}
	}
	if !be {
		return false
	}
	for i := cueEnd; i < r.s.n && i <= cueEnd+4 && b.inQ[i] == 0; i++ {
		if strings.EqualFold(r.tok(i), "by") {
			return false
		}
	}
	return true
}

// experiencer reports whether w is a participle that, after "be", names
// a state of mind of the subject rather than something done to it.
func experiencer(w string) bool {
	switch w {
	case "concerned", "convinced", "worried", "tired", "excited", "impressed", "poised", "inclined", "divided",
		"unified", "satisfied", "dissatisfied", "dedicated", "committed", "determined", "interested", "opposed",
		"prepared", "pleased", "disappointed", "frustrated", "surprised", "startled", "mystified", "intrigued",
		"embittered", "alarmed", "annoyed", "angered", "outraged", "troubled", "encouraged", "confused",
		"amazed", "shocked", "scared", "terrified", "relieved", "delighted", "thrilled", "united", "split",
		"resigned", "obsessed", "fixated", "focused", "skeptical", "gripped":
		return true
	}
	return false
}

// relativeToEnd returns the end of a relative clause opening at token k
// ("who", "which") that runs, with no quotation in it, to the end of the
// sentence, or k when there is none.
func (r *reader) relativeToEnd(k int) int {
	b := r.b
	n := r.s.n
	if k >= n || b.inQ[k] != 0 || b.toks[k].Kind != text.Word || b.cls[k]&cRelative == 0 || strings.EqualFold(r.tok(k), "that") {
		return k
	}
	f := k + 1
	for f < n && b.inQ[f] == 0 && f-k < 40 && !r.restPunct(f) {
		f++
	}
	if f >= n || b.inQ[f] != 0 || !r.restPunct(f) {
		return k
	}
	return f
}

// apposition extends a source phrase ending before token e over an
// apposition after a comma that runs to the end of the sentence, and
// returns the new end.
func (r *reader) apposition(e int) int {
	b := r.b
	n := r.s.n
	if e+1 >= n || !r.isPunct(e, ",") || b.inQ[e+1] != 0 || !r.word(e+1) {
		return e
	}
	w := e + 1
	if strings.HasSuffix(r.tok(w), "ing") || b.cls[w]&(cCue|cAccording|cBoundary|cTime|cPrep) != 0 && b.cls[w]&(cNoun|cRelative) == 0 {
		return e
	}
	f := w
	for f < n && b.inQ[f] == 0 && f-w < 40 {
		if f > w && b.toks[f].Kind == text.Word && b.cls[f]&(cSpeech|cTell) != 0 && b.cls[f-1]&cRelative == 0 && r.isPunct(f-1, ",") {
			return e // ", adding": another cue
		}
		f++
	}
	if f < n {
		// too long to be an apposition, or running into a quotation
		// ("said Roe, who thinks they "need to ..."), which the source
		// does not share
		return e
	}
	for f > w && b.toks[f-1].Kind == text.Punct && b.inQ[f-1] == 0 {
		f--
	}
	return f
}

// trimPre drops what opens a stretch of content before its source but is
// not part of it, and returns the new start: a sentence-opening "But" or
// "And", and a lead-in ending with a colon before a quotation that runs
// to the end of the stretch (`At the time, he wrote: "..."`).
func (r *reader) trimPre(pre span) int {
	b := r.b
	a := pre.a
	if a < pre.b && b.inQ[a] == 0 && b.toks[a].Kind == text.Word && b.cls[a]&cBoundary != 0 && a+1 < pre.b && b.inQ[a+1] == 0 && r.word(a+1) {
		switch strings.ToLower(r.tok(a)) {
		case "but", "and", "so", "yet":
			a++
		}
	}
	if pre.b-1 > a && b.inQ[pre.b-1] != 0 {
		seg := b.inQ[pre.b-1]
		q := pre.b - 1
		for q > a && b.inQ[q-1] == seg {
			q--
		}
		if q > a && b.inQ[q-1] == 0 && r.isPunct(q-1, ":") {
			return q
		}
	}
	return a
}

// raising reads "the plan seems to work", "she is expected to win": the
// subject (subj, before the cue's auxiliaries at cueStart) and the clause
// after the cue are the content, and no source is named.
func (r *reader) raising(c, cueStart, cueEnd int, subj span, hasSubj bool, within string) (int, bool) {
	b := r.b
	n := r.s.n
	if strings.EqualFold(r.tok(c), "expected") {
		// "is expected", "is widely expected", "is not expected"
		be := false
		for i := max(cueStart, c-3); i < c; i++ {
			be = be || isBe(r.tok(i))
		}
		if !be {
			return c, false
		}
	}
	if !hasSubj || subj.b <= subj.a {
		return c, false
	}

	cs := cueEnd
	if cs >= n || b.inQ[cs] != 0 || b.toks[cs].Kind != text.Word || b.cls[cs]&cPrep != 0 && !strings.EqualFold(r.tok(cs), "to") {
		return c, false // "appeared on television": not a stance
	}
	ce := cs
	for ce < n && !(b.inQ[ce] == 0 && b.toks[ce].Kind == text.Punct && r.tok(ce) != "'" && r.tok(ce) != "’" && r.tok(ce) != "-") {
		ce++
	}
	if r.words(cs, ce) < 2 {
		return c, false
	}
	s1, s2 := r.bytes(subj), r.bytes(span{cs, ce})
	r.extendSegments(s2)
	r.emit([]analysis.Span{s1, s2}, span{}, span{cueStart, cueEnd}, within)
	return ce, true
}

// isWh reports whether w opens an embedded question.
func isWh(w string) bool {
	switch strings.ToLower(w) {
	case "whether", "if", "why", "how", "what", "which", "who", "when", "where":
		return true
	}
	return false
}

// isBe reports whether w is a form of "be".
func isBe(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// restPunct reports whether tokens from i to the end of the sentence are
// all punctuation outside quotations (`.`, `.)`), or none are left.
func (r *reader) restPunct(i int) bool {
	for ; i < r.s.n; i++ {
		if r.b.toks[i].Kind != text.Punct || r.b.inQ[i] != 0 {
			return false
		}
	}
	return true
}

// asideThat reports whether token k is the comma of a short aside
// followed by "that": "said, however, that ...".
func (r *reader) asideThat(k int) bool {
	b := r.b
	n := r.s.n
	if k+3 >= n || !r.isPunct(k, ",") || b.inQ[k] != 0 {
		return false
	}
	i := k + 1
	for i < n && i-k <= 3 && b.inQ[i] == 0 && r.word(i) {
		i++
	}
	return i > k+1 && i+1 < n && r.isPunct(i, ",") && b.inQ[i+1] == 0 && strings.EqualFold(r.tok(i+1), "that")
}

// coordinated reports whether the "and" at token i joins two parts of one
// noun phrase rather than two clauses: the word before it is a name, a
// pronoun or a plain noun, and the word after it opens another.
func (r *reader) coordinated(i int) bool {
	b := r.b
	p, q := i-1, i+1
	if b.inQ[p] != 0 || b.inQ[q] != 0 || !r.word(p) || !r.word(q) {
		return false
	}
	if r.capitalized(p) && r.capitalized(q) {
		return true
	}
	if b.cls[p]&(cCue|cAux|cBoundary|cPrep|cTime|cSrcStop) != 0 || b.cls[q]&(cCue|cAux|cBoundary|cSrcStop) != 0 {
		return false
	}
	w := r.tok(p)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	return b.cls[p]&cPronoun != 0 || b.cls[q]&cPronoun != 0 || r.capitalized(q) || !r.capitalized(p)
}

// isBoundaryAnd reports whether token i is an "and" or "or" inside a
// phrase.
func (r *reader) isBoundaryAnd(i int) bool {
	return i < r.s.n && r.b.toks[i].Kind == text.Word && (strings.EqualFold(r.tok(i), "and") || strings.EqualFold(r.tok(i), "or"))
}

// wordsIn counts word tokens outside quotations in [a, b), and whether a
// quotation segment starts there.
func (r *reader) wordsIn(a, b int) (words int, quoted bool) {
	for i := a; i < b; i++ {
		if r.b.inQ[i] != 0 {
			quoted = true
		} else if r.word(i) {
			words++
		}
	}
	return
}

// frame tries to read an attribution around the cue at token c, using no
// token before lo. within is the id of the enclosing quote for a nested
// report. It returns the token to go on from.
func (r *reader) frame(c, lo int, within string) (next int, ok bool) {
	b := r.b
	n := r.s.n
	if b.cls[c]&cAccording != 0 {
		if c+1 >= n || !strings.EqualFold(r.tok(c+1), "to") {
			return c, false
		}
		return r.according(c, lo, within)
	}
	r.noSource = false
	cueEnd := c + 1
	prepObj := false // the cue took a preposition whose object is the content
	if b.cls[c]&(cSpeech|cTell|cBelief) == 0 && cueEnd < n && b.inQ[cueEnd] == 0 {
		switch {
		case cueEnd+2 < n && strings.EqualFold(r.tok(cueEnd), "in") && b.inQ[cueEnd+2] == 0 && strings.EqualFold(r.tok(cueEnd+2), "of") &&
			(strings.EqualFold(r.tok(cueEnd+1), "support") || strings.EqualFold(r.tok(cueEnd+1), "favor") || strings.EqualFold(r.tok(cueEnd+1), "favour")):
			cueEnd += 3 // "voted in favor of"
		case b.cls[cueEnd]&cParticle != 0:
			cueEnd++ // "called for", "pointed out"
			// "railed on about", "spoke out against"
			for cueEnd < n && cueEnd-c < 3 && b.inQ[cueEnd] == 0 && b.cls[cueEnd]&cParticle != 0 && b.toks[cueEnd].Kind == text.Word {
				cueEnd++
			}
		case strings.EqualFold(r.tok(cueEnd), "to") && cueEnd+1 < n && (b.inQ[cueEnd+1] != 0 || r.word(cueEnd+1) &&
			(r.capitalized(cueEnd+1) || b.cls[cueEnd+1]&(cNoun|cPronoun|cObject) != 0)):
			cueEnd++ // "referred to the report", "referred to “ISIS”", but "wants to win"
		}
	}
	if cueEnd+1 < n && b.cls[c]&(cSpeech|cTell) == 0 && b.inQ[cueEnd] == 0 && b.inQ[cueEnd+1] == 0 && strings.EqualFold(r.tok(cueEnd), "to") &&
		b.toks[cueEnd+1].Kind == text.Word && b.cls[cueEnd+1]&(cSpeech|cTell) != 0 && !strings.HasSuffix(r.tok(cueEnd+1), "ing") &&
		!(c > 0 && isBe(r.tok(c-1)) || c > 1 && isBe(r.tok(c-2))) {
		// "went on to say", "declined to explain": the verb of saying
		// after "to" makes the whole a cue of speech (but in the
		// passive, "was asked to explain" keeps its own content)
		b.cls[c] |= cSpeech
		cueEnd += 2
	} else if (strings.EqualFold(r.tok(c), "put") || strings.EqualFold(r.tok(c), "puts")) && cueEnd < n && b.inQ[cueEnd] == 0 && strings.EqualFold(r.tok(cueEnd), "it") {
		// "as Roe put it, ...": an idiom of saying
		b.cls[c] |= cSpeech
		cueEnd++
	}
	if b.cls[c]&(cSpeech|cTell|cBelief) != 0 && cueEnd < n && b.inQ[cueEnd] == 0 && b.toks[cueEnd].Kind == text.Word {
		if w := r.tok(cueEnd); strings.EqualFold(w, "in") && cueEnd+2 < n && r.word(cueEnd+1) && r.word(cueEnd+2) && b.inQ[cueEnd+2] == 0 &&
			(strings.EqualFold(r.tok(cueEnd+1), "a") || strings.EqualFold(r.tok(cueEnd+1), "an")) &&
			strings.EqualFold(r.tok(cueEnd+2), "statement") {
			cueEnd += 3 // "said in a statement": PolNeAR's cue holds it
		} else if r.prepObject(c, cueEnd) {
			cueEnd++ // "responded to the critics", "agreed with", "talked about"
			prepObj = true
		}
	}
	src, cueStart, hasSrc := r.sourceBefore(c, lo)
	if hasSrc && b.cls[c]&(cSpeech|cTell) != 0 && cueStart == c && c-1 > src.b && r.isPunct(c-1, ",") && b.inQ[c-1] == 0 {
		// "Clevelanders get nervous, said Jo Roe, a lawyer.": the
		// subject guessed before the comma is not the source when a
		// name follows the cue and closes the sentence
		if sa, ok := r.sourceAfter(c); ok && (r.restPunct(sa.b) || r.restPunct(r.relativeToEnd(sa.b))) {
			hasSrc = false
			src = span{}
		}
	}
	if b.cls[c]&cRaising != 0 {
		r.srcBytes = nil
		return r.raising(c, cueStart, cueEnd, src, hasSrc, within)
	}
	r.srcBytes = nil
	r.noSource = false
	if hasSrc && src.b > src.a {
		if next, ok := r.passive(c, cueStart, cueEnd, src, within); ok {
			return next, true
		}
		r.noSource = r.passiveNoAgent(c, cueStart, cueEnd)
	}
	if strings.HasSuffix(r.tok(c), "ing") && cueStart-1 >= lo && (r.isPunct(cueStart-1, ",") || r.isPunct(cueStart-1, "—") || r.isPunct(cueStart-1, "–")) &&
		r.lastQuote >= 0 && r.lastSent == r.si && b.out[r.lastQuote].Source != nil {
		// "..., saying that ...": the speaker of the quote just before
		last := &b.out[r.lastQuote]
		if end := last.Content[len(last.Content)-1].End; end <= int(b.toks[cueStart-1].Start) && end >= r.s.start {
			src, hasSrc = span{}, true
			r.srcBytes = last.Source
		}
	}
	// after the cue: skip time words (said Tuesday)
	k := cueEnd
	for k < n && b.inQ[k] == 0 && b.cls[k]&cTime != 0 {
		k++
	}
	if b.cls[c]&cTell != 0 && k < n && b.inQ[k] == 0 {
		// the addressee: "told reporters", "told the delegates", "told
		// The New York Times"
		e := k
		if b.cls[e]&cObject != 0 {
			e++
		} else {
			if b.cls[e]&cNoun != 0 {
				e++
			}
			for e < n && e-k < 6 && b.inQ[e] == 0 && r.word(e) && (r.capitalized(e) || e == k+1) && b.cls[e]&(cPrep|cBoundary) == 0 {
				e++
			}
		}
		if e < n && (b.cls[e]&cPrep != 0 || b.toks[e].Kind == text.Punct) {
			k = e
		}
	}
	atEnd := r.restPunct(k)
	comma := k < n && r.isPunct(k, ",") && b.inQ[k] == 0
	// "..., X said in an interview (, ...)": a phrase of circumstance
	// after the cue, with no "that" in it, ends like the sentence or a
	// comma does, for content before the source (fAtEnd, fComma, fk). It
	// may name a show in quotation marks (said on "Meet the Press,") and
	// end where another cue begins (said before adding: ...). PolNeAR
	// leaves it out of the cue.
	fAtEnd, fComma, fk := atEnd, comma, k
	if k < n && (b.inQ[k] == 0 && b.cls[k]&cPrep != 0 || k > cueEnd && b.cls[k-1]&cPrep != 0) {
		e := k
		inComma := false
		for e < n && !strings.EqualFold(r.tok(e), "that") {
			if b.inQ[e] != 0 {
				if r.isPunct(e, ",") && e+1 < n && b.inQ[e+1] != 0 && r.quoteMark(e+1) && (e+2 >= n || b.inQ[e+2] == 0) {
					e++ // the comma inside the closing mark: "Morning Joe,"
					inComma = true
					break
				}
				e++
				continue
			}
			if b.toks[e].Kind == text.Punct && !r.quoteMark(e) && r.tok(e) != "'" && r.tok(e) != "’" {
				break
			}
			if e > k && strings.HasSuffix(r.tok(e), "ing") && b.cls[e]&cSpeech != 0 {
				break
			}
			e++
		}
		switch {
		case r.restPunct(e):
			fAtEnd = true
		case inComma || r.isPunct(e, ","), e > k && b.toks[e].Kind == text.Word && strings.HasSuffix(r.tok(e), "ing"):
			fComma = true
			fk = e
			if b.toks[e].Kind == text.Word {
				fk = e - 1 // "said before adding": the participle right after
			}
		}
	}
	colon := k < n && r.isPunct(k, ":") && b.inQ[k] == 0
	var pre span // content before the source
	preStart := lo
	if hasSrc {
		pre = span{preStart, src.a}
	} else {
		pre = span{preStart, cueStart}
	}
	for pre.b > pre.a && b.inQ[pre.b-1] == 0 && b.toks[pre.b-1].Kind == text.Punct && !r.quoteMark(pre.b-1) {
		pre.b--
	}
	pre.a = r.trimPre(pre)
	preWords, preQuoted := r.wordsIn(pre.a, pre.b)
	hasPre := (preWords >= 2 || preQuoted) && pre.b > pre.a
	if b.cls[c]&(cSpeech|cTell) != 0 && hasSrc && hasPre && !fAtEnd && !fComma && r.shortTail(k, r.quoteMark(pre.b-1) || b.inQ[pre.b-1] != 0 || b.cls[c]&cTell != 0) {
		// `"...," Trump said recently in New York.`, `"...," she told
		// cheering supporters in Nashua on Monday.`: what follows the cue
		// is circumstance or an addressee, not content
		fAtEnd = true
	}
	if preWords == 1 && hasSrc && fComma && pre.b > pre.a && r.words(fk+1, n) >= 3 {
		hasPre = true // "Greensboro, Sexton said, made him ...": a subject cut off
	}
	if r.asFrame(c, lo, src, hasSrc, k, comma) {
		// "As The Post reported, the plan failed.": the clause after
		// the comma is what was reported
		a, ce := k+1, n
		for ce > a && b.toks[ce-1].Kind == text.Punct && b.inQ[ce-1] == 0 {
			ce--
		}
		r.emit(r.contentSpans(a, ce), src, span{cueStart, cueEnd}, within)
		return n, true
	}
	// "...," X said / "...," said X
	speech := b.cls[c]&(cSpeech|cTell|cBelief) != 0
	if (speech && (fAtEnd || fComma) || atEnd) && hasSrc && hasPre && r.clauseEnd(src.a, lo) {
		return r.emitFinal(pre, src, span{cueStart, cueEnd}, fk, fComma, within), true
	}
	if k1 := cueEnd; speech && !hasSrc && hasPre && !preQuoted && r.clauseEnd(cueStart, lo) && k1+1 < n && b.inQ[k1] == 0 && b.toks[k1].Kind == text.Word &&
		b.cls[k1]&cPronoun != 0 && b.cls[k1]&cRelative == 0 && b.inQ[k1+1] == 0 && b.toks[k1+1].Kind == text.Word {
		// "Rep. Roe, one of the negotiators, said he supports it": a
		// pronoun opening a clause after the cue starts the content, so
		// the long stretch before the cue is the source
		src, hasSrc = pre, true
		pre = span{}
		hasPre = false
	}
	if speech && !hasSrc && hasPre && r.clauseEnd(cueStart, lo) {
		if sa, ok := r.sourceAfter(c); ok {
			k2 := sa.b
			if e := r.relativeToEnd(k2); e > k2 {
				// `"...," said the man who built it.`: the relative
				// clause closing the sentence belongs to the source
				sa.b, k2 = e, e
			}
			atEnd2 := r.restPunct(k2)
			comma2 := k2 < n && r.isPunct(k2, ",")
			if atEnd2 || comma2 {
				return r.emitFinal(pre, sa, span{cueStart, cueEnd}, k2, comma2, within), true
			}
		}
		return c, false
	}
	if !hasSrc {
		if within != "" {
			return c, false // a nested report needs a source of its own
		}
		// a cue with no source before it ("after telling his aides he
		// planned ...", "in denouncing the media"): PolNeAR still
		// annotates the attribution, with the source elsewhere
		src = span{}
	}
	// `"... missing." Trump said.`: the quotation closed the sentence
	// before
	if speech && hasSrc && src.a == 0 && lo == 0 && fComma && !fAtEnd && fk+1 < n && b.inQ[fk+1] == 0 {
		// `"All the way!" Roe shouted, waving a sign.`: the same, with
		// an aside after the cue, which may hold another cue
		if seg := r.segmentEndingAt(r.s.start); seg >= 0 {
			r.emit(r.groupSpans(seg), src, span{cueStart, cueEnd}, within)
			return fk, true
		}
	}
	if speech && hasSrc && src.a == 0 && lo == 0 && fAtEnd {
		if seg := r.segmentEndingAt(r.s.start); seg >= 0 {
			r.emit(r.groupSpans(seg), src, span{cueStart, cueEnd}, within)
			return n, true
		}
		// "The plan failed. Smith said last week.": the sentence before,
		// in the same paragraph, when no quote has claimed it
		if p, ok := r.previousSentence(); ok {
			r.emit([]analysis.Span{r.extendSegments(p)}, src, span{cueStart, cueEnd}, within)
			return n, true
		}
	}
	// X said: "..." / X said, "..." / X said "..."
	q := k
	if comma || colon {
		q++
	}
	if q < n && b.inQ[q] != 0 {
		seg := int(b.inQ[q] - 1)
		if b.segs[seg].start >= int(b.toks[cueStart].End) {
			spans := r.directFrom(seg)
			r.emit(spans, src, span{cueStart, cueEnd}, within)
			return n, true
		}
	}
	if colon && within == "" && r.restPunct(k+1) {
		// "Fox News reports:" closing a paragraph: the next paragraph
		// is what was reported
		if p, ok := r.nextParagraph(); ok {
			r.emit([]analysis.Span{r.extendSegments(p)}, src, span{cueStart, cueEnd}, within)
			r.skipTo = p.End
			return n, true
		}
	}
	// X said (that) ...; X told reporters (that) ...
	if atEnd || colon {
		return c, false
	}
	if comma && !r.asideThat(k) {
		return c, false
	}
	cs := r.contentStart(c, k)
	if cs >= n {
		return c, false
	}
	if b.cls[c]&(cSpeech|cTell|cBelief) == 0 && cs == k && cs+2 < n && b.inQ[cs] == 0 && b.inQ[cs+1] == 0 &&
		(b.cls[cs]&cObject != 0 || r.capitalized(cs) && b.cls[cs]&cNoun == 0) && isWh(r.tok(cs+1)) {
		cs++ // "asked Roe whether ...": the addressee
	}
	if b.cls[c]&(cSpeech|cTell|cBelief) == 0 && b.cls[cs]&cPrep != 0 && b.cls[cs]&cParticle == 0 && b.inQ[cs] == 0 && !strings.EqualFold(r.tok(cs), "to") {
		return c, false // "spoke after the meeting": circumstance, not content
	}
	if r.x.model == nil && b.cls[c]&cWeak != 0 && !strings.EqualFold(r.tok(cs), "that") && b.inQ[cs] == 0 && !colon {
		return c, false
	}
	ce := n
	if b.cls[c]&(cSpeech|cTell|cBelief) != 0 {
		// "X said ..., adding that ...": the participle starts another
		// quote of the same source
		ce = r.speechEnd(cs)
		if e := r.subordinateEnd(lo, cueStart, cs); e < ce {
			ce = e
		}
	}
	after := n // where to go on reading
	if ce < n {
		after = ce
	}
	if b.cls[c]&(cSpeech|cTell|cBelief) == 0 {
		// an attitude's content ends with its clause
		for i := cs; i < n; i++ {
			if b.inQ[i] == 0 && b.toks[i].Kind == text.Punct && r.tok(i) != "'" && r.tok(i) != "’" && r.tok(i) != "-" {
				ce = i
				break
			}
			// "praised Roe during the debate", "criticised the plan in
			// a tweet": a phrase of circumstance closes the content
			if i > cs+1 && b.inQ[i] == 0 && r.circumstance(i) {
				ce = i
				break
			}
			// "... and handed Clinton a lead", "... before backing
			// Rubio": another predicate of the subject
			if i > cs && i+1 < n && b.inQ[i] == 0 && b.inQ[i+1] == 0 && b.toks[i+1].Kind == text.Word && !r.capitalized(i+1) {
				switch strings.ToLower(r.tok(i)) {
				case "and", "but", "before", "after":
					if w := r.tok(i + 1); strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || b.cls[i+1]&(cCue|cAux) != 0 && b.cls[i+1]&cNoun == 0 {
						ce = i
					}
				}
				if ce == i {
					break
				}
			}
		}
	}
	for ce > cs && b.toks[ce-1].Kind == text.Punct && b.inQ[ce-1] == 0 {
		ce--
	}
	if w, qd := r.wordsIn(cs, ce); (w < 2 && !qd) && !(w == 1 && shortAnswer(r.tok(cs))) && !(w == 1 && (prepObj || b.cls[c]&(cSpeech|cTell|cBelief) == 0) && (r.capitalized(cs) || b.cls[cs]&(cPronoun|cObject) != 0)) {
		return c, false
	}
	cont := analysis.Span{Start: int(b.toks[cs].Start), End: int(b.toks[ce-1].End)}
	cont = r.extendSegments(cont)
	id := r.emit([]analysis.Span{cont}, src, span{cueStart, cueEnd}, within)
	if within == "" {
		// a report inside this one's content
		for c2 := cs; c2 < ce; c2++ {
			if !r.isCue(c2) {
				continue
			}
			if _, ok := r.frame(c2, cs, id); ok {
				break
			}
		}
	}
	// an attitude's clause may be followed by another attribution
	if after < n {
		return after, true
	}
	return ce, true
}

// speechEnd is where the content of a verb of saying starting at token cs
// ends: at the end of the sentence, or before a clause that starts
// another report of the same source ("..., adding that ...", "... and
// called him ...") or sets something against it ("..., while ...").
func (r *reader) speechEnd(cs int) int {
	b := r.b
	n := r.s.n
	for i := cs + 1; i+1 < n; i++ {
		if b.inQ[i] != 0 {
			// `... "a tragedy," explaining ...`: a quotation closing
			// with a comma ends the content before a participle cue
			if r.quoteMark(i) && r.isPunct(i-1, ",") && b.inQ[i+1] == 0 && b.toks[i+1].Kind == text.Word &&
				strings.HasSuffix(r.tok(i+1), "ing") && (b.cls[i+1]&cCue != 0 || r.isCue(i+1)) {
				return i + 1
			}
			continue
		}
		comma := r.isPunct(i, ",")
		sep := comma || r.isPunct(i, "—") || r.isPunct(i, "–") || r.isPunct(i, "-") || r.isPunct(i, ";")
		j := i
		if sep {
			j = i + 1
		}
		if comma && b.inQ[j] == 0 && b.toks[j].Kind == text.Number && r.newReport(j) {
			return i // "..., 40 have said ...": another report
		}
		if b.inQ[j] != 0 || b.toks[j].Kind != text.Word {
			continue
		}
		w := r.tok(j)
		if sep && strings.HasSuffix(w, "ing") && (b.cls[j]&cCue != 0 || r.isCue(j)) {
			return i
		}
		if sep && (strings.EqualFold(w, "while") || strings.EqualFold(w, "whereas")) {
			return i
		}
		if comma && (strings.EqualFold(w, "but") || strings.EqualFold(w, "though") || strings.EqualFold(w, "although")) && !r.butGoesOn(j) {
			return i // ", but ...": the writer's own clause
		}
		if r.isPunct(i, ";") {
			return i // "...; that is ...": a clause of its own
		}
		if (comma || strings.EqualFold(w, "but")) && (strings.EqualFold(w, "and") || strings.EqualFold(w, "but")) && r.newReport(j+1) {
			return i // "..., and three-quarters said ...": another report
		}
		if comma && b.cls[j]&(cRelative|cBoundary|cPrep|cCue|cAux) == 0 && !strings.HasSuffix(w, "ing") && r.newReport(j) {
			return i // "... support Clinton, 39 have said they ...": another report
		}
		if (r.isPunct(i, "—") || r.isPunct(i, "–") || r.spacedHyphen(i)) && !r.dashAfter(i+1) {
			return i // "... — an issue Democrats ...": an aside closing the sentence
		}
		if comma && strings.EqualFold(w, "which") && !r.commaAfter(j) {
			return i // ", which ..." closing the sentence is an aside
		}
		if strings.EqualFold(w, "and") || strings.EqualFold(w, "but") {
			k := j + 1
			for k < n && b.inQ[k] == 0 && b.cls[k]&cAux != 0 && b.toks[k].Kind == text.Word {
				k++
			}
			if k < n && b.inQ[k] == 0 && b.toks[k].Kind == text.Word && b.cls[k]&(cSpeech|cTell|cAttitude) != 0 && b.cls[k]&cNoun == 0 && !strings.HasSuffix(r.tok(k), "ing") {
				if sep {
					return i
				}
				return j
			}
		}
	}
	return n
}

// asFrame reports whether the cue at c reads "As X said, ...": a clause
// opening with "as", the source, a verb of saying and a comma at token
// k, with at least four words after it.
func (r *reader) asFrame(c, lo int, src span, hasSrc bool, k int, comma bool) bool {
	b := r.b
	if !comma || !hasSrc || src.b <= src.a || b.cls[c]&(cSpeech|cTell) == 0 || strings.HasSuffix(r.tok(c), "ing") {
		return false
	}
	as := src.a - 1
	if as < lo || b.inQ[as] != 0 || !strings.EqualFold(r.tok(as), "as") {
		return false
	}
	if as > lo && b.toks[as-1].Kind != text.Punct && !strings.EqualFold(r.tok(as-1), "but") && !strings.EqualFold(r.tok(as-1), "and") {
		return false // "such as", "the same as"
	}
	return r.words(k+1, r.s.n) >= 4
}

// shortTail reports whether tokens from k to the end of the sentence are
// a short phrase of circumstance after a cue whose content came before
// it: no quotation, "that", comma, colon, dash or other cue, at most 12
// words, opening with a time word, number, adverb or preposition (any
// word when free is set: the content was a quotation or the cue takes
// an addressee).
func (r *reader) shortTail(k int, free bool) bool {
	b := r.b
	n := r.s.n
	e := n
	for e > k && b.toks[e-1].Kind == text.Punct && b.inQ[e-1] == 0 && !r.quoteMark(e-1) {
		e--
	}
	if e <= k || e-k > 16 {
		return false
	}
	words := 0
	for i := k; i < e; i++ {
		if b.inQ[i] != 0 {
			return false
		}
		if b.toks[i].Kind == text.Punct {
			switch r.tok(i) {
			case ".", "'", "’", "-", "&", "(", ")":
				continue
			case ",":
				if i > k && i+1 < e && r.capitalized(i-1) && r.capitalized(i+1) {
					continue // "in Worcester, Massachusetts"
				}
			}
			return false
		}
		words++
		if strings.EqualFold(r.tok(i), "that") && !(i+1 < e && b.cls[i+1]&cTime != 0) || b.toks[i].Kind == text.Word && b.cls[i]&(cSpeech|cTell|cBelief|cAttitude|cAccording|cRelative) != 0 && i > k {
			return false
		}
	}
	if words == 0 || words > 12 {
		return false
	}
	if free {
		return true
	}
	if b.toks[k].Kind == text.Number || b.cls[k]&(cTime|cPrep) != 0 {
		return true
	}
	w := r.tok(k)
	if adverbLike(w) {
		return true
	}
	switch strings.ToLower(w) {
	case "late", "early", "earlier", "later", "again", "last", "this", "next", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// subordinateEnd returns the comma that closes a subordinate clause
// opening the sentence at lo when the cue (from cueStart) is inside it and
// its content starts at cs: "While Roe said that ..., she appears ...",
// "If Roe says he will run, ...". It returns the sentence length when
// there is none.
func (r *reader) subordinateEnd(lo, cueStart, cs int) int {
	b := r.b
	n := r.s.n
	a := lo
	if a < n && b.toks[a].Kind == text.Word && (strings.EqualFold(r.tok(a), "but") || strings.EqualFold(r.tok(a), "and")) {
		a++
	}
	if a >= cueStart || b.inQ[a] != 0 || b.toks[a].Kind != text.Word {
		return n
	}
	switch strings.ToLower(r.tok(a)) {
	case "while", "although", "though", "if", "when", "because", "since", "whereas", "unless", "once":
	default:
		return n
	}
	for i := a + 1; i < cueStart; i++ {
		if b.inQ[i] == 0 && b.toks[i].Kind == text.Punct && !r.quoteMark(i) && r.tok(i) != "." && r.tok(i) != "'" && r.tok(i) != "’" && r.tok(i) != "-" {
			return n // the clause closed before the cue
		}
	}
	for i := cs + 1; i < n; i++ {
		if b.inQ[i] == 0 && r.isPunct(i, ",") {
			if r.words(i+1, n) >= 3 {
				return i
			}
			return n
		}
	}
	return n
}

// butGoesOn reports whether the "but" at token j carries on the reported
// speech rather than opening the writer's own clause: ", but that ...",
// ", but not ...", ", but only ..." (the speaker's own contrast).
func (r *reader) butGoesOn(j int) bool {
	b := r.b
	if !strings.EqualFold(r.tok(j), "but") || j+1 >= r.s.n || b.inQ[j+1] != 0 {
		return false
	}
	switch strings.ToLower(r.tok(j + 1)) {
	case "that", "not", "only":
		return true
	}
	return false
}

// spacedHyphen reports whether token i is a hyphen with space on both
// sides, written for a dash ("... the plan - and the cost").
func (r *reader) spacedHyphen(i int) bool {
	k := r.b.toks[i]
	if k.Kind != text.Punct || r.t[k.Start:k.End] != "-" || k.Start == 0 || int(k.End) >= len(r.t) {
		return false
	}
	return r.t[k.Start-1] == ' ' && r.t[k.End] == ' '
}

// newReport reports whether the words from token k open a clause with a
// subject of its own and a verb of saying ("more than 4 in 10 said"),
// before any punctuation.
func (r *reader) newReport(k int) bool {
	b := r.b
	for i := k + 1; i < r.s.n && i-k <= 8; i++ {
		if b.inQ[i] != 0 || b.toks[i].Kind == text.Punct {
			return false
		}
		if b.toks[i].Kind == text.Word && b.cls[i]&(cSpeech|cTell) != 0 && b.cls[i]&cNoun == 0 && !strings.HasSuffix(r.tok(i), "ing") && b.cls[i-1]&cBoundary == 0 {
			return true
		}
	}
	return false
}

// dashAfter reports whether a dash outside quotations follows token i in
// the sentence.
func (r *reader) dashAfter(i int) bool {
	for ; i < r.s.n; i++ {
		if r.b.inQ[i] == 0 && (r.isPunct(i, "—") || r.isPunct(i, "–")) {
			return true
		}
	}
	return false
}

// commaAfter reports whether a comma outside quotations follows token i
// in the sentence.
func (r *reader) commaAfter(i int) bool {
	for ; i < r.s.n; i++ {
		if r.b.inQ[i] == 0 && r.isPunct(i, ",") {
			return true
		}
	}
	return false
}

// clauseEnd reports whether the token before i closes a stretch of
// content: a comma, a closing quotation mark, a dash or a colon.
func (r *reader) clauseEnd(i, lo int) bool {
	if i-1 < lo {
		return false
	}
	k := r.b.toks[i-1]
	if k.Kind != text.Punct {
		return false
	}
	switch r.t[k.Start:k.End] {
	case ",", "—", "–", "--", "-", ":", ";":
		return true
	}
	return r.quoteMark(i - 1)
}

// contentStart finds where indirect content begins after the cue at c (k
// is the first token after it and its time words): at a "that" close
// after the cue, else after a tell verb's addressee, else right away.
func (r *reader) contentStart(c, k int) int {
	b := r.b
	n := r.s.n
	// "said at a campaign stop in Toledo, Ohio, that": a phrase of
	// circumstance may hold commas
	circ := c+1 < n && b.cls[c+1]&(cPrep|cTime) != 0 || r.asideThat(c+1)
	for i := c + 1; i < n && i <= c+12; i++ {
		if b.inQ[i] != 0 || (b.toks[i].Kind == text.Punct && !(circ && r.isPunct(i, ","))) {
			break
		}
		if strings.EqualFold(r.tok(i), "that") {
			return i
		}
		if !circ && b.cls[c]&cTell == 0 && b.toks[i].Kind == text.Word && b.cls[i]&(cAux|cTime) == 0 && !adverbLike(r.tok(i)) {
			break // "says the truth is that ...": the "that" is inside the content
		}
	}
	if b.cls[c]&cTell != 0 && k < n {
		switch {
		case b.cls[k]&cObject != 0:
			k++
		case r.capitalized(k) || strings.EqualFold(r.tok(k), "the"):
			k++
			for k < n && (r.capitalized(k) || r.isPunct(k, ".")) && b.inQ[k] == 0 {
				k++
			}
		}
	}
	for k < n && b.inQ[k] == 0 && (r.isPunct(k, ",") || r.isPunct(k, ":")) {
		k++
	}
	return k
}

// extendSegments marks the quotations a content span overlaps as used,
// so that they are not reported again as quotations of their own, and
// returns the span unchanged.
func (r *reader) extendSegments(s analysis.Span) analysis.Span {
	first, _ := slices.BinarySearchFunc(r.b.segs, s.Start, func(g segment, at int) int { return cmp.Compare(g.end, at+1) })
	for i := first; i < len(r.b.segs); i++ {
		g := &r.b.segs[i]
		if g.start >= s.End {
			break
		}
		if g.end > s.Start && g.start < s.End {
			g.used = true
		}
	}
	return s
}

// nextParagraph returns the paragraph after the current sentence when
// the sentence ends its own, trimmed of space, or false when there is
// none or it is shorter than 20 bytes (a label, not a statement).
func (r *reader) nextParagraph() (analysis.Span, bool) {
	t := r.t
	i := r.s.end
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	if i >= len(t) || t[i] != '\n' {
		return analysis.Span{}, false
	}
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
		i++
	}
	e := i
	for e < len(t) && t[e] != '\n' {
		e++
	}
	for e > i && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\r') {
		e--
	}
	if e-i < 20 {
		return analysis.Span{}, false
	}
	return analysis.Span{Start: i, End: e}, true
}

// previousSentence returns the sentence before the current one, trimmed
// of its final punctuation, when it is in the same paragraph and no quote
// has been found in it.
func (r *reader) previousSentence() (analysis.Span, bool) {
	if r.si == 0 || (r.lastQuote >= 0 && r.lastSent == r.si-1) {
		return analysis.Span{}, false
	}
	p := r.b.sents[r.si-1]
	if p.Heading || strings.Contains(r.t[p.End:r.s.start], "\n") {
		return analysis.Span{}, false
	}
	e := p.End
	for e > p.Start {
		c, n := utf8.DecodeLastRuneInString(r.t[p.Start:e])
		if !unicode.IsPunct(c) || c == '"' || c == '”' || c == '’' || c == '\'' {
			break
		}
		e -= n
	}
	if e-p.Start < 10 {
		return analysis.Span{}, false
	}
	return analysis.Span{Start: p.Start, End: e}, true
}

// segmentEndingAt finds the unused quotation that closes right before
// position p in the same paragraph (only spaces between), or -1.
func (r *reader) segmentEndingAt(p int) int {
	q := p
	for q > 0 && (r.t[q-1] == ' ' || r.t[q-1] == '\t') {
		q--
	}
	segs := r.b.segs
	lo, hi := 0, len(segs)
	for lo < hi {
		m := (lo + hi) / 2
		if segs[m].end < q {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(segs) && segs[lo].end == q && segs[lo].closed && !segs[lo].used {
		return lo
	}
	return -1
}

// groupSpans marks and returns the spans of the quotation seg belongs to.
func (r *reader) groupSpans(seg int) []analysis.Span {
	segs := r.b.segs
	g := segs[seg].group
	var out []analysis.Span
	for i := g; i <= seg; i++ {
		if segs[i].group == g {
			segs[i].used = true
			out = append(out, analysis.Span{Start: segs[i].start, End: segs[i].end})
		}
	}
	return out
}

// directFrom collects the content spans of a direct quotation starting
// with segment seg: the segment, the segments of its group in following
// paragraphs, and further quotations in the same sentence.
func (r *reader) directFrom(seg int) []analysis.Span {
	b := r.b
	var out []analysis.Span
	g := b.segs[seg].group
	for i := seg; i < len(b.segs); i++ {
		s := &b.segs[i]
		if s.group != g && s.start >= r.s.end {
			break
		}
		s.used = true
		out = append(out, analysis.Span{Start: s.start, End: s.end})
	}
	return out
}

// emitFinal makes the quote for content before its source: pre is the
// content, k the token after the cue, and comma says the sentence goes on
// after a comma ("A," he said, "B.").
func (r *reader) emitFinal(pre, src, cue span, k int, comma bool, within string) int {
	b := r.b
	n := r.s.n
	var spans []analysis.Span
	spans = append(spans, r.contentSpans(pre.a, pre.b)...)
	next := n
	if comma && k+1 < n {
		a := k + 1
		if r.isCue(a) {
			// "..., he said, adding that ...": a second quote of the
			// same source
			r.emit(spans, src, cue, within)
			cs := r.contentStart(a, a+1)
			ce := n
			for ce > cs && b.toks[ce-1].Kind == text.Punct && b.inQ[ce-1] == 0 {
				ce--
			}
			if cs < ce {
				c2 := analysis.Span{Start: int(b.toks[cs].Start), End: int(b.toks[ce-1].End)}
				r.emit([]analysis.Span{r.extendSegments(c2)}, src, span{a, a + 1}, within)
			}
			return n
		}
		ce := n
		for ce > a && b.toks[ce-1].Kind == text.Punct && b.inQ[ce-1] == 0 {
			ce--
		}
		// The part after the comma goes on with the content unless it is
		// an apposition or an aside about the speaker ("..., said Roe, a
		// lawyer who ...", "..., he said, referring to Doe"); after a
		// direct quote only a quotation goes on with it.
		direct := len(spans) > 0 && b.inQ[pre.a] != 0 && r.kind(spans) == "direct"
		// A source before its cue takes no apposition after it ("In
		// a merger, he said, the brand ...").
		inverted := src.a >= cue.b
		goesOn := b.inQ[a] != 0 || (!direct && (!inverted || b.cls[a]&(cNoun|cRelative) == 0) && !strings.HasSuffix(r.tok(a), "ing"))
		if w, qd := r.wordsIn(a, ce); goesOn && (w >= 2 || qd) {
			spans = append(spans, r.contentSpans(a, ce)...)
			next = ce
		}
	}
	r.emit(spans, src, cue, within)
	if next == n {
		// the rest of the sentence may hold another report ("...," said
		// Roe, who said ...)
		next = max(src.b, cue.b) - 1
	}
	return next
}

// contentSpans is the content of tokens [a, b): the quotations there when
// nothing but punctuation lies outside them (a direct quote, with each
// group's continuation in later paragraphs), else the whole range.
func (r *reader) contentSpans(a, e int) []analysis.Span {
	b := r.b
	outside := false
	first := -1
	for i := a; i < e; i++ {
		if b.inQ[i] != 0 {
			if first < 0 {
				first = int(b.inQ[i] - 1)
			}
			continue
		}
		if b.toks[i].Kind != text.Punct {
			outside = true
		}
	}
	whole := analysis.Span{Start: int(b.toks[a].Start), End: int(b.toks[e-1].End)}
	if first < 0 || outside {
		return []analysis.Span{r.extendSegments(whole)}
	}
	var out []analysis.Span
	for i := first; i < len(b.segs) && b.segs[i].start < whole.End; i++ {
		s := &b.segs[i]
		s.used = true
		out = append(out, analysis.Span{Start: max(s.start, whole.Start), End: min(s.end, whole.End)})
	}
	return out
}

// according reads "according to X": the content is the clause before it,
// or the one after when it opens the sentence.
func (r *reader) according(c, lo int, within string) (int, bool) {
	b := r.b
	n := r.s.n
	sa := c + 2
	se := sa
	for se < n && !r.stop(se) && se-sa < maxSource {
		se++
	}
	if se == sa {
		return c, false
	}
	src := span{sa, se}
	cue := span{c, c + 2}
	pre := span{lo, c}
	for pre.b > pre.a && b.toks[pre.b-1].Kind == text.Punct && b.inQ[pre.b-1] == 0 {
		pre.b--
	}
	if w, qd := r.wordsIn(pre.a, pre.b); w >= 3 || qd {
		spans := r.contentSpans(pre.a, pre.b)
		r.emit(spans, src, cue, within)
		return n, true
	}
	a := se
	for a < n && b.toks[a].Kind == text.Punct && b.inQ[a] == 0 {
		a++
	}
	ce := n
	for ce > a && b.toks[ce-1].Kind == text.Punct && b.inQ[ce-1] == 0 {
		ce--
	}
	if w, qd := r.wordsIn(a, ce); w >= 3 || qd {
		r.emit(r.contentSpans(a, ce), src, cue, within)
		return n, true
	}
	return c, false
}

// unattributed handles a sentence with quotations but no cue: the next
// part of the last quote, a floating quotation, or a scare quote.
func (r *reader) unattributed() {
	b := r.b
	n := r.s.n
	if n == 0 || b.inQ[0] == 0 {
		return // not opening with a quotation: a scare quote or a title
	}
	seg := int(b.inQ[0] - 1)
	if b.segs[seg].used {
		return
	}
	e := n
	for e > 0 && b.inQ[e-1] == 0 && b.toks[e-1].Kind == text.Punct {
		e--
	}
	nw := r.words(0, e)
	if nw == 0 {
		return
	}
	short := nw < 4 // too short to float; it may still go on with a quote
	// the spans are taken (and their quotations marked used) only once
	// a home for them is found
	if g := b.segs[seg].group; g != seg && b.segs[g].used && r.lastQuote >= 0 {
		// the same quotation going on in a new paragraph
		last := &b.out[r.lastQuote]
		last.Content = append(last.Content, r.contentSpans(0, e)...)
		r.lastSent = r.si
		return
	}
	if r.lastQuote >= 0 {
		last := &b.out[r.lastQuote]
		samePara := !strings.Contains(r.t[last.Content[len(last.Content)-1].End:r.s.start], "\n")
		if samePara && last.Kind != "indirect" && r.si == r.lastSent+1 {
			last.Content = append(last.Content, r.contentSpans(0, e)...)
			r.lastSent = r.si
			return
		}
		if !short && r.si-r.lastSent <= 2 && last.Source != nil && last.Within == "" && !r.saidNext() {
			i := len(b.out)
			b.out = append(b.out, analysis.Quote{
				ID: id(i), Kind: "direct", Content: r.contentSpans(0, e), Source: last.Source,
			})
			r.lastQuote, r.lastSent = i, r.si
			return
		}
	}
}

// saidNext reports whether the sentence after the current one, in the
// same paragraph, is a short attribution of its own (`"..." Trump said.`
// split off by the segmenter): a few words, one of them a verb of saying,
// and no quotation. The quotation then waits for it rather than floating
// to the last speaker.
func (r *reader) saidNext() bool {
	rest := r.t[r.s.end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || len(rest) > 80 || rest[len(rest)-1] != '.' || strings.ContainsAny(rest, "\"“”«»") {
		return false
	}
	words, speech := 0, false
	for _, w := range strings.Fields(rest[:len(rest)-1]) {
		words++
		w = strings.Trim(w, ",.;:")
		if w != "" && r.x.classOf(w, &r.b.lower)&cSpeech != 0 {
			speech = true
		}
	}
	return speech && words <= 6
}

// words counts the word tokens in [a, e), quoted or not.
func (r *reader) words(a, e int) int {
	w := 0
	for i := a; i < e; i++ {
		if r.word(i) {
			w++
		}
	}
	return w
}

var ids [64]string

func init() {
	for i := range ids {
		ids[i] = "q" + strconv.Itoa(i+1)
	}
}

func id(i int) string {
	if i < len(ids) {
		return ids[i]
	}
	return "q" + strconv.Itoa(i+1)
}

// emit appends a quote and returns its id.
func (r *reader) emit(content []analysis.Span, src, cue span, within string) string {
	b := r.b
	i := len(b.out)
	q := analysis.Quote{ID: id(i), Content: content, Within: within}
	cs := r.bytes(cue)
	q.Cue = &cs
	if r.noSource && within == "" {
		// the subject of a passive cue is not who spoke
	} else if src.b > src.a {
		ss := r.bytes(src)
		q.Source = &ss
	} else if r.srcBytes != nil {
		ss := *r.srcBytes
		q.Source = &ss
	}
	q.Kind = r.kind(content)
	b.out = append(b.out, q)
	if within == "" {
		r.lastQuote, r.lastSent = i, r.si
	}
	return q.ID
}

// kind is direct when the content is quotations and nothing else but
// punctuation and space, mixed when it holds a quotation and more, else
// indirect.
func (r *reader) kind(content []analysis.Span) string {
	quoted, outside := false, false
	segs := r.b.segs
	for _, c := range content {
		p := c.Start
		first, _ := slices.BinarySearchFunc(segs, c.Start, func(s segment, at int) int { return cmp.Compare(s.end, at+1) })
		for _, s := range segs[first:] {
			if s.end <= c.Start {
				continue
			}
			if s.start >= c.End {
				break
			}
			quoted = true
			if hasText(r.t[p:max(p, s.start)]) {
				outside = true
			}
			p = max(p, s.end)
		}
		if p < c.End && hasText(r.t[p:c.End]) {
			outside = true
		}
	}
	switch {
	case quoted && !outside:
		return "direct"
	case quoted:
		return "mixed"
	}
	return "indirect"
}

func hasText(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	return false
}
