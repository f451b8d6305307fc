package nereval

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"IOB1 run", "I-PER I-PER O", []Chunk{{0, 2, "PER"}}},
		{"IOB1 B splits same type", "I-LOC B-LOC I-LOC", []Chunk{{0, 1, "LOC"}, {1, 3, "LOC"}}},
		{"type change splits", "I-ORG I-LOC", []Chunk{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{"IOB2", "B-PER I-PER B-PER O B-MISC", []Chunk{{0, 2, "PER"}, {2, 3, "PER"}, {4, 5, "MISC"}}},
		{"I after O starts", "O I-MISC", []Chunk{{1, 2, "MISC"}}},
		{"IOBES", "B-ORG E-ORG S-LOC O", []Chunk{{0, 2, "ORG"}, {2, 3, "LOC"}}},
		{"chunk at end", "O B-PER", []Chunk{{1, 2, "PER"}}},
		{"malformed tags are O", "foo I-PER X-Y", []Chunk{{1, 2, "PER"}}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Chunks(strings.Fields(tc.tags), nil)
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Chunks(%q) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestAddHandComputed scores one sentence whose counts are worked out by
// hand: gold (IOB1) has PER[0,2) LOC[3,4) LOC[4,5) ORG[6,7); the
// prediction (IOB2) has PER[0,2) LOC[3,5) MISC[6,7). Only PER matches:
// P = 1/3, R = 1/4, F1 = 2/7.
func TestAddHandComputed(t *testing.T) {
	var r Report
	r.Add(strings.Fields("I-PER I-PER O I-LOC B-LOC O I-ORG"),
		strings.Fields("B-PER I-PER O B-LOC I-LOC O B-MISC"))
	if r.Micro != (Counts{Gold: 4, Predicted: 3, Correct: 1}) {
		t.Fatalf("micro counts %+v", r.Micro)
	}
	if !near(r.Micro.Precision(), 1.0/3) || !near(r.Micro.Recall(), 0.25) || !near(r.Micro.F1(), 2.0/7) {
		t.Errorf("micro P/R/F1 = %v %v %v, want 1/3 1/4 2/7", r.Micro.Precision(), r.Micro.Recall(), r.Micro.F1())
	}
	want := map[string]Counts{
		"PER":  {Gold: 1, Predicted: 1, Correct: 1},
		"LOC":  {Gold: 2, Predicted: 1, Correct: 0},
		"ORG":  {Gold: 1, Predicted: 0, Correct: 0},
		"MISC": {Gold: 0, Predicted: 1, Correct: 0},
	}
	for ty, w := range want {
		if c := r.ByType[ty]; c == nil || *c != w {
			t.Errorf("%s counts %+v, want %+v", ty, c, w)
		}
	}
	if r.ByType["LOC"].F1() != 0 || r.ByType["PER"].F1() != 1 {
		t.Errorf("LOC F1 %v, PER F1 %v", r.ByType["LOC"].F1(), r.ByType["PER"].F1())
	}
	if r.Tokens != 7 || r.TokensCorrect != 6 {
		t.Errorf("tokens %d correct %d, want 7 and 6", r.Tokens, r.TokensCorrect)
	}
	if got := r.Types(); !reflect.DeepEqual(got, []string{"LOC", "MISC", "ORG", "PER"}) {
		t.Errorf("Types() = %v", got)
	}
}

func TestCountsZero(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Errorf("zero counts give %v %v %v", c.Precision(), c.Recall(), c.F1())
	}
}

const goldFile = `-DOCSTART- -X- O O

Anna NNP I-NP I-PER
met VBD I-VP O
Karl NNP I-NP I-PER
in IN I-PP O
Oslo NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
grew VBD I-VP O
`

func TestRun(t *testing.T) {
	// A tagger that calls every capitalised word a one-word PER.
	tagger := TaggerFunc(func(sents [][]string) [][]string {
		out := make([][]string, len(sents))
		for i, s := range sents {
			for _, w := range s {
				if w[0] >= 'A' && w[0] <= 'Z' {
					out[i] = append(out[i], "B-PER")
				} else {
					out[i] = append(out[i], "O")
				}
			}
		}
		return out
	})
	r, err := Run(strings.NewReader(goldFile), "gold.txt", tagger)
	if err != nil {
		t.Fatal(err)
	}
	// gold: PER Anna, PER Karl, LOC Oslo, ORG [Acme Corp]; predicted:
	// PER Anna, Karl, Oslo, Acme, Corp: 2 of 5 correct, 2 of 4 found.
	if r.Micro != (Counts{Gold: 4, Predicted: 5, Correct: 2}) || r.Documents != 2 || r.Sentences != 2 || r.Tokens != 9 {
		t.Fatalf("report %+v", r)
	}
	var out bytes.Buffer
	r.Write(&out)
	for _, want := range []string{
		"gold.txt: processed 9 tokens with 4 phrases; found: 5 phrases; correct: 2.",
		"precision:  40.00%; recall:  50.00%; FB1:  44.44",
		"PER: precision:  40.00%; recall: 100.00%; FB1:  57.14  5",
		"LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunErrors(t *testing.T) {
	short := TaggerFunc(func(sents [][]string) [][]string { return nil })
	if _, err := Run(strings.NewReader(goldFile), "gold.txt", short); err == nil || !strings.Contains(err.Error(), "gold.txt: document 1: tagger returned 0 sentences for 1") {
		t.Errorf("err = %v", err)
	}
	if _, err := Run(strings.NewReader("bad\n"), "bad.txt", short); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("err = %v", err)
	}
}

func FuzzChunks(f *testing.F) {
	f.Add("I-PER I-PER O B-PER")
	f.Add("B-ORG E-ORG S-LOC O I-MISC")
	f.Add("E-X I-Y -- B-")
	f.Fuzz(func(t *testing.T, s string) {
		tags := strings.Fields(s)
		cs := Chunks(tags, nil)
		prev := 0
		for _, c := range cs {
			if c.Start < prev || c.End <= c.Start || c.End > len(tags) {
				t.Fatalf("bad chunk %+v in %v", c, cs)
			}
			prev = c.End
		}
		var r Report
		r.Add(tags, tags)
		if r.Micro.Correct != r.Micro.Gold || r.Micro.Gold != len(cs) {
			t.Fatalf("self-comparison not perfect: %+v", r.Micro)
		}
	})
}
