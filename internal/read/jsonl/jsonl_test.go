package jsonl

import (
	"bytes"
	"encoding/json"
	"os"

	"errors"
	"fmt"
	"io"
	"parley/internal/shared"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"parley/internal/doc"
)

// result is one callback: a document or an error message.
type result struct {
	d   doc.Document
	err string
}

func collect(t *testing.T, in string, maxLine int) []result {
	t.Helper()
	var out []result
	err := Read("in.jsonl", strings.NewReader(in), maxLine, func(d doc.Document, err error) error {
		if err != nil {
			out = append(out, result{err: err.Error()})
		} else {
			out = append(out, result{d: d})
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return out
}

func TestReadDocuments(t *testing.T) {
	in := `{"id":"a1","text":"  Rain fell.\r\n","title":"Rain","url":"https://example.org/a1","published":"2025-03-12T23:30:00-05:00","source":"Example Post","extra":[1,2]}
{"text":"OSLO, March 3, 2025 (Example Wire) - Talks resumed."}
{"id":7,"text":"LIMA (AFP) - Votes counted.","published":"2024-06-01","source":"Own Desk"}
{"text":"caf\u00e9 \ud83d\ude00 \\ud800 \"q\""}
`
	got := collect(t, in, 0)
	if len(got) != 4 {
		t.Fatalf("got %d results, want 4: %+v", len(got), got)
	}
	for i, r := range got {
		if r.err != "" {
			t.Fatalf("line %d: unexpected error %s", i+1, r.err)
		}
	}
	d := got[0].d
	// The text is kept exactly, white space and CRLF included.
	if d.Text != "  Rain fell.\r\n" || d.ID != "a1" || d.Title != "Rain" || d.URL != "https://example.org/a1" ||
		d.Published != "2025-03-12" || d.Source != "Example Post" || d.Origin != "in.jsonl:1" || d.Dateline != nil {
		t.Errorf("line 1: %+v", d)
	}
	d = got[1].d
	if d.ID != "" || d.Dateline == nil || d.Dateline.Place != "Oslo" || d.Source != "Example Wire" || d.Published != "" || d.Dateline.Year != 2025 || d.Origin != "in.jsonl:2" {
		t.Errorf("line 2: %+v (dateline %+v)", d, d.Dateline)
	}
	// The record's own source and date win over the dateline's.
	d = got[2].d
	if d.ID != "7" || d.Source != "Own Desk" || d.Published != "2024-06-01" || d.Dateline == nil || d.Dateline.Agency != "AFP" {
		t.Errorf("line 3: %+v", d)
	}
	if want := "café 😀 \\ud800 \"q\""; got[3].d.Text != want {
		t.Errorf("line 4 text = %q, want %q", got[3].d.Text, want)
	}
}

func TestReadBadLines(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"invalid UTF-8", "{\"text\":\"caf\xe9\"}", "in.jsonl:1: invalid UTF-8 at column 13"},
		{"lone high surrogate", `{"text":"a\ud800b"}`, `in.jsonl:1: lone surrogate escape \ud800 at column 11`},
		{"lone low surrogate", `{"text":"a\uDC00"}`, `in.jsonl:1: lone surrogate escape \uDC00 at column 11`},
		{"high then not low", `{"text":"\ud83d\u0041"}`, `in.jsonl:1: lone surrogate escape \ud83d at column 10`},
		{"high at end", `{"text":"x","title":"\ud83d"}`, `in.jsonl:1: lone surrogate escape \ud83d at column 22`},
		{"not JSON", `{"text": "unterminated`, "in.jsonl:1: invalid JSON"},
		{"not an object", `["text"]`, "in.jsonl:1: not a JSON object"},
		{"string line", `"text"`, "in.jsonl:1: not a JSON object"},
		{"missing text", `{"id":"x"}`, `in.jsonl:1: field "text" is missing`},
		{"null text", `{"text":null}`, `in.jsonl:1: field "text" is missing`},
		{"numeric text", `{"text":42}`, `in.jsonl:1: field "text": not a string (a number)`},
		{"object text", `{"text":{"a":1}}`, `in.jsonl:1: field "text": not a string (an object)`},
		{"empty text", `{"text":""}`, `in.jsonl:1: empty document in field "text"`},
		{"blank text", `{"text":" \n\t"}`, `in.jsonl:1: empty document in field "text"`},
		{"NUL in text", `{"text":"a\u0000b"}`, `in.jsonl:1: binary data (NUL byte at offset 1) in field "text"`},
		{"bad date", `{"text":"x","published":"12/03/2025"}`, `in.jsonl:1: field "published": date "12/03/2025"`},
		{"impossible date", `{"text":"x","published":"2025-02-30"}`, `in.jsonl:1: field "published": date "2025-02-30"`},
		{"boolean title", `{"text":"x","title":true}`, `in.jsonl:1: field "title": not a string (a boolean)`},
		{"array id", `{"text":"x","id":[1]}`, `in.jsonl:1: field "id": not a string (an array)`},
		{"trailing garbage", `{"text":"x"} {}`, "in.jsonl:1: invalid JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := collect(t, tc.line+"\n", 0)
			if len(got) != 1 || !strings.HasPrefix(got[0].err, tc.want) {
				t.Errorf("got %+v, want one error starting %q", got, tc.want)
			}
		})
	}
}

