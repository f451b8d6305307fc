package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"parley/internal/analysis"
)

// Outcome says what IngestBatch did with one document.
type Outcome int

const (
	// Added: the id was new; the document was written.
	Added Outcome = iota
	// Unchanged: a document with the same content hash was already stored;
	// nothing was written.
	Unchanged
	// Replaced: the id was known with a different hash; the old rows were
	// deleted and the new ones written (the document keeps its place in the
	// ingest order).
	Replaced
)

// String returns "added", "unchanged" or "replaced".
func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// hashDomain starts every hashed message so that a future change to what is
// hashed can change the tag and never collide with old hashes.
const hashDomain = "parley/store content hash v1\x00"

// ContentHash returns the hex SHA-256 that identifies a document's content
// for idempotent ingest: over the document id, URL, title, source,
// published date and the analysed text, each written as an 8-byte big-endian
// length followed by its bytes (so that no two different field sets can
// produce the same message), after a version tag.
//
// The hash covers the input, not the analysis; the dateline is left out
// because it is derived from the text. Ingest compares the stored analysis
// line as well, so re-ingesting an unchanged corpus analysed by a newer
// parley replaces the old analyses, while an identical re-ingest is a no-op.
func ContentHash(a *analysis.Analysis) string {
	h := sha256.New()
	var n [8]byte
	h.Write([]byte(hashDomain))
	for _, f := range [...]string{a.ID, a.URL, a.Title, a.Source, a.Published, a.Text} {
		binary.BigEndian.PutUint64(n[:], uint64(len(f)))
		h.Write(n[:])
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// item is one document to ingest: its analysis and the JSON line to keep.
type item struct {
	a    *analysis.Analysis
	line []byte
	hash string
}

// IngestBatch writes a batch of analyses in one transaction: all of them or,
// on any error, none. Each analysis is kept as its analysis.Marshal encoding
// (the bytes `parley analyze` prints) for ExportJSONL; use IngestLines to
// keep lines exactly as another program wrote them.
//
// Ingest is idempotent by ContentHash: a document whose hash is stored is
// Unchanged (nothing is written) when its stored analysis is also the same;
// a known id with a new hash or a new analysis is Replaced, so re-ingesting
// with a newer parley refreshes the analyses; any other is Added. The outcomes are in batch order. A cancelled ctx rolls the
// whole batch back. Each analysis must have an id, valid UTF-8 text and
// sentences inside the text; otherwise the batch is refused before anything
// is written, with an error naming the document.
func (s *Store) IngestBatch(ctx context.Context, batch []*analysis.Analysis) ([]Outcome, error) {
	items := make([]item, len(batch))
	for i, a := range batch {
		if a == nil {
			return nil, fmt.Errorf("store: ingest: batch item %d is nil", i)
		}
		line, err := analysis.Marshal(a)
		if err != nil {
			return nil, fmt.Errorf("store: ingest: document %q (batch item %d): encoding JSON: %w", a.ID, i, err)
		}
		items[i] = item{a: a, line: line}
	}
	return s.ingest(ctx, items)
}

// IngestLines is IngestBatch for analyses given as JSON lines (the output of
// `parley analyze`): each line is decoded as an analysis and kept exactly as
// given, so ExportJSONL writes the same bytes back. A trailing newline (LF or
// CRLF) is dropped; a line spread over several lines is compacted to one.
// Errors name the line's position in lines.
func (s *Store) IngestLines(ctx context.Context, lines [][]byte) ([]Outcome, error) {
	items := make([]item, len(lines))
	for i, l := range lines {
		l = bytes.TrimSuffix(l, []byte("\n"))
		l = bytes.TrimSuffix(l, []byte("\r"))
		a := new(analysis.Analysis)
		if err := json.Unmarshal(l, a); err != nil {
			return nil, fmt.Errorf("store: ingest: line %d: not an analysis JSON object: %w", i+1, err)
		}
		if bytes.IndexByte(l, '\n') >= 0 {
			var b bytes.Buffer
			if err := json.Compact(&b, l); err != nil {
				return nil, fmt.Errorf("store: ingest: line %d: %w", i+1, err)
			}
			l = b.Bytes()
		}
		items[i] = item{a: a, line: l}
	}
	return s.ingest(ctx, items)
}

// validate checks what the store relies on: an id to key the document, UTF-8
// text (the JSON line could not represent anything else), and sentence spans
// inside the text, whose slices feed the full-text index.
func validate(a *analysis.Analysis) error {
	if a.ID == "" {
		return errors.New("empty id")
	}
	if !utf8.ValidString(a.Text) {
		return errors.New("text is not valid UTF-8")
	}
	for i, st := range a.Sentences {
		if st.Start < 0 || st.End < st.Start || st.End > len(a.Text) {
			return fmt.Errorf("sentence %d: span [%d,%d) is outside the text of %d bytes", i, st.Start, st.End, len(a.Text))
		}
	}
	return nil
}

func (s *Store) ingest(ctx context.Context, items []item) ([]Outcome, error) {
	for i := range items {
		it := &items[i]
		if err := validate(it.a); err != nil {
			return nil, fmt.Errorf("store: ingest: document %q (batch item %d): %w", it.a.ID, i, err)
		}
		it.hash = ContentHash(it.a)
	}
	if len(items) == 0 {
		return []Outcome{}, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: ingest: nothing written: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, fmt.Errorf("store: ingest: nothing written: %w", cerr)
		}
		return nil, fmt.Errorf("store: ingest into %q: begin: %w", s.path, err)
	}
	defer tx.Rollback() // a no-op after Commit
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("store: ingest into %q: %w", s.path, err)
	}
	defer w.close()
	now := time.Now().UTC().Format(time.RFC3339)
	out := make([]Outcome, len(items))
	for i := range items {
		// Cancellation is checked between documents; the transaction is also
		// tied to ctx, so a cancel during a statement aborts it and the
		// batch rolls back either way.
		it := &items[i]
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("store: ingest: batch rolled back, interrupted before document %q (batch item %d): %w", it.a.ID, i, err)
		}
		o, err := w.put(ctx, it, now)
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return nil, fmt.Errorf("store: ingest: batch rolled back, interrupted at document %q (batch item %d): %w", it.a.ID, i, cerr)
			}
			return nil, fmt.Errorf("store: ingest: document %q (batch item %d): %w", it.a.ID, i, err)
		}
		out[i] = o
		if afterPut != nil {
			afterPut(i)
		}
	}
	if err := w.flushIndex(ctx); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, fmt.Errorf("store: ingest: batch rolled back, interrupted at indexing: %w", cerr)
		}
		return nil, fmt.Errorf("store: ingest into %q: %w", s.path, err)
	}
	// Near-duplicates and merged stories are derived from what the batch
	// wrote and commit with it (merge.go). A batch that changed nothing
	// skips the step, once this Store has seen every document fingerprinted
	// (a store from before migration 0002 is fingerprinted by its first
	// ingest).
	changed := false
	replaced := map[int64]bool{}
	for i, o := range out {
		changed = changed || o != Unchanged
		if o != Replaced {
			continue
		}
		var seq int64
		if err := tx.QueryRowContext(ctx, `SELECT seq FROM documents WHERE id = ?`, items[i].a.ID).Scan(&seq); err != nil {
			return nil, fmt.Errorf("store: ingest into %q: document %q: %w", s.path, items[i].a.ID, err)
		}
		replaced[seq] = true
	}
	if changed || !s.fingerprinted.Load() {
		full := len(replaced) > 0 || !s.fingerprinted.Load()
		if err := afterBatch(ctx, tx, replaced, full); err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return nil, fmt.Errorf("store: ingest: batch rolled back, interrupted at merging stories: %w", cerr)
			}
			return nil, fmt.Errorf("store: ingest into %q: %w", s.path, err)
		}
	}
	if err := tx.Commit(); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, fmt.Errorf("store: ingest: batch rolled back, interrupted at commit: %w", cerr)
		}
		return nil, fmt.Errorf("store: ingest into %q: commit: %w", s.path, err)
	}
	s.fingerprinted.Store(true)
	return out, nil
}

