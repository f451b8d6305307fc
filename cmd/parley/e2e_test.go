package main

// End-to-end tests of the CLI as a demanding user drives it: hostile and
// huge inputs, URLs against a local server, an interrupted ingest that is
// resumed, help texts, and the one-line-per-failure rule on stderr. They run
// the CLI in-process (run) and only ever contact 127.0.0.1.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// e2eWrite writes data to dir/name and returns the path.
func e2eWrite(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// e2eIDs returns the ids of the analyses on stdout, in order, checking that
// stdout is valid JSON Lines in the contract's shape.
func e2eIDs(t *testing.T, out string) []string {
	t.Helper()
	var r []string
	for _, a := range analyses(t, out) {
		r = append(r, a.ID)
	}
	return r
}

// e2eCheckStderr checks that stderr is exactly one line per failure, each
// naming one of names (once), that no progress line was drawn (stderr is not
// a terminal here) and that nothing panicked.
func e2eCheckStderr(t *testing.T, stderr string, names ...string) {
	t.Helper()
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		t.Fatalf("panic:\n%s", stderr)
	}
	if strings.ContainsAny(stderr, "\r\x1b") {
		t.Errorf("progress line or escape codes on a stderr that is not a terminal: %q", stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if stderr == "" {
		lines = nil
	}
	if len(lines) != len(names) {
		t.Errorf("%d stderr lines, want %d (one per failed input %q):\n%s", len(lines), len(names), names, stderr)
	}
	for _, name := range names {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, name) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d stderr lines name %q, want 1:\n%s", n, name, stderr)
		}
	}
}

// --- huge and hostile files ---------------------------------------------

// A 100 MB file is refused at once, without being read into memory, whether
// its extension promises text or not; the other inputs go on.
func TestE2EHugeSparseFiles(t *testing.T) {
	dir := t.TempDir()
	good := e2eWrite(t, dir, "good.txt", []byte("The talks ended. Both sides left.\n"))
	var huge []string
	for _, name := range []string{"sparse.txt", "sparse.html", "sparse.xml", "sparse.dat"} {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(100 << 20); err != nil {
			t.Fatal(err)
		}
		f.Close()
		huge = append(huge, p)
	}
	start := time.Now()
	code, out, errs := parley(t, "", append(append([]string{"analyze"}, huge...), good)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got := strings.Join(e2eIDs(t, out), " "); got != "good" {
		t.Errorf("analysed %q, want only good", got)
	}
	e2eCheckStderr(t, errs, "sparse.txt", "sparse.html", "sparse.xml", "sparse.dat")
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		if !strings.Contains(l, "too large") && !strings.Contains(l, "binary") {
			t.Errorf("want too large or binary: %s", l)
		}
	}
	if strings.Contains(errs, "sparse.txt") && !regexp.MustCompile(`sparse\.txt: input too large: 100 MiB, over the 16 MiB limit`).MatchString(errs) {
		t.Errorf("sparse.txt: want the size and the limit in the message:\n%s", errs)
	}
	if d := time.Since(start); d > 10*time.Second { // generous: this checks behaviour, not speed
		t.Errorf("refusing four 100 MB files took %v: they should not be read", d)
	}
}

// e2eZeros is an endless stream of NUL bytes.
type e2eZeros struct{}

func (e2eZeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// 100 MB of NULs, or text over --max-mb, on stdin: refused (binary, or over
// the cap) without reading it all, with one line naming "-".
func TestE2EHugeStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"analyze", "-"}, io.LimitReader(e2eZeros{}, 100<<20), &out, &errb)
	if code != 1 || out.Len() != 0 {
		t.Errorf("NULs on stdin: exit %d, stdout %q", code, out.String())
	}
	e2eCheckStderr(t, errb.String(), "-: binary data")

	out.Reset()
	errb.Reset()
	text := strings.Repeat("The minister said the talks would go on. ", (3<<20)/42)
	code = run(context.Background(), []string{"analyze", "--max-mb", "2", "-"}, strings.NewReader(text), &out, &errb)
	if code != 1 || out.Len() != 0 {
		t.Errorf("3 MiB on stdin with --max-mb 2: exit %d, %d bytes on stdout", code, out.Len())
	}
	e2eCheckStderr(t, errb.String(), "-: input too large")
}