func TestReadStream(t *testing.T) {
	long := `{"text":"` + strings.Repeat("x", 200) + `"}`
	in := "\n" + // blank lines are skipped but counted
		`{"text":"one"}` + "\r\n" +
		"  \t\n" +
		long + "\n" +
		"{bad\n" +
		`{"text":"last, no newline"}`
	got := collect(t, in, 100)
	want := []string{"in.jsonl:2 one", "error in.jsonl:4: line longer than 100 bytes", "error in.jsonl:5: invalid JSON", "in.jsonl:6 last, no newline"}
	if len(got) != len(want) {
		t.Fatalf("got %d results %+v, want %d", len(got), got, len(want))
	}
	for i, r := range got {
		s := r.d.Origin + " " + r.d.Text
		if r.err != "" {
			s = "error " + r.err
		}
		if !strings.HasPrefix(s, want[i]) {
			t.Errorf("result %d = %q, want prefix %q", i, s, want[i])
		}
	}
}

func TestReadBOM(t *testing.T) {
	got := collect(t, "\ufeff{\"text\":\"a\"}\n\ufeff{\"text\":\"b\"}\n", 0)
	if len(got) != 2 || got[0].d.Text != "a" || !strings.HasPrefix(got[1].err, "in.jsonl:2: invalid JSON") {
		t.Errorf("got %+v; want line 1 read past its byte order mark, line 2 an error", got)
	}
}

func TestReadLineLimitExact(t *testing.T) {
	line := `{"text":"abc"}` // 14 bytes
	for _, tc := range []struct {
		max   int
		nl    string
		isErr bool
	}{{14, "\n", false}, {14, "\r\n", false}, {14, "", false}, {13, "\n", true}, {13, "", true}, {1, "\r\n", true}} {
		got := collect(t, line+tc.nl, tc.max)
		if len(got) != 1 || (got[0].err != "") != tc.isErr {
			t.Errorf("max %d, newline %q: got %+v, want error %v", tc.max, tc.nl, got, tc.isErr)
		}
	}
}

func TestReadLongLineSmallBuffer(t *testing.T) {
	// Lines far longer than the reader's buffer, both kept and dropped.
	text := strings.Repeat("word ", 40000) + "end."
	in := `{"text":"` + text + `"}` + "\n" + `{"text":"` + text + text + `"}` + "\n" + `{"text":"after"}`
	got := collect(t, in, len(text)+20)
	if len(got) != 3 || got[0].d.Text != text || got[1].err == "" || got[2].d.Text != "after" {
		t.Errorf("unexpected results: %d", len(got))
	}
}

func TestReadStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Read("in.jsonl", strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), 0, func(doc.Document, error) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err = %v after %d calls, want stop after 1", err, calls)
	}
}

func TestReadReaderError(t *testing.T) {
	r := io.MultiReader(strings.NewReader("{\"text\":\"a\"}\n"), iotest.ErrReader(errors.New("disk gone")))
	var n int
	err := Read("in.jsonl", r, 0, func(doc.Document, error) error { n++; return nil })
	if err == nil || !strings.Contains(err.Error(), "in.jsonl:2: read: disk gone") || n != 1 {
		t.Errorf("err = %v after %d docs", err, n)
	}
}

func ExampleRead() {
	in := strings.NewReader(`{"id":"x1","text":"MOSCOW (Reuters) - Talks resumed.","published":"2025-03-12T09:00:00Z"}
{"id":"x2"}
`)
	_ = Read("batch.jsonl", in, 1<<20, func(d doc.Document, err error) error {
		if err != nil {
			fmt.Println("error:", err)
			return nil
		}
		fmt.Println(d.ID, d.Published, d.Source, d.Dateline.Place)
		return nil
	})
	// Output:
	// x1 2025-03-12 Reuters Moscow
	// error: batch.jsonl:2: field "text" is missing
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Rain fell.","published":"2025-03-12"}`,
		"{\"text\":\"OSLO (AFP) - Talks.\"}\n\n{\"text\":\"b\"}\r\n",
		`{"text":"\ud83d\ude00 \ud800"}`,
		`{"text":"a\\ud800"}`,
		"{\"text\":\"caf\xe9\"}",
		`{"text":42}`,
		`[1,2]`,
		`{"text":"x","published":"2025-02-30T00:00:00Z"}`,
		"\n\n\n",
	} {
		f.Add(s, 64)
	}
	f.Fuzz(func(t *testing.T, in string, maxLine int) {
		lines := strings.Count(in, "\n") + 1
		calls := 0
		err := Read("f.jsonl", strings.NewReader(in), maxLine, func(d doc.Document, err error) error {
			calls++
			if err != nil {
				if !strings.HasPrefix(err.Error(), "f.jsonl:") {
					t.Fatalf("error does not name the input: %v", err)
				}
				return nil
			}
			if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
				t.Fatalf("bad text %q", d.Text)
			}
			// The text must be what encoding/json makes of the line, which
			// for the lines accepted involves no replacement.
			var n int
			fmt.Sscanf(strings.TrimPrefix(d.Origin, "f.jsonl:"), "%d", &n)
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(strings.Split(in, "\n")[n-1]), &rec); err != nil || rec.Text != d.Text {
				t.Fatalf("text %q, encoding/json gives %q (%v)", d.Text, rec.Text, err)
			}
			if !strings.HasPrefix(d.Origin, "f.jsonl:") {
				t.Fatalf("origin %q does not name the input and line", d.Origin)
			}
			if dl := d.Dateline; dl != nil && (dl.Start < 0 || dl.Start > dl.End || dl.End > len(d.Text)) {
				t.Fatalf("dateline span [%d,%d) outside text", dl.Start, dl.End)
			}
			if d.Published != "" && len(d.Published) != 10 {
				t.Fatalf("published %q", d.Published)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if calls > lines {
			t.Fatalf("%d callbacks for %d lines", calls, lines)
		}
	})
}

// BenchmarkReadCorpus reads the shared news corpus in JSON Lines form.
func BenchmarkReadCorpus(b *testing.B) {
	data, err := os.ReadFile(shared.Path(b, "news-corpus/bbc.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := Read("bbc.jsonl", bytes.NewReader(data), 1<<20, func(d doc.Document, err error) error {
			if err != nil {
				return err
			}
			n++
			return nil
		})
		if err != nil || n == 0 {
			b.Fatalf("%d docs, %v", n, err)
		}
	}
}
