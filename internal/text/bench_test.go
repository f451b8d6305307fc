package text

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"parley/internal/shared"
)

// sharedPath finds rel in the shared development data, accepting both the
// layout shared/<rel> and shared/data/<rel>, and skips when it is absent.
func sharedPath(tb testing.TB, rel string) string {
	tb.Helper()
	if dir, ok := shared.Dir(); ok {
		if _, err := os.Stat(filepath.Join(dir, "data", rel)); err == nil {
			return shared.Path(tb, filepath.Join("data", rel))
		}
	}
	return shared.Path(tb, rel)
}

// loadBBC returns the "text" fields of news-corpus/bbc.jsonl.
func loadBBC(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(sharedPath(tb, "news-corpus/bbc.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("bbc.jsonl: %v", err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

func totalBytes(texts []string) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

// BenchmarkSegment measures sentence segmentation alone over the BBC texts.
func BenchmarkSegment(b *testing.B) {
	texts := loadBBC(b)
	b.SetBytes(totalBytes(texts))
	var sents []Sentence
	n := 0
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			sents = Segment(t, sents)
			n += len(sents)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkTextCore measures the whole text core: Segment, then Tokenize
// over every sentence.
func BenchmarkTextCore(b *testing.B) {
	texts := loadBBC(b)
	b.SetBytes(totalBytes(texts))
	var sents []Sentence
	var toks []Token
	n, ntok := 0, 0
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			sents = Segment(t, sents)
			n += len(sents)
			for _, s := range sents {
				toks = Tokenize(t, s.Start, s.End, toks)
				ntok += len(toks)
			}
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(ntok)/b.Elapsed().Seconds(), "tokens/s")
}
