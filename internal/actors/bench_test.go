package actors

import (
	"testing"

	"parley/internal/text"
)

// BenchmarkLoad measures reading, checking and indexing the embedded
// dictionary (what the first Default call costs).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatchAt scans a news-like sentence token by token, as a later
// stage would.
func BenchmarkMatchAt(b *testing.B) {
	d := Default()
	s := "Russian President Vladimir Putin told U.S. envoy Steve Witkoff in the Kremlin on Tuesday that Moscow was ready to talk, while Ukraine's Volodymyr Zelenskyy said in Kyiv that European leaders and NATO should stand firm."
	toks := text.Tokenize(s, 0, len(s), nil)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		for i := 0; i < len(toks); {
			n, _ := d.MatchAt(s, toks, i)
			i += max(n, 1)
		}
	}
}
