package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"parley/internal/shared"
	"parley/internal/text"
)

// bbcTexts reads the article texts of the BBC news corpus.
func bbcTexts(tb testing.TB) []string {
	tb.Helper()
	p := shared.Path(tb, "news-corpus/bbc.jsonl")
	f, err := os.Open(p)
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
			tb.Fatalf("%s: %v", p, err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchmarkTag measures tokenization plus tagging of raw BBC articles
// (sentence segmentation is done beforehand: it belongs to the text core).
func BenchmarkTag(b *testing.B) {
	texts := bbcTexts(b)
	if len(texts) > 400 {
		texts = texts[:400]
	}
	sents := make([][]text.Sentence, len(texts))
	total := 0
	for i, t := range texts {
		sents[i] = text.Segment(t, nil)
		total += len(t)
	}
	m := Default()
	var buf Buffers
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, t := range texts {
			m.Tag(t, sents[i], &buf)
		}
	}
}

// BenchmarkLoad measures decoding the embedded model.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
