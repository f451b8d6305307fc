package store

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// ExportJSONL writes every stored analysis to w as the JSON line it was
// ingested as, one per line, in ingest order. Lines ingested with
// IngestLines come back byte for byte.
func (s *Store) ExportJSONL(ctx context.Context, w io.Writer) error {
	rows, err := s.db.QueryContext(ctx, `SELECT json FROM documents ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("store: export jsonl from %q: %w", s.path, err)
	}
	defer rows.Close()
	bw := bufio.NewWriterSize(w, 64<<10)
	var line sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("store: export jsonl from %q: %w", s.path, err)
		}
		bw.Write(line)
		if err := bw.WriteByte('\n'); err != nil {
			return fmt.Errorf("store: export jsonl: writing: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: export jsonl from %q: %w", s.path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("store: export jsonl: writing: %w", err)
	}
	return nil
}

// csvBool renders a 0/1 column as the JSON words.
func csvBool(col string) string {
	return `CASE WHEN ` + col + ` THEN 'true' ELSE 'false' END`
}

// csvList renders a sub-list as its members joined with ";", in order.
func csvList(col, table, where string) string {
	return `(SELECT group_concat(` + col + `, ';' ORDER BY position) FROM ` + table + ` WHERE ` + where + `)`
}

// csvTables holds, per exportable table, its header and the query that
// produces the rows, in ingest order and then contract order. Documents are
// named by their id, not the store-internal seq. Sub-lists are flattened
// into one cell, members joined with ";" (the JSON Lines export, and SQL on
// the tables, stay exact when a member itself contains ";").
var csvTables = map[string]struct {
	header []string
	query  string
}{
	"documents": {
		[]string{"doc_id", "url", "title", "source", "published", "dateline_place", "dateline_start", "dateline_end",
			"sentences", "errors", "hash", "ingested_at", "text"},
		`SELECT d.id, d.url, d.title, d.source, d.published, d.dateline_place, d.dateline_start, d.dateline_end,
			(SELECT count(*) FROM sentences WHERE doc = d.seq),
			` + csvList("message", "document_errors", "doc = d.seq") + `,
			d.hash, d.ingested_at, d.text
		FROM documents d ORDER BY d.seq`,
	},
	"sentences": {
		[]string{"doc_id", "sentence", "start", "end", "heading", "text"},
		`SELECT d.id, s.idx, s.start_byte, s.end_byte, ` + csvBool("s.heading") + `, s.text
		FROM sentences s JOIN documents d ON d.seq = s.doc ORDER BY s.doc, s.idx`,
	},
	"entities": {
		[]string{"doc_id", "index", "start", "end", "text", "type", "subtype", "actor"},
		`SELECT d.id, e.idx, e.start_byte, e.end_byte, e.text, e.type, e.subtype, e.actor
		FROM entities e JOIN documents d ON d.seq = e.doc ORDER BY e.doc, e.idx`,
	},
	"mentions": {
		[]string{"doc_id", "index", "start", "end", "text", "kind", "actor", "warnings"},
		`SELECT d.id, m.idx, m.start_byte, m.end_byte, m.text, m.kind, m.actor,
			` + csvList("warning", "mention_warnings", "doc = m.doc AND mention = m.idx") + `
		FROM mentions m JOIN documents d ON d.seq = m.doc ORDER BY m.doc, m.idx`,
	},
	"quotes": {
		[]string{"doc_id", "index", "id", "kind", "content", "content_text", "cue_start", "cue_end", "source_start", "source_end",
			"speaker", "speaker_name", "within", "about", "stance"},
		`SELECT d.id, q.idx, q.id, q.kind,
			(SELECT group_concat(start_byte || '-' || end_byte, ';' ORDER BY position)
				FROM quote_spans WHERE doc = q.doc AND quote = q.idx),
			(SELECT group_concat(CAST(substr(CAST(d.text AS BLOB), start_byte + 1, end_byte - start_byte) AS TEXT), ' … ' ORDER BY position)
				FROM quote_spans WHERE doc = q.doc AND quote = q.idx),
			q.cue_start, q.cue_end, q.source_start, q.source_end, q.speaker, q.speaker_name, q.within,
			` + csvList("ref", "quote_about", "doc = q.doc AND quote = q.idx") + `, q.stance
		FROM quotes q JOIN documents d ON d.seq = q.doc ORDER BY q.doc, q.idx`,
	},
	"events": {
		[]string{"doc_id", "index", "id", "sentence", "evidence_start", "evidence_end", "evidence_text",
			"source", "target", "via", "source_code", "target_code", "code", "root", "quad", "goldstein",
			"plover", "mode", "contexts", "negated", "modality", "reported_by", "date", "date_text", "date_from_publication",
			"location_name", "location_country", "location_lat", "location_lon", "confidence"},
		`SELECT d.id, e.idx, e.id, e.sentence, e.evidence_start, e.evidence_end,
			CAST(substr(CAST(d.text AS BLOB), e.evidence_start + 1, e.evidence_end - e.evidence_start) AS TEXT),
			` + csvList("actor", "event_actors", "doc = e.doc AND event = e.idx AND role = 'source'") + `,
			` + csvList("actor", "event_actors", "doc = e.doc AND event = e.idx AND role = 'target'") + `,
			` + csvList("actor", "event_actors", "doc = e.doc AND event = e.idx AND role = 'via'") + `,
			e.source_code, e.target_code, e.code, e.root, e.quad, e.goldstein, e.plover, e.mode,
			` + csvList("context", "event_contexts", "doc = e.doc AND event = e.idx") + `,
			` + csvBool("e.negated") + `, e.modality, e.reported_by, e.date, e.date_text, ` + csvBool("e.date_from_publication") + `,
			e.location_name, e.location_country, e.location_lat, e.location_lon, e.confidence
		FROM events e JOIN documents d ON d.seq = e.doc ORDER BY e.doc, e.idx`,
	},
}

// CSVTables lists the table names ExportCSV accepts, sorted.
func CSVTables() []string {
	names := make([]string, 0, len(csvTables))
	for n := range csvTables {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ExportCSV writes one table as CSV (RFC 4180, via encoding/csv) with a
// header row: documents, sentences, entities, mentions, quotes or events
// (see CSVTables). Offsets are byte offsets as in the contract; absent
// optional values are empty cells; booleans are true/false.
func (s *Store) ExportCSV(ctx context.Context, w io.Writer, table string) error {
	t, ok := csvTables[table]
	if !ok {
		return fmt.Errorf("store: export csv: unknown table %q (want one of %s)", table, strings.Join(CSVTables(), ", "))
	}
	rows, err := s.db.QueryContext(ctx, t.query)
	if err != nil {
		return fmt.Errorf("store: export csv %s from %q: %w", table, s.path, err)
	}
	defer rows.Close()
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return fmt.Errorf("store: export csv %s: writing: %w", table, err)
	}
	vals := make([]any, len(t.header))
	ptrs := make([]any, len(t.header))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	rec := make([]string, len(t.header))
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("store: export csv %s from %q: %w", table, s.path, err)
		}
		for i, v := range vals {
			rec[i] = csvCell(v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("store: export csv %s: writing: %w", table, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: export csv %s from %q: %w", table, s.path, err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("store: export csv %s: writing: %w", table, err)
	}
	return nil
}

// csvCell formats one SQLite value; floats in the shortest form that reads
// back as the same number, as the JSON encoder writes them.
func csvCell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case string:
		return x
	case []byte:
		return string(x)
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}