func TestE2EBinaryAndEncodings(t *testing.T) {
	dir := t.TempDir()
	utf16 := append([]byte{0xff, 0xfe}, []byte("T\x00a\x00l\x00k\x00s\x00.\x00")...)
	ctrl := bytes.Repeat([]byte{0x01, 0x02, 'a', 0x03, 0x1b, 0x7f, 0x04, 'b'}, 1000) // binary without NUL
	lateNUL := append([]byte("Good text here. "+strings.Repeat("a", 10000)), 0, 'x')
	files := []string{
		e2eWrite(t, dir, "utf16.txt", utf16),
		e2eWrite(t, dir, "ctrl.txt", ctrl),
		e2eWrite(t, dir, "latenul.txt", lateNUL),
		e2eWrite(t, dir, "bomonly.txt", []byte("\xef\xbb\xbf")),
		e2eWrite(t, dir, "cp1252.txt", []byte("\x93Quoted\x94 talks ended.\n")),
	}
	good := e2eWrite(t, dir, "bom.txt", []byte("\xef\xbb\xbfThe talks ended. Both sides left.\n"))
	code, out, errs := parley(t, "", append(append([]string{"analyze"}, files...), "/dev/null", good)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got := strings.Join(e2eIDs(t, out), " "); got != "bom" {
		t.Errorf("analysed %q, want bom", got)
	}
	e2eCheckStderr(t, errs, "utf16.txt", "ctrl.txt", "latenul.txt", "bomonly.txt", "cp1252.txt", "/dev/null")
	if !strings.Contains(errs, "UTF-16") {
		t.Errorf("a UTF-16 file should be named as such:\n%s", errs)
	}
}

// --- JSON Lines ---------------------------------------------------------

// A 20 MB line among good lines: that line is one error naming file:line,
// and the lines around it, including a last one without a newline, go on.
func TestE2EJSONLOverlongLine(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	b.WriteString(`{"id":"a","text":"First good doc. It has two sentences."}` + "\n")
	b.WriteString(`{"id":"huge","text":"`)
	b.WriteString(strings.Repeat("The talks went on. ", (20<<20)/19))
	b.WriteString("\"}\n")
	b.WriteString(`{"id":"b","text":"Second good doc."}` + "\n")
	b.WriteString(`{"id":"c","text":"No newline at the end."}`)
	p := e2eWrite(t, dir, "long.jsonl", b.Bytes())

	code, out, errs := parley(t, "", "analyze", p)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if got := strings.Join(e2eIDs(t, out), " "); got != "a b c" {
		t.Errorf("analysed %q, want a b c", got)
	}
	e2eCheckStderr(t, errs, "long.jsonl:2")

	// --max-mb sets the cap on one line (a smaller line keeps this fast).
	var small bytes.Buffer
	small.WriteString(`{"id":"a","text":"Good."}` + "\n" + `{"id":"big","text":"`)
	small.WriteString(strings.Repeat("The talks went on. ", (3<<19)/19)) // 1.5 MiB
	small.WriteString("\"}\n" + `{"id":"b","text":"Good too."}` + "\n")
	q := e2eWrite(t, dir, "small.jsonl", small.Bytes())
	code, out, errs = parley(t, "", "analyze", "--max-mb", "1", q)
	if got := strings.Join(e2eIDs(t, out), " "); code != 1 || got != "a b" {
		t.Errorf("--max-mb 1: exit %d, analysed %q", code, got)
	}
	e2eCheckStderr(t, errs, "small.jsonl:2")
	code, out, errs = parley(t, "", "analyze", "--max-mb", "2", q)
	if got := strings.Join(e2eIDs(t, out), " "); code != 0 || got != "a big b" {
		t.Errorf("--max-mb 2: exit %d, analysed %q: %s", code, got, errs)
	}
}

func TestE2EJSONLMalformedLines(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		"\xef\xbb\xbf" + `{"id":"ok1","text":"A BOM before the first line is fine."}`, // 1
		``,                     // 2: blank lines are skipped
		`   `,                  // 3
		`[1,2,3]`,              // 4: not an object
		`"just a string"`,      // 5
		`null`,                 // 6
		`{"id":"t","text":42}`, // 7: text not a string
		`{"id":"e","text":""}`, // 8: empty text
		`{"id":"two","text":"A."}{"id":"two2","text":"B."}`,                  // 9: two objects
		`{"id":"trail","text":"C."} garbage`,                                 // 10
		`{"id":"sur","text":"bad \ud800 surrogate"}`,                         // 11: lone surrogate
		`{"id":"nul","text":"has \u0000 nul"}`,                               // 12
		"{\"id\":\"rawnul\",\"text\":\"raw \x00 nul\"}",                      // 13
		`{"id":"crlf","text":"A Windows line."}` + "\r",                      // 14: CRLF is fine
		`{"id":"pub","text":"x.","published":"2025-13-45"}`,                  // 15: bad date
		`{"id":"ok2","text":"Fine too.","published":"2025-12-04T10:00:00Z"}`, // 16
		`{"id":"cut","text":"trunc`,                                          // 17: truncated, last line
	}
	p := e2eWrite(t, dir, "bad.jsonl", []byte(strings.Join(lines, "\n")))
	code, out, errs := parley(t, "", "analyze", "--workers", "2", p)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	as := analyses(t, out)
	var got []string
	for _, a := range as {
		got = append(got, a.ID)
	}
	if strings.Join(got, " ") != "ok1 crlf ok2" {
		t.Errorf("analysed %q, want ok1 crlf ok2", got)
	}
	for _, a := range as {
		if a.ID == "crlf" && a.Text != "A Windows line." {
			t.Errorf("crlf text = %q", a.Text)
		}
		if a.ID == "ok2" && a.Published != "2025-12-04" {
			t.Errorf("ok2 published = %q", a.Published)
		}
	}
	var names []string
	for _, n := range []int{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 17} {
		names = append(names, "bad.jsonl:"+strconv.Itoa(n)+":")
	}
	e2eCheckStderr(t, errs, names...)
}

