package text

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

type tok struct {
	text string
	kind TokenKind
}

func tokens(text string) []tok {
	var out []tok
	for _, tk := range Tokenize(text, 0, len(text), nil) {
		out = append(out, tok{text[tk.Start:tk.End], tk.Kind})
	}
	return out
}

func TestTokenize(t *testing.T) {
	W, N, P, S, U := Word, Number, Punct, Symbol, URL
	cases := []struct {
		in   string
		want []tok
	}{
		{"Hello, world!", []tok{{"Hello", W}, {",", P}, {"world", W}, {"!", P}}},
		{"don't O'Brien one’s", []tok{{"don't", W}, {"O'Brien", W}, {"one’s", W}}},
		{"self-made Rolls-Royce", []tok{{"self-made", W}, {"Rolls-Royce", W}}},
		{"the U.S. and Mr. Li", []tok{{"the", W}, {"U.S.", W}, {"and", W}, {"Mr.", W}, {"Li", W}}},
		{"He lives in the U.S.", []tok{{"He", W}, {"lives", W}, {"in", W}, {"the", W}, {"U.S", W}, {".", P}}},
		{"Jonas E. Smith", []tok{{"Jonas", W}, {"E.", W}, {"Smith", W}}},
		{"won 3.14% of 1,000 in 1990s", []tok{{"won", W}, {"3.14", N}, {"%", S}, {"of", W}, {"1,000", N}, {"in", W}, {"1990s", N}}},
		{"$1.5bn (£600m) 5th", []tok{{"$", S}, {"1.5bn", N}, {"(", P}, {"£", S}, {"600m", N}, {")", P}, {"5th", N}}},
		{"at 12:30 on 11.18.2014", []tok{{"at", W}, {"12:30", N}, {"on", W}, {"11.18.2014", N}}},
		{"Wait... what -- now", []tok{{"Wait", W}, {"...", P}, {"what", W}, {"--", P}, {"now", W}}},
		{"“Yes—no…”", []tok{{"“", P}, {"Yes", W}, {"—", P}, {"no", W}, {"…", P}, {"”", P}}},
		{"see https://ex.com/a?b=1. ok", []tok{{"see", W}, {"https://ex.com/a?b=1", U}, {".", P}, {"ok", W}}},
		{"mail kim.lee@ex.org, www.ex.com.", []tok{{"mail", W}, {"kim.lee@ex.org", U}, {",", P}, {"www.ex.com", U}, {".", P}}},
		{"file notes.txt", []tok{{"file", W}, {"notes.txt", W}}},
		{"Zürich café naïve", []tok{{"Zürich", W}, {"café", W}, {"naïve", W}}},
		{"北京 2008", []tok{{"北京", W}, {"2008", N}}},
		{"a\u00a0b\u200bc", []tok{{"a", W}, {"b", W}, {"c", W}}},
		{"", nil},
	}
	for _, tc := range cases {
		got := tokens(tc.in)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Tokenize(%q)\n got  %v\n want %v", tc.in, got, tc.want)
		}
		checkTokens(t, tc.in, 0, len(tc.in), Tokenize(tc.in, 0, len(tc.in), nil))
	}
}

// TestTokenizeRange checks that offsets are into the whole text and that
// bad bounds are clamped instead of panicking.
func TestTokenizeRange(t *testing.T) {
	const in = "One two. Three four."
	got := Tokenize(in, 9, len(in), nil)
	if len(got) != 3 || in[got[0].Start:got[0].End] != "Three" || got[0].Start != 9 {
		t.Fatalf("Tokenize(in, 9, end) = %v", got)
	}
	for _, r := range [][2]int{{-5, 3}, {3, 1000}, {10, 2}, {-1, -1}} {
		toks := Tokenize(in, r[0], r[1], nil)
		checkTokens(t, in, max(r[0], 0), min(r[1], len(in)), toks)
	}
	// start inside a multi-byte rune moves to the next boundary
	const u = "aé b"
	toks := Tokenize(u, 2, len(u), nil)
	if len(toks) != 1 || u[toks[0].Start:toks[0].End] != "b" {
		t.Fatalf("Tokenize(%q, 2, end) = %v", u, toks)
	}
}

func TestTokenizeNoAllocs(t *testing.T) {
	const in = "The U.S. economy grew 3.5% in 2004, said Mr. Greenspan."
	buf := Tokenize(in, 0, len(in), nil)
	allocs := testing.AllocsPerRun(100, func() { buf = Tokenize(in, 0, len(in), buf) })
	if allocs != 0 {
		t.Errorf("Tokenize with a big enough dst allocates %v times, want 0", allocs)
	}
}

func TestTokenKindString(t *testing.T) {
	for k, want := range map[TokenKind]string{Word: "Word", Number: "Number", Punct: "Punct", Symbol: "Symbol", URL: "URL", 0: "TokenKind(0)", 99: "TokenKind(99)"} {
		if got := k.String(); got != want {
			t.Errorf("TokenKind(%d).String() = %q, want %q", uint8(k), got, want)
		}
	}
}

// checkTokens asserts the invariants of a Tokenize result over [lo, hi).
func checkTokens(t testing.TB, text string, lo, hi int, toks []Token) {
	t.Helper()
	prev := int32(lo)
	valid := utf8.ValidString(text)
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || int(tk.End) > hi {
			t.Fatalf("token %d [%d,%d) out of order or range [%d,%d)", i, tk.Start, tk.End, lo, hi)
		}
		if tk.Kind < Word || tk.Kind > URL {
			t.Fatalf("token %d has kind %d", i, tk.Kind)
		}
		if spaceLen(text, int(tk.Start)) > 0 {
			t.Fatalf("token %d %q starts with white space", i, text[tk.Start:tk.End])
		}
		if valid && (!utf8.RuneStart(text[tk.Start]) || (int(tk.End) < len(text) && !utf8.RuneStart(text[tk.End]))) {
			t.Fatalf("token %d [%d,%d) splits a UTF-8 sequence", i, tk.Start, tk.End)
		}
		prev = tk.End
	}
}
