package pipeline

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"testing"

	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/read/jsonl"
	"parley/internal/shared"
)

// BenchmarkAnalyze measures `parley analyze` as a whole on one goroutine:
// reading JSON Lines documents, running every stage, and encoding the
// output, over the BBC articles. Run with -cpu=1 for the one-core figure.
func BenchmarkAnalyze(b *testing.B) {
	data, err := os.ReadFile(shared.Path(b, "news-corpus/bbc.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var textBytes int64
	sentences := 0
	az := NewAnalyzer(Options{})
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		textBytes, sentences = 0, 0
		out := bufio.NewWriter(io.Discard)
		err := jsonl.Read("bbc.jsonl", bytes.NewReader(data), 16<<20, func(d doc.Document, err error) error {
			if err != nil {
				return err
			}
			a := az.Analyze(&d)
			textBytes += int64(len(d.Text))
			sentences += len(a.Sentences)
			line, err := analysis.Marshal(a)
			out.Write(line)
			out.WriteByte('\n')
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		out.Flush()
	}
	b.StopTimer()
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sentences)/secs, "sentences/s")
	b.ReportMetric(float64(textBytes)/secs/1e6, "text-MB/s")
}