// --- HTML and feeds -----------------------------------------------------

func TestE2EMalformedHTMLAndFeeds(t *testing.T) {
	dir := t.TempDir()
	w := func(name, s string) string { return e2eWrite(t, dir, name, []byte(s)) }
	bad := []string{
		w("deep.html", "<html><head><title>T</title></head><body>"+strings.Repeat("<div>", 100000)+"Deep text. More text."),
		w("scriptonly.html", `<html><body><script>var x = "only a script";</script></body></html>`),
		w("trunc.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>Alpha.</description></item><item><title>B</title><descr`),
		w("trunc.atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E1</title><content>Body.</content></entry><entry><title>E2`),
		w("noitems.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`),
		w("jfbad.json", `{"version":"https://jsonfeed.org/version/1.1","title":"JF","items":[{"id":"1","content_text":"One."},`),
		w("jftype.json", `{"version":"https://jsonfeed.org/version/1.1","title":"JF","items":"not an array"}`),
		w("empty.json", `[]`),
	}
	good := []string{
		// Unclosed tags are repaired by the HTML parser, as browsers do.
		w("unclosed.html", `<html><body><p>Unclosed <b>bold <i>italic <p>Another paragraph about talks in Geneva that went on for many hours and ended without agreement. <script>alert(1)</script><p>x`),
		// Entities are not expanded (no XXE, no billion laughs).
		w("xxe.xml", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>T</title><item><title>X</title><description>Talks &x; &b; ended.</description></item></channel></rss>`),
	}
	args := append(append([]string{"analyze", "--workers", "2"}, bad...), good...)
	code, out, errs := parley(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	as := analyses(t, out)
	if len(as) != 2 || as[0].ID != "unclosed" {
		t.Fatalf("want the two good documents, got %d: %s", len(as), out)
	}
	if strings.Contains(as[1].Text, "root:") || len(as[1].Text) > 100 {
		t.Errorf("xxe.xml: entities expanded: %q", as[1].Text)
	}
	e2eCheckStderr(t, errs, "deep.html", "scriptonly.html", "trunc.rss", "trunc.atom", "noitems.rss", "jfbad.json", "jftype.json", "empty.json")
}

// A feed item that cannot be read is one line naming the feed and the item,
// without repeating the file name.
func TestE2EFeedItemErrorNamesInputOnce(t *testing.T) {
	dir := t.TempDir()
	p := e2eWrite(t, dir, "items.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title></title></item><item><title>Good</title><description>Good body. Two.</description></item></channel></rss>`))
	code, out, errs := parley(t, "", "analyze", p)
	if code != 1 || len(analyses(t, out)) != 1 {
		t.Fatalf("exit %d, out %q", code, out)
	}
	e2eCheckStderr(t, errs, "items.rss#1")
	if n := strings.Count(errs, "items.rss"); n != 1 {
		t.Errorf("the feed is named %d times in %q, want once", n, errs)
	}
}

// --- directories and stdin ----------------------------------------------

func TestE2EDirectoryTree(t *testing.T) {
	dir := t.TempDir()
	w := func(name, s string) { e2eWrite(t, dir, name, []byte(s)) }
	w("a/one.txt", "Doc one. It is fine.\n")
	w("a/b/two.txt", "Doc two. Fine.\n")
	w("a/UPPER.TXT", "Upper-case extension. Fine.\n")
	w("a/.secret.txt", "A hidden file.\n")
	w(".hidden/h.txt", "In a hidden directory.\n")
	w("a/notes.md", "Unknown extension.\n")
	w("a/data.bin", "\x00\x01binary with an unknown extension")
	w("z/zed.txt", "Zed.\n")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink("..", filepath.Join(dir, "a/b/up")))                     // loop to an ancestor
	must(os.Symlink(".", filepath.Join(dir, "z/self")))                      // loop to itself
	must(os.Symlink("/nonexistent/x.txt", filepath.Join(dir, "a/gone.txt"))) // dangling, known extension
	must(os.Symlink("/nonexistent/y.md", filepath.Join(dir, "a/gone.md")))   // dangling, unknown extension
	must(os.Symlink("../a/one.txt", filepath.Join(dir, "z/link.txt")))       // link to a file
	must(syscall.Mkfifo(filepath.Join(dir, "a/fifo.txt"), 0o644))            // never opened: it would block

	done := make(chan struct{})
	var code int
	var out, errs string
	go func() {
		defer close(done)
		code, out, errs = parley(t, "", "analyze", "--workers", "2", dir)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("analyze of a directory with symlink loops and a FIFO hangs")
	}
	if code != 1 {
		t.Errorf("exit %d, want 1 (the dangling gone.txt)", code)
	}
	// Name order, byte-wise: "UPPER.TXT" < "b" < "one.txt"; ids are the
	// paths below the directory named, without extension; z/link.txt is
	// a/one.txt again, under its own name.
	if got, want := strings.Join(e2eIDs(t, out), " "), "a/UPPER a/b/two a/one z/link z/zed"; got != want {
		t.Errorf("ids = %q, want %q", got, want)
	}
	e2eCheckStderr(t, errs, "gone.txt")
}

func TestE2EStdinFormats(t *testing.T) {
	html := `<html><head><title>Piped page</title></head><body><article><p>This is a piped HTML page with enough text to be extracted by readability. It has sentences.</p></article></body></html>`
	code, out, errs := parley(t, html, "analyze", "-")
	if code != 0 {
		t.Fatalf("html on stdin: exit %d: %s", code, errs)
	}
	as := analyses(t, out)
	if len(as) != 1 || as[0].Title != "Piped page" || len(as[0].Sentences) != 2 {
		t.Errorf("html on stdin: %s", out)
	}

	// No argument at all reads stdin when it is not a terminal.
	code, out, _ = parley(t, "Piped text. Second sentence.\n", "analyze")
	if code != 0 || len(analyses(t, out)) != 1 {
		t.Errorf("no argument: exit %d, out %q", code, out)
	}

	// Stdin can be read once: a second "-" is empty.
	code, out, errs = parley(t, "Piped text.\n", "analyze", "-", "-")
	if code != 1 || len(analyses(t, out)) != 1 {
		t.Errorf(`"- -": exit %d, out %q`, code, out)
	}
	e2eCheckStderr(t, errs, "-: empty input")

	code, out, errs = parley(t, "", "analyze", "-")
	if code != 1 || out != "" {
		t.Errorf("empty stdin: exit %d, out %q", code, out)
	}
	e2eCheckStderr(t, errs, "-: empty input")
}

// Every failure is ONE line on stderr, even when the input's name has a
// line break in it.
func TestE2EFailureIsOneLineWithNewlineInName(t *testing.T) {
	dir := t.TempDir()
	e2eWrite(t, dir, "bad\nname.txt", nil)
	code, _, errs := parley(t, "", "analyze", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if n := strings.Count(strings.TrimSuffix(errs, "\n"), "\n") + 1; n != 1 {
		t.Errorf("one failed input gave %d stderr lines:\n%s", n, errs)
	}
}

// --- URLs ---------------------------------------------------------------

func e2eServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "Plain text over HTTP. Second sentence.")
	})
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, `<html><head><title>Page</title></head><body><article><p>An HTML page fetched over HTTP with enough words to be the article text here.</p></article></body></html>`)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>I1</title><description>Item one body.</description><link>http://example.org/1</link></item><item><title>I2</title><description>Item two body.</description><link>http://example.org/2</link></item></channel></rss>`)
	})
	mux.HandleFunc("/jsonl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		io.WriteString(w, `{"id":"u1","text":"One."}`+"\n"+`{"id":"u2","text":"Two."}`+"\n")
	})
	mux.HandleFunc("/redir/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n == 0 {
			io.WriteString(w, "Arrived after the redirects. The end.")
			return
		}
		http.Redirect(w, r, "/redir/"+strconv.Itoa(n-1), http.StatusFound)
	})
	body := bytes.Repeat([]byte("The talks went on. "), (10<<20)/19+100) // just over 10 MiB
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Write(body)
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i < len(body); i += 64 << 10 {
			if _, err := w.Write(body[i:min(i+64<<10, len(body))]); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"))
	})
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/tofile", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "file:///etc/passwd")
		w.WriteHeader(http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	})
	ts := httptest.NewServer(mux) // listens on 127.0.0.1
	t.Cleanup(ts.Close)
	return ts
}

