// Package jsonl reads JSON Lines documents as described in the contract:
// one object per line, {"id", "text", "title", "url", "published",
// "source"}, unknown fields ignored.
//
// The text is analysed byte for byte, so the raw line is checked before
// decoding: invalid UTF-8 and lone surrogate escapes ("\ud800") are errors,
// where encoding/json would quietly turn them into U+FFFD and shift every
// offset after them.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"parley/internal/doc"
	"parley/internal/read"
)

// Read streams the JSON Lines documents in r, calling fn once per non-blank
// line with either the document or an error naming origin and the line
// number. A line longer than maxLine bytes is an error for that line only.
// Read stops early when fn returns an error, and returns it.
//
// maxLine <= 0 means no limit. Memory stays at one line (the longest line
// kept, up to maxLine) however long the input. A read error from r ends
// the stream and is returned, naming origin.
func Read(origin string, r io.Reader, maxLine int, fn func(d doc.Document, err error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var line []byte
	for n := 1; ; n++ {
		var tooLong bool
		var err error
		line, tooLong, err = readLine(br, line[:0], maxLine)
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("%s:%d: read: %w", origin, n, err)
		}
		if n == 1 {
			// Editors on some systems start files with a byte order mark.
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		at := fmt.Sprintf("%s:%d", origin, n)
		switch {
		case tooLong:
			if ferr := fn(doc.Document{}, fmt.Errorf("%s: line longer than %d bytes", at, maxLine)); ferr != nil {
				return ferr
			}
		case !blank(line):
			d, derr := decode(at, line)
			if ferr := fn(d, derr); ferr != nil {
				return ferr
			}
		}
		if err != nil { // io.EOF
			return nil
		}
	}
}

// readLine reads one line without its newline (and a CR before it) into
// buf. A line over maxLine bytes is consumed and dropped, with tooLong set,
// so a giant line costs no memory. err is io.EOF at the end of input.
func readLine(br *bufio.Reader, buf []byte, maxLine int) (line []byte, tooLong bool, err error) {
	for {
		chunk, rerr := br.ReadSlice('\n')
		if !tooLong {
			if maxLine > 0 && len(buf)+len(chunk) > maxLine+2 {
				// +2 leaves room for the "\r\n" that is not part of the line;
				// the exact length is checked below.
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if rerr == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if maxLine > 0 && len(buf) > maxLine {
			tooLong = true
			buf = buf[:0]
		}
		return buf, tooLong, rerr
	}
}

// blank reports a line of JSON white space only.
func blank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// record is a line's object with each field kept raw, so that the text can
// be checked for escapes before it is decoded and a field of the wrong type
// can be named.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      json.RawMessage `json:"text"`
	Title     json.RawMessage `json:"title"`
	URL       json.RawMessage `json:"url"`
	Published json.RawMessage `json:"published"`
	Source    json.RawMessage `json:"source"`
}

// decode turns one line into a document; at is "origin:LINE".
func decode(at string, line []byte) (doc.Document, error) {
	if !utf8.Valid(line) {
		return doc.Document{}, fmt.Errorf("%s: invalid UTF-8 at column %d", at, invalidAt(line)+1)
	}
	if col := loneSurrogate(line); col >= 0 {
		return doc.Document{}, fmt.Errorf("%s: lone surrogate escape %s at column %d (not valid Unicode text)", at, line[col:col+6], col+1)
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return doc.Document{}, fmt.Errorf("%s: not a JSON object", at)
		}
		return doc.Document{}, fmt.Errorf("%s: invalid JSON: %v", at, err)
	}
	d := doc.Document{Origin: at}
	text, ok, err := str(rec.Text)
	switch {
	case err != nil:
		return doc.Document{}, fmt.Errorf("%s: field \"text\": %v", at, err)
	case !ok:
		return doc.Document{}, fmt.Errorf("%s: field \"text\" is missing", at)
	}
	if err := read.CheckText(at, text); err != nil {
		return doc.Document{}, fmt.Errorf("%w in field \"text\"", err)
	}
	d.Text = text
	if d.ID, err = id(rec.ID); err != nil {
		return doc.Document{}, fmt.Errorf("%s: field \"id\": %v", at, err)
	}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		dst  *string
	}{{"title", rec.Title, &d.Title}, {"url", rec.URL, &d.URL}, {"source", rec.Source, &d.Source}, {"published", rec.Published, &d.Published}} {
		if *f.dst, _, err = str(f.raw); err != nil {
			return doc.Document{}, fmt.Errorf("%s: field %q: %v", at, f.name, err)
		}
	}
	if d.Published != "" {
		if d.Published, err = read.NormDate(d.Published); err != nil {
			return doc.Document{}, fmt.Errorf("%s: field \"published\": %v", at, err)
		}
	}
	if dl := read.FindDateline(d.Text); dl != nil {
		d.Dateline = dl
		if d.Source == "" {
			d.Source = dl.Agency
		}
	}
	return d, nil
}

