package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"parley/internal/analysis"
)

// The fixtures are invented: fictional countries and people, written for
// these tests.

// span returns the byte span of the n-th (0-based) occurrence of sub in text,
// failing the test when it is absent, so that offsets are derived from the
// text rather than counted by hand.
func span(t testing.TB, text, sub string, n int) analysis.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("fixture: %q not found (occurrence %d)", sub, n)
		}
		if n == 0 {
			return analysis.Span{Start: from + i, End: from + i + len(sub)}
		}
		n--
		from += i + len(sub)
	}
}

func fptr(f float64) *float64 { return &f }

// fullAnalysis fills every field of the contract, so that a round trip
// through the store exercises every table and column.
func fullAnalysis(t testing.TB, id string) *analysis.Analysis {
	t.Helper()
	text := "PORTVILLE, May 2 (Test Wire) - Aldora and Beneland held talks in Crésthaven on Monday, officials said.\n\n" +
		"Talks resumed\n\n" +
		"\"We are ready to keep talking, but not at any price,\" said Aldoran Foreign Minister Dana Voss. " +
		"Beneland's envoy Ivo Marsh said no agreement had been reached and blamed Corvania for the delay.\n"
	sent := func(from, to string, heading bool) analysis.Sentence {
		a, b := span(t, text, from, 0), span(t, text, to, 0)
		return analysis.Sentence{Start: a.Start, End: b.End, Heading: heading}
	}
	dl := span(t, text, "PORTVILLE, May 2 (Test Wire) -", 0)
	q1 := span(t, text, "We are ready to keep talking,", 0)
	q1b := span(t, text, "but not at any price,", 0)
	cue := span(t, text, "said", 1)
	src := span(t, text, "Aldoran Foreign Minister Dana Voss", 0)
	q2 := span(t, text, "no agreement had been reached", 0)
	ev := span(t, text, "held talks", 0)
	return &analysis.Analysis{
		ID:        id,
		Title:     "Aldora, Beneland \"talk\", again",
		URL:       "https://example.test/news/" + id,
		Source:    "Test Wire",
		Published: "2031-05-02",
		Dateline:  &analysis.Dateline{Place: "Portville", Start: dl.Start, End: dl.End},
		Text:      text,
		Sentences: []analysis.Sentence{
			sent("PORTVILLE", "officials said.", false),
			sent("Talks resumed", "Talks resumed", true),
			sent("\"We are ready", "Dana Voss.", false),
			sent("Beneland's envoy", "the delay.", false),
		},
		Entities: []analysis.Entity{
			{Start: dl.Start, End: dl.Start + 9, Text: "PORTVILLE", Type: "LOC", Subtype: "GPE"},
			{Start: span(t, text, "Aldora", 0).Start, End: span(t, text, "Aldora", 0).End, Text: "Aldora", Type: "LOC", Subtype: "GPE", Actor: "aldora"},
			{Start: span(t, text, "Dana Voss", 0).Start, End: span(t, text, "Dana Voss", 0).End, Text: "Dana Voss", Type: "PER", Actor: "dana-voss"},
		},
		Mentions: []analysis.Mention{
			{Start: src.Start, End: src.End, Text: "Aldoran Foreign Minister Dana Voss", Kind: "title", Actor: "dana-voss",
				Warnings: []string{"title not confirmed for the date", "second; warning, with \"quotes\""}},
			{Start: span(t, text, "Beneland's envoy", 0).Start, End: span(t, text, "Beneland's envoy", 0).End, Text: "Beneland's envoy", Kind: "description", Actor: "ivo-marsh"},
			{Start: 0, End: 0, Text: "they", Kind: "pronoun"},
		},
		Actors: []analysis.Actor{
			{ID: "aldora", Name: "Aldora", Code: "ALDGOV", Country: "ALD", Sectors: []string{"GOV"}},
			{ID: "dana-voss", Name: "Dana Voss", Code: "ALDGOVDIP", Country: "ALD", Sectors: []string{"GOV", "DIP"}, Role: "Foreign Minister"},
			{ID: "ivo-marsh", Name: "Ivo Marsh", Code: "BENDIP", Country: "BEN"},
			{ID: "corvania", Name: "Corvania"},
		},
		Quotes: []analysis.Quote{
			{ID: "q1", Kind: "direct", Content: []analysis.Span{q1, q1b}, Cue: &cue, Source: &src,
				Speaker: "dana-voss", SpeakerName: "Dana Voss", About: []string{"e1", "s1"}, Stance: "mixed"},
			{ID: "q2", Kind: "indirect", Content: []analysis.Span{q2}, Within: "q1"},
		},
		Events: []analysis.Event{
			{ID: "e1", Sentence: 0, Evidence: ev, Source: []string{"aldora"}, Target: []string{"beneland", "beneland-gov"},
				Via: []string{"corvania"}, SourceCode: "ALDGOV", TargetCode: "BENGOV", Code: "043", Root: "04", Quad: 1,
				Goldstein: 2.8, Plover: "CONSULT", Mode: "visit", Contexts: []string{"territory", "ceasefire"},
				Modality: "asserted", ReportedBy: "q1", Date: "2031-04-28", DateText: "on Monday",
				Location: &analysis.Location{Name: "Crésthaven", Country: "ALD", Lat: fptr(45.125), Lon: fptr(-3.5)}, Confidence: 0.875},
			{ID: "e2", Sentence: 3, Evidence: q2, Source: []string{}, Target: []string{}, Code: "057", Root: "05", Quad: 1,
				Goldstein: 8, Negated: true, Date: "2031-05-02", DateFromPublication: true,
				Location: &analysis.Location{Name: "Portville", Lat: fptr(0)}, Confidence: 0.5},
			{ID: "e3", Sentence: 3, Evidence: span(t, text, "blamed Corvania", 0), Source: []string{"ivo-marsh"}, Target: []string{"corvania"},
				SourceCode: "BENDIP", Code: "112", Root: "11", Quad: 3, Goldstein: -2, Modality: "asserted", Confidence: 0.25},
		},
		Stories: []analysis.Story{
			{ID: "s1", Kind: "talks", Title: "Aldora–Beneland talks", Events: []string{"e1", "e2"},
				Participants: []string{"aldora", "beneland"}, Date: "2031-04-28",
				Location: &analysis.Location{Name: "Crésthaven", Country: "ALD"},
				Accounts: []analysis.Account{
					{Side: "ALD", Actors: []string{"dana-voss"}, Quotes: []string{"q1"}, Stance: "positive", Summary: "ready to keep talking"},
					{Side: "BEN", Actors: []string{"ivo-marsh"}, Quotes: []string{"q2"}, Stance: "negative"},
					{Side: "COR"},
				},
				Issues: []string{"territory"}, Undisclosed: true, NextSteps: []string{"e3"},
				GoBetweens: []string{"corvania"}, Blamed: []string{"corvania"}},
			{ID: "s2", Kind: "accusation", Events: []string{"e3"}},
		},
		Errors: []string{"dateline year assumed", "second error"},
	}
}

