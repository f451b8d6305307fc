package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"parley/internal/analysis"
)

// DocInfo is the store's metadata about one document.
type DocInfo struct {
	// Seq is the document's position in the ingest order (documents.seq).
	Seq int64
	// ID, URL, Title, Source and Published are the document's metadata as
	// in the analysis.
	ID, URL, Title, Source, Published string
	// Hash is the ContentHash the document was stored under.
	Hash string
	// IngestedAt is when the current version was written (UTC, seconds).
	IngestedAt time.Time
	// Dateline is nil when the document has none.
	Dateline *analysis.Dateline
	// Sentences is the number of sentences.
	Sentences int
}

// Document returns the analysis stored under id, rebuilt from the tables
// (not from the kept JSON line, so that it shows what SQL queries see), and
// its metadata. The error wraps ErrNotFound when there is no such document.
func (s *Store) Document(ctx context.Context, id string) (*analysis.Analysis, *DocInfo, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	defer tx.Rollback()
	var seq int64
	switch err := tx.QueryRowContext(ctx, `SELECT seq FROM documents WHERE id = ?`, id).Scan(&seq); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil, fmt.Errorf("store: document %q: %w", id, ErrNotFound)
	case err != nil:
		return nil, nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	l, err := newLoader(ctx, tx)
	if err != nil {
		return nil, nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	defer l.close()
	a, info, err := l.load(ctx, seq)
	if err != nil {
		return nil, nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	return a, info, nil
}

// JSONLine returns the analysis stored under id as the exact JSON line it
// was ingested as (without a newline): what `parley analyze` printed. The
// error wraps ErrNotFound when there is no such document.
func (s *Store) JSONLine(ctx context.Context, id string) ([]byte, error) {
	var line []byte
	switch err := s.db.QueryRowContext(ctx, `SELECT json FROM documents WHERE id = ?`, id).Scan(&line); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, fmt.Errorf("store: document %q: %w", id, ErrNotFound)
	case err != nil:
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	return line, nil
}

// Documents calls fn with every stored analysis, rebuilt from the tables, in
// ingest order (a replaced document keeps its first place). It reads one
// consistent snapshot: batches committed meanwhile are not seen. It stops at
// the first error fn returns and returns it.
func (s *Store) Documents(ctx context.Context, fn func(*analysis.Analysis) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("store: reading documents: %w", err)
	}
	defer tx.Rollback()
	// Collect the positions first: a query left open while fn runs would
	// hold this transaction's only connection.
	seqs, err := querySeqs(ctx, tx)
	if err != nil {
		return fmt.Errorf("store: reading documents: %w", err)
	}
	l, err := newLoader(ctx, tx)
	if err != nil {
		return fmt.Errorf("store: reading documents: %w", err)
	}
	defer l.close()
	for _, seq := range seqs {
		a, _, err := l.load(ctx, seq)
		if err != nil {
			return fmt.Errorf("store: reading documents: %w", err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

func querySeqs(ctx context.Context, tx *sql.Tx) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT seq FROM documents ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var seqs []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		seqs = append(seqs, v)
	}
	return seqs, rows.Err()
}

// loader rebuilds analyses from the tables with statements prepared once.
type loader struct {
	doc, docErr, sentence                     *sql.Stmt
	entity, mention, mentionWarning           *sql.Stmt
	actor, actorSector                        *sql.Stmt
	quote, quoteSpan, quoteAbout              *sql.Stmt
	event, eventActor, eventContext           *sql.Stmt
	story, storyEvent, storyActor, storyIssue *sql.Stmt
	storyAccount, storyAccountRef             *sql.Stmt
	all                                       []*sql.Stmt
}

func newLoader(ctx context.Context, tx *sql.Tx) (*loader, error) {
	l := &loader{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&l.doc, `SELECT id, url, title, source, published, dateline_place, dateline_start, dateline_end, text, hash, ingested_at,
			(SELECT count(*) FROM sentences WHERE doc = seq) FROM documents WHERE seq = ?`},
		{&l.docErr, `SELECT message FROM document_errors WHERE doc = ? ORDER BY position`},
		{&l.sentence, `SELECT start_byte, end_byte, heading FROM sentences WHERE doc = ? ORDER BY idx`},
		{&l.entity, `SELECT start_byte, end_byte, text, type, subtype, actor FROM entities WHERE doc = ? ORDER BY idx`},
		{&l.mention, `SELECT start_byte, end_byte, text, kind, actor FROM mentions WHERE doc = ? ORDER BY idx`},
		{&l.mentionWarning, `SELECT mention, warning FROM mention_warnings WHERE doc = ? ORDER BY mention, position`},
		{&l.actor, `SELECT id, name, code, country, role FROM actors WHERE doc = ? ORDER BY idx`},
		{&l.actorSector, `SELECT actor, sector FROM actor_sectors WHERE doc = ? ORDER BY actor, position`},
		{&l.quote, `SELECT id, kind, cue_start, cue_end, source_start, source_end, speaker, speaker_name, within, stance
			FROM quotes WHERE doc = ? ORDER BY idx`},
		{&l.quoteSpan, `SELECT quote, start_byte, end_byte FROM quote_spans WHERE doc = ? ORDER BY quote, position`},
		{&l.quoteAbout, `SELECT quote, ref FROM quote_about WHERE doc = ? ORDER BY quote, position`},
		{&l.event, `SELECT id, sentence, evidence_start, evidence_end, source_code, target_code, code, root, quad, goldstein,
			plover, mode, negated, modality, reported_by, date, date_text, date_from_publication,
			location_name, location_country, location_lat, location_lon, confidence
			FROM events WHERE doc = ? ORDER BY idx`},
		{&l.eventActor, `SELECT event, role, actor FROM event_actors WHERE doc = ? ORDER BY event, role, position`},
		{&l.eventContext, `SELECT event, context FROM event_contexts WHERE doc = ? ORDER BY event, position`},
		{&l.story, `SELECT id, kind, title, date, location_name, location_country, location_lat, location_lon, undisclosed
			FROM stories WHERE doc = ? ORDER BY idx`},
		{&l.storyEvent, `SELECT story, role, event FROM story_events WHERE doc = ? ORDER BY story, role, position`},
		{&l.storyActor, `SELECT story, role, actor FROM story_actors WHERE doc = ? ORDER BY story, role, position`},
		{&l.storyIssue, `SELECT story, issue FROM story_issues WHERE doc = ? ORDER BY story, position`},
		{&l.storyAccount, `SELECT story, side, stance, summary FROM story_accounts WHERE doc = ? ORDER BY story, idx`},
		{&l.storyAccountRef, `SELECT story, account, role, ref FROM story_account_refs WHERE doc = ? ORDER BY story, account, role, position`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			l.close()
			return nil, fmt.Errorf("preparing %.40q: %w", p.sql, err)
		}
		*p.dst = st
		l.all = append(l.all, st)
	}
	return l, nil
}

func (l *loader) close() {
	for _, st := range l.all {
		st.Close()
	}
}

// each runs a per-document query and calls scan for every row.
func each(ctx context.Context, st *sql.Stmt, table string, seq int64, scan func(*sql.Rows) error) error {
	rows, err := st.QueryContext(ctx, seq)
	if err != nil {
		return fmt.Errorf("reading %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("reading %s: %w", table, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", table, err)
	}
	return nil
}

// listRow scans rows of (parent index, value) into the string list that
// list returns for the parent; n gives the number of parent records read.
func listRow(n func() int, list func(i int) *[]string) func(*sql.Rows) error {
	return roleRowScan(n, false, func(i int, _ string) *[]string { return list(i) })
}

// roleRow scans rows of (parent index, role, value) into the string list
// that list returns for the parent and role (nil: an unknown role).
func roleRow(n func() int, list func(i int, role string) *[]string) func(*sql.Rows) error {
	return roleRowScan(n, true, list)
}

func roleRowScan(n func() int, withRole bool, list func(i int, role string) *[]string) func(*sql.Rows) error {
	return func(r *sql.Rows) error {
		var i int
		var role, v string
		var err error
		if withRole {
			err = r.Scan(&i, &role, &v)
		} else {
			err = r.Scan(&i, &v)
		}
		if err != nil {
			return err
		}
		if i < 0 || i >= n() {
			return parentErr(i, n())
		}
		dst := list(i, role)
		if dst == nil {
			return fmt.Errorf("unknown role %q", role)
		}
		*dst = append(*dst, v)
		return nil
	}
}

// parentErr reports a sub-list row whose parent index has no record, which
// only a database edited by hand can contain.
func parentErr(parent, n int) error {
	return fmt.Errorf("row refers to record %d of %d", parent, n)
}

func nullSpan(s, e sql.NullInt64) *analysis.Span {
	if !s.Valid || !e.Valid {
		return nil
	}
	return &analysis.Span{Start: int(s.Int64), End: int(e.Int64)}
}

func nullLocation(name, country sql.NullString, lat, lon sql.NullFloat64) *analysis.Location {
	if !name.Valid {
		return nil
	}
	loc := &analysis.Location{Name: name.String, Country: country.String}
	if lat.Valid {
		v := lat.Float64
		loc.Lat = &v
	}
	if lon.Valid {
		v := lon.Float64
		loc.Lon = &v
	}
	return loc
}

// load rebuilds one analysis. Top-level arrays and the contract's required
// inner arrays come back empty rather than nil, so the result encodes as
// the contract says ([] not null); optional inner arrays are nil when empty.
func (l *loader) load(ctx context.Context, seq int64) (*analysis.Analysis, *DocInfo, error) {
	a := &analysis.Analysis{
		Sentences: []analysis.Sentence{},
		Entities:  []analysis.Entity{},
		Mentions:  []analysis.Mention{},
		Actors:    []analysis.Actor{},
		Quotes:    []analysis.Quote{},
		Events:    []analysis.Event{},
		Stories:   []analysis.Story{},
		Errors:    []string{},
	}
	info := &DocInfo{Seq: seq}
	var dlPlace sql.NullString
	var dlStart, dlEnd sql.NullInt64
	var ingested string
	err := l.doc.QueryRowContext(ctx, seq).Scan(&a.ID, &a.URL, &a.Title, &a.Source, &a.Published,
		&dlPlace, &dlStart, &dlEnd, &a.Text, &info.Hash, &ingested, &info.Sentences)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, ErrNotFound
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading documents: %w", err)
	}
	if dlPlace.Valid {
		a.Dateline = &analysis.Dateline{Place: dlPlace.String, Start: int(dlStart.Int64), End: int(dlEnd.Int64)}
		dl := *a.Dateline
		info.Dateline = &dl
	}
	info.ID, info.URL, info.Title, info.Source, info.Published = a.ID, a.URL, a.Title, a.Source, a.Published
	if t, err := time.Parse(time.RFC3339, ingested); err == nil {
		info.IngestedAt = t
	}

	steps := []struct {
		st    *sql.Stmt
		table string
		scan  func(*sql.Rows) error
	}{
		{l.docErr, "document_errors", func(r *sql.Rows) error {
			var m string
			err := r.Scan(&m)
			a.Errors = append(a.Errors, m)
			return err
		}},
		{l.sentence, "sentences", func(r *sql.Rows) error {
			var s analysis.Sentence
			err := r.Scan(&s.Start, &s.End, &s.Heading)
			a.Sentences = append(a.Sentences, s)
			return err
		}},
		{l.entity, "entities", func(r *sql.Rows) error {
			var e analysis.Entity
			err := r.Scan(&e.Start, &e.End, &e.Text, &e.Type, &e.Subtype, &e.Actor)
			a.Entities = append(a.Entities, e)
			return err
		}},
		{l.mention, "mentions", func(r *sql.Rows) error {
			var m analysis.Mention
			err := r.Scan(&m.Start, &m.End, &m.Text, &m.Kind, &m.Actor)
			a.Mentions = append(a.Mentions, m)
			return err
		}},
		{l.mentionWarning, "mention_warnings", listRow(func() int { return len(a.Mentions) },
			func(i int) *[]string { return &a.Mentions[i].Warnings })},
		{l.actor, "actors", func(r *sql.Rows) error {
			var ac analysis.Actor
			err := r.Scan(&ac.ID, &ac.Name, &ac.Code, &ac.Country, &ac.Role)
			a.Actors = append(a.Actors, ac)
			return err
		}},
		{l.actorSector, "actor_sectors", listRow(func() int { return len(a.Actors) },
			func(i int) *[]string { return &a.Actors[i].Sectors })},
		{l.quote, "quotes", func(r *sql.Rows) error {
			var q analysis.Quote
			var cs, ce, ss, se sql.NullInt64
			err := r.Scan(&q.ID, &q.Kind, &cs, &ce, &ss, &se, &q.Speaker, &q.SpeakerName, &q.Within, &q.Stance)
			q.Cue, q.Source = nullSpan(cs, ce), nullSpan(ss, se)
			q.Content = []analysis.Span{}
			a.Quotes = append(a.Quotes, q)
			return err
		}},
		{l.quoteSpan, "quote_spans", func(r *sql.Rows) error {
			var i int
			var sp analysis.Span
			if err := r.Scan(&i, &sp.Start, &sp.End); err != nil {
				return err
			}
			if i < 0 || i >= len(a.Quotes) {
				return parentErr(i, len(a.Quotes))
			}
			a.Quotes[i].Content = append(a.Quotes[i].Content, sp)
			return nil
		}},
		{l.quoteAbout, "quote_about", listRow(func() int { return len(a.Quotes) },
			func(i int) *[]string { return &a.Quotes[i].About })},
		{l.event, "events", func(r *sql.Rows) error {
			var e analysis.Event
			var ln, lc sql.NullString
			var lat, lon sql.NullFloat64
			err := r.Scan(&e.ID, &e.Sentence, &e.Evidence.Start, &e.Evidence.End, &e.SourceCode, &e.TargetCode,
				&e.Code, &e.Root, &e.Quad, &e.Goldstein, &e.Plover, &e.Mode, &e.Negated, &e.Modality,
				&e.ReportedBy, &e.Date, &e.DateText, &e.DateFromPublication, &ln, &lc, &lat, &lon, &e.Confidence)
			e.Location = nullLocation(ln, lc, lat, lon)
			e.Source, e.Target = []string{}, []string{}
			a.Events = append(a.Events, e)
			return err
		}},
		{l.eventActor, "event_actors", roleRow(func() int { return len(a.Events) },
			func(i int, role string) *[]string {
				e := &a.Events[i]
				switch role {
				case "source":
					return &e.Source
				case "target":
					return &e.Target
				case "via":
					return &e.Via
				}
				return nil
			})},
		{l.eventContext, "event_contexts", listRow(func() int { return len(a.Events) },
			func(i int) *[]string { return &a.Events[i].Contexts })},
		{l.story, "stories", func(r *sql.Rows) error {
			var st analysis.Story
			var ln, lc sql.NullString
			var lat, lon sql.NullFloat64
			err := r.Scan(&st.ID, &st.Kind, &st.Title, &st.Date, &ln, &lc, &lat, &lon, &st.Undisclosed)
			st.Location = nullLocation(ln, lc, lat, lon)
			st.Events = []string{}
			a.Stories = append(a.Stories, st)
			return err
		}},
		{l.storyEvent, "story_events", roleRow(func() int { return len(a.Stories) },
			func(i int, role string) *[]string {
				switch role {
				case "event":
					return &a.Stories[i].Events
				case "next_step":
					return &a.Stories[i].NextSteps
				}
				return nil
			})},
		{l.storyActor, "story_actors", roleRow(func() int { return len(a.Stories) },
			func(i int, role string) *[]string {
				st := &a.Stories[i]
				switch role {
				case "participant":
					return &st.Participants
				case "go_between":
					return &st.GoBetweens
				case "blamed":
					return &st.Blamed
				}
				return nil
			})},
		{l.storyIssue, "story_issues", listRow(func() int { return len(a.Stories) },
			func(i int) *[]string { return &a.Stories[i].Issues })},
		{l.storyAccount, "story_accounts", func(r *sql.Rows) error {
			var i int
			var ac analysis.Account
			if err := r.Scan(&i, &ac.Side, &ac.Stance, &ac.Summary); err != nil {
				return err
			}
			if i < 0 || i >= len(a.Stories) {
				return parentErr(i, len(a.Stories))
			}
			a.Stories[i].Accounts = append(a.Stories[i].Accounts, ac)
			return nil
		}},
		{l.storyAccountRef, "story_account_refs", func(r *sql.Rows) error {
			var i, j int
			var role, v string
			if err := r.Scan(&i, &j, &role, &v); err != nil {
				return err
			}
			if i < 0 || i >= len(a.Stories) {
				return parentErr(i, len(a.Stories))
			}
			accs := a.Stories[i].Accounts
			if j < 0 || j >= len(accs) {
				return parentErr(j, len(accs))
			}
			switch role {
			case "actor":
				accs[j].Actors = append(accs[j].Actors, v)
			case "quote":
				accs[j].Quotes = append(accs[j].Quotes, v)
			default:
				return fmt.Errorf("unknown role %q", role)
			}
			return nil
		}},
	}
	for _, st := range steps {
		if err := each(ctx, st.st, st.table, seq, st.scan); err != nil {
			return nil, nil, err
		}
	}
	return a, info, nil
}
