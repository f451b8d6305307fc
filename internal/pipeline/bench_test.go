package pipeline

import (
	"bufio"
	"context"
	"io"
	"os"
	"testing"

	"parley/internal/analysis"
	"parley/internal/input"
	"parley/internal/shared"
)

// BenchmarkAnalyze measures `parley analyze` as a whole, on one worker:
// input resolution and format sniffing, reading the JSON Lines documents,
// every stage, re-ordering, and encoding the output, over the BBC articles.
// Run with -cpu=1 for the one-core figure. The file is read from disk on
// each iteration (it stays in the page cache).
func BenchmarkAnalyze(b *testing.B) {
	path := shared.Path(b, "news-corpus/bbc.jsonl")
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	var textBytes int64
	sentences := 0
	ctx := context.Background()
	src := func(emit func(Job) error) error {
		return input.Walk(ctx, []string{path}, input.Options{}, func(it input.Item) error {
			return emit(Job{Doc: it.Doc, Err: it.Err})
		})
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		textBytes, sentences = 0, 0
		out := bufio.NewWriter(io.Discard)
		err := Run(ctx, 1, Options{}, src, func(r Result) error {
			if r.Err != nil {
				return r.Err
			}
			line, err := analysis.Marshal(r.Analysis)
			if err != nil {
				return err
			}
			out.Write(line)
			out.WriteByte('\n')
			textBytes += int64(len(r.Analysis.Text))
			sentences += len(r.Analysis.Sentences)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		out.Flush()
	}
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sentences)/secs, "sentences/s")
	b.ReportMetric(float64(textBytes)/secs/1e6, "text-MB/s")
}