func TestE2EURLs(t *testing.T) {
	ts := e2eServer(t)
	u := func(p string) string { return ts.URL + p }
	localhost := strings.Replace(ts.URL, "127.0.0.1", "localhost", 1)

	t.Run("refused without --allow-private", func(t *testing.T) {
		code, out, errs := parley(t, "", "analyze", u("/text"), localhost+"/text")
		if code != 1 || out != "" {
			t.Errorf("exit %d, out %q", code, out)
		}
		e2eCheckStderr(t, errs, u("/text")+":", localhost+"/text:")
		for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
			if !strings.Contains(l, "loopback") || !strings.Contains(l, "--allow-private") {
				t.Errorf("want the reason and the way out: %s", l)
			}
		}
	})

	t.Run("allowed with --allow-private", func(t *testing.T) {
		code, out, errs := parley(t, "", "analyze", "--allow-private", "--workers", "2",
			u("/text"), u("/html"), u("/feed"), u("/jsonl"), u("/redir/5"))
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		e2eCheckStderr(t, errs)
		as := analyses(t, out)
		if len(as) != 7 {
			t.Fatalf("%d documents, want 7: %s", len(as), out)
		}
		if as[0].URL != u("/text") || as[0].Text != "Plain text over HTTP. Second sentence." {
			t.Errorf("text: %+v", as[0])
		}
		if as[1].Title != "Page" || as[1].URL != u("/html") {
			t.Errorf("html: title %q url %q", as[1].Title, as[1].URL)
		}
		if as[2].ID != "http://example.org/1" || as[3].URL != "http://example.org/2" || as[2].Source != "Feed" {
			t.Errorf("feed: %+v %+v", as[2], as[3])
		}
		if as[4].ID != "u1" || as[5].ID != "u2" {
			t.Errorf("jsonl: %q %q", as[4].ID, as[5].ID)
		}
		if as[6].URL != u("/redir/0") {
			t.Errorf("after 5 redirects: url %q, want the final URL", as[6].URL)
		}
	})

	t.Run("failures", func(t *testing.T) {
		code, out, errs := parley(t, "", "analyze", "--allow-private",
			u("/redir/6"), u("/big"), u("/bigchunked"), u("/png"), u("/404"), u("/tofile"), u("/text"))
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if got := len(analyses(t, out)); got != 1 {
			t.Errorf("%d documents, want the one good URL", got)
		}
		e2eCheckStderr(t, errs, "/redir/6:", "/big:", "/bigchunked:", "/png:", "/404:", "/tofile:")
		for _, want := range []string{
			"redirects", "/big: response body too large", "/bigchunked: response body too large",
			`"image/png"`, "404", `"file"`,
		} {
			if !strings.Contains(errs, want) {
				t.Errorf("stderr does not say %q:\n%s", want, errs)
			}
		}

		start := time.Now()
		code, out, errs = parley(t, "", "analyze", "--allow-private", "--timeout", "200ms", u("/slow"))
		if code != 1 || out != "" {
			t.Errorf("slow: exit %d, out %q", code, out)
		}
		e2eCheckStderr(t, errs, "/slow: timed out")
		if d := time.Since(start); d > 10*time.Second { // generous: this checks behaviour, not speed
			t.Errorf("--timeout 200ms took %v", d)
		}
	})

	t.Run("ingest refuses too", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "u.db")
		code, _, errs := parley(t, "", "ingest", "--db", db, u("/feed"))
		if code != 1 || !strings.Contains(errs, "--allow-private") {
			t.Errorf("exit %d: %s", code, errs)
		}
		code, out, errs := parley(t, "", "ingest", "--db", db, "--allow-private", u("/feed"))
		if code != 0 || !strings.Contains(out, "2 added") {
			t.Errorf("exit %d, out %q: %s", code, out, errs)
		}
	})
}

