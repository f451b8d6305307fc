package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Hit is one sentence that matched a search.
type Hit struct {
	// DocID and Title identify the document.
	DocID, Title string
	// Sentence is the sentence's index in the analysis; Start and End are
	// its byte offsets in the document text.
	Sentence, Start, End int
	// Text is the whole sentence.
	Text string
	// Snippet is an excerpt of the sentence around the matches, each match
	// in [brackets], cut parts marked with "…".
	Snippet string
}

// searchSQL: snippets show at most 24 tokens, enough for a clause of context
// on either side of a match.
const searchSQL = `SELECT d.id, d.title, s.idx, s.start_byte, s.end_byte, s.text,
	snippet(sentences_fts, 0, '[', ']', '…', 24)
FROM sentences_fts
JOIN sentences s ON s.id = sentences_fts.rowid
JOIN documents d ON d.seq = s.doc
WHERE sentences_fts MATCH ?
ORDER BY sentences_fts.rank, s.doc, s.idx
LIMIT ?`

// Search finds sentences matching query, best first (FTS5's BM25 rank, ties
// in ingest and sentence order, so the order is deterministic), at most
// limit of them; limit <= 0 means no limit.
//
// query is an FTS5 query: words (all must occur), "phrases", prefix*,
// OR, NOT, NEAR(...). Matching ignores case and diacritics. A query that
// is not valid FTS5 syntax (say, an unbalanced quote or a stray colon) is
// retried as plain words, each quoted, so that searching for what the user
// typed still works; if that fails too the error names the query.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if strings.TrimSpace(query) == "" {
		return nil, errors.New("store: search: empty query")
	}
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	hits, err := s.search(ctx, query, limit)
	if err == nil {
		return hits, nil
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, ctx.Err())
	}
	plain := quoteTerms(query)
	hits, err2 := s.search(ctx, plain, limit)
	if err2 != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("store: search %q: %w", query, ctx.Err())
		}
		return nil, fmt.Errorf("store: search %q: not a valid query (%v), and as plain words %s it failed too: %w", query, err, plain, err2)
	}
	return hits, nil
}

// quoteTerms turns every whitespace-separated word of q into an FTS5 string,
// which FTS5 matches as a phrase whatever characters it holds.
func quoteTerms(q string) string {
	var b strings.Builder
	for i, f := range strings.Fields(q) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(f, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}

func (s *Store) search(ctx context.Context, query string, limit int) ([]Hit, error) {
	rows, err := s.db.QueryContext(ctx, searchSQL, query, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := []Hit{}
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.DocID, &h.Title, &h.Sentence, &h.Start, &h.End, &h.Text, &h.Snippet); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return hits, nil
}
