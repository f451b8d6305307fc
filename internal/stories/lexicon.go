package stories

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// role is the part an event of a code can play in a story (kinds.txt).
type role uint8

const (
	roleStatement  role = iota + 1 // joins a story, never starts one
	roleHappening                  // can start a story
	roleAccusation                 // joins; its targets are blamed
	roleIntent                     // an announced step
)

// class is what a lexicon phrase signals.
type class uint8

const (
	clsPositive class = iota + 1
	clsNegative
	clsMixed
	clsNegator
	clsHedge
	clsUndisclosed
	clsRelay
)

// form is how a summary may quote a stance phrase.
type form uint8

const (
	formOther form = iota
	formAdj
	formNoun
	formVerb
)

// phrase is one lexicon entry: lower-case words, a trailing "*" on a word
// making it a prefix.
type phrase struct {
	words []string
	class class
	form  form
}

// kindInfo describes a kind of happening.
type kindInfo struct {
	group string
	noun  string
}

// codeInfo is what a CAMEO code prefix says about its events.
type codeInfo struct {
	kind string
	role role
}

// lexicon is the loaded content of data/kinds.txt and data/stance.txt. It
// is read-only once built.
type lexicon struct {
	phrases     []phrase
	byFirst     map[string][]int // first word -> phrases, longest first
	prefixFirst []int            // phrases whose first word is a prefix
	fillers     map[string]bool
	codes       map[string]codeInfo
	kinds       map[string]kindInfo
	anaphors    map[string]string // noun -> kind
	issues      map[string]bool
	topics      map[string]bool
	envoys      map[string]bool
	boundaries  map[string]bool
}

func newLexicon() *lexicon {
	return &lexicon{
		byFirst:    map[string][]int{},
		fillers:    map[string]bool{},
		codes:      map[string]codeInfo{},
		kinds:      map[string]kindInfo{},
		anaphors:   map[string]string{},
		issues:     map[string]bool{},
		topics:     map[string]bool{},
		envoys:     map[string]bool{},
		boundaries: map[string]bool{},
	}
}

// defaultLexicon is the embedded lexicon, loaded once. The embedded files
// are tested, so a failure here is a build defect.
var defaultLexicon = sync.OnceValue(func() *lexicon {
	lx := newLexicon()
	for _, name := range []string{"data/kinds.txt", "data/stance.txt"} {
		f, err := dataFS.Open(name)
		if err != nil {
			panic("stories: embedded " + name + ": " + err.Error())
		}
		err = lx.read(f, "embedded:"+name)
		f.Close()
		if err != nil {
			panic("stories: " + err.Error())
		}
	}
	lx.finish()
	return lx
})

