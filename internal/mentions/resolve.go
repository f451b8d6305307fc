package mentions

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/places"
	"parley/internal/text"
	"parley/internal/timex"
)

// Input is one document for Resolve: its text, its sentences (from the
// text stage), the named entities found in it (from NER, or none), its
// date and its dateline.
type Input struct {
	Text      string
	Sentences []analysis.Sentence
	// Entities are name spans (PER, ORG, LOC, MISC), ordered by start.
	// A PER entity the dictionary does not know becomes a new actor; the
	// others are only linked to actors. They may be nil: the dictionary
	// and the title patterns work without them.
	Entities []analysis.Entity
	// Date is the document's date (YYYY-MM-DD, or "" when unknown); every
	// actor is coded with the role it held that day.
	Date string
	// Dateline is the dateline, whose place names are not mentions.
	Dateline *analysis.Dateline
}

// Output is what Resolve found: the contract's entities, mentions and
// actors arrays.
type Output struct {
	// Entities are the input entities, with Actor set where a mention
	// resolved the name.
	Entities []analysis.Entity
	// Mentions are every reference to an actor, ordered by start (a
	// longer mention before the shorter ones nested in it).
	Mentions []analysis.Mention
	// Actors are the actors the mentions refer to, in order of first
	// mention, coded for Input.Date.
	Actors []analysis.Actor
}

// Resolver finds and resolves mentions with an actor dictionary. It is
// read-only after NewResolver and safe for concurrent use; each goroutine
// passes its own Buffers.
type Resolver struct {
	d     *actors.Dictionary
	lx    *lexicon
	roles map[roleKey][]*actors.Entry
	// heads finds who heads a body: a role "TOP of BODY" (TOP a top
	// title, "Director General of the IAEA") is indexed under "@" + the
	// id of the dictionary entry BODY names, and under BODY's words
	// (normBody) for bodies the dictionary does not know ("Head of the
	// Russian Direct Investment Fund").
	heads map[string][]headRole
	// typos finds countries through misspellings and odd case (typo.go).
	typos *typoIndex
	// surnames are the one-word aliases of people, lower-cased, for a
	// surname written in lower case after a title ("President obama").
	surnames map[string][]*actors.Entry
}

// headRole is a person's role at the head of a body.
type headRole struct {
	e     *actors.Entry
	title string
}

// roleKey finds the people who ever held a title in a country.
type roleKey struct{ country, title string }

var builtinLexicon = sync.OnceValues(func() (*lexicon, error) { return parseLexicon(titlesData, namesData) })

// NewResolver returns a Resolver over d (actors.Default() for the built-in
// dictionary). The title lexicon is embedded and checked by the package's
// tests, so a failure to parse it is a build defect and panics.
func NewResolver(d *actors.Dictionary) *Resolver {
	lx, err := builtinLexicon()
	if err != nil {
		panic("mentions: embedded lexicon: " + err.Error())
	}
	r := &Resolver{d: d, lx: lx, roles: map[roleKey][]*actors.Entry{}, heads: map[string][]headRole{}, surnames: map[string][]*actors.Entry{}}
	r.typos = newTypoIndex(d, places.Default(), lx)
	for _, e := range d.Entries() {
		if e.Kind != actors.KindPerson {
			continue
		}
		for _, a := range e.Aliases {
			a = strings.TrimPrefix(a, "~")
			if isCap(a) && !allCaps(a) && asciiLetters(a) {
				k := strings.ToLower(a)
				if l := r.surnames[k]; len(l) == 0 || l[len(l)-1] != e {
					r.surnames[k] = append(l, e)
				}
			}
		}
		for _, ro := range e.Roles {
			r.addHeadRole(e, ro.Title)
			// A role is found by its canonical title and by its last
			// word ("Presidential foreign policy aide" by "aide").
			t := lx.canonical(ro.Title)
			r.addRole(roleKey{ro.Country, t}, e)
			if i := strings.LastIndexByte(t, ' '); i >= 0 {
				r.addRole(roleKey{ro.Country, t[i+1:]}, e)
			}
		}
	}
	return r
}

// addHeadRole indexes a role "TOP of BODY" for bodyHolder.
func (r *Resolver) addHeadRole(e *actors.Entry, title string) {
	top, body, ok := strings.Cut(title, " of ")
	if !ok || !r.lx.topTitle(top) {
		return
	}
	hr := headRole{e, title}
	if k := normBody(body); k != "" {
		r.heads[k] = append(r.heads[k], hr)
	}
	if i := strings.Index(body, " ("); i >= 0 {
		body = body[:i] // "the National Intelligence Organisation (MIT)"
	}
	for _, b := range [2]string{body, strings.TrimPrefix(body, "the ")} {
		for _, h := range r.d.Match(b) {
			if h.Entry.Kind != actors.KindPerson && h.Entry.Kind != actors.KindSector && (h.As == actors.AsName || h.As == actors.AsMetonym) {
				r.heads["@"+h.Entry.ID] = append(r.heads["@"+h.Entry.ID], hr)
			}
		}
	}
}

// normBody is the key of a body's name in Resolver.heads: lower case,
// without diacritics, a parenthesis or a leading article, words joined
// by single spaces ("the Russian Direct Investment Fund" -> "russian
// direct investment fund").
func normBody(b string) string {
	if i := strings.Index(b, " ("); i >= 0 {
		b = b[:i]
	}
	f := strings.Fields(foldLower(b))
	if len(f) > 0 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// bodyHolder returns the one person who heads the body with key k (see
// Resolver.heads) on date, or nil when the dictionary knows none or
// several. When country is set, a head of a state's body must be of
// that state (an IGO's heads are not checked).
func (r *Resolver) bodyHolder(k, country, date string) *actors.Entry {
	var found *actors.Entry
	for _, hr := range r.heads[k] {
		ro := hr.e.On(date)
		if ro.Former || ro.Title != hr.title {
			continue
		}
		if country != "" && !strings.HasPrefix(ro.Country, "IGO") && ro.Country != country {
			continue
		}
		if found != nil && found != hr.e {
			return nil
		}
		found = hr.e
	}
	return found
}

func (r *Resolver) addRole(k roleKey, e *actors.Entry) {
	if !slices.Contains(r.roles[k], e) {
		r.roles[k] = append(r.roles[k], e)
	}
}

// Buffers is the scratch memory of Resolve. Reusing one for many
// documents keeps the hot path free of per-token allocations; a Buffers
// must not be used by two goroutines at once.
type Buffers struct {
	toks     []text.Token
	tmp      []text.Token
	tokSent  []int32 // sentence index of each token
	sentEnd  []int32 // per sentence: index of its first token after it
	entAt    []int32 // per token: the entity starting at it, or -1
	cands    []cand
	refs     []ref
	refByID  map[string]int32
	surnames map[string]int32
	quotes   []quote
	links    []link
	order    []int32
}

// pending says what a candidate still needs from coreference.
type pending uint8

const (
	pendNone    pending = iota
	pendDef             // a definite description ("the aide")
	pendThird           // he, she, him, her, ...
	pendThey            // they, them, their
	pendFirstSg         // I, me, my inside a quotation
	pendFirstPl         // we, us, our inside a quotation
	pendIt              // it, its, itself
)

// cand is a mention found in the text, resolved or pending.
type cand struct {
	start, end         int32 // the mention's byte span
	nameStart, nameEnd int32 // the name inside it, for linking entities
	sent               int32
	quote              int32 // the quotation it is in, or -1
	ref                int32 // index into refs, or -1
	kind               string
	pend               pending
	head               *term
	former             bool
	ctx                *actors.Entry
	gender             gender
	warn               string
	inBody             bool // a name inside the body of "the head of X" ("Iran's")
	obj                bool // "it" or "them" ending a clause after a preposition: the speaker's
	named              bool // a description with a name no dictionary knows ("the Foo Fighters")
}

// ref is an actor of the document.
type ref struct {
	id      string
	entry   *actors.Entry  // nil for an actor the dictionary does not know
	actor   analysis.Actor // for an actor the dictionary does not know
	person  bool
	group   bool   // a generic group ("Indian officials")
	plural  bool   // a plural generic group ("officials", not "the army")
	suffix  string // the generic group's kind ("officials", "military")
	gender  gender
	country string   // country or IGO code of a new person or generic group
	heads   []string // title heads the text gave it, lower-cased
	// asOf is the date to code a dictionary person on instead of the
	// document's, when the text's title names a body the person held a
	// role in only at another time ("Arab League Secretary General
	// Chadli Klibi" in a text dated after 1990); "" for the document's.
	asOf  string
	first int32 // start of its first mention
}

// canBeThey reports whether "they" can stand for r: a plural generic
// group ("officials") or a dictionary group, organisation or IGO.
func (r *ref) canBeThey() bool {
	return r.group && r.plural || r.entry != nil && (r.entry.Kind == actors.KindGroup || r.entry.Kind == actors.KindIGO || r.entry.Kind == actors.KindOrg)
}

// quote is a quotation: its span, the sentence of its closing mark, and
// the candidate that is its speaker (-1 when none was found).
type quote struct {
	start, end int32
	speaker    int32
}

// link ties a byte span to an actor, for setting entities' actors.
type link struct{ start, end, ref int32 }

// Mention kinds (CONTRACT.md).
const (
	KindName        = "name"
	KindTitle       = "title"
	KindDescription = "description"
	KindPronoun     = "pronoun"
	KindDemonym     = "demonym"
	KindMetonym     = "metonym"
)

// Limits of coreference: how many sentences back an antecedent may be.
const (
	backPronoun = 3
	backThey    = 2
	backIt      = 1
	backDef     = 8
	backInst    = 3
	maxChunk    = 14 // tokens a title chunk may span before its name
	// maxBack bounds every backward search in candidates, so a sentence
	// of thousands of pronouns stays linear.
	maxBack = 200
)

// Resolve finds every mention of an actor in in.Text and resolves it. It
// never fails: what it cannot resolve it leaves out. The output is
// deterministic and newly allocated; buf (which may be nil) holds only
// scratch memory.
func (r *Resolver) Resolve(in Input, buf *Buffers) Output {
	if buf == nil {
		buf = new(Buffers)
	}
	b := buf
	b.reset()
	s := state{r: r, b: b, in: in, txt: in.Text, memoI: -1}
	s.tokenize()
	s.findQuotes()
	for si := range in.Sentences {
		s.scanSentence(si)
	}
	s.assignQuotes()
	s.coref()
	return s.output()
}

func (b *Buffers) reset() {
	b.toks, b.tokSent, b.sentEnd, b.entAt = b.toks[:0], b.tokSent[:0], b.sentEnd[:0], b.entAt[:0]
	b.cands, b.quotes, b.links, b.order = b.cands[:0], b.quotes[:0], b.links[:0], b.order[:0]
	for i := range b.refs {
		b.refs[i] = ref{heads: b.refs[i].heads[:0]}
	}
	b.refs = b.refs[:0]
	if b.refByID == nil {
		b.refByID = map[string]int32{}
		b.surnames = map[string]int32{}
	}
	clear(b.refByID)
	clear(b.surnames)
}

// state is one run of Resolve.
type state struct {
	r   *Resolver
	b   *Buffers
	in  Input
	txt string
	// the last dictionary lookup
	memoI, memoLim int
	memoHit        actors.Hit
	memoN          int
	// the country of the last sentence contextCountry looked at
	ctxSent    int // its index + 1, 0 for none
	ctxCountry *actors.Entry
}

func (s *state) word(i int) string {
	t := s.b.toks[i]
	return s.txt[t.Start:t.End]
}

// tokenize tokenizes each sentence and indexes the entities by token.
func (s *state) tokenize() {
	b := s.b
	n := len(s.txt)
	for si, sn := range s.in.Sentences {
		st, en := max(sn.Start, 0), min(sn.End, n)
		if st < en {
			b.tmp = text.Tokenize(s.txt, st, en, b.tmp)
			b.toks = append(b.toks, b.tmp...)
			for range b.tmp {
				b.tokSent = append(b.tokSent, int32(si))
			}
		}
		b.sentEnd = append(b.sentEnd, int32(len(b.toks)))
	}
	for range b.toks {
		b.entAt = append(b.entAt, -1)
	}
	ti := 0
	for ei, e := range s.in.Entities {
		for ti < len(b.toks) && int(b.toks[ti].Start) < e.Start {
			ti++
		}
		if ti < len(b.toks) && int(b.toks[ti].Start) == e.Start && e.End > e.Start && e.End <= n {
			b.entAt[ti] = int32(ei)
		}
	}
}

// findQuotes finds quotations: straight double quotes pair up in order;
// curly ones open and close. An unclosed quotation runs to the end of its
// paragraph.
func (s *state) findQuotes() {
	t := s.txt
	open := -1
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '"':
			if open < 0 {
				open = i
			} else {
				s.b.quotes = append(s.b.quotes, quote{int32(open), int32(i + 1), -1})
				open = -1
			}
		case c == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x9C || t[i+2] == 0x9D):
			if t[i+2] == 0x9C { // “
				if open < 0 {
					open = i
				}
			} else if open >= 0 { // ”
				s.b.quotes = append(s.b.quotes, quote{int32(open), int32(i + 3), -1})
				open = -1
			}
			i += 2
		case c == '\n' && i+1 < len(t) && t[i+1] == '\n':
			if open >= 0 {
				s.b.quotes = append(s.b.quotes, quote{int32(open), int32(i), -1})
				open = -1
			}
		}
	}
	if open >= 0 {
		s.b.quotes = append(s.b.quotes, quote{int32(open), int32(len(t)), -1})
	}
}

