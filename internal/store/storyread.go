package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"parley/internal/analysis"
)

// ErrNoStory is returned (wrapped) by Story when no merged story has the id.
var ErrNoStory = errors.New("story not found")

// StoryFilter selects merged stories for Stories. Empty fields select all.
type StoryFilter struct {
	// Actors keeps stories with a participant whose actor id, country or
	// code equals one of them, or whose name contains one (all
	// case-insensitive). The command line passes what the user typed plus
	// the ids and countries the actor dictionary finds for it.
	Actors []string
	// Since keeps stories dated on or after it (YYYY-MM-DD); undated
	// stories are dropped when it is set.
	Since string
}

// StoryItem is one line of the story list.
type StoryItem struct {
	ID    string `json:"id"`
	Date  string `json:"date,omitempty"`
	Kind  string `json:"kind"`
	Title string `json:"title,omitempty"`
	// Participants are the participants' names, in the order the member
	// stories name them, each once.
	Participants []string `json:"participants"`
	// Sides are the participants' country or IGO codes, sorted.
	Sides []string `json:"sides"`
	// Sources is the number of documents telling the story, copies of
	// another member not counted.
	Sources int `json:"sources"`
}

// BriefActor is an actor in a brief.
type BriefActor struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
}

// BriefQuote is one quote of an account: its words as printed (the content
// spans joined with " … "), who said it and where.
type BriefQuote struct {
	Text      string `json:"text"`
	Speaker   string `json:"speaker,omitempty"`    // the speaker's name
	SpeakerID string `json:"speaker_id,omitempty"` // actors.id
	Stance    string `json:"stance,omitempty"`
	Document  string `json:"document"`
	Quote     string `json:"quote"` // quotes.id within the document
}

// BriefReport is one document's account of the story by one side.
type BriefReport struct {
	Document string       `json:"document"`
	Stance   string       `json:"stance"`
	Summary  string       `json:"summary,omitempty"`
	Quotes   []BriefQuote `json:"quotes"`
}

// BriefSide is one side's account across the sources: the stance of all
// its reports together (one stance if they agree, mixed if favourable and
// unfavourable ones meet, neutral if none takes one) and each report.
type BriefSide struct {
	Side    string        `json:"side"`
	Stance  string        `json:"stance"`
	Reports []BriefReport `json:"reports"`
}

// BriefStep is an announced next step: the sentence that announces it.
type BriefStep struct {
	Text     string `json:"text"`
	Document string `json:"document"`
}

// BriefSource is a document that tells the story.
type BriefSource struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
	Story     string `json:"story"`             // the story's id within the document
	CopyOf    string `json:"copy_of,omitempty"` // the original's document id, for a near-copy
}

// StoryBrief is everything `parley story` prints about a merged story.
// Lists are in source order with repeats dropped; a copy's accounts are
// left out (its original's are there).
type StoryBrief struct {
	ID           string             `json:"id"`
	Kind         string             `json:"kind"`
	Title        string             `json:"title,omitempty"`
	Date         string             `json:"date,omitempty"`
	Location     *analysis.Location `json:"location,omitempty"`
	Participants []BriefActor       `json:"participants"`
	Sides        []string           `json:"sides"`
	Accounts     []BriefSide        `json:"accounts"`
	Issues       []string           `json:"issues"`
	Undisclosed  bool               `json:"undisclosed"`
	NextSteps    []BriefStep        `json:"next_steps"`
	GoBetweens   []BriefActor       `json:"go_betweens"`
	Blamed       []BriefActor       `json:"blamed"`
	Sources      []BriefSource      `json:"sources"`
}

