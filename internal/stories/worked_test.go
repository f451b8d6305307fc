package stories_test

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"parley/internal/analysis"
	"parley/internal/pipeline"
	"parley/internal/read/plaintext"
	"parley/internal/shared"
	"parley/internal/stories"
)

// TestWorkedExample runs the pipeline over the contract's worked example
// (../shared/examples/border-talks.txt) and builds its stories: one talks
// story between India and China in Beijing, with China's account positive,
// India's mixed, the undisclosed details and Pakistan blamed, as the
// example's `stories` entry describes it. The events stage is still
// growing, so the test asserts what the stories stage owns.
func TestWorkedExample(t *testing.T) {
	path := shared.Path(t, "examples/border-talks.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := plaintext.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	a := pipeline.NewAnalyzer(pipeline.Options{Published: "2025-03-12"}).Analyze(&d)
	st, qs := stories.Build(stories.Input{Text: a.Text, Sentences: a.Sentences, Mentions: a.Mentions, Actors: a.Actors, Quotes: a.Quotes, Events: a.Events, Published: a.Published})
	if testing.Verbose() {
		out, _ := json.MarshalIndent(struct {
			Stories []analysis.Story
			Quotes  []analysis.Quote
		}{st, qs}, "", "  ")
		t.Logf("%s", out)
	}
	if len(st) != 1 {
		t.Fatalf("got %d stories, want 1 (the talks)", len(st))
	}
	s := st[0]
	if s.Kind != "talks" || s.Location == nil || s.Location.Name != "Beijing" {
		t.Errorf("kind %q location %+v, want talks in Beijing", s.Kind, s.Location)
	}
	for _, p := range []string{"ind-gov", "chn-gov"} {
		if !slices.Contains(s.Participants, p) {
			t.Errorf("participants %v lack %s", s.Participants, p)
		}
	}
	want := map[string]string{"CHN": "positive", "IND": "mixed"}
	for _, acc := range s.Accounts {
		if w, ok := want[acc.Side]; ok {
			if acc.Stance != w {
				t.Errorf("side %s stance %s, want %s (%s)", acc.Side, acc.Stance, w, acc.Summary)
			}
			delete(want, acc.Side)
		}
	}
	if len(want) > 0 {
		t.Errorf("no account for %v; accounts %+v", want, s.Accounts)
	}
	if !s.Undisclosed {
		t.Error("undisclosed is false; the details \"would not be made public\"")
	}
	if !slices.Contains(s.Blamed, "pak-gov") {
		t.Errorf("blamed %v lacks pak-gov", s.Blamed)
	}
}
