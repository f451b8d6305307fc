// Package pipeline runs the analysis stages over documents: one document in,
// one contract Analysis out, with data flowing one way through the stages
// (text → entities, mentions, actors → quotes → events → stories). Later
// stages plug in here as they are built.
package pipeline

import (
	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/read"
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
			s.Start = text.SkipSpace(d.Text, max(s.Start, dl.End), s.End)
			if s.Start >= s.End {
				continue
			}
		}
		if len(a.Sentences) == 0 && d.Title != "" && d.Text[s.Start:s.End] == d.Title {
			// The reader took the first line for the headline (it may end
			// in "?" or "!", which the segmenter alone would not call a
			// heading): a headline is a heading sentence.
			s.Heading = true
		}
		a.Sentences = append(a.Sentences, analysis.Sentence{Start: s.Start, End: s.End, Heading: s.Heading})
	}
	return a
}

// datelineDate is the dateline's date as YYYY-MM-DD when its year, month
// and day are all known and make a real date, else "".
func datelineDate(dl *doc.Dateline) string {
	return read.YMD(dl.Year, dl.Month, dl.Day)
}
