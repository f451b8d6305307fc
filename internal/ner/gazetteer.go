package ner

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// GazClass is a class of names a gazetteer knows. Gazetteer hits are
// features, not decisions: the model learns from training data how far to
// trust each class in each context.
type GazClass uint8

// The gazetteer classes. The names a class holds decide the subtype of an
// entity whose span is exactly one of them (GPE for countries and cities,
// NORP for nationalities).
const (
	GazPerson      GazClass = iota // full personal names
	GazFirstName                   // given names
	GazOrg                         // organisations
	GazCountry                     // countries and states (GPE)
	GazCity                        // cities (GPE)
	GazPlace                       // other places: continents, regions, seas, rivers
	GazNationality                 // nationalities, peoples, demonyms (NORP)
	GazMisc                        // other names: events, languages, ...
	GazTitle                       // titles and honorifics (Mr, President): not part of a name in CoNLL, but a sign one follows
	numGazClasses
)

var gazClassNames = [...]string{"person", "firstname", "org", "country", "city", "place", "nationality", "misc", "title"}

// String returns the class name as used in file names and errors.
func (c GazClass) String() string {
	if int(c) < len(gazClassNames) {
		return gazClassNames[c]
	}
	return fmt.Sprintf("GazClass(%d)", int(c))
}

// GazMark is a set of gazetteer hits on one token: bit 2c says a name of
// class c starts at the token, bit 2c+1 that one continues through it.
type GazMark uint32

// Begin returns the mark for a token starting a name of class c.
func Begin(c GazClass) GazMark { return 1 << (2 * c) }

// Inside returns the mark for a token continuing a name of class c.
func Inside(c GazClass) GazMark { return 1 << (2*c + 1) }

// Gazetteer marks known names in one sentence. Mark is called with the
// sentence's tokens and a zeroed marks slice of the same length, and ORs in
// the marks of every name it finds. It must not keep either slice. The
// actor dictionary can be plugged in through this interface (see Combine).
type Gazetteer interface {
	Mark(words []string, marks []GazMark)
}

// Combine returns a gazetteer that applies each of gs in turn.
func Combine(gs ...Gazetteer) Gazetteer { return multiGaz(gs) }

type multiGaz []Gazetteer

func (m multiGaz) Mark(words []string, marks []GazMark) {
	for _, g := range m {
		if g != nil {
			g.Mark(words, marks)
		}
	}
}

// List is a gazetteer of names held in memory, matched token by token,
// ignoring case and trailing periods ("U.S" matches "U.S.").
type List struct {
	// byFirst maps the hash of a name's first token to the names starting
	// with it (token hashes and class), longest first.
	byFirst map[uint64][]gazName
}

type gazName struct {
	toks  []uint64
	class GazClass
}

// NewList returns an empty List.
func NewList() *List { return &List{byFirst: map[uint64][]gazName{}} }

// Add adds a name of class c; the name is split into tokens at white space
// and a possessive "'s" is not special. Empty names are ignored.
func (l *List) Add(c GazClass, name string) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return
	}
	toks := make([]uint64, len(f))
	for i, w := range f {
		toks[i] = foldHash(w)
	}
	list := l.byFirst[toks[0]]
	for _, n := range list {
		if n.class == c && slices.Equal(n.toks, toks) {
			return
		}
	}
	list = append(list, gazName{toks, c})
	// longest first, then by class, so matching order never depends on
	// the order names were added in
	sort.SliceStable(list, func(i, j int) bool {
		if len(list[i].toks) != len(list[j].toks) {
			return len(list[i].toks) > len(list[j].toks)
		}
		return list[i].class < list[j].class
	})
	l.byFirst[toks[0]] = list
}

// Parse adds the names in data, one a line, to class c. Blank lines and
// lines starting with '#' are skipped; name labels errors.
func (l *List) Parse(c GazClass, data, name string) error {
	if c >= numGazClasses {
		return fmt.Errorf("%s: unknown gazetteer class %d", name, c)
	}
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		if !utf8.ValidString(s) {
			return fmt.Errorf("%s:%d: invalid UTF-8", name, line)
		}
		l.Add(c, s)
	}
	return sc.Err()
}

// Mark implements Gazetteer: every name found at any start is marked.
func (l *List) Mark(words []string, marks []GazMark) {
	if len(l.byFirst) == 0 {
		return
	}
	var local [64]uint64
	var hs []uint64
	if len(words) <= len(local) {
		hs = local[:len(words)]
	} else {
		hs = make([]uint64, len(words))
	}
	for i, w := range words {
		hs[i] = foldHash(w)
	}
	for i := range words {
		list := l.byFirst[hs[i]]
		for _, n := range list {
			if i+len(n.toks) > len(words) || !slices.Equal(n.toks, hs[i:i+len(n.toks)]) {
				continue
			}
			marks[i] |= Begin(n.class)
			for j := i + 1; j < i+len(n.toks); j++ {
				marks[j] |= Inside(n.class)
			}
		}
	}
}

// foldHash hashes w lower-cased, without trailing periods.
func foldHash(w string) uint64 {
	for len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], unicode.ToLower(r))
		h = hashBytes(h, b[:n])
		i += sz
	}
	return h
}

//go:embed gazetteer/*.txt
var gazFiles embed.FS

var (
	builtinOnce sync.Once
	builtinGaz  *List
)

// Builtin returns the gazetteer built from the embedded files
// gazetteer/CLASS.txt (see gazetteer/README.md), written by hand from general
// knowledge. It is loaded once.
func Builtin() *List {
	builtinOnce.Do(func() {
		l, err := loadBuiltin()
		if err != nil {
			// the files are part of the build and tested; an error here
			// is a broken build, not bad input
			panic(err)
		}
		builtinGaz = l
	})
	return builtinGaz
}

func loadBuiltin() (*List, error) {
	l := NewList()
	for c := GazClass(0); c < numGazClasses; c++ {
		name := "gazetteer/" + c.String() + ".txt"
		data, err := fs.ReadFile(gazFiles, name)
		if err != nil {
			continue // a class without a file is simply empty
		}
		if err := l.Parse(c, string(data), path.Base(name)); err != nil {
			return nil, err
		}
	}
	return l, nil
}
