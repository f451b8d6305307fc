package text

import (
	_ "embed"
	"fmt"
	"strings"
)

// abbrClass says what the period after a known abbreviation means; see the
// header of abbreviations.txt for the full description of each class.
type abbrClass uint8

const (
	abbrNone  abbrClass = iota // not an abbreviation
	abbrTitle                  // precedes a name, never ends a sentence
	abbrNever                  // practically never ends a sentence
	abbrEnd                    // may end one, before a sentence starter
	abbrTime                   // a.m./p.m.
	abbrNum                    // an abbreviation only before a number
)

//go:embed abbreviations.txt
var abbreviationsData string

//go:embed starters.txt
var startersData string

// abbrevs maps a lower-cased abbreviation without its final period to its
// class; starters holds the sentence starters. Both are built once at start
// up from the embedded data files and only read afterwards, so concurrent
// use is safe.
var (
	abbrevs  map[string]abbrClass
	starters map[string]struct{}
	// maxAbbrevLen bounds the length of a word worth looking up, so longer
	// words skip the lower-casing and the map look-up entirely.
	maxAbbrevLen int
)

func init() {
	// The embedded files are checked by TestDataFiles; a bad line is skipped
	// here rather than stopping the program.
	abbrevs, _ = parseAbbreviations(abbreviationsData)
	for k := range abbrevs {
		if len(k) > maxAbbrevLen {
			maxAbbrevLen = len(k)
		}
	}
	starters, _ = parseStarters(startersData)
}

var classNames = map[string]abbrClass{
	"title": abbrTitle, "never": abbrNever, "end": abbrEnd, "time": abbrTime, "num": abbrNum,
}

// parseAbbreviations reads the abbreviations.txt format. It returns every
// good entry and an error naming the first bad line, so a typo in the data
// file is caught by the tests without losing the rest of the list.
func parseAbbreviations(data string) (map[string]abbrClass, error) {
	m := make(map[string]abbrClass, 256)
	var firstErr error
	for n, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		bad := func(reason string) {
			if firstErr == nil {
				firstErr = fmt.Errorf("abbreviations.txt:%d: %q: %s", n+1, strings.TrimSpace(line), reason)
			}
		}
		if len(f) != 2 {
			bad("want \"abbreviation class\"")
			continue
		}
		c, ok := classNames[f[1]]
		if !ok {
			bad("unknown class " + f[1] + " (want title, never, end, time or num)")
			continue
		}
		key := asciiLower(f[0])
		if strings.HasSuffix(key, ".") {
			bad("write the abbreviation without its final period")
			continue
		}
		if _, dup := m[key]; dup {
			bad("listed twice")
			continue
		}
		m[key] = c
	}
	return m, firstErr
}

// parseStarters reads the starters.txt format: one capitalised word a line.
func parseStarters(data string) (map[string]struct{}, error) {
	m := make(map[string]struct{}, 256)
	var firstErr error
	for n, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 1 {
			if firstErr == nil {
				firstErr = fmt.Errorf("starters.txt:%d: %q: want one word a line", n+1, strings.TrimSpace(line))
			}
			continue
		}
		m[f[0]] = struct{}{}
	}
	return m, firstErr
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// lookupAbbrev returns the class of w (the word before a period, without
// it). It lower-cases into a stack buffer so the look-up never allocates.
func lookupAbbrev(w string) abbrClass {
	if len(w) == 0 || len(w) > maxAbbrevLen {
		return abbrNone
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return abbrNone
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(w)])]
}

// isStarter reports whether the word at text[p:] (letters up to the first
// non-letter, so "It's" compares as "It") is a listed sentence starter.
func isStarter(t string, p, end int) bool {
	q := p
	for q < end && q-p < 16 {
		c := t[q]
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			q++
			continue
		}
		break
	}
	if q == p {
		return false
	}
	_, ok := starters[t[p:q]]
	return ok
}
