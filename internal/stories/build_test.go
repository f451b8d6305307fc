package stories

import (
	"slices"
	"strings"
	"testing"

	"parley/internal/analysis"
)

// talks is a report of our own: two sides meet, each gives its account,
// an aide keeps the substance confidential, an envoy will report back, a
// further round is announced and a third country is accused over the
// talks.
const talks = `Ruritania and Freedonia hold border talks

[Ruritania|rur-gov] and [Freedonia|fre-gov] held border talks in Zenda on Monday, officials said.

[Ruritanian minister Anna Vale|rur-vale] called the meeting candid and constructive. [She|rur-vale] said trust had grown.

[Freedonian aide Bo Ek|fre-ek] said there had been some progress, but a lot of work remains. [Ek|fre-ek] said the details would remain confidential.

[The UN envoy Ida Moss|ign-moss] will report back to the council. [Freedonia|fre-gov] will meet [Ruritania|rur-gov] again next month.

[Ruritania|rur-gov] accused [Sylvania|syl-gov] of trying to derail the talks.`

func talksInput(t *testing.T) Input {
	in := tdoc(t, talks)
	e1 := ev(t, &in, "held border talks", l("rur-gov"), l("fre-gov"), "046")
	e2 := ev(t, &in, "held border talks", l("fre-gov"), l("rur-gov"), "046")
	for _, e := range []*analysis.Event{e1, e2} {
		e.Date, e.DateFromPublication = "2025-03-10", false
		e.Location = &analysis.Location{Name: "Zenda", Country: "RUR"}
		e.Contexts = []string{"diplomatic", "territory"}
	}
	ev(t, &in, "called the meeting candid", l("rur-vale"), l("fre-gov"), "013")
	ev(t, &in, "will meet", l("fre-gov"), l("rur-gov"), "036").Modality = "future"
	ev(t, &in, "accused", l("rur-gov"), l("syl-gov"), "112")
	ev(t, &in, "The UN envoy", l("ign-moss"), nil, "010").Modality = "future"
	quote(t, &in, "", "Ruritania and Freedonia held border talks in Zenda on Monday")
	quote(t, &in, "rur-vale", "the meeting candid and constructive")
	quote(t, &in, "rur-vale", "trust had grown")
	quote(t, &in, "fre-ek", "there had been some progress, but a lot of work remains")
	quote(t, &in, "fre-ek", "the details would remain confidential")
	return in
}

