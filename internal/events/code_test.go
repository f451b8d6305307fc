package events

import (
	"slices"
	"strings"
	"testing"

	"parley/internal/actors"
	"parley/internal/analysis"
)

// testPatterns is a small dictionary of our own, so that these tests check
// the coder's grammar whatever the embedded dictionary says.
const testPatterns = `
190 attack +
190 shell +
040 meet (with) + <->
040 meet <->
040 hold talk with + <->
042 visit +
057 sign agreement with + <->
163 impose sanction on|against +
020 urge +
020 ask + (then)
0871 withdraw from +
112 accuse + of
057 agreement (have) be reach <->
0841 free prisoner
180 resume attack
190 fire at +
120 reject +
030 accept
072 receive weapon from $
150 hold military drill
173 arrest +
112 allege +
141 march (in) +
203 engage in ethnic cleansing (against) +
154 deploy (to) +
`

// doc builds an Input from a text whose actor mentions are written
// [like this|actor-id]; every mention's actor gets country code = the id's
// upper-cased first three letters.
func doc(t *testing.T, src string, pub string) Input {
	t.Helper()
	var b strings.Builder
	var ments []analysis.Mention
	actors := map[string]bool{}
	var as []analysis.Actor
	for {
		i := strings.IndexByte(src, '[')
		if i < 0 {
			b.WriteString(src)
			break
		}
		j := strings.IndexByte(src[i:], ']')
		b.WriteString(src[:i])
		name, id, _ := strings.Cut(src[i+1:i+j], "|")
		start := b.Len()
		b.WriteString(name)
		ments = append(ments, analysis.Mention{Start: start, End: b.Len(), Text: name, Kind: "name", Actor: id})
		if !actors[id] {
			actors[id] = true
			code := strings.ToUpper(id[:3])
			a := analysis.Actor{ID: id, Name: name, Code: code + "GOV", Country: code}
			if strings.Contains(id, "-") { // a private person: no code
				a.Code, a.Country = "", ""
			}
			as = append(as, a)
		}
		src = src[i+j+1:]
	}
	txt := b.String()
	var sents []analysis.Sentence
	start := 0
	for i := 0; i < len(txt); i++ {
		if txt[i] == '.' && (i+1 == len(txt) || txt[i+1] == ' ' || txt[i+1] == '\n') {
			sents = append(sents, analysis.Sentence{Start: start, End: i + 1})
			start = i + 1
			for start < len(txt) && (txt[start] == ' ' || txt[start] == '\n') {
				start++
			}
		}
	}
	return Input{Text: txt, Sentences: sents, Mentions: ments, Actors: as, Published: pub}
}

