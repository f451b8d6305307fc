package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"parley/internal/analysis"
)

// checkContract checks one JSON line of analyze output against the rules of
// docs/contract.md that hold for every document.
func checkContract(t *testing.T, line []byte) {
	t.Helper()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		t.Fatalf("not a JSON object: %v: %s", err, line)
	}
	for _, k := range []string{"sentences", "entities", "mentions", "actors", "quotes", "events", "stories", "errors"} {
		v, ok := raw[k]
		if !ok || !bytes.HasPrefix(v, []byte("[")) {
			t.Errorf("top-level %q must always be an array, got %s", k, v)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields() // our own output uses only the contract's fields
	var a analysis.Analysis
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("does not decode as the contract: %v", err)
	}
	if a.ID == "" {
		t.Error("empty id")
	}
	if !utf8.ValidString(a.Text) {
		t.Error("text is not valid UTF-8")
	}
	if a.Published != "" && !isDate(a.Published) {
		t.Errorf("published %q is not YYYY-MM-DD", a.Published)
	}
	inText := func(what string, s, e int) bool {
		if s < 0 || e > len(a.Text) || s >= e {
			t.Errorf("%s [%d,%d) out of range of %d bytes of text", what, s, e, len(a.Text))
			return false
		}
		if !utf8.RuneStart(a.Text[s]) || (e < len(a.Text) && !utf8.RuneStart(a.Text[e])) {
			t.Errorf("%s [%d,%d) splits a UTF-8 sequence", what, s, e)
			return false
		}
		return true
	}
	prevEnd := 0
	if dl := a.Dateline; dl != nil {
		if inText("dateline", dl.Start, dl.End) {
			prevEnd = dl.End
		}
		if dl.Place == "" {
			t.Error("dateline without a place")
		}
	}
	for i, s := range a.Sentences {
		if !inText("sentence", s.Start, s.End) {
			continue
		}
		if a.Dateline != nil && s.End <= a.Dateline.Start {
			// A headline above the dateline comes before it in the text.
			if !s.Heading {
				t.Errorf("sentence %d [%d,%d) before the dateline is not a heading", i, s.Start, s.End)
			}
		} else if s.Start < prevEnd {
			t.Errorf("sentence %d [%d,%d) overlaps what comes before it (ends at %d)", i, s.Start, s.End, prevEnd)
		}
		txt := a.Text[s.Start:s.End]
		if strings.TrimSpace(txt) != txt {
			t.Errorf("sentence %d %q is not trimmed", i, txt)
		}
		prevEnd = max(prevEnd, s.End)
	}
	for i := 1; i < len(a.Entities); i++ {
		if a.Entities[i].Start < a.Entities[i-1].Start {
			t.Errorf("entities out of text order at %d: %+v after %+v", i, a.Entities[i], a.Entities[i-1])
		}
	}
	for _, e := range a.Entities {
		if inText("entity", e.Start, e.End) && a.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity text %q does not match its span %q", e.Text, a.Text[e.Start:e.End])
		}
	}
	for _, m := range a.Mentions {
		if inText("mention", m.Start, m.End) && a.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention text %q does not match its span", m.Text)
		}
	}
}

func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// The hand-written contract example must pass the same checks, so that the
// checks encode the contract rather than parley's current behaviour.
func TestContractCheckAcceptsSharedExample(t *testing.T) {
	p := sharedPath(t, "examples/border-talks.expected.json")
	var v any
	data := readFile(t, p)
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	line, _ := json.Marshal(v)
	checkContract(t, line)
}
