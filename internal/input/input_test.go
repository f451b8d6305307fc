package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"parley/internal/doc"
	"parley/internal/fetch"
)

// The fake readers below stand in for the real ones so that these tests
// check resolution (which reader, in which order, with which ID, origin and
// URL) independently of how the readers parse. Each marks the documents it
// makes with its name in Source.

func fakePlain(origin string, data []byte) (doc.Document, error) {
	if bytes.HasPrefix(data, []byte("FAIL")) {
		return doc.Document{}, errors.New("plain reader refused it")
	}
	return doc.Document{Source: "plain", Text: string(data)}, nil
}

func fakeHTML(origin string, data []byte, pageURL string) (doc.Document, error) {
	return doc.Document{Source: "html", Text: string(data)}, nil
}

// fakeFeed makes a document of every line starting with "<item>" (or
// "item:" in JSON), and an error of every line starting with "<bad>".
func fakeFeed(origin string, data []byte) (docs []doc.Document, errs []error) {
	for l := range bytes.Lines(data) {
		l = bytes.TrimSpace(l)
		switch {
		case bytes.HasPrefix(l, []byte("<item>")):
			docs = append(docs, doc.Document{Source: "feed", Text: string(l[len("<item>"):])})
		case bytes.HasPrefix(l, []byte(`"item:`)):
			docs = append(docs, doc.Document{Source: "feed", Text: string(bytes.Trim(l[len(`"item:`):], `",`))})
		case bytes.HasPrefix(l, []byte("<bad>")):
			errs = append(errs, fmt.Errorf("%s: item: %s", origin, l[len("<bad>"):]))
		}
	}
	return docs, errs
}

// fakeJSONL decodes {"id","text"} lines, names origin:line in errors and,
// like the real reader, fails a line over maxLine bytes on its own.
func fakeJSONL(origin string, r io.Reader, maxLine int, fn func(doc.Document, error) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec struct{ ID, Text string }
		var err error
		if len(line) > maxLine {
			err = fmt.Errorf("%s:%d: line longer than %d bytes", origin, n, maxLine)
		} else if e := json.Unmarshal(line, &rec); e != nil {
			err = fmt.Errorf("%s:%d: %v", origin, n, e)
		}
		d := doc.Document{ID: rec.ID, Source: "jsonl", Text: rec.Text, Origin: fmt.Sprintf("%s:%d", origin, n)}
		if err != nil {
			d = doc.Document{}
		}
		if ferr := fn(d, err); ferr != nil {
			return ferr
		}
	}
	return sc.Err()
}

var fakes = readers{plain: fakePlain, html: fakeHTML, feed: fakeFeed, jsonl: fakeJSONL}

// got is one Item reduced to what the tests compare.
type got struct {
	reader, id, origin, url, text string
	err                           string
}

func (g got) String() string {
	if g.err != "" {
		return "ERR " + g.err
	}
	return fmt.Sprintf("%s id=%s origin=%s url=%s text=%q", g.reader, g.id, g.origin, g.url, g.text)
}

