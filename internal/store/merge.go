package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// The cross-document step of ingest (docs/stories.md, "Across documents"):
// near-duplicate detection for the documents a batch wrote, then the merged
// stories recomputed from every stored story. It runs inside the batch's
// transaction, after the documents are written, so a batch commits with its
// derived rows or not at all.

// maxIncremental bounds the documents placed incrementally (they are
// bound as SQL parameters); a larger batch is merged from scratch.
const maxIncremental = 5000

// MergeMaxDays is how far apart, in days, the dates of two stories may be
// for them to be one happening: reports of talks held on Monday are dated
// Monday by one outlet and, taken from publication, Tuesday by another.
const MergeMaxDays = 1

// afterBatch fingerprints the documents that have no SimHash yet (those the
// batch added or replaced, and, once, every document of a store created
// before migration 0002), marks the copies among them, and recomputes the
// merged stories. With nothing to fingerprint nothing changed, and it
// writes nothing: an unchanged re-ingest stays a no-op.
//
// With full unset, the pending documents are those the batch appended, and
// the merge only places their stories; otherwise (a replacement, or the
// first batch of a Store, which may fingerprint an older store) it is
// recomputed over every story.
func afterBatch(ctx context.Context, tx *sql.Tx, replaced map[int64]bool, full bool) error {
	pending, err := int64s(ctx, tx, `SELECT seq FROM documents WHERE seq NOT IN (SELECT doc FROM document_simhash) ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("finding new documents: %w", err)
	}
	if len(pending) == 0 {
		return nil
	}
	// Copies whose original was replaced lost it (ON DELETE SET NULL): they
	// are compared again, with the original's new text among the others.
	orphans, err := int64s(ctx, tx, `SELECT doc FROM near_duplicates WHERE original IS NULL ORDER BY doc`)
	if err != nil {
		return fmt.Errorf("finding orphaned copies: %w", err)
	}
	if len(orphans) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM near_duplicates WHERE original IS NULL`); err != nil {
			return fmt.Errorf("near-duplicates: %w", err)
		}
	}
	if err := markCopies(ctx, tx, pending, orphans, replaced); err != nil {
		return fmt.Errorf("near-duplicates: %w", err)
	}
	var added []int64
	if !full && len(orphans) == 0 && len(replaced) == 0 && len(pending) <= maxIncremental {
		added = pending
	}
	if err := mergeStories(ctx, tx, added); err != nil {
		return fmt.Errorf("merging stories: %w", err)
	}
	return nil
}

