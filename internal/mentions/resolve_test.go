package mentions

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/text"
)

var testResolver = NewResolver(actors.Default())

// input builds an Input for txt: sentences from the text stage, and a PER
// entity for each name in pers (at its first occurrence).
func input(txt, date string, pers ...string) Input {
	var buf []text.Sentence
	in := Input{Text: txt, Sentences: toSentences(txt, &buf), Date: date}
	for _, p := range pers {
		i := strings.Index(txt, p)
		if i < 0 {
			panic("no " + p + " in the test text")
		}
		in.Entities = append(in.Entities, analysis.Entity{Start: i, End: i + len(p), Text: p, Type: "PER"})
	}
	return in
}

// want is an expected mention: its text (the nth occurrence, counting
// from 0, among the mentions with that text), kind and actor.
type want struct {
	text, kind, actor string
	nth               int
}

func findMention(out Output, text string, nth int) (analysis.Mention, bool) {
	for _, m := range out.Mentions {
		if m.Text == text {
			if nth == 0 {
				return m, true
			}
			nth--
		}
	}
	return analysis.Mention{}, false
}

func actorOf(out Output, id string) (analysis.Actor, bool) {
	for _, a := range out.Actors {
		if a.ID == id {
			return a, true
		}
	}
	return analysis.Actor{}, false
}

// resolveCase is one table-driven case of Resolve.
type resolveCase struct {
	name     string
	text     string
	date     string
	dateline string            // the text's prefix that is its dateline, if any
	pers     []string          // PER entities, as NER would give them
	want     []want            // mentions that must be there
	not      []string          // texts that must not be mentions
	codes    map[string]string // actor id -> code on the date ("" for none)
	warn     []string          // mentions that must carry a warning
}

// run resolves the case's text and checks what it asks.
func (tt resolveCase) run(t *testing.T) {
	t.Helper()
	in := input(tt.text, tt.date, tt.pers...)
	if tt.dateline != "" {
		in.Dateline = &analysis.Dateline{Place: tt.dateline, Start: 0, End: len(tt.dateline)}
	}
	out := testResolver.Resolve(in, nil)
	for _, w := range tt.want {
		m, ok := findMention(out, w.text, w.nth)
		if !ok {
			t.Errorf("no mention %q; mentions: %+v", w.text, out.Mentions)
			continue
		}
		if m.Kind != w.kind || m.Actor != w.actor {
			t.Errorf("mention %q: kind %s actor %s, want %s %s", w.text, m.Kind, m.Actor, w.kind, w.actor)
		}
	}
	for _, n := range tt.not {
		if m, ok := findMention(out, n, 0); ok {
			t.Errorf("%q should not be a mention, got %+v", n, m)
		}
	}
	for id, code := range tt.codes {
		a, ok := actorOf(out, id)
		if !ok {
			t.Errorf("no actor %s in %+v", id, out.Actors)
		} else if a.Code != code {
			t.Errorf("actor %s: code %q, want %q", id, a.Code, code)
		}
	}
	for _, w := range tt.warn {
		if m, _ := findMention(out, w, 0); len(m.Warnings) == 0 {
			t.Errorf("mention %q has no warning", w)
		}
	}
	for _, m := range out.Mentions {
		if len(m.Warnings) > 0 && !contains(tt.warn, m.Text) {
			t.Errorf("unexpected warning on %q: %v", m.Text, m.Warnings)
		}
	}
	checkOutput(t, tt.text, out)
}

