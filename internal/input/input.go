// Package input resolves the inputs named on the command line (files,
// directories, "-" for stdin, http and https URLs) into documents, choosing
// a reader for each by extension, Content-Type or content.
//
// A bad input (missing, unreadable, empty, too large, binary, unparsable)
// never stops the run: it becomes one Item carrying an error that names the
// input and the reason, and the next input is read. Only the callback, or a
// cancelled context, stops Walk.
//
// A document the reader left without an ID gets the file's path stem when
// the file holds just that document (a text or HTML file, a single JSON
// record), and otherwise its ContentID: feed items and JSON Lines records
// share a file, so its stem would not tell them apart, and stdin and URLs
// have no stem. Documents from a URL get the final URL (after redirects)
// when the reader found none, and every document gets an Origin.
package input

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"parley/internal/doc"
	"parley/internal/fetch"
	"parley/internal/read/feed"
	"parley/internal/read/htmlpage"
	"parley/internal/read/jsonl"
	"parley/internal/read/plaintext"
)

// DefaultMaxDocBytes is the default cap on one document read whole: far
// above any real article or feed, low enough that a stray disk image or log
// file is refused instead of swallowing memory.
const DefaultMaxDocBytes int64 = 16 << 20

// Options tunes Walk. The zero value is usable.
type Options struct {
	// AllowPrivate lets URLs reach loopback and private network addresses
	// (see package fetch); it is passed on to Fetch.
	AllowPrivate bool
	// MaxDocBytes caps one file, stream or response that is read whole, and
	// one line of a JSON Lines input. A larger input is one error, and the
	// other inputs go on. 0 means DefaultMaxDocBytes.
	MaxDocBytes int64
	// Fetch tunes downloads. AllowPrivate above is or-ed into it; a zero
	// MaxBytes becomes the smaller of fetch.DefaultMaxBytes and MaxDocBytes.
	Fetch fetch.Options
	// Stdin is read for the argument "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Item is one result of Walk: a document, or the error of an input (or of
// one record or feed item inside it). Exactly one of Doc and Err is set.
type Item struct {
	// Doc is the document read, with ID, Origin and (for URLs) URL filled.
	Doc doc.Document
	// Err is why an input, record or item could not be read. It names the
	// input, as "input: reason".
	Err error
}

// Error is the error of one input, record or feed item. Its message is
// "input: reason", without repeating the input when the reason already
// starts with it (readers name their input themselves).
type Error struct {
	// Input is the path, URL or "-" as given (a URL's password redacted).
	Input string
	// Err is the reason.
	Err error
}

// Error returns "input: reason".
func (e *Error) Error() string {
	msg := e.Err.Error()
	if rest, ok := strings.CutPrefix(msg, e.Input); ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "#")) {
		return msg // "f.jsonl:3: …" or a feed item's "f.rss#2 (…): …"
	}
	return e.Input + ": " + msg
}

// Unwrap returns the reason, so that errors.Is(err, fs.ErrNotExist) and
// errors.Is(err, ErrTooLarge) work.
func (e *Error) Unwrap() error { return e.Err }

// Reasons an input is refused before any reader sees it, for errors.Is.
var (
	// ErrEmpty: the input has no content (or only white space).
	ErrEmpty = errors.New("empty input")
	// ErrTooLarge: the input is over Options.MaxDocBytes.
	ErrTooLarge = errors.New("input too large")
	// ErrBinary: the input has NUL bytes near its start, so it is not text.
	ErrBinary = errors.New("binary data, not text")
	// ErrUnsupported: a URL answered with a type no reader handles.
	ErrUnsupported = errors.New("unsupported content type")
)

// Walk resolves args in order and calls fn once for each document and once
// for each failed input, record or feed item. Directories are walked
// recursively in lexical order, skipping hidden entries (names starting with
// ".") and files whose extension is not one of .txt .text .html .htm .xml
// .rss .atom .json .jsonl .ndjson; a file named explicitly is read whatever
// its extension, its format sniffed from its content. The order of calls is
// deterministic for a given file tree and input.
//
// Walk returns the first error fn returns, which stops it, or the context's
// error if ctx is cancelled; per-input problems go to fn and do not stop it.
func Walk(ctx context.Context, args []string, opt Options, fn func(Item) error) error {
	return walk(ctx, args, opt, defaultReaders, fn)
}

// readers are the format readers, a seam so that tests can check the
// resolution logic with fake readers as well as with the real ones.
type readers struct {
	plain func(origin string, data []byte) (doc.Document, error)
	html  func(origin string, data []byte, pageURL string) (doc.Document, error)
	feed  func(origin string, data []byte) ([]doc.Document, []error)
	jsonl func(origin string, r io.Reader, maxLine int, fn func(doc.Document, error) error) error
}

