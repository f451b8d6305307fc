package mentions

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/shared"
	"parley/internal/text"
)

// loadBBC returns the BBC articles of the shared corpus with their
// sentences, or skips.
func loadBBC(tb testing.TB) ([]string, [][]analysis.Sentence) {
	tb.Helper()
	f, err := os.Open(shared.Path(tb, "news-corpus/bbc.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	var sents [][]analysis.Sentence
	var buf []text.Sentence
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
		sents = append(sents, toSentences(rec.Text, &buf))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts, sents
}

func toSentences(txt string, buf *[]text.Sentence) []analysis.Sentence {
	*buf = text.Segment(txt, *buf)
	ss := make([]analysis.Sentence, len(*buf))
	for i, s := range *buf {
		ss[i] = analysis.Sentence{Start: s.Start, End: s.End, Heading: s.Heading}
	}
	return ss
}

// BenchmarkResolve measures mention finding and resolution alone over the
// BBC articles, with the dictionary and no NER entities (segmentation is
// done beforehand). Run with -cpu=1 for the one-core figure.
func BenchmarkResolve(b *testing.B) {
	texts, sents := loadBBC(b)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	r := NewResolver(actors.Default())
	var buf Buffers
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	mentions := 0
	for range b.N {
		mentions = 0
		for i, t := range texts {
			out := r.Resolve(Input{Text: t, Sentences: sents[i], Date: "2005-06-01"}, &buf)
			mentions += len(out.Mentions)
		}
	}
	b.ReportMetric(float64(mentions), "mentions/corpus")
}
