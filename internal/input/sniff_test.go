package input

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Format
	}{
		{"empty", "", Unknown},
		{"blank", " \n\t ", Unknown},
		{"bom only", "\xef\xbb\xbf", Unknown},
		{"prose", "The council met on Monday.\nIt adjourned.", Text},
		{"prose with bom", "\xef\xbb\xbfThe council met.", Text},
		{"angle prose", "<<< Update >>> The council met.", Text},
		{"less than", "< 3 things to know about the vote", Text},
		{"doctype", "<!DOCTYPE html><html><body>x</body></html>", HTML},
		{"doctype lower", "  <!doctype HTML>\n<p>x", HTML},
		{"html root", "<html lang=\"en\"><head>", HTML},
		{"fragment", "<p>The council met.</p>", HTML},
		{"comment then html", "<!-- saved page -->\n<html>", HTML},
		{"xhtml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", HTML},
		{"xhtml no doctype", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", HTML},
		{"rss", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>", Feed},
		{"rss no prolog", "<rss version=\"2.0\">", Feed},
		{"rss after stylesheet", "<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><!-- c --><rss>", Feed},
		{"atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", Feed},
		{"rdf", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", Feed},
		{"prefixed atom", "<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", Feed},
		{"xml unknown root", "<?xml version=\"1.0\"?><urlset>", Feed},
		{"truncated comment with rss", "<?xml version=\"1.0\"?><!-- long comment <rss", Feed},
		{"truncated comment with body", "<!-- long comment ... <body>", HTML},
		{"json feed", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\"}", Feed},
		{"json feed pretty", "{\n  \"title\": \"t\",\n  \"version\" : \"https://jsonfeed.org/version/1\"\n}", Feed},
		{"json feed escaped", `{"version":"https:\/\/jsonfeed.org\/version\/1.1"}`, Feed},
		{"json feed http", `{"version":"http://jsonfeed.org/version/1"}`, Feed},
		{"version not json feed", `{"id":"a","version":"2","text":"jsonfeed.org"}`, JSONLines},
		{"jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n", JSONLines},
		{"jsonl one line no newline", `{"text":"x"}`, JSONLines},
		{"jsonl long first line", `{"text":"` + strings.Repeat("x", 9000), JSONLines},
		{"pretty object", "{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n", JSON},
		{"array", "[{\"text\":\"x\"}]", JSON},
		{"array pretty", "\n[\n  {\"text\": \"x\"}\n]", JSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff(%.40q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name string
		want Format
	}{
		{"a.txt", Text}, {"A.TXT", Text}, {"a.text", Text},
		{"a.html", HTML}, {"a.HTM", HTML},
		{"a.rss", Feed}, {"a.atom", Feed},
		{"a.jsonl", JSONLines}, {"a.ndjson", JSONLines},
		{"a.xml", Unknown}, {"a.json", Unknown}, // decided by content
		{"a.md", Unknown}, {"README", Unknown}, {"a.txt.gz", Unknown},
		{"dir.txt/file", Unknown},
	}
	for _, tt := range tests {
		if got := FormatOf(tt.name); got != tt.want {
			t.Errorf("FormatOf(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestRefine(t *testing.T) {
	tests := []struct {
		name, head string
		want       Format
	}{
		{"a.txt", "<html>", Text}, // the extension wins
		{"a.xml", "<rss>", Feed},
		{"a.xml", "<html>", HTML},
		{"a.xml", "plain words", Feed},
		{"a.json", `{"version":"https://jsonfeed.org/version/1"}`, Feed},
		{"a.json", "{\"text\":\"a\"}\n{\"text\":\"b\"}", JSONLines},
		{"a.json", "{\n\"text\":\"a\"\n}", JSON},
		{"a.json", "not json", JSON}, // the JSON reader explains
		{"notes", "The council met.", Text},
		{"", "<rss>", Feed},
	}
	for _, tt := range tests {
		if got := refine(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("refine(%q, %q) = %v, want %v", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestFormatString(t *testing.T) {
	for f, want := range map[Format]string{Unknown: "unknown", Text: "text", HTML: "html", Feed: "feed", JSONLines: "jsonl", JSON: "json", Format(-1): "unknown", Format(99): "unknown"} {
		if got := f.String(); got != want {
			t.Errorf("Format(%d).String() = %q, want %q", int(f), got, want)
		}
	}
}

func TestCompactJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		n        int
	}{
		{"object", "{\n  \"id\": \"a\",\n  \"text\": \"Two  spaces,\\ttab \\u00e9 and \\\"quotes\\\".\"\n}\n",
			"{\"id\":\"a\",\"text\":\"Two  spaces,\\ttab \\u00e9 and \\\"quotes\\\".\"}\n", 1},
		{"array", "[ {\"text\": \"one\"} ,\n {\"text\": \"two words\"} ]",
			"{\"text\":\"one\"}\n{\"text\":\"two words\"}\n", 2},
		{"empty array", "[]", "", 0},
		{"bom", "\xef\xbb\xbf{\"text\": \"x\"}", "{\"text\":\"x\"}\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n, err := compactJSON([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || n != tt.n {
				t.Errorf("compactJSON = %q, %d; want %q, %d", got, n, tt.want, tt.n)
			}
		})
	}
	for _, bad := range []string{"{", "[{}", "{\"a\":1} {\"b\":2}", "nope"} {
		if _, _, err := compactJSON([]byte(bad)); err == nil {
			t.Errorf("compactJSON(%q) succeeded, want an error", bad)
		}
	}
}

func TestBinaryAt(t *testing.T) {
	if i := binaryAt([]byte("plain")); i != -1 {
		t.Errorf("binaryAt(plain) = %d", i)
	}
	if i := binaryAt([]byte("ab\x00c")); i != 2 {
		t.Errorf("binaryAt = %d, want 2", i)
	}
	if err := checkBinary([]byte("\xff\xfeT\x00h\x00")); err == nil || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("checkBinary(UTF-16) = %v, want a UTF-16 hint", err)
	}
}

func FuzzSniff(f *testing.F) {
	for _, s := range []string{
		"", " ", "The council met.", "<html><body>x", "<!DOCTYPE html>", "<?xml version=\"1.0\"?><rss>",
		"<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<!-- c", "<?xml", "<!doctype", "<", "<a", "<:x>",
		"{\"version\":\"https://jsonfeed.org/version/1.1\"}", "{\"version\"", "{\"version\":", "{\"version\": \"http:\\/\\/jsonfeed.org",
		"{\"text\":\"x\"}\n{\"text\":\"y\"}", "{\n\"a\":1\n}", "[1,2]", "\xef\xbb\xbf<rss>", "\x00\x01binary",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got := Sniff(b)
		if got < Unknown || got > JSON {
			t.Fatalf("Sniff(%q) = %d, out of range", b, got)
		}
		if again := Sniff(b); again != got {
			t.Fatalf("Sniff(%q) not deterministic: %v then %v", b, got, again)
		}
		blank := len(trimSpace(bytes.TrimPrefix(b, bom))) == 0
		if (got == Unknown) != blank {
			t.Errorf("Sniff(%q) = %v; Unknown must mean blank (blank=%v)", b, got, blank)
		}
		if !bytes.HasPrefix(b, bom) {
			if s := Sniff(append([]byte("\xef\xbb\xbf \n"), b...)); s != got {
				t.Errorf("a BOM and white space changed Sniff(%q) from %v to %v", b, got, s)
			}
		}
		_ = refine("x.json", b)
		_ = refine("x.xml", b)
		if lines, n, err := compactJSON(b); err == nil {
			// Compacting must keep every document's value.
			var docs []json.RawMessage
			for l := range bytes.Lines(lines) {
				docs = append(docs, bytes.TrimSuffix(l, nl))
			}
			if len(docs) != n {
				t.Fatalf("compactJSON(%q) gave %d lines, reported %d", b, len(docs), n)
			}
			var want any
			if json.Unmarshal(trimSpace(bytes.TrimPrefix(b, bom)), &want) != nil {
				return // compactJSON is lenient about \f and \v around the value
			}
			if arr, ok := want.([]any); ok {
				for i, d := range docs {
					var v any
					if err := json.Unmarshal(d, &v); err != nil || !reflect.DeepEqual(v, arr[i]) {
						t.Fatalf("line %d of compactJSON(%q) = %s, want %v", i, b, d, arr[i])
					}
				}
			} else if n == 1 {
				var v any
				if err := json.Unmarshal(docs[0], &v); err != nil || !reflect.DeepEqual(v, want) {
					t.Fatalf("compactJSON(%q) = %s, changes the value", b, docs[0])
				}
			}
		}
	})
}

func ExampleSniff() {
	for _, s := range []string{
		"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">",
		"<!DOCTYPE html>\n<html>",
		`{"version": "https://jsonfeed.org/version/1.1", "items": []}`,
		"{\"id\": \"a\", \"text\": \"Talks began.\"}\n",
		"Talks began in Geneva on Monday.",
	} {
		fmt.Println(Sniff([]byte(s)))
	}
	// Output:
	// feed
	// html
	// feed
	// jsonl
	// text
}
