-- 0001_init: the first parley store schema.
--
-- Every array of the analysis contract (CONTRACT.md) is a table of its own so
-- that it can be queried with plain SQL; nothing is kept only as an opaque
-- blob. documents.json additionally keeps the exact JSON line of each analysis
-- so that an export reproduces `parley analyze` output byte for byte.
--
-- Conventions:
--   * documents.seq is the ingest order; every other table references it as
--     `doc` with ON DELETE CASCADE, so deleting a document deletes all of it.
--   * idx is the position of a record in its contract array (events.sentence
--     refers to sentences.idx); position orders the members of a sub-list.
--   * start_byte/end_byte are half-open UTF-8 byte offsets into documents.text
--     (named so because END is an SQL keyword).
--   * optional strings are '' when absent (the contract omits empty ones);
--     optional spans, locations and coordinates are NULL when absent.

CREATE TABLE documents (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    url            TEXT NOT NULL,
    title          TEXT NOT NULL,
    source         TEXT NOT NULL,
    published      TEXT NOT NULL,
    dateline_place TEXT,              -- NULL when the document has no dateline
    dateline_start INTEGER,
    dateline_end   INTEGER,
    text           TEXT NOT NULL,
    hash           TEXT NOT NULL,     -- hex SHA-256, see store.ContentHash
    ingested_at    TEXT NOT NULL,     -- RFC 3339, UTC
    json           TEXT NOT NULL      -- the analysis as one JSON line, no newline
) STRICT;
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_source ON documents (source);

CREATE TABLE document_errors (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    message  TEXT NOT NULL,
    PRIMARY KEY (doc, position)
) STRICT, WITHOUT ROWID;

-- sentences has its own INTEGER PRIMARY KEY because the full-text index refers
-- to rows by rowid, and VACUUM may renumber implicit rowids. AUTOINCREMENT
-- keeps ids rising even after deletes, which the batched indexing below
-- relies on (every id above the last indexed one is a new sentence).
CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    heading    INTEGER NOT NULL CHECK (heading IN (0, 1)),
    text       TEXT NOT NULL,          -- documents.text[start_byte:end_byte]
    UNIQUE (doc, idx)
) STRICT;

