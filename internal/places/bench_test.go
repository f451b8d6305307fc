package places

import (
	"strings"
	"testing"

	"parley/internal/text"
)

// benchText is a long news-like text of our own: mostly ordinary words,
// with a place name every dozen words or so, as in wire copy.
var benchText = strings.Repeat("KYIV (Wire) - Officials in Kyiv said on Tuesday that drones had struck Kharkiv and Odesa overnight, "+
	"while envoys met in Geneva and later in Abu Dhabi to discuss a ceasefire. The talks, which followed a meeting in "+
	"Washington last month, were described as useful by a spokesperson, who added that further rounds could be held in "+
	"Istanbul or Doha. Shipping in the Black Sea and the Red Sea remained disrupted, and aid convoys waited near Rafah "+
	"before entering Gaza City and Khan Younis. Markets in New York and London barely moved on the news. ", 20)

// BenchmarkMatchAt scans a long text token by token, as a later stage
// would; ns/op divided by the tokens reported gives the cost per token.
func BenchmarkMatchAt(b *testing.B) {
	g := Default()
	toks := text.Tokenize(benchText, 0, len(benchText), nil)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i < len(toks); {
			n, _ := g.MatchAt(benchText, toks, i)
			i += max(n, 1)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(toks)), "ns/token")
}

// BenchmarkLoad measures parsing and indexing the embedded data (what the
// first Default call costs).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// plainText is ordinary prose with capitalised words but no place: the
// path MatchAt takes for almost every token of real text.
var plainText = strings.Repeat("The committee said on Tuesday that the Minister would answer questions about the budget "+
	"after the holiday. Officials added that a decision, which Parliament must approve, was not expected before the "+
	"end of the year, and that the Chairman of the Board had declined to comment on the report. ", 40)

// BenchmarkMatchAtNoPlace measures the no-match path.
func BenchmarkMatchAtNoPlace(b *testing.B) {
	g := Default()
	toks := text.Tokenize(plainText, 0, len(plainText), nil)
	b.SetBytes(int64(len(plainText)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			g.MatchAt(plainText, toks, i)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(toks)), "ns/token")
}
