package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence (or heading, or list item) of a text: the
// half-open UTF-8 byte range [Start, End) of the text it was found in,
// trimmed of surrounding white space.
type Sentence struct {
	Start, End int
	// Heading marks a short line that stands alone as its own paragraph
	// without terminal punctuation: a headline or subheading.
	Heading bool
}

// Options changes how text is segmented.
type Options struct {
	// PDF says single line breaks inside a paragraph are line wraps (as in
	// text extracted from PDF or hard-wrapped files), so only blank lines
	// and list items separate units of text. Without it a line break ends a
	// sentence unless the next line clearly continues the previous one.
	PDF bool
}

// Segment splits text into sentences with the default options. It appends
// to dst[:0] and returns the result, so a caller that passes the previous
// result back reuses its memory.
func Segment(text string, dst []Sentence) []Sentence {
	return SegmentOptions(text, Options{}, dst)
}

// SegmentOptions is Segment with options.
//
// The rules, in brief: blank lines separate paragraphs; inside a paragraph a
// line break separates units unless the next line continues the sentence
// (see Options.PDF); list items ("-", "*", "•", "1.", "1)", "a)", "(iv)")
// start a sentence of their own; inside a unit, '.', '!', '?', '…' and their
// full-width forms end a sentence when what follows looks like the start of
// one, with abbreviations (abbreviations.txt), initials, numbers, e-mail
// addresses, URLs and ellipses handled; terminal punctuation inside a
// quotation or parentheses does not end the enclosing sentence, and closing
// quotes, brackets and footnote marks after the terminal punctuation stay
// with the sentence they close. Spans that contain no letter at all (page
// numbers, rules of dashes) are dropped.
func SegmentOptions(text string, opt Options, dst []Sentence) []Sentence {
	g := segmenter{t: text, pdf: opt.PDF, dst: dst[:0]}
	g.run()
	return g.dst
}

// Tunables. They are limits that keep pathological input linear and
// conventions taken from hand-checked text; see the comments.
const (
	// wrapWidth: a line at least this long that is followed by a line
	// starting in lower case was wrapped, not ended (hard-wrapped text is
	// usually 60-80 columns; short lines followed by lower case are lists
	// such as "features\ncontact manager").
	wrapWidth = 40
	// maxQuote bounds the search for the closing quote or bracket, so that
	// unbalanced quotes cost linear time and a stray quote cannot swallow a
	// long paragraph.
	maxQuote = 2000
	// maxHeading is the longest line taken for a heading.
	maxHeading = 100
	// maxWord bounds how far back the word before a period is looked
	// for: abbreviations are short, and the bound keeps a long run of text
	// without spaces linear.
	maxWord = 256
)

type segmenter struct {
	t          string
	pdf        bool
	dst        []Sentence
	s          int // start of the sentence being scanned
	be         int // end of the block being scanned
	list       listState
	markerMemo markerMemo
	// markerScanned counts the bytes list-marker searches looked at, so
	// that a test can check they stay linear in the text's length.
	markerScanned int
	// budget is the number of bytes the searches for closing quotes and
	// brackets may still look ahead in this block. Each search is bounded
	// by maxQuote, but many unmatched openers would still cost
	// maxQuote bytes each; the budget keeps the whole block linear.
	budget int
}

// listState tracks an enumerated list inside a block so that the next item
// marker ("2.", "b)", "(iii)") can be found inline: "1. The first item 2.
// The second item". Only the expected next marker counts, which keeps "for
// 2. above" from splitting.
type listState struct {
	active bool
	style  uint8
	kind   uint8
	ord    int
	next   int // position of the next expected marker, -1 if none
}

const (
	styleDot      = iota + 1 // "1."
	styleParen               // "1)"
	styleDotParen            // "1.)"
	styleBoth                // "(1)"
)

const (
	kindDigit = iota + 1
	kindLower
	kindUpper
	kindRomanLower
	kindRomanUpper
)

// Byte classes for the main scan: everything not listed is skipped in the
// hot loop.
const (
	bcNone = iota
	bcDot
	bcExcl
	bcQuote
	bcOpen
	bcHigh
)

var byteClass = func() (t [256]uint8) {
	t['.'] = bcDot
	t['!'] = bcExcl
	t['?'] = bcExcl
	t['"'] = bcQuote
	t['\''] = bcQuote
	t['('] = bcOpen
	t['['] = bcOpen
	for c := 0x80; c < 0x100; c++ {
		t[c] = bcHigh
	}
	return t
}()

// run splits the text into lines and paragraphs and hands each block of
// running text to segmentBlock.
func (g *segmenter) run() {
	t := g.t
	n := len(t)
	blockStart, blockEnd := -1, -1
	paraLines := 0
	paraFirst := 0 // index in dst of the paragraph's first sentence
	prevStart, prevEnd := 0, 0
	prevTrail := false
	for pos := 0; pos < n; {
		le, next := lineEnd(t, pos)
		cs := skipSpace(t, pos, le)
		ce := trimEnd(t, cs, le)
		if cs == ce {
			if blockStart >= 0 {
				g.segmentBlock(blockStart, blockEnd)
				g.markHeading(paraFirst, paraLines)
				blockStart = -1
			}
		} else {
			if blockStart < 0 {
				blockStart = cs
				paraLines = 1
				paraFirst = len(g.dst)
			} else {
				if g.lineBreaks(prevStart, prevEnd, prevTrail, cs, ce) {
					g.segmentBlock(blockStart, prevEnd)
					blockStart = cs
				}
				paraLines++
			}
			blockEnd = ce
			prevStart, prevEnd, prevTrail = cs, ce, ce < le
		}
		pos = next
	}
	if blockStart >= 0 {
		g.segmentBlock(blockStart, blockEnd)
		g.markHeading(paraFirst, paraLines)
	}
}