// quoteAt returns the quotation containing byte p, or -1.
func (s *state) quoteAt(p int32) int32 {
	qs := s.b.quotes
	i, _ := slices.BinarySearchFunc(qs, p, func(q quote, p int32) int {
		if q.end <= p {
			return -1
		}
		if q.start > p {
			return 1
		}
		return 0
	})
	if i < len(qs) && qs[i].start <= p && p < qs[i].end {
		return int32(i)
	}
	return -1
}

// add appends a candidate and returns its index.
func (s *state) add(c cand) int {
	c.quote = s.quoteAt(c.start)
	s.b.cands = append(s.b.cands, c)
	return len(s.b.cands) - 1
}

// span returns the byte span of tokens [i, j), without a final
// possessive.
func (s *state) span(i, j int) (int32, int32) {
	st, en := s.b.toks[i].Start, s.b.toks[j-1].End
	w := s.word(j - 1)
	return st, en - int32(len(w)-len(stripPoss(w)))
}

// stripPoss removes a possessive ending ("Russia's", "envoys'").
func stripPoss(w string) string {
	switch {
	case len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")):
		return w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "’s"):
		return w[:len(w)-4]
	case len(w) > 1 && strings.HasSuffix(w, "'"):
		return w[:len(w)-1]
	case len(w) > 3 && strings.HasSuffix(w, "’"):
		return w[:len(w)-3]
	}
	return w
}

func hasPoss(w string) bool { return len(stripPoss(w)) != len(w) }

// inDateline reports whether token i lies in the dateline.
func (s *state) inDateline(i int) bool {
	dl := s.in.Dateline
	return dl != nil && int(s.b.toks[i].Start) >= dl.Start && int(s.b.toks[i].End) <= dl.End
}

// termAt finds the longest lexicon phrase starting at token i and ending
// before lim; its last word may carry a possessive.
func (s *state) termAt(i, lim int) (*term, int) {
	if s.b.toks[i].Kind != text.Word {
		return nil, 0
	}
	var kb [32]byte
	w := s.word(i)
	key, ok := lowerKey(&kb, w)
	if !ok {
		return nil, 0
	}
	ts := s.r.lx.byFirst[string(key)]
	if ts == nil && hasPoss(w) {
		key, _ = lowerKey(&kb, stripPoss(w))
		ts = s.r.lx.byFirst[string(key)]
	}
	return s.longestTerm(ts, i, lim)
}

// longestTerm returns the first of ts (they are longest first) whose words
// are the tokens from i on, ending before lim; the last word may carry a
// possessive ("the ministry's").
func (s *state) longestTerm(ts []*term, i, lim int) (*term, int) {
	for _, t := range ts {
		if len(t.words) > lim-i {
			continue
		}
		ok := true
		for k, tw := range t.words {
			tok := s.word(i + k)
			if !strings.EqualFold(tok, tw) && !(k == len(t.words)-1 && strings.EqualFold(stripPoss(tok), tw)) {
				ok = false
				break
			}
		}
		if ok {
			return t, len(t.words)
		}
	}
	return nil, 0
}

// dictAt finds the longest dictionary phrase at token i ending before
// lim, and the hit that counts: sectors are left out, and a phrase that
// names several entries as a capital and as something else counts as the
// other.
func (s *state) dictAt(i, lim int) (actors.Hit, int) {
	if w := s.word(i); s.b.toks[i].Kind != text.Word || !isCap(w) && !arabicArticleName(w) && !oddCase(w) && (w != "the" || i+1 >= lim || !isCap(s.word(i+1))) {
		// Every name of an actor starts with a capital in running text,
		// or with "the" and a capital ("the Kremlin").
		return actors.Hit{}, 0
	}
	if s.memoI == i && s.memoLim == lim {
		return s.memoHit, s.memoN // chunk and nameAt both look at a chunk's first word
	}
	h, n := s.dictLookup(i, lim)
	s.memoI, s.memoLim, s.memoHit, s.memoN = i, lim, h, n
	return h, n
}

// arabicArticleName reports whether w is a name written with a lower-case
// Arabic article, as news writes "al-Qaeda", "al-Shabab", "al-Nusra":
// "al-" then a capital.
func arabicArticleName(w string) bool {
	return len(w) > 4 && (w[:3] == "al-" || w[:3] == "el-") && w[3] >= 'A' && w[3] <= 'Z'
}

func (s *state) dictLookup(i, lim int) (actors.Hit, int) {
	n, hits := s.r.d.MatchAt(s.txt, s.b.toks[:lim], i)
	if n == 0 {
		// A misspelt or oddly cased country ("Ethopia", "iSrael"), unless
		// NER reads the word as a person's name.
		if e := s.b.entAt[i]; e >= 0 && s.in.Entities[e].Type == "PER" {
			return actors.Hit{}, 0
		}
		if w := s.word(i); !oddCase(w) && !allCaps(w) && (s.capNeighbour(i-1) || i+1 < lim && s.capNeighbour(i+1)) {
			// "Annette Bening", "Bening Smith": one word of a longer
			// proper name is nobody's misspelt country (in a headline in
			// capitals every word is capitalised).
			return actors.Hit{}, 0
		}
		if h, ok := s.r.typos.lookup(s.word(i)); ok {
			return h, 1
		}
		return actors.Hit{}, 0
	}
	var best actors.Hit
	for _, h := range hits {
		if h.Entry.Kind == actors.KindSector {
			continue
		}
		if best.Entry == nil || best.As == actors.AsCapital && h.As != actors.AsCapital {
			best = h
			continue
		}
		if h.As == best.As && h.Entry.Kind == actors.KindPerson && best.Entry.Kind == actors.KindPerson && s.laterHolder(h.Entry, best.Entry) {
			// A name two people share ("President Bush", "Hariri"): the
			// one in office on the document's date, else the one whose
			// career began most recently before it.
			best = h
		}
	}
	if best.Entry == nil {
		return actors.Hit{}, 0
	}
	return best, n
}

// laterHolder reports whether person a fits the document's date better
// than b: a holds a role that day and b does not, or neither does and a's
// first role began later than b's, yet not after the date.
func (s *state) laterHolder(a, b *actors.Entry) bool {
	ra, rb := a.On(s.in.Date), b.On(s.in.Date)
	inA := len(a.Roles) > 0 && !ra.Former && ra.Title != ""
	inB := len(b.Roles) > 0 && !rb.Former && rb.Title != ""
	if inA != inB {
		return inA
	}
	if inA {
		return false
	}
	fa, fb := firstFrom(a), firstFrom(b)
	if s.in.Date != "" && fa > s.in.Date {
		return false
	}
	return fa > fb
}

// firstFrom returns the start of the entry's earliest role ("" if none).
func firstFrom(e *actors.Entry) string {
	first := ""
	for _, r := range e.Roles {
		if r.From != "" && (first == "" || r.From < first) {
			first = r.From
		}
	}
	return first
}

// Function words that start with a capital at the start of a sentence
// but never belong to a name.
var notName = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "This": true, "That": true,
	"Later": true, "After": true, "Before": true, "Separately": true, "According": true, "Some": true,
	"Others": true, "Details": true, "Earlier": true, "Meanwhile": true, "However": true, "His": true,
	"Her": true, "Their": true, "Its": true, "Our": true, "Mr.": true, "Mrs.": true, "Ms.": true,
}

// isNameWord reports whether token i may be part of a person's name.
func (s *state) isNameWord(i, lim int) bool {
	t := s.b.toks[i]
	if t.Kind != text.Word {
		return false
	}
	w := s.word(i)
	if !isCap(w) || notName[w] {
		return false
	}
	if tm, _ := s.termAt(i, lim); tm != nil {
		return false
	}
	return true
}

// locative reports whether token i-1 is a preposition of place, after
// which a capital or seat of power is a place, not an actor.
func (s *state) locative(i int, strict bool) bool {
	if i == 0 {
		return false
	}
	if s.b.toks[i-1].Kind != text.Word {
		return false
	}
	switch strings.ToLower(s.word(i - 1)) {
	case "in", "at", "into", "inside", "near", "across", "throughout", "outside":
		return true
	case "to", "from", "via", "through", "around", "toward", "towards", "for", "of":
		return strict
	}
	return false
}

// scanSentence finds the mentions of sentence si.
func (s *state) scanSentence(si int) {
	b := s.b
	lo := 0
	if si > 0 {
		lo = int(b.sentEnd[si-1])
	}
	hi := int(b.sentEnd[si])
	for i := lo; i < hi; {
		if b.toks[i].Kind != text.Word || s.inDateline(i) {
			i++
			continue
		}
		if n := s.chunk(si, lo, i, hi); n > 0 {
			i += n
			continue
		}
		if n := s.nameAt(si, lo, i, hi); n > 0 {
			i += n
			continue
		}
		s.pronoun(si, i)
		i++
	}
}

