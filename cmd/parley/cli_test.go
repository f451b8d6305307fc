package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/internal/analysis"
)

// parley runs the CLI in-process and returns its exit status and output.
func parley(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// analyses decodes JSON Lines output, checking each line against the
// contract.
func analyses(t *testing.T, out string) []*analysis.Analysis {
	t.Helper()
	var as []*analysis.Analysis
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		checkContract(t, []byte(line))
		var a analysis.Analysis
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		as = append(as, &a)
	}
	return as
}

func sentenceTexts(a *analysis.Analysis) []string {
	var ss []string
	for _, s := range a.Sentences {
		ss = append(ss, a.Text[s.Start:s.End])
	}
	return ss
}

func TestAnalyzeExamples(t *testing.T) {
	code, out, errs := parley(t, "", "analyze", "--no-progress", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	as := analyses(t, out)
	var ids []string
	byID := map[string]*analysis.Analysis{}
	for _, a := range as {
		ids = append(ids, a.ID)
		byID[a.ID] = a
	}
	// Directory entries come in name order; README.md is not an article.
	if got, want := strings.Join(ids, " "), "brussels-sanctions geneva-ceasefire moscow-envoys"; got != want {
		t.Fatalf("ids = %q, want %q", got, want)
	}

	m := byID["moscow-envoys"]
	if m.Title != "Kremlin says no deal on territory after envoys' visit" {
		t.Errorf("moscow title = %q", m.Title)
	}
	if m.Dateline == nil || m.Dateline.Place != "Moscow" || m.Text[m.Dateline.Start:m.Dateline.End] != "MOSCOW, Dec 3 (Parley Wire) -" {
		t.Errorf("moscow dateline = %+v", m.Dateline)
	}
	if m.Source != "Parley Wire" {
		t.Errorf("moscow source = %q, want the dateline's agency", m.Source)
	}
	if m.Published != "" {
		t.Errorf("moscow published = %q: the dateline has no year and no --published was given", m.Published)
	}
	ms := sentenceTexts(m)
	wantHeadings := map[string]bool{
		"Kremlin says no deal on territory after envoys' visit": true,
		"Putin blames Europe": true,
	}
	for i, s := range m.Sentences {
		txt := ms[i]
		if s.Heading != wantHeadings[txt] {
			t.Errorf("moscow sentence %d %q: heading = %v", i, txt, s.Heading)
		}
	}
	if len(ms) < 2 || !strings.HasPrefix(ms[1], "U.S. President Donald Trump told reporters") {
		t.Errorf("moscow: first body sentence should start after the dateline, got %q", ms[1:2])
	}
	for _, want := range []string{
		// A quotation of several sentences stays one unit with its
		// attribution, so that the quote and its speaker stay together.
		`"He wants to make a deal. I think he's tired of it," Trump said aboard Air Force One.`,
		`"We'll see what happens, but the meeting was very good."`,
		`"Some of the American proposals can be discussed. Others are unacceptable to us," the aide said.`,
		`A spokeswoman for the European Commission declined to comment.`,
	} {
		if !contains(ms, want) {
			t.Errorf("moscow: no sentence %q in %q", want, ms)
		}
	}

	g := byID["geneva-ceasefire"]
	if g.Published != "2025-11-18" {
		t.Errorf("geneva published = %q, want the dateline's date 2025-11-18", g.Published)
	}
	if g.Dateline == nil || g.Dateline.Place != "Geneva" {
		t.Errorf("geneva dateline = %+v", g.Dateline)
	}
	gs := sentenceTexts(g)
	for _, want := range []string{
		"Army spokesman Brig. Gen. Nabil Abdallah said the military would \"respect the pause as long as the other side does.\"",
		"Monitoring to be decided",
		"Mr. Lamamra said the question would be settled \"within days.\"",
	} {
		if !contains(gs, want) {
			t.Errorf("geneva: no sentence %q in %q", want, gs)
		}
	}

	b := byID["brussels-sanctions"]
	if b.Published != "2025-10-21" || b.Title != "EU agrees new sanctions package on Iran" || b.Source != "Parley Wire" {
		t.Errorf("brussels metadata: published %q title %q source %q", b.Published, b.Title, b.Source)
	}
	if strings.Contains(b.Text, "Home") || !strings.Contains(b.Text, "Kaja Kallas") {
		t.Errorf("brussels: main text not extracted cleanly: %q", b.Text)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestAnalyzePublishedFlag(t *testing.T) {
	code, out, errs := parley(t, "", "analyze", "--published", "2025-12-03", "../../examples/moscow-envoys.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	as := analyses(t, out)
	if len(as) != 1 || as[0].Published != "2025-12-03" {
		t.Fatalf("published = %q, want the flag's date", as[0].Published)
	}
}

// The same inputs give the same bytes whatever the number of workers.
func TestAnalyzeOrderAndDeterminism(t *testing.T) {
	dir := t.TempDir()
	var jl strings.Builder
	for i := range 300 {
		// Vary the length so that workers finish out of order.
		body := strings.Repeat("The minister said the talks would go on. ", 1+(i*7)%40)
		rec, _ := json.Marshal(map[string]string{"id": "doc-" + string(rune('a'+i%26)) + strings.Repeat("x", i%5) + "-" + strconv.Itoa(i), "text": body})
		jl.Write(rec)
		jl.WriteByte('\n')
	}
	path := filepath.Join(dir, "many.jsonl")
	if err := os.WriteFile(path, []byte(jl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code1, one, errs1 := parley(t, "", "analyze", "--workers", "1", path, "../../examples")
	code4, four, errs4 := parley(t, "", "analyze", "--workers", "4", path, "../../examples")
	if code1 != 0 || code4 != 0 {
		t.Fatalf("exit %d and %d: %s %s", code1, code4, errs1, errs4)
	}
	if one != four {
		t.Fatal("output with 4 workers differs from output with 1")
	}
	as := analyses(t, one)
	if len(as) != 303 {
		t.Fatalf("%d analyses, want 303", len(as))
	}
	for i := range 300 {
		if !strings.HasSuffix(as[i].ID, "-"+strconv.Itoa(i)) {
			t.Fatalf("analysis %d has id %q: order lost", i, as[i].ID)
		}
	}
}

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("The talks ended. Both sides left.\n"), 0o644)
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name      string
		args      []string
		want      int
		stderrHas string
		docs      int
	}{
		{"all fine", []string{"analyze", good}, 0, "", 1},
		{"one input missing", []string{"analyze", missing, good}, 1, "missing.txt", 1},
		{"unknown flag", []string{"analyze", "--no-such-flag", good}, 2, "unknown flag", 0},
		{"bad published", []string{"analyze", "--published", "yesterday", good}, 2, "--published", 0},
		{"bad workers", []string{"analyze", "--workers", "0", good}, 2, "--workers", 0},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command", 0},
		{"eval without file", []string{"eval", "seg"}, 2, "", 0},
		{"unknown eval task", []string{"eval", "nope", good}, 2, "unknown eval task", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := parley(t, "", tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.want, errs)
			}
			if !strings.Contains(errs, tt.stderrHas) {
				t.Errorf("stderr %q does not mention %q", errs, tt.stderrHas)
			}
			if n := len(analyses(t, out)); n != tt.docs {
				t.Errorf("%d documents on stdout, want %d", n, tt.docs)
			}
		})
	}
}

// Each bad input gives one clear line on stderr naming it, and the others
// go on.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Officials met in Geneva. They agreed to meet again.\n"))
	bad := []string{
		write("binary.txt", []byte("\x00\x01\x02ELF\x00\x00\x7f\x00binary")),
		write("latin1.txt", []byte("Caf\xe9 talks ended.\n")),
		write("empty.txt", nil),
		write("blank.txt", []byte("  \n\n \t\n")),
		write("broken.html", []byte("<html><body><div><p></div></span>")),
		write("broken.xml", []byte("<?xml version=\"1.0\"?><rss><channel><item><title>x</tit")),
	}
	jl := write("mixed.jsonl", []byte(`{"id":"ok1","text":"The envoy arrived. He met the minister."}
{"id":"bad-json","text":
{"id":"no-text"}
{"id":"bad-date","text":"Talks began.","published":"last Tuesday"}
{"id":"bad-utf8","text":"Caf`+"\xe9"+` talks."}
{"id":"ok2","text":"The summit ended without a deal."}
`))
	args := append([]string{"analyze", "--no-progress"}, bad...)
	args = append(args, jl, good)
	code, out, errs := parley(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var ids []string
	for _, a := range analyses(t, out) {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, " "); got != "ok1 ok2 good" {
		t.Errorf("analysed %q, want the three good documents in order", got)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	for _, name := range []string{"binary.txt", "latin1.txt", "empty.txt", "blank.txt", "broken.html", "broken.xml", "mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4", "mixed.jsonl:5"} {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, name) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d stderr lines name %s, want 1; stderr:\n%s", n, name, errs)
		}
	}
	if strings.Contains(errs, "panic") {
		t.Errorf("panic on bad input:\n%s", errs)
	}
}

