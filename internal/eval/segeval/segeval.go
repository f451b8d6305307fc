// Package segeval scores the sentence segmenter of package text on test
// cases in the JSON Lines format of the pragmatic_segmenter "golden rules"
// (one case a line: {"id", "name", "input", "expected", "options"}).
//
// A case passes when the predicted sentences, each trimmed and with runs of
// white space folded to one space, equal the expected ones treated the same
// way. The folding makes the score independent of line wraps inside a
// sentence, which a segmenter that reports offsets into the input cannot
// remove.
package segeval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"parley/internal/text"
)

// Report is the result of scoring one file.
type Report struct {
	// Name is the name given to Run, usually the file name.
	Name string
	// Passed and Total count the cases.
	Passed, Total int
	// Failures lists the cases that did not pass, in input order.
	Failures []Failure
}

// Failure is one case whose predicted sentences differ from the expected.
type Failure struct {
	// ID is the case id as written in the input (a number or a string).
	ID string
	// Name is the case's description.
	Name string
	// Expected and Got are the normalised sentences.
	Expected, Got []string
}

// record is one input line. ID is kept raw because the files use numbers
// but nothing forbids strings.
type record struct {
	ID       json.RawMessage `json:"id"`
	Name     string          `json:"name"`
	Input    *string         `json:"input"`
	Expected []string        `json:"expected"`
	Options  struct {
		DocType string `json:"doc_type"`
	} `json:"options"`
}

// maxLine bounds one input line; the golden-rule cases are a few KB.
const maxLine = 16 << 20

// Run reads cases from r and scores text.SegmentOptions on them; name
// (usually the file name) labels the report and error messages. A case with
// options.doc_type "pdf" is segmented with Options{PDF: true}. Blank lines
// are skipped; a malformed line is an error naming name:line.
func Run(r io.Reader, name string) (*Report, error) {
	rep := &Report{Name: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var sents []text.Sentence
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec record
		dec := json.NewDecoder(bytes.NewReader(b))
		if err := dec.Decode(&rec); err != nil {
			return nil, fmt.Errorf("%s:%d: not a JSON test case: %v", name, line, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("%s:%d: more than one JSON value on the line", name, line)
		}
		if rec.Input == nil {
			return nil, fmt.Errorf("%s:%d: case has no \"input\" string", name, line)
		}
		if rec.Expected == nil {
			return nil, fmt.Errorf("%s:%d: case has no \"expected\" list", name, line)
		}
		opt := text.Options{}
		switch strings.ToLower(rec.Options.DocType) {
		case "", "text", "txt":
		case "pdf":
			opt.PDF = true
		default:
			return nil, fmt.Errorf("%s:%d: unknown options.doc_type %q (want pdf or none)", name, line, rec.Options.DocType)
		}
		in := *rec.Input
		sents = text.SegmentOptions(in, opt, sents)
		got := make([]string, 0, len(sents))
		for _, s := range sents {
			got = append(got, Normalize(in[s.Start:s.End]))
		}
		want := make([]string, 0, len(rec.Expected))
		for _, e := range rec.Expected {
			want = append(want, Normalize(e))
		}
		rep.Total++
		if slices.Equal(got, want) {
			rep.Passed++
			continue
		}
		rep.Failures = append(rep.Failures, Failure{ID: idString(rec.ID), Name: rec.Name, Expected: want, Got: got})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: reading: %v", name, line+1, err)
	}
	return rep, nil
}

// Normalize trims s and folds each run of white space to one space, the
// comparison used for scoring.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(bytes.TrimSpace(raw))
}

// Percent is the share of passed cases, 0 when there are none.
func (r *Report) Percent() float64 {
	if r.Total == 0 {
		return 0
	}
	return 100 * float64(r.Passed) / float64(r.Total)
}

// Write prints the summary line ("golden_en.jsonl: 51/52 passed (98.1%)")
// and, when verbose, every failure with the expected and the predicted
// sentences. Write errors are not reported: the output is for people.
func (r *Report) Write(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "%s: %d/%d passed (%.1f%%)\n", r.Name, r.Passed, r.Total, r.Percent())
	if !verbose {
		return
	}
	for _, f := range r.Failures {
		fmt.Fprintf(w, "\nFAIL %s %s\n", f.ID, f.Name)
		for _, s := range f.Expected {
			fmt.Fprintf(w, "  want: %q\n", s)
		}
		for _, s := range f.Got {
			fmt.Fprintf(w, "  got:  %q\n", s)
		}
	}
}