// Stories lists the merged stories that pass f, newest first (by date, then
// id; undated last).
func (s *Store) Stories(ctx context.Context, f StoryFilter) ([]StoryItem, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: stories: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, date, kind, title, sides, sources FROM merged_stories
		WHERE (?1 = '' OR date >= ?1) ORDER BY date = '', date DESC, id`, f.Since)
	if err != nil {
		return nil, fmt.Errorf("store: stories: %w", err)
	}
	var list []StoryItem
	at := map[string]int{}
	for rows.Next() {
		var it StoryItem
		var sides string
		if err := rows.Scan(&it.ID, &it.Date, &it.Kind, &it.Title, &sides, &it.Sources); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: stories: %w", err)
		}
		it.Sides = strings.Fields(sides)
		it.Participants = []string{}
		at[it.ID] = len(list)
		list = append(list, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: stories: %w", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT m.merged, sa.actor, coalesce(a.name, sa.actor), coalesce(a.country, ''), coalesce(a.code, '')
		FROM merged_story_members m
		JOIN story_actors sa ON sa.doc = m.doc AND sa.story = m.story AND sa.role = 'participant'
		LEFT JOIN actors a ON a.doc = sa.doc AND a.id = sa.actor
		ORDER BY m.merged, m.position, sa.position`)
	if err != nil {
		return nil, fmt.Errorf("store: stories: %w", err)
	}
	defer rows.Close()
	seen := map[[2]string]bool{}
	match := map[string]bool{}
	var want []string
	for _, a := range f.Actors {
		if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
			want = append(want, a)
		}
	}
	for rows.Next() {
		var merged, actor, name, country, code string
		if err := rows.Scan(&merged, &actor, &name, &country, &code); err != nil {
			return nil, fmt.Errorf("store: stories: %w", err)
		}
		i, ok := at[merged]
		if !ok {
			continue
		}
		for _, w := range want {
			if strings.EqualFold(actor, w) || strings.EqualFold(country, w) ||
				strings.EqualFold(code, w) || strings.Contains(strings.ToLower(name), w) {
				match[merged] = true
			}
		}
		if k := [2]string{merged, actor}; !seen[k] {
			seen[k] = true
			list[i].Participants = append(list[i].Participants, name)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: stories: %w", err)
	}
	if len(f.Actors) == 0 {
		return list, nil
	}
	kept := list[:0]
	for _, it := range list {
		if match[it.ID] {
			kept = append(kept, it)
		}
	}
	return kept, nil
}

// member is one document story of a merged story, with what the brief needs
// of its document.
type member struct {
	doc                int64
	story              int
	docID, storyID     string
	outlet, pub, title string
	text               string
	copyOf             string
	actors             map[string]BriefActor
}

// Story returns the brief of the merged story id. The error wraps
// ErrNoStory when there is none.
func (s *Store) Story(ctx context.Context, id string) (*StoryBrief, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("store: story %q: %w", id, err)
	}
	defer tx.Rollback()
	b, err := loadBrief(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("store: story %q: %w", id, err)
	}
	return b, nil
}

