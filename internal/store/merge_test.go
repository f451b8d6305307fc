package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"parley/internal/analysis"
)

// Texts of our own for the near-duplicate tests: a report, a lightly
// edited copy of it (new headline word, two phrases changed, a clause
// added), and a different report of the same talks.
const (
	dupOriginal = `Ministers from Norland and Sudmark met in Lisbon on Tuesday for a second round of talks on fishing rights in the northern sea. ` +
		`"The discussion was frank and useful," the Norland minister told reporters after the meeting, adding that both delegations had agreed to exchange maps of the disputed zone before the next round. ` +
		`The Sudmark delegation said serious differences remained over quotas and over the inspection of trawlers. ` +
		`Portuguese officials hosted the session at a government palace near the river. The ministers plan to meet again in June, a spokesman said.`
	dupEdited = `Ministers from Norland and Sudmark met in Lisbon on Tuesday for a second round of talks on fishing rights in the northern sea. ` +
		`"The discussion was frank and useful," the Norland minister told journalists after the meeting, adding that both delegations had agreed to exchange maps of the disputed zone before the next round. ` +
		`The Sudmark delegation said serious differences remained over quotas and over the inspection of fishing boats. ` +
		`Portuguese officials hosted the session at a government palace near the river, officials said. The ministers plan to meet again in June, a spokesman said.`
	dupOther = `Sudmark pressed Norland on Tuesday to accept independent inspectors on its trawlers, as the two governments resumed fishing talks in Lisbon. ` +
		`Sudmark's fisheries minister said no breakthrough had been reached and that quotas for the northern sea were still in dispute. ` +
		`Norland's minister called the meeting frank. Neither side would say when the maps of the zone would be exchanged.`
)

func TestNearDuplicate(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		copied bool
	}{
		{"identical", dupOriginal, dupOriginal, true},
		{"spacing, case and punctuation only", dupOriginal, strings.ToUpper(strings.ReplaceAll(dupOriginal, " ", "\n  ")), true},
		{"lightly edited copy", dupOriginal, dupEdited, true},
		{"another report of the same talks", dupOriginal, dupOther, false},
		{"unrelated", dupOriginal, "Heavy rain closed three mountain roads overnight, and the weather service warned of more to come on Friday.", false},
		{"empty", "", "", false},
		{"one against empty", dupOriginal, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, sim, copied := NearDuplicate(tt.a, tt.b)
			if copied != tt.copied {
				t.Errorf("copied = %v (distance %d, similarity %.2f), want %v", copied, d, sim, tt.copied)
			}
		})
	}
}

func TestSimHash(t *testing.T) {
	if SimHash("") != 0 || SimHash(" ,.; ") != 0 {
		t.Errorf("a text without words should hash to 0")
	}
	if SimHash("talks") == 0 || SimHash("talks") == SimHash("truce") {
		t.Errorf("one-word texts should hash to distinct non-zero values")
	}
	if SimHash("Don't stop") != SimHash("don’t stop") {
		t.Errorf("apostrophe variants should not change the hash")
	}
	if d := Hamming(SimHash(dupOriginal), SimHash(dupOther)); d <= NearDupMaxDistance/2 {
		t.Errorf("different reports are only %d bits apart", d)
	}
	if n := testing.AllocsPerRun(20, func() { SimHash(dupOriginal) }); n != 0 {
		t.Errorf("SimHash allocates %.0f times per call", n)
	}
}

func FuzzSimHash(f *testing.F) {
	for _, s := range []string{"", "talks", dupOriginal, "Ünïcode wörds, “quoted” — and don’t", "\xff\xfe broken utf8", "a b c d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := SimHash(s)
		if SimHash(s) != h {
			t.Fatalf("SimHash not deterministic")
		}
		d, sim, copied := NearDuplicate(s, s)
		_, _, empty := fingerprint(s)
		words := !empty
		if d != 0 || sim != map[bool]float64{true: 1, false: 0}[words] || copied != words {
			t.Fatalf("a text against itself: distance %d, similarity %v, copied %v", d, sim, copied)
		}
		if m, ok := minHashFrom([]byte(s)); ok != (len(s) == 4*minHashSize) || (ok && !bytes.Equal(m.bytes(), []byte(s))) {
			t.Fatalf("minHashFrom of %d bytes: ok %v, round trip broken", len(s), ok)
		}
		if !words && h != 0 {
			t.Fatalf("a text without words hashes to %x", h)
		}
		if u := strings.ToUpper(s); utf8.ValidString(s) && strings.ToLower(u) == strings.ToLower(s) {
			if _, _, c := NearDuplicate(s, u); c != words {
				t.Fatalf("case changed the verdict")
			}
		}
	})
}