func TestBuildTalks(t *testing.T) {
	in := talksInput(t)
	orig := slices.Clone(in.Quotes)
	st, qs := Build(in)
	if len(st) != 1 {
		t.Fatalf("got %d stories, want 1: %+v", len(st), st)
	}
	s := st[0]
	check := func(what string, got, want any) {
		t.Helper()
		if !equal(got, want) {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	check("id", s.ID, "s1")
	check("kind", s.Kind, "talks")
	check("events", s.Events, l("e1", "e2", "e3"))
	check("participants", s.Participants, l("rur-gov", "fre-gov"))
	check("date", s.Date, "2025-03-10")
	check("location", s.Location.Name, "Zenda")
	check("issues", s.Issues, l("territory"))
	check("undisclosed", s.Undisclosed, true)
	check("next steps", s.NextSteps, l("e4"))
	check("blamed", s.Blamed, l("syl-gov"))
	check("go-betweens", s.GoBetweens, l("ign-moss"))
	if !strings.Contains(s.Title, "border talks in Zenda") {
		t.Errorf("title %q lacks the topic, noun and place", s.Title)
	}
	if len(s.Accounts) != 2 {
		t.Fatalf("accounts %+v, want two sides", s.Accounts)
	}
	check("first side", s.Accounts[0].Side, "RUR")
	check("first stance", s.Accounts[0].Stance, "positive")
	check("first quotes", s.Accounts[0].Quotes, l("q2", "q3"))
	check("second side", s.Accounts[1].Side, "FRE")
	check("second stance", s.Accounts[1].Stance, "mixed")
	check("second actors", s.Accounts[1].Actors, l("fre-ek"))
	for _, a := range s.Accounts {
		if !strings.HasSuffix(a.Summary, ".") || !strings.Contains(a.Summary, "talks") && !strings.Contains(a.Summary, "progress") {
			t.Errorf("summary %q is not a sentence about the talks", a.Summary)
		}
	}
	if !strings.Contains(s.Accounts[0].Summary, "candid and constructive") {
		t.Errorf("summary %q does not say how the side called the talks", s.Accounts[0].Summary)
	}
	// Quotes: the speakerless sourcing line is about nothing; the others
	// are about s1; the input is untouched.
	check("q1 about", qs[0].About, []string(nil))
	for _, q := range qs[1:] {
		check(q.ID+" about", q.About, l("s1"))
	}
	check("q2 stance", qs[1].Stance, "positive")
	check("q4 stance", qs[3].Stance, "mixed")
	check("q5 stance", qs[4].Stance, "")
	if !equal(in.Quotes, orig) {
		t.Error("Build modified its input quotes")
	}
}

func equal(a, b any) bool {
	switch x := a.(type) {
	case []string:
		y, _ := b.([]string)
		return slices.Equal(x, y)
	case []analysis.Quote:
		y := b.([]analysis.Quote)
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i].Stance != y[i].Stance || !slices.Equal(x[i].About, y[i].About) {
				return false
			}
		}
		return true
	}
	return a == b
}

// TestBuildSeparate checks stories that must stay apart, and events that
// must stay one.
func TestBuildSeparate(t *testing.T) {
	type evSpec struct {
		evidence, src, tgt, code, date string
	}
	tests := []struct {
		name string
		text string
		evs  []evSpec
		want [][]string // events of each story
	}{
		{
			name: "unrelated meeting the same day",
			text: "[Ruritania|rur-gov] met [Freedonia|fre-gov] in Zenda on Monday. Separately, [Sylvania|syl-gov] met [Osterlich|ost-gov] in Vienna on Monday.",
			evs: []evSpec{{"met", "rur-gov", "fre-gov", "040", ""}, {"met", "fre-gov", "rur-gov", "040", ""},
				{"met#2", "syl-gov", "ost-gov", "040", ""}, {"met#2", "ost-gov", "syl-gov", "040", ""}},
			want: [][]string{{"e1", "e2"}, {"e3", "e4"}},
		},
		{
			name: "headline and body are one story",
			text: "Ruritania meets Freedonia\n\n[Ruritania|rur-gov] met [Freedonia|fre-gov] on Monday. [Freedonia|fre-gov] hosted the visit.",
			evs: []evSpec{{"Ruritania meets", "rur-gov", "fre-gov", "040", ""}, {"met", "rur-gov", "fre-gov", "040", "2025-03-10"},
				{"hosted", "fre-gov", "rur-gov", "043", ""}},
			want: [][]string{{"e1", "e2", "e3"}},
		},
		{
			name: "two meetings on different days",
			text: "[Ruritania|rur-gov] met [Freedonia|fre-gov] on Monday. [Ruritania|rur-gov] met [Freedonia|fre-gov] again on Friday.",
			evs:  []evSpec{{"met", "rur-gov", "fre-gov", "040", "2025-03-10"}, {"met#2", "rur-gov", "fre-gov", "040", "2025-03-14"}},
			want: [][]string{{"e1"}, {"e2"}},
		},
		{
			name: "talks and an attack between the same sides",
			text: "[Ruritania|rur-gov] shelled [Freedonia|fre-gov]. [Ruritania|rur-gov] met [Freedonia|fre-gov] later.",
			evs:  []evSpec{{"shelled", "rur-gov", "fre-gov", "190", ""}, {"met", "rur-gov", "fre-gov", "040", ""}},
			want: [][]string{{"e1"}, {"e2"}},
		},
		{
			name: "a one-sided mention joins",
			text: "[Ruritania|rur-gov] shelled [Freedonia|fre-gov]. [Freedonia|fre-gov] was shelled again overnight.",
			evs:  []evSpec{{"shelled", "rur-gov", "fre-gov", "190", ""}, {"was shelled", "", "fre-gov", "190", ""}},
			want: [][]string{{"e1", "e2"}},
		},
		{
			name: "negated and hypothetical happenings start nothing",
			text: "[Ruritania|rur-gov] did not attack [Freedonia|fre-gov].",
			evs:  []evSpec{{"attack", "rur-gov", "fre-gov", "190!", ""}},
			want: nil,
		},
		{
			name: "statements alone are no story",
			text: "[Ruritania|rur-gov] criticised [Freedonia|fre-gov].",
			evs:  []evSpec{{"criticised", "rur-gov", "fre-gov", "111", ""}},
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tdoc(t, tc.text)
			for _, s := range tc.evs {
				var src []string
				if s.src != "" {
					src = l(s.src)
				}
				code, neg := strings.CutSuffix(s.code, "!")
				e := ev(t, &in, s.evidence, src, l(s.tgt), code)
				e.Negated = neg
				if s.date != "" {
					e.Date, e.DateFromPublication = s.date, false
				}
			}
			st, _ := Build(in)
			var got [][]string
			for _, s := range st {
				got = append(got, s.Events)
			}
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("stories %v, want %v", got, tc.want)
			}
		})
	}
}

