package events

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"parley/internal/cameo"
)

//go:embed data/modality.txt
var modalityData string

// wordClass is a bit set of the roles data/modality.txt gives a word.
type wordClass uint64

const (
	wAuxFuture wordClass = 1 << iota
	wAuxHypo
	wNegation
	wBe
	wSkip
	wCtlIntent
	wCtlReject
	wCtlThreat
	wCtlDeny
	wCtlNegate
	wConditional
	wDet
	wPrep
	wClause
	wReport
	wAuxDeontic
	wPlacePrep
	wPlaceNoun
	wTime
	wRelative
	wAppositive
	wWant
	wCtlPlan
	wPlacedHead
	wPlaceNamed
	wAuxDemand
	wAdjThing
	wBizNoun
	wPossessive
	wHomeNoun
	wRequestNoun
	wRelation
	wBizName
)

var classNames = map[string]wordClass{
	"aux-future": wAuxFuture, "aux-hypo": wAuxHypo, "aux-deontic": wAuxDeontic, "aux-demand": wAuxDemand, "adj-thing": wAdjThing, "biz-noun": wBizNoun, "possessive": wPossessive, "home-noun": wHomeNoun, "request-noun": wRequestNoun, "relation": wRelation, "biz-name": wBizName,
	"place-prep": wPlacePrep, "place-noun": wPlaceNoun, "time": wTime, "relative": wRelative, "appositive": wAppositive, "want": wWant, "negation": wNegation, "be": wBe, "skip": wSkip,
	"ctl-intent": wCtlIntent, "ctl-plan": wCtlPlan, "placed-head": wPlacedHead, "place-named": wPlaceNamed, "ctl-reject": wCtlReject, "ctl-threat": wCtlThreat, "ctl-deny": wCtlDeny,
	"ctl-negate": wCtlNegate, "conditional": wConditional, "det": wDet, "prep": wPrep, "clause": wClause, "report": wReport,
}

// transform is the code a root takes under intent, rejection and threat
// ("" keeps the code).
type transform struct{ intent, reject, threat, demand string }

// modality is the parsed data/modality.txt.
type modality struct {
	words map[string]wordClass
	roots map[string]transform
	// own maps a control verb form ("agreed") to its own code, coded
	// when the verb it governs is in no pattern ("agreed to set up a
	// research centre": 030); the "own" lines of modality.txt.
	own map[string]string
}

func parseModality(src, name string) (*modality, error) {
	m := &modality{words: map[string]wordClass{}, roots: map[string]transform{}, own: map[string]string{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if f[0] == "map" {
			if len(f) != 6 || !cameo.Valid(f[1]) {
				return nil, fmt.Errorf("%s:%d: want \"map ROOT INTENT REJECT THREAT DEMAND\"", name, ln)
			}
			var t [4]string
			for i, c := range f[2:] {
				if c == "-" {
					continue
				}
				if !cameo.Valid(c) {
					return nil, fmt.Errorf("%s:%d: %q is not a CAMEO code", name, ln, c)
				}
				t[i] = c
			}
			m.roots[f[1]] = transform{t[0], t[1], t[2], t[3]}
			continue
		}
		if f[0] == "own" {
			if len(f) < 3 || !cameo.Valid(f[1]) {
				return nil, fmt.Errorf("%s:%d: want \"own CODE WORD ...\"", name, ln)
			}
			for _, w := range f[2:] {
				m.own[w] = f[1]
			}
			continue
		}
		c, ok := classNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown kind %q", name, ln, f[0])
		}
		for _, w := range f[1:] {
			m.words[w] |= c
		}
	}
	return m, sc.Err()
}