func int64s(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

type hashed struct {
	seq   int64
	hash  uint64
	min   minHash
	valid bool // min decoded and the text had words
}

// markCopies fingerprints the pending documents and, in ingest order with
// the orphaned copies (already fingerprinted), records each that is a
// near-copy of an earlier document (NearDupMaxDistance,
// NearDupMinSimilarity) as a copy of that document's original. A replaced
// document is also compared with the later documents that are not copies:
// one of them may copy its new text (its old links went with its old rows).
// Only the stored fingerprints are read, never old texts.
func markCopies(ctx context.Context, tx *sql.Tx, pending, orphans []int64, replaced map[int64]bool) error {
	var all []hashed
	rows, err := tx.QueryContext(ctx, `SELECT doc, simhash, minhash FROM document_simhash ORDER BY doc`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var h hashed
		var v int64
		var blob []byte
		if err := rows.Scan(&h.seq, &v, &blob); err != nil {
			rows.Close()
			return err
		}
		h.hash = uint64(v)
		h.min, h.valid = minHashFrom(blob)
		all = append(all, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	originalOf := map[int64]int64{}
	rows, err = tx.QueryContext(ctx, `SELECT doc, original FROM near_duplicates WHERE original IS NOT NULL`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var d, o int64
		if err := rows.Scan(&d, &o); err != nil {
			rows.Close()
			return err
		}
		originalOf[d] = o
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	textStmt, err := tx.PrepareContext(ctx, `SELECT text FROM documents WHERE seq = ?`)
	if err != nil {
		return err
	}
	defer textStmt.Close()
	insHash, err := tx.PrepareContext(ctx, `INSERT INTO document_simhash (doc, simhash, minhash) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insHash.Close()
	insDup, err := tx.PrepareContext(ctx, `INSERT INTO near_duplicates (doc, original, distance, similarity) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insDup.Close()
	find := func(seq int64) int {
		i, ok := slices.BinarySearchFunc(all, seq, func(a hashed, s int64) int { return cmp.Compare(a.seq, s) })
		if !ok {
			return -1
		}
		return i
	}
	root := func(seq int64) int64 {
		if o, ok := originalOf[seq]; ok {
			return o
		}
		return seq
	}
	isPending := make(map[int64]bool, len(pending))
	for _, p := range pending {
		isPending[p] = true
	}
	todo := append(append([]int64{}, pending...), orphans...)
	slices.Sort(todo)
	for _, seq := range todo {
		var me hashed
		if isPending[seq] {
			var text string
			if err := textStmt.QueryRowContext(bg, seq).Scan(&text); err != nil {
				return fmt.Errorf("reading document %d: %w", seq, err)
			}
			var empty bool
			me.seq = seq
			me.hash, me.min, empty = fingerprint(text)
			me.valid = !empty
			if _, err := insHash.ExecContext(bg, seq, int64(me.hash), me.min.bytes()); err != nil {
				return fmt.Errorf("writing document_simhash: %w", err)
			}
			i, _ := slices.BinarySearchFunc(all, seq, func(a hashed, s int64) int { return cmp.Compare(a.seq, s) })
			all = slices.Insert(all, i, me)
		} else if i := find(seq); i >= 0 {
			me = all[i]
		} else {
			continue
		}
		if !me.valid {
			continue
		}
		// Earlier documents, oldest first: the first copy found wins.
		if _, done := originalOf[seq]; !done {
			for k := range all {
				o := &all[k]
				if o.seq >= seq {
					break
				}
				d := Hamming(me.hash, o.hash)
				if d > NearDupMaxDistance || !o.valid {
					continue
				}
				if sim := me.min.similarity(&o.min); sim >= NearDupMinSimilarity {
					orig := root(o.seq)
					if _, err := insDup.ExecContext(bg, seq, orig, d, sim); err != nil {
						return fmt.Errorf("writing near_duplicates: %w", err)
					}
					originalOf[seq] = orig
					break
				}
			}
		}
		if !replaced[seq] {
			continue
		}
		for k := range all {
			o := &all[k]
			if o.seq <= seq || isPending[o.seq] || !o.valid {
				continue
			}
			if _, isCopy := originalOf[o.seq]; isCopy {
				continue
			}
			d := Hamming(me.hash, o.hash)
			if d > NearDupMaxDistance {
				continue
			}
			sim := me.min.similarity(&o.min)
			if sim < NearDupMinSimilarity {
				continue
			}
			orig := root(seq)
			// o's own copies now point past it, to the new original.
			if _, err := tx.ExecContext(ctx, `UPDATE near_duplicates SET original = ? WHERE original = ?`, orig, o.seq); err != nil {
				return fmt.Errorf("updating near_duplicates: %w", err)
			}
			for dd, od := range originalOf {
				if od == o.seq {
					originalOf[dd] = orig
				}
			}
			if _, err := insDup.ExecContext(bg, o.seq, orig, d, sim); err != nil {
				return fmt.Errorf("writing near_duplicates: %w", err)
			}
			originalOf[o.seq] = orig
		}
	}
	return nil
}

// docStory is one document's story as the merge sees it.
type docStory struct {
	doc              int64
	idx              int
	docID, storyID   string
	kind, title      string
	date             string // the story's date, else the publication date
	day              int    // date as days since 1970, valid when dated
	dated            bool
	locName, locCtry string
	hasLoc           bool
	pubOnly          bool     // date is the publication date
	sides            []string // sorted, unique
}

// mergeStories brings merged_stories and merged_story_members up to date
// with the document stories (see compatible for the rule). Stories are
// taken in ingest order; each joins the earliest merged story all of whose
// members it is compatible with, or starts one. The result depends only on
// the stored stories and their order, so it is deterministic, and a merged
// story's id (its first member) does not change as later documents join it.
//
// With added (the documents a batch appended, all later than every stored
// one) only their stories are placed: earlier stories keep their places,
// since a story's place depends only on the stories before it, so only the
// stories of nearby days (MergeMaxDays, twice, either side) are read. With
// added nil, everything is recomputed (after a replacement, or the first
// batch of a Store); either way only rows that differ are written.
func mergeStories(ctx context.Context, tx *sql.Tx, added []int64) error {
	var all []docStory
	var seed [][]int
	nFresh := 0 // the stories of added, at the end of all
	incremental := added != nil
	if !incremental {
		var err error
		if all, err = loadDocStories(ctx, tx, "1"); err != nil {
			return err
		}
	} else {
		if len(added) == 0 {
			return nil
		}
		in := "s.doc IN (" + strings.TrimSuffix(strings.Repeat("?,", len(added)), ",") + ")"
		args := make([]any, len(added))
		for i, d := range added {
			args[i] = d
		}
		fresh, err := loadDocStories(ctx, tx, in, args...)
		if err != nil {
			return err
		}
		if len(fresh) == 0 {
			return nil
		}
		lo, hi, dated := 0, 0, false
		for _, f := range fresh {
			if !f.dated {
				continue
			}
			if !dated || f.day < lo {
				lo = f.day
			}
			if !dated || f.day > hi {
				hi = f.day
			}
			dated = true
		}
		var old []docStory
		from := time.Unix(int64(lo-2*MergeMaxDays)*86400, 0).UTC().Format("2006-01-02")
		to := time.Unix(int64(hi+2*MergeMaxDays)*86400, 0).UTC().Format("2006-01-02")
		near := "NOT " + in + " AND (s.date BETWEEN ? AND ? OR (s.date = '' AND d.published BETWEEN ? AND ?))"
		if dated {
			if old, err = loadDocStories(ctx, tx, near, append(args, from, to, from, to)...); err != nil {
				return err
			}
		}
		all, nFresh = append(old, fresh...), len(fresh)
		if len(old) > 0 {
			if seed, err = storedClusters(ctx, tx, old, near, append(args, from, to, from, to)...); err != nil {
				return err
			}
		}
	}
	copies := map[int64]int64{}
	rows, err := tx.QueryContext(ctx, `SELECT doc, original FROM near_duplicates WHERE original IS NOT NULL`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var d, o int64
		if err := rows.Scan(&d, &o); err != nil {
			rows.Close()
			return err
		}
		copies[d] = o
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	clusters := clusterStories(all, seed)
	if incremental {
		// Only merged stories that gained a member change.
		touched := clusters[:0:0]
		for _, c := range clusters {
			if c[len(c)-1] >= len(all)-nFresh {
				touched = append(touched, c)
			}
		}
		clusters = touched
	}

	// Only what differs from the stored merge is written: most batches
	// touch a few merged stories among many.
	stored := map[string]string{}
	var ids []any
	idFilter := "1"
	if incremental {
		for _, c := range clusters {
			ids = append(ids, all[c[0]].docID+"/"+all[c[0]].storyID)
		}
		idFilter = "m.id IN (" + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + ")"
		if len(ids) == 0 {
			return nil
		}
	}
	rows, err = tx.QueryContext(ctx, `SELECT m.id, m.kind, m.title, m.date, coalesce(m.location_name, ''), m.location_name IS NULL,
			coalesce(m.location_country, ''), m.sides, m.sources, m.first_doc,
			(SELECT group_concat(doc || ':' || story, ' ') FROM (SELECT doc, story FROM merged_story_members WHERE merged = m.id ORDER BY position))
		FROM merged_stories m WHERE `+idFilter, ids...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r mergedRow
		var id, members string
		var members0 sql.NullString
		if err := rows.Scan(&id, &r.kind, &r.title, &r.date, &r.locName, &r.noLoc, &r.locCtry, &r.sides, &r.sources, &r.firstDoc, &members0); err != nil {
			rows.Close()
			return err
		}
		members = members0.String
		stored[id] = r.key(members)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	del, err := tx.PrepareContext(ctx, `DELETE FROM merged_stories WHERE id = ?`)
	if err != nil {
		return err
	}
	defer del.Close()
	insM, err := tx.PrepareContext(ctx, `INSERT INTO merged_stories (id, kind, title, date, location_name, location_country, sides, sources, first_doc)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insM.Close()
	insMember, err := tx.PrepareContext(ctx, `INSERT INTO merged_story_members (merged, position, doc, story) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insMember.Close()
	want := map[string]bool{}
	var mb strings.Builder
	for _, c := range clusters {
		first := all[c[0]]
		id := first.docID + "/" + first.storyID
		r := summarise(all, c, copies)
		mb.Reset()
		for p, k := range c {
			if p > 0 {
				mb.WriteByte(' ')
			}
			fmt.Fprintf(&mb, "%d:%d", all[k].doc, all[k].idx)
		}
		want[id] = true
		key := r.key(mb.String())
		old, had := stored[id]
		if had && old == key {
			continue
		}
		if had {
			if _, err := del.ExecContext(bg, id); err != nil {
				return fmt.Errorf("updating merged_stories: %w", err)
			}
		}
		var locName, locCtry any
		if !r.noLoc {
			locName, locCtry = r.locName, r.locCtry
		}
		if _, err := insM.ExecContext(bg, id, r.kind, r.title, r.date, locName, locCtry, r.sides, r.sources, r.firstDoc); err != nil {
			return fmt.Errorf("writing merged_stories: %w", err)
		}
		for p, k := range c {
			if _, err := insMember.ExecContext(bg, id, p, all[k].doc, all[k].idx); err != nil {
				return fmt.Errorf("writing merged_story_members: %w", err)
			}
		}
	}
	if incremental {
		return nil
	}
	// Stored merges that no longer exist (their first member went), in a
	// fixed order.
	var gone []string
	for id := range stored {
		if !want[id] {
			gone = append(gone, id)
		}
	}
	slices.Sort(gone)
	for _, id := range gone {
		if _, err := del.ExecContext(bg, id); err != nil {
			return fmt.Errorf("deleting merged_stories: %w", err)
		}
	}
	return nil
}

// mergedRow is a merged_stories row.
type mergedRow struct {
	kind, title, date string
	locName, locCtry  string
	noLoc             bool
	sides             string
	sources           int
	firstDoc          int64
}

// key is the row and its members as one comparable string.
func (r mergedRow) key(members string) string {
	return fmt.Sprintf("%q %q %q %q %v %q %q %d %d %s", r.kind, r.title, r.date, r.locName, r.noLoc, r.locCtry, r.sides, r.sources, r.firstDoc, members)
}

// summarise computes a merged story's row from its members (indexes into
// all, in ingest order): the first member's kind, the title most members
// give (the earliest on a tie), the earliest story date (publication dates
// only when no member has a date of its own), the first place given, the
// union of sides, and the number of members that are not copies of another
// member.
func summarise(all []docStory, c []int, copies map[int64]int64) mergedRow {
	first := all[c[0]]
	r := mergedRow{kind: first.kind, firstDoc: first.doc, noLoc: true}
	titles := map[string]int{}
	bestN := 0
	storyDated := false
	var sides []string
	docs := map[int64]bool{}
	for _, k := range c {
		docs[all[k].doc] = true
	}
	for _, k := range c {
		m := all[k]
		if m.hasLoc && r.noLoc {
			r.locName, r.locCtry, r.noLoc = m.locName, m.locCtry, false
		}
		if m.title != "" {
			titles[m.title]++
			if n := titles[m.title]; n > bestN {
				r.title, bestN = m.title, n
			}
		}
		sides = append(sides, m.sides...)
		if m.date != "" {
			own := !m.fromPublication()
			switch {
			case own && (!storyDated || m.date < r.date):
				r.date, storyDated = m.date, true
			case !own && !storyDated && (r.date == "" || m.date < r.date):
				r.date = m.date
			}
		}
	}
	// Counted per member in order, so a document with two stories in the
	// merge (which the rule forbids) would still count once.
	seen := map[int64]bool{}
	for _, k := range c {
		d := all[k].doc
		if seen[d] {
			continue
		}
		seen[d] = true
		if o, ok := copies[d]; !ok || !docs[o] {
			r.sources++
		}
	}
	slices.Sort(sides)
	r.sides = strings.Join(slices.Compact(sides), " ")
	return r
}

// fromPublication reports that date is the document's publication date,
// the story having no date of its own.
func (s *docStory) fromPublication() bool { return s.pubOnly }

// loadDocStories reads every stored story in ingest order with what the
// merge compares: kind, date, place and sides (the country of each
// participant, else its code, else the actor itself).
//
// where is an SQL condition over stories s and documents d that selects
// the stories to read ("1" for all), with its arguments.
func loadDocStories(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]docStory, error) {
	rows, err := tx.QueryContext(ctx, `SELECT s.doc, s.idx, d.id, s.id, s.kind, s.title, s.date, d.published,
			s.location_name, s.location_country
		FROM stories s JOIN documents d ON d.seq = s.doc WHERE `+where+` ORDER BY s.doc, s.idx`, args...)
	if err != nil {
		return nil, err
	}
	var all []docStory
	for rows.Next() {
		var st docStory
		var date, pub string
		var ln, lc sql.NullString
		if err := rows.Scan(&st.doc, &st.idx, &st.docID, &st.storyID, &st.kind, &st.title, &date, &pub, &ln, &lc); err != nil {
			rows.Close()
			return nil, err
		}
		st.date = date
		if st.date == "" {
			st.date, st.pubOnly = pub, pub != ""
		}
		if t, err := time.Parse("2006-01-02", st.date); err == nil {
			st.day, st.dated = int(t.Unix()/86400), true
		}
		st.hasLoc = ln.Valid
		st.locName, st.locCtry = ln.String, lc.String
		all = append(all, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Stories come ordered by (doc, idx), so a binary search finds each
	// participant's story.
	rows, err = tx.QueryContext(ctx, `SELECT sa.doc, sa.story, sa.actor, coalesce(a.country, ''), coalesce(a.code, '')
		FROM story_actors sa JOIN stories s ON s.doc = sa.doc AND s.idx = sa.story JOIN documents d ON d.seq = s.doc
		LEFT JOIN actors a ON a.doc = sa.doc AND a.id = sa.actor
		WHERE sa.role = 'participant' AND (`+where+`) ORDER BY sa.doc, sa.story, sa.position`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var doc int64
		var story int
		var actor, country, code string
		if err := rows.Scan(&doc, &story, &actor, &country, &code); err != nil {
			return nil, err
		}
		i, ok := slices.BinarySearchFunc(all, docStory{doc: doc, idx: story}, func(a, b docStory) int {
			if c := cmp.Compare(a.doc, b.doc); c != 0 {
				return c
			}
			return a.idx - b.idx
		})
		if !ok {
			continue
		}
		side := country
		if side == "" {
			side = code
		}
		if side == "" {
			side = "@" + actor
		}
		all[i].sides = append(all[i].sides, side)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range all {
		slices.Sort(all[i].sides)
		all[i].sides = slices.Compact(all[i].sides)
	}
	return all, nil
}

// clusterStories groups stories (indexes into all, which is in ingest
// order) into merged stories. Candidates are found through an index by kind
// and day, so the cost grows with the stories of nearby days, not with the
// store.
//
// seed holds merged stories already formed (indexes into all, each in
// order, the seeds in the order of their first members); their members are
// not placed again.
func clusterStories(all []docStory, seed [][]int) [][]int {
	type key struct {
		kind string
		day  int
	}
	clusters := make([][]int, len(seed))
	for i, c := range seed {
		clusters[i] = slices.Clone(c) // appending must not write into the caller's seed
	}
	byDay := map[key][]int{} // cluster numbers, ascending
	placed := make([]bool, len(all))
	for c, members := range seed {
		for _, i := range members {
			placed[i] = true
			if s := &all[i]; s.dated {
				k := key{s.kind, s.day}
				if l := byDay[k]; len(l) == 0 || l[len(l)-1] != c {
					byDay[k] = append(l, c)
				}
			}
		}
	}
	var cands []int
	for i := range all {
		if placed[i] {
			continue
		}
		s := &all[i]
		joined := -1
		if s.dated {
			cands = cands[:0]
			for d := s.day - MergeMaxDays; d <= s.day+MergeMaxDays; d++ {
				cands = append(cands, byDay[key{s.kind, d}]...)
			}
			slices.Sort(cands)
			cands = slices.Compact(cands)
		next:
			for _, c := range cands {
				for _, m := range clusters[c] {
					if !compatible(s, &all[m]) {
						continue next
					}
				}
				joined = c
				break
			}
		}
		if joined < 0 {
			joined = len(clusters)
			clusters = append(clusters, nil)
		}
		clusters[joined] = append(clusters[joined], i)
		if s.dated {
			k := key{s.kind, s.day}
			if l := byDay[k]; len(l) == 0 || l[len(l)-1] != joined {
				byDay[k] = append(l, joined)
			}
		}
	}
	return clusters
}

// compatible is the merge rule for two stories of different documents:
// the same kind; dates (the story's own, else the publication date) at most
// MergeMaxDays apart, undated stories merging with nothing; the same sides,
// or one's sides within the other's when the smaller has at least two (an
// outlet naming a third party present); and, when both have a place, the
// same country (or, without countries, the same name).
func compatible(a, b *docStory) bool {
	if a.doc == b.doc || a.kind != b.kind || !a.dated || !b.dated {
		return false
	}
	if d := a.day - b.day; d > MergeMaxDays || d < -MergeMaxDays {
		return false
	}
	if a.hasLoc && b.hasLoc {
		if a.locCtry != "" && b.locCtry != "" {
			if a.locCtry != b.locCtry {
				return false
			}
		} else if !strings.EqualFold(a.locName, b.locName) {
			return false
		}
	}
	small, large := a.sides, b.sides
	if len(small) > len(large) {
		small, large = large, small
	}
	if len(small) == 0 {
		return false
	}
	if len(small) < len(large) && len(small) < 2 {
		return false
	}
	for _, s := range small {
		if _, ok := slices.BinarySearch(large, s); !ok {
			return false
		}
	}
	return true
}

// storedClusters returns the stored merged stories of old (the stories
// the condition where selects, in (doc, idx) order) as indexes into old,
// each in member order, ordered by first member. A merged story with a
// member outside old is left out of the seed: the day window guarantees
// that no new story could join it (its members all lie at the window's
// edge), and it is not rewritten.
func storedClusters(ctx context.Context, tx *sql.Tx, old []docStory, where string, args ...any) ([][]int, error) {
	at := make(map[[2]int64]int, len(old))
	for i, s := range old {
		at[[2]int64{s.doc, int64(s.idx)}] = i
	}
	rows, err := tx.QueryContext(ctx, `SELECT merged, doc, story FROM merged_story_members WHERE merged IN (
			SELECT m.merged FROM merged_story_members m JOIN stories s ON s.doc = m.doc AND s.idx = m.story
			JOIN documents d ON d.seq = s.doc WHERE `+where+`) ORDER BY merged, position`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var seed [][]int
	cur, broken := "", false
	var members []int
	flush := func() {
		if cur != "" && !broken && len(members) > 0 {
			seed = append(seed, members)
		}
		members, broken = nil, false
	}
	for rows.Next() {
		var merged string
		var doc, story int64
		if err := rows.Scan(&merged, &doc, &story); err != nil {
			return nil, err
		}
		if merged != cur {
			flush()
			cur = merged
		}
		i, ok := at[[2]int64{doc, story}]
		if !ok {
			broken = true
			continue
		}
		members = append(members, i)
	}
	flush()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(seed, func(a, b int) bool { return seed[a][0] < seed[b][0] })
	return seed, nil
}