// TestBuildAnaphora checks that "the meeting" refers to the latest story
// of its kind: a statement about the second meeting is not about the first.
func TestBuildAnaphora(t *testing.T) {
	in := tdoc(t, "[Ruritania|rur-gov] met [Freedonia|fre-gov] in Zenda.\n\n[Sylvania|syl-gov] met [Osterlich|ost-gov] in Vienna.\n\n[An Osterlich aide|ost-aide] called the meeting very good.")
	ev(t, &in, "met", l("rur-gov"), l("fre-gov"), "040")
	ev(t, &in, "met#2", l("syl-gov"), l("ost-gov"), "040")
	quote(t, &in, "ost-aide", "the meeting very good")
	st, qs := Build(in)
	if len(st) != 2 {
		t.Fatalf("got %d stories, want 2", len(st))
	}
	if !slices.Equal(qs[0].About, l("s2")) || qs[0].Stance != "positive" {
		t.Errorf("quote about %v stance %q, want [s2] positive", qs[0].About, qs[0].Stance)
	}
	if len(st[0].Accounts) != 0 || len(st[1].Accounts) != 1 || st[1].Accounts[0].Side != "OST" {
		t.Errorf("accounts %+v / %+v, want only Osterlich's on s2", st[0].Accounts, st[1].Accounts)
	}
}

func TestBuildEmpty(t *testing.T) {
	st, qs := Build(Input{})
	if st == nil || len(st) != 0 || qs == nil || len(qs) != 0 {
		t.Errorf("Build(Input{}) = %v, %v; want empty non-nil slices", st, qs)
	}
	in := tdoc(t, "Nothing happened here.")
	in.Quotes = []analysis.Quote{{ID: "q1", Content: []analysis.Span{{Start: 0, End: 7}}}}
	st, qs = Build(in)
	if len(st) != 0 || len(qs) != 1 || &qs[0] == &in.Quotes[0] {
		t.Errorf("no events: got %d stories and quotes %v (must be a copy)", len(st), qs)
	}
}

func TestBuildDeterministic(t *testing.T) {
	in := talksInput(t)
	a, qa := Build(in)
	for range 5 {
		b, qb := Build(in)
		if !slices.EqualFunc(a, b, func(x, y analysis.Story) bool {
			return x.Title == y.Title && slices.Equal(x.Events, y.Events) && len(x.Accounts) == len(y.Accounts) && x.Accounts[1].Summary == y.Accounts[1].Summary
		}) || !equal(qa, qb) {
			t.Fatal("two builds of the same input differ")
		}
	}
}

