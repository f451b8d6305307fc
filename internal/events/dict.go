package events

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"parley/internal/cameo"
)

//go:embed data/verbs/*.txt data/irregular.txt
var embedded embed.FS

// element is one position of a pattern: a word (any of alts, in any
// inflected form), an optional word, or the target slot.
type element struct {
	ids      []uint32 // base-word ids of the alternatives
	optional bool
	target   bool
	source   bool // "$": the source slot ("receive aid from $")
}

// Pattern is one compiled dictionary line: a CAMEO code and the words
// that express it.
type Pattern struct {
	Code   string // CAMEO code, "043"
	Text   string // the pattern as written
	File   string // where it was read, "data/verbs/04-consult.txt:12"
	TwoWay bool   // "<->": write the event once per direction
	// passiveNoun marks a pattern whose first word is a noun by design,
	// followed by "be" ("agreement be reach": "no agreement was
	// reached"): its first word is not required to be a verb.
	passiveNoun bool
	elems       []element
	words       int // literal (non-optional) words, the pattern's weight
}

// Dictionary is a compiled verb and phrase dictionary. It is read-only
// once built and safe for concurrent use.
type Dictionary struct {
	patterns []*Pattern
	// forms maps a lower-case surface form ("met", "talks") to the ids
	// of the base words it may be a form of ("meet"; "talk").
	forms map[string][]uint32
	base  map[string]uint32 // base word -> id
	// first indexes patterns by the base-word ids of their first
	// non-optional element (patterns starting with an optional word are
	// indexed under both).
	first         map[uint32][]*Pattern
	irregular     map[string][]string // base -> irregular forms
	irregularForm map[string]bool     // every irregular form, for passive participles
}

var defaultDictionary = sync.OnceValues(func() (*Dictionary, error) { return Load() })

// DefaultDictionary returns the embedded dictionary. It is checked by the
// package's tests, so a failure here is a build defect and panics.
func DefaultDictionary() *Dictionary {
	d, err := defaultDictionary()
	if err != nil {
		panic("events: embedded dictionary: " + err.Error())
	}
	return d
}

