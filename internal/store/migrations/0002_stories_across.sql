-- 0002_stories_across: near-duplicate documents and stories merged across
-- documents (docs/stories.md, "Across documents").
--
-- All four tables are derived: ingest writes them in the same transaction as
-- the documents they are computed from, so they are never half-written.
-- document_simhash and near_duplicates are written per document;
-- merged_stories and merged_story_members are recomputed from the stories
-- tables after every batch that changed something (deterministic, so an
-- unchanged re-ingest leaves them byte for byte as they were).

-- The fingerprints of each document's text: its 64-bit SimHash
-- (store.SimHash), stored as the signed integer with the same bits, and its
-- MinHash signature (64 little-endian uint32 values, see minHash in simhash.go) that
-- estimates shingle overlap without re-reading the text.
CREATE TABLE document_simhash (
    doc     INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE,
    simhash INTEGER NOT NULL,
    minhash BLOB NOT NULL
) STRICT;

-- A document that is a near-copy of an earlier one (another id, nearly the
-- same text: a syndicated or lightly edited copy). original is never itself
-- a copy. distance is the Hamming distance of the two SimHashes, similarity
-- the Jaccard similarity of their word 3-shingles (store.NearDuplicate).
-- original becomes NULL when the original is replaced or deleted; ingest
-- then compares the copy again within the same transaction, so a committed
-- row always has one.
CREATE TABLE near_duplicates (
    doc        INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE,
    original   INTEGER REFERENCES documents (seq) ON DELETE SET NULL,
    distance   INTEGER NOT NULL,
    similarity REAL NOT NULL
) STRICT;
CREATE INDEX near_duplicates_original ON near_duplicates (original);

-- One happening told by one or more documents. id is "<document id>/<story
-- id>" of its first member in ingest order, so it stays the same as later
-- documents join. date is the earliest member story date (else the earliest
-- publication date); sides the sorted, space-separated country or IGO codes
-- of its participants; sources the number of member documents that are not
-- copies of another member.
CREATE TABLE merged_stories (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    date             TEXT NOT NULL,
    location_name    TEXT,            -- NULL when no member has a location
    location_country TEXT,
    sides            TEXT NOT NULL,
    sources          INTEGER NOT NULL,
    first_doc        INTEGER NOT NULL -- documents.seq of the first member
) STRICT;
CREATE INDEX merged_stories_date ON merged_stories (date);

-- The document stories a merged story holds, in ingest order.
CREATE TABLE merged_story_members (
    merged   TEXT NOT NULL REFERENCES merged_stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    doc      INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
    story    INTEGER NOT NULL,        -- stories.idx
    PRIMARY KEY (merged, position),
    UNIQUE (doc, story)
) STRICT;
