package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"parley/internal/analysis"
)

func TestRoundTrip(t *testing.T) {
	full := fullAnalysis(t, "full")
	noDateline := smallAnalysis("plain", "Aldora spoke. Beneland listened.")
	noDateline.Title, noDateline.Published = "Plain", "2031-01-01"
	emptyText := smallAnalysis("empty", "")
	// Optional pointers present but empty, and zero-length sentences.
	edge := smallAnalysis("edge", "Short one. Two.")
	edge.Dateline = &analysis.Dateline{Place: "", Start: 0, End: 0}
	edge.Sentences = append(edge.Sentences, analysis.Sentence{Start: 3, End: 3, Heading: true})
	edge.Events = []analysis.Event{{ID: "e1", Source: []string{}, Target: []string{}, Goldstein: -10, Confidence: 1,
		Location: &analysis.Location{Name: ""}}}
	edge.Quotes = []analysis.Quote{{ID: "q1", Kind: "direct", Content: []analysis.Span{}, Cue: &analysis.Span{}}}
	edge.Stories = []analysis.Story{{ID: "s1", Kind: "talks", Events: []string{}, Accounts: []analysis.Account{{Side: "X"}}}}

	tests := []struct {
		name string
		in   *analysis.Analysis
	}{
		{"every contract field", full},
		{"no dateline, sentences only", noDateline},
		{"empty text", emptyText},
		{"empty optional records", edge},
	}
	s, _ := openTemp(t)
	ctx := context.Background()
	before := time.Now().UTC().Add(-time.Second)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := s.IngestBatch(ctx, []*analysis.Analysis{tc.in})
			if err != nil {
				t.Fatalf("IngestBatch: %v", err)
			}
			if out[0] != Added {
				t.Fatalf("outcome = %v, want added", out[0])
			}
			got, info, err := s.Document(ctx, tc.in.ID)
			if err != nil {
				t.Fatalf("Document: %v", err)
			}
			if !reflect.DeepEqual(got, tc.in) {
				gj, _ := json.MarshalIndent(got, "", " ")
				wj, _ := json.MarshalIndent(tc.in, "", " ")
				t.Fatalf("round trip differs\n got: %s\nwant: %s", gj, wj)
			}
			if info.ID != tc.in.ID || info.Title != tc.in.Title || info.URL != tc.in.URL ||
				info.Source != tc.in.Source || info.Published != tc.in.Published {
				t.Errorf("DocInfo metadata = %+v, want that of %q", info, tc.in.ID)
			}
			if info.Hash != ContentHash(tc.in) {
				t.Errorf("DocInfo.Hash = %s, want ContentHash %s", info.Hash, ContentHash(tc.in))
			}
			if info.Sentences != len(tc.in.Sentences) {
				t.Errorf("DocInfo.Sentences = %d, want %d", info.Sentences, len(tc.in.Sentences))
			}
			if (info.Dateline == nil) != (tc.in.Dateline == nil) || (info.Dateline != nil && *info.Dateline != *tc.in.Dateline) {
				t.Errorf("DocInfo.Dateline = %v, want %v", info.Dateline, tc.in.Dateline)
			}
			if info.IngestedAt.Before(before) || info.IngestedAt.After(time.Now().Add(time.Second)) || info.IngestedAt.Location() != time.UTC {
				t.Errorf("DocInfo.IngestedAt = %v, want about now in UTC", info.IngestedAt)
			}
		})
	}
}

// The full fixture must put rows in every table, or the round trip above
// would not prove that the table is read back.
func TestFullFixtureFillsEveryTable(t *testing.T) {
	s, _ := openTemp(t)
	if _, err := s.IngestBatch(context.Background(), []*analysis.Analysis{fullAnalysis(t, "x")}); err != nil {
		t.Fatal(err)
	}
	for tb, n := range counts(t, s.DB()) {
		if n == 0 {
			t.Errorf("table %s is empty after ingesting the full fixture", tb)
		}
	}
}

func TestDocumentNotFound(t *testing.T) {
	s, _ := openTemp(t)
	_, _, err := s.Document(context.Background(), "missing-id")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if !strings.Contains(err.Error(), "missing-id") {
		t.Errorf("error %q does not name the id", err)
	}
}

func TestIngestIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	batch := []*analysis.Analysis{fullAnalysis(t, "a"), smallAnalysis("b", "One. Two."), fullAnalysis(t, "c")}
	out, err := s.IngestBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Outcome{Added, Added, Added}; !reflect.DeepEqual(out, want) {
		t.Fatalf("first ingest = %v, want %v", out, want)
	}
	before := counts(t, s.DB())
	var stamp string
	s.DB().QueryRow(`SELECT ingested_at FROM documents WHERE id = 'b'`).Scan(&stamp)

	// Same content again, as fresh values (not the same pointers), plus one
	// new document: only the new one is written.
	again := []*analysis.Analysis{fullAnalysis(t, "a"), smallAnalysis("b", "One. Two."), fullAnalysis(t, "c"), smallAnalysis("d", "New.")}
	out, err = s.IngestBatch(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Outcome{Unchanged, Unchanged, Unchanged, Added}; !reflect.DeepEqual(out, want) {
		t.Fatalf("second ingest = %v, want %v", out, want)
	}
	after := counts(t, s.DB())
	if after["documents"] != before["documents"]+1 || after["sentences"] != before["sentences"]+1 {
		t.Errorf("documents %d -> %d, sentences %d -> %d; want one more of each",
			before["documents"], after["documents"], before["sentences"], after["sentences"])
	}
	for _, tb := range dataTables {
		if tb != "documents" && tb != "sentences" && after[tb] != before[tb] {
			t.Errorf("table %s: %d rows -> %d, want unchanged", tb, before[tb], after[tb])
		}
	}
	var stamp2 string
	s.DB().QueryRow(`SELECT ingested_at FROM documents WHERE id = 'b'`).Scan(&stamp2)
	if stamp2 != stamp {
		t.Errorf("ingested_at of an unchanged document moved: %s -> %s", stamp, stamp2)
	}
}

func TestIngestReplace(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{
		smallAnalysis("first", "Zebras crossed the river. Nobody saw them."),
		fullAnalysis(t, "second"),
		smallAnalysis("third", "Owls hooted."),
	}); err != nil {
		t.Fatal(err)
	}
	changed := []struct {
		name string
		edit func(a *analysis.Analysis)
	}{
		{"text", func(a *analysis.Analysis) {}},
		{"title", func(a *analysis.Analysis) { a.Title = "New title" }},
		{"url", func(a *analysis.Analysis) { a.URL = "https://example.test/x" }},
		{"source", func(a *analysis.Analysis) { a.Source = "Other Wire" }},
		{"published", func(a *analysis.Analysis) { a.Published = "2031-02-03" }},
	}
	for i, tc := range changed {
		t.Run(tc.name, func(t *testing.T) {
			// Each edit changes the text too on the first case only; the
			// others keep the text of the previous step and change metadata.
			a := smallAnalysis("second", "Giraffes waited at the gate. Then they left.")
			if i > 0 {
				prev, _, err := s.Document(ctx, "second")
				if err != nil {
					t.Fatal(err)
				}
				a = prev
			}
			tc.edit(a)
			out, err := s.IngestBatch(ctx, []*analysis.Analysis{a})
			if err != nil {
				t.Fatal(err)
			}
			if out[0] != Replaced {
				t.Fatalf("outcome = %v, want replaced", out[0])
			}
			got, _, err := s.Document(ctx, "second")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, a) {
				t.Fatalf("after replace, Document = %+v, want %+v", got, a)
			}
		})
	}
	// The old version's rows are gone from every table and the index.
	c := counts(t, s.DB())
	for _, tb := range []string{"entities", "mentions", "quotes", "events", "stories", "document_errors", "story_account_refs"} {
		if c[tb] != 0 {
			t.Errorf("table %s still has %d rows of the replaced version", tb, c[tb])
		}
	}
	if hits, err := s.Search(ctx, "Beneland", 0); err != nil || len(hits) != 0 {
		t.Errorf("search for a word of the replaced text = %v, %v; want no hits", hits, err)
	}
	if hits, err := s.Search(ctx, "giraffes", 0); err != nil || len(hits) != 1 || hits[0].DocID != "second" {
		t.Errorf("search for a word of the new text = %v, %v; want one hit in second", hits, err)
	}
	// The replaced document keeps its place in the ingest order.
	var ids []string
	if err := s.Documents(ctx, func(a *analysis.Analysis) error { ids = append(ids, a.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"first", "second", "third"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("Documents order = %v, want %v", ids, want)
	}
	checkIndex(t, s)
}

// checkIndex runs FTS5's own consistency check of the full-text index
// against the sentences table.
func checkIndex(t *testing.T, s *Store) {
	t.Helper()
	if _, err := s.DB().Exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("full-text index inconsistent with sentences: %v", err)
	}
}