func testCoder(t *testing.T) *Coder {
	t.Helper()
	d := newDictionary()
	if err := d.readIrregular(strings.NewReader("meet met\nhold held\nhave has had\nbe is are was were been\n"), "irregular"); err != nil {
		t.Fatal(err)
	}
	if err := d.AddPatterns(strings.NewReader(testPatterns), "test"); err != nil {
		t.Fatal(err)
	}
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// brief renders an event as "SRC>TGT CODE modality [neg] [date] [place]".
func brief(e analysis.Event) string {
	s := strings.Join(e.Source, "+") + ">" + strings.Join(e.Target, "+") + " " + e.Code + " " + e.Modality
	if e.Negated {
		s += " neg"
	}
	return s
}

func TestCodeGrammar(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"active", "[Russia|rus] attacked [Ukraine|ukr].", []string{"rus>ukr 190 asserted"}},
		{"passive", "[Ukraine|ukr] was attacked by [Russia|rus].", []string{"rus>ukr 190 asserted"}},
		{"passive no agent", "[Ukraine|ukr] was shelled overnight.", []string{">ukr 190 asserted"}},
		{"future is intent", "[Russia|rus] will meet [Ukraine|ukr].", []string{"rus>ukr 036 future"}},
		{"plans to", "[Russia|rus] plans to meet with [Ukraine|ukr].", []string{"rus>ukr 036 future"}},
		{"refused to sign", "[Russia|rus] refused to sign an agreement with [Ukraine|ukr].", []string{"rus>ukr 120 asserted"}},
		{"list needs and", "[Israel|isr] held talks with [the Palestinians|pse], [an Israeli official|isr] said.", []string{"isr>pse 040 asserted", "pse>isr 040 asserted"}},
		{"possessive is a determiner", "[Syria|syr] will withdraw [its|syr] troops from [Lebanon|lbn].", []string{"syr>lbn 0356 future"}},
		{"threatened to attack", "[Russia|rus] threatened to attack [Ukraine|ukr].", []string{"rus>ukr 138 asserted"}},
		{"denied attacking", "[Russia|rus] denied attacking [Ukraine|ukr].", []string{"rus>ukr 016 asserted"}},
		{"negated", "[Russia|rus] did not attack [Ukraine|ukr].", []string{"rus>ukr 190 asserted neg"}},
		{"typographic apostrophe reads as the straight one", "[Russia|rus] can’t attack [Ukraine|ukr].", []string{"rus>ukr 190 hypothetical neg"}},
		{"contracted negative auxiliary, verb the tagger reads as a noun", "[Russia|rus] didn't attack [Ukraine|ukr].", []string{"rus>ukr 190 asserted neg"}},
		{"wouldn't as would not", "[Russia|rus] wouldn't meet [Ukraine|ukr].", []string{"rus>ukr 125 asserted"}},
		{"would not", "[Russia|rus] would not meet [Ukraine|ukr].", []string{"rus>ukr 125 asserted"}},
		{"cannot is negated", "[Russia|rus] cannot attack [Ukraine|ukr].", []string{"rus>ukr 190 hypothetical neg"}},
		{"shouldn't as should not", "[Russia|rus] shouldn't attack [Ukraine|ukr].", []string{"rus>ukr 190 hypothetical neg"}},
		{"must not as mustn't: the verb's own demand", "[Russia|rus] said [Ukraine|ukr] must not attack [Poland|pol].", []string{"rus>ukr 1056 asserted"}},
		{"mustn't", "[Russia|rus] said [Ukraine|ukr] mustn't attack [Poland|pol].", []string{"rus>ukr 1056 asserted"}},
		{"will not is a refusal", "[Russia|rus] will not meet [Ukraine|ukr].", []string{"rus>ukr 125 asserted"}},
		{"must under saying is a demand", "[Russia|rus] said [Sudan|sdn] must withdraw from [Chad|tcd].", []string{"rus>sdn 1056 asserted"}},
		{"relative clause subject is its antecedent", "[Sudan|sdn] sold a plane that was attacked by [rebels|reb].", []string{"reb> 190 asserted"}},
		{"role words before a name", "[Russia|rus] attacked opposition leader [Ivan Petrov|ukr].", []string{"rus>ukr 190 asserted"}},
		{"adjective before a name", "[Syria|syr] attacked neighbouring [Lebanon|lbn].", []string{"syr>lbn 190 asserted"}},
		{"comma and determiner end a list", "[Russia|rus] attacked [the rebels|reb], [the Ukrainian army|ukr] said.", []string{"rus>reb 190 asserted"}},
		{"passive deployment keeps its side", "[British troops|gbr] were deployed to [Iraq|irq].", []string{"gbr>irq 154 asserted"}},
		{"coordinated infinitive shares the control verb", "[Russia|rus] refused to attack [Poland|pol] and meet [Ukraine|ukr].", []string{"rus>pol 120 asserted", "rus>ukr 125 asserted"}},
		{"comma list of three without and", "[Russia|rus] attacked [Ukraine|ukr], [Georgia|geo], [Moldova|mda], and later others.", []string{"rus>ukr+geo+mda 190 asserted"}},
		{"clause under a denied verb is negated", "It did not mean that [Russia|rus] attacked [Ukraine|ukr].", []string{"rus>ukr 190 asserted neg"}},
		{"passive with the agent in the slot", "[Syria|syr] was urged by [Russia|rus] to attack [Israel|isr].", []string{"rus>syr 020 asserted"}},
		{"passive accused of -ing", "[Syria|syr] was accused of attacking [Israel|isr].", []string{">syr 112 asserted"}},
		{"be engaged in is no passive", "[Serbia|srb] was engaged in ethnic cleansing against [Kosovo|kos].", []string{"srb>kos 203 asserted"}},
		{"a company's country is no side", "[Russia|rus] held talks with [UK|gbr] bank Barclays.", nil},
		{"exercises of two states are joint", "[Russia|rus] and [China|chn] held military drills.", []string{"rus>chn 062 asserted", "chn>rus 062 asserted"}},
		{"comma after a closed list", "[Egypt|egy] attacked [Hamas|ham] and [Fatah|fat], [an Egyptian official|egy] said.", []string{"egy>ham+fat 190 asserted"}},
		{"the words after the target are the pattern's", "[Georgia|geo] accused [Russia|rus] on Monday of attacking [Ukraine|ukr].", []string{"geo>rus 112 asserted"}},
		{"denied that is a denial", "[Sudan|sdn] denied that [its forces|sdn] had attacked [Chad|tcd].", []string{"sdn>tcd 016 asserted"}},
		{"not ready to cooperate is a rejection", "[Russia|rus] is not ready to meet [Ukraine|ukr].", []string{"rus>ukr 125 asserted"}},
		{"his country is the speaker's", "[Syria|syr] said his country would meet [Israel|isr].", []string{"syr>isr 036 future"}},
		{"conditional conflict aimed at the condition", "[Russia|rus] said [it|rus] would attack if [Poland|pol] moved.", []string{"rus>pol 138 conditional"}},
		{"no target in a purpose clause", "[Russia|rus] attacked yesterday to help [Ukraine|ukr].", []string{"rus> 190 asserted"}},
		{"a control verb's complement is no purpose", "[Russia|rus] threatened to attack [Ukraine|ukr].", []string{"rus>ukr 138 asserted"}},
		{"apposition in a gap", "[Russia|rus] withdraws troops, [the 58th Army|rus], from [Georgia|geo].", []string{"rus>geo 0871 asserted"}},
		{"an appeal takes the code of what it asks", "[France|fra] urged [Russia|rus] to meet [Ukraine|ukr].", []string{"fra>rus 026 asserted"}},
		{"an appeal to attack stays general", "[France|fra] urged [Russia|rus] to attack [Ukraine|ukr].", []string{"fra>rus 020 asserted"}},
		{"must demand past an adjective", "[Britain|gbr] said [Libya|lby] must hand over alleged bombers.", []string{"gbr>lby 100 asserted"}},
		{"no one's intent is no event", "A plan that aims to attack [Ukraine|ukr] was shelved.", nil},
		{"a who clause's subject is its antecedent", "[Russia|rus] quoted a senator who attacked [Ukraine|ukr].", []string{">ukr 190 asserted"}},
		{"'up to' is no infinitive", "[Rebels|reb] attacked up to 16 [Russians|rus] and attacked [Kabul|afg].", []string{"reb>rus 190 asserted", "reb>afg 190 asserted"}},
		{"a possessor's ally is another side", "[Hezbollah|hez] attacked [Israel's militia|isr] ally.", []string{"hez> 190 asserted"}},
		{"denying another's act negates it", "[Israel|isr] denied that [Hamas|ham] had attacked [Egypt|egy].", []string{"ham>egy 190 asserted neg"}},
		{"did not deny is no denial", "[Iran|irn] did not deny that [it|irn] attacked [Israel|isr].", []string{"irn>isr 190 asserted"}},
		{"a relative clause's own subject is no reduced passive", "[Russia|rus] sold a plane which [Chad|tcd] attacked.", []string{"tcd> 190 asserted"}},
		{"must demand not across a clause", "[Russia|rus] said talks had failed; [Sudan|sdn] must repay the loan.", nil},
		{"must needs a word after it", "[Russia|rus] said [Sudan|sdn] must.", nil},
		{"a modified name after a preposition is no subject", "[Chile|chl] and [Peru|per] of the divided [Pacific|pac] coast attacked [Bolivia|bol].", []string{"chl+per>bol 190 asserted"}},
		{"a company named after its country is no side", "[Malaysia Airlines|mys] attacked [Ukraine|ukr].", []string{">ukr 190 asserted"}},
		{"passive of a required slot with its agent", "[Syria|syr] was asked by [Russia|rus] to attack [Israel|isr].", []string{"rus>syr 020 asserted"}},
		{"bare passive of a required slot is nothing", "[Syria|syr] was asked.", nil},
		{"must with any verb is a demand", "[Russia|rus] said that [Sudan|sdn] must repay the loan.", []string{"rus>sdn 100 asserted"}},
		{"must with any verb needs a speaker", "[Sudan|sdn] must repay the loan.", nil},
		{"must alone is hypothetical", "[Sudan|sdn] must withdraw from [Chad|tcd].", []string{"sdn>tcd 0871 hypothetical"}},
		{"accused of -ing", "[Sudan|sdn] accused [Chad|tcd] of attacking [Niger|ner].", []string{"sdn>tcd 112 asserted"}},
		{"control verb past a day", "[Hamas|ham] threatened Monday to attack [Israel|isr].", []string{"ham>isr 138 asserted"}},
		{"threat aimed at the condition", "[Hamas|ham] threatened to resume attacks unless [Israel|isr] withdrew.", []string{"ham>isr 1383 asserted"}},
		{"condition clause is no event", "[Iran|irn] threatened to attack [Iraq|irq] unless [Iraq|irq] met [Iran|irn].", []string{"irn>irq 138 asserted"}},
		{"infinitive after a verb", "[Russia|rus] met [Ukraine|ukr] to attack [Poland|pol].", []string{"rus>ukr 040 asserted", "ukr>rus 040 asserted"}},
		{"apposition skipped", "[Pakistan|pak], a key [US|usa] ally, attacked [Iraq|irq].", []string{"pak>irq 190 asserted"}},
		{"pattern word inside a mention", "[Israel|isr] would free 150 [Palestinian prisoners|pse].", []string{"isr>pse 0353 future"}},
		{"control verb with an unknown verb", "[Iran|irn] agreed to halve its stocks for [Russia|rus].", []string{"irn>rus 030 asserted"}},
		{"passive attack from somewhere", "[Israel|isr] said a bomb was fired at [it|isr] from [the Gaza Strip|pse].", []string{"pse>isr 190 asserted", "isr>pse 112 asserted"}},
		{"wants Y to is a demand", "[Azerbaijan|aze] wants [Armenia|arm] to withdraw from [Karabakh|kar].", []string{"aze>arm 1056 asserted"}},
		{"source slot", "[Georgia|geo] received weapons from [Russia|rus].", []string{"rus>geo 072 asserted"}},
		{"object of a slotless pattern", "[Russia|rus] held military drills near [Ukraine|ukr].", []string{"rus>ukr 150 asserted"}},
		{"slotless pattern and a place", "[Russia|rus] and [China|chn] met in [Moscow|rus].", []string{"rus>chn 040 asserted", "chn>rus 040 asserted"}},
		{"hypothetical", "[The EU|eur] could impose new sanctions on [Iran|irn].", []string{"eur>irn 163 hypothetical"}},
		{"conditional threat", "If talks fail, [the EU|eur] will impose sanctions on [Iran|irn].", []string{"eur>irn 1312 conditional"}},
		{"conditional", "[The EU|eur] would attack [Iran|irn] if talks failed.", []string{"eur>irn 138 conditional"}},
		{"compound subject met", "[Hungary|hun] and [Romania|rou] met on Monday.", []string{"hun>rou 040 asserted", "rou>hun 040 asserted"}},
		{"list target", "[Russia|rus] attacked [Ukraine|ukr] and [Georgia|geo].", []string{"rus>ukr+geo 190 asserted"}},
		{"governed verb not coded, its code refines the appeal", "[The US|usa] urged [Russia|rus] to withdraw from [Ukraine|ukr].", []string{"usa>rus 0256 asserted"}},
		{"second verb keeps subject", "[France|fra] met [Germany|deu] and attacked [Italy|ita].", []string{"fra>deu 040 asserted", "deu>fra 040 asserted", "fra>ita 190 asserted"}},
		{"prepositional actor not subject", "Troops from [Chad|tcd] and [France|fra] attacked [Mali|mli].", []string{"tcd+fra>mli 190 asserted"}},
		{"reported conflict is an accusation", "[Ukraine|ukr] said [Russia|rus] attacked [Poland|pol].", []string{"rus>pol 190 asserted", "ukr>rus 112 asserted"}},
		{"trailing attribution is sourcing", "[Russia|rus] shelled [Poland|pol], [Ukraine|ukr] said.", []string{"rus>pol 190 asserted"}},
		{"according to is sourcing", "[Russia|rus] shelled [Poland|pol], according to [Ukraine|ukr].", []string{"rus>pol 190 asserted"}},
		{"demand with trailing speaker", "[Sudan|sdn] must withdraw from [Chad|tcd], [Russia|rus] said.", []string{"rus>sdn 1056 asserted"}},
		{"list meets, no loose target", "[Israel|isr] and [Lebanon|lbn] met on [Israel|isr] pullback.", []string{"isr>lbn 040 asserted", "lbn>isr 040 asserted"}},
		{"no accusation for cooperation", "[Ukraine|ukr] said [Russia|rus] met [Poland|pol].", []string{"rus>pol 040 asserted", "pol>rus 040 asserted"}},
		{"accuse of", "[Iran|irn] accused [Israel|isr] of sabotage.", []string{"irn>isr 112 asserted"}},
		{"no actor no event", "Someone attacked a convoy.", nil},
		{"apposition to a coded body", "[A member of the Syrian parliament|syr], [Mohammed Mamoun|mohammed-mamoun], attacked [Israel|isr].", []string{"syr>isr 190 asserted"}},
		{"uncoded actors only", "[Jane Roe|jane-roe] met [John Doe|john-doe].", nil},
		{"gerund after preposition", "After meeting [Putin|rus], [Trump|usa] left.", []string{"usa>rus 040 asserted", "rus>usa 040 asserted"}},
		{"progressive", "[Russia|rus] is attacking [Ukraine|ukr].", []string{"rus>ukr 190 asserted"}},
		{"noun in -ing", "[The G7|igo] meeting with [Russia|rus] ended.", nil},
		{"bare noun", "The attack on [Ukraine|ukr] was condemned.", nil},
		{"one per dyad and code", "[Russia|rus] attacked [Ukraine|ukr] and shelled [Ukraine|ukr] again.", []string{"rus>ukr 190 asserted"}},
		{"noun after determiner", "[Russia|rus] condemned the attack on [Ukraine|ukr].", nil},
		{"scheduled is a planned act", "[Russia|rus] is scheduled to meet [Ukraine|ukr].", []string{"rus>ukr 040 future"}},
		{"prepared to is getting ready", "[Russia|rus] prepared to meet [Ukraine|ukr].", []string{"rus>ukr 040 future"}},
		{"is prepared to is willingness", "[Russia|rus] is prepared to meet [Ukraine|ukr].", []string{"rus>ukr 036 future"}},
		{"far object in the clause", "[Russia|rus] accepted a plan drawn up by experts for [Ukraine|ukr].", []string{"rus>ukr 030 asserted"}},
		{"far object not past a comma", "[Russia|rus] accepted a plan drawn up by experts, and [Ukraine|ukr] left.", []string{"rus> 030 asserted"}},
		{"far object needs a coded source", "A plan drawn up by experts was accepted for [Ukraine|ukr] yesterday.", nil},
		{"reduced relative is passive", "Two [villages|ukr] shelled overnight by [rebels|reb] burned.", []string{"reb>ukr 190 asserted"}},
		{"far passive agent", "[Ukraine|ukr] was attacked on Monday, at dawn, by [Russia|rus].", []string{"rus>ukr 190 asserted"}},
		{"there were ... attacked", "There were ten [soldiers|ukr] attacked in the night.", []string{">ukr 190 asserted"}},
	}
	var buf Buffers
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := doc(t, tc.text, "2025-03-12")
			var got []string
			for _, e := range c.Code(in, &buf) {
				got = append(got, brief(e))
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%s\n got  %q\n want %q", in.Text, got, tc.want)
			}
		})
	}
}