// collect walks args with the fake readers and returns the items.
func collect(t *testing.T, args []string, opt Options) ([]got, []Item) {
	t.Helper()
	var out []got
	var items []Item
	err := walk(context.Background(), args, opt, fakes, func(it Item) error {
		if (it.Err == nil) == (it.Doc.Text == "" && it.Doc.ID == "") {
			t.Errorf("item has both or neither of Doc and Err: %+v", it)
		}
		items = append(items, it)
		if it.Err != nil {
			out = append(out, got{err: it.Err.Error()})
			return nil
		}
		d := it.Doc
		out = append(out, got{reader: d.Source, id: d.ID, origin: d.Origin, url: d.URL, text: d.Text})
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return out, items
}

// tree writes files (path -> content) under a new temp dir.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func compare(t *testing.T, gotItems []got, want []string) {
	t.Helper()
	var g []string
	for _, x := range gotItems {
		g = append(g, x.String())
	}
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkDirectory(t *testing.T) {
	root := tree(t, map[string]string{
		"news/01-note.txt":      "The council met on Monday.",
		"news/02-page.HTML":     "<html><body><p>A page.</p></body></html>",
		"news/03-feed.xml":      "<?xml version=\"1.0\"?>\n<rss>\n<item>First item.\n<item>Second item.\n</rss>\n",
		"news/04-page.xml":      "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>X.</p></html>",
		"news/05-feed.json":     "{\"version\": \"https://jsonfeed.org/version/1.1\",\n\"items\": [\n\"item:JSON feed item.\"\n]}",
		"news/06-record.json":   "{\n  \"id\": \"\",\n  \"text\": \"Pretty  record.\"\n}\n",
		"news/07-array.json":    "[{\"id\": \"r1\", \"text\": \"One.\"}, {\"text\": \"Two.\"}]",
		"news/08-lines.ndjson":  "{\"id\":\"l1\",\"text\":\"Line one.\"}\n\n{\"text\":\"Line three.\"}\n",
		"news/09-lines.jsonl":   "{\"id\":\"x\",\"text\":\"Only.\"}\n",
		"news/README":           "not read: no known extension",
		"news/photo.png":        "not read either",
		"news/.hidden.txt":      "hidden file, skipped",
		"news/.cache/old.txt":   "hidden dir, skipped",
		"news/sub/a.text":       "Nested text.",
		"news/sub/b.htm":        "<p>Nested page.</p>",
		"news/sub/deeper/c.txt": "Deepest.",
		"news/zz.atom":          "<feed>\n<item>Atom item.\n</feed>",
		"news/Z-upper.txt":      "Upper case sorts before lower case.",
	})
	dir := filepath.Join(root, "news")
	p := func(rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }
	items, _ := collect(t, []string{dir}, Options{})
	want := []string{
		`plain id=01-note origin=` + p("01-note.txt") + ` url= text="The council met on Monday."`,
		`html id=02-page origin=` + p("02-page.HTML") + ` url= text="<html><body><p>A page.</p></body></html>"`,
		`feed id=` + ContentID("First item.") + ` origin=` + p("03-feed.xml") + ` url= text="First item."`,
		`feed id=` + ContentID("Second item.") + ` origin=` + p("03-feed.xml") + ` url= text="Second item."`,
		`html id=04-page origin=` + p("04-page.xml") + ` url= text="<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>X.</p></html>"`,
		`feed id=` + ContentID("JSON feed item.") + ` origin=` + p("05-feed.json") + ` url= text="JSON feed item."`,
		// A single pretty-printed record takes the file's stem.
		`jsonl id=06-record origin=` + p("06-record.json") + `:1 url= text="Pretty  record."`,
		`jsonl id=r1 origin=` + p("07-array.json") + `:1 url= text="One."`,
		`jsonl id=` + ContentID("Two.") + ` origin=` + p("07-array.json") + `:2 url= text="Two."`,
		`jsonl id=l1 origin=` + p("08-lines.ndjson") + `:1 url= text="Line one."`,
		`jsonl id=` + ContentID("Line three.") + ` origin=` + p("08-lines.ndjson") + `:3 url= text="Line three."`,
		`jsonl id=x origin=` + p("09-lines.jsonl") + `:1 url= text="Only."`,
		// Byte order puts "Z-upper.txt" after the digits, before "sub".
		`plain id=Z-upper origin=` + p("Z-upper.txt") + ` url= text="Upper case sorts before lower case."`,
		// Below the directory given, IDs are relative paths: a/x.txt and
		// b/x.txt must not collide.
		`plain id=sub/a origin=` + p("sub/a.text") + ` url= text="Nested text."`,
		`html id=sub/b origin=` + p("sub/b.htm") + ` url= text="<p>Nested page.</p>"`,
		`plain id=sub/deeper/c origin=` + p("sub/deeper/c.txt") + ` url= text="Deepest."`,
		`feed id=` + ContentID("Atom item.") + ` origin=` + p("zz.atom") + ` url= text="Atom item."`,
	}
	compare(t, items, want)

	// Walking again gives the same items in the same order.
	again, _ := collect(t, []string{dir}, Options{})
	compare(t, again, want)
}

func TestWalkArgsInOrder(t *testing.T) {
	root := tree(t, map[string]string{
		"b.txt":       "Bee.",
		"a.txt":       "Ay.",
		"d/c.txt":     "Sea.",
		"notes.md":    "Markdown named explicitly is read.",
		".dotted.txt": "A hidden file named explicitly is read.",
	})
	j := func(s string) string { return filepath.Join(root, s) }
	items, _ := collect(t, []string{j("b.txt"), j("d"), j("a.txt"), j("notes.md"), j(".dotted.txt"), j("b.txt")}, Options{})
	var ids []string
	for _, it := range items {
		ids = append(ids, it.id)
	}
	if got, want := strings.Join(ids, ","), "b,c,a,notes,.dotted,b"; got != want {
		t.Errorf("ids = %s, want %s", got, want)
	}
}

func TestExplicitFileSniffed(t *testing.T) {
	tests := []struct {
		name, content, reader string
	}{
		{"story.md", "The council met.", "plain"},
		{"page.out", "<!DOCTYPE html><p>x</p>", "html"},
		{"feed.dat", "<rss>\n<item>An item.\n</rss>", "feed"},
		{"records.log", "{\"id\":\"q\",\"text\":\"Streamed.\"}\n", "jsonl"},
		{"noext", "Just words.", "plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := tree(t, map[string]string{tt.name: tt.content})
			items, _ := collect(t, []string{filepath.Join(root, tt.name)}, Options{})
			if len(items) != 1 || items[0].reader != tt.reader {
				t.Errorf("items = %v, want one from the %s reader", items, tt.reader)
			}
		})
	}
}

func TestBadInputsContinue(t *testing.T) {
	root := tree(t, map[string]string{
		"empty.txt":   "",
		"blank.txt":   " \n\t\n",
		"nul.txt":     "Looks like text\x00but is not.",
		"nul.dat":     "\x00\x01\x02",
		"utf16.txt":   "\xff\xfeT\x00h\x00e\x00",
		"long.md":     strings.Repeat("word ", 30), // over the small cap below, sniffed
		"refuse.txt":  "FAIL the plain reader",
		"feed.rss":    "<rss>\n<item>Good item.\n<bad>no title or text\n</rss>",
		"nofeed.rss":  "<rss></rss>",
		"broken.json": "{\n  \"text\": \"unterminated\n}",
		"lines.jsonl": "{\"text\":\"Fine.\"}\nnot json\n{\"text\":\"Also fine.\"}\n",
		"empty.json":  "[]",
		"ok.txt":      "Still read after all the failures.",
	})
	j := func(s string) string { return filepath.Join(root, s) }
	// A sparse 100 MB file costs no disk and no time to create, and must be
	// refused from its size alone.
	big := j("big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 100_000_000); err != nil {
		t.Fatal(err)
	}
	args := []string{j("missing.txt"), j("empty.txt"), j("blank.txt"), big, j("nul.txt"), j("nul.dat"), j("utf16.txt"),
		j("long.md"), j("refuse.txt"), j("feed.rss"), j("nofeed.rss"), j("broken.json"), j("lines.jsonl"), j("empty.json"), j("ok.txt")}
	_, items := collect(t, args, Options{MaxDocBytes: 100})

	type check struct {
		input string
		is    error  // errors.Is target, or nil
		text  string // substring of the message, or the doc's text
		doc   bool
	}
	want := []check{
		{j("missing.txt"), fs.ErrNotExist, "no such file or directory", false},
		{j("empty.txt"), ErrEmpty, "empty", false},
		{j("blank.txt"), ErrEmpty, "empty", false},
		{big, ErrTooLarge, "95.4 MiB, over the 100 bytes limit", false},
		{j("nul.txt"), ErrBinary, "NUL byte at offset 15", false},
		{j("nul.dat"), ErrBinary, "NUL byte at offset 0", false},
		{j("utf16.txt"), ErrBinary, "UTF-16", false},
		{j("long.md"), ErrTooLarge, "over the 100 bytes limit", false},
		{j("refuse.txt"), nil, "plain reader refused it", false},
		{"", nil, "Good item.", true},
		{j("feed.rss"), nil, "item: no title or text", false},
		{j("nofeed.rss"), nil, "the feed has no items", false},
		{j("broken.json"), nil, "invalid JSON at byte", false},
		{"", nil, "Fine.", true},
		{j("lines.jsonl"), nil, j("lines.jsonl") + ":2: invalid character", false},
		{"", nil, "Also fine.", true},
		{j("empty.json"), ErrEmpty, "empty JSON array", false},
		{"", nil, "Still read after all the failures.", true},
	}
	if len(items) != len(want) {
		for _, it := range items {
			t.Logf("item: %+v", it)
		}
		t.Fatalf("got %d items, want %d", len(items), len(want))
	}
	for i, w := range want {
		it := items[i]
		if w.doc {
			if it.Err != nil || it.Doc.Text != w.text {
				t.Errorf("item %d = %+v, want document %q", i, it, w.text)
			}
			continue
		}
		if it.Err == nil {
			t.Errorf("item %d = document %q, want an error for %s", i, it.Doc.Text, w.input)
			continue
		}
		msg := it.Err.Error()
		if !strings.HasPrefix(msg, w.input+": ") && !strings.HasPrefix(msg, w.input+":") {
			t.Errorf("item %d error %q does not start with the input %s", i, msg, w.input)
		}
		if strings.Count(msg, w.input) != 1 {
			t.Errorf("item %d error %q names the input more than once", i, msg)
		}
		if !strings.Contains(msg, w.text) {
			t.Errorf("item %d error %q, want it to contain %q", i, msg, w.text)
		}
		if w.is != nil && !errors.Is(it.Err, w.is) {
			t.Errorf("item %d error %v is not %v", i, it.Err, w.is)
		}
		var ie *Error
		if !errors.As(it.Err, &ie) || ie.Input != w.input {
			t.Errorf("item %d error %#v is not an *Error for %s", i, it.Err, w.input)
		}
	}
}

func TestSizeLimitExact(t *testing.T) {
	for _, n := range []int{99, 100, 101} {
		content := strings.Repeat("a", n)
		root := tree(t, map[string]string{"x.txt": content, "x.md": content})
		for _, name := range []string{"x.txt", "x.md"} {
			items, _ := collect(t, []string{filepath.Join(root, name)}, Options{MaxDocBytes: 100})
			ok := len(items) == 1 && items[0].err == ""
			if ok != (n <= 100) {
				t.Errorf("%s of %d bytes with a 100-byte cap: %v", name, n, items)
			}
		}
		items, _ := collect(t, []string{"-"}, Options{MaxDocBytes: 100, Stdin: strings.NewReader(content)})
		if ok := len(items) == 1 && items[0].err == ""; ok != (n <= 100) {
			t.Errorf("stdin of %d bytes with a 100-byte cap: %v", n, items)
		}
	}
}

func TestJSONLinesStreamedPastCap(t *testing.T) {
	// A JSON Lines input far larger than the cap is fine as long as each
	// line fits: it is streamed, not read whole.
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "{\"id\":\"n%d\",\"text\":\"Record number %d.\"}\n", i, i)
	}
	fmt.Fprintf(&b, "{\"text\":\"%s\"}\n", strings.Repeat("z", 300)) // one line over the cap
	fmt.Fprintf(&b, "{\"id\":\"last\",\"text\":\"After the long line.\"}\n")
	root := tree(t, map[string]string{"big.jsonl": b.String()})
	for _, args := range [][]string{{filepath.Join(root, "big.jsonl")}, {"-"}} {
		items, _ := collect(t, args, Options{MaxDocBytes: 256, Stdin: strings.NewReader(b.String())})
		if len(items) != 202 {
			t.Fatalf("%v: got %d items, want 202", args, len(items))
		}
		if items[199].id != "n199" || items[200].err == "" || items[201].id != "last" {
			t.Errorf("%v: items 199-201 = %v, %v, %v", args, items[199], items[200], items[201])
		}
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"text", "Talks resumed.", []string{`plain id=` + ContentID("Talks resumed.") + ` origin=- url= text="Talks resumed."`}},
		{"html", "<!doctype html><p>Hi</p>", []string{`html id=` + ContentID("<!doctype html><p>Hi</p>") + ` origin=- url= text="<!doctype html><p>Hi</p>"`}},
		{"jsonl", "{\"id\":\"s1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", []string{
			`jsonl id=s1 origin=-:1 url= text="One."`,
			`jsonl id=` + ContentID("Two.") + ` origin=-:2 url= text="Two."`,
		}},
		{"pretty json", "{\n \"text\": \"Pretty.\"\n}", []string{`jsonl id=` + ContentID("Pretty.") + ` origin=-:1 url= text="Pretty."`}},
		{"empty", "", []string{"ERR -: empty input"}},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00", []string{"ERR -: binary data, not text (NUL byte at offset 7)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, _ := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
			compare(t, items, tt.want)
		})
	}
}