var defaultReaders = readers{
	plain: plaintext.Parse,
	html:  htmlpage.Parse,
	feed:  feed.Parse,
	jsonl: jsonl.Read,
}

type walker struct {
	ctx     context.Context
	opt     Options
	rd      readers
	fn      func(Item) error
	br      *bufio.Reader // reused across inputs
	maxLine int
}

func walk(ctx context.Context, args []string, opt Options, rd readers, fn func(Item) error) error {
	if opt.MaxDocBytes <= 0 {
		opt.MaxDocBytes = DefaultMaxDocBytes
	}
	if opt.Stdin == nil {
		opt.Stdin = os.Stdin
	}
	opt.Fetch.AllowPrivate = opt.Fetch.AllowPrivate || opt.AllowPrivate
	if opt.Fetch.MaxBytes <= 0 {
		opt.Fetch.MaxBytes = min(fetch.DefaultMaxBytes, opt.MaxDocBytes)
	}
	w := &walker{
		ctx:     ctx,
		opt:     opt,
		rd:      rd,
		fn:      fn,
		br:      bufio.NewReaderSize(nil, 64<<10),
		maxLine: int(min(opt.MaxDocBytes, math.MaxInt32)),
	}
	for _, arg := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case arg == "-":
			err = w.stream(source{origin: "-"}, opt.Stdin, -1)
		case isURL(arg):
			err = w.url(arg)
		default:
			err = w.path(arg)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// source says where documents come from, for filling what readers leave
// empty.
type source struct {
	origin string // path, URL or "-": names the input in messages
	name   string // path whose extension applies; "" for stdin, URLs
	id     string // ID for a single-document input: the path stem; "" for stdin, URLs
	url    string // final URL of a fetched input
}

// isURL reports whether arg looks like a URL rather than a path: a scheme
// followed by "://". Schemes other than http and https are passed on to
// fetch, which refuses them with a clear message.
func isURL(arg string) bool {
	scheme, _, ok := strings.Cut(arg, "://")
	if !ok || scheme == "" {
		return false
	}
	for i := range len(scheme) {
		c := scheme[i]
		if !isLetter(c) && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// fail reports a per-input error to fn; its result is fn's.
func (w *walker) fail(input string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		// "open x: permission denied" says "open" and the path, which the
		// message already names: keep the reason.
		err = pe.Err
	}
	return w.fn(Item{Err: &Error{Input: input, Err: err}})
}

// emit fills what the reader left empty and passes the document to fn.
// single says whether the input holds just this document, so that it may
// take the file's stem as its ID.
func (w *walker) emit(src source, d doc.Document, single bool) error {
	if d.ID == "" {
		if single {
			d.ID = src.id
		}
		if d.ID == "" {
			d.ID = ContentID(d.Text)
		}
	}
	if d.URL == "" {
		d.URL = src.url
	}
	if d.Origin == "" {
		d.Origin = src.origin
	}
	return w.fn(Item{Doc: d})
}

// ContentID is the ID given to a document without one that no file name can
// supply: the first 16 hex digits of the SHA-256 of its text. The same text
// always gets the same ID.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// stem is path without its extension. Files found in a directory are named
// by their path relative to the directory given, so that a/x.txt and b/x.txt
// get different IDs (a/x and b/x) and bbc/business/001.txt is business/001;
// a file named on its own gets its base name's stem.
func stem(path string) string {
	return filepath.ToSlash(strings.TrimSuffix(path, filepath.Ext(path)))
}

// path reads a file or walks a directory named on the command line.
func (w *walker) path(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, err)
	}
	if fi.IsDir() {
		return w.dir(p, p, []os.FileInfo{fi})
	}
	return w.file(p, fi, stem(filepath.Base(p)))
}

