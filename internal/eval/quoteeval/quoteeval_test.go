package quoteeval

import (
	"math"
	"os"
	"strings"
	"testing"

	"parley/internal/analysis"
	"parley/internal/shared"
)

func sp(a, b int) analysis.Span          { return analysis.Span{Start: a, End: b} }
func ptr(s analysis.Span) *analysis.Span { return &s }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTrim(t *testing.T) {
	text := ` "Yes, we will," `
	cases := []struct {
		in   analysis.Span
		want string
	}{
		{sp(0, len(text)), "Yes, we will"},
		{sp(2, 5), "Yes"},
		{sp(5, 6), ""},
		{sp(-3, 100), "Yes, we will"},
	}
	for _, c := range cases {
		got := Trim(text, c.in)
		if text[got.Start:got.End] != c.want {
			t.Errorf("Trim(%v) = %q, want %q", c.in, text[got.Start:got.End], c.want)
		}
	}
}

// The text of the hand-made document:
//
//	0         1         2         3         4         5
//	012345678901234567890123456789012345678901234567890123456
//	"We will win," Ann said. Bob said the vote was rigged.
const handText = `"We will win," Ann said. Bob said the vote was rigged.`

func handGold() []GoldQuote {
	return []GoldQuote{
		{Kind: "direct", Content: []analysis.Span{sp(0, 14)}, Cue: []analysis.Span{sp(19, 23)}, Source: []analysis.Span{sp(15, 18)}},
		{Kind: "indirect", Content: []analysis.Span{sp(34, 54)}, Cue: []analysis.Span{sp(29, 33)}, Source: []analysis.Span{sp(25, 28)}},
	}
}

func TestAddHandCases(t *testing.T) {
	if handText[15:18] != "Ann" || handText[29:33] != "said" || handText[34:54] != "the vote was rigged." {
		t.Fatal("fixture offsets are off")
	}
	cases := []struct {
		name string
		pred []analysis.Quote
		// expected counts, computed by hand
		src, cue, content Counts
		q3, q8            Counts
		spk, matched      int
	}{
		{
			name: "perfect",
			pred: []analysis.Quote{
				{Content: []analysis.Span{sp(1, 12)}, Cue: ptr(sp(19, 23)), Source: ptr(sp(15, 18))},
				{Content: []analysis.Span{sp(34, 53)}, Cue: ptr(sp(29, 33)), Source: ptr(sp(25, 28))},
			},
			src: Counts{Gold: 2, Predicted: 2, Correct: 2}, cue: Counts{Gold: 2, Predicted: 2, Correct: 2}, content: Counts{Gold: 2, Predicted: 2, Correct: 2},
			q3: Counts{Gold: 2, Predicted: 2, Correct: 2}, q8: Counts{Gold: 2, Predicted: 2, Correct: 2}, spk: 2, matched: 2,
		},
		{
			// Content "vote was rigged" (15 chars) against gold "the vote
			// was rigged" (19 chars): overlap 15/19 = 0.79, a match at
			// 0.3 but not at 0.8. Source "Ann" wrongly given to it.
			name: "partial content, wrong speaker",
			pred: []analysis.Quote{
				{Content: []analysis.Span{sp(38, 53)}, Cue: ptr(sp(29, 33)), Source: ptr(sp(15, 18))},
			},
			src: Counts{Gold: 2, Predicted: 1, Correct: 1}, cue: Counts{Gold: 2, Predicted: 1, Correct: 1}, content: Counts{Gold: 2, Predicted: 1, Correct: 0},
			q3: Counts{Gold: 2, Predicted: 1, Correct: 1}, q8: Counts{Gold: 2, Predicted: 1, Correct: 0}, spk: 0, matched: 1,
		},
		{
			// A whole-text guess trims to 52 characters: against the gold
			// 11 ("We will win") the overlap is 11/52 = 0.21, against the
			// gold 19 ("the vote was rigged") 19/52 = 0.37, so it matches
			// the second at 0.3 only, with a wrong (empty) speaker.
			name: "whole text guess",
			pred: []analysis.Quote{{Content: []analysis.Span{sp(0, len(handText))}}},
			src:  Counts{Gold: 2, Predicted: 0, Correct: 0}, cue: Counts{Gold: 2, Predicted: 0, Correct: 0}, content: Counts{Gold: 2, Predicted: 1, Correct: 0},
			q3: Counts{Gold: 2, Predicted: 1, Correct: 1}, q8: Counts{Gold: 2, Predicted: 1, Correct: 0}, spk: 0, matched: 1,
		},
		{
			// Nested quotes are not scored; an unsourced quote matched to
			// a sourced gold one is a speaker error.
			name: "within skipped, no source",
			pred: []analysis.Quote{
				{Content: []analysis.Span{sp(0, 14)}},
				{Content: []analysis.Span{sp(34, 54)}, Within: "q1"},
			},
			src: Counts{Gold: 2, Predicted: 0, Correct: 0}, cue: Counts{Gold: 2, Predicted: 0, Correct: 0}, content: Counts{Gold: 2, Predicted: 1, Correct: 1},
			q3: Counts{Gold: 2, Predicted: 1, Correct: 1}, q8: Counts{Gold: 2, Predicted: 1, Correct: 1}, spk: 0, matched: 1,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r Report
			r.Add(handText, handGold(), c.pred)
			if r.Source != c.src || r.Cue != c.cue || r.Content != c.content {
				t.Errorf("exact: source %+v cue %+v content %+v, want %+v %+v %+v", r.Source, r.Cue, r.Content, c.src, c.cue, c.content)
			}
			if r.Quote[0] != c.q3 || r.Quote[1] != c.q8 {
				t.Errorf("quote: @0.3 %+v @0.8 %+v, want %+v %+v", r.Quote[0], r.Quote[1], c.q3, c.q8)
			}
			if r.SpeakerCorrect != c.spk || r.SpeakerMatched != c.matched {
				t.Errorf("speaker %d of %d, want %d of %d", r.SpeakerCorrect, r.SpeakerMatched, c.spk, c.matched)
			}
		})
	}
}