func TestIngestDuplicateIDInBatch(t *testing.T) {
	s, _ := openTemp(t)
	out, err := s.IngestBatch(context.Background(), []*analysis.Analysis{
		smallAnalysis("x", "One."), smallAnalysis("x", "One."), smallAnalysis("x", "Two."),
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []Outcome{Added, Unchanged, Replaced}; !reflect.DeepEqual(out, want) {
		t.Fatalf("outcomes = %v, want %v", out, want)
	}
	a, _, err := s.Document(context.Background(), "x")
	if err != nil || a.Text != "Two." {
		t.Fatalf("Document = %v, %v; want the last version", a, err)
	}
	checkIndex(t, s)
	if hits, err := s.Search(context.Background(), "one", 0); err != nil || len(hits) != 0 {
		t.Errorf("the replaced version is still found: %v, %v", hits, err)
	}
	if hits, err := s.Search(context.Background(), "two", 0); err != nil || len(hits) != 1 {
		t.Errorf("the last version is not found once: %v, %v", hits, err)
	}
}

func TestIngestRejectsBadInput(t *testing.T) {
	good := smallAnalysis("good", "Fine text.")
	outOfRange := smallAnalysis("oor", "Short.")
	outOfRange.Sentences = []analysis.Sentence{{Start: 2, End: 99}}
	backwards := smallAnalysis("back", "Short.")
	backwards.Sentences = []analysis.Sentence{{Start: 4, End: 2}}
	negative := smallAnalysis("neg", "Short.")
	negative.Sentences = []analysis.Sentence{{Start: -1, End: 2}}
	tests := []struct {
		name   string
		bad    *analysis.Analysis
		expect []string // fragments the error must contain
	}{
		{"nil", nil, []string{"batch item 1", "nil"}},
		{"empty id", smallAnalysis("", "Text."), []string{"batch item 1", "empty id"}},
		{"invalid UTF-8", smallAnalysis("bin", "bad \xff byte"), []string{`"bin"`, "UTF-8"}},
		{"sentence past the end", outOfRange, []string{`"oor"`, "sentence 0", "[2,99)", "6 bytes"}},
		{"sentence backwards", backwards, []string{`"back"`, "sentence 0"}},
		{"negative offset", negative, []string{`"neg"`, "sentence 0"}},
	}
	s, _ := openTemp(t) // shared: a refused batch writes nothing
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := s.IngestBatch(context.Background(), []*analysis.Analysis{good, tc.bad})
			if err == nil {
				t.Fatalf("IngestBatch accepted bad input, outcomes %v", out)
			}
			for _, f := range tc.expect {
				if !strings.Contains(err.Error(), f) {
					t.Errorf("error %q does not contain %q", err, f)
				}
			}
			if n := count(t, s.DB(), "documents"); n != 0 {
				t.Errorf("%d documents written by a refused batch, want 0", n)
			}
		})
	}
}

func TestIngestEmptyBatch(t *testing.T) {
	s, _ := openTemp(t)
	out, err := s.IngestBatch(context.Background(), nil)
	if err != nil || len(out) != 0 {
		t.Fatalf("IngestBatch(nil) = %v, %v; want no outcomes, no error", out, err)
	}
}

func TestOutcomeString(t *testing.T) {
	for o, want := range map[Outcome]string{Added: "added", Unchanged: "unchanged", Replaced: "replaced", Outcome(9): "Outcome(9)"} {
		if got := o.String(); got != want {
			t.Errorf("Outcome(%d).String() = %q, want %q", int(o), got, want)
		}
	}
}