// nameAt handles a dictionary name, a PER entity or a known surname at
// token i. It returns the tokens consumed, 0 when none starts there.
func (s *state) nameAt(si, lo, i, hi int) int {
	b := s.b
	h, n := s.dictAt(i, hi)
	if e := b.entAt[i]; e >= 0 && s.in.Entities[e].Type == "PER" && (n == 0 || h.Entry.Kind != actors.KindPerson) {
		// A person's name the dictionary does not know, or knows only as
		// the start of a place's name ("Jordan Smith"); a dictionary name
		// as long as the entity wins over it.
		if n2 := s.entityTokens(i, hi); n2 > 0 && n2 > n {
			st, en := s.span(i, i+n2)
			ri := s.personRef(s.txt[st:en], nil, nil, nil, "", genderUnknown)
			s.add(cand{start: st, end: en, nameStart: st, nameEnd: en, sent: int32(si), ref: ri, kind: KindName})
			return n2
		}
	}
	if n > 0 {
		e := h.Entry
		st, en := s.span(i, i+n)
		c := cand{start: st, end: en, nameStart: st, nameEnd: en, sent: int32(si), ref: -1}
		if n > 1 && strings.EqualFold(s.word(i), "the") {
			c.nameStart = b.toks[i+1].Start // NER's entity is "Kremlin"
		}
		switch {
		case e.Kind == actors.KindPerson:
			c.kind = KindName
			c.ref = s.entryRef(e)
			s.registerSurname(c.ref, s.txt[st:en])
		case h.As == actors.AsName:
			first := i
			if first > 0 && strings.EqualFold(s.word(first-1), "the") && b.toks[first-1].Start >= s.sentStart(si) {
				first-- // "in the US"
			}
			if e.Kind == actors.KindCountry && s.locative(first, false) {
				return n
			}
			c.kind = KindName
			c.ref = s.entryRef(e)
		case h.As == actors.AsDemonym:
			c.kind = KindDemonym
			c.ref = s.entryRef(e)
		case h.As == actors.AsCapital, h.As == actors.AsMetonym:
			// A place stands for its government when it acts: not after
			// a preposition of place, and followed by a verb or an
			// auxiliary ("Islamabad dismissed", "Beijing says") or as a
			// possessive.
			first := i
			if first > 0 && strings.EqualFold(s.word(first-1), "the") && b.toks[first-1].Start >= s.sentStart(si) {
				first-- // "at the Kremlin" matched at "Kremlin"
			}
			if s.locative(first, true) {
				return n
			}
			if !hasPoss(s.word(i+n-1)) && (i+n >= hi || !s.verbish(s.pastDate(i+n, hi))) {
				if !(si < len(s.in.Sentences) && s.in.Sentences[si].Heading && h.As == actors.AsMetonym) {
					return n
				}
			}
			c.kind = KindMetonym
			c.ref = s.entryRef(e)
		default: // an adjective alone ("American proposals") names no one
			return n
		}
		s.add(c)
		return n
	}
	// A surname of someone named earlier in the document.
	w := stripPoss(s.word(i))
	if isCap(w) {
		if ri, ok := b.surnames[w]; ok {
			st, en := s.span(i, i+1)
			s.add(cand{start: st, end: en, nameStart: st, nameEnd: en, sent: int32(si), ref: ri, kind: KindName})
			return 1
		}
	}
	return 0
}

// verbish reports whether token i looks like the verb of a clause whose
// subject precedes it: a lower-case word that is not a preposition or a
// conjunction.
// pastDate returns the first token after a date phrase starting at token
// i ("the Kremlin on Monday dismissed", "Beijing today said"), or i when
// none starts there.
func (s *state) pastDate(i, hi int) int {
	if i >= hi {
		return i
	}
	st := int(s.b.toks[i].Start)
	end := int(s.b.toks[min(hi, i+4)-1].End)
	for _, x := range timex.Find(s.txt, st, end, time.Time{}, false, nil) {
		if x.Start == st {
			j := i
			for j < hi && int(s.b.toks[j].Start) < x.End {
				j++
			}
			if j < hi {
				return j
			}
		}
	}
	return i
}

func (s *state) verbish(i int) bool {
	if s.b.toks[i].Kind != text.Word {
		return false
	}
	w := s.word(i)
	if isCap(w) {
		return false
	}
	switch w {
	case "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "that",
		"which", "who", "next", "last", "this", "on-site", "before", "after", "until", "since", "where", "when":
		return false
	}
	return true
}

// entityTokens returns how many tokens the entity starting at token i
// covers, or 0.
func (s *state) entityTokens(i, hi int) int {
	e := s.in.Entities[s.b.entAt[i]]
	j := i
	for j < hi && int(s.b.toks[j].End) <= e.End {
		j++
	}
	if j == i || int(s.b.toks[j-1].End) != e.End && int(s.b.toks[j-1].End)-len(s.word(j-1))+len(stripPoss(s.word(j-1))) != e.End {
		return 0
	}
	return j - i
}

var pronouns = map[string]struct {
	p pending
	g gender
}{
	"he": {pendThird, genderMale}, "him": {pendThird, genderMale}, "his": {pendThird, genderMale}, "himself": {pendThird, genderMale},
	"she": {pendThird, genderFemale}, "her": {pendThird, genderFemale}, "hers": {pendThird, genderFemale}, "herself": {pendThird, genderFemale},
	"they": {pendThey, 0}, "them": {pendThey, 0}, "their": {pendThey, 0}, "themselves": {pendThey, 0},
	"we": {pendFirstPl, 0}, "us": {pendFirstPl, 0}, "our": {pendFirstPl, 0}, "ourselves": {pendFirstPl, 0},
	"i": {pendFirstSg, 0}, "me": {pendFirstSg, 0}, "my": {pendFirstSg, 0}, "myself": {pendFirstSg, 0},
	"it": {pendIt, 0}, "its": {pendIt, 0}, "itself": {pendIt, 0},
}

// pronoun records a personal pronoun at token i for coreference.
func (s *state) pronoun(si, i int) {
	w := s.word(i)
	if len(w) > 16 {
		return
	}
	// A clitic ("he's", "we'll") is not part of the pronoun.
	clitic := false
	for k := 1; k < len(w); k++ {
		if w[k] == '\'' || w[k] == 0xE2 {
			w, clitic = w[:k], true
			break
		}
	}
	if len(w) > 10 {
		return
	}
	var kb [32]byte
	key, _ := lowerKey(&kb, w)
	p, ok := pronouns[string(key)]
	if !ok || w == "US" || (string(key) == "i" && w != "I") {
		return
	}
	if w != string(key) && !isCap(w) {
		return
	}
	obj := false
	if (string(key) == "it" || string(key) == "them") && !clitic && s.objectOfPrep(si, i) {
		// "Israel said a bomb was fired at it": resolved to the
		// speaker, never to the subject of its own clause.
		obj = true
	} else if p.p == pendIt && (len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z' || string(key) == "it" && (clitic || !s.actorIt(si, i))) {
		return // "IT", "it's", "it is unclear", "signed it"
	}
	st := s.b.toks[i].Start
	c := cand{start: st, end: st + int32(len(w)), sent: int32(si), ref: -1, kind: KindPronoun, pend: p.p, gender: p.g, obj: obj}
	if (p.p == pendFirstSg || p.p == pendFirstPl) && s.quoteAt(st) < 0 {
		return // first person outside a quotation is the writer's
	}
	s.add(c)
}

// actorIt reports whether "it" at token i may stand for an actor: it is
// a subject (at the start of a clause: after the sentence's start, a
// comma, a conjunction or a verb of saying, "Beijing said it welcomed")
// and not the empty subject of "it is unclear", "it was not clear", "it
// seems", "it will be difficult".
func (s *state) actorIt(si, i int) bool {
	lo := 0
	if si > 0 {
		lo = int(s.b.sentEnd[si-1])
	}
	hi := int(s.b.sentEnd[si])
	afterSay := false // "Syria says it is willing": the speaker's it
	if i > lo && s.b.toks[i-1].Kind == text.Word {
		prev := s.word(i - 1)
		var kb [32]byte
		key, _ := lowerKey(&kb, prev)
		afterSay = s.saidBefore(lo, i-1) || string(key) == "that" && i-1 > lo && s.saidBefore(lo, i-2)
		if !itAfter[string(key)] && !afterSay {
			return false
		}
	} else if i > lo {
		switch s.word(i - 1) {
		case ",", ";", ":", "\"", "“", "—", "–":
		default:
			return false // after a bracket, a slash, ...
		}
	}
	if i+1 >= hi || s.b.toks[i+1].Kind != text.Word {
		return false
	}
	var kb [32]byte
	key, _ := lowerKey(&kb, s.word(i+1))
	next := string(key)
	if afterSay {
		// After a verb of saying, "it" is mostly the one who speaks:
		// "Syria says it is willing", "Israel said it was attacked";
		// only a predicate that takes no actor makes it empty ("said
		// it was unclear", "said it seemed").
		if s.emptyAfterSay(i, hi) {
			return false
		}
	} else if itEmpty[next] {
		return false
	}
	switch next {
	case "would", "will", "could", "may", "might", "must", "should", "can", "has", "had", "does", "did",
		"won't", "wouldn't", "can't", "couldn't", "cannot", "mustn't", "shouldn't", "hasn't", "hadn't":
		// "it would be difficult", "it has been months", "it did not say"
		// is an actor's; "it would not comment" too.
		if i+2 < hi && !afterSay {
			key, _ = lowerKey(&kb, s.word(i+2))
			if string(key) == "be" || string(key) == "been" || string(key) == "take" || string(key) == "seem" || string(key) == "appear" {
				return false
			}
		}
	}
	if i > lo && s.word(i-1) == "," && (i+2 >= hi || s.b.toks[i+2].Kind != text.Word) {
		if t, _ := s.termAt(i+1, i+2); t != nil && t.class == clSay {
			// "..., it said.": a report or a letter the writer cites,
			// more often than a body named before.
			return false
		}
	}
	return s.verbish(i + 1)
}

// sayWord reports whether token i is a verb of saying or one that
// reports a claim ("said", "announced", "claimed").
func (s *state) sayWord(i int) bool {
	if i < 0 || s.b.toks[i].Kind != text.Word {
		return false
	}
	if t, _ := s.termAt(i, i+1); t != nil && t.class == clSay {
		return s.word(i) != "according"
	}
	var kb [32]byte
	key, _ := lowerKey(&kb, s.word(i))
	return reportVerbs[string(key)]
}

// saidBefore reports whether token i is a verb of saying, or ends a
// phrase of time after one: "said it", "said today it", "said on
// Tuesday it", "announced late on Monday that it". lo is the first
// token of the sentence.
func (s *state) saidBefore(lo, i int) bool {
	var kb [32]byte
	for n := 0; i >= lo && n < 4; i, n = i-1, n+1 {
		if s.sayWord(i) {
			return true
		}
		if s.b.toks[i].Kind != text.Word {
			return false
		}
		w := s.word(i)
		if calendar[w] {
			continue
		}
		key, _ := lowerKey(&kb, w)
		switch string(key) {
		case "on", "today", "yesterday", "tonight", "earlier", "later", "late", "last", "this", "week", "night",
			"morning", "afternoon", "evening", "also", "again", "separately", "then", "previously":
			continue
		}
		return false
	}
	return false
}

// reportVerbs report what someone claims, as verbs of saying do.
var reportVerbs = map[string]bool{
	"announced": true, "announces": true, "claimed": true, "claims": true, "complained": true,
	"complains": true, "alleged": true, "alleges": true, "charged": true, "argued": true, "argues": true,
	"confirmed": true, "confirms": true, "denied": true, "denies": true, "admitted": true, "admits": true,
	"acknowledged": true, "acknowledges": true, "reported": true, "reports": true, "indicated": true,
	"signalled": true, "signaled": true, "pledged": true, "promised": true, "vowed": true, "threatened": true,
	"hinted": true, "suggested": true, "believes": true, "believed": true, "hopes": true, "hoped": true,
	"feared": true, "fears": true, "saying": true, "adding": true, "say": true,
}

