// Package store keeps analyses in a SQLite database (pure Go, through
// modernc.org/sqlite) so that they can be searched, queried with SQL and
// exported again.
//
// Every array of the analysis contract has a table of its own (documents,
// sentences with a full-text index, entities, mentions, actors, quotes,
// events, stories and their sub-lists), described in migrations/*.sql. Each
// document also keeps the exact JSON line it was ingested as, so that
// ExportJSONL reproduces `parley analyze` output byte for byte.
//
// Ingest is idempotent and resumable: a batch is one transaction, and a
// document whose content hash is already stored is skipped (see ContentHash).
// In the same transaction it marks near-copies of earlier documents
// (SimHash and MinHash, see NearDuplicate) and merges the stories of
// different documents that tell the same happening (merge.go; Stories and
// Story read them; docs/stories.md, "Across documents").
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrNotFound is returned (wrapped) by Document when no document has the id.
var ErrNotFound = errors.New("document not found")

// ErrNewerSchema is returned (wrapped) by Open when the database was written
// by a newer parley whose schema this binary does not know.
var ErrNewerSchema = errors.New("database schema is newer than this parley knows")

// busyTimeoutMS is how long a connection waits for another writer's lock
// before failing; ingest batches are short, so a few seconds is plenty.
const busyTimeoutMS = 5000

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

var migrationName = regexp.MustCompile(`^([0-9]{4})_([a-z0-9_]+)\.sql$`)

// loadMigrations reads the embedded migrations and checks that they are
// numbered 1, 2, 3... without gaps, so a mistake in a new file fails loudly
// instead of silently skipping a step.
func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("store: reading embedded migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("store: embedded migration %q: name is not NNNN_name.sql", e.Name())
		}
		v, _ := strconv.Atoi(m[1])
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("store: reading embedded migration %q: %w", e.Name(), err)
		}
		ms = append(ms, migration{version: v, name: m[2], sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: embedded migrations: expected version %d, found %04d_%s", i+1, m.version, m.name)
		}
	}
	if len(ms) == 0 {
		return nil, errors.New("store: no embedded migrations")
	}
	return ms, nil
}

// LatestSchemaVersion is the schema version this binary migrates databases to.
func LatestSchemaVersion() int {
	ms, err := loadMigrations()
	if err != nil {
		return 0
	}
	return ms[len(ms)-1].version
}

// Store is an open parley database. It is safe for concurrent use; writers
// are serialised by SQLite (each write transaction takes the write lock up
// front, and a busy connection waits up to a few seconds).
type Store struct {
	db   *sql.DB
	path string
	// fingerprinted is set once a batch of this Store committed with
	// every document fingerprinted (merge.go), after which a batch that
	// changed nothing has nothing to derive.
	fingerprinted atomic.Bool
}