// afterPut, when a test sets it, runs after each document of a batch is
// written, so that a test can cancel in the middle of a batch.
var afterPut func(i int)

// writer holds the statements of one ingest transaction, prepared once and
// reused for every row of the batch.
type writer struct {
	lookup, del, doc, docErr, sentence, index, maxSentence *sql.Stmt
	entity, mention, mentionWarning                        *sql.Stmt
	actor, actorSector                                     *sql.Stmt
	quote, quoteSpan, quoteAbout                           *sql.Stmt
	event, eventActor, eventContext                        *sql.Stmt
	story, storyEvent, storyActor, storyIssue              *sql.Stmt
	storyAccount, storyAccountRef                          *sql.Stmt
	all                                                    []*sql.Stmt

	// indexed is the highest sentence id in the full-text index; unindexed
	// says whether sentences were written since. See flushIndex.
	indexed   int64
	unindexed bool
}

// flushIndex adds the sentences written since the last flush to the
// full-text index, in one statement: FTS5 flushes its pending terms at every
// statement savepoint, so indexing row by row (or document by document)
// costs far more. It must run before any delete of sentences, since the
// delete trigger removes rows from the index and a row it never held would
// corrupt it, and before commit.
func (w *writer) flushIndex(ctx context.Context) error {
	if !w.unindexed {
		return nil
	}
	if _, err := w.index.ExecContext(ctx, w.indexed); err != nil {
		return fmt.Errorf("indexing sentences: %w", err)
	}
	if err := w.maxSentence.QueryRowContext(ctx).Scan(&w.indexed); err != nil {
		return fmt.Errorf("indexing sentences: %w", err)
	}
	w.unindexed = false
	return nil
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.lookup, `SELECT seq, hash, json FROM documents WHERE id = ?`},
		{&w.del, `DELETE FROM documents WHERE seq = ?`},
		{&w.doc, `INSERT INTO documents (seq, id, url, title, source, published, dateline_place, dateline_start, dateline_end, text, hash, ingested_at, json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.docErr, `INSERT INTO document_errors (doc, position, message) VALUES (?, ?, ?)`},
		{&w.sentence, `INSERT INTO sentences (doc, idx, start_byte, end_byte, heading, text) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.index, `INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ?`},
		{&w.maxSentence, `SELECT coalesce(max(id), 0) FROM sentences`},
		{&w.entity, `INSERT INTO entities (doc, idx, start_byte, end_byte, text, type, subtype, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.mention, `INSERT INTO mentions (doc, idx, start_byte, end_byte, text, kind, actor) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.mentionWarning, `INSERT INTO mention_warnings (doc, mention, position, warning) VALUES (?, ?, ?, ?)`},
		{&w.actor, `INSERT INTO actors (doc, idx, id, name, code, country, role) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.actorSector, `INSERT INTO actor_sectors (doc, actor, position, sector) VALUES (?, ?, ?, ?)`},
		{&w.quote, `INSERT INTO quotes (doc, idx, id, kind, cue_start, cue_end, source_start, source_end, speaker, speaker_name, within, stance)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.quoteSpan, `INSERT INTO quote_spans (doc, quote, position, start_byte, end_byte) VALUES (?, ?, ?, ?, ?)`},
		{&w.quoteAbout, `INSERT INTO quote_about (doc, quote, position, ref) VALUES (?, ?, ?, ?)`},
		{&w.event, `INSERT INTO events (doc, idx, id, sentence, evidence_start, evidence_end, source_code, target_code, code, root, quad, goldstein,
			plover, mode, negated, modality, reported_by, date, date_text, date_from_publication,
			location_name, location_country, location_lat, location_lon, confidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.eventActor, `INSERT INTO event_actors (doc, event, role, position, actor) VALUES (?, ?, ?, ?, ?)`},
		{&w.eventContext, `INSERT INTO event_contexts (doc, event, position, context) VALUES (?, ?, ?, ?)`},
		{&w.story, `INSERT INTO stories (doc, idx, id, kind, title, date, location_name, location_country, location_lat, location_lon, undisclosed)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.storyEvent, `INSERT INTO story_events (doc, story, role, position, event) VALUES (?, ?, ?, ?, ?)`},
		{&w.storyActor, `INSERT INTO story_actors (doc, story, role, position, actor) VALUES (?, ?, ?, ?, ?)`},
		{&w.storyIssue, `INSERT INTO story_issues (doc, story, position, issue) VALUES (?, ?, ?, ?)`},
		{&w.storyAccount, `INSERT INTO story_accounts (doc, story, idx, side, stance, summary) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.storyAccountRef, `INSERT INTO story_account_refs (doc, story, account, role, position, ref) VALUES (?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("preparing %.40q: %w", p.sql, err)
		}
		*p.dst = st
		w.all = append(w.all, st)
	}
	// Every sentence stored so far is indexed (the store never commits
	// otherwise), and AUTOINCREMENT makes every later id larger.
	if err := w.maxSentence.QueryRowContext(ctx).Scan(&w.indexed); err != nil {
		w.close()
		return nil, fmt.Errorf("reading the sentence index position: %w", err)
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range w.all {
		st.Close()
	}
}

