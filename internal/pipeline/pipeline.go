// Package pipeline runs the analysis stages over documents: one document in,
// one contract Analysis out, with data flowing one way through the stages
// (text → entities (NER) → mentions and actors → quotes → events →
// stories). Events and stories plug in here as they are built.
package pipeline

import (
	"strings"
	"sync"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/events"
	"parley/internal/mentions"
	"parley/internal/ner"
	"parley/internal/quotes"
	"parley/internal/read"
	"parley/internal/stories"
	"parley/internal/text"
)

// Options configure an analysis run.
type Options struct {
	// Published is the publication date (YYYY-MM-DD) to assume for
	// documents whose metadata gives none (the --published flag). A
	// dateline date is used only when both are absent.
	Published string
	// Actors is the actor dictionary mentions are resolved with; nil is
	// the embedded one (actors.Default).
	Actors *actors.Dictionary
	// Events is the event coder, with users' patterns added; nil is the
	// embedded one (events.Default).
	Events *events.Coder
}

// Analyzer holds the reusable buffers of one worker. It is not safe for
// concurrent use: give each goroutine its own.
type Analyzer struct {
	opt      Options
	sent     []text.Sentence
	nerSent  []text.Sentence
	nerBuf   ner.Buffers
	resolver *mentions.Resolver
	menBuf   mentions.Buffers
	quoteBuf quotes.Buffers
	eventBuf events.Buffers
	dict     *actors.Dictionary
}

// defaultResolver resolves with the embedded dictionary; it is read-only,
// so every worker shares it.
var defaultResolver = sync.OnceValue(func() *mentions.Resolver { return mentions.NewResolver(actors.Default()) })

// NewAnalyzer returns an Analyzer for opt.
func NewAnalyzer(opt Options) *Analyzer {
	r := defaultResolver
	if opt.Actors != nil {
		d := opt.Actors
		r = func() *mentions.Resolver { return mentions.NewResolver(d) }
	}
	d := opt.Actors
	if d == nil {
		d = actors.Default()
	}
	return &Analyzer{opt: opt, resolver: r(), dict: d}
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

	// Names (NER) over the final sentences, then mentions, actors and
	// the entities' actors.
	ents := az.entities(d.Text, a.Sentences, a.Dateline)
	out := az.resolver.Resolve(mentions.Input{
		Text:      d.Text,
		Sentences: a.Sentences,
		Entities:  ents,
		Date:      a.Published,
		Dateline:  a.Dateline,
	}, &az.menBuf)
	a.Entities, a.Mentions, a.Actors = out.Entities, out.Mentions, out.Actors

	// Quotations and attributions, their speakers taken from the mentions.
	if q := quotes.Default().Extract(d.Text, a.Sentences, a.Mentions, &az.quoteBuf); len(q) > 0 {
		a.Quotes = q
	}

	// Events: who did what to whom, from the sentences, the mentions'
	// actors and the quotes that report them.
	coder := az.opt.Events
	if coder == nil {
		coder = events.Default()
	}
	if ev := coder.Code(events.Input{
		Text:      d.Text,
		Sentences: a.Sentences,
		Mentions:  a.Mentions,
		Actors:    a.Actors,
		Quotes:    a.Quotes,
		Published: a.Published,
		Dateline:  a.Dateline,

		Dictionary: az.dict,
	}, &az.eventBuf); len(ev) > 0 {
		a.Events = ev
		a.Actors = append(a.Actors, az.eventBuf.Actors()...)
	}

	// Stories: the events grouped by happening, with each side's account;
	// the quotes about a story get `about` and `stance`.
	a.Stories, a.Quotes = stories.Build(stories.Input{
		Text:       d.Text,
		Sentences:  a.Sentences,
		Mentions:   a.Mentions,
		Actors:     a.Actors,
		Quotes:     a.Quotes,
		Events:     a.Events,
		Published:  a.Published,
		Dictionary: az.dict,
	})
	return a
}

// entities runs the NER stage over the sentences and returns its
// entities in the contract's form and in text order (a new slice: the
// analysis keeps it), with the dateline's place names first when the
// dateline comes before the body.
func (az *Analyzer) entities(txt string, sents []analysis.Sentence, dl *analysis.Dateline) []analysis.Entity {
	az.nerSent = az.nerSent[:0]
	for _, s := range sents {
		az.nerSent = append(az.nerSent, text.Sentence{Start: s.Start, End: s.End, Heading: s.Heading})
	}
	var found []ner.Entity
	if len(az.nerSent) > 0 {
		found = ner.Default().Tag(txt, az.nerSent, &az.nerBuf) // the NER stage; to run without it, leave found empty
	}
	ents := make([]analysis.Entity, 0, len(found)+2)
	places := datelinePlaces(txt, dl)
	for _, e := range found {
		if e.Start < 0 || e.End > len(txt) || e.Start >= e.End {
			continue
		}
		for len(places) > 0 && places[0].Start < e.Start {
			ents, places = append(ents, places[0]), places[1:]
		}
		ents = append(ents, analysis.Entity{Start: e.Start, End: e.End, Text: txt[e.Start:e.End], Type: e.Type, Subtype: e.Subtype})
	}
	return append(ents, places...)
}

// datelinePlaces returns the place names of the dateline as LOC entities:
// entities include datelines (CONTRACT.md), and the dateline is kept out
// of the sentences NER sees. The dateline reader only changes the case of
// the place it found at the dateline's start ("GAZA CITY, Gaza Strip" is
// "Gaza City, Gaza Strip"), so each comma-separated part is located there.
func datelinePlaces(txt string, dl *analysis.Dateline) []analysis.Entity {
	if dl == nil || dl.Place == "" || dl.Start+len(dl.Place) > len(txt) {
		return nil
	}
	raw := txt[dl.Start : dl.Start+len(dl.Place)]
	if !strings.EqualFold(raw, dl.Place) {
		return nil
	}
	var out []analysis.Entity
	off := dl.Start
	for _, part := range strings.Split(raw, ", ") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, analysis.Entity{Start: off, End: off + len(part), Text: part, Type: "LOC"})
		}
		off += len(part) + len(", ")
	}
	return out
}

// datelineDate is the dateline's date as YYYY-MM-DD when its year, month
// and day are all known and make a real date, else "".
func datelineDate(dl *doc.Dateline) string {
	return read.YMD(dl.Year, dl.Month, dl.Day)
}
