package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parley/internal/store"
)

// The articles in testdata/stories are our own: two outlets report the same
// Armenia-Azerbaijan talks in Geneva with different emphasis (day1/harbour
// and day1/meridian), a third outlet runs a lightly edited copy of the first
// (day1/lakeside), an unrelated Japan-South Korea meeting in Tokyo happens
// the same day (day1/meridian-tokyo-trade), and a follow-up a day later
// reports the minister's briefing on the same talks (day2).

// storiesJSON runs parley stories --json and decodes it.
func storiesJSON(t *testing.T, db string, extra ...string) []store.StoryItem {
	t.Helper()
	code, out, errs := parley(t, "", append([]string{"stories", "--db", db, "--json"}, extra...)...)
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, errs)
	}
	var list []store.StoryItem
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var it store.StoryItem
		if err := dec.Decode(&it); err != nil {
			t.Fatalf("stories --json: %v in %q", err, out)
		}
		list = append(list, it)
	}
	return list
}

// storyWithSides finds the talks story between exactly these sides.
func storyWithSides(list []store.StoryItem, sides ...string) *store.StoryItem {
	for i := range list {
		if list[i].Kind == "talks" && slices.Equal(list[i].Sides, sides) {
			return &list[i]
		}
	}
	return nil
}

func TestStoriesAcrossDocuments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stories.db")
	code, _, errs := parley(t, "", "ingest", "--db", db, "testdata/stories/day1")
	if code != 0 {
		t.Fatalf("ingest day1: exit %d: %s", code, errs)
	}
	list := storiesJSON(t, db)
	geneva := storyWithSides(list, "ARM", "AZE")
	tokyo := storyWithSides(list, "JPN", "KOR")
	if geneva == nil || tokyo == nil {
		t.Fatalf("want a Geneva (ARM, AZE) and a Tokyo (JPN, KOR) talks story, got %+v", list)
	}
	// Two outlets, one story; the copy is a source but not counted again.
	if geneva.Sources != 2 {
		t.Errorf("Geneva talks after day 1: %d sources, want 2 (the Lakeside copy not counted)", geneva.Sources)
	}
	if tokyo.Sources != 1 || tokyo.ID == geneva.ID {
		t.Errorf("the Tokyo meeting the same day must stay apart: %+v", tokyo)
	}

	// The follow-up a day later is about the same talks: it joins them.
	code, _, errs = parley(t, "", "ingest", "--db", db, "testdata/stories/day2")
	if code != 0 {
		t.Fatalf("ingest day2: exit %d: %s", code, errs)
	}
	list = storiesJSON(t, db)
	if g := storyWithSides(list, "ARM", "AZE"); g == nil || g.ID != geneva.ID || g.Sources != 3 {
		t.Errorf("after the follow-up, the Geneva story is %+v; want %s with 3 sources", g, geneva.ID)
	}

	// Re-ingesting both days changes nothing.
	_, before, _ := parley(t, "", "stories", "--db", db)
	code, out, _ := parley(t, "", "ingest", "--db", db, "testdata/stories")
	if code != 0 || !strings.Contains(out, "nothing changed") {
		t.Errorf("re-ingest: exit %d, %q", code, out)
	}
	if _, after, _ := parley(t, "", "stories", "--db", db); after != before {
		t.Errorf("re-ingest changed the stories:\n%s\nvs\n%s", before, after)
	}
	if !strings.Contains(before, geneva.ID) || !strings.Contains(before, "3 sources") {
		t.Errorf("stories output lacks the Geneva story with 3 sources:\n%s", before)
	}

	// The brief: both sides' accounts, quotes with speakers, every source.
	code, brief, errs := parley(t, "", "story", "--db", db, geneva.ID)
	if code != 0 {
		t.Fatalf("story: exit %d: %s", code, errs)
	}
	for _, want := range []string{"Geneva", "2025-03-10", "ARM:", "AZE:", "Ararat Mirzoyan", "Jeyhun Bayramov",
		"no breakthrough", "constructive", "harbour-geneva-talks", "meridian-geneva-talks", "harbour-geneva-followup",
		"Lakeside Courier", "(copy of harbour-geneva-talks)", "Meridian Daily, 2025-03-10"} {
		if !strings.Contains(brief, want) {
			t.Errorf("the brief lacks %q:\n%s", want, brief)
		}
	}
	if strings.Contains(brief, "Tokyo") || strings.Contains(brief, "Iwaya") {
		t.Errorf("the Tokyo meeting leaked into the Geneva brief:\n%s", brief)
	}

	// --json is the same brief as data.
	code, js, _ := parley(t, "", "story", "--db", db, "--json", geneva.ID)
	var b store.StoryBrief
	if err := json.Unmarshal([]byte(js), &b); code != 0 || err != nil {
		t.Fatalf("story --json: exit %d, %v", code, err)
	}
	sides := map[string]int{}
	for _, a := range b.Accounts {
		docs := map[string]bool{}
		for _, r := range a.Reports {
			docs[r.Document] = true
			if r.Document == "lakeside-geneva-talks" {
				t.Errorf("the copy's account is repeated: %+v", r)
			}
		}
		sides[a.Side] = len(docs)
	}
	if sides["ARM"] < 2 || sides["AZE"] < 2 {
		t.Errorf("each side should be reported by at least two outlets: %v", sides)
	}
	if len(b.Sources) != 4 || b.Location == nil || b.Location.Name != "Geneva" {
		t.Errorf("brief sources %+v, location %+v", b.Sources, b.Location)
	}
}

func TestStoriesFiltersAndErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stories.db")
	if code, _, errs := parley(t, "", "ingest", "--db", db, "testdata/stories"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	tests := []struct {
		name  string
		args  []string
		code  int
		has   []string
		hasnt []string
		errs  string
	}{
		{"by country name", []string{"--actor", "Japan"}, 0, []string{"Tokyo"}, []string{"Geneva"}, ""},
		{"by person", []string{"--actor", "Mirzoyan"}, 0, []string{"Geneva"}, []string{"Tokyo"}, ""},
		{"by code", []string{"--actor", "kor"}, 0, []string{"Tokyo"}, []string{"Geneva"}, ""},
		{"since after all", []string{"--since", "2025-03-12"}, 0, nil, []string{"Geneva", "Tokyo"}, "no stories match"},
		{"since the day", []string{"--since", "2025-03-10"}, 0, []string{"Geneva", "Tokyo"}, nil, ""},
		{"bad since", []string{"--since", "March"}, 2, nil, nil, "YYYY-MM-DD"},
		{"argument", []string{"extra"}, 2, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := parley(t, "", append([]string{"stories", "--db", db}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errs)
			}
			for _, w := range tt.has {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.hasnt {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
			if !strings.Contains(errs, tt.errs) {
				t.Errorf("stderr %q lacks %q", errs, tt.errs)
			}
		})
	}
	if code, _, errs := parley(t, "", "story", "--db", db, "no-such/s9"); code != 1 || !strings.Contains(errs, "no-such/s9") {
		t.Errorf("unknown story: exit %d, %q", code, errs)
	}
	if code, _, _ := parley(t, "", "story", "--db", db); code != 2 {
		t.Errorf("story without an id: exit %d, want 2", code)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if code, _, errs := parley(t, "", "stories", "--db", missing); code != 1 || !strings.Contains(errs, "no such database") {
		t.Errorf("stories on a missing db: exit %d, %q", code, errs)
	}
	if code, _, errs := parley(t, "", "story", "--db", missing, "x/s1"); code != 1 || !strings.Contains(errs, "no such database") {
		t.Errorf("story on a missing db: exit %d, %q", code, errs)
	}
}

func TestRunStoriesDirect(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stories.db")
	if code, _, errs := parley(t, "", "ingest", "--db", db, "testdata/stories/day1"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	var out, errb bytes.Buffer
	g := &globalOptions{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	if err := runStories(context.Background(), g, storiesOptions{db: db}, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 4 || !strings.Contains(out.String(), "2025-03-10") {
		t.Fatalf("runStories printed:\n%s", out.String())
	}
	// Newest first: dates never rise down the list.
	list := storiesJSON(t, db)
	for i := 1; i < len(list); i++ {
		if list[i].Date > list[i-1].Date {
			t.Errorf("not newest first: %s after %s", list[i].Date, list[i-1].Date)
		}
	}
	out.Reset()
	id := storyWithSides(list, "JPN", "KOR").ID
	if err := runStory(context.Background(), g, storyOptions{db: db}, []string{id}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Takeshi Iwaya") || !strings.Contains(out.String(), "Sources (1)") {
		t.Errorf("runStory printed:\n%s", out.String())
	}
	if err := runStory(context.Background(), g, storyOptions{db: db}, []string{" "}); err == nil {
		t.Errorf("runStory with a blank id: no error")
	}
}

func TestBareQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"The talks were useful,"`, "The talks were useful"},
		{`“We are ready.”`, "We are ready."},
		{`the meeting "candid and constructive"`, "the meeting 'candid and constructive'"},
		{`no agreement was reached`, "no agreement was reached"},
		{`"`, "'"},
		{``, ``},
	}
	for _, tt := range tests {
		if got := bareQuote(tt.in); got != tt.want {
			t.Errorf("bareQuote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
