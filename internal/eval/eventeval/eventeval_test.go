package eventeval

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/eval/score"
	"parley/internal/shared"
)

// A PETRARCH-style file written for this test: a self-closed <Sentence/>
// later closed, an open <Sentence>, single-quoted and spaced attributes,
// a comment with a fake coding inside, a skipped record and a sentinel.
const petrSample = `<?xml version='1.0'?>
<Validation>
# header line that mentions <EventCoding...> in passing
<Sentences>
<Sentence category="TEST" date="20240105" id="T-1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="FRAGOV" targetcode="DEU" />
<EventCoding eventcode="043" sourcecode="DEU" targetcode="FRAGOV" />
<Text>
The French minister flew to Berlin
on Friday.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
</Parse>
</Sentence>
<Sentence date = '20240106' id="T-2" category="X" sentence="true">
<!-- <EventCoding eventcode="190" sourcecode="AAA" targetcode="BBB"/> -->
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing &amp; nobody happened.</Text>
</Sentence>
<Sentence date="2024" id="T-3" evaluate="false"/>
<EventCoding eventcode="010" sourcecode="USA" targetcode="---" />
<Text>Skipped.</Text>
</Sentence>
<Sentence date="121108" id="T-4">
<EventCoding sourcecode='"SOME UNCODED GROUP"' targetcode="---LEG" eventcode="112"></EventCoding>
<EventCoding error="storydiscard"></EventCoding>
<Text>Someone accused lawmakers.</Text>
</Sentence>
<Sentence date="19950104" id="FINAL-RECORD" category="DEMO">
<EventCoding noevents = "True"></EventCoding>
<Text>THE END.</Text>
</Sentence>
</Sentences>
</Validation>
`

func TestParsePETR(t *testing.T) {
	recs, f, err := Read(strings.NewReader(petrSample), "sample.xml")
	if err != nil {
		t.Fatal(err)
	}
	if f != PETR {
		t.Fatalf("format %v, want PETR", f)
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []string{"T-1", "T-2", "T-4"}) {
		t.Fatalf("ids %v: want T-3 (evaluate=false) and FINAL-RECORD skipped", ids)
	}
	r1 := recs[0]
	if r1.Published != "2024-01-05" || r1.Text != "The French minister flew to Berlin on Friday." {
		t.Errorf("T-1: published %q text %q", r1.Published, r1.Text)
	}
	want := []Gold{{[]string{"FRA"}, []string{"DEU"}, "042"}, {[]string{"DEU"}, []string{"FRA"}, "043"}}
	if fmt.Sprint(r1.Events) != fmt.Sprint(want) {
		t.Errorf("T-1 events %v, want %v", r1.Events, want)
	}
	if r2 := recs[1]; len(r2.Events) != 0 || r2.Text != "Nothing & nobody happened." || r2.Published != "2024-01-06" {
		t.Errorf("T-2: %+v (the commented coding must be ignored)", r2)
	}
	r4 := recs[2]
	if r4.Published != "" || !strings.Contains(r4.Note, "121108") || !strings.Contains(r4.Note, "storydiscard") {
		t.Errorf("T-4: published %q note %q", r4.Published, r4.Note)
	}
	if fmt.Sprint(r4.Events) != fmt.Sprint([]Gold{{[]string{"---"}, []string{"---"}, "112"}}) {
		t.Errorf("T-4 events %v: a quoted actor text and ---LEG are both ---", r4.Events)
	}
}

func TestParsePETRErrors(t *testing.T) {
	for _, in := range []string{
		`<Sentence date="20240101">`,                                     // no id
		`<Sentence id="a" date="20240101"><EventCoding/><Text>x</Text>`,  // empty coding
		`<Sentence id="a" date="20240101"><EventCoding eventcode="01"/>`, // no text
		`<Sentence id="a" date="20240101" `,                              // unterminated
		`   hello`,                                                       // neither format
	} {
		if _, _, err := Read(strings.NewReader(in), "bad.xml"); err == nil || !strings.Contains(err.Error(), "bad.xml") {
			t.Errorf("%q: err %v, want one naming the file", in, err)
		}
	}
}