// --- ingest interrupted, then resumed -----------------------------------

// e2eCancellingReader hands out one line per Read and cancels the context
// when asked for line cancelAt.
type e2eCancellingReader struct {
	lines    [][]byte
	i, off   int
	cancelAt int
	cancel   func()
}

func (r *e2eCancellingReader) Read(p []byte) (int, error) {
	if r.i == r.cancelAt && r.off == 0 && r.cancel != nil {
		r.cancel()
	}
	if r.i >= len(r.lines) {
		return 0, io.EOF
	}
	n := copy(p, r.lines[r.i][r.off:])
	r.off += n
	if r.off == len(r.lines[r.i]) {
		r.i, r.off = r.i+1, 0
	}
	return n, nil
}

// e2eStoredIDs returns the ids of the stored documents, from export --format
// jsonl, and checks that the sentences table has no duplicate rows.
func e2eStoredIDs(t *testing.T, db string) []string {
	t.Helper()
	code, out, errs := parley(t, "", "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	var r []string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var a struct{ ID string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		r = append(r, a.ID)
	}
	code, out, errs = parley(t, "", "export", "--db", db, "--format", "csv", "--table", "sentences")
	if code != 0 {
		t.Fatalf("export csv: exit %d: %s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, row := range rows[1:] {
		k := row[0] + "\x00" + row[1]
		if seen[k] {
			t.Fatalf("sentence %s of %s stored twice", row[1], row[0])
		}
		seen[k] = true
	}
	return r
}

// e2eInterruptResume ingests lines from stdin with --batch 50, cancels the
// context (as Ctrl-C does) when line cancelAt is read, and checks that what
// was committed is kept, that a re-run completes and resumes, and that the
// store ends up holding each document once, as analyze would print it.
func e2eInterruptResume(t *testing.T, lines [][]byte, cancelAt int) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	input := e2eWrite(t, dir, "in.jsonl", bytes.Join(lines, nil))
	total := len(lines)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"ingest", "--db", db, "--batch", "50", "--workers", "2", "-"},
		&e2eCancellingReader{lines: lines, cancelAt: cancelAt, cancel: cancel}, &out, &errb)
	if code != 1 {
		t.Fatalf("interrupted ingest: exit %d, want 1; stdout %q stderr %q", code, out.String(), errb.String())
	}
	m := regexp.MustCompile(`^parley: interrupted: (\d+) documents were committed to .*news\.db and are kept; run the same ingest again to resume\n$`).FindStringSubmatch(errb.String())
	if m == nil {
		t.Fatalf("interrupted ingest: stderr %q", errb.String())
	}
	committed, _ := strconv.Atoi(m[1])
	if committed < 50 || committed >= total || committed%50 != 0 {
		t.Errorf("%d documents committed, want whole batches of 50, at least one, fewer than %d", committed, total)
	}
	stored := e2eStoredIDs(t, db)
	if len(stored) != committed {
		t.Fatalf("%d documents stored, but the message said %d were committed", len(stored), committed)
	}

	// Run again: the committed documents are unchanged, the rest added.
	code, sout, errs := parley(t, "", "ingest", "--db", db, "--batch", "50", input)
	if code != 0 {
		t.Fatalf("resumed ingest: exit %d: %s", code, errs)
	}
	if want := fmt.Sprintf("%d added, 0 replaced, %d unchanged", total-committed, committed); !strings.Contains(sout, want) {
		t.Errorf("resumed ingest said %q, want %q", sout, want)
	}
	stored = e2eStoredIDs(t, db)
	seen := map[string]bool{}
	for _, id := range stored {
		if seen[id] {
			t.Errorf("document %s stored twice", id)
		}
		seen[id] = true
	}
	if len(stored) != total {
		t.Errorf("%d documents stored, want %d", len(stored), total)
	}
	_, exported, _ := parley(t, "", "export", "--db", db, "--format", "jsonl")
	_, analyzed, _ := parley(t, "", "analyze", input)
	if exported != analyzed {
		t.Errorf("after the resumed ingest, export differs from analyze output")
	}

	code, sout, _ = parley(t, "", "ingest", "--db", db, input)
	if code != 0 || !strings.Contains(sout, fmt.Sprintf("nothing changed: all %d documents", total)) {
		t.Errorf("third ingest: exit %d, %q", code, sout)
	}
}

