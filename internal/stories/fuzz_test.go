package stories

import (
	"strings"
	"testing"
	"unicode/utf8"

	"parley/internal/analysis"
)

// FuzzStance: any text gives one of the stance words, the same each time,
// without panicking.
func FuzzStance(f *testing.F) {
	for _, s := range []string{
		"The talks were candid and constructive.",
		"There has been some progress, but a lot of work remains",
		"not, no, never constructive n't",
		"“quoted” ‘words’ — dashes – and … ellipses",
		"declined to give any details; would not be made public",
		"ÉLYSÉE said the talks didn’t fail",
		"\xff\xfe broken utf-8 progress",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Stance(s)
		switch got {
		case "", "positive", "negative", "mixed":
		default:
			t.Fatalf("Stance(%q) = %q", s, got)
		}
		if again := Stance(s); again != got {
			t.Fatalf("Stance(%q) = %q, then %q", s, got, again)
		}
	})
}

// FuzzLexicon: the data-file reader accepts or rejects any text with an
// error, never a panic; a lexicon it accepts works.
func FuzzLexicon(f *testing.F) {
	for _, s := range []string{
		"code 040 talks happening\nkind talks diplomacy talks | meeting\n",
		"positive adj very good\nnegator not\nhedge some\nfiller a the\n",
		"undisclosed declin* to give details\nrelay report back\n",
		"issue territory | security guarantees\ntopic border\nenvoy envoy\nboundary separately\n",
		"positive other *\nkind x y | \ncode 99999 x statement\n",
		"# only a comment\n\n\t \n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lx := newLexicon()
		if err := lx.read(strings.NewReader(s), "fuzz"); err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		lx.finish()
		lower := lowerASCII(nil, "the talks were very good but not constructive; declined to give details")
		lx.stanceHits(lower, 0, len(lower), nil, nil)
		lx.code("0401")
	})
}

// FuzzBuild: Build never panics on a text of any shape, whatever the
// offsets the earlier stages give, and returns non-nil slices.
func FuzzBuild(f *testing.F) {
	f.Add("Ruritania met Freedonia in Zenda. The meeting was good.\n\nThe envoy will report back.", 0, 9, 14, 23, 0, 33)
	f.Add("A\nB. C", 0, 1, 2, 4, 3, 6)
	f.Add("", 0, 0, 0, 0, 0, 0)
	f.Add("x", -5, 100, 1<<20, -1, 7, 3)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, s1, s2 int) {
		if !utf8.ValidString(text) {
			return
		}
		in := Input{
			Text:      text,
			Sentences: []analysis.Sentence{{Start: 0, End: s1}, {Start: s1, End: s2}, {Start: s2, End: len(text)}},
			Mentions:  []analysis.Mention{{Start: a, End: b, Actor: "rur-gov", Text: "the envoy"}, {Start: c, End: d, Actor: "fre-gov"}},
			Actors:    []analysis.Actor{{ID: "rur-gov", Country: "RUR", Role: "envoy"}, {ID: "fre-gov", Code: "FREGOV"}},
			Events: []analysis.Event{
				{ID: "e1", Sentence: a % 4, Source: []string{"rur-gov"}, Target: []string{"fre-gov"}, Code: "040", Modality: "asserted", Evidence: analysis.Span{Start: a, End: b}},
				{ID: "e2", Sentence: b % 5, Source: []string{"fre-gov"}, Target: []string{"rur-gov", "x"}, Code: "112", Evidence: analysis.Span{Start: c, End: d}},
				{ID: "e3", Sentence: c % 3, Source: []string{"fre-gov"}, Target: []string{"rur-gov"}, Code: "036", Modality: "future", Via: []string{"v"}},
				{ID: "e4", Sentence: d, Code: "1"},
			},
			Quotes: []analysis.Quote{
				{ID: "q1", Speaker: "rur-gov", Content: []analysis.Span{{Start: a, End: d}}, Cue: &analysis.Span{Start: c, End: b}},
				{ID: "q2", Speaker: "fre-gov", Content: []analysis.Span{{Start: s1, End: s2}}},
				{ID: "q3"},
			},
		}
		st, qs := Build(in)
		if st == nil || qs == nil || len(qs) != 3 {
			t.Fatalf("Build gave %v, %v", st, qs)
		}
	})
}