// emptyAfterSay reports whether "it" at token i, after a verb of
// saying, is the empty subject of its predicate: "said it seemed",
// "said it was unclear", "said it would be difficult", "said it was
// the first time", "said it is up to".
func (s *state) emptyAfterSay(i, hi int) bool {
	var kb [32]byte
	k := i + 1
	w := func() string {
		if k >= hi || s.b.toks[k].Kind != text.Word {
			return ""
		}
		key, _ := lowerKey(&kb, s.word(k))
		return string(key)
	}
	next := w()
	switch {
	case sayEmpty[next]:
		return true
	case next == "is" || next == "was" || next == "isn't" || next == "wasn't" || next == "remains" || next == "remained":
		k++
	case modalWords[next]:
		k++
		if w() == "not" {
			k++
		}
		switch w() {
		case "be", "been":
			k++
		case "take", "seem", "appear":
			return true
		default:
			return false
		}
	case next == "has" || next == "had":
		if k++; w() != "been" {
			return false
		}
		k++
	default:
		return false
	}
	for n := 0; n < 3; n++ {
		switch w() {
		case "not", "still", "also", "now", "very", "quite", "too", "so", "all", "more", "less", "most", "equally", "particularly", "extremely":
			k++
			continue
		}
		break
	}
	return emptyPred[w()]
}

// sayEmpty are verbs whose "it" is empty even after a verb of saying.
var sayEmpty = map[string]bool{
	"seems": true, "seemed": true, "appears": true, "appeared": true, "means": true, "meant": true,
	"matters": true, "mattered": true, "happens": true, "happened": true, "depends": true, "depended": true,
	"costs": true, "cost": true,
}

var modalWords = map[string]bool{
	"would": true, "will": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"can": true, "won't": true, "wouldn't": true, "can't": true, "couldn't": true, "cannot": true,
	"mustn't": true, "shouldn't": true,
}

// emptyPred are the predicates of an empty "it": "it is unclear", "it
// was a mistake", "it was reported", "it is up to".
var emptyPred = map[string]bool{
	"unclear": true, "clear": true, "important": true, "necessary": true, "unnecessary": true, "possible": true,
	"impossible": true, "likely": true, "unlikely": true, "time": true, "difficult": true, "hard": true,
	"easy": true, "essential": true, "vital": true, "crucial": true, "critical": true, "true": true,
	"untrue": true, "false": true, "wrong": true, "right": true, "natural": true, "obvious": true,
	"known": true, "unknown": true, "expected": true, "believed": true, "thought": true, "feared": true,
	"understood": true, "reported": true, "estimated": true, "hoped": true, "worth": true, "early": true,
	"late": true, "premature": true, "imperative": true, "urgent": true, "inevitable": true,
	"unacceptable": true, "acceptable": true, "regrettable": true, "unfortunate": true, "up": true,
	"agreed": true, "decided": true, "enough": true, "no": true, "high": true, "only": true, "a": true,
	"an": true, "the": true, "this": true, "that": true, "about": true, "because": true, "as": true,
	"like": true, "better": true, "best": true, "good": true, "bad": true, "sad": true, "shameful": true,
	"absurd": true, "ridiculous": true, "strange": true, "surprising": true, "disappointing": true,
	"encouraging": true, "significant": true, "appropriate": true, "inappropriate": true, "legal": true,
	"illegal": true, "normal": true, "certain": true, "uncertain": true, "doubtful": true, "evident": true,
	"apparent": true, "noteworthy": true, "necessarily": true, "said": true, "feasible": true,
	"unrealistic": true, "realistic": true, "dangerous": true, "safe": true, "fair": true, "unfair": true,
	"one": true, "part": true, "partly": true, "mainly": true, "what": true, "why": true, "how": true,
	"ironic": true, "odd": true, "vague": true, "sufficient": true, "insufficient": true, "over": true,
}

// objectOfPrep reports whether "it" or "them" at token i is the object
// of a preposition that ends its clause, in a sentence with a verb of
// saying before it: "Israel said a bomb was fired at it", "the rebels
// said troops opened fire on them".
func (s *state) objectOfPrep(si, i int) bool {
	lo := 0
	if si > 0 {
		lo = int(s.b.sentEnd[si-1])
	}
	hi := int(s.b.sentEnd[si])
	if i-2 < lo || s.b.toks[i-1].Kind != text.Word {
		return false
	}
	switch strings.ToLower(s.word(i - 1)) {
	case "at", "against", "on", "upon", "toward", "towards":
	default:
		return false
	}
	if i+1 < hi && s.b.toks[i+1].Kind == text.Word {
		var kb [32]byte
		key, _ := lowerKey(&kb, s.word(i+1))
		switch string(key) {
		case "from", "in", "on", "by", "during", "since", "last", "this", "with", "early", "late", "and", "overnight":
		default:
			return false
		}
	}
	for k := i - 2; k >= lo && k >= i-30; k-- {
		if s.sayWord(k) {
			return true
		}
	}
	return false
}

// itAfter are the words after which "it" starts a clause.
var itAfter = map[string]bool{
	"that": true, "and": true, "but": true, "because": true, "as": true, "when": true, "while": true,
	"if": true, "although": true, "though": true, "since": true, "so": true, "saying": true, "adding": true,
	"announced": true, "claimed": true, "argued": true, "where": true, "after": true, "before": true,
	"until": true, "unless": true, "whether": true, "which": false,
}

// itEmpty are verbs after which "it" is usually the empty subject ("it
// is unclear", "it seems", "it takes time"), not an actor.
var itEmpty = map[string]bool{
	"is": true, "was": true, "isn't": true, "wasn't": true, "seems": true, "seemed": true, "appears": true,
	"appeared": true, "remains": true, "remained": true, "became": true, "becomes": true, "takes": true,
	"took": true, "means": true, "meant": true, "looks": true, "looked": true, "happens": true,
	"happened": true, "matters": true, "mattered": true, "costs": true, "cost": true, "comes": true,
	"came": true, "goes": true, "went": true, "gets": true, "got": true, "makes": true, "made": true,
	"depends": true, "included": true, "includes": true, "contains": true, "contained": true,
	"covers": true, "covered": true,
}