// smallAnalysis is a minimal analysis as today's pipeline produces it:
// metadata, text and sentences, all other arrays empty.
func smallAnalysis(id, text string) *analysis.Analysis {
	a := &analysis.Analysis{
		ID:        id,
		Text:      text,
		Sentences: []analysis.Sentence{},
		Entities:  []analysis.Entity{},
		Mentions:  []analysis.Mention{},
		Actors:    []analysis.Actor{},
		Quotes:    []analysis.Quote{},
		Events:    []analysis.Event{},
		Stories:   []analysis.Story{},
		Errors:    []string{},
	}
	// One sentence per ". "-terminated piece: enough structure for search.
	start := 0
	for start < len(text) {
		i := strings.Index(text[start:], ". ")
		end := len(text)
		if i >= 0 {
			end = start + i + 1
		}
		a.Sentences = append(a.Sentences, analysis.Sentence{Start: start, End: end})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return a
}

// openTemp opens a fresh store in a temporary directory.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// count returns the number of rows of a table.
func count(t testing.TB, db *sql.DB, table string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

// dataTables are all tables that hold document data.
var dataTables = []string{"documents", "document_errors", "sentences", "entities", "mentions", "mention_warnings",
	"actors", "actor_sectors", "quotes", "quote_spans", "quote_about", "events", "event_actors", "event_contexts",
	"stories", "story_events", "story_actors", "story_issues", "story_accounts", "story_account_refs"}

// counts returns the row count of every data table.
func counts(t testing.TB, db *sql.DB) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, tb := range dataTables {
		m[tb] = count(t, db, tb)
	}
	return m
}
