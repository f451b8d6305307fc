// Package quoteeval scores quotation and attribution extraction against
// gold data in the PolNeAR JSON Lines format (one article per line, with
// content, cue and source spans as UTF-8 byte offsets).
//
// Three families of numbers are reported:
//
//   - Exact-span precision, recall and F1 for each role (source, cue,
//     content) separately. Every span of a role, over all quotes of a
//     document, is one item; spans are trimmed of white space, quotation
//     marks and edge punctuation first (so `"Yes,"` and `Yes` are the same
//     span) and a span that trims to nothing is dropped. Items match one to
//     one when their trimmed offsets are equal.
//   - Quote-level F1 at overlap thresholds 0.3 and 0.8. The overlap of a
//     gold and a predicted quote is the number of characters their
//     (trimmed) content spans share divided by the length of the longer of
//     the two contents, so that a guess covering a whole sentence does not
//     match a short gold content. Quotes are matched greedily one to one,
//     best overlap first.
//   - Speaker accuracy over the quotes matched at 0.3: a match counts as
//     correct when the predicted source span overlaps the gold one, or when
//     both are empty.
//
// PolNeAR is univocal: every token has at most one role in at most one
// attribution, so an attribution reported inside another one's content is
// never annotated. Predicted quotes with a Within link (nested reports) are
// therefore not scored.
package quoteeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"parley/internal/eval/score"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/internal/analysis"
)

// Extractor finds the quotes of one document text.
type Extractor interface {
	Quotes(text string) []analysis.Quote
}

// ExtractorFunc adapts a function to Extractor.
type ExtractorFunc func(text string) []analysis.Quote

// Quotes calls f.
func (f ExtractorFunc) Quotes(text string) []analysis.Quote { return f(text) }

// GoldQuote is one annotated attribution. Source is empty for an
// attribution without a source; Cue may be empty too.
type GoldQuote struct {
	Kind    string
	Content []analysis.Span
	Cue     []analysis.Span
	Source  []analysis.Span
}

// Document is one gold article.
type Document struct {
	ID     string
	Text   string
	Quotes []GoldQuote
}

type jsonSpan struct {
	StartByte *int `json:"start_byte"`
	EndByte   *int `json:"end_byte"`
}

type jsonQuote struct {
	Type    *string    `json:"type"`
	Content []jsonSpan `json:"content"`
	Cue     []jsonSpan `json:"cue"`
	Source  []jsonSpan `json:"source"`
}

type jsonDoc struct {
	ID     string      `json:"id"`
	Text   *string     `json:"text"`
	Quotes []jsonQuote `json:"quotes"`
}

// maxLine bounds one JSON line (one article); PolNeAR's longest is far
// below it.
const maxLine = 64 << 20

// Read parses PolNeAR JSON Lines from r. name labels errors, which give the
// line number and the reason. Blank lines are skipped. Spans must lie inside
// the text, on UTF-8 boundaries, with start <= end.
func Read(r io.Reader, name string) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxLine)
	var docs []Document
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		d, err := parseLine(b)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return docs, nil
}

func parseLine(b []byte) (Document, error) {
	var jd jsonDoc
	if err := json.Unmarshal(b, &jd); err != nil {
		return Document{}, fmt.Errorf("not a PolNeAR JSON object: %w", err)
	}
	if jd.Text == nil {
		return Document{}, fmt.Errorf("article %q has no \"text\" field", jd.ID)
	}
	d := Document{ID: jd.ID, Text: *jd.Text}
	for qi, jq := range jd.Quotes {
		var q GoldQuote
		if jq.Type != nil {
			q.Kind = *jq.Type
		}
		var err error
		if q.Content, err = spans(d.Text, jq.Content); err == nil {
			if q.Cue, err = spans(d.Text, jq.Cue); err == nil {
				q.Source, err = spans(d.Text, jq.Source)
			}
		}
		if err != nil {
			return Document{}, fmt.Errorf("article %q quote %d: %w", jd.ID, qi+1, err)
		}
		d.Quotes = append(d.Quotes, q)
	}
	return d, nil
}

func spans(text string, js []jsonSpan) ([]analysis.Span, error) {
	var out []analysis.Span
	for _, s := range js {
		if s.StartByte == nil || s.EndByte == nil {
			return nil, fmt.Errorf("span without start_byte/end_byte")
		}
		a, b := *s.StartByte, *s.EndByte
		if a < 0 || b < a || b > len(text) {
			return nil, fmt.Errorf("span [%d:%d] outside the text (%d bytes)", a, b, len(text))
		}
		if (a < len(text) && !utf8.RuneStart(text[a])) || (b < len(text) && !utf8.RuneStart(text[b])) {
			return nil, fmt.Errorf("span [%d:%d] not on UTF-8 character boundaries", a, b)
		}
		out = append(out, analysis.Span{Start: a, End: b})
	}
	return out, nil
}

