package stories_test

import (
	"context"
	"testing"
	"time"

	"parley/internal/input"
	"parley/internal/pipeline"
	"parley/internal/shared"
	"parley/internal/stories"
)

// BenchmarkBuildBBC measures the stories stage alone over the BBC
// articles: the earlier stages run once before the timer (and are timed,
// to report the stage's cost as a share of analysing: "%analyze"); each
// iteration builds every document's stories again. Run with -cpu 1 for
// the one-core figure; MB/s counts the articles' text.
func BenchmarkBuildBBC(b *testing.B) {
	path := shared.Path(b, "news-corpus/bbc.jsonl")
	var ins []stories.Input
	var size int64
	az := pipeline.NewAnalyzer(pipeline.Options{})
	t0 := time.Now()
	err := input.Walk(context.Background(), []string{path}, input.Options{}, func(it input.Item) error {
		if it.Err != nil {
			return it.Err
		}
		d := it.Doc
		a := az.Analyze(&d)
		ins = append(ins, stories.Input{Text: a.Text, Sentences: a.Sentences, Mentions: a.Mentions, Actors: a.Actors, Quotes: a.Quotes, Events: a.Events, Published: a.Published})
		size += int64(len(a.Text))
		return nil
	})
	analyze := time.Since(t0)
	if err != nil {
		b.Fatal(err)
	}
	var n, about int
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, about = 0, 0
		for _, in := range ins {
			st, qs := stories.Build(in)
			n += len(st)
			for _, q := range qs {
				if len(q.About) > 0 {
					about++
				}
			}
		}
	}
	per := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(100*per/analyze.Seconds(), "%analyze")
	b.ReportMetric(float64(n), "stories")
	b.ReportMetric(float64(about), "quotes-about")
}
