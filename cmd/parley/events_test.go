package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// eventBrief is what the test checks of one coded event.
type eventBrief struct {
	sentence   int
	src, tgt   string // the first actor's country ("" for none)
	code       string
	negated    bool
	modality   string
	date       string
	fromPub    bool
	place      string
	reportedBy bool // a quote reports it
}

// TestEventsEndToEnd runs analyze over an invented wire story with one of
// each case the event coder must get right: a two-way meeting with its
// place and date, a negated agreement, a reported attack (and the
// accusation it implies), a denial, a refusal, an announced sanction (an
// intent that CAMEO codes as a threat), a hypothetical, a passive, and a
// demand reported as "X said Y must". A statement (a refusal, a
// warning) is reported by the quote it is the cue of. Shelling a city targets its
// country, as CAMEO coders code a place acted on; a denial with no
// object faces the other side of the document's talks.
func TestEventsEndToEnd(t *testing.T) {
	code, out, errs := parley(t, "", "analyze", "--published", "2025-03-12", "testdata/events-week.txt")
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, errs)
	}
	a := analyses(t, out)[0]
	country := map[string]string{}
	for _, x := range a.Actors {
		country[x.ID] = x.Country
	}
	first := func(ids []string) string {
		if len(ids) == 0 {
			return ""
		}
		return country[ids[0]]
	}
	var got []eventBrief
	for _, e := range a.Events {
		b := eventBrief{sentence: e.Sentence, src: first(e.Source), tgt: first(e.Target), code: e.Code, negated: e.Negated, modality: e.Modality, date: e.Date, fromPub: e.DateFromPublication, reportedBy: e.ReportedBy != ""}
		if e.Location != nil {
			b.place = e.Location.Name
		}
		got = append(got, b)
		ev := a.Text[e.Evidence.Start:e.Evidence.End]
		if s := a.Sentences[e.Sentence]; e.Evidence.Start < s.Start || e.Evidence.End > s.End || ev == "" {
			t.Errorf("event %s: evidence %q outside its sentence", e.ID, ev)
		}
	}
	want := []eventBrief{
		{sentence: 1, src: "RUS", tgt: "UKR", code: "040", modality: "asserted", date: "2025-03-11", place: "Geneva", reportedBy: true},
		{sentence: 1, src: "UKR", tgt: "RUS", code: "040", modality: "asserted", date: "2025-03-11", place: "Geneva", reportedBy: true},
		{sentence: 2, src: "UKR", tgt: "RUS", code: "057", negated: true, modality: "asserted", date: "2025-03-12", fromPub: true, reportedBy: true},
		{sentence: 2, src: "RUS", tgt: "UKR", code: "057", negated: true, modality: "asserted", date: "2025-03-12", fromPub: true, reportedBy: true},
		{sentence: 3, src: "RUS", tgt: "UKR", code: "194", modality: "asserted", date: "2025-03-12", fromPub: true, place: "Kharkiv", reportedBy: true},
		{sentence: 3, src: "UKR", tgt: "RUS", code: "112", modality: "asserted", date: "2025-03-12", fromPub: true, reportedBy: true},
		{sentence: 4, src: "RUS", tgt: "UKR", code: "016", modality: "asserted", date: "2025-03-12", fromPub: true, reportedBy: true},
		{sentence: 5, src: "TUR", tgt: "", code: "127", modality: "asserted", date: "2025-03-12", fromPub: true, reportedBy: true},
		{sentence: 6, src: "IGOEU", tgt: "IRN", code: "1312", modality: "future", reportedBy: true},
		{sentence: 7, src: "USA", tgt: "CHN", code: "163", modality: "hypothetical", date: "2025-03-12", fromPub: true, reportedBy: true},
		{sentence: 7, src: "USA", tgt: "", code: "012", modality: "asserted", date: "2025-03-12", fromPub: true, reportedBy: true},
		{sentence: 8, src: "LBN", tgt: "ISR", code: "190", modality: "asserted", date: "2025-03-11"},
		{sentence: 9, src: "QAT", tgt: "PSE", code: "1053", modality: "asserted", date: "2025-03-12", fromPub: true, reportedBy: true},
	}
	var gs, ws []string
	for _, b := range got {
		gs = append(gs, briefString(b))
	}
	for _, b := range want {
		ws = append(ws, briefString(b))
	}
	if strings.Join(gs, "\n") != strings.Join(ws, "\n") {
		t.Errorf("events\n got:\n%s\nwant:\n%s", strings.Join(gs, "\n"), strings.Join(ws, "\n"))
	}
}

func briefString(b eventBrief) string {
	s, _ := json.Marshal([]any{b.sentence, b.src, b.tgt, b.code, b.negated, b.modality, b.date, b.fromPub, b.place, b.reportedBy})
	return string(s)
}

// TestPatternsFlag adds a user's pattern file with --patterns and checks
// that a broken one is refused with its file and line.
func TestPatternsFlag(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("# my verbs\n190 frobnicate +\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := `{"id":"a","published":"2025-03-12","text":"Russia frobnicated Ukraine on Monday."}` + "\n"
	code, out, errs := parley(t, doc, "analyze", "--patterns", dir, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a := analyses(t, out)[0]
	if len(a.Events) != 1 || a.Events[0].Code != "190" || a.Events[0].SourceCode != "RUSGOV" || a.Events[0].TargetCode != "UKRGOV" || a.Events[0].Date != "2025-03-10" {
		t.Errorf("events %+v", a.Events)
	}
	code, _, _ = parley(t, doc, "analyze", "-")
	if code != 0 {
		t.Fatalf("without the flag: exit %d", code)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("190 + frob\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = parley(t, doc, "analyze", "--patterns", dir, "-")
	if code == 0 || !strings.Contains(errs, "bad.txt:1:") {
		t.Errorf("broken pattern file: exit %d, stderr %q", code, errs)
	}
}