func TestReadError(t *testing.T) {
	boom := errors.New("device on fire")
	items, _ := collect(t, []string{"-", "-"}, Options{Stdin: iotest.ErrReader(boom)})
	compare(t, items, []string{"ERR -: device on fire", "ERR -: device on fire"})
	// An error in the middle of a JSON Lines stream is reported once, after
	// the records read before it. (An error within the first bytes, which
	// are read to sniff the format, fails the input at once, as above.)
	before := strings.Repeat("{\"text\":\"Before.\"}\n", 600)
	r := io.MultiReader(strings.NewReader(before), iotest.ErrReader(boom))
	got, _ := collect(t, []string{"-"}, Options{Stdin: r})
	if len(got) != 601 || got[599].text != "Before." || got[600].err != "-: device on fire" {
		t.Errorf("got %d items ending %v, want 600 records and the read error", len(got), got[len(got)-2:])
	}
}

func TestSymlinks(t *testing.T) {
	root := tree(t, map[string]string{
		"d/a.txt":      "Real file.",
		"elsewhere.md": "Target with an unknown extension.",
	})
	d := filepath.Join(root, "d")
	links := map[string]string{
		filepath.Join(d, "loop"):     d,                                   // a cycle back up
		filepath.Join(d, "b.txt"):    filepath.Join(root, "elsewhere.md"), // link to a file
		filepath.Join(d, "dead.txt"): filepath.Join(root, "nothing-here"), // dangling
		filepath.Join(d, "dead.bin"): filepath.Join(root, "nothing-here"), // dangling, unknown ext
	}
	for link, target := range links {
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("symlinks not available: %v", err)
		}
	}
	items, _ := collect(t, []string{d}, Options{})
	var s []string
	for _, it := range items {
		if it.err != "" {
			s = append(s, "ERR "+it.err)
		} else {
			s = append(s, it.id)
		}
	}
	want := "a,b,ERR " + filepath.Join(d, "dead.txt") + ": no such file or directory"
	if strings.Join(s, ",") != want {
		t.Errorf("got %s\nwant %s", strings.Join(s, ","), want)
	}
}

