// Package pipeline runs the analysis stages over documents: one document in,
// one contract Analysis out, with data flowing one way through the stages
// (text → entities, mentions, actors → quotes → events → stories). Later
// stages plug in here as they are built.
package pipeline

import (
	"fmt"
	"strings"

	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/text"
)

// Options configure an analysis run.
type Options struct {
	// Published is the publication date (YYYY-MM-DD) to assume for
	// documents whose metadata gives none (the --published flag). A
	// dateline date is used only when both are absent.
	Published string
}

// Analyzer holds the reusable buffers of one worker. It is not safe for
// concurrent use: give each goroutine its own.
type Analyzer struct {
	opt  Options
	sent []text.Sentence
}

// NewAnalyzer returns an Analyzer for opt.
func NewAnalyzer(opt Options) *Analyzer {
	return &Analyzer{opt: opt}
}

// Analyze runs every stage over d and returns its analysis. It does not
// fail: problems that do not stop the analysis go into Analysis.Errors.
func (az *Analyzer) Analyze(d *doc.Document) *analysis.Analysis {
	a := analysis.New(d)
	if a.Published == "" {
		a.Published = az.opt.Published
	}
	if a.Published == "" && d.Dateline != nil {
		a.Published = datelineDate(d.Dateline)
	}

	az.sent = text.Segment(d.Text, az.sent[:0])
	a.Sentences = make([]analysis.Sentence, 0, len(az.sent))
	for _, s := range az.sent {
		if dl := d.Dateline; dl != nil && s.Start < dl.End && s.End > dl.Start {
			// The dateline is reported on its own and kept out of the
			// first sentence (CONTRACT.md: "dateline").
			s.Start = skipSpace(d.Text, max(s.Start, dl.End), s.End)
			if s.Start >= s.End {
				continue
			}
		}
		a.Sentences = append(a.Sentences, analysis.Sentence{Start: s.Start, End: s.End, Heading: s.Heading})
	}
	return a
}

// datelineDate is the dateline's date as YYYY-MM-DD when its year, month
// and day are all known, else "".
func datelineDate(dl *doc.Dateline) string {
	if dl.Year == 0 || dl.Month == 0 || dl.Day == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", dl.Year, dl.Month, dl.Day)
}

// skipSpace returns the first offset in [i, end) of s that is not white
// space, or end.
func skipSpace(s string, i, end int) int {
	for i < end && strings.IndexByte(" \t\r\n\f\v", s[i]) >= 0 {
		i++
	}
	return i
}
