package store

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"parley/internal/analysis"
)

func TestExportJSONLReproducesLines(t *testing.T) {
	// Lines as different writers could produce them: encoding/json with and
	// without HTML escaping, a field order and spacing of its own, and a
	// field this version of the contract does not know.
	full := fullAnalysis(t, "full")
	full.Text += "Tags like <b> & such.\n"
	escaped, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	var unescaped bytes.Buffer
	enc := json.NewEncoder(&unescaped)
	enc.SetEscapeHTML(false)
	small := smallAnalysis("small", "Fish & chips <today>. Rain.")
	if err := enc.Encode(small); err != nil {
		t.Fatal(err)
	}
	lines := [][]byte{
		escaped,
		unescaped.Bytes(), // ends in "\n", which is not part of the line
		[]byte(`{"text":"Hand written.", "id":"hand",  "sentences":[{"start":0,"end":13}],"future_field":{"x":[1,2]},"entities":[],"mentions":[],"actors":[],"quotes":[],"events":[],"stories":[],"errors":[]}` + "\r\n"),
	}
	s, _ := openTemp(t)
	ctx := context.Background()
	out, err := s.IngestLines(ctx, lines)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 3 || out[0] != Added || out[1] != Added || out[2] != Added {
		t.Fatalf("outcomes %v, want three added", out)
	}
	var want bytes.Buffer
	for _, l := range lines {
		want.Write(bytes.TrimRight(l, "\r\n"))
		want.WriteByte('\n')
	}
	var got bytes.Buffer
	if err := s.ExportJSONL(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("export differs from the ingested lines\n got: %s\nwant: %s", got.Bytes(), want.Bytes())
	}
	// The lines were decoded too: the tables hold the hand-written document.
	a, _, err := s.Document(ctx, "hand")
	if err != nil || a.Text != "Hand written." || len(a.Sentences) != 1 {
		t.Fatalf("Document(hand) = %+v, %v", a, err)
	}
	// Ingesting the export again changes nothing.
	var again [][]byte
	for _, l := range bytes.SplitAfter(got.Bytes(), []byte("\n")) {
		if len(l) > 0 {
			again = append(again, l)
		}
	}
	out, err = s.IngestLines(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range out {
		if o != Unchanged {
			t.Errorf("re-ingesting exported line %d: %v, want unchanged", i, o)
		}
	}
}

func TestExportJSONLOfIngestBatch(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	batch := []*analysis.Analysis{fullAnalysis(t, "one"), smallAnalysis("two", "A. B.")}
	if _, err := s.IngestBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	for _, a := range batch {
		b, _ := json.Marshal(a)
		want.Write(b)
		want.WriteByte('\n')
	}
	var got bytes.Buffer
	if err := s.ExportJSONL(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("export of IngestBatch documents is not their json.Marshal lines\n got: %s\nwant: %s", got.Bytes(), want.Bytes())
	}
}

func TestIngestLinesErrors(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		expect string
	}{
		{"not JSON", "hello", "line 2"},
		{"JSON array", "[1,2]", "line 2"},
		{"wrong type", `{"id": 5, "text": "x"}`, "line 2"},
		{"no id", `{"text": "x"}`, "empty id"},
		{"truncated", `{"id": "a", "text": "x`, "line 2"},
	}
	s, _ := openTemp(t) // shared: a refused batch writes nothing
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.IngestLines(context.Background(), [][]byte{[]byte(`{"id":"ok","text":""}`), []byte(tc.line)})
			if err == nil || !strings.Contains(err.Error(), tc.expect) {
				t.Fatalf("err = %v, want one containing %q", err, tc.expect)
			}
			if n := count(t, s.DB(), "documents"); n != 0 {
				t.Errorf("%d documents written by a refused batch", n)
			}
		})
	}
}

func TestIngestLinesCompactsMultiLineJSON(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	pretty := "{\n  \"id\": \"p\",\n  \"text\": \"Two\\nlines.\"\n}"
	if _, err := s.IngestLines(ctx, [][]byte{[]byte(pretty)}); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := s.ExportJSONL(ctx, &got); err != nil {
		t.Fatal(err)
	}
	if want := `{"id":"p","text":"Two\nlines."}` + "\n"; got.String() != want {
		t.Errorf("export = %q, want %q", got.String(), want)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestExportWriteErrors(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{fullAnalysis(t, "x")}); err != nil {
		t.Fatal(err)
	}
	if err := s.ExportJSONL(ctx, failingWriter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("ExportJSONL to a failing writer: err = %v", err)
	}
	if err := s.ExportCSV(ctx, failingWriter{}, "events"); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("ExportCSV to a failing writer: err = %v", err)
	}
}

