package timex

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// wordsTxt is the documented word list (see its header for the format).
//
//go:embed words.txt
var wordsTxt string

// Word classes, one per section of words.txt.
const (
	cNone uint8 = iota
	cMonth
	cWeekday
	cDay
	cDaypart
	cUnit
	cNumber
	cDet
	cEdge
	cEdgeOf
	cLead
)

// Entry flags.
const (
	fAbbr uint8 = 1 << iota
	fPlural
	fWeekend
	fAnaphoric
)

var sections = map[string]uint8{
	"months": cMonth, "weekdays": cWeekday, "days": cDay, "dayparts": cDaypart,
	"units": cUnit, "numbers": cNumber, "determiners": cDet, "edges": cEdge,
	"edgesof": cEdgeOf, "leads": cLead,
}

var flagNames = map[string]uint8{"abbr": fAbbr, "plural": fPlural, "weekend": fWeekend, "anaphoric": fAnaphoric}

// entry is what the lexicon knows about one word.
type entry struct {
	cls  uint8
	flag uint8
	val  int8
}

// maxWord is the longest word the lexicon holds; longer words are skipped
// without a lookup.
const maxWord = 12

// lexicon maps lower-case words to entries. lenMask[c] has bit n set when
// some word starts with letter c and has n bytes, a cheap filter that keeps
// most words of a text away from the map.
type lexicon struct {
	words   map[string]entry
	lenMask [26]uint16
}

var lex = mustLexicon(wordsTxt)

func mustLexicon(src string) *lexicon {
	l, err := parseLexicon(src)
	if err != nil {
		// The file is embedded and covered by tests; a broken one is a build bug.
		panic(err)
	}
	return l
}

// parseLexicon reads the words.txt format.
func parseLexicon(src string) (*lexicon, error) {
	l := &lexicon{words: make(map[string]entry, 128)}
	cls := cNone
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			c, ok := sections[line[1:len(line)-1]]
			if !ok {
				return nil, fmt.Errorf("timex words.txt line %d: unknown section %s", n+1, line)
			}
			cls = c
			continue
		}
		if cls == cNone {
			return nil, fmt.Errorf("timex words.txt line %d: entry %q before any section", n+1, line)
		}
		f := strings.Fields(line)
		if len(f) < 2 || len(f) > 3 {
			return nil, fmt.Errorf("timex words.txt line %d: want \"word value [flag]\", got %q", n+1, line)
		}
		w := strings.ToLower(f[0])
		if len(w) > maxWord || !isLetters(w) {
			return nil, fmt.Errorf("timex words.txt line %d: word %q must be 1-%d ASCII letters", n+1, f[0], maxWord)
		}
		v, err := strconv.ParseInt(f[1], 10, 8)
		if err != nil {
			return nil, fmt.Errorf("timex words.txt line %d: value %q is not a small integer", n+1, f[1])
		}
		e := entry{cls: cls, val: int8(v)}
		if len(f) == 3 {
			fl, ok := flagNames[f[2]]
			if !ok {
				return nil, fmt.Errorf("timex words.txt line %d: unknown flag %q", n+1, f[2])
			}
			e.flag = fl
		}
		if _, dup := l.words[w]; dup {
			return nil, fmt.Errorf("timex words.txt line %d: %q listed twice", n+1, w)
		}
		l.words[w] = e
		l.lenMask[w[0]-'a'] |= 1 << len(w)
	}
	return l, nil
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// lookup returns the entry of the ASCII word w (any case) without allocating.
func (l *lexicon) lookup(w string) (entry, bool) {
	n := len(w)
	if n == 0 || n > maxWord {
		return entry{}, false
	}
	c := w[0] | 0x20
	if c < 'a' || c > 'z' || l.lenMask[c-'a']&(1<<n) == 0 {
		return entry{}, false
	}
	var b [maxWord]byte
	for i := 0; i < n; i++ {
		b[i] = w[i] | 0x20 // w holds ASCII letters only
	}
	e, ok := l.words[string(b[:n])]
	return e, ok
}
