// Package eventeval scores event coding (`parley eval events`) against the
// PETRARCH validation records (CAMEO codes) and the PLOVER gold-standard
// records (PLOVER categories).
//
// Each record's text is analysed as one document. Its events become tuples
// (source country, target country, code) per record, duplicates collapsed,
// and the tuple sets are compared with the gold's: micro precision, recall
// and F1 over all records, for several measures (Measures).
package eventeval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"parley/internal/analysis"
	"parley/internal/cameo"
	"parley/internal/doc"
	"parley/internal/eval/score"
)

// Tuple is one scored item: source and target country codes (three
// letters, "---" for none) and a code whose meaning depends on the measure
// (a CAMEO root, a full code, a PLOVER category); measures that ignore the
// actors leave both sides empty.
type Tuple struct {
	Source, Target, Code string
}

func (t Tuple) String() string {
	if t.Source == "" && t.Target == "" {
		return t.Code
	}
	return t.Source + " " + t.Target + " " + t.Code
}

// Measure is one way of turning events into tuples.
type Measure struct {
	Name string
	// Bar marks the measure the issue sets a bar on.
	Bar bool
	// code picks the tuple's code from an event's CAMEO code and PLOVER
	// category; "" drops the event from this measure.
	code func(code, plover string) string
	// actors says whether tuples carry the source and target countries.
	actors bool
}

// Measures returns the measures for a format: for PETR dyad-root (the
// bar), dyad-code and root alone; for PLOVER dyad-category (the bar) and
// category alone.
func Measures(f Format) []Measure {
	if f == PLOVER {
		cat := func(_, plover string) string { return plover }
		return []Measure{
			{Name: "dyad-category", Bar: true, code: cat, actors: true},
			{Name: "category", code: cat},
		}
	}
	root := func(code, _ string) string {
		if len(code) < 2 {
			return ""
		}
		return code[:2]
	}
	full := func(code, _ string) string { return code }
	return []Measure{
		{Name: "dyad-root", Bar: true, code: root, actors: true},
		{Name: "dyad-code", code: full, actors: true},
		{Name: "root", code: root},
	}
}

// Predicted is one predicted event expanded to tuples' ingredients: the
// countries of its source and target actors, its CAMEO code and PLOVER
// category, and its evidence text for the verbose report.
type Predicted struct {
	Sources, Targets []string
	Code, Plover     string
	Evidence         string
}

// Predict extracts the scored events of an analysis: events not negated,
// each actor's country from a.Actors cut to three letters (CountryOf), an
// empty side "---", the PLOVER category from the event or, when the coder
// left it empty, from the CAMEO table.
func Predict(a *analysis.Analysis) []Predicted {
	country := make(map[string]string, len(a.Actors))
	for _, ac := range a.Actors {
		country[ac.ID] = CountryOf(ac.Country)
	}
	side := func(ids []string) []string {
		if len(ids) == 0 {
			return []string{"---"}
		}
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			c, ok := country[id]
			if !ok {
				c = "---"
			}
			out = append(out, c)
		}
		return out
	}
	var out []Predicted
	for i, ev := range a.Events {
		if ev.Negated || accusedAct(a.Events, i) {
			continue
		}
		p := Predicted{Sources: side(ev.Source), Targets: side(ev.Target), Code: ev.Code, Plover: ev.Plover}
		if p.Plover == "" {
			if c, ok := cameo.Lookup(ev.Code); ok {
				p.Plover = c.Plover
			}
		}
		if strings.HasPrefix(ev.Code, "0813") || strings.HasPrefix(ev.Code, "0814") {
			// Easing a curfew or a state of emergency: CONCEDE in PLOVER
			// 0.5, the version of the gold records; the 2021 CAMEO to
			// PLOVER table parley follows moved them to RETREAT.
			p.Plover = "CONCEDE"
		}
		if s, e := ev.Evidence.Start, ev.Evidence.End; s >= 0 && s <= e && e <= len(a.Text) {
			p.Evidence = a.Text[s:e]
		}
		out = append(out, p)
	}
	return out
}

// accusedAct reports whether event i is a material conflict that another
// actor's claim reports and that parley also writes as that actor's
// accusation (CAMEO 112) of its source in the same sentence: "Israel said
// a mortar bomb was fired at it from Gaza" gives the attack (reported_by
// Israel's claim) and Israel accusing the Palestinians. PETRARCH's and
// PLOVER's coders code such a sentence as the accusation only, so the
// claimed act is not scored.
func accusedAct(evs []analysis.Event, i int) bool {
	ev := &evs[i]
	if ev.Quad != 4 || len(ev.Source) == 0 {
		return false
	}
	for j := range evs {
		a := &evs[j]
		if j != i && a.Sentence == ev.Sentence && a.Code == "112" && slices.Equal(a.Target, ev.Source) && !slices.Equal(a.Source, ev.Source) {
			return true
		}
	}
	return false
}