// chunk parses a title or description starting at token i: "U.S.
// President Donald Trump", "Kremlin foreign policy aide Yuri Ushakov", "the
// French President", "a senior Turkish official", "Indian officials",
// "the delegation", "Mr. Lamamra". It records the mention (and the names
// nested in it) and returns the tokens consumed, or 0.
func (s *state) chunk(si, lo, i, hi int) int {
	b := s.b
	j := i
	det := ""
	switch w := s.word(j); {
	case strings.EqualFold(w, "the"):
		det = "the"
	case strings.EqualFold(w, "a"):
		det = "a"
	case strings.EqualFold(w, "an"):
		det = "an"
	}
	if det != "" {
		j++
	}
	var (
		ctx      *actors.Entry
		ctxAs    actors.AliasKind
		possPer  *actors.Entry // "Putin's spokesman"
		preGroup *term         // a group named before the title: "Army spokesman"
		rank     *term         // the first rank before a name: "Gen." in "Lt. Gen. Jane Roe"
		head     *term
		headEnd  = -1
		endTok   = -1 // end of the title part (after the last head, honorific or rank)
		former   bool
		deputy   bool // "deputy head": not the head
		govMod   bool // "government troops": the state's own
		trusted  bool // a capitalised word no dictionary knows ("Foo Fighters")
		g        gender
		honor    bool
		plural   bool
		nested   nestedMentions
		people   *term // a people of one state before the head: "Ibo" in "Ibo traditional elders"
		ethnic   bool  // "ethnic Turks": a nationality word names kin, not the state they live in
		modded   bool  // a modifier seen: "Young" in "Young Algerians"
		ctxEnd   = -1  // the end of the name that set ctx
	)
	for j < hi && j-i < maxChunk {
		if b.toks[j].Kind != text.Word {
			break
		}
		if t, n := s.termAt(j, hi); t != nil {
			switch t.class {
			case clPerson, clGroup, clInst:
				if head != nil && head.class == clGroup && preGroup == nil {
					preGroup = head // "Army" in "Army spokesman"
				}
				if head != nil && head.canon == "government" {
					govMod = true // "government forces"
				}
				head, headEnd, endTok = t, j+n, j+n
			case clMod:
				former = former || t.former
				plural = plural || t.plural
				deputy = deputy || t.canon == "deputy"
				govMod = govMod || t.canon == "government"
				ethnic = ethnic || t.canon == "ethnic"
				modded = true
			case clPeople:
				if people == nil {
					people = t
				}
				modded = true
			case clHonor, clRank:
				if j > i && head == nil && ctx == nil && det == "" && possPer == nil && endTok != j {
					// "Now Mr Tsutsumi": the mention starts at the
					// honorific, not at the word before it.
					return 0
				}
				honor = true
				if t.class == clRank && rank == nil {
					rank = t
				}
				if t.gender != genderUnknown {
					g = t.gender
				}
				endTok = j + n
			case clSay:
				n = 0
			}
			if n == 0 {
				break
			}
			j += n
			continue
		}
		if h, n := s.dictAt(j, hi); n > 0 {
			e := h.Entry
			if e.Kind == actors.KindPerson {
				if j == i && hasPoss(s.word(j+n-1)) {
					possPer = e
					st, en := s.span(j, j+n)
					if !nested.full() {
						nested.add(st, en, s.entryRef(e), KindName)
					}
					j += n
					continue
				}
				break // the name after the title
			}
			if ctx == nil {
				ctx, ctxAs, ctxEnd = e, h.As, j+n
				// The name of a body in a title is a mention of its own
				// ("India's" in "India's External Affairs Minister";
				// not the adjective "Chinese", nor "U.S." used as one).
				if h.As == actors.AsMetonym || (h.As == actors.AsName && (e.Kind != actors.KindCountry || hasPoss(s.word(j+n-1)))) {
					kind := KindName
					if h.As == actors.AsMetonym {
						kind = KindMetonym
					}
					st, en := s.span(j, j+n)
					if !nested.full() {
						nested.add(st, en, s.entryRef(e), kind)
					}
				}
			}
			j += n
			continue
		}
		if e := b.entAt[j]; e >= 0 && s.in.Entities[e].Type == "PER" {
			break
		}
		if s.isNameWord(j, hi) && head == nil {
			// "External Affairs" in "External Affairs Minister": taken
			// on trust, given back unless a title follows.
			trusted = true
			j++
			continue
		}
		break
	}
	if head == nil && !honor && ctx != nil && ctxAs == actors.AsDemonym && modded && ctxEnd == j && ctx.Kind == actors.KindCountry {
		// "Young Algerians", "ethnic Albanians": a people described,
		// not the state that speaks for it: its civilians.
		if ts := s.r.lx.byFirst["civilians"]; len(ts) > 0 {
			head, headEnd, endTok = ts[0], j, j
		}
	}
	if ethnic && ctx != nil && (ctxAs == actors.AsAdjective || ctxAs == actors.AsDemonym) {
		// "ethnic Turks", "ethnic Albanian guerrillas": kin of a state,
		// living in another as often as not; only a place the text
		// gives ("ethnic Turks in Bulgaria") makes them anyone's.
		ctx = nil
	}
	if head == nil && !honor {
		return s.sharedHead(si, i, j, hi, ctx, ctxAs, det)
	}
	if head == nil && honor && endTok < 0 {
		return 0
	}
	end := endTok
	if head != nil && endTok < headEnd {
		end = headEnd
	}
	if head != nil && head.class == clGroup || head != nil && head.class == clInst {
		plural = plural || head.plural
	}
	// "... envoy for Sudan", "a spokeswoman for the European Commission",
	// "the head of the state oil company".
	var (
		bp       bodyPhrase // "the state oil company" in "the head of the state oil company"
		isBody   bool
		bodyCtry *actors.Entry // the country of that body, when the text tells it
	)
	topOf := head != nil && head.top && head.class == clPerson && end < hi-1 && strings.EqualFold(s.word(end), "of")
	if topOf {
		if bp, isBody = s.bodyAt(end+1, hi); isBody {
			if former || deputy || s.subordinate(i) {
				// "the former head of the state oil company", "deputy
				// head of ...": not the present head, and no one the
				// text lets us name.
				return bp.end - i
			}
			end = bp.end
			if bp.country != nil && bp.nameRef >= 0 && !nested.full() {
				nested.add(b.toks[bp.cStart].Start, bp.cEnd, bp.nameRef, KindName)
			}
			bodyCtry = bp.country
			if bodyCtry == nil && ctx != nil && ctx.Kind == actors.KindCountry {
				bodyCtry = ctx // "the Iranian head of the oil company"
			}
			if bodyCtry == nil && bp.state {
				bodyCtry = s.contextCountry(si)
			}
		}
	}
	placed := false // "a court in Guyana": the country places the body
	if !isBody && head != nil && ctx == nil && end < hi-1 && placeWord(s.word(end)) && placedHead(head) {
		placed = true
	}
	if !isBody && head != nil && ctx == nil && end < hi-2 && (placed || strings.EqualFold(s.word(end), "of")) && placedHead(head) {
		// "inhabitants of the Syrian Golan Heights", "students in
		// Iraqi Kurdistan": a place the adjective makes a country's.
		if e := s.adjPlace(end+1, hi); e > 0 {
			h, _ := s.dictAt(e, hi)
			ctx, ctxAs = h.Entry, actors.AsName // placed, not described: a description
			placed = false
			end = s.adjPlaceEnd(e, hi)
		}
	}
	if !isBody && head != nil && ctx == nil && head.suffix == "supporters" && end < hi-1 && strings.EqualFold(s.word(end), "of") {
		// "supporters of former President X": X's country's people.
		if p, pk, pn := s.personAfter(end+1, hi); p != nil {
			if c := s.r.d.Country(p.On(s.in.Date).Country); c != nil {
				ctx, ctxAs = c, actors.AsName
				st, en := s.span(pk, pk+pn)
				if !nested.full() {
					nested.add(st, en, s.entryRef(p), KindName)
				}
				end = pk + pn
			}
		}
	}
	if people != nil && ctx == nil && head != nil && head.class == clGroup {
		// "Ibo traditional elders": the one state the people lives in.
		if c := s.r.d.Country(people.country); c != nil {
			ctx, ctxAs = c, actors.AsAdjective
		}
	}
	if !isBody && head != nil && end < hi-1 && (placed || strings.EqualFold(s.word(end), "of") || strings.EqualFold(s.word(end), "for")) {
		k := end + 1
		if k < hi && strings.EqualFold(s.word(k), "the") {
			k++
		}
		if k < hi {
			h, n := s.dictAt(k, hi)
			govEnd := -1 // "leaders of Romania's new government"
			if n > 0 && !placed && h.Entry.Kind == actors.KindCountry && h.As == actors.AsName && hasPoss(s.word(k+n-1)) {
				govEnd = s.possGovernment(k+n, hi)
			}
			if n > 0 && h.Entry.Kind != actors.KindPerson && h.As != actors.AsAdjective &&
				(govEnd > 0 || !placed && !s.phraseGoesOn(k+n, hi, h) ||
					placed && h.Entry.Kind == actors.KindCountry && (h.As == actors.AsName || h.As == actors.AsCapital) && s.placeEnds(k+n, hi)) {
				if ctx == nil {
					ctx, ctxAs = h.Entry, h.As
				}
				st, en := s.span(k, k+n)
				kind := KindName
				if h.As == actors.AsMetonym || h.As == actors.AsCapital {
					kind = KindMetonym
				}
				if !nested.full() && !placed {
					// A place after "in" is where the body is, not a
					// mention of the country's government.
					nested.add(st, en, s.entryRef(h.Entry), kind)
				}
				end = k + n
				if govEnd > 0 {
					end = govEnd
				}
			}
		}
	}
	if topOf && !isBody && ctx == nil && det == "the" && end < hi && strings.EqualFold(s.word(end), "of") {
		// "the head of Germany's panel of advisers": the head of
		// something this stage cannot name; not whoever was last
		// called "the head".
		return end - i
	}
	if head != nil && head.class == clGroup && end == headEnd && end < hi && s.groupModifies(end) {
		// "US aircraft maker Boeing", "Chinese tanks sales": the group
		// word only qualifies the noun after it.
		return 0
	}
	if head != nil && head.suffix == "civilians" && end == headEnd && hasPoss(s.word(end-1)) {
		return 0 // "Britain's men's relay team", "the Kenyan women's team"
	}
	if possPer != nil && ctx == nil {
		ctx = s.r.d.Country(possPer.On(s.in.Date).Country)
		ctxAs = actors.AsName
	}
	var sectors []string // the sectors of a new person, when not the title's
	if ctx == nil && preGroup != nil && head != nil && head.class == clPerson {
		// "Army spokesman ..." after "Sudan's army": the army is the one
		// named before, and its sector is the person's.
		if ri := s.recentGroup(si, preGroup.suffix); ri >= 0 {
			ctx = s.r.d.Country(s.b.refs[ri].country)
			sectors = preGroup.sectors
		}
	}
	if isBody {
		ctx, sectors = bodyCtry, bp.noun.sectors
	}
	if head != nil && head.gender != genderUnknown {
		g = head.gender
	}
	// The name that follows the title, possibly after a comma
	// ("Hungary's foreign minister, Peter Szijjarto, said").
	var (
		person  *actors.Entry
		nameTok = -1
		nameN   int
	)
	k := end
	comma := false
	if k < hi && s.word(k) == "," && head != nil && head.class == clPerson {
		// "the foreign minister, Jane Roe": an apposition names a
		// person's title, not a group's ("to parliament, Mr Roe said").
		k++
		comma = true
	}
	if k < hi && b.toks[k].Kind == text.Word && !(head != nil && head.class == clGroup && head.plural) {
		// A plural group names no one person after it: "pupils Paul
		// Hewson" are Paul Hewson's classmates, "Miners Rio Tinto" a
		// company.
		if h, n := s.dictAt(k, hi); n > 0 && h.Entry.Kind == actors.KindPerson {
			person, nameTok, nameN = h.Entry, k, n
		} else if p := s.lowerSurname(k, hi, head, plural); p != nil {
			person, nameTok, nameN = p, k, 1
		} else if e := b.entAt[k]; e >= 0 && s.in.Entities[e].Type == "PER" {
			if n := s.entityTokens(k, hi); n > 0 {
				nameTok, nameN = k, n
			}
		} else if !plural {
			// No entity: a run of two or three capitalised words, or a
			// surname seen before.
			n := 0
			for k+n < hi && n < 3 && s.isNameWord(k+n, hi) {
				if _, m := s.dictAt(k+n, hi); m > 0 {
					break
				}
				n++
				if hasPoss(s.word(k + n - 1)) {
					break
				}
			}
			if n >= 2 || n == 1 && (honor || s.knownSurname(k)) {
				nameTok, nameN = k, n
			}
		}
	}
	if nameTok >= 0 && comma {
		// An apposition ends with a comma, a verb or the sentence.
		after := nameTok + nameN
		if after < hi && s.word(after) != "," && b.toks[after].Kind == text.Word && !s.verbish(after) {
			nameTok = -1
		}
	}
	if nameTok < 0 && head == nil {
		return 0
	}
	c := cand{sent: int32(si), ref: -1, former: former, gender: g, head: head}
	titleStart := i
	if det != "" {
		titleStart = i + 1
	}
	if nameTok >= 0 {
		end = nameTok + nameN
		st, en := s.span(i, end)
		ns, ne := s.span(nameTok, end)
		c.start, c.end, c.nameStart, c.nameEnd, c.kind = st, en, ns, ne, KindName
		name := s.txt[ns:ne]
		if person != nil {
			c.ref = s.entryRef(person)
			c.warn = s.contradiction(person, head, former, titleStart, nameTok)
			if d := roleDateIn(person, ctx, s.in.Date); d != "" && !former {
				b.refs[c.ref].asOf = d
			}
		} else if ri, ok := s.b.surnames[name]; ok && nameN == 1 {
			c.ref = ri
		} else if h, n := s.dictAt(nameTok, end); n == nameN && h.Entry != nil && h.Entry.Kind == actors.KindPerson {
			c.ref = s.entryRef(h.Entry)
		} else {
			ts, te := s.span(titleStart, max(titleStart+1, min(end, nameTok)))
			role := ""
			if nameTok > titleStart {
				role = strings.TrimRight(s.txt[ts:te], " ,")
			}
			pctx, psec := ctx, sectors
			if pctx == nil && !former && !(head != nil && head.top && (trusted || s.nounBefore(si, i))) &&
				(head != nil && head.class == clPerson && !plural || head == nil && rank != nil) {
				// "President Levy Mwanawasa", "Lt. Gen. Prosper Avril":
				// a titled person the dictionary does not know, whose
				// title names no country; the text around may. Not the
				// head of a body the title names and no one knows ("SMFG
				// President", "Vibe magazine president"): a company's.
				if head == nil {
					psec = rank.sectors
				}
				pctx = s.homeCountry(si, i, end, head, psec)
			}
			c.ref = s.personRef(name, pctx, head, psec, role, g)
		}
		if r := &b.refs[c.ref]; r.person {
			if head != nil && head.class == clPerson {
				r.addHead(head)
			}
			if r.gender == genderUnknown {
				r.gender = g
			}
			s.registerSurname(c.ref, name)
		}
	} else {
		st, en := s.span(i, end)
		c.start, c.end = st, en
		switch {
		case isBody:
			c.kind = KindDescription
			country := ""
			if bodyCtry != nil {
				country = s.sideEntry(bodyCtry).Country
			}
			if p := s.r.bodyHolder(normBody(s.txt[b.toks[bp.start].Start:b.toks[bp.end-1].End]), country, s.in.Date); p != nil {
				// "the head of the Russian Direct Investment Fund"
				c.ref = s.entryRef(p)
				if det == "the" {
					c.kind = KindTitle
				}
			} else {
				c.ref = s.bodyHeadRef(bp, bodyCtry, head)
			}
			s.b.refs[c.ref].addHead(head)
		case head.class == clPerson && !plural:
			c.kind = KindTitle
			if det == "a" || det == "an" || ctx == nil {
				c.kind = KindDescription
			}
			switch {
			case ctx == nil && det == "the":
				c.pend = pendDef
			case ctx == nil:
				return end - i // "a diplomat familiar with ...": no one in particular
			case former || det == "the" || det == "":
				if p := s.r.holder(ctx, head, s.in.Date, former); p != nil && !former {
					c.ref = s.entryRef(p)
					s.b.refs[c.ref].addHead(head)
				} else if former {
					c.pend, c.ctx = pendDef, ctx
				} else {
					c.ref = s.groupRef(ctx, head)
				}
			default:
				c.ref = s.groupRef(ctx, head)
			}
		case head.class == clInst:
			c.kind = KindDescription
			if ctx == nil {
				if det != "the" {
					return end - i
				}
				c.pend = pendDef
			} else {
				c.ref = s.entryRef(s.sideEntry(ctx))
			}
		default: // a group, or a plural title
			c.kind = KindDescription
			if ctx == nil && govMod && head.class == clGroup {
				// "government troops", "government forces": those of
				// the country the sentence or the dateline names.
				ctx, ctxAs = s.contextCountry(si), actors.AsName
			}
			if ctx == nil {
				switch {
				case det == "the":
					c.pend, c.named = pendDef, trusted
				case det == "" && head.plural && looseGroup(head) && !s.verbAt(i, end) && !trusted:
					// "Rebels attacked ...": rebels of the one country the
					// sentence (or the dateline) names, as for "government
					// forces"; of no known side otherwise, so that "they"
					// has them.
					if cc := s.contextCountry(si); cc != nil {
						c.ref = s.groupRef(cc, head)
					} else {
						c.ref = s.looseGroupRef(head)
					}
				default:
					return end - i
				}
			} else {
				if det == "" && (ctxAs == actors.AsAdjective || ctxAs == actors.AsDemonym) {
					c.kind = KindDemonym
				}
				c.ref = s.groupRef(ctx, head)
			}
		}
	}
	s.add(c)
	for _, m := range nested.m[:nested.n] {
		if m.st >= c.start && m.en <= c.end && !(m.st == c.start && m.en == c.end) {
			s.add(cand{start: m.st, end: m.en, nameStart: m.st, nameEnd: m.en, sent: int32(si), ref: m.ref, kind: m.kind, inBody: isBody && m.st >= b.toks[bp.start].Start})
		}
	}
	if nameTok < 0 && ctx != nil && det == "" && head.class == clGroup && c.ref >= 0 && s.b.refs[c.ref].group && end+1 < hi && strings.EqualFold(s.word(end), "and") {
		// "Israeli helicopters and tanks": the adjective is the second
		// group's too.
		if t2, n2 := s.termAt(end+1, hi); t2 != nil && t2.class == clGroup && t2.plural && !s.groupModifies(end+1+n2) {
			st, en := s.span(end+1, end+1+n2)
			s.add(cand{start: st, end: en, nameStart: st, nameEnd: en, sent: int32(si), ref: s.groupRef(ctx, t2), kind: KindDescription, head: t2, ctx: ctx})
			return end + 1 + n2 - i
		}
	}
	return end - i
}