// lineEnd returns the end of the line starting at pos and the start of the
// next one; "\n", "\r\n" and a lone "\r" all end a line.
func lineEnd(t string, pos int) (end, next int) {
	rest := t[pos:]
	nl := strings.IndexByte(rest, '\n')
	lim := len(rest)
	if nl >= 0 {
		lim = nl
	}
	if cr := strings.IndexByte(rest[:lim], '\r'); cr >= 0 {
		if cr+1 < len(rest) && rest[cr+1] == '\n' {
			return pos + cr, pos + cr + 2
		}
		return pos + cr, pos + cr + 1
	}
	if nl >= 0 {
		return pos + nl, pos + nl + 1
	}
	return len(t), len(t)
}

// lineBreaks decides whether the line break between the previous line
// [ps, pe) and the next one starting at cs ends a unit. A list item always
// starts one. Otherwise, unless the text is PDF-like, the next line
// continues the previous one only when it starts in lower case (or with a
// parenthesis) and the previous line looks wrapped: it ended in white space
// (a soft break, as in format=flowed mail), is long, or ends in a comma.
func (g *segmenter) lineBreaks(ps, pe int, trail bool, cs, ce int) bool {
	if _, ok := g.parseMarker(cs, ce); ok {
		return true
	}
	if g.pdf {
		return false
	}
	t := g.t
	switch c := t[cs]; {
	case c == '(':
		return !trail
	case c >= 'a' && c <= 'z', c >= 0x80 && isLowerAt(t, cs):
		return !(trail || pe-ps >= wrapWidth || t[pe-1] == ',')
	}
	return true
}

// markHeading flags the single sentence of a one-line paragraph as a
// heading when it is short, starts with a capital or digit and has no
// terminal punctuation.
func (g *segmenter) markHeading(first, lines int) {
	if lines != 1 || len(g.dst) != first+1 {
		return
	}
	s := &g.dst[first]
	t := g.t
	if s.End-s.Start > maxHeading {
		return
	}
	if _, ok := g.parseMarker(s.Start, s.End); ok {
		return
	}
	cat, _ := nextCat(t, s.Start, s.End)
	if cat != catUpper && cat != catDigit {
		return
	}
	// last significant rune, skipping closing quotes and brackets
	e := s.End
	for e > s.Start {
		r, sz := utf8.DecodeLastRuneInString(t[s.Start:e])
		switch r {
		case '"', '\'', ')', ']', '”', '’', '»':
			e -= sz
			continue
		case '.', '!', '?', ':', ';', ',', '…', '-', '–', '—', '。', '．', '！', '？':
			return
		}
		break
	}
	if e == s.Start {
		return
	}
	s.Heading = true
}

// segmentBlock finds the sentences of one block of running text
// t[bs:be], bs and be already trimmed.
func (g *segmenter) segmentBlock(bs, be int) {
	t := g.t
	g.be = be
	g.list = listState{next: -1}
	g.markerMemo = markerMemo{}
	g.budget = 4*(be-bs) + maxQuote
	i := g.startSentence(bs)
	for {
		lim := be
		if g.list.next >= 0 && g.list.next < lim {
			lim = g.list.next
		}
		for i < lim && byteClass[t[i]] == bcNone {
			i++
		}
		if i >= lim {
			if lim == be {
				break
			}
			// the next item of an enumerated list
			g.emit(g.s, lim)
			i = g.startSentence(lim)
			continue
		}
		switch byteClass[t[i]] {
		case bcDot:
			i = g.dot(i)
		case bcExcl:
			i = g.excl(i)
		case bcQuote, bcOpen:
			i = g.open(i)
		default:
			i = g.high(i)
		}
		if g.list.next >= 0 && g.list.next < i {
			g.list.next = g.findMarker(i)
		}
	}
	g.emit(g.s, be)
}

// emit appends the sentence t[s:e] after trimming white space; spans with
// no letter are dropped.
func (g *segmenter) emit(s, e int) {
	t := g.t
	s = skipSpace(t, s, e)
	e = trimEnd(t, s, e)
	if s < e && (isRuleByte(t[s]) || isRuleByte(t[e-1])) {
		s, e = trimRules(t, s, e)
	}
	if s >= e || !hasLetter(t[s:e]) {
		return
	}
	g.dst = append(g.dst, Sentence{Start: s, End: e})
}

// isRuleByte reports whether c is a character that decorative rules are
// drawn with ("////", "=====", "*****").
func isRuleByte(c byte) bool {
	switch c {
	case '/', '=', '*', '#', '~', '_', '+':
		return true
	}
	return false
}

// trimRules strips a decorative rule of three or more identical characters
// glued to the start or end of a sentence ("////Header////").
func trimRules(t string, s, e int) (int, int) {
	k := s
	for k < e && t[k] == t[s] {
		k++
	}
	if k-s >= 3 && k < e {
		s = skipSpace(t, k, e)
	}
	if s < e && isRuleByte(t[e-1]) {
		k = e
		for k > s && t[k-1] == t[e-1] {
			k--
		}
		if e-k >= 3 && k > s {
			e = trimEnd(t, s, k)
		}
	}
	return s, e
}