// A PLOVER-style array written for this test.
const ploverSample = `[
 {"id": "HDR", "event": "DOCUMENT", "comment": "header"},
 {"id": "P-1", "date": "2000-01-01", "event": "DEMAND", "text": "Japanese and Italian envoys asked the alliance for help.",
  "source": [{"actorText": "Japanese", "code": "JAP", "sector": "GOV"}, {"actorText": "Italian", "code": "ITL", "sector": "GOV"}],
  "target": [{"actorText": "alliance", "code": "IGONATO"}]},
 {"id": "P-2", "date": "2000-01-01", "event": "FIGHT", "text": "Troops clashed.",
  "source": [{"actorText": "Troops", "code": "ABC", "sector": "MIL"}], "target": "military"},
 {"id": "P-3", "date": "2000-13-01", "event": "AGREE", "text": "They agreed."}
]`

func TestParsePLOVER(t *testing.T) {
	recs, f, err := Read(strings.NewReader(ploverSample), "sample.json")
	if err != nil {
		t.Fatal(err)
	}
	if f != PLOVER || len(recs) != 3 {
		t.Fatalf("format %v, %d records, want PLOVER, 3 (header skipped)", f, len(recs))
	}
	tests := []struct {
		got  Gold
		want Gold
	}{
		{recs[0].Events[0], Gold{[]string{"JPN", "ITA"}, []string{"IGO"}, "REQUEST"}},
		{recs[1].Events[0], Gold{[]string{"ABC"}, []string{"---"}, "ASSAULT"}},
		{recs[2].Events[0], Gold{[]string{"---"}, []string{"---"}, "AGREE"}},
	}
	for _, tt := range tests {
		if fmt.Sprint(tt.got) != fmt.Sprint(tt.want) {
			t.Errorf("got %v, want %v", tt.got, tt.want)
		}
	}
	if recs[0].Published != "2000-01-01" || recs[2].Published != "" || recs[2].Note == "" {
		t.Errorf("dates: %q %q (note %q)", recs[0].Published, recs[2].Published, recs[2].Note)
	}
	if _, _, err := Read(strings.NewReader(`[{"id": "x"}]`), "p.json"); err == nil {
		t.Error("a record without an event must be an error")
	}
	if _, _, err := Read(strings.NewReader(`[1,`), "p.json"); err == nil || !strings.Contains(err.Error(), "p.json") {
		t.Errorf("broken JSON: %v", err)
	}
}

