package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalEvents runs `parley eval events` on two small gold files written
// for the test, one per format, and checks the report's shape (the scores
// depend on the event coder and are asserted where it lives).
func TestEvalEvents(t *testing.T) {
	dir := t.TempDir()
	petr := filepath.Join(dir, "gold.xml")
	os.WriteFile(petr, []byte(`<Sentences>
<Sentence date="20240105" id="T-1" evaluate="true"/>
<EventCoding eventcode="111" sourcecode="FRAGOV" targetcode="DEU" />
<Text>France criticised Germany on Friday.</Text>
</Sentence>
</Sentences>
`), 0o644)
	plover := filepath.Join(dir, "gold.json")
	os.WriteFile(plover, []byte(`[{"id": "P-1", "date": "2000-01-01", "event": "DISAPPROVE",
 "text": "France criticised Germany.", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}]}]`), 0o644)
	tests := []struct {
		file string
		want []string
	}{
		{petr, []string{"gold.xml: 1 records", "dyad-root *", "dyad-code", "root", "== T-1 (2024-01-05)", "FRA DEU 11"}},
		{plover, []string{"gold.json: 1 records", "dyad-category *", "category", "== P-1", "FRA DEU ACCUSE"}},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"eval", "events", "-v", tt.file}, strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d, stderr %s", tt.file, code, errb.String())
		}
		for _, w := range tt.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: report lacks %q:\n%s", tt.file, w, out.String())
			}
		}
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("plain text"), 0o644)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"eval", "events", bad}, strings.NewReader(""), &out, &errb); code == 0 || !strings.Contains(errb.String(), "bad.txt") {
		t.Errorf("exit %d, stderr %q: want a failure naming bad.txt", code, errb.String())
	}
}