// str decodes a raw field that must be a string; absent and null give ok
// false without an error.
func str(raw json.RawMessage) (s string, ok bool, err error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", false, nil
	}
	if raw[0] != '"' {
		return "", false, fmt.Errorf("not a string (%s)", kind(raw[0]))
	}
	return unquote(raw), true, nil
}

// unquote decodes a JSON string token that json.Unmarshal has already
// checked (so its escapes are well formed and, after loneSurrogate, its
// surrogates paired); decoding it here spares a second validating pass.
func unquote(raw []byte) string {
	body := raw[1 : len(raw)-1]
	i := bytes.IndexByte(body, '\\')
	if i < 0 {
		return string(body)
	}
	var b strings.Builder
	b.Grow(len(body))
	for i >= 0 {
		b.Write(body[:i])
		c := body[i+1]
		body = body[i+2:]
		switch c {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, _ := hex4(body)
			body = body[4:]
			if utf16.IsSurrogate(r) && len(body) >= 6 && body[0] == '\\' && body[1] == 'u' {
				r2, _ := hex4(body[2:])
				r = utf16.DecodeRune(r, r2)
				body = body[6:]
			}
			b.WriteRune(r)
		default: // '"', '\\', '/'
			b.WriteByte(c)
		}
		i = bytes.IndexByte(body, '\\')
	}
	b.Write(body)
	return b.String()
}

// id accepts a string or, as a convenience, a number (kept as written).
func id(raw json.RawMessage) (string, error) {
	if len(raw) > 0 && (raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9') {
		return string(raw), nil
	}
	s, _, err := str(raw)
	return s, err
}

func kind(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// loneSurrogate returns the offset of a \u escape of a UTF-16 surrogate
// that is not part of a high-low pair, or -1. Backslashes occur only inside
// JSON strings, so a flat scan that steps over each escape suffices; a line
// that is not valid JSON fails to decode anyway.
func loneSurrogate(line []byte) int {
	for i := bytes.IndexByte(line, '\\'); i >= 0 && i < len(line); {
		if i+1 >= len(line) {
			return -1
		}
		if line[i+1] != 'u' {
			i += 2
		} else {
			u, ok := hex4(line[i+2:])
			switch {
			case !ok:
				return -1 // malformed escape: the JSON decoder reports it
			case u >= 0xD800 && u < 0xDC00:
				if v, ok := hex4(line[min(i+8, len(line)):]); i+7 < len(line) && line[i+6] == '\\' && line[i+7] == 'u' && ok && v >= 0xDC00 && v < 0xE000 {
					i += 12
				} else {
					return i
				}
			case u >= 0xDC00 && u < 0xE000:
				return i
			default:
				i += 6
			}
		}
		if i >= len(line) {
			return -1
		}
		j := bytes.IndexByte(line[i:], '\\')
		if j < 0 {
			return -1
		}
		i += j
	}
	return -1
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
