// Package conll reads named-entity data in the CoNLL-2003 column format:
// one token a line ("WORD POS CHUNK NER", separated by spaces or tabs; Read
// uses only the first and the last column, ReadWithPOS the second too),
// sentences separated by blank lines, documents started by a "-DOCSTART-"
// line. Tags may be IOB1 (the original files) or IOB2; the reader keeps them
// as written.
package conll

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence: its tokens and their tags, index by index.
type Sentence struct {
	Words []string
	Tags  []string
	// POS holds the part-of-speech column (the second), index by index,
	// when the sentence was read by ReadWithPOS; Read leaves it nil so
	// that entity training does not pay for a column it ignores.
	POS []string
}

// Document is the sentences between two -DOCSTART- lines (a file without
// them is one document).
type Document struct {
	Sentences []Sentence
}

// maxLine bounds one input line; real lines are a few dozen bytes.
const maxLine = 1 << 20

// Read parses all documents from r; name (usually the file name) labels
// error messages. A token line with fewer than two columns, or a tag that
// is neither "O" nor of the form B-TYPE / I-TYPE (E-/S-/L-/U- are accepted
// too), is an error naming name:line. Empty documents are dropped.
func Read(r io.Reader, name string) ([]Document, error) {
	return read(r, name, false)
}

// ReadWithPOS is Read that also keeps the part-of-speech column (the
// second column of "WORD POS CHUNK NER") in Sentence.POS, for training
// and scoring a part-of-speech tagger. A token line with fewer than three
// columns is an error naming name:line, since it has no POS column.
func ReadWithPOS(r io.Reader, name string) ([]Document, error) {
	return read(r, name, true)
}

func read(r io.Reader, name string, withPOS bool) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var docs []Document
	var cur Document
	var sent Sentence
	// intern repeated tags and words so a 200k-token file does not hold
	// 400k small strings
	tags := map[string]string{}
	words := map[string]string{}
	flushSent := func() {
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = Document{}
	}
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			flushSent()
			continue
		}
		if bytes.HasPrefix(b, []byte("-DOCSTART-")) {
			flushDoc()
			continue
		}
		first := bytes.IndexAny(b, " \t")
		last := bytes.LastIndexAny(b, " \t")
		if first < 0 {
			return nil, fmt.Errorf("%s:%d: token line %q has no tag column", name, line, clip(b))
		}
		w, t := b[:first], b[last+1:]
		if !validTag(t) {
			return nil, fmt.Errorf("%s:%d: %q is not an entity tag (want O, B-TYPE or I-TYPE)", name, line, clip(t))
		}
		var pos []byte
		if withPOS {
			rest := bytes.TrimLeft(b[first:], " \t")
			end := bytes.IndexAny(rest, " \t")
			if end < 0 || first == last {
				return nil, fmt.Errorf("%s:%d: token line %q has no POS column (want WORD POS ... TAG)", name, line, clip(b))
			}
			pos = rest[:end]
		}
		ws, ok := words[string(w)]
		if !ok {
			ws = string(w)
			words[ws] = ws
		}
		ts, ok := tags[string(t)]
		if !ok {
			ts = string(t)
			tags[ts] = ts
		}
		sent.Words = append(sent.Words, ws)
		sent.Tags = append(sent.Tags, ts)
		if withPOS {
			ps, ok := tags[string(pos)]
			if !ok {
				ps = string(pos)
				tags[ps] = ps
			}
			sent.POS = append(sent.POS, ps)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", name, line+1, err)
	}
	flushDoc()
	return docs, nil
}

func validTag(t []byte) bool {
	if len(t) == 1 && t[0] == 'O' {
		return true
	}
	if len(t) < 3 || t[1] != '-' {
		return false
	}
	return strings.IndexByte("BIESLU", t[0]) >= 0
}

func clip(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "..."
	}
	return string(b)
}
