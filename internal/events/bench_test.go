package events_test

import (
	"context"
	"testing"

	"parley/internal/actors"
	"parley/internal/events"
	"parley/internal/input"
	"parley/internal/pipeline"
	"parley/internal/shared"
)

// BenchmarkCodeBBC measures the events stage alone over the BBC articles:
// the earlier stages run once before the timer; each iteration codes every
// document again from their output. Run with -cpu 1 for the one-core
// figure; MB/s counts the articles' text.
func BenchmarkCodeBBC(b *testing.B) {
	path := shared.Path(b, "news-corpus/bbc.jsonl")
	var ins []events.Input
	var size int64
	sentences := 0
	az := pipeline.NewAnalyzer(pipeline.Options{})
	err := input.Walk(context.Background(), []string{path}, input.Options{}, func(it input.Item) error {
		if it.Err != nil {
			return it.Err
		}
		d := it.Doc
		a := az.Analyze(&d)
		ins = append(ins, events.Input{Text: a.Text, Sentences: a.Sentences, Mentions: a.Mentions, Actors: a.Actors, Quotes: a.Quotes, Published: a.Published, Dateline: a.Dateline, Dictionary: actors.Default()})
		size += int64(len(a.Text))
		sentences += len(a.Sentences)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	c := events.Default()
	var buf events.Buffers
	var n int
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n = 0
		for _, in := range ins {
			n += len(c.Code(in, &buf))
		}
	}
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sentences)/secs, "sentences/s")
	b.ReportMetric(float64(n), "events")
}