// storyDoc makes an analysis with one actor per country code given and one
// story of the given kind, date and place among them.
func storyDoc(id, published, text, kind, date, place string, countries ...string) *analysis.Analysis {
	a := smallAnalysis(id, text)
	a.Published = published
	st := analysis.Story{ID: "s1", Kind: kind, Title: strings.Join(countries, "-") + " " + kind, Events: []string{}, Date: date}
	for _, c := range countries {
		aid := fmt.Sprintf("%s-official", strings.ToLower(c))
		a.Actors = append(a.Actors, analysis.Actor{ID: aid, Name: c + " official", Code: c + "GOV", Country: c})
		st.Participants = append(st.Participants, aid)
		st.Accounts = append(st.Accounts, analysis.Account{Side: c, Actors: []string{aid}, Stance: "neutral", Summary: fmt.Sprintf("%s comments on the %s.", c, kind)})
	}
	if place != "" {
		st.Location = &analysis.Location{Name: place, Country: place[:3]}
	}
	a.Stories = []analysis.Story{st}
	return a
}

// mergedDump is every row of the derived tables, for comparing states.
func mergedDump(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, kind, title, date, coalesce(location_name, '-'), sides, sources, first_doc FROM merged_stories ORDER BY id`,
		`SELECT merged, position, doc, story FROM merged_story_members ORDER BY merged, position`,
		`SELECT doc, original, distance, similarity FROM near_duplicates ORDER BY doc`,
		`SELECT doc, simhash FROM document_simhash ORDER BY doc`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
		b.WriteString("--\n")
	}
	return b.String()
}

func mergedOf(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	rows, err := s.DB().Query(`SELECT m.merged, d.id FROM merged_story_members m JOIN documents d ON d.seq = m.doc ORDER BY m.merged, m.position`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var m, d string
		if err := rows.Scan(&m, &d); err != nil {
			t.Fatal(err)
		}
		out[m] = append(out[m], d)
	}
	return out
}

func TestMergeStoriesAcrossDocuments(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	batch1 := []*analysis.Analysis{
		storyDoc("post-talks", "2025-03-10", "The Norland and Sudmark ministers met in Lisbon. They spoke of fish.", "talks", "2025-03-10", "PRT Lisbon", "NRL", "SDM"),
		storyDoc("daily-talks", "2025-03-10", "Sudmark pressed Norland at the Lisbon meeting. Quotas stay open.", "talks", "2025-03-10", "PRT Lisbon", "SDM", "NRL"),
		// The same day, other parties: must stay apart.
		storyDoc("daily-other", "2025-03-10", "Two other ministers met in Porto on the same day. They discussed rail.", "talks", "2025-03-10", "PRT Porto", "ALB", "BRD"),
		// Same parties and day, another kind of happening: apart.
		storyDoc("post-deal", "2025-03-10", "Norland and Sudmark also signed a rail deal. It was brief.", "agreement", "2025-03-10", "PRT Lisbon", "NRL", "SDM"),
		// Same parties and kind, but a week later: apart.
		storyDoc("post-later", "2025-03-17", "The ministers met again a week later. Nothing changed.", "talks", "2025-03-17", "PRT Lisbon", "NRL", "SDM"),
		// Same parties, kind and day, another country: apart.
		storyDoc("post-elsewhere", "2025-03-10", "Norland and Sudmark deputies also met in Madrid. They spoke of trade.", "talks", "2025-03-10", "ESP Madrid", "NRL", "SDM"),
	}
	if _, err := s.IngestBatch(ctx, batch1); err != nil {
		t.Fatal(err)
	}
	got := mergedOf(t, s)
	want := map[string][]string{
		"post-talks/s1":     {"post-talks", "daily-talks"},
		"daily-other/s1":    {"daily-other"},
		"post-deal/s1":      {"post-deal"},
		"post-later/s1":     {"post-later"},
		"post-elsewhere/s1": {"post-elsewhere"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("merged after batch 1:\n got %v\nwant %v", got, want)
	}

	// A follow-up the next day, dated by publication only (no story date),
	// no place, and a third party named: joins the talks.
	follow := storyDoc("post-followup", "2025-03-11", "A day later the Norland minister briefed parliament on the talks. Sudmark said nothing.", "talks", "", "", "NRL", "SDM", "PRT")
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{follow}); err != nil {
		t.Fatal(err)
	}
	if got := mergedOf(t, s)["post-talks/s1"]; !reflect.DeepEqual(got, []string{"post-talks", "daily-talks", "post-followup"}) {
		t.Errorf("after the follow-up, post-talks/s1 holds %v", got)
	}

	// Re-ingesting everything changes nothing, byte for byte.
	before := mergedDump(t, s.DB())
	all := append(append([]*analysis.Analysis{}, batch1...), follow)
	outs, err := s.IngestBatch(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range outs {
		if o != Unchanged {
			t.Fatalf("re-ingest of %s: %v", all[i].ID, o)
		}
	}
	if after := mergedDump(t, s.DB()); after != before {
		t.Errorf("re-ingest changed the merged tables:\n%s\nvs\n%s", before, after)
	}

	// The list: newest first, sources counted.
	list, err := s.Stories(ctx, StoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 5 || list[0].ID != "post-later/s1" {
		t.Fatalf("Stories = %+v", list)
	}
	for _, it := range list {
		if it.ID == "post-talks/s1" && (it.Sources != 3 || !reflect.DeepEqual(it.Sides, []string{"NRL", "PRT", "SDM"})) {
			t.Errorf("post-talks/s1: %+v", it)
		}
	}
	filtered, err := s.Stories(ctx, StoryFilter{Actors: []string{"alb"}})
	if err != nil || len(filtered) != 1 || filtered[0].ID != "daily-other/s1" {
		t.Errorf("filter by ALB: %+v, %v", filtered, err)
	}
	filtered, _ = s.Stories(ctx, StoryFilter{Since: "2025-03-11"})
	if len(filtered) != 1 || filtered[0].ID != "post-later/s1" {
		t.Errorf("since 2025-03-11: %+v", filtered)
	}

	// The brief: both sides, each with one report per source.
	b, err := s.Story(ctx, "post-talks/s1")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sources) != 3 || len(b.Accounts) != 3 {
		t.Fatalf("brief: %d sources, %d sides", len(b.Sources), len(b.Accounts))
	}
	if a := b.Accounts[0]; a.Side != "NRL" || len(a.Reports) != 3 || a.Reports[1].Document != "daily-talks" {
		t.Errorf("NRL account: %+v", a)
	}
	if _, err := s.Story(ctx, "no/such"); err == nil || !strings.Contains(err.Error(), "no/such") {
		t.Errorf("unknown story: %v", err)
	}

	// Replacing a document recomputes: daily-talks moves to another day.
	moved := storyDoc("daily-talks", "2025-03-10", "Sudmark pressed Norland at the Lisbon meeting. Quotas stay open.", "talks", "2025-03-14", "PRT Lisbon", "SDM", "NRL")
	if outs, err := s.IngestBatch(ctx, []*analysis.Analysis{moved}); err != nil || outs[0] != Replaced {
		t.Fatalf("replace: %v %v", outs, err)
	}
	got = mergedOf(t, s)
	if !reflect.DeepEqual(got["post-talks/s1"], []string{"post-talks", "post-followup"}) || !reflect.DeepEqual(got["daily-talks/s1"], []string{"daily-talks"}) {
		t.Errorf("after moving daily-talks: %v", got)
	}
}

func TestNearDuplicatesAtIngest(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	docs := []*analysis.Analysis{
		smallAnalysis("orig", dupOriginal),
		smallAnalysis("other", dupOther),
		smallAnalysis("copy", dupEdited),
	}
	if _, err := s.IngestBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// A copy of the copy, in a later batch, points to the original.
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{smallAnalysis("copy2", dupEdited+" Updated.")}); err != nil {
		t.Fatal(err)
	}
	copies := func() map[string]string {
		rows, err := s.DB().Query(`SELECT d.id, o.id FROM near_duplicates n JOIN documents d ON d.seq = n.doc JOIN documents o ON o.seq = n.original`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		m := map[string]string{}
		for rows.Next() {
			var d, o string
			rows.Scan(&d, &o)
			m[d] = o
		}
		return m
	}
	if got, want := copies(), map[string]string{"copy": "orig", "copy2": "orig"}; !reflect.DeepEqual(got, want) {
		t.Errorf("copies = %v, want %v", got, want)
	}
	// The original is rewritten into something else: its copies are no
	// longer its copies, and the first remaining one becomes the original.
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{smallAnalysis("orig", "A new text about something else entirely, the weather in the hills.")}); err != nil {
		t.Fatal(err)
	}
	if got, want := copies(), map[string]string{"copy2": "copy"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after replacing the original: copies = %v, want %v", got, want)
	}
	if n := count(t, s.DB(), "document_simhash"); n != 4 {
		t.Errorf("document_simhash has %d rows, want 4", n)
	}
}

func TestCompatible(t *testing.T) {
	base := docStory{doc: 1, kind: "talks", day: 100, dated: true, hasLoc: true, locName: "Lisbon", locCtry: "PRT", sides: []string{"NRL", "SDM"}}
	tests := []struct {
		name string
		edit func(*docStory)
		want bool
	}{
		{"same", func(*docStory) {}, true},
		{"same document", func(s *docStory) { s.doc = 1 }, false},
		{"a day later", func(s *docStory) { s.day = 101 }, true},
		{"two days later", func(s *docStory) { s.day = 102 }, false},
		{"undated", func(s *docStory) { s.dated = false }, false},
		{"other kind", func(s *docStory) { s.kind = "visit" }, false},
		{"other sides", func(s *docStory) { s.sides = []string{"ALB", "BRD"} }, false},
		{"one side shared", func(s *docStory) { s.sides = []string{"NRL"} }, false},
		{"a third side named", func(s *docStory) { s.sides = []string{"NRL", "PRT", "SDM"} }, true},
		{"no place", func(s *docStory) { s.hasLoc = false }, true},
		{"other country", func(s *docStory) { s.locName, s.locCtry = "Madrid", "ESP" }, false},
		{"same country, other name", func(s *docStory) { s.locName = "Lisboa" }, true},
		{"no country, same name", func(s *docStory) { s.locCtry = "" }, true},
		{"no country, other name", func(s *docStory) { s.locCtry, s.locName = "", "Sintra" }, false},
		{"no sides", func(s *docStory) { s.sides = nil }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := base
			o.doc = 2
			o.sides = append([]string(nil), base.sides...)
			tt.edit(&o)
			a := base
			if got := compatible(&a, &o); got != tt.want {
				t.Errorf("compatible = %v, want %v", got, tt.want)
			}
			if got := compatible(&o, &a); got != tt.want {
				t.Errorf("compatible (swapped) = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestReplacedOriginalKeepsItsCopies(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{smallAnalysis("orig", dupOriginal), smallAnalysis("copy", dupEdited)}); err != nil {
		t.Fatal(err)
	}
	// The original is corrected slightly: still the original of its copy.
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{smallAnalysis("orig", dupOriginal+" Corrected.")}); err != nil {
		t.Fatal(err)
	}
	var d, o string
	err := s.DB().QueryRow(`SELECT d.id, o.id FROM near_duplicates n JOIN documents d ON d.seq = n.doc JOIN documents o ON o.seq = n.original`).Scan(&d, &o)
	if err != nil || d != "copy" || o != "orig" || count(t, s.DB(), "near_duplicates") != 1 {
		t.Errorf("copy link after correcting the original: %q -> %q, %v", d, o, err)
	}
}

// storyBenchDocs makes n documents with one story each among 20 countries
// over 30 days, so that merges happen and most candidates are rejected.
// In chronological order the days rise with the documents, as a news feed
// is ingested; otherwise every stretch of documents covers all 30 days.
func storyBenchDocs(n int, chronological bool) []*analysis.Analysis {
	docs := benchDocs(n)
	countries := strings.Fields("ALB BRD CRN DRV ELM FRN GLD HRB ISL JMR KLM LTN MRV NRL ORS PRN QTR RVN SDM TRL")
	kinds := []string{"talks", "visit", "agreement"}
	for i, a := range docs {
		c1, c2 := countries[i%20], countries[(i*7+3)%20]
		if c1 == c2 {
			c2 = countries[(i+1)%20]
		}
		day := fmt.Sprintf("2031-06-%02d", 1+i%30)
		if chronological {
			day = fmt.Sprintf("2031-06-%02d", 1+i*30/n)
		}
		d := storyDoc(a.ID, day, a.Text, kinds[i%3], day, "", c1, c2)
		d.Sentences, d.Title, d.URL = a.Sentences, a.Title, a.URL
		docs[i] = d
	}
	return docs
}

// BenchmarkIngestStories is BenchmarkIngest (2000 documents, batches of
// 200) with a story in every document, in the order of their days: the
// cost of near-duplicate checks and of merging stories shows against
// BenchmarkIngest.
func BenchmarkIngestStories(b *testing.B) {
	benchIngest(b, storyBenchDocs(2000, true), 200)
}

// BenchmarkIngestStoriesShuffled is BenchmarkIngestStories with every batch
// spanning all 30 days, the worst case for the merge's day window.
func BenchmarkIngestStoriesShuffled(b *testing.B) {
	benchIngest(b, storyBenchDocs(2000, false), 200)
}

// BenchmarkMergeStories measures one recomputation of the merged stories of
// a store of 2000 stories (what each batch pays on top of its writes).
func BenchmarkMergeStories(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.IngestBatch(ctx, storyBenchDocs(2000, false)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tx, err := s.DB().BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := mergeStories(ctx, tx, nil); err != nil {
			b.Fatal(err)
		}
		tx.Rollback()
	}
}

// A store written before migration 0002 has stories but no fingerprints or
// merges: its next ingest, even one that changes nothing, derives them.
func TestOldStoreGetsMergedOnNextIngest(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	docs := []*analysis.Analysis{
		storyDoc("one", "2025-03-10", "Norland and Sudmark met in Lisbon. Talks went on.", "talks", "2025-03-10", "", "NRL", "SDM"),
		storyDoc("two", "2025-03-10", "Sudmark and Norland held talks in Lisbon. Nothing was agreed.", "talks", "2025-03-10", "", "NRL", "SDM"),
	}
	if _, err := s.IngestBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	want := mergedDump(t, s.DB())
	for _, q := range []string{`DELETE FROM merged_stories`, `DELETE FROM document_simhash`, `DELETE FROM near_duplicates`} {
		if _, err := s.DB().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if outs, err := s.IngestBatch(ctx, docs); err != nil || outs[0] != Unchanged {
		t.Fatalf("re-ingest: %v, %v", outs, err)
	}
	if got := mergedDump(t, s.DB()); got != want {
		t.Errorf("after the upgrade ingest:\n%s\nwant\n%s", got, want)
	}
	if got := mergedOf(t, s)["one/s1"]; !reflect.DeepEqual(got, []string{"one", "two"}) {
		t.Errorf("one/s1 holds %v", got)
	}
}

func ExampleNearDuplicate() {
	original := "Ministers from Norland and Sudmark met in Lisbon on Tuesday for a second round of talks on fishing rights, " +
		"and agreed to exchange maps of the disputed zone before the next round, a spokesman said."
	edited := "Ministers from Norland and Sudmark met in Lisbon on Tuesday for a second round of talks on fishing rights, " +
		"and agreed to exchange maps of the disputed zone before the next round, a spokeswoman said."
	other := "Sudmark pressed Norland to accept inspectors on its trawlers as fishing talks resumed in Lisbon; no breakthrough was reached."
	_, _, copied := NearDuplicate(original, edited)
	fmt.Println("edited copy:", copied)
	_, _, copied = NearDuplicate(original, other)
	fmt.Println("other report:", copied)
	// Output:
	// edited copy: true
	// other report: false
}

// Placing each batch's stories incrementally must give what one merge of
// everything gives.
func TestIncrementalMergeEqualsFull(t *testing.T) {
	for _, chronological := range []bool{true, false} {
		t.Run(fmt.Sprint("chronological=", chronological), func(t *testing.T) {
			testIncrementalMerge(t, chronological)
		})
	}
}

func testIncrementalMerge(t *testing.T, chronological bool) {
	ctx := context.Background()
	docs := storyBenchDocs(300, chronological)
	// Some stories dated by publication only, some undated.
	for i, d := range docs {
		switch i % 11 {
		case 3:
			d.Stories[0].Date = ""
		case 7:
			d.Stories[0].Date, d.Published = "", ""
		}
	}
	inc, _ := openTemp(t)
	for j := 0; j < len(docs); j += 23 {
		if _, err := inc.IngestBatch(ctx, docs[j:min(j+23, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	full, _ := openTemp(t)
	if _, err := full.IngestBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	got, want := mergedDump(t, inc.DB()), mergedDump(t, full.DB())
	if got != want {
		t.Errorf("incremental merge differs from a full one")
	}
	if n := count(t, inc.DB(), "merged_stories"); n >= len(docs) || n == 0 {
		t.Errorf("%d merged stories for %d stories: the test merges nothing", n, len(docs))
	}
}
