package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// quotesArticle is an invented wire story with one of each hard case of
// attribution: source after, before and inside the quote, an interrupted
// quote, a quote over two paragraphs, a floating quote, "according to",
// told + addressee, nested reporting, single and curly marks, and scare
// quotes and a title that are not quotes.
const quotesArticle = `Envoys leave Geneva without a deal

"We will not sign this text," said Ana Lind, the foreign minister.

According to two diplomats, the envoy left Geneva early.

The ceasefire is holding, a senior official told reporters.

"First we need calm," Omar Haddad said, "and then we need trust."

Haddad spoke after the meeting. "Nobody wanted to move," he said. "Next week we try again.

"The gap is narrow, believe me."

She disclosed that the minister had asked the ambassador to delay the signing.

The so-called "Friends of Peace" group, whose film "Harbour Lights" opened on Friday, stayed silent.

‘We are ready to talk,’ the minister said.

“The door is open,” Lind said.
`

// goldQuote is one annotation of the test's own gold file, by the text of
// its spans (each must occur once in the article, or be found after the
// previous span of the same quote).
type goldQuote struct {
	source, cue string
	content     []string
}

var quotesGold = []goldQuote{
	{"Ana Lind, the foreign minister", "said", []string{`"We will not sign this text,"`}},
	{"two diplomats", "According to", []string{"the envoy left Geneva early"}},
	{"a senior official", "told", []string{"The ceasefire is holding"}},
	{"Omar Haddad", "said", []string{`"First we need calm,"`, `"and then we need trust."`}},
	{"he", "said", []string{`"Nobody wanted to move,"`, `"Next week we try again.`, `"The gap is narrow, believe me."`}},
	{"She", "disclosed", []string{"that the minister had asked the ambassador to delay the signing"}},
	{"the minister", "said", []string{"‘We are ready to talk,’"}},
	{"Lind", "said", []string{"“The door is open,”"}},
}

func writeQuotesGold(t *testing.T, dir string) string {
	t.Helper()
	type span struct {
		Start int `json:"start_byte"`
		End   int `json:"end_byte"`
	}
	// at finds s as whole words at or after from
	at := func(s string, from int) span {
		for p := from; ; {
			i := strings.Index(quotesArticle[p:], s)
			if i < 0 {
				t.Fatalf("gold span %q not in the article after byte %d", s, from)
			}
			a, e := p+i, p+i+len(s)
			letter := func(j int) bool {
				if j < 0 || j >= len(quotesArticle) {
					return false
				}
				c := quotesArticle[j]
				return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
			}
			if !letter(a-1) && !letter(e) {
				return span{a, e}
			}
			p = a + 1
		}
	}
	type q struct {
		Content []span `json:"content"`
		Cue     []span `json:"cue"`
		Source  []span `json:"source"`
	}
	var qs []q
	for _, g := range quotesGold {
		var x q
		from := 0
		for _, c := range g.content {
			s := at(c, from)
			x.Content = append(x.Content, s)
			from = s.End
		}
		// source and cue come in the same paragraph as the first content
		para := strings.LastIndex(quotesArticle[:x.Content[0].Start], "\n\n") + 2
		x.Source = []span{at(g.source, para)}
		if c := at(g.cue, para); c.Start < x.Source[0].Start {
			x.Cue = []span{c} // "According to X"
		} else {
			x.Cue = []span{at(g.cue, x.Source[0].End)}
		}
		qs = append(qs, x)
	}
	line, err := json.Marshal(map[string]any{"id": "geneva", "text": quotesArticle, "quotes": qs})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(p, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestEvalQuotesEndToEnd scores the extractor on the invented article: each
// hard case must be found with exactly the gold spans.
func TestEvalQuotesEndToEnd(t *testing.T) {
	dir := t.TempDir()
	gold := writeQuotesGold(t, dir)
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"eval", "quotes", gold}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	report := out.String()
	for _, row := range []string{"source", "cue", "content", "quote@0.3", "quote@0.8"} {
		found := false
		for _, l := range strings.Split(report, "\n") {
			f := strings.Fields(l)
			if len(f) == 7 && f[0] == row {
				found = true
				if f[4] != "1.000" || f[5] != "1.000" {
					t.Errorf("%s: precision %s recall %s, want 1.000 both", row, f[4], f[5])
				}
			}
		}
		if !found {
			t.Errorf("no %s row in the report", row)
		}
	}
	if !strings.Contains(report, "speaker accuracy 1.000 (8 of 8") {
		t.Errorf("speaker line wrong")
	}
	if t.Failed() {
		t.Log("\n" + report)
	}
}

func TestEvalQuotesBadFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"x","text":"abc","quotes":[{"content":[{"start_byte":2,"end_byte":9}]}]}`+"\n"), 0o644)
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"eval", "quotes", bad}, strings.NewReader(""), &out, &errb)
	if code == 0 || !strings.Contains(errb.String(), "bad.jsonl:1") || !strings.Contains(errb.String(), "outside the text") {
		t.Errorf("exit %d, stderr %q: want a failure naming bad.jsonl:1 and the reason", code, errb.String())
	}
}

// TestEvalQuotesDev checks `parley eval quotes` on PolNeAR dev prints the
// report (the numbers themselves are asserted in internal/quotes).
func TestEvalQuotesDev(t *testing.T) {
	p := sharedPath(t, "polnear/dev.jsonl")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"eval", "quotes", p}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "dev.jsonl: 84 documents") {
		t.Errorf("unexpected report:\n%s", out.String())
	}
}