// groupModifies reports whether token e, right after a group word, is a
// noun that the group word only qualifies: "aircraft maker", "tank
// sales", "police station", "court ruling".
func (s *state) groupModifies(e int) bool {
	if e >= len(s.b.toks) || s.b.toks[e].Kind != text.Word {
		return false
	}
	if t, _ := s.bodyNounAt(e, e+1); t != nil {
		return true
	}
	var kb [32]byte
	key, _ := lowerKey(&kb, stripPoss(s.word(e)))
	return groupQualified[string(key)]
}

// groupQualified are nouns a group word qualifies ("aircraft maker",
// "court ruling", "police station").
var groupQualified = map[string]bool{
	"maker": true, "makers": true, "manufacturer": true, "manufacturers": true, "industry": true,
	"sales": true, "exports": true, "imports": true, "parts": true, "engines": true, "carrier": true,
	"carriers": true, "deal": true, "deals": true, "contract": true, "contracts": true,
	"ruling": true, "rulings": true, "decision": true, "cases": true, "hearing": true, "station": true,
	"stations": true, "headquarters": true, "bases": true, "camp": true, "camps": true, "source": true,
	"sources": true, "positions": true, "elections": true, "election": true, "session": true,
	"building": true, "movement": true, "chief": true, "chiefs": true, "state": true,
	"club": true, "clubs": true, "chamber": true, "chambers": true, "association": true,
	"associations": true, "federation": true, "trust": true, "scheme": true, "schemes": true,
}

// verbAt reports whether the words around tokens [i, e) make them a
// verb: "to police the border", "will police it", "or police it".
func (s *state) verbAt(i, e int) bool {
	var kb [32]byte
	if i > 0 && s.b.toks[i-1].Kind == text.Word {
		key, _ := lowerKey(&kb, s.word(i-1))
		if string(key) == "to" || modalWords[string(key)] {
			return true
		}
	}
	if e < len(s.b.toks) && s.b.toks[e].Kind == text.Word {
		switch s.word(e) {
		case "it", "them", "him", "her", "us", "me", "this", "that":
			return true
		}
	}
	return false
}

// placeWord reports whether w places a group in a country: "in",
// "throughout" or "across" ("students throughout Indonesia").
func placeWord(w string) bool {
	return strings.EqualFold(w, "in") || strings.EqualFold(w, "throughout") || strings.EqualFold(w, "across")
}

// adjPlace returns the token of a country's adjective at k (after an
// optional "the") that begins the name of a place the dictionary does
// not know ("the Syrian Golan Heights"), or -1. The name must end in a
// word of land (data/titles.txt, class land): "the Board of Deputies of
// British Jews" names no place.
func (s *state) adjPlace(k, hi int) int {
	if k < hi && strings.EqualFold(s.word(k), "the") {
		k++
	}
	if k >= hi-1 {
		return -1
	}
	h, n := s.dictAt(k, hi)
	if n == 0 || h.As != actors.AsAdjective || h.Entry.Kind != actors.KindCountry {
		return -1
	}
	if e := k + n; e < hi && s.b.toks[e].Kind == text.Word && isCap(s.word(e)) && !notName[s.word(e)] && !calendar[s.word(e)] {
		if _, m := s.dictAt(e, hi); m > 0 {
			return -1
		}
		end := s.adjPlaceEnd(k, hi)
		var kb [32]byte
		if key, ok := lowerKey(&kb, stripPoss(s.word(end-1))); ok && s.r.lx.land[string(key)] {
			return k
		}
	}
	return -1
}

// adjPlaceEnd returns the end of the place adjPlace found at k: the
// adjective and the capitalised words after it.
func (s *state) adjPlaceEnd(k, hi int) int {
	_, n := s.dictAt(k, hi)
	e := k + n
	for e < hi && e < k+n+4 && s.b.toks[e].Kind == text.Word && isCap(s.word(e)) {
		e++
		if hasPoss(s.word(e - 1)) {
			break
		}
	}
	return e
}

// personAfter finds a person of the dictionary at token k, after an
// optional "the", modifiers and titles ("former President X"); it
// returns the person, its first token and its length.
func (s *state) personAfter(k, hi int) (*actors.Entry, int, int) {
	if k < hi && strings.EqualFold(s.word(k), "the") {
		k++
	}
	for steps := 0; k < hi && steps < 4; steps++ {
		t, n := s.termAt(k, hi)
		if t == nil || t.class != clMod && t.class != clPerson && t.class != clHonor && t.class != clRank {
			break
		}
		k += n
	}
	if k >= hi {
		return nil, 0, 0
	}
	h, n := s.dictAt(k, hi)
	if n == 0 || h.Entry.Kind != actors.KindPerson {
		return nil, 0, 0
	}
	return h.Entry, k, n
}

// placedHead reports whether a group or body placed by "in COUNTRY" is
// that country's: courts, police, parliaments, officials and the people
// and armed groups of a place ("a court in Guyana", "police in Abuja",
// "rebels in the Ivory Coast"). Soldiers, diplomats, spies, journalists
// and refugees in a country are as often foreign as not ("US troops in
// Iraq", "diplomats in Kenya"), so they are left alone.
func placedHead(t *term) bool {
	if t.class != clGroup && !(t.class == clPerson && t.plural) {
		return false
	}
	for _, sc := range t.sectors {
		switch sc {
		case "MIL", "DIP", "SPY", "MED", "REF":
			return false
		}
	}
	return true
}

// possGovernment returns the end of a government after a country's
// possessive, from token e: "new government" in "leaders of Romania's
// new government", "interim administration"; at most two modifiers
// before a GOV body, and nothing after it that would make it a
// modifier. It returns -1 when there is none.
func (s *state) possGovernment(e, hi int) int {
	for j := e; j < hi && j < e+3; j++ {
		if s.b.toks[j].Kind != text.Word || isCap(s.word(j)) {
			return -1
		}
		if t, n := s.termAt(j, hi); t != nil {
			switch {
			case t.class == clMod:
				j += n - 1
				continue
			case t.class == clInst && len(t.sectors) > 0 && t.sectors[0] == "GOV" && !t.plural:
				if j+n < hi && s.b.toks[j+n].Kind == text.Word {
					if t2, _ := s.termAt(j+n, j+n+1); t2 != nil || s.groupModifies(j+n) {
						return -1 // "Romania's government spokesman"
					}
				}
				return j + n
			}
			return -1
		}
	}
	return -1
}

// placeEnds reports whether the place of "police in Abuja" ends before
// token e, so that the place is not the start of a longer phrase ("in
// Abuja's markets", "in the Kenyan capital", "in Moscow State
// University").
func (s *state) placeEnds(e, hi int) bool {
	if hasPoss(s.word(e - 1)) {
		return false
	}
	if e >= hi || s.b.toks[e].Kind != text.Word {
		return true
	}
	if w := s.word(e); isCap(w) && !notName[w] && !calendar[w] {
		return false
	}
	t, _ := s.bodyNounAt(e, e+1)
	return t == nil
}

// sharedHead handles the first of two adjectives sharing one head:
// "Hungarian" in "Hungarian and Romanian officials" is a mention of
// Hungarian officials. Tokens [i, j) are the adjective (ctx); it returns
// the tokens consumed, or 0.
func (s *state) sharedHead(si, i, j, hi int, ctx *actors.Entry, ctxAs actors.AliasKind, det string) int {
	if ctx == nil || det != "" && det != "the" || ctxAs != actors.AsAdjective || j+2 >= hi || !strings.EqualFold(s.word(j), "and") {
		return 0
	}
	h2, n2 := s.dictAt(j+1, hi)
	if n2 == 0 || h2.As != actors.AsAdjective || j+1+n2 >= hi {
		return 0
	}
	t, _ := s.termAt(j+1+n2, hi)
	if t == nil || t.class != clGroup && !(t.class == clPerson && t.plural) && !(t.class == clInst && t.plural) {
		return 0
	}
	a := i
	if det != "" {
		a++ // "the Turkish and Greek sides": the mention is the adjective
	}
	st, en := s.span(a, j)
	c := cand{start: st, end: en, nameStart: st, nameEnd: en, sent: int32(si), kind: KindDemonym, head: t, ctx: ctx}
	if t.class == clInst {
		// "the Turkish and Greek sides", "the Israeli and Palestinian
		// delegations": each is its country's government.
		c.ref, c.kind = s.entryRef(s.sideEntry(ctx)), KindDescription
	} else {
		c.ref = s.groupRef(ctx, t)
	}
	s.add(c)
	return j - i
}

// nestedMentions collects, without allocating, the names inside a title
// phrase that are mentions of their own ("India's" in "India's External
// Affairs Minister"); a title holds few, and any beyond the first four are
// dropped.
type nestedMentions struct {
	m [4]struct {
		st, en, ref int32
		kind        string
	}
	n int
}

func (nm *nestedMentions) full() bool { return nm.n == len(nm.m) }