// startSentence records p as the start of a new sentence and returns where
// scanning continues: after a list marker, whose own period must not end
// the item.
func (g *segmenter) startSentence(p int) int {
	g.s = p
	m, ok := g.parseMarker(p, g.be)
	if !ok {
		return p
	}
	if m.kind == 0 {
		return m.end
	}
	l := &g.list
	if l.active && m.kind != l.kind && sameKind(l.kind, m.kind) {
		// Inside a lettered list, "(i)", "(v)" and "(x)" are letters:
		// their place in the alphabet is what follows "(h)".
		if c, ok := soleLetter(g.t, p, m.end); ok {
			m.ord = int(c|0x20-'a') + 1
		}
	}
	if !(l.active && m.style == l.style && m.ord == l.ord+1 && sameKind(l.kind, m.kind)) {
		l.active, l.style, l.kind = true, m.style, m.kind
	} else if m.kind != l.kind {
		m.kind = l.kind
	}
	l.ord = m.ord
	l.next = g.findMarker(m.end)
	return m.end
}

// soleLetter returns the one ASCII letter in t[p:end], if there is
// exactly one.
func soleLetter(t string, p, end int) (byte, bool) {
	var c byte
	n := 0
	for i := p; i < end; i++ {
		if isLetterByte(t[i]) {
			c = t[i]
			n++
		}
	}
	return c, n == 1
}

func sameKind(a, b uint8) bool {
	if a == b {
		return true
	}
	// "(i)" is read as a roman numeral at the start of a list and as a
	// letter inside a lettered list ("(h) ... (i)").
	return (a == kindLower && b == kindRomanLower) || (a == kindUpper && b == kindRomanUpper)
}

type marker struct {
	end   int
	style uint8
	kind  uint8 // 0 for a bare bullet
	ord   int
}

// parseMarker recognises a list-item marker at p: a bullet ("-", "*", "•",
// "⁃" ...) and/or an enumerator ("1.", "1)", "1.)", "(1)", "a)", "(iv)",
// "a." for lower-case letters only, since "A." is usually an initial).
func (g *segmenter) parseMarker(p, end int) (marker, bool) {
	t := g.t
	q := p
	bullet := false
	if q < end {
		c := t[q]
		switch {
		case c == '-' || c == '*' || c == '+':
			if q+1 < end && isSpaceByte(t[q+1]) {
				q = skipSpace(t, q+1, end)
				bullet = true
			}
		case c >= 0x80:
			r, sz := utf8.DecodeRuneInString(t[q:end])
			if isBullet(r) {
				q = skipSpace(t, q+sz, end)
				bullet = true
			} else if (r == '–' || r == '—') && q+sz < end && isSpaceByte(t[q+sz]) {
				q = skipSpace(t, q+sz, end)
				bullet = true
			}
		}
	}
	m, ok := parseEnum(t, q, end)
	if ok {
		return m, true
	}
	if bullet {
		return marker{end: q}, true
	}
	return marker{}, false
}

func isBullet(r rune) bool {
	switch r {
	case '•', '⁃', '▪', '●', '◦', '‣', '■', '►', '□', '◆', '∙':
		return true
	}
	return false
}

// parseEnum parses an enumerator at q; it must be followed by white space
// and more text.
func parseEnum(t string, q, end int) (marker, bool) {
	var m marker
	paren := false
	if q < end && t[q] == '(' {
		paren = true
		q++
	}
	xs := q
	for q < end && q-xs < 5 && isAlnumASCII(t[q]) {
		q++
	}
	x := t[xs:q]
	if len(x) == 0 || q >= end {
		return m, false
	}
	switch {
	case paren:
		if t[q] != ')' {
			return m, false
		}
		m.style = styleBoth
		q++
	case t[q] == ')':
		m.style = styleParen
		q++
	case t[q] == '.' && q+1 < end && t[q+1] == ')':
		m.style = styleDotParen
		q += 2
	case t[q] == '.':
		m.style = styleDot
		q++
	default:
		return m, false
	}
	if q >= end || !isSpaceByte(t[q]) {
		// "⁃9." is glued to its bullet, but the marker itself needs a space
		return m, false
	}
	if skipSpace(t, q, end) >= end {
		return m, false
	}
	m.end = q
	switch {
	case allDigits(x):
		if len(x) > 2 {
			return m, false
		}
		m.kind = kindDigit
		for i := 0; i < len(x); i++ {
			m.ord = m.ord*10 + int(x[i]-'0')
		}
	case len(x) == 1 && (x[0] == 'i' || x[0] == 'I') && m.style != styleDot:
		m.kind, m.ord = kindRomanLower, 1
		if x[0] == 'I' {
			m.kind = kindRomanUpper
		}
	case len(x) == 1 && x[0] >= 'a' && x[0] <= 'z':
		m.kind, m.ord = kindLower, int(x[0]-'a')+1
	case len(x) == 1 && x[0] >= 'A' && x[0] <= 'Z':
		if m.style == styleDot {
			return m, false // "A. Smith": an initial, not a list
		}
		m.kind, m.ord = kindUpper, int(x[0]-'A')+1
	default:
		v, upper, ok := roman(x)
		if !ok || m.style == styleDot {
			return m, false
		}
		m.kind, m.ord = kindRomanLower, v
		if upper {
			m.kind = kindRomanUpper
		}
	}
	return m, true
}

// roman parses a small roman numeral written in one case.
func roman(x string) (v int, upper, ok bool) {
	if len(x) == 0 || len(x) > 5 {
		return 0, false, false
	}
	upper = x[0] >= 'A' && x[0] <= 'Z'
	prev := 0
	for i := len(x) - 1; i >= 0; i-- {
		c := x[i]
		if upper {
			c += 'a' - 'A'
		}
		var d int
		switch c {
		case 'i':
			d = 1
		case 'v':
			d = 5
		case 'x':
			d = 10
		default:
			return 0, false, false
		}
		if (x[i] >= 'A' && x[i] <= 'Z') != upper {
			return 0, false, false
		}
		if d < prev {
			v -= d
		} else {
			v += d
			prev = d
		}
	}
	return v, upper, v > 0
}