func TestE2EIngestInterruptResume(t *testing.T) {
	var lines [][]byte
	for i := range 600 {
		body := strings.Repeat(fmt.Sprintf("Envoy %d met the minister in Geneva. The talks would go on. ", i), 1+i%5)
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("doc-%04d", i), "text": body})
		lines = append(lines, append(rec, '\n'))
	}
	e2eInterruptResume(t, lines, 300)
}

// The same with real articles: the BBC corpus, each article under two ids.
func TestE2EIngestInterruptResumeBBC(t *testing.T) {
	f, err := os.Open(sharedPath(t, "news-corpus/bbc.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var src []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(src) < 200 {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		src = append(src, m)
	}
	var lines [][]byte
	for r := range 2 {
		for _, m := range src {
			m["id"] = fmt.Sprintf("%v-r%d", m["id"], r)
			rec, _ := json.Marshal(m)
			lines = append(lines, append(rec, '\n'))
		}
	}
	e2eInterruptResume(t, lines, 250)
}

// --- exit statuses, help ------------------------------------------------

func TestE2EUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	if code, _, errs := parley(t, "", "ingest", "--db", db, "../../examples"); code != 0 {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	for _, args := range [][]string{
		{"ingest", "--batch", "0", "x"},
		{"analyze", "--max-mb", "0", "x"},
		{"analyze", "--workers", "abc", "x"},
		{"search"},
		{"search", "--db", db, ""},
		{"show", "--db", db},
		{"show", "--db", db, "a", "b"},
		{"export", "--db", db, "--format", "xml"},
		{"export", "--db", db, "--format", "csv", "--table", "nope"}, // a bad value
	} {
		code, out, errs := parley(t, "", args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2 (usage error); stderr %q", args, code, errs)
		}
		if out != "" {
			t.Errorf("%q: stdout %q", args, out)
		}
	}
}

func TestE2EIngestWithFailures(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	in := e2eWrite(t, dir, "in.jsonl", []byte(`{"id":"a","text":"One."}`+"\n"+`{"id":"b","text":`+"\n"+`{"id":"c","text":"Three."}`+"\n"))
	code, out, errs := parley(t, "", "ingest", "--db", db, "--batch", "1", in, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "2 added") {
		t.Errorf("stdout %q", out)
	}
	e2eCheckStderr(t, errs, "in.jsonl:2", "missing.txt", "2 inputs failed")
	if got := strings.Join(e2eStoredIDs(t, db), " "); got != "a c" {
		t.Errorf("stored %q", got)
	}
}

// Every subcommand's --help has examples and the EXIT STATUS section.
func TestE2EHelp(t *testing.T) {
	var cmds [][]string
	cmds = append(cmds, nil)
	root := newRootCommand(&globalOptions{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	for _, c := range root.Commands() {
		cmds = append(cmds, []string{c.Name()})
		for _, sub := range c.Commands() {
			cmds = append(cmds, []string{c.Name(), sub.Name()})
		}
	}
	if len(cmds) < 7 {
		t.Fatalf("only %d commands", len(cmds))
	}
	for _, c := range cmds {
		code, out, errs := parley(t, "", append(c, "--help")...)
		if code != 0 || errs != "" {
			t.Errorf("%q --help: exit %d, stderr %q", c, code, errs)
		}
		for _, want := range []string{"Examples:\n  parley ", "EXIT STATUS\n  0 ", "\n  1 ", "\n  2 "} {
			if !strings.Contains(out, want) {
				t.Errorf("%q --help lacks %q", c, want)
			}
		}
	}
}

// Output is byte-identical for 1 and 2 workers on a mix of good and bad
// inputs of every kind, and the failures are named in the same order.
func TestE2EWorkersIdentical(t *testing.T) {
	dir := t.TempDir()
	var jl strings.Builder
	for i := range 120 {
		if i%17 == 5 {
			jl.WriteString("{broken\n")
			continue
		}
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("j%03d", i), "text": strings.Repeat("The ministers met again. ", 1+(i*13)%60)})
		jl.Write(rec)
		jl.WriteByte('\n')
	}
	e2eWrite(t, dir, "a.jsonl", []byte(jl.String()))
	e2eWrite(t, dir, "b.txt", []byte("Headline here\n\nGENEVA (Reuters) - Talks began. They ended.\n"))
	e2eWrite(t, dir, "c.bin.txt", []byte("\x00\x00"))
	e2eWrite(t, dir, "d.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>Alpha.</description></item><item><title></title></item></channel></rss>`))
	e2eWrite(t, dir, "e.html", []byte(`<html><head><title>P</title></head><body><article><p>A page with enough words to be the main text of the article.</p></article></body></html>`))
	var outs, errss [2]string
	var wg sync.WaitGroup
	for i, w := range []string{"1", "2"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, outs[i], errss[i] = parley(t, "", "analyze", "--workers", w, dir, "../../examples")
		}()
	}
	wg.Wait()
	if outs[0] != outs[1] {
		t.Error("stdout with 2 workers differs from stdout with 1")
	}
	if errss[0] != errss[1] {
		t.Errorf("stderr differs:\n%s\nvs\n%s", errss[0], errss[1])
	}
	if n := len(analyses(t, outs[0])); n != 120-7+1+1+1+3 {
		t.Errorf("%d documents", n)
	}
}
