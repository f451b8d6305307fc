package pos

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"parley/internal/shared"
	"parley/internal/text"
)

// bbcSentences reads the BBC news corpus and tokenizes it into sentences,
// returning the texts, each sentence's tokens, and the total byte count.
func bbcSentences(tb testing.TB, maxDocs int) (texts []string, sents [][]text.Token, owner []int, total int) {
	tb.Helper()
	p := shared.Path(tb, "news-corpus/bbc.jsonl")
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() && len(texts) < maxDocs {
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
	for i, t := range texts {
		total += len(t)
		for _, s := range text.Segment(t, nil) {
			sents = append(sents, text.Tokenize(t, s.Start, s.End, nil))
			owner = append(owner, i)
		}
	}
	return texts, sents, owner, total
}

// BenchmarkTag measures tagging of the BBC articles, already segmented
// and tokenized (those belong to the text core). Bytes are article bytes.
func BenchmarkTag(b *testing.B) {
	texts, sents, owner, total := bbcSentences(b, 400)
	ntok := 0
	for _, s := range sents {
		ntok += len(s)
	}
	m := Default()
	var buf Buffers
	var dst []Tag
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, s := range sents {
			dst = m.Tag(texts[owner[i]], s, dst, &buf)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
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