// findMarker returns the position of the next expected list marker in
// t[from:be] (preceded and followed by white space), or -1.
func (g *segmenter) findMarker(from int) int {
	l := &g.list
	if !l.active {
		return -1
	}
	var buf [16]byte
	n := 0
	if l.style == styleBoth {
		buf[n] = '('
		n++
	}
	ord := l.ord + 1
	switch l.kind {
	case kindDigit:
		if ord > 99 {
			return -1
		}
		if ord >= 10 {
			buf[n] = byte('0' + ord/10)
			n++
		}
		buf[n] = byte('0' + ord%10)
		n++
	case kindLower, kindUpper:
		if ord > 26 {
			return -1
		}
		base := byte('a')
		if l.kind == kindUpper {
			base = 'A'
		}
		buf[n] = base + byte(ord-1)
		n++
	default:
		r := romanString(ord)
		if r == "" {
			return -1
		}
		for i := 0; i < len(r); i++ {
			c := r[i]
			if l.kind == kindRomanUpper {
				c -= 'a' - 'A'
			}
			buf[n] = c
			n++
		}
	}
	switch l.style {
	case styleDot:
		buf[n] = '.'
		n++
	case styleDotParen:
		buf[n], buf[n+1] = '.', ')'
		n += 2
	default:
		buf[n] = ')'
		n++
	}
	need := buf[:n]
	// A text full of list starts that never continue ("(a) ... (a) ...")
	// asks for the same marker again and again; the last answer stays
	// true for any later start up to where it was found, so reuse it and
	// keep the block linear.
	c := &g.markerMemo
	if c.valid && c.n == n && [16]byte(c.need) == buf && from >= c.from && (c.at < 0 || from <= c.at) {
		return c.at
	}
	at := g.scanMarker(from, need)
	*c = markerMemo{valid: true, need: buf, n: n, from: from, at: at}
	return at
}

// markerMemo remembers the last findMarker search: the marker, where the
// search started, and where the marker was found (-1: not in the block).
type markerMemo struct {
	valid bool
	need  [16]byte
	n     int
	from  int
	at    int
}

// scanMarker finds need standing alone (white space on both sides) in
// t[from:be].
func (g *segmenter) scanMarker(from int, need []byte) int {
	t, be, n := g.t, g.be, len(need)
	for j := from; j < be; {
		k := strings.IndexByte(t[j:be], need[0])
		if k < 0 {
			g.markerScanned += be - j
			return -1
		}
		g.markerScanned += k + 1
		k += j
		if k > 0 && isSpaceByte(t[k-1]) && k+n < be && t[k:k+n] == string(need) && isSpaceByte(t[k+n]) {
			return k
		}
		j = k + 1
	}
	return -1
}