func TestResolve(t *testing.T) {
	tests := []resolveCase{
		{
			name:  "title and name in one mention, coded on the date",
			text:  "U.S. President Donald Trump met reporters on Monday.",
			date:  "2025-06-01",
			want:  []want{{text: "U.S. President Donald Trump", kind: "name", actor: "donald-trump"}},
			not:   []string{"U.S."},
			codes: map[string]string{"donald-trump": "USAGOV"},
		},
		{
			name:  "the same person out of office",
			text:  "Donald Trump met reporters on Monday.",
			date:  "2022-06-01",
			want:  []want{{text: "Donald Trump", kind: "name", actor: "donald-trump"}},
			codes: map[string]string{"donald-trump": "USAELI"},
		},
		{
			name: "a person the dictionary does not know, a surname and a pronoun",
			text: "Elysee spokeswoman Jane Roe said the talks would go on. Roe added that she was hopeful.",
			date: "2025-03-01",
			pers: []string{"Jane Roe"},
			want: []want{
				{text: "Elysee spokeswoman Jane Roe", kind: "name", actor: "jane-roe"},
				{text: "Elysee", kind: "metonym", actor: "fra-gov"},
				{text: "Roe", kind: "name", actor: "jane-roe"},
				{text: "she", kind: "pronoun", actor: "jane-roe"},
			},
			codes: map[string]string{"jane-roe": "FRAGOV"},
		},
		{
			name: "the same without NER entities",
			text: "Elysee spokeswoman Jane Roe said the talks would go on. Roe added that she was hopeful.",
			date: "2025-03-01",
			want: []want{
				{text: "Elysee spokeswoman Jane Roe", kind: "name", actor: "jane-roe"},
				{text: "Roe", kind: "name", actor: "jane-roe"},
			},
		},
		{
			name:  "a title looked up by country and date",
			text:  "The French President said he would travel to Kyiv.",
			date:  "2025-03-01",
			want:  []want{{text: "The French President", kind: "title", actor: "emmanuel-macron"}, {text: "he", kind: "pronoun", actor: "emmanuel-macron"}},
			not:   []string{"Kyiv"},
			codes: map[string]string{"emmanuel-macron": "FRAGOV"},
		},
		{
			name: "unnamed officials and troops",
			text: "A senior Turkish official said Russian troops had advanced. A White House aide declined to comment.",
			date: "2025-03-01",
			want: []want{
				{text: "A senior Turkish official", kind: "description", actor: "tur-officials"},
				{text: "Russian troops", kind: "demonym", actor: "rus-military"},
				{text: "A White House aide", kind: "description", actor: "usa-officials"},
			},
			codes: map[string]string{"tur-officials": "TURGOV", "rus-military": "RUSMIL", "usa-officials": "USAGOV"},
		},
		{
			name: "a capital acting is a metonym, a capital as a place is not",
			text: "Beijing says the talks went well. The talks were held in Beijing on Tuesday.",
			want: []want{{text: "Beijing", kind: "metonym", actor: "chn-gov"}},
			not:  []string{"in Beijing"},
		},
		{
			name: "a definite description goes to the person given that title",
			text: "Kremlin foreign policy aide Yuri Ushakov spoke to state media. The aide said no deal was reached.",
			date: "2025-12-03",
			want: []want{
				{text: "Kremlin foreign policy aide Yuri Ushakov", kind: "name", actor: "yuri-ushakov"},
				{text: "Kremlin", kind: "metonym", actor: "rus-gov"},
				{text: "The aide", kind: "description", actor: "yuri-ushakov"},
			},
		},
		{
			name: "the delegation is the government last named",
			text: "According to Indian officials, the delegation will return to Beijing next month.",
			date: "2025-03-12",
			want: []want{
				{text: "Indian officials", kind: "demonym", actor: "ind-officials"},
				{text: "the delegation", kind: "description", actor: "ind-gov"},
			},
			codes: map[string]string{"ind-officials": "INDGOV"},
		},
		{
			name: "we in a quotation is the speaker's side",
			text: `"We are ready to talk," Chinese Foreign Ministry spokeswoman Mao Ning said.`,
			date: "2025-03-12",
			want: []want{
				{text: "We", kind: "pronoun", actor: "chn-gov"},
				{text: "Chinese Foreign Ministry spokeswoman Mao Ning", kind: "name", actor: "mao-ning"},
			},
		},
		{
			name: "he in a quotation is not its speaker; I is",
			text: `Russian President Vladimir Putin met the envoys. "He wants a deal. I think so," Trump said.`,
			date: "2025-12-03",
			want: []want{
				{text: "He", kind: "pronoun", actor: "vladimir-putin"},
				{text: "I", kind: "pronoun", actor: "donald-trump"},
			},
		},
		{
			name: "a speaker named before the quotation",
			text: `Kallas said: "We will not back down."`,
			date: "2025-10-21",
			want: []want{{text: "We", kind: "pronoun", actor: "eu"}},
		},
		{
			name:  "a sitting president called former: warning, role kept",
			text:  "Speaking in Ohio, the former president Donald Trump praised the plan. The former president said he would sign it.",
			date:  "2025-06-12",
			want:  []want{{text: "the former president Donald Trump", kind: "name", actor: "donald-trump"}, {text: "The former president", kind: "description", actor: "donald-trump"}, {text: "he", kind: "pronoun", actor: "donald-trump"}},
			warn:  []string{"the former president Donald Trump", "The former president"},
			codes: map[string]string{"donald-trump": "USAGOV"},
		},
		{
			name:  "a former president called former: no warning",
			text:  "Speaking in Ohio, the former president Donald Trump praised the plan.",
			date:  "2022-06-12",
			want:  []want{{text: "the former president Donald Trump", kind: "name", actor: "donald-trump"}},
			codes: map[string]string{"donald-trump": "USAELI"},
		},
		{
			name: "a president out of office called President: warning",
			text: "U.S. President Joe Biden spoke on Monday.",
			date: "2025-06-12",
			want: []want{{text: "U.S. President Joe Biden", kind: "name", actor: "joe-biden"}},
			warn: []string{"U.S. President Joe Biden"},
		},
		{
			name: "Mr. and a surname",
			text: "Ramtane Lamamra met both sides. Mr. Lamamra said he was hopeful.",
			date: "2025-11-18",
			want: []want{{text: "Mr. Lamamra", kind: "name", actor: "ramtane-lamamra"}, {text: "he", kind: "pronoun", actor: "ramtane-lamamra"}},
		},
		{
			name: "a surname in the headline before the full name",
			text: "Roe warns of delays\n\nElysee spokeswoman Jane Roe said the talks would slip.",
			date: "2025-03-01",
			pers: []string{"Roe", "Jane Roe"},
			want: []want{{text: "Roe", kind: "name", actor: "jane-roe"}, {text: "Elysee spokeswoman Jane Roe", kind: "name", actor: "jane-roe"}},
		},
		{
			name: "an honorific after a capitalised word starts the mention",
			text: "Ramtane Lamamra arrived. Now Mr. Lamamra says he is hopeful.",
			date: "2025-11-18",
			want: []want{{text: "Mr. Lamamra", kind: "name", actor: "ramtane-lamamra"}},
			not:  []string{"Now Mr. Lamamra"},
		},
		{
			name: "the President, not the Vice President",
			text: "The American President spoke on Monday.",
			date: "2025-06-01",
			want: []want{{text: "The American President", kind: "title", actor: "donald-trump"}},
		},
		{
			name: "the envoy is the person holding an envoy's role",
			text: "Steve Witkoff met Putin in Moscow. The envoy said the talks were useful.",
			date: "2025-12-03",
			want: []want{{text: "The envoy", kind: "description", actor: "steve-witkoff"}},
		},
		{
			name: "a delegation and negotiators of a country",
			text: "The Chinese delegation met Iranian negotiators in Geneva.",
			date: "2025-03-01",
			want: []want{
				{text: "The Chinese delegation", kind: "description", actor: "chn-gov"},
				{text: "Iranian negotiators", kind: "demonym", actor: "irn-negotiators"},
			},
			codes: map[string]string{"irn-negotiators": "IRNGOV"},
		},
		{
			name: "an indefinite description without context names no one",
			text: "A diplomat familiar with the talks said they would resume.",
			not:  []string{"A diplomat"},
		},
		{
			name: "she skips a man",
			text: "Kaja Kallas met Peter Szijjarto. She said the talks were useful.",
			date: "2025-10-21",
			want: []want{{text: "She", kind: "pronoun", actor: "kaja-kallas"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// checkOutput checks the invariants of every Output: spans match their
// text, mentions are ordered, every mention's actor is in Actors once.
func checkOutput(t *testing.T, txt string, out Output) {
	t.Helper()
	ids := map[string]bool{}
	for _, a := range out.Actors {
		if ids[a.ID] {
			t.Errorf("actor %s twice", a.ID)
		}
		ids[a.ID] = true
	}
	prev := -1
	for _, m := range out.Mentions {
		if m.Start < 0 || m.End > len(txt) || m.Start >= m.End || txt[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v does not match its span", m)
			continue
		}
		if m.Start < prev {
			t.Errorf("mention %+v out of order", m)
		}
		prev = m.Start
		if !ids[m.Actor] {
			t.Errorf("mention %q: actor %q not in actors", m.Text, m.Actor)
		}
	}
	for _, e := range out.Entities {
		if e.Actor != "" && !ids[e.Actor] {
			t.Errorf("entity %q: actor %q not in actors", e.Text, e.Actor)
		}
	}
}

func TestEntitiesGetActors(t *testing.T) {
	txt := "India's External Affairs Minister S. Jaishankar met officials in Beijing. Jaishankar said India was ready."
	in := input(txt, "2025-03-12", "S. Jaishankar")
	for _, loc := range []string{"India", "Beijing"} {
		i := strings.Index(txt, loc)
		in.Entities = append(in.Entities, analysis.Entity{Start: i, End: i + len(loc), Text: loc, Type: "LOC"})
	}
	i := strings.LastIndex(txt, "Jaishankar")
	in.Entities = append(in.Entities, analysis.Entity{Start: i, End: i + len("Jaishankar"), Text: "Jaishankar", Type: "PER"})
	i = strings.LastIndex(txt, "India")
	in.Entities = append(in.Entities, analysis.Entity{Start: i, End: i + len("India"), Text: "India", Type: "LOC"})
	// Entities are given in text order, as NER produces them.
	sortEntities(in.Entities)
	out := testResolver.Resolve(in, nil)
	got := map[string]string{}
	for _, e := range out.Entities {
		got[fmt.Sprintf("%s@%d", e.Text, e.Start)] = e.Actor
	}
	wantActors := map[string]string{
		"India@0":       "ind-gov", // "India's" in the title is a mention of its own
		"Beijing":       "",        // a place, not an actor
		"S. Jaishankar": "s-jaishankar",
	}
	for _, e := range out.Entities {
		key := e.Text
		if e.Text == "India" && e.Start == 0 {
			key = "India@0"
		}
		if w, ok := wantActors[key]; ok && e.Actor != w {
			t.Errorf("entity %q at %d: actor %q, want %q", e.Text, e.Start, e.Actor, w)
		}
		if e.Text == "Jaishankar" && e.Actor != "s-jaishankar" {
			t.Errorf("entity Jaishankar at %d: actor %q", e.Start, e.Actor)
		}
	}
	if len(out.Entities) != len(in.Entities) {
		t.Errorf("%d entities out, %d in", len(out.Entities), len(in.Entities))
	}
	checkOutput(t, txt, out)
}

func sortEntities(es []analysis.Entity) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Start < es[j-1].Start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// Reusing Buffers across documents gives the same results as fresh ones,
// and the output does not share memory with the buffers.
func TestBuffersReuse(t *testing.T) {
	docs := []string{
		`Russian President Vladimir Putin met the envoys. "He wants a deal," Trump said.`,
		"Elysee spokeswoman Jane Roe said the talks would go on. Roe added that she was hopeful.",
		"A senior Turkish official said Russian troops had advanced.",
	}
	var buf Buffers
	var first []Output
	for _, d := range docs {
		first = append(first, testResolver.Resolve(input(d, "2025-06-01"), &buf))
	}
	for i, d := range docs {
		fresh := testResolver.Resolve(input(d, "2025-06-01"), nil)
		if !reflect.DeepEqual(first[i], fresh) {
			t.Errorf("doc %d: with reused buffers %+v\nfresh %+v", i, first[i], fresh)
		}
	}
}

// Bad input never panics: spans out of range, overlapping entities,
// sentences past the text, invalid UTF-8, quotation marks left open.
func TestBadInput(t *testing.T) {
	txt := "He said \"we\xff will\" Putin. \"She"
	ins := []Input{
		{Text: txt, Sentences: []analysis.Sentence{{Start: -5, End: 400}}},
		{Text: txt, Sentences: []analysis.Sentence{{Start: 10, End: 3}, {Start: 0, End: len(txt)}}},
		{Text: txt, Sentences: []analysis.Sentence{{Start: 0, End: len(txt)}}, Entities: []analysis.Entity{{Start: 20, End: 900, Type: "PER"}, {Start: 0, End: 2, Type: "PER"}, {Start: -1, End: 0}}},
		{Text: "", Sentences: nil},
		{Text: txt, Sentences: []analysis.Sentence{{Start: 0, End: len(txt)}}, Date: "not a date", Dateline: &analysis.Dateline{Start: 5, End: 2}},
	}
	for i, in := range ins {
		out := testResolver.Resolve(in, nil)
		if out.Mentions == nil || out.Actors == nil {
			t.Errorf("input %d: nil arrays", i)
		}
	}
}

// Resolving a text without any mention allocates a fixed amount, however
// long the text: nothing per token.
func TestNoAllocsPerToken(t *testing.T) {
	short := strings.Repeat("the talks went on for hours and nothing was agreed. ", 10)
	long := strings.Repeat(short, 20)
	var buf Buffers
	allocs := func(txt string) float64 {
		in := input(txt, "")
		testResolver.Resolve(in, &buf)
		return testing.AllocsPerRun(5, func() { testResolver.Resolve(in, &buf) })
	}
	a, b := allocs(short), allocs(long)
	if b > a+2 {
		t.Errorf("%v allocations for %d bytes, %v for %d: something allocates per token", a, len(short), b, len(long))
	}
}

func TestLexicon(t *testing.T) {
	lx, err := parseLexicon(titlesData, namesData)
	if err != nil {
		t.Fatalf("embedded lexicon: %v", err)
	}
	if lx.canonical("Minister of External Affairs") != lx.canonical("foreign minister") {
		t.Error("synonyms not applied")
	}
	if lx.givenGender("Kaja Kallas") != genderFemale || lx.givenGender("Péter Szijjártó") != genderMale {
		t.Error("given names not read")
	}
	bad := []struct{ titles, names, want string }{
		{"president | person | GOV", "", "want 4 fields"},
		{"president | boss | GOV |", "", "unknown class"},
		{"=", "", "without a canonical"},
		{"", "x Jane", "want f or m"},
	}
	for _, b := range bad {
		_, err := parseLexicon(b.titles, b.names)
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("parseLexicon(%q, %q) = %v, want an error with %q", b.titles, b.names, err, b.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Jane Roe": "jane-roe", "Péter Szijjártó": "peter-szijjarto", "S. Jaishankar": "s-jaishankar", "  ": ""} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}