// Load reads the embedded dictionary and then every *.txt file of each
// directory in extraDirs (users' own patterns, added to the embedded
// ones). An error names the file and line.
func Load(extraDirs ...string) (*Dictionary, error) {
	d := newDictionary()
	irr, err := embedded.ReadFile("data/irregular.txt")
	if err != nil {
		return nil, err
	}
	if err := d.readIrregular(strings.NewReader(string(irr)), "data/irregular.txt"); err != nil {
		return nil, err
	}
	names, err := fs.Glob(embedded, "data/verbs/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		f, err := embedded.Open(n)
		if err != nil {
			return nil, err
		}
		err = d.AddPatterns(f, n)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for _, dir := range extraDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no *.txt pattern files", dir)
		}
		sort.Strings(files)
		for _, n := range files {
			f, err := os.Open(n)
			if err != nil {
				return nil, err
			}
			err = d.AddPatterns(f, n)
			f.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func newDictionary() *Dictionary {
	return &Dictionary{
		forms:     map[string][]uint32{},
		base:      map[string]uint32{},
		first:     map[uint32][]*Pattern{},
		irregular: map[string][]string{},

		irregularForm: map[string]bool{},
	}
}

// Patterns returns the compiled patterns in the order read.
func (d *Dictionary) Patterns() []*Pattern { return d.patterns }

// readIrregular reads lines "base form form ..." ("meet met"); a base
// alone ("cut") is a verb whose forms do not change.
func (d *Dictionary) readIrregular(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(strings.ToLower(line))
		d.irregular[f[0]] = append(d.irregular[f[0]], f[1:]...)
		for _, x := range f[1:] {
			d.irregularForm[x] = true
		}
	}
	return sc.Err()
}

// AddPatterns reads pattern lines "CODE PATTERN [<->]" from r (name is
// used in errors) and adds them to d. The format is in docs/events.md.
func (d *Dictionary) AddPatterns(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p, err := d.compile(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", name, ln, err)
		}
		p.File = fmt.Sprintf("%s:%d", name, ln)
		d.patterns = append(d.patterns, p)
		for _, e := range p.elems {
			if e.target || e.source {
				break
			}
			for _, id := range e.ids {
				if !slices.Contains(d.first[id], p) {
					d.first[id] = append(d.first[id], p)
				}
			}
			if !e.optional {
				break
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// compile parses one pattern line.
func (d *Dictionary) compile(line string) (*Pattern, error) {
	f := strings.Fields(line)
	code := f[0]
	if !cameo.Valid(code) {
		return nil, fmt.Errorf("%q is not a CAMEO code of the table (internal/cameo)", code)
	}
	p := &Pattern{Code: code}
	f = f[1:]
	if n := len(f); n > 0 && f[n-1] == "<->" {
		p.TwoWay = true
		f = f[:n-1]
	}
	if len(f) == 0 {
		return nil, fmt.Errorf("code %s has no pattern words", code)
	}
	p.Text = strings.Join(f, " ")
	targets, sources := 0, 0
	for _, w := range f {
		var e element
		switch {
		case w == "+":
			e.target = true
			targets++
		case w == "$":
			e.source = true
			sources++
		case strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && len(w) > 2:
			e.optional = true
			w = w[1 : len(w)-1]
			fallthrough
		default:
			for _, alt := range strings.Split(w, "|") {
				if !validWord(alt) {
					return nil, fmt.Errorf("%q is not a pattern word (lower-case letters, digits, hyphen, apostrophe)", alt)
				}
				e.ids = append(e.ids, d.word(alt))
			}
			if !e.optional {
				p.words++
			}
		}
		p.elems = append(p.elems, e)
	}
	if targets > 1 {
		return nil, fmt.Errorf("more than one target slot \"+\"")
	}
	if sources > 1 {
		return nil, fmt.Errorf("more than one source slot \"$\"")
	}
	if sources == 1 && targets == 1 {
		return nil, fmt.Errorf("a pattern with a source slot \"$\" takes its target from the subject: drop the \"+\"")
	}
	if p.words == 0 {
		return nil, fmt.Errorf("pattern has no required word")
	}
	if be, ok := d.base["be"]; ok {
		for _, e := range p.elems[1:] {
			if len(e.ids) == 1 && e.ids[0] == be {
				p.passiveNoun = true
			}
		}
	}
	if p.elems[0].target {
		return nil, fmt.Errorf("pattern starts with the target slot: the source is found to the left of the first word")
	}
	if p.elems[0].source {
		return nil, fmt.Errorf("pattern starts with the source slot: write the active form (the subject is found to the left of the first word)")
	}
	return p, nil
}

func validWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '.') {
			return false
		}
	}
	return true
}

// word returns the id of base word w, registering its inflected forms.
func (d *Dictionary) word(w string) uint32 {
	if id, ok := d.base[w]; ok {
		return id
	}
	id := uint32(len(d.base))
	d.base[w] = id
	for _, f := range inflect(w, d.irregular[w]) {
		if !slices.Contains(d.forms[f], id) {
			d.forms[f] = append(d.forms[f], id)
		}
	}
	return id
}

// inflect returns w and the forms English inflection may give it: plural
// or third person (-s), past (-ed), participle (-ing), with the spelling
// rules (e-drop, y to i, doubled final consonant), plus the irregular
// forms given. Over-generation is harmless: a form that is not a word
// never occurs in text.
func inflect(w string, irregular []string) []string {
	out := []string{w}
	out = append(out, irregular...)
	if strings.ContainsAny(w, "'.") || len(w) < 2 {
		return out
	}
	n := len(w)
	last := w[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es")
	case last == 'y' && !vowel(w[n-2]):
		out = append(out, w[:n-1]+"ies")
	default:
		out = append(out, w+"s")
	}
	switch {
	case last == 'e':
		out = append(out, w+"d")
		if strings.HasSuffix(w, "ie") {
			out = append(out, w[:n-2]+"ying")
		} else if strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe") {
			out = append(out, w+"ing")
		} else {
			out = append(out, w[:n-1]+"ing")
		}
	case last == 'y' && !vowel(w[n-2]):
		out = append(out, w[:n-1]+"ied", w+"ing")
	default:
		out = append(out, w+"ed", w+"ing")
		if !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(w[n-2]) && (n < 3 || !vowel(w[n-3])) {
			out = append(out, w+string(last)+"ed", w+string(last)+"ing")
		}
	}
	return out
}