// bg is the context of the row inserts. They are short, and passing a
// cancellable context would make the driver start a watcher goroutine per
// statement; cancellation is instead honoured between documents and by the
// transaction itself, which database/sql rolls back when ctx is done.
var bg = context.Background()

// put writes one document unless its hash is already stored.
func (w *writer) put(ctx context.Context, it *item, now string) (Outcome, error) {
	a := it.a
	var seq any // nil: let SQLite assign the next ingest position
	outcome := Added
	var oldSeq int64
	var oldHash string
	var oldLine []byte
	switch err := w.lookup.QueryRowContext(ctx, a.ID).Scan(&oldSeq, &oldHash, &oldLine); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return 0, fmt.Errorf("looking up id: %w", err)
	case oldHash == it.hash && bytes.Equal(oldLine, it.line):
		return Unchanged, nil
	default:
		// New content, or the same content analysed differently (a newer
		// parley): the stored analysis is replaced either way.
		// Deleting the row cascades to every table; reinserting under the
		// old seq keeps the document's place in the ingest order.
		if err := w.flushIndex(ctx); err != nil {
			return 0, err
		}
		if _, err := w.del.ExecContext(ctx, oldSeq); err != nil {
			return 0, fmt.Errorf("deleting the previous version: %w", err)
		}
		seq, outcome = oldSeq, Replaced
	}

	var dlPlace, dlStart, dlEnd any
	if dl := a.Dateline; dl != nil {
		dlPlace, dlStart, dlEnd = dl.Place, dl.Start, dl.End
	}
	res, err := w.doc.ExecContext(ctx, seq, a.ID, a.URL, a.Title, a.Source, a.Published,
		dlPlace, dlStart, dlEnd, a.Text, it.hash, now, string(it.line))
	if err != nil {
		return 0, fmt.Errorf("writing documents row: %w", err)
	}
	d, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("writing documents row: %w", err)
	}
	if err := w.children(d, a); err != nil {
		return 0, err
	}
	return outcome, nil
}

