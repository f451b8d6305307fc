package stories

import (
	"strconv"
	"strings"
	"testing"

	"parley/internal/analysis"
)

// tdoc builds an Input from a text of our own whose actor mentions are
// written [like this|actor-id]. An actor's country is its id's first three
// letters upper-cased ("ind-jai" is IND); an id of fewer than four
// characters has no country. A sentence ends at ". " or at the end of a
// line; a line that does not end in "." is a heading; a blank line starts
// a paragraph.
func tdoc(t *testing.T, src string) Input {
	t.Helper()
	var b strings.Builder
	var ments []analysis.Mention
	seen := map[string]bool{}
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
		if !seen[id] {
			seen[id] = true
			a := analysis.Actor{ID: id, Name: name}
			if len(id) > 3 {
				a.Country = strings.ToUpper(id[:3])
				a.Code = a.Country + "GOV"
			}
			as = append(as, a)
		}
		src = src[i+j+1:]
	}
	txt := b.String()
	var sents []analysis.Sentence
	start := 0
	flush := func(end int, heading bool) {
		for start < end && (txt[start] == ' ' || txt[start] == '\n') {
			start++
		}
		if start < end {
			sents = append(sents, analysis.Sentence{Start: start, End: end, Heading: heading})
		}
		start = end
	}
	for i := 0; i < len(txt); i++ {
		switch {
		case txt[i] == '.' && (i+1 == len(txt) || txt[i+1] == ' ' || txt[i+1] == '\n'):
			flush(i+1, false)
		case txt[i] == '\n':
			flush(i, strings.TrimSpace(txt[start:i]) != "")
		}
	}
	flush(len(txt), strings.TrimSpace(txt[start:]) != "")
	return Input{Text: txt, Sentences: sents, Mentions: ments, Actors: as, Published: "2025-03-12"}
}

// ev adds an event whose evidence is the first occurrence of evidence in
// the text ("met#2": the second), in the sentence that holds it, coded
// code, and returns a pointer to it for the test to adjust (modality,
// date, place...).
func ev(t *testing.T, in *Input, evidence string, src, tgt []string, code string) *analysis.Event {
	t.Helper()
	n := 1
	if k := strings.LastIndexByte(evidence, '#'); k > 0 {
		n, _ = strconv.Atoi(evidence[k+1:])
		evidence = evidence[:k]
	}
	i := -1
	for from := 0; n > 0; n-- {
		j := strings.Index(in.Text[from:], evidence)
		if j < 0 {
			i = -1
			break
		}
		i, from = from+j, from+j+1
	}
	if i < 0 {
		t.Fatalf("evidence %q not in text", evidence)
	}
	sent := -1
	for k, s := range in.Sentences {
		if s.Start <= i && i < s.End {
			sent = k
		}
	}
	in.Events = append(in.Events, analysis.Event{
		ID: "e" + itoa(len(in.Events)+1), Sentence: sent, Evidence: analysis.Span{Start: i, End: i + len(evidence)},
		Source: src, Target: tgt, Code: code, Root: code[:2], Modality: "asserted",
		Date: in.Published, DateFromPublication: true,
	})
	return &in.Events[len(in.Events)-1]
}

// quote adds a quote by speaker whose content is the first occurrence of
// content in the text.
func quote(t *testing.T, in *Input, speaker, content string) {
	t.Helper()
	i := strings.Index(in.Text, content)
	if i < 0 {
		t.Fatalf("quote %q not in text", content)
	}
	in.Quotes = append(in.Quotes, analysis.Quote{ID: "q" + itoa(len(in.Quotes)+1), Kind: "indirect", Speaker: speaker,
		Content: []analysis.Span{{Start: i, End: i + len(content)}}})
}

func itoa(n int) string { return strconv.Itoa(n) }

// l is a list of actor ids.
func l(ids ...string) []string { return ids }
