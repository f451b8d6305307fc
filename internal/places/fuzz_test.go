package places

import (
	"strings"
	"testing"
	"unicode/utf8"

	"parley/internal/text"
)

// FuzzParse feeds arbitrary text to the data file parser, then builds and
// queries a gazetteer from what it accepts: nothing may panic, errors must
// name the input, and every accepted place must be findable by its name.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"# only a comment\n",
		"city RUR 45.1 15.2 Strelsau | Strelsau Town\nregion - -10 170 Far Reach\n",
		"capital RUR 45.10 15.20 Strelsau\ncountry RUR 45 15 Ruritania | The Ruritanian Kingdom\n",
		"sea - 1 2 Sea of Stars | Star Sea\nsite RUR 1 2 Zenda's Castle | St. Zenda\n",
		"city RUR 1e1 -1e2 Éclair-sur-Mer | ECLAIR\n",
		"town RUR 1 2 X\n",
		"city RUR NaN 2 X\n",
		"city - 1 2 X\n",
		"city RUR 1 2 X | | Y\n",
		"\ufeffcity\tRUR\t1\t2\tTabbed Name\r\n",
		"city RUR 1 2 \xff\n",
		"city RUR 1 2 A\ncity RUR 1 2 a\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		es, err := parse(strings.NewReader(data), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		g, err := build([][]entry{es})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("build error does not name the input: %v", err)
			}
			return
		}
		for _, p := range g.Places() {
			for _, n := range g.Names(p) {
				q, ok := g.Lookup(n)
				if !ok || q != p {
					t.Fatalf("Lookup(%q) = %v, %v; want %s", n, q, ok, p.Name)
				}
				s := n + " x"
				toks := text.Tokenize(s, 0, len(s), nil)
				if k, q := g.MatchAt(s, toks, 0); k == 0 || q == nil {
					t.Fatalf("MatchAt(%q) found nothing; want %s", n, p.Name)
				}
			}
		}
	})
}

// FuzzMatchAt runs MatchAt at every token of arbitrary text: it must not
// panic, must match within the tokens, and what it matches must look the
// name up again.
func FuzzMatchAt(f *testing.F) {
	for _, s := range []string{
		"",
		"Talks in Geneva and then KYIV, Kyiv's, Kyiv’s, the U.S. and the U.S.",
		"NEW YORK — Gaza City, Gaza, Khan Younis; Sharm el-Sheikh.",
		"it was a nice split; Nice and Split",
		"Zürich Zurich ZÜRICH ß Straße İstanbul",
		"St. Petersburg St Petersburg Saint Petersburg",
		strings.Repeat("Democratic Republic of the ", 5) + "Congo",
		"\xff\xfe Moscow" + strings.Repeat("a", 200),
	} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		toks := text.Tokenize(s, 0, len(s), nil)
		for i := range toks {
			n, p := g.MatchAt(s, toks, i)
			if n < 0 || i+n > len(toks) || (n == 0) != (p == nil) {
				t.Fatalf("MatchAt(%q, %d) = %d, %v", s, i, n, p)
			}
			if n == 0 {
				continue
			}
			if !utf8.ValidString(p.Name) {
				t.Fatalf("invalid name %q", p.Name)
			}
		}
	})
}
