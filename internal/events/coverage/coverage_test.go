// Package coverage_test checks that every CAMEO code of the event pattern
// dictionary is reached from the usual news phrasings. Each case is a short
// wire-style sentence, written for this test, with two named actors; the full
// analyzer (segmentation, NER, mentions, events) runs on it, so the names are
// resolved the way they are on real text, and an event with the expected
// CAMEO root and the expected source and target countries must come out.
//
// The root is checked rather than the full code because the 3- and 4-digit
// codes of one root are often told apart only by context a single sentence
// does not settle (is "aid" economic or humanitarian?); the root is what the
// dyad-root evaluation scores. Cases that fail because of the grammar (roles,
// passives, clause structure) rather than a missing pattern carry a skip
// reason: they stay in the table as a to-do list and are not counted as
// passing.
package coverage_test

import (
	"sort"
	"strings"
	"testing"

	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/pipeline"
)

// coverageCase is one sentence and the event it must yield.
type coverageCase struct {
	code string // the CAMEO code the sentence illustrates; its first two digits are checked
	src  string // the source actor's country (ISO 3166 alpha-3, or the IGO code)
	tgt  string // the target actor's country
	text string
	skip string // non-empty: a known grammar failure, skipped with this reason
}

// TestCoverage runs the analyzer on each case and looks for an event with
// the case's root, source country and target country.
func TestCoverage(t *testing.T) {
	az := pipeline.NewAnalyzer(pipeline.Options{Published: "2001-03-12"})
	type tally struct{ pass, fail, skip int }
	byRoot := map[string]*tally{}
	for i, c := range coverageCases {
		root := c.code[:2]
		tl := byRoot[root]
		if tl == nil {
			tl = &tally{}
			byRoot[root] = tl
		}
		name := c.code + "/" + firstWords(c.text, 5)
		t.Run(name, func(t *testing.T) {
			if c.skip != "" {
				tl.skip++
				t.Skip(c.skip)
			}
			a := az.Analyze(&doc.Document{ID: "coverage", Text: c.text})
			if hasEvent(a, root, c.src, c.tgt) {
				tl.pass++
				return
			}
			tl.fail++
			t.Errorf("case %d %q: no event %s %s->%s; got %s", i, c.text, root, c.src, c.tgt, describe(a))
		})
	}
	roots := make([]string, 0, len(byRoot))
	for r := range byRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		tl := byRoot[r]
		t.Logf("root %s: %d passed, %d failed, %d skipped", r, tl.pass, tl.fail, tl.skip)
	}
}

// TestCoverageTable keeps the table itself sound: every code is a CAMEO
// code of 3 or 4 digits, every case names both sides, and no sentence is
// listed twice.
func TestCoverageTable(t *testing.T) {
	seen := map[string]bool{}
	for i, c := range coverageCases {
		if n := len(c.code); n < 3 || n > 4 || strings.Trim(c.code, "0123456789") != "" {
			t.Errorf("case %d: code %q is not a 3- or 4-digit CAMEO code", i, c.code)
		}
		if c.src == "" || c.tgt == "" {
			t.Errorf("case %d %q: source and target must both be named", i, c.text)
		}
		if seen[c.text] {
			t.Errorf("case %d: sentence %q listed twice", i, c.text)
		}
		seen[c.text] = true
	}
}

// hasEvent reports whether a has an event of root whose source and target
// include actors of the given countries.
func hasEvent(a *analysis.Analysis, root, src, tgt string) bool {
	country := make(map[string]string, len(a.Actors))
	for _, ac := range a.Actors {
		country[ac.ID] = ac.Country
	}
	for _, e := range a.Events {
		if e.Root != root {
			continue
		}
		if side(e.Source, e.SourceCode, country, src) && side(e.Target, e.TargetCode, country, tgt) {
			return true
		}
	}
	return false
}

// side reports whether one side of an event (its actor ids, or its code
// when the ids are empty) belongs to country.
func side(ids []string, code string, country map[string]string, want string) bool {
	for _, id := range ids {
		if country[id] == want {
			return true
		}
	}
	return strings.HasPrefix(code, want)
}

// describe lists a's events for a failure message.
func describe(a *analysis.Analysis) string {
	if len(a.Events) == 0 {
		return "no events"
	}
	var b strings.Builder
	for i, e := range a.Events {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Code + " " + e.SourceCode + "->" + e.TargetCode + " [" + e.Modality + "]")
		if e.Negated {
			b.WriteString(" negated")
		}
	}
	return b.String()
}

// firstWords returns the first n words of s, for a readable subtest name.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, "_")
}