func TestCountryOfAndCategory(t *testing.T) {
	for in, want := range map[string]string{"USAGOV": "USA", "---LEG": "---", "IGOUNOMIL": "IGO", "": "---", "US": "---", "RUS": "RUS"} {
		if got := CountryOf(in); got != want {
			t.Errorf("CountryOf(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT", "AGREE": "AGREE"} {
		if got := PloverCategory(in); got != want {
			t.Errorf("PloverCategory(%q) = %q, want %q", in, got, want)
		}
	}
}

// analysisWith builds an analysis by hand: actors with countries and the
// given events.
func analysisWith(text string, evs ...analysis.Event) *analysis.Analysis {
	a := analysis.New(&doc.Document{ID: "x", Text: text})
	a.Actors = []analysis.Actor{
		{ID: "hun", Country: "HUN"}, {ID: "rou", Country: "ROU"}, {ID: "nato", Country: "IGONATO"},
		{ID: "usgov", Country: "USA", Code: "USAGOV"}, {ID: "nobody"},
	}
	a.Events = evs
	return a
}

func TestScorePETR(t *testing.T) {
	text := "Hungarian and Romanian officials met NATO."
	rec := Record{ID: "r", Text: text, Events: []Gold{
		{[]string{"HUN"}, []string{"IGO"}, "042"},
		{[]string{"ROU"}, []string{"IGO"}, "042"},
		{[]string{"USA"}, []string{"---"}, "010"},
	}}
	a := analysisWith(text,
		analysis.Event{Source: []string{"hun", "rou"}, Target: []string{"nato"}, Code: "043", Evidence: analysis.Span{Start: 33, End: 36}}, // compound: 2 tuples, root right, code wrong
		analysis.Event{Source: []string{"usgov"}, Code: "013"},                                                                             // empty target side: ---
		analysis.Event{Source: []string{"nato"}, Target: []string{"usgov"}, Code: "190", Negated: true},                                    // dropped
		analysis.Event{Source: []string{"nobody"}, Target: []string{"hun"}, Code: "111"},                                                   // actor without country: ---
	)
	var r Report
	r.Format = PETR
	r.Add(&rec, Predict(a))
	want := map[string][3]int{ // gold, predicted, correct
		"dyad-root": {3, 4, 3},
		"dyad-code": {3, 4, 0},
		"root":      {2, 3, 2},
	}
	for i, m := range r.Measures {
		c := r.Counts[i]
		if w := want[m.Name]; [3]int{c.Gold, c.Predicted, c.Correct} != w {
			t.Errorf("%s: %+v, want gold/pred/correct %v", m.Name, c, w)
		}
	}
	if r.PredictedEvents != 3 || r.GoldEvents != 3 {
		t.Errorf("events: %d predicted, %d gold; want 3 and 3 (negated dropped)", r.PredictedEvents, r.GoldEvents)
	}
	var b bytes.Buffer
	r.Name = "t"
	r.Write(&b, true)
	out := b.String()
	for _, s := range []string{"TP gold HUN IGO 04", "TP pred ROU IGO 04  code 043", `"met"`, "FP pred --- HUN 11", "dyad-root *"} {
		if !strings.Contains(out, s) {
			t.Errorf("verbose report lacks %q:\n%s", s, out)
		}
	}
}

func TestScorePLOVER(t *testing.T) {
	rec := Record{ID: "p", Events: []Gold{{[]string{"HUN", "ROU"}, []string{"---"}, "REQUEST"}}}
	a := analysisWith("",
		analysis.Event{Source: []string{"hun", "rou"}, Code: "1041"},                    // Plover from the table: REQUEST
		analysis.Event{Source: []string{"hun"}, Code: "010"},                            // 01x has no PLOVER category: not scored
		analysis.Event{Source: []string{"rou"}, Code: "020", Plover: "REQUEST"},         // the coder's own category wins
		analysis.Event{Source: []string{"usgov"}, Target: []string{"hun"}, Code: "111"}, // ACCUSE: wrong
	)
	var r Report
	r.Format = PLOVER
	r.Add(&rec, Predict(a))
	c := r.Counts[0]
	if r.Measures[0].Name != "dyad-category" || c != countsOf(2, 3, 2) {
		t.Errorf("%s: %+v, want gold 2 predicted 3 correct 2", r.Measures[0].Name, c)
	}
	if c := r.Counts[1]; c != countsOf(1, 2, 1) {
		t.Errorf("category: %+v, want gold 1 predicted 2 correct 1", c)
	}
}

func TestScoreRunsAnalyzer(t *testing.T) {
	recs := []Record{{ID: "a", Published: "2024-02-03", Text: "x"}, {ID: "b", Text: "y"}}
	var seen []string
	r := Score("f", PETR, recs, func(d *doc.Document) *analysis.Analysis {
		seen = append(seen, d.ID+"@"+d.Published)
		return analysis.New(d)
	})
	if !slices.Equal(seen, []string{"a@2024-02-03", "b@"}) || r.Records != 2 {
		t.Errorf("analysed %v, %d records", seen, r.Records)
	}
}

// TestDevFiles reads the real development files: the record counts are
// those their SOURCE.md files give, and every PLOVER country code is one
// the actor dictionary knows (or a listed exception).
func TestDevFiles(t *testing.T) {
	tests := []struct {
		path            string
		format          Format
		records, events int
	}{
		{"petr2-gsr-validation/PETR2_GSR_validation.dev.xml", PETR, 52, 50},  // 58 <EventCoding> lines, 8 of them noevents
		{"petrarch2-unittest/PETR.UnitTest.records.dev.xml", PETR, 189, 254}, // FINAL-RECORD skipped; 7 noevents and 5 error lines
		{"plover-gsr-cameo/PLOVER_GSR_CAMEO.dev.json", PLOVER, 215, 227},     // 12 reciprocal (SRC/TAR) records give one gold event per direction,
	}
	for _, tt := range tests {
		path := shared.Path(t, tt.path)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		recs, format, err := Read(f, tt.path)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range recs {
			n += len(r.Events)
		}
		if format != tt.format || len(recs) != tt.records || n != tt.events {
			t.Errorf("%s: format %v, %d records, %d events; want %v, %d, %d", tt.path, format, len(recs), n, tt.format, tt.records, tt.events)
		}
		if format != PLOVER {
			continue
		}
		known := map[string]bool{"---": true, "IGO": true, "NGO": true, "IMG": true, "ISM": true}
		d := actors.Default()
		for _, r := range recs {
			for _, e := range r.Events {
				for _, c := range append(slices.Clone(e.Sources), e.Targets...) {
					if !known[c] && d.Country(c) == nil {
						t.Errorf("%s: country code %q unknown to the actor dictionary", r.ID, c)
					}
				}
			}
		}
	}
}

func FuzzReadPETR(f *testing.F) {
	f.Add(petrSample)
	f.Add(`<Sentence id='a' date="20200101"><EventCoding eventcode="01" sourcecode="X"/><Text>t</Text>`)
	f.Add(`<Sentence id="a"/><!-- <Sentence id="b"> --><Text></Text>`)
	f.Add(`<Sentences><Sentence id=a>`)
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := ParsePETR(s, "fuzz")
		if err != nil {
			return
		}
		for _, r := range recs {
			if r.ID == "" {
				t.Fatal("record without id")
			}
			for _, e := range r.Events {
				if len(e.Sources) != 1 || len(e.Targets) != 1 || len(e.Sources[0]) != 3 || e.Code == "" {
					t.Fatalf("bad gold %+v", e)
				}
			}
		}
	})
}