// Open opens the store at path, creating the file if it is missing, and
// migrates it to the latest schema. Connections use WAL journalling (readers
// do not block the writer), foreign keys (deleting a document cascades),
// a busy timeout and synchronous=NORMAL (durable at checkpoints, safe against
// corruption; a power cut may lose the last committed batches, which a re-run
// ingests again).
//
// A file that is not a SQLite database, a SQLite database that is not a
// parley store, and a store written by a newer parley are refused with an
// error naming the path.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: open: empty database path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("store: open %q: is a directory, not a database file", path)
	}
	ms, err := loadMigrations()
	if err != nil {
		return nil, err
	}
	// _txlock=immediate: a write transaction takes the write lock when it
	// begins, so two writers queue on the busy timeout instead of failing
	// with SQLITE_BUSY when a deferred read lock cannot be upgraded.
	// Read-only transactions still begin deferred. A 32 MiB page cache
	// (SQLite's default is 2 MiB) keeps the many small indexes of a batch
	// in memory: it halved the page reads of a 2000-document ingest.
	dsn := "file:" + uriPath(abs) + "?_txlock=immediate" +
		"&_busy_timeout=" + strconv.Itoa(busyTimeoutMS) +
		"&_foreign_keys=1&_journal_mode=WAL&_synchronous=NORMAL&_pragma=cache_size(-32768)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	s := &Store{db: db, path: path}
	// Switching a new database to WAL takes an exclusive lock for which
	// SQLite does not always wait on the busy timeout, so two processes
	// creating the same store at once can see SQLITE_BUSY: retry briefly.
	for attempt := 1; ; attempt++ {
		if err = db.PingContext(ctx); err != nil {
			err = s.openError(err)
		} else {
			err = s.migrate(ctx, ms)
		}
		if err == nil || !isBusy(err) || attempt == openRetries {
			break
		}
		select {
		case <-time.After(time.Duration(attempt) * 20 * time.Millisecond):
		case <-ctx.Done():
			db.Close()
			return nil, fmt.Errorf("store: open %q: %w", path, ctx.Err())
		}
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// openRetries bounds the attempts to open a store that another process is
// creating at the same moment (about 2 s in all).
const openRetries = 12

// isBusy reports SQLite's "database is locked" errors.
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff // primary result code
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

// uriPath escapes the characters that would otherwise end or alter the path
// part of a file: URI.
func uriPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '%', '?', '#':
			fmt.Fprintf(&b, "%%%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// openError words a failure to open the database so that the common cases
// (a file that is not a database, a corrupt one) say what is wrong.
func (s *Store) openError(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("store: open %q: the file is not a SQLite database: %w", s.path, err)
		case sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("store: open %q: the database file is corrupt: %w", s.path, err)
		case sqlite3.SQLITE_CANTOPEN:
			return fmt.Errorf("store: open %q: cannot open or create the file (does its directory exist and is it writable?): %w", s.path, err)
		}
	}
	return fmt.Errorf("store: open %q: %w", s.path, err)
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close %q: %w", s.path, err)
	}
	return nil
}

// DB returns the underlying database handle, for ad-hoc SQL queries over the
// tables described in migrations/*.sql. Writes through it bypass the
// store's bookkeeping (hashes, the stored JSON line) and should be avoided.
func (s *Store) DB() *sql.DB { return s.db }

// queryer is what *sql.DB, *sql.Tx and *sql.Conn have in common.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// SchemaVersion returns the schema version of the database: the highest
// migration applied, 0 for an empty database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	v, err := schemaVersion(ctx, s.db)
	if err != nil {
		return 0, s.openError(err)
	}
	return v, nil
}

func schemaVersion(ctx context.Context, q queryer) (int, error) {
	var n int
	err := q.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n)
	if err != nil || n == 0 {
		return 0, err
	}
	var v int
	err = q.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with its schema_migrations row, so that an
// interrupted migration leaves the database at the previous version.
func (s *Store) migrate(ctx context.Context, ms []migration) error {
	latest := ms[len(ms)-1].version
	// Refuse to add parley's tables to somebody else's database. Both
	// counts come from one snapshot, so a concurrent Open that is creating
	// the store is seen either not at all or complete.
	var objects, bookkeeping int
	if err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'),
		(SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations')`).Scan(&objects, &bookkeeping); err != nil {
		return s.openError(err)
	}
	if objects > 0 && bookkeeping == 0 {
		return fmt.Errorf("store: open %q: a SQLite database that is not a parley store (it has tables but no schema_migrations)", s.path)
	}
	cur, err := schemaVersion(ctx, s.db)
	if err != nil {
		return s.openError(err)
	}
	if cur > latest {
		return fmt.Errorf("store: open %q: schema version %d, this parley knows up to %d: %w (upgrade parley)", s.path, cur, latest, ErrNewerSchema)
	}
	for _, m := range ms {
		if m.version <= cur {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.openError(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
	) STRICT`); err != nil {
		return fmt.Errorf("store: open %q: creating schema_migrations: %w", s.path, err)
	}
	// Another process may have migrated the database since we looked; the
	// write lock is held now, so this answer is final.
	cur, err := schemaVersion(ctx, tx)
	if err != nil {
		return s.openError(err)
	}
	if cur >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("store: open %q: migration %04d_%s: %w", s.path, m.version, m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
		return fmt.Errorf("store: open %q: recording migration %04d_%s: %w", s.path, m.version, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: open %q: committing migration %04d_%s: %w", s.path, m.version, m.name, err)
	}
	return nil
}