func TestStdin(t *testing.T) {
	code, out, errs := parley(t, `{"id":"s1","text":"Talks resumed. No deal was reached."}`+"\n", "analyze", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	as := analyses(t, out)
	if len(as) != 1 || as[0].ID != "s1" || len(as[0].Sentences) != 2 {
		t.Fatalf("stdin analysis = %+v", as)
	}
}

func TestIngestSearchShowExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "test.db")
	code, out, errs := parley(t, "", "ingest", "--db", db, "--batch", "2", "../../examples")
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "3 added") {
		t.Errorf("ingest said %q, want 3 added", out)
	}
	code, out, _ = parley(t, "", "ingest", "--db", db, "../../examples")
	if code != 0 || !strings.Contains(out, "nothing changed") {
		t.Errorf("re-ingest: exit %d, said %q; want it to say nothing changed", code, out)
	}

	code, out, errs = parley(t, "", "search", "--db", db, "truce")
	if code != 0 || !strings.Contains(out, "geneva-ceasefire") {
		t.Errorf("search truce: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = parley(t, "", "search", "--db", db, `"no agreement" (`)
	if code != 0 || !strings.Contains(out, "moscow-envoys") {
		t.Errorf("search with broken FTS syntax: exit %d, out %q", code, out)
	}

	code, out, _ = parley(t, "", "show", "--db", db, "moscow-envoys")
	if code != 0 || !strings.Contains(out, "Putin blames Europe") || !strings.Contains(out, "(heading)") {
		t.Errorf("show: exit %d, out %q", code, out)
	}
	code, _, errs = parley(t, "", "show", "--db", db, "no-such-doc")
	if code != 1 || !strings.Contains(errs, "no-such-doc") {
		t.Errorf("show missing: exit %d, err %q", code, errs)
	}

	_, analyzed, _ := parley(t, "", "analyze", "../../examples")
	code, exported, _ := parley(t, "", "export", "--db", db, "--format", "jsonl")
	if code != 0 || exported != analyzed {
		t.Errorf("export jsonl differs from analyze output:\n%s\nvs\n%s", exported, analyzed)
	}
	code, shown, _ := parley(t, "", "show", "--db", db, "--json", "moscow-envoys")
	if code != 0 || !strings.Contains(analyzed, shown) {
		t.Errorf("show --json is not the line analyze printed: %q", shown)
	}
	code, csv, _ := parley(t, "", "export", "--db", db, "--format", "csv", "--table", "sentences")
	if code != 0 || !strings.Contains(csv, "Putin blames Europe") {
		t.Errorf("export csv: exit %d", code)
	}
	out = filepath.Join(t.TempDir(), "docs.csv")
	code, _, _ = parley(t, "", "export", "--db", db, "--format", "csv", "-o", out)
	if b, err := os.ReadFile(out); code != 0 || err != nil || !strings.Contains(string(b), "moscow-envoys") {
		t.Errorf("export -o: exit %d, %v", code, err)
	}
	code, _, _ = parley(t, "", "export", "--db", db, "--format", "csv", "--table", "nope", "-o", filepath.Join(filepath.Dir(out), "bad.csv"))
	if entries, _ := os.ReadDir(filepath.Dir(out)); code != 2 || len(entries) != 1 {
		t.Errorf("export -o with an unknown table: exit %d, and left %d files (want 2 and only the earlier docs.csv)", code, len(entries))
	}
	code, _, _ = parley(t, "", "export", "--db", db, "--table", "events")
	if code != 2 {
		t.Errorf("--table with jsonl: exit %d, want 2", code)
	}
	code, _, _ = parley(t, "", "export", "--db", db, "--format", "xml")
	if code != 2 {
		t.Errorf("export --format xml: exit %d, want 2", code)
	}
	code, _, errs = parley(t, "", "search", "--db", filepath.Join(t.TempDir(), "none.db"), "x")
	if code != 1 || !strings.Contains(errs, "no such database") {
		t.Errorf("search on a missing db: exit %d, %q", code, errs)
	}
}

// Files with the same name in different folders get different ids, and a
// repeated id within one ingest is refused, so that re-ingesting settles.
func TestIngestDuplicateIDs(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a/x.txt", "b/x.txt"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("Story from "+p+". It is short.\n"), 0o644)
	}
	jl := filepath.Join(dir, "dups.jsonl")
	os.WriteFile(jl, []byte(`{"id":"same","text":"First text."}`+"\n"+`{"id":"same","text":"Second text."}`+"\n"), 0o644)
	db := filepath.Join(t.TempDir(), "d.db")

	code, out, errs := parley(t, "", "ingest", "--db", db, dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the refused duplicate", code)
	}
	if !strings.Contains(out, "3 added") || !strings.Contains(errs, `duplicate id "same"`) || !strings.Contains(errs, "dups.jsonl:2") {
		t.Errorf("first ingest: out %q, err %q", out, errs)
	}
	_, out, _ = parley(t, "", "ingest", "--db", db, dir)
	if !strings.Contains(out, "nothing changed") {
		t.Errorf("second ingest said %q, want nothing changed", out)
	}
	code, out, _ = parley(t, "", "export", "--db", db, "--format", "csv")
	for _, id := range []string{"a/x", "b/x", "same"} {
		if !strings.Contains(out, "\n"+id+",") {
			t.Errorf("export lacks document %q:\n%s", id, out)
		}
	}
}

