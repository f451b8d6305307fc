package quotes

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// class is a bit set of the roles a word can play around an attribution
// (see cues.txt for what each one means).
type class uint32

const (
	cSpeech class = 1 << iota
	cTell
	cBelief
	cAccording
	cAux
	cBoundary
	cRelative
	cTime
	cObject
	cNoun
	cPronoun
	cWeak
	cAttitude
	cPrep
	cParticle
	cSrcStop
	cRaising

	cCue = cSpeech | cTell | cBelief | cAttitude | cRaising
)

var classNames = map[string]class{
	"speech":    cSpeech,
	"tell":      cTell,
	"belief":    cBelief,
	"according": cAccording,
	"aux":       cAux,
	"boundary":  cBoundary,
	"relative":  cRelative,
	"time":      cTime,
	"object":    cObject,
	"noun":      cNoun,
	"pronoun":   cPronoun,
	"weak":      cWeak,
	"attitude":  cAttitude,
	"prep":      cPrep,
	"particle":  cParticle,
	"srcstop":   cSrcStop,
	"raising":   cRaising,
}

//go:embed cues.txt
var cuesTxt string

// cuesBin is the trained cue model (`parley train quotes`); empty means
// none, and cues come from the lexicon alone.
//
//go:embed model/cues.bin
var cuesBin []byte

// maxWord is the longest word the lexicon holds; longer tokens are never
// looked up, which keeps lower-casing in a fixed buffer.
const maxWord = 32

// Extractor finds quotations and attributions. It is read-only after
// construction, so one Extractor may serve many goroutines, each with its
// own Buffers.
type Extractor struct {
	words map[string]class
	model *cueModel // nil: cues come from the lexicon alone
	// threshold is the model score a word must pass to head a cue;
	// words not in the lexicon must pass threshold+unlisted
	threshold, unlisted int32
}

var (
	defaultOnce sync.Once
	defaultX    *Extractor
)

// Default returns the extractor built from the embedded cues.txt.
func Default() *Extractor {
	defaultOnce.Do(func() {
		x := &Extractor{words: map[string]class{}}
		if err := x.addCues(strings.NewReader(cuesTxt), "cues.txt"); err != nil {
			panic("quotes: embedded cues.txt: " + err.Error()) // a build defect, caught by the tests
		}
		if len(cuesBin) > 0 {
			m, err := loadModel(cuesBin)
			if err != nil {
				panic("quotes: embedded model/cues.bin: " + err.Error()) // a build defect, caught by the tests
			}
			x.model = m
			x.threshold, x.unlisted = cueThreshold, unlistedMargin
		}
		defaultX = x
	})
	return defaultX
}

// Lexicon returns an extractor like Default but without the trained cue
// model: cues come from cues.txt alone.
func Lexicon() *Extractor {
	return &Extractor{words: Default().words}
}

// New returns an extractor with the embedded cues plus those read from
// each of extra (in the cues.txt format), so users can add their own cue
// words without rebuilding. names label the readers in errors.
func New(extra map[string]io.Reader) (*Extractor, error) {
	x := &Extractor{words: make(map[string]class, len(Default().words)), model: Default().model, threshold: Default().threshold, unlisted: Default().unlisted}
	for w, c := range Default().words {
		x.words[w] = c
	}
	// sorted for deterministic error reporting
	names := make([]string, 0, len(extra))
	for n := range extra {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := x.addCues(extra[n], n); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// AddCues reads cue lines ("word class", '#' comments) from r into x.
// name labels errors, which give the line and the reason. A word listed
// with several classes has all of them. The shared Default extractor is
// never changed: build your own with New.
func (x *Extractor) AddCues(r io.Reader, name string) error {
	if x == defaultX && x != nil {
		return fmt.Errorf("%s: the default extractor is shared and cannot be changed; use quotes.New", name)
	}
	return x.addCues(r, name)
}

func (x *Extractor) addCues(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		f := strings.Fields(s)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return fmt.Errorf("%s:%d: want \"word class\", got %q", name, line, strings.TrimSpace(s))
		}
		c, ok := classNames[f[1]]
		if !ok {
			return fmt.Errorf("%s:%d: unknown class %q", name, line, f[1])
		}
		w := strings.ToLower(f[0])
		if len(w) > maxWord {
			return fmt.Errorf("%s:%d: word %q is longer than %d bytes", name, line, f[0], maxWord)
		}
		x.words[w] |= c
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return nil
}

// lookup returns the classes of word, lower-cased in buf without
// allocating.
func (x *Extractor) lookup(word string, buf *[maxWord]byte) class {
	if len(word) > maxWord || len(word) == 0 {
		return 0
	}
	lower := true
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 'A' && c <= 'Z' {
			lower = false
			break
		}
	}
	if lower {
		return x.words[word]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return x.words[string(buf[:len(word)])]
}

// classOf is lookup plus one rule the lexicon cannot list: an unlisted
// lower-case word ending in "-ly" is an adverb, which belongs to a cue
// right after it like the listed ones ("openly talked", "strongly
// criticized").
func (x *Extractor) classOf(word string, buf *[maxWord]byte) class {
	c := x.lookup(word, buf)
	if c == 0 && adverbLike(word) {
		return cAux
	}
	return c
}

// adverbLike reports whether word looks like an -ly adverb: lower case,
// at least five bytes, and not one of the common -ly nouns and verbs.
func adverbLike(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "family", "rally", "supply", "reply", "apply", "assembly", "italy", "anomaly", "monopoly", "butterfly", "belly", "bully", "jelly", "comply", "imply", "multiply":
		return false
	}
	return true
}