// read adds the directives of one data file; errors name the file, the
// line and the reason.
func (lx *lexicon) read(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(strings.ToLower(line))
		if len(f) == 0 {
			continue
		}
		if err := lx.directive(f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

func (lx *lexicon) directive(f []string) error {
	switch d := f[0]; d {
	case "code":
		if len(f) != 4 {
			return fmt.Errorf("want \"code CODE KIND ROLE\", got %d fields", len(f))
		}
		if !isDigits(f[1]) || len(f[1]) < 2 || len(f[1]) > 4 {
			return fmt.Errorf("code %q is not a CAMEO code of 2 to 4 digits", f[1])
		}
		var r role
		switch f[3] {
		case "statement":
			r = roleStatement
		case "happening":
			r = roleHappening
		case "accusation":
			r = roleAccusation
		case "intent":
			r = roleIntent
		default:
			return fmt.Errorf("role %q is not happening, statement, accusation or intent", f[3])
		}
		lx.codes[f[1]] = codeInfo{kind: f[2], role: r}
	case "kind":
		bar := slices.Index(f, "|")
		if bar < 4 {
			return fmt.Errorf("want \"kind KIND GROUP NOUN... | ANAPHOR ...\"")
		}
		lx.kinds[f[1]] = kindInfo{group: f[2], noun: strings.Join(f[3:bar], " ")}
		for _, w := range f[bar+1:] {
			lx.anaphors[w] = f[1]
		}
	case "issue":
		rest := strings.Join(f[1:], " ")
		for _, p := range strings.Split(rest, "|") {
			if p = strings.TrimSpace(p); p != "" {
				lx.issues[p] = true
			}
		}
	case "topic", "envoy", "boundary", "filler":
		if len(f) < 2 {
			return fmt.Errorf("%s: no words", d)
		}
		m := map[string]map[string]bool{"topic": lx.topics, "envoy": lx.envoys, "boundary": lx.boundaries, "filler": lx.fillers}[d]
		for _, w := range f[1:] {
			m[w] = true
		}
	case "relay", "negator", "hedge", "undisclosed":
		if len(f) < 2 {
			return fmt.Errorf("%s: no phrase", d)
		}
		c := map[string]class{"relay": clsRelay, "negator": clsNegator, "hedge": clsHedge, "undisclosed": clsUndisclosed}[d]
		lx.add(phrase{words: f[1:], class: c})
	case "positive", "negative", "mixed":
		if len(f) < 3 {
			return fmt.Errorf("want \"%s FORM PHRASE\"", d)
		}
		var fm form
		switch f[1] {
		case "adj":
			fm = formAdj
		case "noun":
			fm = formNoun
		case "verb":
			fm = formVerb
		case "other":
			fm = formOther
		default:
			return fmt.Errorf("form %q is not adj, noun, verb or other", f[1])
		}
		c := map[string]class{"positive": clsPositive, "negative": clsNegative, "mixed": clsMixed}[d]
		lx.add(phrase{words: f[2:], class: c, form: fm})
	default:
		return fmt.Errorf("unknown directive %q", d)
	}
	return nil
}

func (lx *lexicon) add(p phrase) {
	for _, w := range p.words {
		if w == "*" {
			return // a bare "*" would match every word: ignore it
		}
	}
	i := len(lx.phrases)
	lx.phrases = append(lx.phrases, p)
	if first := p.words[0]; strings.HasSuffix(first, "*") {
		lx.prefixFirst = append(lx.prefixFirst, i)
	} else {
		lx.byFirst[first] = append(lx.byFirst[first], i)
	}
}

// finish orders each candidate list longest phrase first, so that the
// first phrase that matches is the longest ("no agreement" before "no").
func (lx *lexicon) finish() {
	longest := func(a, b int) int { return len(lx.phrases[b].words) - len(lx.phrases[a].words) }
	for _, l := range lx.byFirst {
		slices.SortStableFunc(l, longest)
	}
	slices.SortStableFunc(lx.prefixFirst, longest)
}

// code returns what the kinds table says about a CAMEO code: the entry of
// its longest listed prefix.
func (lx *lexicon) code(c string) (codeInfo, bool) {
	for n := min(len(c), 4); n >= 2; n-- {
		if ci, ok := lx.codes[c[:n]]; ok {
			return ci, true
		}
	}
	return codeInfo{}, false
}

// group is the group of a kind; a kind without a "kind" line is its own.
func (lx *lexicon) group(kind string) string {
	if k, ok := lx.kinds[kind]; ok {
		return k.group
	}
	return kind
}

// noun names a kind in titles and summaries.
func (lx *lexicon) noun(kind string) string {
	if k, ok := lx.kinds[kind]; ok {
		return k.noun
	}
	return strings.ReplaceAll(kind, "-", " ")
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Kind returns the kind of happening (the contract's story `kind`: talks,
// visit, attack, sanctions, ...) of a CAMEO code in the embedded table
// data/kinds.txt, or "" when the code is not in it.
func Kind(code string) string {
	ci, _ := defaultLexicon().code(code)
	return ci.kind
}