var romans = [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
	"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}

func romanString(v int) string {
	if v <= 0 || v >= len(romans) {
		return ""
	}
	return romans[v]
}

// Kinds of terminal punctuation.
const (
	termPeriod   = iota // a single '.'
	termExcl            // '!' or '?' (and runs of them)
	termEllipsis        // "...", "…", ". . . ."
	termDash            // a quotation broken off with "--" or "—"
)

// dot handles a '.' at i.
func (g *segmenter) dot(i int) int {
	t, be := g.t, g.be
	j := i + 1
	for j < be && t[j] == '.' {
		j++
	}
	if i == g.s || spaceBefore(t, g.s, i) > 0 {
		if j-i == 1 {
			n, end := spacedDots(t, i, be)
			if n == 3 {
				return end // ". . ." marks an omission, not a boundary
			}
			if n > 3 {
				return g.candidate(i, end, termEllipsis)
			}
			if j < be && isAlnumASCII(t[j]) {
				return j // ".50", ".jpeg"
			}
		}
		return g.candidate(i, j, termEllipsis)
	}
	if j-i >= 2 {
		return g.candidate(i, j, termEllipsis)
	}
	if j < be {
		switch c := t[j]; {
		case c == ' ' && j+1 < be && t[j+1] == '.':
			// "word. . . . Next": the period ends the sentence and a spaced
			// ellipsis opens the next one, when a sentence follows.
			n, end := spacedDots(t, j+1, be)
			if n == 3 {
				k := skipSpace(t, end, be)
				if k > end && k < be && startsUpper(t, k, be) {
					g.emit(g.s, j)
					g.s = j + 1
					return end
				}
				return g.candidate(i, end, termEllipsis)
			}
		case c >= '0' && c <= '9':
			return g.footnote(i)
		case c >= 'A' && c <= 'Z':
			return g.glued(i)
		case c >= 0x80:
			if r, _ := utf8.DecodeRuneInString(t[j:be]); unicode.IsUpper(r) {
				return g.glued(i)
			}
		}
	}
	return g.candidate(i, j, termPeriod)
}

// spacedDots counts the dots of a spaced ellipsis ". . ." starting at i.
func spacedDots(t string, i, be int) (n, end int) {
	n, k := 1, i+1
	for k+1 < be && t[k] == ' ' && t[k+1] == '.' {
		n++
		k += 2
	}
	return n, k
}

// footnote handles a '.' followed directly by a digit: a decimal or dotted
// number ("3.14", "11.18.2014") is not a boundary, but digits glued to the
// period after a word or bracket are footnote marks ("a consultation.11 12
// Take ...", "(type 2).10 This ...") that close the sentence.
func (g *segmenter) footnote(i int) int {
	t, be := g.t, g.be
	prev := t[i-1]
	if !(isLetterByte(prev) || prev == ')' || prev == ']' || prev >= 0x80) {
		return i + 1
	}
	e := digitsEnd(t, i+1, be)
	if e-(i+1) > 3 {
		return i + 1
	}
	for e+1 < be && t[e] == ' ' {
		d := digitsEnd(t, e+1, be)
		if d == e+1 || d-(e+1) > 3 || (d < be && !isSpaceByte(t[d])) {
			break
		}
		e = d
	}
	if e >= be {
		return be
	}
	if !isSpaceByte(t[e]) {
		return i + 1
	}
	n := skipSpace(t, e, be)
	if n < be && startsUpper(t, n, be) {
		g.emit(g.s, e)
		return g.startSentence(n)
	}
	return i + 1
}

func digitsEnd(t string, p, be int) int {
	for p < be && t[p] >= '0' && t[p] <= '9' {
		p++
	}
	return p
}

// glued handles a '.' directly followed by a capital letter: two sentences
// written without a space ("Hello world.Today is Tuesday.") unless the dot
// is part of an abbreviation, initials, a domain, a URL or an e-mail address
// ("U.S.A", "J.Smith", "testurl.Awesome.com", "Jane.Doe@example.com").
func (g *segmenter) glued(i int) int {
	t, be := g.t, g.be
	j := i + 1
	r, sz := utf8.DecodeRuneInString(t[j:be])
	if !unicode.IsUpper(r) || j+sz >= be || !isLowerAt(t, j+sz) {
		return j
	}
	w, ws := g.wordBefore(i)
	if len(w) < 2 || lookupAbbrev(w) != abbrNone || isDotted(w) {
		return j
	}
	if ws > g.s && !isSpaceByte(t[ws-1]) && !isOpenerByte(t[ws-1]) {
		return j // a very long token: a URL or data, not prose
	}
	te := j
	for te < be && te-j < maxWord && !isSpaceByte(t[te]) {
		te++
	}
	tok := t[ws:te]
	if strings.IndexByte(tok, '@') >= 0 || strings.Contains(tok, "://") || hasPrefixFold(tok, "www.") {
		return j
	}
	for k := j; k+1 < te; k++ {
		if t[k] == '.' && isAlnumASCII(t[k+1]) {
			return j // another dot inside: a domain or file name
		}
	}
	g.emit(g.s, j)
	return g.startSentence(j)
}

// excl handles '!' or '?' at i.
func (g *segmenter) excl(i int) int {
	t, be := g.t, g.be
	if i == g.s || spaceBefore(t, g.s, i) > 0 {
		return i + 1 // "!Xóõ" and the like: not closing anything
	}
	j := i + 1
	for j < be && (t[j] == '!' || t[j] == '?') {
		j++
	}
	return g.candidate(i, j, termExcl)
}

// high handles a non-ASCII rune at i.
func (g *segmenter) high(i int) int {
	t, be := g.t, g.be
	r, sz := utf8.DecodeRuneInString(t[i:be])
	switch r {
	case '“':
		return g.openCurly(i, sz, "“", "”")
	case '‘':
		return g.openCurly(i, sz, "‘", "’")
	case '«':
		return g.openCurly(i, sz, "«", "»")
	case '…':
		if i == g.s {
			return i + sz
		}
		return g.candidate(i, i+sz, termEllipsis)
	case '‼', '⁇', '⁈', '⁉':
		if i == g.s {
			return i + sz
		}
		return g.candidate(i, i+sz, termExcl)
	case '。', '．', '！', '？', '｡':
		// Full-width terminal punctuation needs no following space.
		if i == g.s {
			return i + sz
		}
		e := g.closers(i + sz)
		if e >= be {
			return be
		}
		g.emit(g.s, e)
		return g.startSentence(skipSpace(t, e, be))
	}
	if isBullet(r) && i > g.s && spaceBefore(t, g.s, i) > 0 {
		g.emit(g.s, i)
		return g.startSentence(i)
	}
	return i + sz
}

// open handles an ASCII quote or opening bracket at i: a matched quotation
// or parenthesis is skipped as a whole, since terminal punctuation inside it
// does not end the enclosing sentence; its end is then examined.
func (g *segmenter) open(i int) int {
	t := g.t
	c := t[i]
	var j int
	switch c {
	case '(':
		j = g.matchBracket(i, '(', ')')
	case '[':
		j = g.matchBracket(i, '[', ']')
	default:
		if !g.openerContext(i, 1) {
			return i + 1
		}
		j = g.matchStraight(i, c)
	}
	if j < 0 {
		return i + 1
	}
	return g.afterClose(i, j, 1)
}

// openCurly handles a curly or angle opening quote of size sz at i.
func (g *segmenter) openCurly(i, sz int, open, close string) int {
	if !g.openerContext(i, sz) {
		return i + sz
	}
	j := g.matchCurly(i+sz, open, close)
	if j < 0 {
		return i + sz
	}
	return g.afterClose(i, j, len(close))
}

// openerContext reports whether the quote of size sz at i opens a
// quotation: it starts the sentence or follows white space or an opening
// bracket or dash, and is followed by text.
func (g *segmenter) openerContext(i, sz int) bool {
	t := g.t
	if i+sz >= g.be || isSpaceByte(t[i+sz]) {
		return false
	}
	if i == g.s {
		return true
	}
	switch p := t[i-1]; p {
	case ' ', '\t', '\n', '\r', '(', '[', '{', '-', '/', '"', '\'':
		return true
	}
	if spaceBefore(t, g.s, i) > 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t[g.s:i])
	switch r {
	case '“', '‘', '—', '–', '«':
		return true
	}
	return false
}