func TestCodeRecord(t *testing.T) {
	c := testCoder(t)
	in := doc(t, "[Russia|rus] and [Ukraine|ukr] met in Geneva on Monday to discuss a ceasefire and prisoners.", "2025-03-12")
	evs := c.Code(in, &Buffers{})
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.ID != "e1" || evs[1].ID != "e2" {
		t.Errorf("ids %q %q", e.ID, evs[1].ID)
	}
	if e.Root != "04" || e.Quad != 1 || e.Plover != "CONSULT" || e.Goldstein != 1 {
		t.Errorf("code fields: root %q quad %d plover %q goldstein %v", e.Root, e.Quad, e.Plover, e.Goldstein)
	}
	if e.SourceCode != "RUSGOV" || e.TargetCode != "UKRGOV" {
		t.Errorf("codes %q %q", e.SourceCode, e.TargetCode)
	}
	if e.Date != "2025-03-10" || e.DateText != "on Monday" || e.DateFromPublication {
		t.Errorf("date %q %q %v", e.Date, e.DateText, e.DateFromPublication)
	}
	if e.Location == nil || e.Location.Name != "Geneva" || e.Location.Country != "CHE" || e.Location.Lat == nil {
		t.Errorf("location %+v", e.Location)
	}
	if !slices.Contains(e.Contexts, "ceasefire") || !slices.Contains(e.Contexts, "prisoners") {
		t.Errorf("contexts %q", e.Contexts)
	}
	if got := in.Text[e.Evidence.Start:e.Evidence.End]; got != "Russia and Ukraine met" {
		t.Errorf("evidence %q", got)
	}
	if e.Confidence <= 0 || e.Confidence > 1 {
		t.Errorf("confidence %v", e.Confidence)
	}
}