func TestFnErrorStops(t *testing.T) {
	root := tree(t, map[string]string{
		"a.txt":     "One.",
		"b.jsonl":   "{\"text\":\"Two.\"}\n{\"text\":\"Three.\"}\n{\"text\":\"Four.\"}\n",
		"c.rss":     "<rss>\n<item>Five.\n<item>Six.\n</rss>",
		"d.txt":     "Seven.",
		"e-missing": "",
	})
	stop := errors.New("enough")
	for _, limit := range []int{1, 2, 3, 5, 6, 7} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			n := 0
			err := walk(context.Background(), []string{root, filepath.Join(root, "nope.txt")}, Options{}, fakes, func(it Item) error {
				n++
				if n == limit {
					return stop
				}
				return nil
			})
			if !errors.Is(err, stop) || n != limit {
				t.Errorf("Walk returned %v after %d calls, want %v after %d", err, n, stop, limit)
			}
		})
	}
}

func TestContextCanceled(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "One.", "b.txt": "Two.", "c.jsonl": "{\"text\":\"x\"}\n{\"text\":\"y\"}\n"})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := walk(ctx, []string{root}, Options{}, fakes, func(it Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("Walk returned %v after %d items, want context.Canceled after 1", err, n)
	}
}

func TestURLs(t *testing.T) {
	pages := map[string]struct{ ctype, body string }{
		"/page":    {"text/html; charset=utf-8", "<html><body>Page.</body></html>"},
		"/feed":    {"application/rss+xml", "<rss>\n<item>Fed.\n</rss>"},
		"/xmlfeed": {"text/xml", "<?xml version=\"1.0\"?><rss>\n<item>XML fed.\n</rss>"},
		"/jsonl":   {"application/x-ndjson", "{\"id\":\"u1\",\"text\":\"Lined.\"}\n"},
		"/sniffed": {"text/plain", "{\"text\":\"Sniffed.\"}\n"},
		"/none":    {"", "Untyped words."},
		"/jf":      {"application/json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\n\"item:JSON fed.\"\n}"},
		"/img":     {"image/png", "\x89PNG\r\n\x1a\n"},
		"/octet":   {"application/octet-stream", "\x00\x00binary"},
		"/empty":   {"text/plain", ""},
	}
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/page", http.StatusMovedPermanently)
			return
		}
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header()["Content-Type"] = []string{p.ctype} // even "", to stop Go sniffing
		fmt.Fprint(w, p.body)
	}))
	defer s.Close()
	u := func(p string) string { return s.URL + p }
	args := []string{u("/old"), u("/feed"), u("/xmlfeed"), u("/jsonl"), u("/sniffed"), u("/none"), u("/jf"),
		u("/img"), u("/octet"), u("/empty"), u("/missing"), "ftp://example.invalid/x"}
	items, _ := collect(t, args, Options{AllowPrivate: true})
	want := []string{
		`html id=` + ContentID("<html><body>Page.</body></html>") + ` origin=` + u("/old") + ` url=` + u("/page") + ` text="<html><body>Page.</body></html>"`,
		`feed id=` + ContentID("Fed.") + ` origin=` + u("/feed") + ` url=` + u("/feed") + ` text="Fed."`,
		`feed id=` + ContentID("XML fed.") + ` origin=` + u("/xmlfeed") + ` url=` + u("/xmlfeed") + ` text="XML fed."`,
		`jsonl id=u1 origin=` + u("/jsonl") + `:1 url=` + u("/jsonl") + ` text="Lined."`,
		`jsonl id=` + ContentID("Sniffed.") + ` origin=` + u("/sniffed") + `:1 url=` + u("/sniffed") + ` text="Sniffed."`,
		`plain id=` + ContentID("Untyped words.") + ` origin=` + u("/none") + ` url=` + u("/none") + ` text="Untyped words."`,
		`feed id=` + ContentID("JSON fed.") + ` origin=` + u("/jf") + ` url=` + u("/jf") + ` text="JSON fed."`,
		`ERR ` + u("/img") + `: unsupported content type "image/png"`,
		`ERR ` + u("/octet") + `: binary data, not text (NUL byte at offset 0)`,
		`ERR ` + u("/empty") + `: empty input: the response is empty`,
		`ERR ` + u("/missing") + `: HTTP status 404 Not Found`,
		`ERR ftp://example.invalid/x: unsupported URL scheme "ftp" (want http or https)`,
	}
	compare(t, items, want)

	// Without AllowPrivate the loopback server is refused, and Walk goes on.
	root := tree(t, map[string]string{"after.txt": "After the refusal."})
	items, _ = collect(t, []string{u("/page"), filepath.Join(root, "after.txt")}, Options{})
	compare(t, items, []string{
		`ERR ` + u("/page") + `: refusing loopback address 127.0.0.1 (use --allow-private to allow)`,
		`plain id=after origin=` + filepath.Join(root, "after.txt") + ` url= text="After the refusal."`,
	})

	// The fetch cap follows MaxDocBytes when it is the smaller.
	items, _ = collect(t, []string{u("/page")}, Options{AllowPrivate: true, MaxDocBytes: 10})
	if len(items) != 1 || !strings.Contains(items[0].err, "over the 10 bytes limit") {
		t.Errorf("items = %v, want one size error", items)
	}
	_ = fetch.DefaultMaxBytes
}

