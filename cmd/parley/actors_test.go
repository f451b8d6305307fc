package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/internal/analysis"
)

// actorsRun calls runActors directly (the command is not yet on the root).
func actorsRun(t *testing.T, opts actorsOptions, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	g := &globalOptions{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	if opts.explain == 0 {
		opts.explain = 10
	}
	err = runActors(context.Background(), g, opts, args)
	return out.String(), errb.String(), err
}

func TestActorsExplain(t *testing.T) {
	out, _, err := actorsRun(t, actorsOptions{date: "2022-06-01"}, "Donald Trump")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"Donald Trump" is a name of donald-trump`,
		"donald-trump  person  Donald Trump",
		"country:     USA (Government of the United States)",
		"2017-01-20..2021-01-20",
		"2025-01-20..",
		"on 2022-06-01: USAELI  former President  sectors ELI",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = actorsRun(t, actorsOptions{date: "2025-06-01"}, "Trump")
	if !strings.Contains(out, "on 2025-06-01: USAGOV  President") {
		t.Errorf("2025 role missing:\n%s", out)
	}
	out, _, _ = actorsRun(t, actorsOptions{}, "the Kremlin")
	if !strings.Contains(out, `"the Kremlin" is a metonym of rus-gov`) || !strings.Contains(out, "metonyms:") {
		t.Errorf("metonym not explained:\n%s", out)
	}
}

func TestActorsListAndJSON(t *testing.T) {
	out, _, err := actorsRun(t, actorsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n < 600 {
		t.Errorf("listing has %d lines", n)
	}
	if !strings.Contains(out, "rus-gov") || !strings.Contains(out, "RUSGOV") {
		t.Error("listing lacks rus-gov")
	}
	// Many matches: one line each, and a hint on stderr.
	out, errs, _ := actorsRun(t, actorsOptions{}, "Minister")
	if !strings.Contains(errs, "entries match") || strings.Contains(out, "defined at") {
		t.Errorf("broad query explained everything: stderr %q", errs)
	}
	out, _, err = actorsRun(t, actorsOptions{json: true, date: "2025-03-12"}, "Jaishankar")
	if err != nil {
		t.Fatal(err)
	}
	var a analysis.Actor
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &a); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	if a.ID != "s-jaishankar" || a.Code != "INDGOV" || a.Country != "IND" || a.Role != "Minister of External Affairs" {
		t.Errorf("json actor = %+v", a)
	}
}

func TestActorsErrors(t *testing.T) {
	var ue usageError
	if _, _, err := actorsRun(t, actorsOptions{date: "12/03/2025"}, "Putin"); err == nil || !asUsage(err, &ue) {
		t.Errorf("bad --date: err = %v, want a usage error", err)
	}
	if _, _, err := actorsRun(t, actorsOptions{}, "  "); err == nil || !asUsage(err, &ue) {
		t.Errorf("blank query: err = %v, want a usage error", err)
	}
	_, errs, err := actorsRun(t, actorsOptions{}, "Xyzzy Plugh")
	if err != nil || !strings.Contains(errs, `no actor matches "Xyzzy Plugh"`) {
		t.Errorf("no match: err %v, stderr %q", err, errs)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("x person USA\n  colour red\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := actorsRun(t, actorsOptions{dirs: []string{dir}}, "x"); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("bad user file: err = %v, want file:line", err)
	}
}

func TestActorsUserDir(t *testing.T) {
	dir := t.TempDir()
	data := "jane-roe person GBR\n  name Jane Roe\n  alias Roe\n  role 2020..2022 | Envoy to Ruritania | GOV DIP\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := actorsRun(t, actorsOptions{dirs: []string{dir}, date: "2021-01-01"}, "Roe")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "on 2021-01-01: GBRGOV  Envoy to Ruritania  sectors GOV DIP") || !strings.Contains(out, "mine.txt:1") {
		t.Errorf("user entry not explained:\n%s", out)
	}
}

func asUsage(err error, ue *usageError) bool {
	u, ok := err.(usageError)
	if ok {
		*ue = u
	}
	return ok
}
