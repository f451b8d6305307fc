package segeval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/internal/shared"
)

func TestRun(t *testing.T) {
	// Cases written for this test: two pass, one fails (the expected split
	// is wrong on purpose), one needs the pdf option to pass.
	const in = `{"id": 1, "name": "two sentences", "input": "It rained. We stayed in.", "expected": ["It rained.", "We stayed in."]}
{"id": 2, "name": "folded space", "input": "It was  a \n long day.", "expected": ["It was a long day."]}

{"id": "x3", "name": "wrong on purpose", "input": "Mr. Lee left.", "expected": ["Mr.", "Lee left."]}
{"id": 4, "name": "pdf wrap", "input": "A line\nwrapped here.", "expected": ["A line wrapped here."], "options": {"doc_type": "pdf"}}
`
	rep, err := Run(strings.NewReader(in), "mine.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Passed != 3 || rep.Total != 4 {
		t.Fatalf("Passed/Total = %d/%d, want 3/4", rep.Passed, rep.Total)
	}
	if len(rep.Failures) != 1 {
		t.Fatalf("%d failures, want 1", len(rep.Failures))
	}
	f := rep.Failures[0]
	if f.ID != "x3" || f.Name != "wrong on purpose" || len(f.Expected) != 2 || len(f.Got) != 1 || f.Got[0] != "Mr. Lee left." {
		t.Errorf("failure = %+v", f)
	}

	var buf bytes.Buffer
	rep.Write(&buf, false)
	if got, want := buf.String(), "mine.jsonl: 3/4 passed (75.0%)\n"; got != want {
		t.Errorf("Write = %q, want %q", got, want)
	}
	buf.Reset()
	rep.Write(&buf, true)
	for _, want := range []string{"FAIL x3 wrong on purpose", `want: "Mr."`, `got:  "Mr. Lee left."`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("verbose Write lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestRunErrors(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"bad json", "{\"id\": 1, \"input\": \"a\", \"expected\": [\"a\"]}\n{oops\n", "f.jsonl:2: not a JSON test case"},
		{"no input", `{"id": 1, "expected": []}`, `f.jsonl:1: case has no "input" string`},
		{"no expected", `{"id": 1, "input": "a"}`, `f.jsonl:1: case has no "expected" list`},
		{"two values", `{"id": 1, "input": "a", "expected": ["a"]} {}`, "f.jsonl:1: more than one JSON value"},
		{"bad doc type", `{"id": 1, "input": "a", "expected": ["a"], "options": {"doc_type": "odt"}}`, `f.jsonl:1: unknown options.doc_type "odt"`},
		{"wrong type", `{"id": 1, "input": 5, "expected": ["a"]}`, "f.jsonl:1: not a JSON test case"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run(strings.NewReader(tc.in), "f.jsonl")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Run error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestRunEmpty(t *testing.T) {
	rep, err := Run(strings.NewReader("\n\n"), "empty.jsonl")
	if err != nil || rep.Total != 0 || rep.Percent() != 0 {
		t.Fatalf("Run(empty) = %+v, %v", rep, err)
	}
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"  a  b\n\tc  ": "a b c",
		"a\u00a0b":      "a b",
		"":              "",
		"one":           "one",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// dataPath finds rel in the shared data (shared/<rel> or shared/data/<rel>)
// or skips.
func dataPath(tb testing.TB, rel string) string {
	tb.Helper()
	if dir, ok := shared.Dir(); ok {
		if _, err := os.Stat(filepath.Join(dir, "data", rel)); err == nil {
			return shared.Path(tb, filepath.Join("data", rel))
		}
	}
	return shared.Path(tb, rel)
}

// TestGoldenRulesBars asserts the agreed quality bars on the
// pragmatic_segmenter golden rules (skipped without the shared data).
func TestGoldenRulesBars(t *testing.T) {
	bars := []struct {
		file    string
		minPass int
	}{
		{"segmentation-golden-rules/golden_en.jsonl", 50},
		{"segmentation-golden-rules/english_spec_other.jsonl", 107},
	}
	for _, b := range bars {
		p := dataPath(t, b.file)
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Run(f, filepath.Base(p))
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		rep.Write(&buf, false)
		t.Log(strings.TrimSpace(buf.String()))
		if rep.Passed < b.minPass {
			buf.Reset()
			rep.Write(&buf, true)
			t.Errorf("%s: %d passed, bar is %d\n%s", b.file, rep.Passed, b.minPass, buf.String())
		}
	}
}
