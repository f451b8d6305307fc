package store

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"parley/internal/analysis"
)

// searchStore holds three short invented documents.
func searchStore(t *testing.T) *Store {
	t.Helper()
	s, _ := openTemp(t)
	docs := []*analysis.Analysis{
		smallAnalysis("d1", "The ministers met in Crésthaven. Talks on the border resumed after a pause. Nothing was agreed."),
		smallAnalysis("d2", "Border guards waved at the ministers. The talks were described as frank."),
		smallAnalysis("d3", "A festival of kites opened. Children flew red kites over the harbour."),
	}
	docs[0].Title, docs[1].Title, docs[2].Title = "Talks resume", "Guards", "Kites"
	if _, err := s.IngestBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSearch(t *testing.T) {
	s := searchStore(t)
	ctx := context.Background()
	type loc struct {
		doc      string
		sentence int
	}
	tests := []struct {
		name    string
		query   string
		limit   int
		want    []loc  // nil: only check the count
		count   int    // when want is nil
		snippet string // a fragment every hit's snippet must contain
	}{
		{name: "word in two documents", query: "border", want: nil, count: 2, snippet: "border]"},
		{name: "case and diacritics folded", query: "CRESTHAVEN", want: []loc{{"d1", 0}}, snippet: "[Crésthaven]"},
		{name: "phrase", query: `"border resumed"`, want: []loc{{"d1", 1}}},
		{name: "prefix", query: "kite*", count: 2},
		{name: "all words must occur", query: "talks frank", want: []loc{{"d2", 1}}, snippet: "[talks]"},
		{name: "OR", query: "festival OR agreed", count: 2},
		{name: "no match", query: "submarine", want: []loc{}},
		{name: "limit", query: "the", limit: 2, count: 2},
		{name: "no limit", query: "the", limit: 0, count: 5},
		// Not valid FTS5: retried as quoted plain words.
		{name: "unbalanced quote", query: `"border`, count: 2},
		{name: "stray colon", query: "talks: frank", want: []loc{{"d2", 1}}},
		{name: "column filter on an unknown column", query: "title:kites", want: []loc{}},
		{name: "bare operator", query: "AND", want: []loc{}},
		{name: "unbalanced parenthesis", query: "(kites", count: 2},
		{name: "lone star", query: "*", want: []loc{}},
		{name: "punctuation only", query: "!!! ???", want: []loc{}},
		{name: "hyphenated", query: "red-kites", want: []loc{{"d3", 1}}},
		{name: "NEAR without close", query: "NEAR(kites red", want: []loc{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tc.query, tc.limit)
			if err != nil {
				t.Fatalf("Search(%q): %v", tc.query, err)
			}
			if tc.want != nil {
				got := []loc{}
				for _, h := range hits {
					got = append(got, loc{h.DocID, h.Sentence})
				}
				if !reflect.DeepEqual(got, tc.want) {
					t.Fatalf("Search(%q) = %v, want %v", tc.query, got, tc.want)
				}
			} else if len(hits) != tc.count {
				t.Fatalf("Search(%q) gave %d hits, want %d: %+v", tc.query, len(hits), tc.count, hits)
			}
			for _, h := range hits {
				checkHit(t, s, h)
				if tc.snippet != "" && !strings.Contains(strings.ToLower(h.Snippet), strings.ToLower(tc.snippet)) {
					t.Errorf("snippet %q lacks %q", h.Snippet, tc.snippet)
				}
			}
		})
	}
}

// checkHit verifies a hit against the stored document: the offsets select
// the sentence text, the title is the document's, and the snippet shows the
// sentence with brackets added.
func checkHit(t *testing.T, s *Store, h Hit) {
	t.Helper()
	a, _, err := s.Document(context.Background(), h.DocID)
	if err != nil {
		t.Fatalf("hit in unknown document %q: %v", h.DocID, err)
	}
	if h.Title != a.Title {
		t.Errorf("hit title %q, document title %q", h.Title, a.Title)
	}
	if h.Sentence < 0 || h.Sentence >= len(a.Sentences) {
		t.Fatalf("hit sentence %d out of range", h.Sentence)
	}
	sent := a.Sentences[h.Sentence]
	if h.Start != sent.Start || h.End != sent.End || a.Text[h.Start:h.End] != h.Text {
		t.Errorf("hit [%d,%d) %q does not match sentence %d [%d,%d) %q",
			h.Start, h.End, h.Text, h.Sentence, sent.Start, sent.End, a.Text[sent.Start:sent.End])
	}
	if !strings.Contains(h.Snippet, "[") || !strings.Contains(h.Snippet, "]") {
		t.Errorf("snippet %q has no marked match", h.Snippet)
	}
	plain := strings.NewReplacer("[", "", "]", "").Replace(h.Snippet)
	if !strings.Contains(h.Text, strings.Trim(plain, "…")) {
		t.Errorf("snippet %q is not an excerpt of %q", h.Snippet, h.Text)
	}
}

func TestSearchDeterministic(t *testing.T) {
	s := searchStore(t)
	first, err := s.Search(context.Background(), "the", 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		again, err := s.Search(context.Background(), "the", 0)
		if err != nil || !reflect.DeepEqual(again, first) {
			t.Fatalf("search results differ between runs: %v vs %v (%v)", again, first, err)
		}
	}
}

func TestSearchErrors(t *testing.T) {
	s := searchStore(t)
	for _, q := range []string{"", "   ", "\t\n"} {
		if _, err := s.Search(context.Background(), q, 10); err == nil || !strings.Contains(err.Error(), "empty query") {
			t.Errorf("Search(%q): err = %v, want an empty-query error", q, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Search(ctx, "border", 10); err == nil {
		t.Errorf("Search with a cancelled context succeeded")
	}
}

func TestQuoteTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a b", `"a" "b"`},
		{`say "hi`, `"say" """hi"`},
		{"  spaced\tout  ", `"spaced" "out"`},
		{"", ""},
	}
	for _, tc := range tests {
		if got := quoteTerms(tc.in); got != tc.want {
			t.Errorf("quoteTerms(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
