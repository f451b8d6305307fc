package text

import "testing"

var fuzzSeeds = []string{
	"",
	"Hello. World!",
	"Dr. A. B. Smith went to the U.S. In 2004 he left... \"Why?\" (Nobody knew.)",
	"1. one 2. two\n\na) x b) y\n- bullet\n• dot ⁃9. item",
	"\"Open quote never closed. Next.",
	"'single' and ‘curly’ and “double” quotes.” stray",
	"line one \nline two\r\nline three\rfour\n\n\n",
	"consultation.11 12 Take it.[3][4] Then (a (b) c",
	"price $1.5bn, 3.14%, 1,000.That is it. . . . And . . . more....",
	"www.example.Com and jane.doe@example.org. https://x.y/z.html.",
	"全角．句点。！？ «Oui.» ‼ ⁉",
	"\xff\xfe invalid \xc3 utf8 \xe2\x80. X",
	"( [ \" ' “ ‘ « unbalanced openers everywhere. Next one.",
	"a.m. p.m. e.g. i.e. No. 5 p. 7 Sept. 30 vs. etc. Inc. Co. Ltd.",
}

func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, pdf bool) {
		ss := SegmentOptions(text, Options{PDF: pdf}, nil)
		checkSentences(t, text, ss)
		// determinism and reuse: a second run into the old slice agrees
		again := SegmentOptions(text, Options{PDF: pdf}, ss[:0:0])
		if len(again) != len(ss) {
			t.Fatalf("second run gave %d sentences, first %d", len(again), len(ss))
		}
		for i := range ss {
			if ss[i] != again[i] {
				t.Fatalf("second run differs at %d: %v vs %v", i, again[i], ss[i])
			}
			checkTokens(t, text, ss[i].Start, ss[i].End, Tokenize(text, ss[i].Start, ss[i].End, nil))
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0, len(s))
		f.Add(s, 1, len(s)-1)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		toks := Tokenize(text, start, end, nil)
		lo, hi := max(start, 0), min(end, len(text))
		if lo > hi {
			if len(toks) != 0 {
				t.Fatalf("empty range gave %d tokens", len(toks))
			}
			return
		}
		checkTokens(t, text, lo, hi, toks)
	})
}