func (nm *nestedMentions) add(st, en, ref int32, kind string) {
	nm.m[nm.n].st, nm.m[nm.n].en, nm.m[nm.n].ref, nm.m[nm.n].kind = st, en, ref, kind
	nm.n++
}

// subordinate reports whether the word before the title at token i makes
// it a subordinate's ("vice chairman", "assistant director").
func (s *state) subordinate(i int) bool {
	if i == 0 || s.b.toks[i-1].Kind != text.Word {
		return false
	}
	switch strings.ToLower(s.word(i - 1)) {
	case "vice", "deputy", "assistant", "associate", "non-executive", "former":
		return true
	}
	return false
}

// phraseGoesOn reports whether the noun phrase of a name ending before
// token e goes on after it, so that the name only qualifies it: "head of
// UK equities", "director of the IMF's European Department" (a
// possessive), but not "the leader of Iran said" or "the head of the
// IAEA, Rafael Grossi". Without syntax a noun is told from a verb only
// roughly: a plural-looking word after a country's name is a noun ("UK
// equities"), and any word after a seat of power.
func (s *state) phraseGoesOn(e, hi int, h actors.Hit) bool {
	if e <= 0 || e > len(s.b.toks) {
		return false
	}
	if hasPoss(s.word(e - 1)) {
		return true
	}
	if e >= hi || s.b.toks[e].Kind != text.Word {
		return false
	}
	w := s.word(e)
	var kb [32]byte
	key, _ := lowerKey(&kb, w)
	if npStop[string(key)] {
		return false
	}
	if isCap(w) {
		// "the head of US TV network Fox", not "the head of the IAEA
		// Rafael Grossi"
		_, m := s.dictAt(e, hi)
		return h.Entry.Kind == actors.KindCountry && m == 0 && s.b.entAt[e] < 0 && !notName[w]
	}
	if t, _ := s.termAt(e, e+1); t != nil {
		return t.class == clBody // "the head of the UK unit"
	}
	if h.As == actors.AsMetonym || h.As == actors.AsCapital {
		return true // "the head of the Downing Street policy unit"
	}
	return h.Entry.Kind == actors.KindCountry && (!s.verbish(e) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !subjectVerb(w) && !strings.HasSuffix(w, "ays"))
}

// bodyPhrase is the body X of "the head of X" when the dictionary does
// not name X: "the state oil company", "Iran's state oil company".
type bodyPhrase struct {
	art, start, end int   // tokens: the article (or start), the first word after it, the end
	noun            *term // the body noun ("company"), which gives the sectors
	state           bool  // marked as the state's ("state", "national")
	country         *actors.Entry
	cStart, cN      int   // the tokens of the country's name in X
	cEnd            int32 // the byte end of that name, possessive dropped
	nameRef         int32 // the ref of a country named as a noun ("Iran's"), or -1
}

// bodyAt parses X in "the head of X" from token k (after "of"): an
// optional article, then at most six words ending with a body noun of
// the lexicon ("company", "news agency"). It fails when no body noun
// ends the phrase, or when X starts with a dictionary name of a body
// (then "of X" names the body, as in "the head of the IAEA").
func (s *state) bodyAt(k, hi int) (bodyPhrase, bool) {
	bp := bodyPhrase{art: k, cStart: -1, nameRef: -1}
	if k < hi && s.b.toks[k].Kind == text.Word {
		switch strings.ToLower(s.word(k)) {
		case "the", "a", "an":
			k++
		}
	}
	bp.start = k
	var kb [32]byte
	for j := k; j < hi && j < k+6; {
		if s.b.toks[j].Kind != text.Word {
			break
		}
		if h, n := s.dictAt(j, hi); n > 0 {
			e := h.Entry
			if e.Kind != actors.KindCountry && e.Kind != actors.KindRegion {
				if j == k {
					return bp, false
				}
				break
			}
			if bp.country == nil {
				bp.country, bp.cStart, bp.cN = e, j, n
				_, bp.cEnd = s.span(j, j+n)
				if h.As == actors.AsName && hasPoss(s.word(j+n-1)) {
					bp.nameRef = s.entryRef(e)
				}
			}
			j += n
			continue
		}
		if t, n := s.bodyNounAt(j, hi); t != nil {
			bp.noun, bp.end = t, j+n
			j += n
			if hasPoss(s.word(j - 1)) {
				// "the Conference Board's research centre": the head
				// of something else.
				bp.noun = nil
				continue
			}
			if isCap(s.word(j - 1)) {
				// "the Office of Management and Budget": a name goes on
				// through "of" and "and" while capitals follow.
				for e := j; e+1 < hi && e < j+6; {
					w := s.word(e)
					if (w == "of" || w == "for" || w == "and") && s.b.toks[e+1].Kind == text.Word && isCap(s.word(e+1)) && !notName[s.word(e+1)] {
						e += 2
						for e < hi && e < j+8 && s.b.toks[e].Kind == text.Word && isCap(s.word(e)) && !notName[s.word(e)] {
							e++
						}
						bp.end = e
						continue
					}
					break
				}
			} else {
				// "banking giant Citigroup": the body's name follows.
				e := j
				for e < hi && e < j+3 && s.b.toks[e].Kind == text.Word && isCap(s.word(e)) && !notName[s.word(e)] {
					if _, m := s.dictAt(e, hi); m > 0 {
						break
					}
					e++
				}
				bp.end = e
			}
			break
		}
		key, ok := lowerKey(&kb, s.word(j))
		if !ok || npStop[string(key)] {
			break
		}
		if t, _ := s.termAt(j, j+1); t != nil && t.class == clSay {
			break
		}
		if s.r.lx.stateMk[string(key)] {
			bp.state = true
		}
		j++
	}
	if bp.noun == nil || bp.cStart >= bp.end {
		bp.country, bp.nameRef = nil, -1
	}
	return bp, bp.noun != nil
}

// npStop are words that end a noun phrase: prepositions, conjunctions,
// pronouns and auxiliaries.
var npStop = map[string]bool{
	"and": true, "or": true, "but": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"with": true, "from": true, "by": true, "as": true, "that": true, "which": true, "who": true, "whose": true,
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "has": true, "had": true,
	"have": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "did": true, "does": true, "do": true, "after": true, "before": true, "since": true,
	"until": true, "when": true, "where": true, "while": true, "than": true, "if": true, "because": true,
	"about": true, "over": true, "under": true, "against": true, "between": true, "into": true,
	"during": true, "its": true, "their": true, "his": true, "her": true, "he": true, "she": true,
	"it": true, "they": true, "this": true, "these": true, "those": true, "not": true,
}

// bodyNounAt finds the longest body noun of the lexicon at token j.
func (s *state) bodyNounAt(j, hi int) (*term, int) {
	var kb [32]byte
	key, ok := lowerKey(&kb, stripPoss(s.word(j)))
	if !ok {
		return nil, 0
	}
	return s.longestTerm(s.r.lx.bodies[string(key)], j, hi)
}

// contextCountry is the country a state body belongs to when the body's
// name does not say: the one country the sentence names, else the
// dateline's; nil when the sentence names several, or nothing tells.
// A capital counts only where it acts ("Baghdad said"), not as a place.
func (s *state) contextCountry(si int) *actors.Entry {
	if s.ctxSent == si+1 {
		return s.ctxCountry // one scan per sentence, however many bodies
	}
	s.ctxSent = si + 1
	s.ctxCountry = s.sentenceCountry(si)
	return s.ctxCountry
}

func (s *state) sentenceCountry(si int) *actors.Entry {
	if c := s.ownCountry(si); c != nil {
		return c
	}
	return s.datelineCountry()
}