// tuples expands events (sources × targets) into m's sorted, distinct
// tuples.
func (m Measure) tuples(f Format, gold []Gold, pred []Predicted) []Tuple {
	var out []Tuple
	add := func(srcs, tgts []string, code string) {
		if code == "" {
			return
		}
		if !m.actors {
			out = append(out, Tuple{Code: code})
			return
		}
		for _, s := range srcs {
			for _, t := range tgts {
				out = append(out, Tuple{s, t, code})
			}
		}
	}
	for _, g := range gold {
		if f == PLOVER {
			add(g.Sources, g.Targets, m.code("", g.Code))
		} else {
			add(g.Sources, g.Targets, m.code(g.Code, ""))
		}
	}
	for _, p := range pred {
		add(p.Sources, p.Targets, m.code(p.Code, p.Plover))
	}
	slices.SortFunc(out, compareTuples)
	return slices.Compact(out)
}

func compareTuples(a, b Tuple) int {
	if c := strings.Compare(a.Source, b.Source); c != 0 {
		return c
	}
	if c := strings.Compare(a.Target, b.Target); c != 0 {
		return c
	}
	return strings.Compare(a.Code, b.Code)
}

// Report is the result of scoring a gold file.
type Report struct {
	Name     string
	Format   Format
	Measures []Measure
	Counts   []score.Counts // one per measure
	Records  int
	// GoldEvents and PredictedEvents count events (not tuples): gold
	// codings, and predicted events that are not negated.
	GoldEvents, PredictedEvents int
	Elapsed                     time.Duration
	details                     []detail
}

type detail struct {
	rec  *Record
	gold []Tuple // bar measure
	pred []Predicted
	hit  map[Tuple]bool
}

// Score analyses each record with analyze (documents carry the record's
// date as Published) and scores the events.
func Score(name string, f Format, recs []Record, analyze func(*doc.Document) *analysis.Analysis) *Report {
	start := time.Now()
	r := &Report{Name: name, Format: f, Measures: Measures(f)}
	r.Counts = make([]score.Counts, len(r.Measures))
	for i := range recs {
		rec := &recs[i]
		a := analyze(&doc.Document{ID: rec.ID, Text: rec.Text, Published: rec.Published, Origin: name})
		r.Add(rec, Predict(a))
	}
	r.Elapsed = time.Since(start)
	return r
}

// Add scores one record against its predicted events.
func (r *Report) Add(rec *Record, pred []Predicted) {
	if r.Measures == nil {
		r.Measures = Measures(r.Format)
		r.Counts = make([]score.Counts, len(r.Measures))
	}
	r.Records++
	r.GoldEvents += len(rec.Events)
	r.PredictedEvents += len(pred)
	for i, m := range r.Measures {
		gold := m.tuples(r.Format, rec.Events, nil)
		got := m.tuples(r.Format, nil, pred)
		c := score.Counts{Gold: len(gold), Predicted: len(got)}
		for _, t := range got {
			if _, ok := slices.BinarySearchFunc(gold, t, compareTuples); ok {
				c.Correct++
			}
		}
		r.Counts[i].Add(c)
		if m.Bar {
			d := detail{rec: rec, gold: gold, pred: pred, hit: map[Tuple]bool{}}
			for _, t := range got {
				d.hit[t] = true
			}
			r.details = append(r.details, d)
		}
	}
}

// Write prints the report: records, events, run time, then one line per
// measure; verbose adds every record with its gold and predicted tuples on
// the bar measure, marked TP, FP or FN.
func (r *Report) Write(w io.Writer, verbose bool) {
	if verbose {
		r.writeDetails(w)
	}
	kind := "PETRARCH records, CAMEO codes"
	if r.Format == PLOVER {
		kind = "PLOVER records, PLOVER categories"
	}
	fmt.Fprintf(w, "%s: %d records (%s), %d gold events, %d predicted events, %s\n",
		r.Name, r.Records, kind, r.GoldEvents, r.PredictedEvents, r.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "%-14s %9s %9s %9s %7s %7s %7s\n", "tuples", "gold", "predicted", "correct", "P", "R", "F1")
	for i, m := range r.Measures {
		c := r.Counts[i]
		name := m.Name
		if m.Bar {
			name += " *"
		}
		fmt.Fprintf(w, "%-14s %9d %9d %9d %7.3f %7.3f %7.3f\n", name, c.Gold, c.Predicted, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	fmt.Fprintf(w, "(* the measure with the bar; tuples are (source country, target country, code) per record, duplicates collapsed)\n")
}

func (r *Report) writeDetails(w io.Writer) {
	var bar Measure
	for _, m := range r.Measures {
		if m.Bar {
			bar = m
		}
	}
	for _, d := range r.details {
		fmt.Fprintf(w, "== %s (%s)\n   %s\n", d.rec.ID, orNone(d.rec.Published), d.rec.Text)
		if d.rec.Note != "" {
			fmt.Fprintf(w, "   note: %s\n", d.rec.Note)
		}
		for _, g := range d.gold {
			mark := "FN"
			if d.hit[g] {
				mark = "TP"
			}
			fmt.Fprintf(w, "   %s gold %s\n", mark, g)
		}
		for _, p := range d.pred {
			for _, t := range bar.tuples(r.Format, nil, []Predicted{p}) {
				mark := "FP"
				if _, ok := slices.BinarySearchFunc(d.gold, t, compareTuples); ok {
					mark = "TP"
				}
				fmt.Fprintf(w, "   %s pred %s  code %s %s  %q\n", mark, t, orNone(p.Code), orNone(p.Plover), p.Evidence)
			}
		}
		if len(d.gold) == 0 && len(d.pred) == 0 {
			fmt.Fprintf(w, "   (no gold event, none predicted)\n")
		}
	}
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