// exec runs one prepared insert, naming the table on failure.
func exec(st *sql.Stmt, table string, args ...any) error {
	if _, err := st.ExecContext(bg, args...); err != nil {
		return fmt.Errorf("writing %s: %w", table, err)
	}
	return nil
}

// execList inserts one row per member of a sub-list.
func execList(st *sql.Stmt, table string, doc int64, parent int, list []string) error {
	for p, v := range list {
		if err := exec(st, table, doc, parent, p, v); err != nil {
			return err
		}
	}
	return nil
}

// execRoleList inserts one row per member of a sub-list that shares its
// table with other lists, told apart by role.
func execRoleList(st *sql.Stmt, table string, doc int64, parent int, role string, list []string) error {
	for p, v := range list {
		if err := exec(st, table, doc, parent, role, p, v); err != nil {
			return err
		}
	}
	return nil
}

func spanArgs(sp *analysis.Span) (start, end any) {
	if sp == nil {
		return nil, nil
	}
	return sp.Start, sp.End
}

func locationArgs(l *analysis.Location) (name, country, lat, lon any) {
	if l == nil {
		return nil, nil, nil, nil
	}
	name, country = l.Name, l.Country
	if l.Lat != nil {
		lat = *l.Lat
	}
	if l.Lon != nil {
		lon = *l.Lon
	}
	return name, country, lat, lon
}