-- Full-text index over sentence text (external content: the text lives once,
-- in sentences). Diacritics are folded so that "Kyiv" matches "Kýiv"; no
-- stemming, so that a match is always the word searched for (use prefix
-- queries such as talk* for variants).
--
-- Deletes and updates reach the index through the triggers below (so a
-- cascade from documents keeps it right). Inserts do not: the store indexes
-- the new sentences of a batch with one INSERT ... SELECT (before any delete
-- in the batch and at its end), because FTS5 flushes its pending terms at
-- every statement savepoint, and indexing row by row made ingest about twice
-- as slow. Whoever inserts sentences by hand must index them likewise:
--   INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE doc = ?;
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE entities (
    doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,
    subtype    TEXT NOT NULL,
    actor      TEXT NOT NULL,         -- actors.id, '' when unresolved
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX entities_actor ON entities (actor, doc);
CREATE INDEX entities_type ON entities (type, doc);

CREATE TABLE mentions (
    doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions (actor, doc);

CREATE TABLE mention_warnings (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    mention  INTEGER NOT NULL,        -- mentions.idx
    position INTEGER NOT NULL,
    warning  TEXT NOT NULL,
    PRIMARY KEY (doc, mention, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE actors (
    doc     INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    id      TEXT NOT NULL,
    name    TEXT NOT NULL,
    code    TEXT NOT NULL,
    country TEXT NOT NULL,
    role    TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX actors_id ON actors (id, doc);
CREATE INDEX actors_code ON actors (code, doc);
CREATE INDEX actors_country ON actors (country, doc);

CREATE TABLE actor_sectors (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    actor    INTEGER NOT NULL,        -- actors.idx
    position INTEGER NOT NULL,
    sector   TEXT NOT NULL,
    PRIMARY KEY (doc, actor, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX actor_sectors_sector ON actor_sectors (sector, doc);

CREATE TABLE quotes (
    doc          INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    id           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    cue_start    INTEGER,             -- NULL when there is no cue span
    cue_end      INTEGER,
    source_start INTEGER,             -- NULL when there is no source span
    source_end   INTEGER,
    speaker      TEXT NOT NULL,       -- actors.id, '' when unknown
    speaker_name TEXT NOT NULL,
    within       TEXT NOT NULL,       -- quotes.id of the enclosing quote
    stance       TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker, doc);

CREATE TABLE quote_spans (
    doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    quote      INTEGER NOT NULL,      -- quotes.idx
    position   INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    PRIMARY KEY (doc, quote, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE quote_about (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    quote    INTEGER NOT NULL,        -- quotes.idx
    position INTEGER NOT NULL,
    ref      TEXT NOT NULL,           -- events.id or stories.id
    PRIMARY KEY (doc, quote, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE events (
    doc                   INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    idx                   INTEGER NOT NULL,
    id                    TEXT NOT NULL,
    sentence              INTEGER NOT NULL,   -- sentences.idx
    evidence_start        INTEGER NOT NULL,
    evidence_end          INTEGER NOT NULL,
    source_code           TEXT NOT NULL,
    target_code           TEXT NOT NULL,
    code                  TEXT NOT NULL,      -- CAMEO code, leading zero kept
    root                  TEXT NOT NULL,
    quad                  INTEGER NOT NULL,
    goldstein             REAL NOT NULL,
    plover                TEXT NOT NULL,
    mode                  TEXT NOT NULL,
    negated               INTEGER NOT NULL CHECK (negated IN (0, 1)),
    modality              TEXT NOT NULL,
    reported_by           TEXT NOT NULL,      -- quotes.id
    date                  TEXT NOT NULL,      -- YYYY-MM-DD or ''
    date_text             TEXT NOT NULL,
    date_from_publication INTEGER NOT NULL CHECK (date_from_publication IN (0, 1)),
    location_name         TEXT,               -- NULL when there is no location
    location_country      TEXT,
    location_lat          REAL,
    location_lon          REAL,
    confidence            REAL NOT NULL,
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX events_code ON events (code, date);
CREATE INDEX events_root ON events (root, date);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_source_code ON events (source_code, date);
CREATE INDEX events_target_code ON events (target_code, date);

-- The actors of an event: role is source, target or via; position keeps the
-- contract's order (the first source/target is the one whose code is coded).
CREATE TABLE event_actors (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    event    INTEGER NOT NULL,        -- events.idx
    role     TEXT NOT NULL CHECK (role IN ('source', 'target', 'via')),
    position INTEGER NOT NULL,
    actor    TEXT NOT NULL,           -- actors.id
    PRIMARY KEY (doc, event, role, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor, role, doc);

CREATE TABLE event_contexts (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    event    INTEGER NOT NULL,        -- events.idx
    position INTEGER NOT NULL,
    context  TEXT NOT NULL,
    PRIMARY KEY (doc, event, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_contexts_context ON event_contexts (context, doc);

CREATE TABLE stories (
    doc              INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    idx              INTEGER NOT NULL,
    id               TEXT NOT NULL,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    date             TEXT NOT NULL,
    location_name    TEXT,            -- NULL when there is no location
    location_country TEXT,
    location_lat     REAL,
    location_lon     REAL,
    undisclosed      INTEGER NOT NULL CHECK (undisclosed IN (0, 1)),
    PRIMARY KEY (doc, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX stories_kind ON stories (kind, date);
CREATE INDEX stories_date ON stories (date);

-- A story's event ids: role 'event' for mentions of the happening itself,
-- 'next_step' for announced future steps (the contract keeps them apart).
CREATE TABLE story_events (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    story    INTEGER NOT NULL,        -- stories.idx
    role     TEXT NOT NULL CHECK (role IN ('event', 'next_step')),
    position INTEGER NOT NULL,
    event    TEXT NOT NULL,           -- events.id
    PRIMARY KEY (doc, story, role, position)
) STRICT, WITHOUT ROWID;

-- A story's actor ids: participants, go-betweens and those blamed.
CREATE TABLE story_actors (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    story    INTEGER NOT NULL,        -- stories.idx
    role     TEXT NOT NULL CHECK (role IN ('participant', 'go_between', 'blamed')),
    position INTEGER NOT NULL,
    actor    TEXT NOT NULL,           -- actors.id
    PRIMARY KEY (doc, story, role, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_actors_actor ON story_actors (actor, role, doc);

CREATE TABLE story_issues (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    story    INTEGER NOT NULL,        -- stories.idx
    position INTEGER NOT NULL,
    issue    TEXT NOT NULL,
    PRIMARY KEY (doc, story, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_issues_issue ON story_issues (issue, doc);

CREATE TABLE story_accounts (
    doc     INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    story   INTEGER NOT NULL,         -- stories.idx
    idx     INTEGER NOT NULL,
    side    TEXT NOT NULL,
    stance  TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (doc, story, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX story_accounts_side ON story_accounts (side, doc);

-- The actor and quote ids of an account.
CREATE TABLE story_account_refs (
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    story    INTEGER NOT NULL,        -- stories.idx
    account  INTEGER NOT NULL,        -- story_accounts.idx
    role     TEXT NOT NULL CHECK (role IN ('actor', 'quote')),
    position INTEGER NOT NULL,
    ref      TEXT NOT NULL,           -- actors.id or quotes.id
    PRIMARY KEY (doc, story, account, role, position)
) STRICT, WITHOUT ROWID;