// dir walks a directory in lexical order. ancestors holds the directories
// above it, so that a symbolic link back up the tree is not followed round
// in circles.
func (w *walker) dir(p, root string, ancestors []os.FileInfo) error {
	entries, err := os.ReadDir(p) // sorted by name
	if err != nil {
		if ferr := w.fail(p, err); ferr != nil {
			return ferr
		}
		// ReadDir may return the entries it read before the error; go on
		// with those.
	}
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		cp := filepath.Join(p, name)
		typ := e.Type()
		var fi os.FileInfo
		if typ&fs.ModeSymlink != 0 {
			fi, err = os.Stat(cp)
			if err != nil {
				if _, known := extension(name); known {
					if ferr := w.fail(cp, err); ferr != nil {
						return ferr
					}
				}
				continue
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir():
			if fi == nil {
				if fi, err = e.Info(); err != nil {
					if ferr := w.fail(cp, err); ferr != nil {
						return ferr
					}
					continue
				}
			}
			if loops(fi, ancestors) {
				continue
			}
			if err := w.dir(cp, root, append(ancestors, fi)); err != nil {
				return err
			}
		case typ.IsRegular():
			if _, known := extension(name); !known {
				continue
			}
			if fi == nil {
				if fi, err = e.Info(); err != nil {
					if ferr := w.fail(cp, err); ferr != nil {
						return ferr
					}
					continue
				}
			}
			rel, err := filepath.Rel(root, cp)
			if err != nil {
				rel = filepath.Base(cp)
			}
			if err := w.file(cp, fi, stem(rel)); err != nil {
				return err
			}
		}
		// Devices, sockets and pipes inside a directory are skipped: only
		// one named explicitly is read.
	}
	return nil
}

func loops(fi os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(fi, a) {
			return true
		}
	}
	return false
}

// file reads one file (or a pipe or device named explicitly); id is the ID
// it gives a document that has none.
func (w *walker) file(p string, fi os.FileInfo, id string) error {
	size := int64(-1)
	if fi.Mode().IsRegular() {
		size = fi.Size()
		if size == 0 {
			return w.fail(p, fmt.Errorf("%w: the file is empty", ErrEmpty))
		}
		if f := FormatOf(p); f != JSONLines && f != Unknown && size > w.opt.MaxDocBytes {
			// Refuse before reading a byte.
			return w.fail(p, w.tooLarge(size))
		}
	}
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, err)
	}
	defer f.Close()
	return w.stream(source{origin: p, name: p, id: id}, f, size)
}

func (w *walker) tooLarge(size int64) error {
	if size < 0 {
		return fmt.Errorf("%w: over the %s limit", ErrTooLarge, fetch.Size(w.opt.MaxDocBytes))
	}
	return fmt.Errorf("%w: %s, over the %s limit", ErrTooLarge, fetch.Size(size), fetch.Size(w.opt.MaxDocBytes))
}

// stream reads an input from r: it sniffs the start, then streams JSON
// Lines through the JSON Lines reader and reads anything else whole, up to
// the cap. size is the input's size when known, else -1.
func (w *walker) stream(src source, r io.Reader, size int64) error {
	br := w.br
	br.Reset(r)
	defer br.Reset(nil) // drop the reference to r
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return w.fail(src.origin, err)
	}
	if len(trimSpace(bytes.TrimPrefix(head, bom))) == 0 && len(head) < sniffLen {
		return w.fail(src.origin, ErrEmpty)
	}
	f := refine(src.name, head)
	if f == JSONLines {
		return w.jsonLines(src, br)
	}
	if err := checkBinary(head); err != nil {
		return w.fail(src.origin, err)
	}
	if size > w.opt.MaxDocBytes {
		return w.fail(src.origin, w.tooLarge(size))
	}
	data, err := readCapped(br, w.opt.MaxDocBytes, size)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			err = w.tooLarge(size)
		}
		return w.fail(src.origin, err)
	}
	return w.parse(src, f, data)
}

func checkBinary(head []byte) error {
	i := binaryAt(head)
	if i < 0 {
		return nil
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return fmt.Errorf("%w: the input looks like UTF-16; convert it to UTF-8", ErrBinary)
	}
	return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
}

// readCapped reads r to the end, failing with ErrTooLarge once more than max
// bytes arrive. It reads one byte past max to tell "exactly max" from "more";
// hint, the expected size when known, avoids regrowing the buffer.
func readCapped(r io.Reader, max, hint int64) ([]byte, error) {
	var buf bytes.Buffer
	if hint > 0 && hint <= max {
		buf.Grow(int(hint) + 1)
	}
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, ErrTooLarge
	}
	return buf.Bytes(), nil
}