// Counts are exact-match counts for one role.
type Counts = score.Counts

// Thresholds are the content-overlap thresholds of the quote-level scores.
var Thresholds = [2]float64{0.3, 0.8}

// Report accumulates the scores of one evaluation.
type Report struct {
	// Name labels the report, usually the gold file's name.
	Name string
	// Documents counts the scored articles.
	Documents int
	// Source, Cue and Content are the exact-span counts per role.
	Source, Cue, Content Counts
	// Quote holds the quote-level counts at each of Thresholds.
	Quote [len(Thresholds)]Counts
	// Speaker counts, over the quotes matched at Thresholds[0], those whose
	// source is right (Correct) out of all matched (Gold).
	SpeakerCorrect, SpeakerMatched int
}

// SpeakerAccuracy is SpeakerCorrect/SpeakerMatched.
func (r *Report) SpeakerAccuracy() float64 { return score.Ratio(r.SpeakerCorrect, r.SpeakerMatched) }

// Run reads PolNeAR gold data from r, extracts each article's quotes with x
// and scores them.
func Run(r io.Reader, name string, x Extractor) (*Report, error) {
	docs, err := Read(r, name)
	if err != nil {
		return nil, err
	}
	rep := &Report{Name: name}
	for _, d := range docs {
		rep.Add(d.Text, d.Quotes, x.Quotes(d.Text))
	}
	return rep, nil
}

// item is one prepared quote: trimmed content spans and their length in
// characters.
type item struct {
	content []analysis.Span
	source  []analysis.Span
	length  int
}

// Add scores the predicted quotes of one document against its gold
// quotes. Predicted quotes with a Within link are skipped (see the package
// comment); spans out of the text's range are clamped.
func (r *Report) Add(text string, gold []GoldQuote, pred []analysis.Quote) {
	r.Documents++
	var gs, ps [3][]analysis.Span // source, cue, content
	var gi, pi []item
	for _, q := range gold {
		gs[0] = appendTrimmed(gs[0], text, q.Source...)
		gs[1] = appendTrimmed(gs[1], text, q.Cue...)
		gs[2] = appendTrimmed(gs[2], text, q.Content...)
		gi = append(gi, prepare(text, q.Content, q.Source))
	}
	for _, q := range pred {
		if q.Within != "" {
			continue
		}
		if q.Source != nil {
			ps[0] = appendTrimmed(ps[0], text, *q.Source)
		}
		if q.Cue != nil {
			ps[1] = appendTrimmed(ps[1], text, *q.Cue)
		}
		ps[2] = appendTrimmed(ps[2], text, q.Content...)
		var src []analysis.Span
		if q.Source != nil {
			src = []analysis.Span{clamp(text, *q.Source)}
		}
		pi = append(pi, prepare(text, q.Content, src))
	}
	exact(&r.Source, gs[0], ps[0])
	exact(&r.Cue, gs[1], ps[1])
	exact(&r.Content, gs[2], ps[2])
	r.matchQuotes(text, gi, pi)
}

func prepare(text string, content, source []analysis.Span) item {
	it := item{content: appendTrimmed(nil, text, content...)}
	for _, s := range source {
		s = clamp(text, s)
		if s.End > s.Start {
			it.source = append(it.source, s)
		}
	}
	for _, s := range it.content {
		it.length += utf8.RuneCountInString(text[s.Start:s.End])
	}
	return it
}

// sharedChars counts the characters two sets of spans have in common.
func sharedChars(text string, a, b []analysis.Span) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			s, e := max(x.Start, y.Start), min(x.End, y.End)
			if s < e {
				n += utf8.RuneCountInString(text[s:e])
			}
		}
	}
	return n
}

func spansOverlap(a, b []analysis.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if max(x.Start, y.Start) < min(x.End, y.End) {
				return true
			}
		}
	}
	return false
}

type pair struct {
	g, p    int
	overlap float64
}