// matchBracket returns the index of the bracket closing the one at i, or
// -1 when it is not closed within the block and maxQuote bytes.
func (g *segmenter) matchBracket(i int, open, close byte) int {
	t := g.t
	lim := g.limit(i)
	depth := 0
	for k := i; k < lim; k++ {
		switch t[k] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				g.budget -= k - i
				return k
			}
		}
	}
	g.budget -= lim - i
	return -1
}

// limit returns how far a search for a closing mark starting at i may look,
// and is i itself once the block's budget is spent.
func (g *segmenter) limit(i int) int {
	if g.budget <= 0 {
		return i
	}
	return min(g.be, i+maxQuote, i+g.budget)
}

// matchStraight finds the straight quote q closing the one at i. A quote
// preceded by white space opens another quotation, so the first one is left
// unmatched; a single quote between letters is an apostrophe ("isn't").
func (g *segmenter) matchStraight(i int, q byte) int {
	t := g.t
	lim := g.limit(i)
	k, found := i+1, -1
	for k < lim {
		x := strings.IndexByte(t[k:lim], q)
		if x < 0 {
			k = lim
			break
		}
		k += x
		if isSpaceByte(t[k-1]) {
			// a quote between spaces closes one ("years... " she said);
			// one followed by text opens another quotation
			if k+1 >= g.be || isSpaceByte(t[k+1]) {
				found = k
			}
			break
		}
		if q == '\'' && k+1 < g.be && isWordByte(t[k+1]) {
			k++
			continue
		}
		found = k
		break
	}
	g.budget -= k - i
	return found
}

// matchCurly finds the close quote matching an open one, counting nested
// pairs; a closing single quote followed by a letter is an apostrophe
// ("dragon’s") and one preceded by white space is not closing anything.
func (g *segmenter) matchCurly(from int, open, close string) int {
	t := g.t
	lim := g.limit(from)
	lead := close[0]
	if open[0] != lead {
		return -1 // all pairs used here share their lead byte
	}
	depth := 1
	k, found := from, -1
	for k < lim && found < 0 {
		x := strings.IndexByte(t[k:lim], lead)
		if x < 0 {
			k = lim
			break
		}
		k += x
		switch {
		case strings.HasPrefix(t[k:lim], close):
			if !isSpaceByte(t[k-1]) && !(close == "’" && k+len(close) < g.be && isWordStart(t, k+len(close), g.be)) {
				depth--
				if depth == 0 {
					found = k
					break
				}
			}
			k += len(close)
		case strings.HasPrefix(t[k:lim], open):
			depth++
			k += len(open)
		default:
			k++
		}
	}
	g.budget -= k - from
	return found
}

// afterClose is called with a matched quotation or bracket from i to the
// closing mark at j (cl bytes long). When the quotation ends in terminal
// punctuation, the sentence may end after the closing mark.
func (g *segmenter) afterClose(i, j, cl int) int {
	t := g.t
	p := j
	for p > i+1 {
		// nested closing quotes (`"He said 'stop.'"`) and the space before
		// a spaced closing quote
		c := t[p-1]
		if c == '"' || c == '\'' || c == ' ' {
			p--
			continue
		}
		if c >= 0x80 {
			r, sz := utf8.DecodeLastRuneInString(t[i+1 : p])
			if r == '”' || r == '’' {
				p -= sz
				continue
			}
		}
		break
	}
	if p <= i+1 {
		return j + cl
	}
	switch c := t[p-1]; {
	case c == '.':
		if p-2 > i && t[p-2] == '.' || p-2 > i && t[p-2] == ' ' {
			return g.candidate(p-1, j+cl, termEllipsis)
		}
		return g.candidate(p-1, j+cl, termPeriod)
	case c == '!' || c == '?':
		return g.candidate(p-1, j+cl, termExcl)
	case c == '-' && p-2 > i && t[p-2] == '-':
		return g.candidate(p-1, j+cl, termDash)
	case c >= 0x80:
		r, sz := utf8.DecodeLastRuneInString(t[i+1 : p])
		switch r {
		case '…':
			return g.candidate(p-sz, j+cl, termEllipsis)
		case '—':
			return g.candidate(p-sz, j+cl, termDash)
		case '。', '．', '！', '？':
			return g.candidate(p-sz, j+cl, termExcl)
		}
	}
	return j + cl
}

// closers returns the end of the closing quotes, brackets and footnote
// marks ("[7][8]") that follow terminal punctuation ending at e.
func (g *segmenter) closers(e int) int {
	t, be := g.t, g.be
	for e < be {
		switch c := t[e]; c {
		case '"', '\'', ')', ']', '}':
			e++
			continue
		case ' ':
			// a closing quote set off by a space: `wait... " she said`
			if e+1 < be && t[e+1] == '"' && (e+2 == be || isSpaceByte(t[e+2])) {
				e += 2
				continue
			}
		case '[':
			k := e + 1
			for k < be && k-e < 12 && (isDigitByte(t[k]) || t[k] == ',' || t[k] == '-') {
				k++
			}
			if k > e+1 && k < be && t[k] == ']' {
				e = k + 1
				continue
			}
		case 0xE2:
			if strings.HasPrefix(t[e:be], "”") || strings.HasPrefix(t[e:be], "’") || strings.HasPrefix(t[e:be], "›") {
				e += 3
				continue
			}
		case 0xC2:
			if strings.HasPrefix(t[e:be], "»") {
				e += 2
				continue
			}
		}
		break
	}
	return e
}