// parse hands an input read whole to the reader for its format.
func (w *walker) parse(src source, f Format, data []byte) error {
	switch f {
	case HTML:
		d, err := w.rd.html(src.origin, data, src.url)
		if err != nil {
			return w.fail(src.origin, err)
		}
		return w.emit(src, d, true)
	case Feed:
		docs, errs := w.rd.feed(src.origin, data)
		if len(docs) == 0 && len(errs) == 0 {
			return w.fail(src.origin, errors.New("the feed has no items"))
		}
		for _, d := range docs {
			if err := w.emit(src, d, false); err != nil {
				return err
			}
		}
		for _, e := range errs {
			if err := w.fail(src.origin, e); err != nil {
				return err
			}
		}
		return nil
	case JSON:
		lines, n, err := compactJSON(data)
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				err = fmt.Errorf("invalid JSON at byte %d: %w", se.Offset, err)
			} else {
				err = fmt.Errorf("invalid JSON: %w", err)
			}
			return w.fail(src.origin, err)
		}
		if n == 0 {
			return w.fail(src.origin, fmt.Errorf("%w: an empty JSON array", ErrEmpty))
		}
		return w.jsonRecords(src, bytes.NewReader(lines), n == 1)
	case JSONLines:
		return w.jsonLines(src, bytes.NewReader(data))
	default:
		d, err := w.rd.plain(src.origin, data)
		if err != nil {
			return w.fail(src.origin, err)
		}
		return w.emit(src, d, true)
	}
}

// jsonLines streams JSON Lines records. A file of many records gives each
// record without an id its content hash: the file's stem would be the same
// for all of them.
func (w *walker) jsonLines(src source, r io.Reader) error {
	return w.jsonRecords(src, r, false)
}

func (w *walker) jsonRecords(src source, r io.Reader, single bool) error {
	var stop error // fn's error or the context's: ends Walk
	err := w.rd.jsonl(src.origin, r, w.maxLine, func(d doc.Document, err error) error {
		if stop = w.ctx.Err(); stop != nil {
			return stop
		}
		if err != nil {
			stop = w.fail(src.origin, err)
		} else {
			stop = w.emit(src, d, single)
		}
		return stop
	})
	if stop != nil {
		return stop
	}
	if err != nil {
		// The reader stopped on its own, e.g. a read error mid-file.
		return w.fail(src.origin, err)
	}
	return nil
}

// url fetches a URL and reads the response by its Content-Type, or by its
// content when the type says too little.
func (w *walker) url(raw string) error {
	name := raw
	if u, err := url.Parse(raw); err == nil {
		name = u.Redacted()
	}
	resp, err := fetch.Fetch(w.ctx, raw, w.opt.Fetch)
	if err != nil {
		if cerr := w.ctx.Err(); cerr != nil {
			return cerr
		}
		return w.fail(name, err)
	}
	src := source{origin: name, url: resp.URL}
	head := resp.Body[:min(len(resp.Body), sniffLen)]
	if len(trimSpace(bytes.TrimPrefix(resp.Body, bom))) == 0 {
		return w.fail(name, fmt.Errorf("%w: the response is empty", ErrEmpty))
	}
	f, err := contentFormat(resp.ContentType, head)
	if err != nil {
		return w.fail(name, err)
	}
	if f != JSONLines {
		if err := checkBinary(head); err != nil {
			return w.fail(name, err)
		}
	}
	return w.parse(src, f, resp.Body)
}

// contentFormat decides a response's format from its Content-Type, sniffing
// when the type is generic (text/plain, XML, JSON, octet-stream or none).
func contentFormat(contentType string, head []byte) (Format, error) {
	mt, _, _ := strings.Cut(contentType, ";")
	mt = strings.ToLower(strings.TrimSpace(mt))
	switch mt {
	case "text/html", "application/xhtml+xml":
		return HTML, nil
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return Feed, nil
	case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
		"application/jsonlines", "application/x-jsonlines", "application/json-seq":
		return JSONLines, nil
	case "application/xml", "text/xml":
		if Sniff(head) == HTML {
			return HTML, nil
		}
		return Feed, nil
	case "application/json", "text/json":
		switch s := Sniff(head); s {
		case Feed, JSONLines:
			return s, nil
		}
		return JSON, nil
	}
	major, _, _ := strings.Cut(mt, "/")
	switch {
	case strings.HasSuffix(mt, "+xml"):
		if Sniff(head) == HTML {
			return HTML, nil
		}
		return Feed, nil
	case strings.HasSuffix(mt, "+json"):
		if s := Sniff(head); s == Feed || s == JSONLines {
			return s, nil
		}
		return JSON, nil
	case major == "image", major == "audio", major == "video", major == "font",
		unsupported[mt], strings.HasPrefix(mt, "application/vnd."):
		return Unknown, fmt.Errorf("%w %q", ErrUnsupported, mt)
	}
	if s := Sniff(head); s != Unknown {
		return s, nil
	}
	return Text, nil
}

// unsupported lists common non-text types that no sniffing could rescue.
var unsupported = map[string]bool{
	"application/pdf": true, "application/zip": true, "application/gzip": true,
	"application/x-gzip": true, "application/x-tar": true, "application/x-7z-compressed": true,
	"application/msword": true, "application/x-bzip2": true, "application/wasm": true,
}
