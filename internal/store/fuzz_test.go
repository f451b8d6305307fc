package store

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"parley/internal/analysis"
)

// FuzzSearch feeds arbitrary queries to Search: it must answer or return an
// error, never panic, and every hit must point at the sentence it returns.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{
		"talks", `"border talks"`, "kite*", "a OR b", "NOT x", "NEAR(a b, 2)", `"unbalanced`, "col:umn",
		"(", ")", "*", "^start", "-minus", "a AND", "\x00", "ünïcödé", `""`, `"""`, "+", "{a b}: c", "\xff\xfe",
	} {
		f.Add(q)
	}
	s, _ := openTemp(f)
	ctx := context.Background()
	docs := []*analysis.Analysis{
		smallAnalysis("f1", "Border talks resumed. Kites flew over the harbour."),
		smallAnalysis("f2", "Ünïcödé names: Crésthaven, Zürich. NOT a keyword here."),
	}
	if _, err := s.IngestBatch(ctx, docs); err != nil {
		f.Fatal(err)
	}
	texts := map[string]string{"f1": docs[0].Text, "f2": docs[1].Text}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(ctx, q, 5)
		if err != nil {
			return
		}
		if len(hits) > 5 {
			t.Fatalf("Search(%q) gave %d hits, limit 5", q, len(hits))
		}
		for _, h := range hits {
			text, ok := texts[h.DocID]
			if !ok || h.Start < 0 || h.End > len(text) || h.Start > h.End || text[h.Start:h.End] != h.Text {
				t.Fatalf("Search(%q): bad hit %+v", q, h)
			}
		}
	})
}

// FuzzIngestLines feeds arbitrary lines to IngestLines: a line is refused
// with an error or stored, and a stored line exports unchanged and reads
// back as the analysis it decodes to.
func FuzzIngestLines(f *testing.F) {
	seeds := []string{
		`{"id":"a","text":"One. Two.","sentences":[{"start":0,"end":4},{"start":5,"end":9}]}`,
		`{"id":"b","text":"x","sentences":[{"start":0,"end":5}]}`,
		`{"id":"c","text":"","dateline":{"place":"P","start":0,"end":0},"errors":["e"]}`,
		`{"id":"d","text":"q","quotes":[{"id":"q1","kind":"direct","content":[{"start":0,"end":1}],"cue":{"start":0,"end":0}}]}`,
		`{"id":"e","text":"t","events":[{"id":"e1","sentence":0,"evidence":{"start":0,"end":1},"source":["a"],"target":[],"source_code":"","target_code":"","code":"010","root":"01","quad":1,"goldstein":0,"negated":false,"confidence":1,"location":{"name":"L","lat":1.5}}]}`,
		`{"id":"f","text":"s","stories":[{"id":"s1","kind":"talks","events":["e1"],"accounts":[{"side":"X","actors":["a"],"quotes":["q"]}],"next_steps":["e2"]}]}`,
		`{"id":"g","text":"m","mentions":[{"start":0,"end":1,"text":"m","kind":"pronoun","warnings":["w"]}],"actors":[{"id":"a","name":"A","sectors":["GOV"]}]}`,
		"{\n\"id\": \"h\", \"text\": \"pretty\"\n}",
		`{"id":"","text":"no id"}`, `[]`, `null`, `{"id":"i","text":"\ud800"}`, "not json", "",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	s, _ := openTemp(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, line []byte) {
		if _, err := s.DB().Exec(`DELETE FROM documents`); err != nil {
			t.Fatal(err)
		}
		out, err := s.IngestLines(ctx, [][]byte{line})
		if err != nil {
			return
		}
		if len(out) != 1 || out[0] != Added {
			t.Fatalf("outcomes %v, want one added", out)
		}
		if out, err := s.IngestLines(ctx, [][]byte{line}); err != nil || out[0] != Unchanged {
			t.Fatalf("the same line again: %v, %v; want unchanged", out, err)
		}
		var want analysis.Analysis
		if err := json.Unmarshal(line, &want); err != nil {
			t.Fatalf("stored a line that does not decode: %v", err)
		}
		got, _, err := s.Document(ctx, want.ID)
		if err != nil {
			t.Fatalf("Document(%q): %v", want.ID, err)
		}
		if got.ID != want.ID || got.Text != want.Text || len(got.Sentences) != len(want.Sentences) ||
			len(got.Events) != len(want.Events) || len(got.Quotes) != len(want.Quotes) || len(got.Stories) != len(want.Stories) {
			t.Fatalf("read back %+v, want %+v", got, want)
		}
		gj, _ := json.Marshal(got)
		var again analysis.Analysis
		if err := json.Unmarshal(gj, &again); err != nil {
			t.Fatalf("read-back analysis does not encode: %v", err)
		}
		var buf bytes.Buffer
		if err := s.ExportJSONL(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		exported := strings.TrimSuffix(buf.String(), "\n")
		if !bytes.ContainsRune(line, '\n') && exported != strings.TrimSuffix(strings.TrimSuffix(string(line), "\n"), "\r") {
			t.Fatalf("export %q, ingested %q", exported, line)
		}
		if !utf8.ValidString(got.Text) {
			t.Fatalf("stored text is not UTF-8")
		}
		checkIndex(t, s)
	})
}