func FuzzReadPLOVER(f *testing.F) {
	f.Add([]byte(ploverSample))
	f.Add([]byte(`[{"id":"a","event":"X","source":"s","target":[1]}]`))
	f.Add([]byte(`[null]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		recs, err := ParsePLOVER(b, "fuzz")
		if err != nil {
			return
		}
		for _, r := range recs {
			e := r.Events[0]
			if len(e.Sources) == 0 || len(e.Targets) == 0 || e.Code == "" {
				t.Fatalf("bad gold %+v", e)
			}
		}
	})
}

func countsOf(g, p, c int) score.Counts {
	return score.Counts{Gold: g, Predicted: p, Correct: c}
}

func ExampleCountryOf() {
	fmt.Println(CountryOf("USAGOV"), CountryOf("IGONATO"), CountryOf("---LEG"), CountryOf(""))
	// Output: USA IGO --- ---
}

func TestPredictScoresAClaimAsTheAccusation(t *testing.T) {
	text := "Hungary said Romania attacked NATO. Romania attacked NATO, Hungary said."
	a := analysisWith(text,
		// "Hungary said Romania attacked NATO": the claimed attack and
		// Hungary's accusation of Romania; only the accusation counts.
		analysis.Event{Sentence: 0, Source: []string{"rou"}, Target: []string{"nato"}, Code: "190", Quad: 4},
		analysis.Event{Sentence: 0, Source: []string{"hun"}, Target: []string{"rou"}, Code: "112", Quad: 3},
		// A trailing attribution is sourcing: the attack counts.
		analysis.Event{Sentence: 1, Source: []string{"rou"}, Target: []string{"nato"}, Code: "190", Quad: 4},
	)
	p := Predict(a)
	var got []string
	for _, e := range p {
		got = append(got, e.Sources[0]+">"+e.Targets[0]+" "+e.Code)
	}
	want := []string{"HUN>ROU 112", "ROU>IGO 190"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPredictReadsCurfewsAsPlover05(t *testing.T) {
	a := analysisWith("x", analysis.Event{Source: []string{"hun"}, Code: "0813", Plover: "RETREAT"}, analysis.Event{Source: []string{"hun"}, Code: "0872", Plover: "RETREAT"})
	p := Predict(a)
	if len(p) != 2 || p[0].Plover != "CONCEDE" || p[1].Plover != "RETREAT" {
		t.Errorf("got %+v; want easing a curfew CONCEDE, easing a blockade RETREAT", p)
	}
}