// TestBuildBadOffsets: offsets and indices out of range are ignored, never
// a panic.
func TestBuildBadOffsets(t *testing.T) {
	in := talksInput(t)
	in.Sentences = append(in.Sentences, analysis.Sentence{Start: len(in.Text) + 5, End: len(in.Text) + 50}, analysis.Sentence{Start: 10, End: 3})
	in.Events[0].Sentence = 999
	in.Events[1].Sentence = -4
	in.Quotes[1].Content = []analysis.Span{{Start: -9, End: 1 << 20}}
	in.Mentions = append(in.Mentions, analysis.Mention{Start: 1 << 20, End: 1<<20 + 3, Actor: "ign-moss", Text: "envoy"})
	Build(in)
}

// TestBuildOutsiders: a third party's statement joins a story when it is
// said about it ("welcomed the talks"), not when it answers something else
// said in a sentence that names the story; and its quote is then no
// account of the story.
func TestBuildOutsiders(t *testing.T) {
	in := tdoc(t, "[Ruritania|rur-gov] held talks with [Freedonia|fre-gov].\n\n[The US|usa-gov] welcomed the talks.\n\n[Ruritania|rur-gov] accused [Sylvania|syl-gov] of statements on the talks, which [Sylvania|syl-gov] dismissed as baseless.")
	ev(t, &in, "held talks", l("rur-gov"), l("fre-gov"), "046")
	ev(t, &in, "held talks", l("fre-gov"), l("rur-gov"), "046")
	ev(t, &in, "welcomed", l("usa-gov"), nil, "051")
	ev(t, &in, "accused", l("rur-gov"), l("syl-gov"), "112")
	ev(t, &in, "dismissed", l("syl-gov"), nil, "016")
	quote(t, &in, "usa-gov", "the talks.")
	quote(t, &in, "syl-gov", "as baseless")
	st, qs := Build(in)
	if len(st) != 1 {
		t.Fatalf("got %d stories, want 1", len(st))
	}
	if want := l("e1", "e2", "e3"); !slices.Equal(st[0].Events, want) {
		t.Errorf("events %v, want %v (the welcome, not the accusation of an outsider or its denial)", st[0].Events, want)
	}
	if !slices.Equal(st[0].Blamed, l("syl-gov")) {
		t.Errorf("blamed %v, want [syl-gov]", st[0].Blamed)
	}
	if !slices.Equal(qs[0].About, l("s1")) || qs[1].About != nil {
		t.Errorf("about: US %v, Sylvania %v; want [s1] and none", qs[0].About, qs[1].About)
	}
	for _, a := range st[0].Accounts {
		if a.Side == "SYL" {
			t.Errorf("Sylvania's denial is an account of the talks: %+v", a)
		}
	}
}

// A side of the story accusing an outsider in the story's paragraphs,
// with no word of the talks in that sentence, still blames in
// connection with it.
func TestBuildBlameInStoryParagraphs(t *testing.T) {
	in := tdoc(t, "[Ruritania|rur-gov] held talks with [Freedonia|fre-gov] on Monday. [Ruritania|rur-gov] accused [Sylvania|syl-gov] of stalling the peace process.")
	ev(t, &in, "held talks", l("rur-gov"), l("fre-gov"), "046")
	ev(t, &in, "held talks", l("fre-gov"), l("rur-gov"), "046")
	ev(t, &in, "accused", l("rur-gov"), l("syl-gov"), "112")
	st, _ := Build(in)
	if len(st) != 1 || !slices.Equal(st[0].Blamed, l("syl-gov")) {
		t.Fatalf("stories %+v, want one with Sylvania blamed", st)
	}
}