// --actors adds a user's dictionary entries to analysis: a person the
// built-in dictionary lacks is coded by the role the user gave.
func TestAnalyzeWithUserActors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("jane-roe person FRA\n  name  Jane Roe\n  alias Roe\n  role  2024.. | Elysee spokeswoman | GOV\n"), 0o644)
	in := `{"id":"r","published":"2025-05-01","text":"PARIS (Parley Wire) - Jane Roe said the talks went well. Roe added that more would follow."}` + "\n"
	code, out, errs := parley(t, in, "analyze", "--actors", dir, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a := analyses(t, out)[0]
	var roe *analysis.Actor
	for i := range a.Actors {
		if a.Actors[i].ID == "jane-roe" {
			roe = &a.Actors[i]
		}
	}
	if roe == nil || roe.Code != "FRAGOV" || roe.Role != "Elysee spokeswoman" {
		t.Fatalf("actors = %+v, want jane-roe coded FRAGOV from the user's file", a.Actors)
	}
	n := 0
	for _, m := range a.Mentions {
		if m.Actor == "jane-roe" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of jane-roe, want 2 (Jane Roe, Roe): %+v", n, a.Mentions)
	}
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("no-kind-here\n"), 0o644)
	code, _, errs = parley(t, in, "analyze", "--actors", dir, "-")
	if code != 1 || !strings.Contains(errs, "bad.txt:1") {
		t.Errorf("a broken dictionary file: exit %d, stderr %q; want 1 naming bad.txt:1", code, errs)
	}
}

// analyze fills quotes with resolved speakers, also through "he" and
// "the aide".
func TestAnalyzeQuotesHaveSpeakers(t *testing.T) {
	code, out, errs := parley(t, "", "analyze", "--published", "2025-12-04", "../../examples/moscow-envoys.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a := analyses(t, out)[0]
	span := func(s *analysis.Span) string {
		if s == nil {
			return ""
		}
		return a.Text[s.Start:s.End]
	}
	type key struct{ kind, source, speaker string }
	got := map[key]bool{}
	for _, q := range a.Quotes {
		got[key{q.Kind, span(q.Source), q.Speaker}] = true
		if len(q.Content) == 0 {
			t.Errorf("quote %s has no content", q.ID)
		}
	}
	for _, want := range []key{
		{"direct", "Trump", "donald-trump"},
		{"direct", "the aide", "yuri-ushakov"},
		{"direct", "he", "vladimir-putin"},
		{"indirect", "Kremlin foreign policy aide Yuri Ushakov", "yuri-ushakov"},
	} {
		if !got[want] {
			t.Errorf("no %s quote with source %q and speaker %s in %+v", want.kind, want.source, want.speaker, a.Quotes)
		}
	}
}