// TestCodeJointExerciseFields checks that an event recoded to 062 carries
// that code's ontology fields and contexts, not those of the 150 it was
// first read as.
func TestCodeJointExerciseFields(t *testing.T) {
	c := testCoder(t)
	evs := c.Code(doc(t, "[Russia|rus] and [China|chn] held military drills.", "2025-03-12"), &Buffers{})
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	for _, e := range evs {
		if e.Code != "062" || e.Root != "06" || e.Quad != 2 || e.Plover != "COOPERATE" || e.Goldstein != 7.4 {
			t.Errorf("code fields: %q root %q quad %d plover %q goldstein %v", e.Code, e.Root, e.Quad, e.Plover, e.Goldstein)
		}
		if !slices.Contains(e.Contexts, "military") {
			t.Errorf("contexts %q, want military among them", e.Contexts)
		}
	}
}

func TestCodeDates(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		text, pub, date, dateText string
		fromPub                   bool
	}{
		{"[Russia|rus] attacked [Ukraine|ukr] yesterday.", "2025-03-12", "2025-03-11", "yesterday", false},
		{"[Russia|rus] attacked [Ukraine|ukr].", "2025-03-12", "2025-03-12", "", true},
		{"[Russia|rus] attacked [Ukraine|ukr] last month.", "2025-03-12", "", "last month", false},
		{"[Russia|rus] attacked [Ukraine|ukr].", "", "", "", false},
	}
	for _, tc := range tests {
		evs := c.Code(doc(t, tc.text, tc.pub), &Buffers{})
		if len(evs) != 1 {
			t.Fatalf("%s: %d events", tc.text, len(evs))
		}
		e := evs[0]
		if e.Date != tc.date || e.DateText != tc.dateText || e.DateFromPublication != tc.fromPub {
			t.Errorf("%s (published %q): date %q text %q fromPub %v; want %q %q %v", tc.text, tc.pub, e.Date, e.DateText, e.DateFromPublication, tc.date, tc.dateText, tc.fromPub)
		}
	}
}