// candidate is called after terminal punctuation t[ts:te]. It takes the
// closing marks that follow, and if white space and the start of a new
// sentence come next, ends the current sentence there.
func (g *segmenter) candidate(ts, te int, kind int) int {
	t, be := g.t, g.be
	e := g.closers(te)
	if e >= be {
		return be
	}
	sp := spaceLen(t, e)
	if sp == 0 {
		return e
	}
	n := skipSpace(t, e, be)
	if n >= be {
		return be
	}
	if g.boundary(ts, kind, n) {
		g.emit(g.s, e)
		return g.startSentence(n)
	}
	return e
}

// Categories of the first significant character of the next sentence.
const (
	catUpper = iota
	catLower
	catDigit
	catPunct // , ; : ) and the like: the sentence goes on
	catOther // symbols such as $ or #
)

// nextCat skips opening quotes, brackets and dashes at p and classifies the
// first character after them.
func nextCat(t string, p, be int) (int, int) {
	for p < be {
		c := t[p]
		if c < 0x80 {
			switch c {
			case '"', '\'', '(', '[', '{', '-', ' ', '\t', '\n', '\r', '`', '_', '*':
				p++
				continue
			}
			break
		}
		r, sz := utf8.DecodeRuneInString(t[p:be])
		switch r {
		case '“', '‘', '«', '–', '—', '¡', '¿', '‹':
			p += sz
			continue
		}
		if unicode.IsSpace(r) {
			p += sz
			continue
		}
		break
	}
	if p >= be {
		return catPunct, p
	}
	c := t[p]
	switch {
	case c >= 'A' && c <= 'Z':
		return catUpper, p
	case c >= 'a' && c <= 'z':
		if p+1 < be && t[p+1] >= 'A' && t[p+1] <= 'Z' {
			return catUpper, p // "eBay", "iPod": a name in lower case
		}
		return catLower, p
	case c >= '0' && c <= '9':
		return catDigit, p
	case c < 0x80:
		switch c {
		case ',', ';', ':', ')', ']', '}', '.', '!', '?', '/':
			return catPunct, p
		}
		return catOther, p
	}
	r, _ := utf8.DecodeRuneInString(t[p:be])
	switch {
	case unicode.IsUpper(r), unicode.IsTitle(r):
		return catUpper, p
	case unicode.IsLower(r):
		return catLower, p
	case unicode.IsLetter(r):
		return catUpper, p // scripts without case: a new sentence may start
	case unicode.IsDigit(r):
		return catDigit, p
	case unicode.IsPunct(r):
		return catPunct, p
	}
	return catOther, p
}

// boundary decides whether terminal punctuation of the given kind at ts,
// followed by white space and then text at n, ends the sentence.
func (g *segmenter) boundary(ts, kind, n int) bool {
	t, be := g.t, g.be
	if t[n] == '(' && g.closesBlock(n) {
		// a parenthetical aside that ends the paragraph stays with the
		// sentence it comments on
		return false
	}
	cat, f := nextCat(t, n, be)
	if kind != termPeriod {
		if cat == catLower || cat == catPunct {
			return g.isListStart(n)
		}
		if kind == termEllipsis {
			return cat == catUpper || g.isListStart(n)
		}
		return true
	}
	w, ws := g.wordBefore(ts)
	cls := lookupAbbrev(w)
	switch cls {
	case abbrTitle, abbrNever:
		return false
	case abbrNum:
		if cat == catDigit {
			return false
		}
	}
	if cat == catLower || cat == catPunct {
		return g.isListStart(n)
	}
	if cls == abbrNum {
		return true
	}
	single := singleLetter(w)
	dotted := isDotted(w)
	if cat == catDigit {
		return !(single || dotted)
	}
	if cat == catOther {
		return cls == abbrNone && !single && !dotted
	}
	// A capital letter follows.
	switch {
	case cls == abbrTime:
		return g.wordsBefore(ws) >= 3
	case cls == abbrEnd || dotted:
		return isStarter(t, f, be)
	case single:
		if w[0] >= 'a' && w[0] <= 'z' {
			return true
		}
		// An initial ("Jonas E. Smith", "Q. What ...", "by J. R. R.
		// Tolkien"), unless it is the pronoun I after a lower-case word
		// ("you and I. Did you ...") or a letter after a lower-case word
		// followed by a sentence starter ("vitamin C. The ...").
		if ws == g.s || g.prevCapitalised(ws) || isInitialAt(t, f, be) {
			return false
		}
		return w == "I" || isStarter(t, f, be)
	}
	return true
}

// isInitialAt reports whether an initial ("R.") starts at p.
func isInitialAt(t string, p, be int) bool {
	return p+1 < be && t[p] >= 'A' && t[p] <= 'Z' && t[p+1] == '.'
}

// isListStart reports whether an enumerated list item starts at n.
func (g *segmenter) isListStart(n int) bool {
	m, ok := g.parseMarker(n, g.be)
	return ok && m.kind != 0
}

// closesBlock reports whether the bracket at n is closed at the end of the
// block, followed by nothing but punctuation.
func (g *segmenter) closesBlock(n int) bool {
	j := g.matchBracket(n, '(', ')')
	if j < 0 {
		return false
	}
	t := g.t
	for k := j + 1; k < g.be; k++ {
		switch t[k] {
		case '.', '!', '?', '"', '\'', ')', ' ':
		default:
			return false
		}
	}
	return true
}