func TestExportCSV(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	full := fullAnalysis(t, "full")
	small := smallAnalysis("small", "Commas, \"quotes\" and\nnewlines. End.")
	small.Title = "A, \"tricky\"\ntitle"
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{full, small}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		table string
		rows  int
		// check inspects one parsed row (by header name) of the full fixture.
		check func(t *testing.T, row map[string]string)
	}{
		{"documents", 2, func(t *testing.T, r map[string]string) {
			if r["doc_id"] == "small" {
				if r["title"] != small.Title || r["text"] != small.Text || r["dateline_place"] != "" {
					t.Errorf("small document row %v does not round trip", r)
				}
				return
			}
			if r["dateline_place"] != "Portville" || r["sentences"] != "4" || r["errors"] != "dateline year assumed;second error" ||
				r["hash"] != ContentHash(full) || r["text"] != full.Text {
				t.Errorf("full document row %v", r)
			}
		}},
		{"sentences", len(full.Sentences) + len(small.Sentences), func(t *testing.T, r map[string]string) {
			if r["doc_id"] != "full" || r["sentence"] != "1" {
				return
			}
			if r["heading"] != "true" || r["text"] != "Talks resumed" {
				t.Errorf("heading row %v", r)
			}
		}},
		{"entities", len(full.Entities), func(t *testing.T, r map[string]string) {
			if r["index"] == "2" && (r["text"] != "Dana Voss" || r["actor"] != "dana-voss" || r["type"] != "PER") {
				t.Errorf("entity row %v", r)
			}
		}},
		{"mentions", len(full.Mentions), func(t *testing.T, r map[string]string) {
			if r["index"] == "0" && r["warnings"] != "title not confirmed for the date;second; warning, with \"quotes\"" {
				t.Errorf("mention warnings %q", r["warnings"])
			}
		}},
		{"quotes", len(full.Quotes), func(t *testing.T, r map[string]string) {
			if r["id"] != "q1" {
				if r["cue_start"] != "" {
					t.Errorf("quote without cue has cue_start %q", r["cue_start"])
				}
				return
			}
			q := full.Quotes[0]
			wantContent := strconv.Itoa(q.Content[0].Start) + "-" + strconv.Itoa(q.Content[0].End) + ";" +
				strconv.Itoa(q.Content[1].Start) + "-" + strconv.Itoa(q.Content[1].End)
			if r["content"] != wantContent || r["content_text"] != "We are ready to keep talking, … but not at any price," ||
				r["about"] != "e1;s1" || r["speaker"] != "dana-voss" || r["cue_start"] != strconv.Itoa(q.Cue.Start) {
				t.Errorf("quote row %v", r)
			}
		}},
		{"events", len(full.Events), func(t *testing.T, r map[string]string) {
			switch r["id"] {
			case "e1":
				if r["code"] != "043" || r["goldstein"] != "2.8" || r["target"] != "beneland;beneland-gov" ||
					r["via"] != "corvania" || r["contexts"] != "territory;ceasefire" || r["negated"] != "false" ||
					r["location_lat"] != "45.125" || r["location_lon"] != "-3.5" || r["confidence"] != "0.875" ||
					r["evidence_text"] != "held talks" || r["location_name"] != "Crésthaven" {
					t.Errorf("event e1 row %v", r)
				}
			case "e2":
				if r["source"] != "" || r["negated"] != "true" || r["date_from_publication"] != "true" ||
					r["location_lat"] != "0" || r["location_lon"] != "" || r["goldstein"] != "8" {
					t.Errorf("event e2 row %v", r)
				}
			}
		}},
	}
	if len(tests) != len(CSVTables()) {
		t.Fatalf("test covers %d tables, ExportCSV has %d", len(tests), len(CSVTables()))
	}
	for _, tc := range tests {
		t.Run(tc.table, func(t *testing.T) {
			var buf bytes.Buffer
			if err := s.ExportCSV(ctx, &buf, tc.table); err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(&buf)
			recs, err := r.ReadAll() // also checks every row has the header's width
			if err != nil {
				t.Fatalf("export does not parse as CSV: %v", err)
			}
			if len(recs) != tc.rows+1 {
				t.Fatalf("%d records, want header + %d rows", len(recs), tc.rows)
			}
			header := recs[0]
			if header[0] != "doc_id" {
				t.Errorf("first column %q, want doc_id", header[0])
			}
			for _, rec := range recs[1:] {
				row := map[string]string{}
				for i, h := range header {
					row[h] = rec[i]
				}
				tc.check(t, row)
			}
		})
	}
	if err := s.ExportCSV(ctx, &bytes.Buffer{}, "passwords"); err == nil || !strings.Contains(err.Error(), `"passwords"`) {
		t.Errorf("unknown table: err = %v, want one naming it", err)
	}
}