func (r *Report) matchQuotes(text string, gold, pred []item) {
	var pairs []pair
	for g := range gold {
		for p := range pred {
			longer := max(gold[g].length, pred[p].length)
			if longer == 0 {
				continue
			}
			n := sharedChars(text, gold[g].content, pred[p].content)
			if n > 0 {
				pairs = append(pairs, pair{g, p, float64(n) / float64(longer)})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].overlap != pairs[j].overlap {
			return pairs[i].overlap > pairs[j].overlap
		}
		if pairs[i].g != pairs[j].g {
			return pairs[i].g < pairs[j].g
		}
		return pairs[i].p < pairs[j].p
	})
	for ti, t := range Thresholds {
		usedG := make([]bool, len(gold))
		usedP := make([]bool, len(pred))
		c := &r.Quote[ti]
		c.Gold += len(gold)
		c.Predicted += len(pred)
		for _, pr := range pairs {
			if pr.overlap < t || usedG[pr.g] || usedP[pr.p] {
				continue
			}
			usedG[pr.g], usedP[pr.p] = true, true
			c.Correct++
			if ti == 0 {
				r.SpeakerMatched++
				gs, ps := gold[pr.g].source, pred[pr.p].source
				if (len(gs) == 0 && len(ps) == 0) || spansOverlap(gs, ps) {
					r.SpeakerCorrect++
				}
			}
		}
	}
}

// exact adds the one-to-one exact matches of two span multisets.
func exact(c *Counts, gold, pred []analysis.Span) {
	c.Gold += len(gold)
	c.Predicted += len(pred)
	less := func(s []analysis.Span) func(i, j int) bool {
		return func(i, j int) bool {
			if s[i].Start != s[j].Start {
				return s[i].Start < s[j].Start
			}
			return s[i].End < s[j].End
		}
	}
	sort.Slice(gold, less(gold))
	sort.Slice(pred, less(pred))
	i, j := 0, 0
	for i < len(gold) && j < len(pred) {
		switch g, p := gold[i], pred[j]; {
		case g == p:
			c.Correct++
			i++
			j++
		case g.Start < p.Start || (g.Start == p.Start && g.End < p.End):
			i++
		default:
			j++
		}
	}
}

func clamp(text string, s analysis.Span) analysis.Span {
	s.Start = min(max(s.Start, 0), len(text))
	s.End = min(max(s.End, s.Start), len(text))
	return s
}

// appendTrimmed appends the trimmed form of each span that is not empty
// once trimmed.
func appendTrimmed(dst []analysis.Span, text string, ss ...analysis.Span) []analysis.Span {
	for _, s := range ss {
		if t := Trim(text, s); t.End > t.Start {
			dst = append(dst, t)
		}
	}
	return dst
}

// Trim narrows s to leave out white space, quotation marks (double, single
// and doubled apostrophes) and punctuation at either edge, the way the
// scores compare spans.
func Trim(text string, s analysis.Span) analysis.Span {
	s = clamp(text, s)
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !trimmable(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !trimmable(r) {
			break
		}
		s.End -= n
	}
	return s
}

// trimmable: white space and punctuation, including all quotation marks,
// but not the symbols that belong to a span's meaning ($, %, #, @).
func trimmable(r rune) bool {
	return r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsPunct(r) && r != '#' && r != '@' && r != '%' && r != '&'
}

// Write prints the report.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "%s: %d documents\n", r.Name, r.Documents)
	fmt.Fprintf(w, "%-14s %9s %9s %9s %7s %7s %7s\n", "exact spans", "gold", "predicted", "correct", "P", "R", "F1")
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-14s %9d %9d %9d %7.3f %7.3f %7.3f\n", name, c.Gold, c.Predicted, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	row("source", r.Source)
	row("cue", r.Cue)
	row("content", r.Content)
	for i, t := range Thresholds {
		row(fmt.Sprintf("quote@%.1f", t), r.Quote[i])
	}
	fmt.Fprintf(w, "speaker accuracy %.3f (%d of %d quotes matched at %.1f)\n", r.SpeakerAccuracy(), r.SpeakerCorrect, r.SpeakerMatched, Thresholds[0])
}

// Baseline is the trivial extractor the real one is measured against:
// every span between a pair of double quotation marks (straight or curly)
// in one paragraph is a direct quote, without source or cue.
func Baseline(text string) []analysis.Quote {
	var out []analysis.Quote
	open := -1
	for i, r := range text {
		switch {
		case r == '\n':
			open = -1
		case r == '"' && open < 0, r == '“':
			open = i
		case (r == '"' || r == '”') && open >= 0:
			out = append(out, analysis.Quote{Kind: "direct", Content: []analysis.Span{{Start: open, End: i + utf8.RuneLen(r)}}})
			open = -1
		}
	}
	return out
}