func TestCodeQuoteDay(t *testing.T) {
	c := testCoder(t)
	// Spoken on Monday 2025-03-10: "yesterday" inside the quote is Sunday.
	in := doc(t, `"[Russia|rus] attacked [Ukraine|ukr] yesterday," the minister said on Monday.`, "2025-03-12")
	q := analysis.Quote{ID: "q1", Kind: "direct", Content: []analysis.Span{{Start: 1, End: strings.Index(in.Text, ",")}}}
	cue := strings.Index(in.Text, "said")
	q.Cue = &analysis.Span{Start: cue, End: cue + 4}
	in.Quotes = []analysis.Quote{q}
	evs := c.Code(in, &Buffers{})
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	if evs[0].ReportedBy != "q1" || evs[0].Date != "2025-03-09" {
		t.Errorf("reported_by %q date %q, want q1 2025-03-09", evs[0].ReportedBy, evs[0].Date)
	}
}

// The document's two sides stand in for a side a later sentence leaves
// unsaid.
func TestCodeDialogue(t *testing.T) {
	c := testCoder(t)
	in := doc(t, "[India|ind] and [China|chn] met on Tuesday. No agreement had been reached. [India|ind] would not accept any change.", "2025-03-12")
	var got []string
	for _, e := range c.Code(in, &Buffers{}) {
		got = append(got, brief(e))
	}
	want := []string{"ind>chn 040 asserted", "chn>ind 040 asserted", "ind>chn 057 asserted neg", "chn>ind 057 asserted neg", "ind>chn 120 asserted"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A country named only by its adjective inside the object is the target,
// and its actor joins the document's actors.
func TestCodeAdjectiveTarget(t *testing.T) {
	c := testCoder(t)
	in := doc(t, "[Serbia|srb] flatly rejected an Australian ultimatum.", "2025-03-12")
	in.Dictionary = actors.Default()
	var buf Buffers
	evs := c.Code(in, &buf)
	if len(evs) != 1 || brief(evs[0]) != "srb>aus-gov 120 asserted" || evs[0].TargetCode != "AUSGOV" {
		t.Fatalf("got %+v", evs)
	}
	if ex := buf.Actors(); len(ex) != 1 || ex[0].ID != "aus-gov" || ex[0].Country != "AUS" {
		t.Errorf("added actors %+v", ex)
	}
	in.Dictionary = nil
	if evs := c.Code(in, &buf); len(evs) != 1 || len(evs[0].Target) != 0 {
		t.Errorf("without a dictionary: %+v", evs)
	}
}

func TestCodeVia(t *testing.T) {
	c := testCoder(t)
	in := doc(t, "[Israel|isr] met [Hamas|ham] through [Qatari mediators|qat].", "2025-03-12")
	evs := c.Code(in, &Buffers{})
	if len(evs) != 2 || len(evs[0].Via) != 1 || evs[0].Via[0] != "qat" {
		t.Errorf("got %+v, want Qatar as the go-between", evs)
	}
}

// A place of the source's own country is a domestic target.
func TestCodeDomesticPlace(t *testing.T) {
	c := testCoder(t)
	in := doc(t, "[Thailand|tha] shelled Bangkok.", "2025-03-12")
	in.Dictionary = actors.Default()
	evs := c.Code(in, &Buffers{})
	if len(evs) != 1 || brief(evs[0]) != "tha>tha-gov 190 asserted" || evs[0].TargetCode != "THAGOV" || evs[0].Location == nil || evs[0].Location.Name != "Bangkok" {
		t.Errorf("got %+v", evs)
	}
}

func TestHeadlinePassive(t *testing.T) {
	c := testCoder(t)
	in := doc(t, "[Pakistan|pak] attacked.", "2025-03-12")
	in.Sentences[0].Heading = true
	evs := c.Code(in, &Buffers{})
	if len(evs) != 1 || len(evs[0].Source) != 0 || len(evs[0].Target) != 1 || evs[0].Target[0] != "pak" {
		t.Errorf("got %+v, want Pakistan as the target", evs)
	}
}

func TestHeadingRepeatDropped(t *testing.T) {
	c := testCoder(t)
	in := doc(t, "[Russia|rus] attacked [Ukraine|ukr]. [Russia|rus] attacked [Ukraine|ukr] on Monday.", "2025-03-12")
	in.Sentences[0].Heading = true
	evs := c.Code(in, &Buffers{})
	if len(evs) != 1 || evs[0].Sentence != 1 {
		t.Errorf("got %+v, want the body's event only", evs)
	}
}

func TestCodePlacesInTheClause(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// The country an act is carried out in, named further on in the
		// clause, is its target when the object names no actor.
		{"far place", "[Japan|jpn] accepted a plan to open a research centre in Nairobi.", "jpn>ken-gov 030 asserted"},
		// ... but not where a meeting takes place.
		{"meeting place", "[Japan|jpn] and [Chile|chl] will meet in Nairobi.", "jpn>chl 036 future"},
		// A subject placed in a country ("a court in Guyana") acts for it.
		{"placed subject", "A report published yesterday in the Kenyan capital accused [Uganda|uga] of lying.", "ken-gov>uga 112 asserted"},
		{"private person and a place is no event", "[Jamie Cole|jamie-cole] attacked the fans in Kampala.", ""},
		{"a protest's place gives way to its target", "[Exiles|tib] marched in Kathmandu to protest against [India|ind].", "tib>ind 141 asserted"},
		{"a protest's place is its target when it names none", "[Exiles|tib] marched in Kathmandu.", "tib>npl-gov 141 asserted"},
		{"arrest by the state where it happens", "[A Kenyan journalist|ken] was arrested in Kampala.", "uga-gov>ken 173 asserted"},
		{"placed subject by city", "A court in Nairobi accused [Uganda|uga] of lying.", "ken-gov>uga 112 asserted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := doc(t, tc.text, "2025-03-12")
			in.Dictionary = actors.Default()
			evs := c.Code(in, &Buffers{})
			if tc.want == "" && len(evs) == 0 {
				return
			}
			if len(evs) == 0 || brief(evs[0]) != tc.want {
				var got []string
				for _, e := range evs {
					got = append(got, brief(e))
				}
				t.Errorf("%s\n got  %q\n want %q first", in.Text, got, tc.want)
			}
		})
	}
}

func TestCodeKeepsOnlyUsedPlaceActors(t *testing.T) {
	c := testCoder(t)
	// Nairobi is where the meeting is, not a side: Kenya must not be left
	// among the document's actors by the coder's tries.
	in := doc(t, "[Japan|jpn] and [Chile|chl] will meet in Nairobi.", "2025-03-12")
	in.Dictionary = actors.Default()
	var buf Buffers
	c.Code(in, &buf)
	for _, a := range buf.Actors() {
		if a.Country == "KEN" {
			t.Errorf("unused place actor kept: %+v", a)
		}
	}
}