// ownCountry returns the one country sentence si names (outside the
// dateline), or nil when it names none or several.
func (s *state) ownCountry(si int) *actors.Entry {
	lo := 0
	if si > 0 {
		lo = int(s.b.sentEnd[si-1])
	}
	var found *actors.Entry
	for j, hi := lo, int(s.b.sentEnd[si]); j < hi; j++ {
		if s.inDateline(j) {
			continue
		}
		if h, n := s.dictAt(j, hi); n > 0 {
			if h.As == actors.AsCapital && (j+n >= hi || !s.verbish(j+n)) && !hasPoss(s.word(j+n-1)) {
				j += n - 1 // "would visit Kuwait City": a place
				continue
			}
			if e := s.countryOf(h.Entry); e != nil {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
			j += n - 1
		}
	}
	return found
}

// countryOf returns the country entry an entry stands for or belongs
// to, or nil (an IGO, a region).
func (s *state) countryOf(e *actors.Entry) *actors.Entry {
	if e.Kind == actors.KindCountry {
		return e
	}
	if e.Kind == actors.KindPerson {
		return nil // a foreign visitor says nothing of whose company it is
	}
	if c := s.r.d.Country(e.Country); c != nil && c.Kind == actors.KindCountry {
		return c
	}
	return nil
}

// datelineCountry returns the country of the dateline's place ("NEW
// DELHI" is India), or nil.
func (s *state) datelineCountry() *actors.Entry {
	dl := s.in.Dateline
	if dl == nil || dl.End <= dl.Start {
		return nil
	}
	toks := s.b.toks
	for j := s.tokenAt(int32(dl.Start)); j < len(toks) && int(toks[j].End) <= dl.End; j++ {
		lim := j + 1
		for lim < len(toks) && int(toks[lim].End) <= dl.End {
			lim++
		}
		if n, hits := s.r.d.MatchAt(s.txt, toks[:lim], j); n > 0 {
			for _, hit := range hits {
				if hit.Entry.Kind == actors.KindCountry {
					return hit.Entry
				}
			}
		}
	}
	return nil
}

// bodyHeadRef returns the generic actor for the unnamed head of a body
// the dictionary does not know: "the head of the state oil company" in a
// Tehran story is irn-state-oil-company-head, IRNBUS; without a country
// it has no code.
func (s *state) bodyHeadRef(bp bodyPhrase, country *actors.Entry, head *term) int32 {
	var sb strings.Builder
	if country != nil {
		sb.WriteString(strings.ToLower(s.sideEntry(country).Country))
		sb.WriteByte(' ')
	}
	for j := bp.start; j < bp.end; j++ {
		if bp.cStart >= 0 && j >= bp.cStart && j < bp.cStart+bp.cN {
			continue // the country's own words
		}
		sb.WriteString(stripPoss(s.word(j)))
		sb.WriteByte(' ')
	}
	sb.WriteString("head")
	id := slug(sb.String())
	if ri, ok := s.b.refByID[id]; ok {
		return ri
	}
	if e := s.r.d.Get(id); e != nil {
		id += "-person"
		if ri, ok := s.b.refByID[id]; ok {
			return ri
		}
	}
	name := "Head of " + s.txt[s.b.toks[bp.art].Start:s.b.toks[bp.end-1].End]
	a := analysis.Actor{ID: id, Name: name, Role: name}
	if country != nil {
		side := s.sideEntry(country)
		a.Country = side.Country
		if len(bp.noun.sectors) > 0 {
			a.Code = side.Country + bp.noun.sectors[0]
		}
	}
	a.Sectors = slices.Clone(bp.noun.sectors)
	s.b.refs = append(s.b.refs, ref{id: id, actor: a, person: true, country: a.Country, first: -1})
	ri := int32(len(s.b.refs) - 1)
	s.b.refByID[id] = ri
	s.b.refs[ri].heads = append(s.b.refs[ri].heads, "head")
	return ri
}

func (s *state) knownSurname(k int) bool {
	_, ok := s.b.surnames[stripPoss(s.word(k))]
	return ok
}

// contradiction returns a warning when the title the text gives a
// dictionary person contradicts the role the dictionary has for them on
// the document's date: "the former president" for a sitting one, or
// "President" for someone whose presidency has ended.
func (s *state) contradiction(p *actors.Entry, head *term, former bool, ts, te int) string {
	if head == nil || head.class != clPerson || s.in.Date == "" {
		return ""
	}
	r := p.On(s.in.Date)
	title := strings.TrimPrefix(r.Title, "former ")
	if title == "" || !s.r.titleMatches(title, head) {
		return ""
	}
	if former == r.Former {
		return ""
	}
	st, en := s.span(ts, te)
	called := strings.TrimRight(s.txt[st:en], " ,")
	return fmt.Sprintf("the text calls %s %q, but on %s the dictionary has them as %s (kept)", p.Name, called, s.in.Date, r.Title)
}

// titleMatches reports whether a dictionary title and a title word of the
// text mean the same: equal after the synonym table, or by last word.
func (r *Resolver) titleMatches(title string, head *term) bool {
	c := r.lx.canonical(title)
	if c == head.canon {
		return true
	}
	// "the envoy" for a "Special Envoy to the Middle East": the title's
	// head word is one of the role's words.
	hw := head.words[len(head.words)-1]
	for w := range strings.FieldsSeq(c) {
		if w == hw || w == head.canon {
			return true
		}
	}
	return false
}

// holder returns the one person who held the title head in ctx's country
// on date (or, when former, who held it before date and no longer does),
// or nil when the dictionary knows none or several. A role whose title is
// the same title ("President") counts before one that merely contains
// its word ("Vice President").
func (r *Resolver) holder(ctx *actors.Entry, head *term, date string, former bool) *actors.Entry {
	if head.top && !former && ctx.Kind != actors.KindCountry && ctx.Kind != actors.KindRegion {
		// "the IAEA chief", "the head of the IAEA": who heads that body.
		if p := r.bodyHolder("@"+ctx.ID, "", date); p != nil {
			return p
		}
	}
	country := ctx.Country
	var exact, loose *actors.Entry
	ne, nl := 0, 0
	var seen []*actors.Entry // rare: titles without a name
	for _, key := range [2]string{head.canon, head.words[len(head.words)-1]} {
		for _, e := range r.roles[roleKey{country, key}] {
			if slices.Contains(seen, e) {
				continue
			}
			seen = append(seen, e)
			ro := e.On(date)
			if ro.Former != former || !former && ro.Country != country {
				continue
			}
			t := strings.TrimPrefix(ro.Title, "former ")
			switch {
			case r.lx.canonical(t) == head.canon:
				exact = e
				ne++
			case r.titleMatches(t, head):
				loose = e
				nl++
			}
		}
	}
	if ne == 1 {
		return exact
	}
	if ne == 0 && nl == 1 {
		return loose
	}
	return nil
}

// sideEntry is the actor a body or person speaks for: a country's
// government for its ministries, officials and people; an IGO for its
// bodies; a non-state group for itself.
func (s *state) sideEntry(e *actors.Entry) *actors.Entry {
	switch e.Kind {
	case actors.KindCountry, actors.KindRegion, actors.KindIGO, actors.KindGroup:
		return e
	case actors.KindPerson:
		if c := s.r.d.Country(e.On(s.in.Date).Country); c != nil {
			return c
		}
	}
	if c := s.r.d.Country(e.Country); c != nil {
		return c
	}
	return e
}

// entryRef returns the document's ref for a dictionary entry.
func (s *state) entryRef(e *actors.Entry) int32 {
	if ri, ok := s.b.refByID[e.ID]; ok {
		return ri
	}
	s.b.refs = append(s.b.refs, ref{id: e.ID, entry: e, person: e.Kind == actors.KindPerson, first: -1})
	ri := int32(len(s.b.refs) - 1)
	s.b.refByID[e.ID] = ri
	if e.Kind == actors.KindPerson {
		s.b.refs[ri].gender = s.r.lx.givenGender(e.Name)
	}
	return ri
}

// roleDateIn returns the start of a role person held in body ctx (an
// IGO, or a country) when the role person holds on date is not in ctx:
// the text's title then dates the text better than its date does; ""
// otherwise.
func roleDateIn(person, ctx *actors.Entry, date string) string {
	if ctx == nil || ctx.Country == "" || person.On(date).Country == ctx.Country {
		return ""
	}
	for _, r := range person.Roles {
		if r.Country == ctx.Country && r.From != "" {
			return r.From
		}
	}
	return ""
}

// looseGroup reports whether a group named with no country ("the
// rebels", "gunmen", "protesters") is still an actor of its own: the
// lexicon flags it "loose". Officials, courts and parliaments with no
// country are left to the document's context, and words such as
// "forces" or "workers" are too often no one's ("market forces").
func looseGroup(t *term) bool {
	return t.class == clGroup && t.loose && len(t.sectors) > 0
}

// looseGroupRef returns the actor for a group the text names with no
// country ("the rebels": rebels): it has the head's sectors and, since
// nothing says whose it is, no country and no code.
func (s *state) looseGroupRef(head *term) int32 {
	id := head.suffix
	if ri, ok := s.b.refByID[id]; ok {
		return ri
	}
	if s.r.d.Get(id) != nil {
		id += "-group"
		if ri, ok := s.b.refByID[id]; ok {
			return ri
		}
	}
	a := analysis.Actor{ID: id, Name: head.suffix, Sectors: slices.Clone(head.sectors)}
	s.b.refs = append(s.b.refs, ref{id: id, actor: a, group: true, plural: head.plural, suffix: head.suffix, first: -1})
	ri := int32(len(s.b.refs) - 1)
	s.b.refByID[id] = ri
	return ri
}

// groupRef returns the generic actor for unnamed people of ctx described
// by head: "Indian officials" is ind-officials (INDGOV), "Russian troops"
// rus-military (RUSMIL), and for a CAMEO region named by its adjective,
// "European officials" eur-officials (EURGOV): CAMEO codes the adjective
// "European" with the region, not the EU, which is IGOEU only when named. For a body that is not a country ("an RSF
// adviser", "U.N. mediators") it is the body itself.
func (s *state) groupRef(ctx *actors.Entry, head *term) int32 {
	if ctx.Kind != actors.KindCountry && (ctx.Kind != actors.KindRegion || len(ctx.Adjectives) == 0) ||
		ctx.Kind == actors.KindCountry && head.suffix == "governments" {
		// A country's "governments" ("the French and German
		// governments") is its government.
		return s.entryRef(ctx)
	}
	suffix := head.suffix
	// The id is looked up from a stack buffer first: a group is named
	// many times in a document, and only its first mention needs the
	// string.
	var kb [64]byte
	key := append(append(append(kb[:0], ctx.Country...), '-'), suffix...)
	for k, c := range key[:len(ctx.Country)] {
		if c >= 'A' && c <= 'Z' {
			key[k] = c + 'a' - 'A'
		}
	}
	if ri, ok := s.b.refByID[string(key)]; ok {
		return ri
	}
	id := string(key)
	if e := s.r.d.Get(id); e != nil {
		return s.entryRef(e)
	}
	adj := ctx.Name
	if len(ctx.Adjectives) > 0 {
		adj = strings.TrimPrefix(ctx.Adjectives[0], "~")
	}
	sectors := head.sectors
	if len(sectors) == 0 {
		sectors = []string{"GOV"}
	}
	a := analysis.Actor{ID: id, Name: adj + " " + suffix, Code: ctx.Country + sectors[0], Country: ctx.Country, Sectors: slices.Clone(sectors)}
	s.b.refs = append(s.b.refs, ref{id: id, actor: a, group: true, plural: head.plural, suffix: suffix, country: ctx.Country, first: -1})
	ri := int32(len(s.b.refs) - 1)
	s.b.refByID[id] = ri
	return ri
}

// personRef returns the ref of a person the dictionary does not know,
// coded from the title's context: "Elysee spokeswoman Jane Roe" is
// jane-roe, FRAGOV.
func (s *state) personRef(name string, ctx *actors.Entry, head *term, sectors []string, role string, g gender) int32 {
	id := slug(name)
	if id == "" {
		id = "person"
	}
	if e := s.r.d.Get(id); e != nil && e.Kind != actors.KindPerson {
		id += "-person"
	}
	if ri, ok := s.b.refByID[id]; ok {
		return ri
	}
	if !strings.Contains(name, " ") {
		if ri, ok := s.b.surnames[name]; ok {
			return ri // "Roe" after "Jane Roe"
		}
	}
	a := analysis.Actor{ID: id, Name: name, Role: role}
	if ctx != nil {
		side := s.sideEntry(ctx)
		a.Country = side.Country
		if len(sectors) == 0 {
			sectors = []string{"GOV"}
			if head != nil && len(head.sectors) > 0 {
				sectors = head.sectors
			}
		}
		if strings.HasPrefix(side.Country, "IGO") {
			a.Code = side.Country
			a.Sectors = []string{"IGO"}
			for _, sc := range sectors {
				if sc != "GOV" {
					a.Sectors = append(a.Sectors, sc)
				}
			}
		} else if side.Kind == actors.KindGroup {
			a.Code = side.Code
			a.Sectors = slices.Clone(side.Sectors)
		} else {
			a.Code = side.Country + sectors[0]
			a.Sectors = slices.Clone(sectors)
		}
	}
	if g == genderUnknown {
		g = s.r.lx.givenGender(name)
	}
	s.b.refs = append(s.b.refs, ref{id: id, actor: a, person: true, gender: g, country: a.Country, first: -1})
	ri := int32(len(s.b.refs) - 1)
	s.b.refByID[id] = ri
	s.registerSurname(ri, name)
	return ri
}

// registerSurname lets the last word of a full name stand for the person
// later in the document ("Roe" after "Jane Roe").
func (s *state) registerSurname(ri int32, name string) {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return
	}
	last := name[i+1:]
	if len(last) < 2 || !isCap(last) {
		return
	}
	if _, ok := s.b.surnames[last]; !ok {
		s.b.surnames[last] = ri
	}
}

func (r *ref) addHead(t *term) {
	if t == nil {
		return
	}
	for _, h := range r.heads {
		if h == t.canon {
			return
		}
	}
	r.heads = append(r.heads, t.canon)
}

// slug turns a name into an id: lower case, ASCII letters and digits,
// words joined by hyphens ("Jane Roe" -> "jane-roe").
func slug(name string) string {
	f := foldLower(name)
	var sb strings.Builder
	dash := false
	for _, c := range f {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(c)
		default:
			dash = true
		}
	}
	return sb.String()
}

// recentGroup returns the generic group with the given suffix mentioned
// last within backDef sentences before sentence si, or -1.
func (s *state) recentGroup(si int, suffix string) int32 {
	cs := s.b.cands
	for j := len(cs) - 1; j >= max(0, len(cs)-maxBack) && int(cs[j].sent) >= si-backDef; j-- {
		if ri := cs[j].ref; ri >= 0 && s.b.refs[ri].group && s.b.refs[ri].suffix == suffix && s.b.refs[ri].country != "" {
			return ri
		}
	}
	return -1
}

// sentStart returns the byte offset where sentence si starts.
func (s *state) sentStart(si int) int32 {
	if si < 0 || si >= len(s.in.Sentences) {
		return 0
	}
	return int32(s.in.Sentences[si].Start)
}