func loadBrief(ctx context.Context, tx *sql.Tx, id string) (*StoryBrief, error) {
	b := &StoryBrief{ID: id, Participants: []BriefActor{}, Accounts: []BriefSide{}, Issues: []string{},
		NextSteps: []BriefStep{}, GoBetweens: []BriefActor{}, Blamed: []BriefActor{}, Sources: []BriefSource{}}
	var sides string
	var ln, lc sql.NullString
	switch err := tx.QueryRowContext(ctx, `SELECT kind, title, date, location_name, location_country, sides FROM merged_stories WHERE id = ?`, id).
		Scan(&b.Kind, &b.Title, &b.Date, &ln, &lc, &sides); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, ErrNoStory
	case err != nil:
		return nil, err
	}
	b.Sides = strings.Fields(sides)
	if ln.Valid {
		b.Location = &analysis.Location{Name: ln.String, Country: lc.String}
	}
	rows, err := tx.QueryContext(ctx, `SELECT m.doc, m.story, d.id, s.id, d.source, d.published, d.title, d.text,
			coalesce((SELECT o.id FROM near_duplicates n JOIN documents o ON o.seq = n.original WHERE n.doc = m.doc), ''),
			s.undisclosed
		FROM merged_story_members m JOIN documents d ON d.seq = m.doc JOIN stories s ON s.doc = m.doc AND s.idx = m.story
		WHERE m.merged = ? ORDER BY m.position`, id)
	if err != nil {
		return nil, err
	}
	var ms []*member
	for rows.Next() {
		m := &member{actors: map[string]BriefActor{}}
		var undisclosed bool
		if err := rows.Scan(&m.doc, &m.story, &m.docID, &m.storyID, &m.outlet, &m.pub, &m.title, &m.text, &m.copyOf, &undisclosed); err != nil {
			rows.Close()
			return nil, err
		}
		b.Undisclosed = b.Undisclosed || undisclosed
		ms = append(ms, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	inStory := map[string]bool{}
	for _, m := range ms {
		inStory[m.docID] = true
	}
	q := &briefQueries{tx: tx}
	seenActor := map[string]map[string]bool{}
	addActor := func(list *[]BriefActor, role string, a BriefActor) {
		if seenActor[role] == nil {
			seenActor[role] = map[string]bool{}
		}
		if !seenActor[role][a.ID] {
			seenActor[role][a.ID] = true
			*list = append(*list, a)
		}
	}
	seenIssue, seenStep := map[string]bool{}, map[string]bool{}
	sideAt := map[string]int{}
	for _, m := range ms {
		b.Sources = append(b.Sources, BriefSource{ID: m.docID, Outlet: m.outlet, Published: m.pub, Title: m.title, Story: m.storyID, CopyOf: m.copyOf})
		if err := q.actorsOf(ctx, m); err != nil {
			return nil, err
		}
		roles, err := q.storyActors(ctx, m)
		if err != nil {
			return nil, err
		}
		for _, r := range roles {
			a := m.actor(r[1])
			switch r[0] {
			case "participant":
				addActor(&b.Participants, r[0], a)
			case "go_between":
				addActor(&b.GoBetweens, r[0], a)
			case "blamed":
				addActor(&b.Blamed, r[0], a)
			}
		}
		issues, err := q.strings(ctx, `SELECT issue FROM story_issues WHERE doc = ? AND story = ? ORDER BY position`, m.doc, m.story)
		if err != nil {
			return nil, err
		}
		for _, is := range issues {
			if !seenIssue[is] {
				seenIssue[is] = true
				b.Issues = append(b.Issues, is)
			}
		}
		if m.copyOf != "" && inStory[m.copyOf] {
			continue // the original tells the same: its accounts and steps are there
		}
		steps, err := q.strings(ctx, `SELECT se.text FROM story_events st
			JOIN events e ON e.doc = st.doc AND e.id = st.event
			JOIN sentences se ON se.doc = e.doc AND se.idx = e.sentence
			WHERE st.doc = ? AND st.story = ? AND st.role = 'next_step' ORDER BY st.position`, m.doc, m.story)
		if err != nil {
			return nil, err
		}
		for _, st := range steps {
			st = oneLine(st)
			if !seenStep[st] {
				seenStep[st] = true
				b.NextSteps = append(b.NextSteps, BriefStep{Text: st, Document: m.docID})
			}
		}
		reports, err := q.accounts(ctx, m)
		if err != nil {
			return nil, err
		}
		for _, r := range reports {
			i, ok := sideAt[r.side]
			if !ok {
				i = len(b.Accounts)
				sideAt[r.side] = i
				b.Accounts = append(b.Accounts, BriefSide{Side: r.side})
			}
			b.Accounts[i].Reports = append(b.Accounts[i].Reports, r.BriefReport)
		}
	}
	for i := range b.Accounts {
		b.Accounts[i].Stance = combineStance(b.Accounts[i].Reports)
	}
	return b, nil
}

// combineStance is one side's stance over its reports.
func combineStance(rs []BriefReport) string {
	pos, neg := false, false
	for _, r := range rs {
		switch r.Stance {
		case "positive":
			pos = true
		case "negative":
			neg = true
		case "mixed":
			pos, neg = true, true
		}
	}
	switch {
	case pos && neg:
		return "mixed"
	case pos:
		return "positive"
	case neg:
		return "negative"
	}
	return "neutral"
}

// oneLine folds runs of white space to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (m *member) actor(id string) BriefActor {
	if a, ok := m.actors[id]; ok {
		return a
	}
	return BriefActor{ID: id, Name: id}
}

// briefQueries runs the per-member queries of a brief.
type briefQueries struct {
	tx *sql.Tx
}