func TestContentFormat(t *testing.T) {
	tests := []struct {
		ctype, head string
		want        Format
		err         bool
	}{
		{"text/html", "{}", HTML, false},
		{"TEXT/HTML; charset=ISO-8859-1", "", HTML, false},
		{"application/xhtml+xml", "", HTML, false},
		{"application/atom+xml", "", Feed, false},
		{"application/feed+json", "", Feed, false},
		{"application/x-rss+xml", "<rss>", Feed, false},
		{"application/ld+json", "[{}]", JSON, false},
		{"application/xml", "<html>", HTML, false},
		{"application/xml", "<rss>", Feed, false},
		{"application/json", "{\"a\":1}\n{\"a\":2}", JSONLines, false},
		{"application/json", "[{\"a\":1}]", JSON, false},
		{"text/plain", "Words.", Text, false},
		{"text/plain", "<rss>", Feed, false},
		{"", "", Text, false},
		{"application/pdf", "%PDF", Unknown, true},
		{"video/mp4", "", Unknown, true},
		{"application/vnd.ms-excel", "", Unknown, true},
	}
	for _, tt := range tests {
		f, err := contentFormat(tt.ctype, []byte(tt.head))
		if f != tt.want || (err != nil) != tt.err {
			t.Errorf("contentFormat(%q, %q) = %v, %v; want %v, error %v", tt.ctype, tt.head, f, err, tt.want, tt.err)
		}
	}
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		arg  string
		want bool
	}{
		{"http://example.invalid/a", true},
		{"HTTPS://EXAMPLE.INVALID", true},
		{"ftp://x/y", true}, // refused later, by fetch, with a clear message
		{"svn+ssh://x", true},
		{"http://", true},
		{"notes/a.txt", false},
		{"-", false},
		{"://x", false},
		{"1http://x", false},
		{"dir with :// inside/a.txt", false},
		{"C:\\news\\a.txt", false},
	}
	for _, tt := range tests {
		if got := isURL(tt.arg); got != tt.want {
			t.Errorf("isURL(%q) = %v, want %v", tt.arg, got, tt.want)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{"a.txt", errors.New("empty input")}, "a.txt: empty input"},
		{Error{"a.jsonl", errors.New("a.jsonl:3: bad JSON")}, "a.jsonl:3: bad JSON"},
		{Error{"a.rss", errors.New("a.rss: item 2: no text")}, "a.rss: item 2: no text"},
		{Error{"a.rss", errors.New(`a.rss#2 ("Title"): item has no text`)}, `a.rss#2 ("Title"): item has no text`},
		{Error{"a", errors.New("ab: x")}, "a: ab: x"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestContentID(t *testing.T) {
	a, b := ContentID("Talks resumed."), ContentID("Talks resumed!")
	if len(a) != 16 || strings.Trim(a, "0123456789abcdef") != "" {
		t.Errorf("ContentID = %q, want 16 lower-case hex digits", a)
	}
	if a == b || a != ContentID("Talks resumed.") {
		t.Errorf("ContentID must be a function of the text: %s %s", a, b)
	}
	// SHA-256("") starts e3b0c44298fc1c14, a published constant.
	if got := ContentID(""); got != "e3b0c44298fc1c14" {
		t.Errorf("ContentID(\"\") = %s", got)
	}
}

// FuzzWalkStdin feeds arbitrary bytes through "-" and checks that every
// input gives items with exactly one of Doc and Err, naming the input.
func FuzzWalkStdin(f *testing.F) {
	for _, s := range []string{"", "Words.", "<rss>\n<item>x\n</rss>", "{\"text\":\"x\"}\nbad\n", "{\n\"text\":\"x\"\n}", "[]", "[1]", "\x00", "<html>", " \n "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		n := 0
		err := walk(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(b), MaxDocBytes: 1 << 12}, fakes, func(it Item) error {
			n++
			if it.Err != nil {
				if it.Doc != (doc.Document{}) {
					t.Fatalf("item with both Doc and Err: %+v", it)
				}
				if !strings.HasPrefix(it.Err.Error(), "-") {
					t.Fatalf("error %q does not name the input", it.Err)
				}
				return nil
			}
			if it.Doc.ID == "" || it.Doc.Origin == "" {
				t.Fatalf("document without ID or Origin: %+v", it.Doc)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Walk: %v", err)
		}
		if n == 0 && len(bytes.TrimSpace(b)) == 0 {
			t.Fatalf("blank input gave no item")
		}
	})
}

func ExampleContentID() {
	fmt.Println(ContentID("Ministers met in Geneva."))
	// Output: 2e9e4e64dbb9588a
}
