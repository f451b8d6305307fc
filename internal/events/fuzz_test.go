package events

import (
	"strconv"
	"testing"
	"unicode/utf8"

	"parley/internal/actors"
	"parley/internal/analysis"
)

// FuzzCode codes arbitrary text with mentions at arbitrary places: the
// coder must not panic, and every event must point inside its sentence.
func FuzzCode(f *testing.F) {
	f.Add("Russia attacked Ukraine on Monday.", 0, 6, 16, 23)
	f.Add("Ukraine was attacked by Russia yesterday. No agreement was reached.", 0, 7, 24, 30)
	f.Add("\"We will not sign,\" Turkey said. Iran threatened to attack Israel.", 20, 26, 33, 37)
	f.Add("The EU could impose sanctions on an Australian firm in Kharkiv.", 4, 6, 33, 35)
	f.Add("", 0, 0, 0, 0)
	c := Default()
	dict := actors.Default()
	f.Fuzz(func(t *testing.T, txt string, a0, a1, b0, b1 int) {
		if !utf8.ValidString(txt) || len(txt) > 2000 {
			return
		}
		span := func(x, y int) (int, int, bool) {
			if len(txt) == 0 {
				return 0, 0, false
			}
			x, y = abs(x)%len(txt), abs(y)%(len(txt)+1)
			if x >= y {
				return 0, 0, false
			}
			return x, y, true
		}
		var ments []analysis.Mention
		as := []analysis.Actor{{ID: "rus-gov", Code: "RUSGOV", Country: "RUS"}, {ID: "ukr-gov", Code: "UKRGOV", Country: "UKR"}}
		if x, y, ok := span(a0, a1); ok {
			ments = append(ments, analysis.Mention{Start: x, End: y, Actor: "rus-gov"})
		}
		if x, y, ok := span(b0, b1); ok && (len(ments) == 0 || x >= ments[0].End) {
			ments = append(ments, analysis.Mention{Start: x, End: y, Actor: "ukr-gov"})
		}
		in := Input{Text: txt, Sentences: []analysis.Sentence{{Start: 0, End: len(txt)}}, Mentions: ments, Actors: as, Published: "2025-03-12", Dictionary: dict}
		for i, e := range c.Code(in, &Buffers{}) {
			if e.ID != "e"+strconv.Itoa(i+1) || e.Sentence != 0 {
				t.Fatalf("event %d: id %q sentence %d", i, e.ID, e.Sentence)
			}
			if e.Evidence.Start < 0 || e.Evidence.End > len(txt) || e.Evidence.Start >= e.Evidence.End {
				t.Fatalf("evidence %+v out of [0,%d)", e.Evidence, len(txt))
			}
			if e.Code == "" || e.Root != e.Code[:2] {
				t.Fatalf("code %q root %q", e.Code, e.Root)
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x { // the smallest int
			return 0
		}
		return -x
	}
	return x
}