func (w *writer) children(d int64, a *analysis.Analysis) error {
	for i, m := range a.Errors {
		if err := exec(w.docErr, "document_errors", d, i, m); err != nil {
			return err
		}
	}
	for i, st := range a.Sentences {
		if err := exec(w.sentence, "sentences", d, i, st.Start, st.End, st.Heading, a.Text[st.Start:st.End]); err != nil {
			return err
		}
	}
	if len(a.Sentences) > 0 {
		w.unindexed = true
	}
	for i, e := range a.Entities {
		if err := exec(w.entity, "entities", d, i, e.Start, e.End, e.Text, e.Type, e.Subtype, e.Actor); err != nil {
			return err
		}
	}
	for i, m := range a.Mentions {
		if err := exec(w.mention, "mentions", d, i, m.Start, m.End, m.Text, m.Kind, m.Actor); err != nil {
			return err
		}
		if err := execList(w.mentionWarning, "mention_warnings", d, i, m.Warnings); err != nil {
			return err
		}
	}
	for i, ac := range a.Actors {
		if err := exec(w.actor, "actors", d, i, ac.ID, ac.Name, ac.Code, ac.Country, ac.Role); err != nil {
			return err
		}
		if err := execList(w.actorSector, "actor_sectors", d, i, ac.Sectors); err != nil {
			return err
		}
	}
	for i, q := range a.Quotes {
		cs, ce := spanArgs(q.Cue)
		ss, se := spanArgs(q.Source)
		if err := exec(w.quote, "quotes", d, i, q.ID, q.Kind, cs, ce, ss, se, q.Speaker, q.SpeakerName, q.Within, q.Stance); err != nil {
			return err
		}
		for p, sp := range q.Content {
			if err := exec(w.quoteSpan, "quote_spans", d, i, p, sp.Start, sp.End); err != nil {
				return err
			}
		}
		if err := execList(w.quoteAbout, "quote_about", d, i, q.About); err != nil {
			return err
		}
	}
	for i := range a.Events {
		e := &a.Events[i]
		ln, lc, lat, lon := locationArgs(e.Location)
		if err := exec(w.event, "events", d, i, e.ID, e.Sentence, e.Evidence.Start, e.Evidence.End,
			e.SourceCode, e.TargetCode, e.Code, e.Root, e.Quad, e.Goldstein, e.Plover, e.Mode,
			e.Negated, e.Modality, e.ReportedBy, e.Date, e.DateText, e.DateFromPublication,
			ln, lc, lat, lon, e.Confidence); err != nil {
			return err
		}
		for _, r := range [...]struct {
			role string
			ids  []string
		}{{"source", e.Source}, {"target", e.Target}, {"via", e.Via}} {
			if err := execRoleList(w.eventActor, "event_actors", d, i, r.role, r.ids); err != nil {
				return err
			}
		}
		if err := execList(w.eventContext, "event_contexts", d, i, e.Contexts); err != nil {
			return err
		}
	}
	for i := range a.Stories {
		st := &a.Stories[i]
		ln, lc, lat, lon := locationArgs(st.Location)
		if err := exec(w.story, "stories", d, i, st.ID, st.Kind, st.Title, st.Date, ln, lc, lat, lon, st.Undisclosed); err != nil {
			return err
		}
		for _, r := range [...]struct {
			role string
			ids  []string
		}{{"event", st.Events}, {"next_step", st.NextSteps}} {
			if err := execRoleList(w.storyEvent, "story_events", d, i, r.role, r.ids); err != nil {
				return err
			}
		}
		for _, r := range [...]struct {
			role string
			ids  []string
		}{{"participant", st.Participants}, {"go_between", st.GoBetweens}, {"blamed", st.Blamed}} {
			if err := execRoleList(w.storyActor, "story_actors", d, i, r.role, r.ids); err != nil {
				return err
			}
		}
		if err := execList(w.storyIssue, "story_issues", d, i, st.Issues); err != nil {
			return err
		}
		for j, ac := range st.Accounts {
			if err := exec(w.storyAccount, "story_accounts", d, i, j, ac.Side, ac.Stance, ac.Summary); err != nil {
				return err
			}
			for p, id := range ac.Actors {
				if err := exec(w.storyAccountRef, "story_account_refs", d, i, j, "actor", p, id); err != nil {
					return err
				}
			}
			for p, id := range ac.Quotes {
				if err := exec(w.storyAccountRef, "story_account_refs", d, i, j, "quote", p, id); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
