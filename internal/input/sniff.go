package input

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
)

// Format is the kind of input a file, stream or web response holds, which
// decides the reader it goes to.
type Format int

// The formats Walk knows how to read.
const (
	// Unknown: not decided; the content has to be sniffed.
	Unknown Format = iota
	// Text is a plain-text article.
	Text
	// HTML is a web page holding one article.
	HTML
	// Feed is an RSS, Atom or JSON Feed document; each item is a document.
	Feed
	// JSONLines is one JSON document per line. It is streamed, never read
	// whole, because such files can be far larger than memory.
	JSONLines
	// JSON is a single JSON document, or an array of them, that is not a JSON
	// Feed: for example a pretty-printed input record. It is read whole.
	JSON
)

var formatNames = [...]string{"unknown", "text", "html", "feed", "jsonl", "json"}

// String returns a short lower-case name such as "html" or "jsonl".
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return "unknown"
	}
	return formatNames[f]
}

// sniffLen is how much of an input is looked at to decide its format and
// whether it is binary: enough to get past an XML prolog, comments and a
// doctype, little enough to cost nothing.
const sniffLen = 8 << 10

// extension lists the file extensions taken from directories. ok is false
// for any other extension; f is Unknown for extensions that name more than
// one format (.xml can be a feed or XHTML, .json a JSON Feed, JSON Lines or
// a single record), which are sniffed.
func extension(name string) (f Format, ok bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return Text, true
	case ".html", ".htm":
		return HTML, true
	case ".rss", ".atom":
		return Feed, true
	case ".jsonl", ".ndjson":
		return JSONLines, true
	case ".xml", ".json":
		return Unknown, true
	}
	return Unknown, false
}

// FormatOf returns the format that the extension of name implies, or Unknown
// when the extension is not one Walk reads or names more than one format
// (.xml, .json), in which case the content decides.
func FormatOf(name string) Format {
	f, _ := extension(name)
	return f
}

// refine settles the format of an input named name (a path, or "" for
// stdin and URLs) whose first bytes are head.
func refine(name string, head []byte) Format {
	ext := strings.ToLower(filepath.Ext(name))
	if f, ok := extension(name); ok && f != Unknown {
		return f
	}
	s := Sniff(head)
	switch ext {
	case ".xml":
		if s == HTML {
			return HTML
		}
		return Feed // let the feed reader say what is wrong with it
	case ".json":
		if s == Feed || s == JSONLines {
			return s
		}
		return JSON
	}
	return s
}

// Sniff guesses the format of an input from its first bytes (a few KiB are
// plenty): markup whose root element is rss, feed or rdf:RDF is a Feed, other
// markup is HTML; a JSON object with a "version" of https://jsonfeed.org/...
// is a Feed; a JSON object whose first line is a complete document is
// JSONLines, one opened on a line of its own, or an array, is JSON;
// anything else is Text. An empty or blank head is Unknown. Sniff does not
// judge whether the data is binary.
func Sniff(head []byte) Format {
	head = bytes.TrimPrefix(head, bom)
	head = trimSpace(head)
	if len(head) == 0 {
		return Unknown
	}
	switch head[0] {
	case '<':
		return sniffMarkup(head)
	case '{':
		if isJSONFeed(head) {
			return Feed
		}
		line, _, found := bytes.Cut(head, nl)
		if found && string(trimSpace(line)) == "{" {
			return JSON
		}
		return JSONLines
	case '[':
		return JSON
	}
	return Text
}

var (
	bom = []byte("\xef\xbb\xbf")
	nl  = []byte("\n")
)

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func trimSpace(b []byte) []byte {
	i := 0
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	j := len(b)
	for j > i && isSpace(b[j-1]) {
		j--
	}
	return b[i:j]
}

