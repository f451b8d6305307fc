package mentions

import (
	"encoding/json"
	"os"
	"testing"

	"parley/internal/analysis"
	"parley/internal/shared"
)

// TestSharedExample scores Resolve against the hand-written mentions and
// actors of the shared worked example (skipped without ../shared). The
// reading there is one reasonable reading, not the only one, so the test
// asks for most mentions with the same span and actor, and the same code
// for every actor both have.
func TestSharedExample(t *testing.T) {
	raw, err := os.ReadFile(shared.Path(t, "examples/border-talks.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp analysis.Analysis
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatalf("border-talks.expected.json: %v", err)
	}
	out := testResolver.Resolve(Input{Text: exp.Text, Sentences: exp.Sentences, Date: exp.Published, Dateline: exp.Dateline}, nil)
	checkOutput(t, exp.Text, out)
	type key struct{ s, e int }
	got := map[key]string{}
	for _, m := range out.Mentions {
		got[key{m.Start, m.End}] = m.Actor
	}
	same := 0
	for _, m := range exp.Mentions {
		if got[key{m.Start, m.End}] == m.Actor {
			same++
		} else {
			t.Logf("differs: %q (%s), expected actor %s, got %q", m.Text, m.Kind, m.Actor, got[key{m.Start, m.End}])
		}
	}
	t.Logf("%d of %d expected mentions found with the same span and actor", same, len(exp.Mentions))
	if same*100 < len(exp.Mentions)*85 {
		t.Errorf("only %d of %d expected mentions found with the same span and actor", same, len(exp.Mentions))
	}
	codes := map[string]string{}
	for _, a := range out.Actors {
		codes[a.ID] = a.Code
	}
	for _, a := range exp.Actors {
		if c, ok := codes[a.ID]; ok && c != a.Code {
			t.Errorf("actor %s: code %s, expected %s", a.ID, c, a.Code)
		}
	}
}