// wordBefore returns the word ending at p (the text back to white space or
// the sentence start, without opening quotes and brackets) and its start.
func (g *segmenter) wordBefore(p int) (string, int) {
	t := g.t
	ws := p
	lo := max(g.s, p-maxWord)
	for ws > lo && !isSpaceByte(t[ws-1]) {
		ws--
	}
	for ws < p {
		c := t[ws]
		if c == '(' || c == '[' || c == '"' || c == '\'' || c == '{' {
			ws++
			continue
		}
		if c == 0xE2 && (strings.HasPrefix(t[ws:p], "“") || strings.HasPrefix(t[ws:p], "‘")) {
			ws += 3
			continue
		}
		break
	}
	return t[ws:p], ws
}

// wordsBefore counts the words of the current sentence before p, up to 3
// (looking back at most maxWord bytes; beyond that it answers 3).
func (g *segmenter) wordsBefore(p int) int {
	t := g.t
	n := 0
	in := false
	k := p
	for ; k > g.s && n < 3 && p-k < maxWord; k-- {
		if isSpaceByte(t[k-1]) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	if k > g.s && n < 3 {
		return 3
	}
	return n
}

// prevCapitalised reports whether the word before the one at ws starts with
// a capital letter.
func (g *segmenter) prevCapitalised(ws int) bool {
	t := g.t
	k := ws
	for k > g.s && isSpaceByte(t[k-1]) {
		k--
	}
	w, _ := g.wordBefore(k)
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// singleLetter reports whether w is one letter.
func singleLetter(w string) bool {
	if len(w) == 0 {
		return false
	}
	if len(w) == 1 {
		return isLetterByte(w[0])
	}
	if len(w) > 4 || w[0] < 0x80 {
		return false
	}
	r, sz := utf8.DecodeRuneInString(w)
	return sz == len(w) && unicode.IsLetter(r)
}

// isDotted reports whether w is a dotted abbreviation without its last
// period: short letter groups joined by periods ("U.S", "a.m", "Ph.D").
func isDotted(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	run := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isLetterByte(c):
			run++
			if run > 3 {
				return false
			}
		case c == '.':
			if run == 0 {
				return false
			}
			run = 0
		default:
			return false
		}
	}
	return run > 0
}

// Character helpers.

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func isOpenerByte(c byte) bool {
	return c == '(' || c == '[' || c == '"' || c == '\'' || c == '{'
}

func isLetterByte(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isAlnumASCII(c byte) bool { return isLetterByte(c) || isDigitByte(c) }

// isWordByte: a letter or digit, or any non-ASCII byte (a letter in most
// text), as seen right after an apostrophe.
func isWordByte(c byte) bool { return isAlnumASCII(c) || c >= 0x80 }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func isLowerAt(t string, p int) bool {
	c := t[p]
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(t[p:])
	return unicode.IsLower(r)
}

func startsUpper(t string, p, be int) bool {
	c := t[p]
	if c < 0x80 {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t[p:be])
	return unicode.IsUpper(r) || (unicode.IsLetter(r) && !unicode.IsLower(r))
}

func isWordStart(t string, p, be int) bool {
	c := t[p]
	if c < 0x80 {
		return isAlnumASCII(c)
	}
	r, _ := utf8.DecodeRuneInString(t[p:be])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasLetter reports whether s contains a letter.
func hasLetter(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if isLetterByte(c) {
				return true
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return true
		}
		i += sz
	}
	return false
}

// spaceLen returns the length of the white-space rune at p, or 0. Besides
// ASCII white space it knows the Unicode spaces found in news text (no-break
// space, the U+2000 block, ideographic space) and the invisible byte-order
// mark and zero-width space.
func spaceLen(t string, p int) int {
	c := t[p]
	if c < 0x80 {
		if isSpaceByte(c) {
			return 1
		}
		return 0
	}
	switch c {
	case 0xC2:
		if p+1 < len(t) && (t[p+1] == 0xA0 || t[p+1] == 0x85) {
			return 2
		}
	case 0xE2:
		if p+2 < len(t) {
			b1, b2 := t[p+1], t[p+2]
			if b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8B) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) {
				return 3
			}
			if b1 == 0x81 && b2 == 0x9F {
				return 3
			}
		}
	case 0xE3:
		if p+2 < len(t) && t[p+1] == 0x80 && t[p+2] == 0x80 {
			return 3
		}
	case 0xEF:
		if p+2 < len(t) && t[p+1] == 0xBB && t[p+2] == 0xBF {
			return 3
		}
	}
	return 0
}

// spaceBefore returns the length of a white-space rune ending at p (not
// reaching before lo), or 0.
func spaceBefore(t string, lo, p int) int {
	if p <= lo {
		return 0
	}
	if c := t[p-1]; c < 0x80 {
		if isSpaceByte(c) {
			return 1
		}
		return 0
	}
	for k := 2; k <= 3; k++ {
		if p-k >= lo && spaceLen(t, p-k) == k {
			return k
		}
	}
	return 0
}

func skipSpace(t string, p, end int) int {
	for p < end {
		n := spaceLen(t, p)
		if n == 0 || p+n > end {
			break
		}
		p += n
	}
	return p
}

func trimEnd(t string, start, end int) int {
	for end > start {
		n := spaceBefore(t, start, end)
		if n == 0 {
			break
		}
		end -= n
	}
	return end
}

// SkipSpace returns the first offset in [p, end) of t that does not begin
// white space (ASCII or Unicode, such as a no-break space), or end. Stages
// that move a sentence boundary use it so that sentences stay trimmed by the
// same rule the segmenter applies.
func SkipSpace(t string, p, end int) int { return skipSpace(t, p, end) }