// sniffMarkup finds the root element of markup that starts with '<',
// skipping the XML declaration, processing instructions, comments and the
// doctype. A truncated head falls back to looking for tell-tale tags.
func sniffMarkup(b []byte) Format {
	xml := false
	for {
		b = trimSpace(b)
		switch {
		case len(b) == 0:
			return markers(xml, nil)
		case b[0] != '<':
			// Text before any element: only markup if tags follow.
			return markers(xml, b)
		case hasPrefixFold(b, "<?"):
			if hasPrefixFold(b, "<?xml") {
				xml = true
			}
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return markers(xml, b)
			}
			b = b[i+2:]
		case hasPrefixFold(b, "<!--"):
			i := bytes.Index(b[4:], []byte("-->"))
			if i < 0 {
				return markers(xml, b)
			}
			b = b[4+i+3:]
		case hasPrefixFold(b, "<!doctype"):
			rest := trimSpace(b[len("<!doctype"):])
			if hasPrefixFold(rest, "html") {
				return HTML
			}
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return markers(xml, b)
			}
			b = b[i+1:]
		default:
			n := 1
			for n < len(b) && isNameByte(b[n]) {
				n++
			}
			name := b[1:n]
			if len(name) == 0 || !isLetter(name[0]) {
				if xml {
					return Feed
				}
				return Text // "<<< Breaking" or "< 3 ways" is prose
			}
			switch {
			case equalFold(name, "rss"), equalFold(name, "feed"), equalFold(name, "rdf"),
				hasSuffixFold(name, ":rdf"), hasSuffixFold(name, ":feed"), hasSuffixFold(name, ":rss"):
				return Feed
			case equalFold(name, "html"), hasSuffixFold(name, ":html"):
				return HTML
			}
			if xml {
				// An XML document with an unfamiliar root: a feed reader
				// gives the clearest error if it is not a feed after all.
				return markers(xml, b)
			}
			return HTML // an HTML fragment: <p>, <div>, <article>, ...
		}
	}
}

// markers decides by tell-tale tags anywhere in b when the root element
// could not be found.
func markers(xml bool, b []byte) Format {
	switch {
	case containsFold(b, "<rss"), containsFold(b, "<feed"), containsFold(b, "<rdf:rdf"), containsFold(b, "<channel"):
		return Feed
	case containsFold(b, "<html"), containsFold(b, "<body"), containsFold(b, "<head"):
		return HTML
	case xml:
		return Feed
	case bytes.IndexByte(b, '<') >= 0:
		return HTML
	}
	return Text
}

// isJSONFeed reports whether a JSON object declares itself a JSON Feed:
// "version": "https://jsonfeed.org/version/1.1" (the key may come anywhere
// in the head; slashes may be escaped).
func isJSONFeed(b []byte) bool {
	key := []byte(`"version"`)
	for {
		i := bytes.Index(b, key)
		if i < 0 {
			return false
		}
		b = b[i+len(key):]
		v := trimSpace(b)
		if len(v) == 0 || v[0] != ':' {
			continue
		}
		v = trimSpace(v[1:])
		if len(v) == 0 || v[0] != '"' {
			continue
		}
		v = v[1:]
		switch {
		case hasPrefixFold(v, "https:"):
			v = v[len("https:"):]
		case hasPrefixFold(v, "http:"):
			v = v[len("http:"):]
		default:
			continue
		}
		switch {
		case bytes.HasPrefix(v, []byte("//")):
			v = v[2:]
		case bytes.HasPrefix(v, []byte(`\/\/`)):
			v = v[4:]
		default:
			continue
		}
		if hasPrefixFold(v, "jsonfeed.org") {
			return true
		}
	}
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isNameByte(c byte) bool {
	return isLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold compares ASCII case-insensitively; s must be lower case.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(s) {
		if lower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

func hasPrefixFold(b []byte, s string) bool { return len(b) >= len(s) && equalFold(b[:len(s)], s) }

func hasSuffixFold(b []byte, s string) bool {
	return len(b) >= len(s) && equalFold(b[len(b)-len(s):], s)
}

// containsFold reports whether b contains s, ASCII case-insensitively,
// without allocating a lower-cased copy; s must be lower case.
func containsFold(b []byte, s string) bool {
	for i := 0; i+len(s) <= len(b); i++ {
		if lower(b[i]) == s[0] && equalFold(b[i:i+len(s)], s) {
			return true
		}
	}
	return false
}

// binaryAt returns the offset of the first NUL byte in head, or -1. Text in
// any encoding parley reads has none; UTF-16 and binary files do.
func binaryAt(head []byte) int { return bytes.IndexByte(head, 0) }

// compactJSON turns a JSON document, or an array of them, into JSON Lines
// (one compact document per line) so that the JSON Lines reader handles
// both. Compacting only removes white space between tokens: string values,
// the article text among them, stay byte for byte as they were. n is the
// number of documents.
func compactJSON(data []byte) (lines []byte, n int, err error) {
	data = bytes.TrimPrefix(data, bom)
	t := trimSpace(data)
	if len(t) > 0 && t[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(t, &items); err != nil {
			return nil, 0, err
		}
		var out bytes.Buffer
		out.Grow(len(t))
		for _, it := range items {
			if err := json.Compact(&out, it); err != nil {
				return nil, 0, err
			}
			out.WriteByte('\n')
		}
		return out.Bytes(), len(items), nil
	}
	var out bytes.Buffer
	out.Grow(len(t) + 1)
	if err := json.Compact(&out, t); err != nil {
		return nil, 0, err
	}
	out.WriteByte('\n')
	return out.Bytes(), 1, nil
}