func TestGreedyOneToOne(t *testing.T) {
	// One gold quote, two predictions over it: only one may match.
	text := "aaaa bbbb cccc"
	gold := []GoldQuote{{Content: []analysis.Span{sp(0, 14)}}}
	pred := []analysis.Quote{{Content: []analysis.Span{sp(0, 9)}}, {Content: []analysis.Span{sp(0, 14)}}}
	var r Report
	r.Add(text, gold, pred)
	if r.Quote[0] != (Counts{Gold: 1, Predicted: 2, Correct: 1}) {
		t.Errorf("got %+v, want one match of two predictions", r.Quote[0])
	}
	// both empty sources: the speaker counts as right
	if r.SpeakerCorrect != 1 {
		t.Errorf("speaker %d, want 1 (both sources empty)", r.SpeakerCorrect)
	}
}

func TestCountsF1(t *testing.T) {
	c := Counts{Gold: 4, Predicted: 2, Correct: 1}
	// P = 0.5, R = 0.25, F1 = 2*0.125/0.75 = 1/3
	if !near(c.Precision(), 0.5) || !near(c.Recall(), 0.25) || !near(c.F1(), 1.0/3) {
		t.Errorf("P %v R %v F1 %v", c.Precision(), c.Recall(), c.F1())
	}
	if (Counts{}).F1() != 0 {
		t.Error("empty counts must give F1 0")
	}
}

func TestReadErrors(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"not json", "{", "g.jsonl:2: not a PolNeAR JSON object"},
		{"no text", `{"id":"a"}`, `article "a" has no "text"`},
		{"out of range", `{"id":"a","text":"abc","quotes":[{"content":[{"start_byte":1,"end_byte":9}]}]}`, "outside the text"},
		{"reversed", `{"id":"a","text":"abc","quotes":[{"content":[{"start_byte":2,"end_byte":1}]}]}`, "outside the text"},
		{"mid rune", `{"id":"a","text":"é","quotes":[{"content":[{"start_byte":1,"end_byte":2}]}]}`, "UTF-8"},
		{"no offsets", `{"id":"a","text":"abc","quotes":[{"cue":[{"start":1}]}]}`, "without start_byte"},
	}
	for _, c := range cases {
		_, err := Read(strings.NewReader("\n"+c.in+"\n"), "g.jsonl")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want it to contain %q", c.name, err, c.want)
		}
	}
	docs, err := Read(strings.NewReader(`{"id":"a","text":"He said no.","quotes":[{"type":"indirect","content":[{"start_byte":8,"end_byte":11}],"cue":[{"start_byte":3,"end_byte":7}],"source":[{"start_byte":0,"end_byte":2}]}]}`), "g")
	if err != nil || len(docs) != 1 || len(docs[0].Quotes) != 1 || docs[0].Quotes[0].Source[0] != sp(0, 2) {
		t.Fatalf("Read = %+v, %v", docs, err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"id":"a","text":"He said no.","quotes":[{"type":"indirect","content":[{"start_byte":8,"end_byte":11}],"cue":[{"start_byte":3,"end_byte":7}],"source":[{"start_byte":0,"end_byte":2}]}]}`)
	f.Add(`{"id":"b","text":"\"Go,\" she said.","quotes":[{"type":null,"content":[{"start_byte":0,"end_byte":5}],"cue":[],"source":[]}]}` + "\n\n{}")
	f.Add("{\"text\":\"\u00e9\",\"quotes\":[{\"content\":[{\"start_byte\":0,\"end_byte\":2}]}]}")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var r Report
		for _, d := range docs {
			var pred []analysis.Quote
			for _, q := range d.Quotes {
				pred = append(pred, analysis.Quote{Content: q.Content})
			}
			r.Add(d.Text, d.Quotes, pred)
		}
		// scoring gold against itself finds every content span
		if r.Content.Correct != r.Content.Gold {
			t.Fatalf("self-score %+v", r.Content)
		}
	})
}

// TestBaselineDev records the score of a trivial extractor (every double
// quotation as a direct quote without source or cue) on the dev split, the
// floor the real extractor is measured against.
func TestBaselineDev(t *testing.T) {
	path := shared.Path(t, "polnear/dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := Run(f, "dev.jsonl", ExtractorFunc(Baseline))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Write(&b)
	t.Log("\n" + b.String())
	if rep.Quote[0].Correct == 0 {
		t.Error("baseline matched no quote at all")
	}
}