func TestContentHash(t *testing.T) {
	base := func() *analysis.Analysis {
		a := smallAnalysis("id", "Text.")
		a.URL, a.Title, a.Source, a.Published = "u", "t", "s", "2031-01-01"
		return a
	}
	h0 := ContentHash(base())
	if len(h0) != 64 {
		t.Fatalf("hash %q is not 64 hex digits", h0)
	}
	changes := map[string]func(*analysis.Analysis){
		"id":        func(a *analysis.Analysis) { a.ID = "id2" },
		"url":       func(a *analysis.Analysis) { a.URL = "u2" },
		"title":     func(a *analysis.Analysis) { a.Title = "t2" },
		"source":    func(a *analysis.Analysis) { a.Source = "s2" },
		"published": func(a *analysis.Analysis) { a.Published = "2031-01-02" },
		"text":      func(a *analysis.Analysis) { a.Text = "Text!" },
		// Moving bytes between adjacent fields must change the hash.
		"boundary": func(a *analysis.Analysis) { a.URL, a.Title = "ut", "" },
	}
	for name, edit := range changes {
		a := base()
		edit(a)
		if ContentHash(a) == h0 {
			t.Errorf("changing %s does not change the hash", name)
		}
	}
	same := map[string]func(*analysis.Analysis){
		"sentences": func(a *analysis.Analysis) { a.Sentences = nil },
		"dateline":  func(a *analysis.Analysis) { a.Dateline = &analysis.Dateline{Place: "P"} },
		"events":    func(a *analysis.Analysis) { a.Events = []analysis.Event{{ID: "e1"}} },
	}
	for name, edit := range same {
		a := base()
		edit(a)
		if ContentHash(a) != h0 {
			t.Errorf("changing %s changes the hash; the hash covers only text and metadata", name)
		}
	}
}

