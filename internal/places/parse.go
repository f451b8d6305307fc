package places

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"parley/internal/text"
)

// Kinds of place, as written in the data files.
const (
	KindCountry = "country" // a state or territory with an ISO 3166-1 code (plus XKX)
	KindCapital = "capital" // a capital city, or a seat of government
	KindCity    = "city"    // any other town or city
	KindRegion  = "region"  // a province, state, disputed or historical area
	KindSea     = "sea"     // a sea, gulf, strait, ocean or lake
	KindSite    = "site"    // a named spot smaller than a town: a retreat, a base, a plant
)

var kinds = []string{KindCountry, KindCapital, KindCity, KindRegion, KindSea, KindSite}

// entry is one parsed line: the place, every name it answers to (the
// display name first) and where it was written, for error messages.
type entry struct {
	place Place
	names []string
	file  string
	line  int
}

func (e *entry) loc() string { return fmt.Sprintf("%s:%d", e.file, e.line) }

// parseError is a data error located at file:line.
type parseError struct {
	file string
	line int
	msg  string
}

func (e *parseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg) }

// maxFile bounds a data file: the embedded ones are tens of KB, and a file
// of many MB is more likely a wrong path than a gazetteer.
const maxFile = 32 << 20

// maxWords bounds the words of a name, so that matching can fold a name's
// words into fixed buffers. The longest real names ("Democratic Republic
// of the Congo", "Saint Vincent and the Grenadines") have 6.
const maxWords = 10

// parse reads a gazetteer file from r; name is used in error messages
// ("name:line: reason").
func parse(r io.Reader, name string) ([]entry, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("%s: larger than %d MiB, not a gazetteer file", name, maxFile>>20)
	}
	return parseString(string(b), name)
}

// parseString parses one file held in a string. A line is
//
//	KIND CODE LAT LON NAME [| ALIAS ...]
//
// separated by white space up to the names; CODE is "-" for a place in
// no one country. Blank lines and lines starting with "#" are skipped.
func parseString(src, name string) ([]entry, error) {
	var out []entry
	line := 0
	for len(src) > 0 {
		line++
		raw, rest, _ := strings.Cut(src, "\n")
		src = rest
		if line == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		fail := func(format string, args ...any) error {
			return &parseError{name, line, fmt.Sprintf(format, args...)}
		}
		if !validUTF8(raw) {
			return nil, fail("invalid UTF-8")
		}
		if i := strings.IndexFunc(raw, isControl); i >= 0 {
			return nil, fail("control character %q at byte %d", raw[i], i+1)
		}
		s := strings.TrimSpace(raw)
		if s == "" || s[0] == '#' {
			continue
		}
		var f [4]string
		for i := range f {
			s = strings.TrimLeft(s, " \t")
			j := strings.IndexAny(s, " \t")
			if j < 0 {
				return nil, fail("%q: want \"KIND CODE LAT LON NAME [| ALIAS ...]\", found %d fields", clip(strings.TrimSpace(raw)), i+1)
			}
			f[i], s = s[:j], s[j:]
		}
		e := entry{file: name, line: line}
		p := &e.place
		if !validKind(f[0]) {
			return nil, fail("unknown kind %q (want %s)", clip(f[0]), strings.Join(kinds, ", "))
		}
		p.Kind = f[0]
		if f[1] != "-" {
			if !validCode(f[1]) {
				return nil, fail("country code %q: want an ISO 3166-1 alpha-3 code in upper case (RUS) or \"-\"", clip(f[1]))
			}
			p.Country = f[1]
		} else if p.Kind == KindCountry || p.Kind == KindCapital || p.Kind == KindCity {
			return nil, fail("a %s needs a country code, not \"-\"", p.Kind)
		}
		var err error
		if p.Lat, err = parseCoord(f[2], 90); err != nil {
			return nil, fail("latitude %q: %v", clip(f[2]), err)
		}
		if p.Lon, err = parseCoord(f[3], 180); err != nil {
			return nil, fail("longitude %q: %v", clip(f[3]), err)
		}
		for _, n := range strings.Split(s, "|") {
			n = strings.Join(strings.Fields(n), " ")
			if n == "" {
				return nil, fail("empty name (names are separated by \" | \" after LON)")
			}
			if err := checkName(n); err != nil {
				return nil, fail("name %q: %v", clip(n), err)
			}
			e.names = append(e.names, n)
		}
		p.Name = e.names[0]
		out = append(out, e)
	}
	return out, nil
}

func validKind(s string) bool {
	for _, k := range kinds {
		if s == k {
			return true
		}
	}
	return false
}

func validCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func parseCoord(s string, limit float64) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("not a decimal number")
	}
	if math.IsNaN(v) || v < -limit || v > limit {
		return 0, fmt.Errorf("out of range [-%g, %g]", limit, limit)
	}
	return v, nil
}

// checkName refuses names that could never match running text: no word,
// too many words, or a word longer than the match buffers.
func checkName(n string) error {
	var buf []text.Token
	ws := words(n, &buf)
	switch {
	case len(ws) == 0:
		return fmt.Errorf("no words")
	case len(ws) > maxWords:
		return fmt.Errorf("%d words, at most %d", len(ws), maxWords)
	}
	if buf[0].Kind != text.Word {
		return fmt.Errorf("starts with %q, not a word (a name must start with a letter)", clip(ws[0]))
	}
	for _, w := range ws {
		if len(w) > maxWordLen {
			return fmt.Errorf("word %q longer than %d bytes", clip(w), maxWordLen)
		}
	}
	return nil
}

func clip(s string) string {
	if len(s) > 40 {
		i := 40
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
		return s[:i] + "..."
	}
	return s
}

func validUTF8(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return strings.ToValidUTF8(s, "\uFFFD") == s
		}
	}
	return true
}

// isControl reports the control characters a line may not hold (tab and a
// final carriage return are white space).
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\r' || r == 0x7f
}