func (q *briefQueries) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := q.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func (q *briefQueries) actorsOf(ctx context.Context, m *member) error {
	rows, err := q.tx.QueryContext(ctx, `SELECT id, name, country FROM actors WHERE doc = ? ORDER BY idx`, m.doc)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a BriefActor
		if err := rows.Scan(&a.ID, &a.Name, &a.Country); err != nil {
			return err
		}
		if _, dup := m.actors[a.ID]; !dup {
			m.actors[a.ID] = a
		}
	}
	return rows.Err()
}

// storyActors returns (role, actor id) pairs of the member's story in
// contract order.
func (q *briefQueries) storyActors(ctx context.Context, m *member) ([][2]string, error) {
	rows, err := q.tx.QueryContext(ctx, `SELECT role, actor FROM story_actors WHERE doc = ? AND story = ?
		ORDER BY CASE role WHEN 'participant' THEN 0 WHEN 'go_between' THEN 1 ELSE 2 END, position`, m.doc, m.story)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var r [2]string
		if err := rows.Scan(&r[0], &r[1]); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

type sideReport struct {
	side string
	BriefReport
}

// accounts reads the member's accounts with their quotes' words, cut from
// the document text by the stored byte spans.
func (q *briefQueries) accounts(ctx context.Context, m *member) ([]sideReport, error) {
	rows, err := q.tx.QueryContext(ctx, `SELECT idx, side, stance, summary FROM story_accounts WHERE doc = ? AND story = ? ORDER BY idx`, m.doc, m.story)
	if err != nil {
		return nil, err
	}
	var out []sideReport
	var idxs []int
	for rows.Next() {
		var r sideReport
		var idx int
		if err := rows.Scan(&idx, &r.side, &r.Stance, &r.Summary); err != nil {
			rows.Close()
			return nil, err
		}
		r.Document, r.Quotes = m.docID, []BriefQuote{}
		if r.Stance == "" {
			r.Stance = "neutral"
		}
		out = append(out, r)
		idxs = append(idxs, idx)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, idx := range idxs {
		qrows, err := q.tx.QueryContext(ctx, `SELECT q.idx, q.id, q.speaker, q.speaker_name, q.stance FROM story_account_refs r
			JOIN quotes q ON q.doc = r.doc AND q.id = r.ref
			WHERE r.doc = ? AND r.story = ? AND r.account = ? AND r.role = 'quote' ORDER BY r.position`, m.doc, m.story, idx)
		if err != nil {
			return nil, err
		}
		var qidx []int
		for qrows.Next() {
			var bq BriefQuote
			var k int
			if err := qrows.Scan(&k, &bq.Quote, &bq.SpeakerID, &bq.Speaker, &bq.Stance); err != nil {
				qrows.Close()
				return nil, err
			}
			if bq.SpeakerID != "" {
				if a, ok := m.actors[bq.SpeakerID]; ok {
					bq.Speaker = a.Name
				}
			}
			bq.Document = m.docID
			out[i].Quotes = append(out[i].Quotes, bq)
			qidx = append(qidx, k)
		}
		qrows.Close()
		if err := qrows.Err(); err != nil {
			return nil, err
		}
		for j, k := range qidx {
			text, err := q.quoteText(ctx, m, k)
			if err != nil {
				return nil, err
			}
			out[i].Quotes[j].Text = text
		}
	}
	return out, nil
}

// quoteText joins a quote's content spans (byte offsets into the document
// text; spans outside it are skipped rather than trusted).
func (q *briefQueries) quoteText(ctx context.Context, m *member, quote int) (string, error) {
	rows, err := q.tx.QueryContext(ctx, `SELECT start_byte, end_byte FROM quote_spans WHERE doc = ? AND quote = ? ORDER BY position`, m.doc, quote)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var parts []string
	for rows.Next() {
		var s, e int
		if err := rows.Scan(&s, &e); err != nil {
			return "", err
		}
		if s < 0 || e < s || e > len(m.text) {
			continue
		}
		parts = append(parts, oneLine(m.text[s:e]))
	}
	return strings.Join(parts, " … "), rows.Err()
}