func TestDocumentsOrderAndStop(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	var want []string
	for i, batch := range [][]string{{"m", "c"}, {"z"}, {"a", "b"}} {
		var as []*analysis.Analysis
		for _, id := range batch {
			as = append(as, smallAnalysis(id, "Batch text "+id+"."))
			want = append(want, id)
		}
		if _, err := s.IngestBatch(ctx, as); err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
	}
	var got []string
	if err := s.Documents(ctx, func(a *analysis.Analysis) error {
		got = append(got, a.ID)
		// fn may use the store while iterating.
		if _, _, err := s.Document(ctx, a.ID); err != nil {
			return err
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Documents order = %v, want ingest order %v", got, want)
	}
	// A batch committed while iterating is not part of the snapshot.
	seen := 0
	if err := s.Documents(ctx, func(a *analysis.Analysis) error {
		seen++
		if seen == 1 {
			_, err := s.IngestBatch(ctx, []*analysis.Analysis{smallAnalysis("late", "Late arrival.")})
			return err
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if seen != len(want) {
		t.Errorf("Documents saw %d documents, want the %d of its snapshot", seen, len(want))
	}
	if _, _, err := s.Document(ctx, "late"); err != nil {
		t.Errorf("document ingested during Documents: %v", err)
	}
	stop := errors.New("enough")
	n := 0
	err := s.Documents(ctx, func(*analysis.Analysis) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Documents with a failing fn: err %v after %d calls, want the fn's error after 1", err, n)
	}
}

func TestInterruptedIngestResumes(t *testing.T) {
	ctx := context.Background()
	var batches [][]*analysis.Analysis
	for b := 0; b < 4; b++ {
		var batch []*analysis.Analysis
		for i := 0; i < 5; i++ {
			id := string(rune('a'+b)) + string(rune('0'+i))
			a := fullAnalysis(t, id)
			a.Text += "Marker" + id + " ends it.\n"
			batch = append(batch, a)
		}
		batches = append(batches, batch)
	}
	tests := []struct {
		name string
		// run ingests with a context that is cancelled at some point and
		// returns how many batches must have been committed.
		run func(t *testing.T, s *Store) int
	}{
		{"cancelled between batches", func(t *testing.T, s *Store) int {
			cctx, cancel := context.WithCancel(ctx)
			defer cancel()
			for i, b := range batches {
				if i == 2 {
					cancel()
				}
				_, err := s.IngestBatch(cctx, b)
				if i < 2 && err != nil {
					t.Fatalf("batch %d: %v", i, err)
				}
				if i >= 2 && !errors.Is(err, context.Canceled) {
					t.Fatalf("batch %d after cancel: err %v, want context.Canceled", i, err)
				}
			}
			return 2
		}},
		{"cancelled during a batch", func(t *testing.T, s *Store) int {
			if _, err := s.IngestBatch(ctx, batches[0]); err != nil {
				t.Fatal(err)
			}
			cctx, cancel := context.WithCancel(ctx)
			defer cancel()
			// Cancel once two documents of the batch are written.
			afterPut = func(i int) {
				if i == 1 {
					cancel()
				}
			}
			defer func() { afterPut = nil }()
			_, err := s.IngestBatch(cctx, batches[1])
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled", err)
			}
			if !strings.Contains(err.Error(), "interrupted before document \"b2\" (batch item 2)") {
				t.Errorf("err = %v, want the cancel noticed before batch item 2", err)
			}
			return 1
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, path := openTemp(t)
			committed := tc.run(t, s)
			perDoc := counts(t, s.DB())
			if perDoc["documents"] != committed*5 {
				t.Fatalf("%d documents after the interruption, want %d (whole batches only)", perDoc["documents"], committed*5)
			}
			// Every table holds exactly the committed documents' rows: a
			// full fixture contributes the same number to each.
			for tb, n := range perDoc {
				if n%(committed*5) != 0 {
					t.Errorf("table %s has %d rows, not a multiple of %d documents: partial batch left behind", tb, n, committed*5)
				}
			}
			for b := committed; b < len(batches); b++ {
				id := batches[b][0].ID
				if hits, err := s.Search(ctx, "Marker"+id, 0); err != nil || len(hits) != 0 {
					t.Errorf("search for uncommitted %s = %v, %v; want nothing", id, hits, err)
				}
			}
			// Resume in a new process: reopen and ingest everything again.
			s.Close()
			s2, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s2.Close()
			for b, batch := range batches {
				out, err := s2.IngestBatch(ctx, batch)
				if err != nil {
					t.Fatalf("resume batch %d: %v", b, err)
				}
				want := Added
				if b < committed {
					want = Unchanged
				}
				for i, o := range out {
					if o != want {
						t.Errorf("resume batch %d doc %d: %v, want %v", b, i, o, want)
					}
				}
			}
			if n := count(t, s2.DB(), "documents"); n != 20 {
				t.Errorf("%d documents after resuming, want 20", n)
			}
			checkIndex(t, s2)
		})
	}
}

func TestConcurrentWriters(t *testing.T) {
	s, path := openTemp(t)
	other, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	errs := make(chan error, 2)
	for w, st := range []*Store{s, other} {
		go func() {
			for i := 0; i < 10; i++ {
				id := string(rune('a'+w)) + string(rune('0'+i))
				if _, err := st.IngestBatch(context.Background(), []*analysis.Analysis{fullAnalysis(t, id)}); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent ingest: %v", err)
		}
	}
	if n := count(t, s.DB(), "documents"); n != 20 {
		t.Errorf("%d documents, want 20", n)
	}
}

func TestConcurrentOpenOfANewStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	const n = 4
	errs := make(chan error, n)
	for range n {
		go func() {
			s, err := Open(context.Background(), path)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("concurrent Open: %v", err)
		}
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := count(t, s.DB(), "schema_migrations"); got != LatestSchemaVersion() {
		t.Errorf("schema_migrations has %d rows, want %d (each migration once)", got, LatestSchemaVersion())
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	latest := LatestSchemaVersion()
	if latest != len(ms) || latest < 1 {
		t.Fatalf("LatestSchemaVersion = %d with %d migrations", latest, len(ms))
	}
	s, path := openTemp(t)
	if v, err := s.SchemaVersion(ctx); err != nil || v != latest {
		t.Fatalf("new store: SchemaVersion = %d, %v; want %d", v, err, latest)
	}
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{fullAnalysis(t, "kept")}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// Reopening an up-to-date store applies nothing and keeps the data.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, s.DB(), "schema_migrations"); n != latest {
		t.Errorf("schema_migrations has %d rows after reopening, want %d", n, latest)
	}
	// An existing store gains a later migration, in order, data intact.
	next := migration{version: latest + 1, name: "test_extra", sql: `CREATE TABLE test_extra (x INTEGER) STRICT; INSERT INTO test_extra VALUES (7);`}
	if err := s.migrate(ctx, append(ms, next)); err != nil {
		t.Fatalf("applying a later migration: %v", err)
	}
	if v, _ := s.SchemaVersion(ctx); v != latest+1 {
		t.Errorf("SchemaVersion after the extra migration = %d, want %d", v, latest+1)
	}
	if n := count(t, s.DB(), "test_extra"); n != 1 {
		t.Errorf("extra migration ran %d times, want once", n)
	}
	if _, _, err := s.Document(ctx, "kept"); err != nil {
		t.Errorf("document lost by a migration: %v", err)
	}
	// A failing migration leaves the version where it was.
	bad := migration{version: latest + 2, name: "broken", sql: `CREATE TABLE half (x INTEGER); THIS IS NOT SQL;`}
	if err := s.migrate(ctx, append(ms, next, bad)); err == nil || !strings.Contains(err.Error(), "_broken") {
		t.Errorf("broken migration: err = %v, want one naming it", err)
	}
	if v, _ := s.SchemaVersion(ctx); v != latest+1 {
		t.Errorf("SchemaVersion after a failed migration = %d, want %d", v, latest+1)
	}
	var half int
	s.DB().QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'half'`).Scan(&half)
	if half != 0 {
		t.Errorf("a failed migration left its first table behind")
	}
	s.Close()

	// This binary does not know version latest+1: refuse, clearly.
	_, err = Open(ctx, path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("opening a newer store: err = %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the path", err)
	}
}

func TestOpenRefusesWhatIsNotAStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	foreign := filepath.Join(dir, "foreign.db")
	{
		db, err := sql.Open("sqlite", foreign)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`CREATE TABLE recipes (name TEXT)`); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	// A real store whose pages are then overwritten with garbage.
	corrupt := filepath.Join(dir, "corrupt.db")
	{
		s, err := Open(ctx, corrupt)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		data, err := os.ReadFile(corrupt)
		if err != nil {
			t.Fatal(err)
		}
		for i := 100; i < len(data); i++ {
			data[i] = byte(i * 7)
		}
		os.Remove(corrupt + "-wal")
		os.Remove(corrupt + "-shm")
		if err := os.WriteFile(corrupt, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		path   string
		expect string
	}{
		{"text file", write("notes.db", bytes.Repeat([]byte("this is not a database\n"), 200)), "not a SQLite database"},
		{"short garbage", write("short.db", []byte("SQLite format 2\x00 nope")), "not a SQLite database"},
		{"directory", dir, "is a directory"},
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "x.db"), "cannot open"},
		{"another program's database", foreign, "not a parley store"},
		{"corrupt store", corrupt, "corrupt"},
		{"empty path", "", "empty database path"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(ctx, tc.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tc.path)
			}
			t.Logf("Open error: %v", err)
			if !strings.Contains(err.Error(), tc.expect) {
				t.Errorf("error %q does not say %q", err, tc.expect)
			}
			if tc.path != "" && !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name the path", err)
			}
		})
	}
}

func TestOpenPathWithURIChars(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "odd ?#% name")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "a?b#c%20.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the database was not created at the given path: %v", err)
	}
}

// The same document analysed differently (by a newer parley, say) replaces
// the stored analysis instead of being skipped as unchanged.
func TestIngestReanalysedReplaces(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	old := smallAnalysis("r", "Talks began. They ended.")
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{old}); err != nil {
		t.Fatal(err)
	}
	newer := smallAnalysis("r", "Talks began. They ended.")
	newer.Errors = []string{"a later stage had something to say"}
	out, err := s.IngestBatch(ctx, []*analysis.Analysis{newer, smallAnalysis("r", "Talks began. They ended.")})
	if err != nil {
		t.Fatal(err)
	}
	// The second item is the old analysis again: it differs from the one
	// just stored, so it replaces it in turn.
	if want := []Outcome{Replaced, Replaced}; !reflect.DeepEqual(out, want) {
		t.Fatalf("outcomes = %v, want %v", out, want)
	}
	out, err = s.IngestBatch(ctx, []*analysis.Analysis{smallAnalysis("r", "Talks began. They ended.")})
	if err != nil || !reflect.DeepEqual(out, []Outcome{Unchanged}) {
		t.Fatalf("identical re-ingest: %v, %v; want unchanged", out, err)
	}
}
