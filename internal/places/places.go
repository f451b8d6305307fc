package places

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"parley/internal/datafiles"
	"slices"
	"strings"
	"sync"

	"parley/internal/text"
)

//go:embed data/*.txt
var embedded embed.FS

// Place is one gazetteer entry.
type Place struct {
	Name     string  // display name, e.g. "Moscow"
	Kind     string  // "country", "capital", "city", "region", "sea" or "site" (lower case)
	Country  string  // ISO 3166-1 alpha-3, "" for places in no one country
	Lat, Lon float64 // a representative point, in degrees (WGS 84)
}

// Gazetteer is a loaded and indexed set of places. It is read-only once
// built and safe for concurrent use; the *Place values it returns are its
// own and must not be modified.
type Gazetteer struct {
	places  []*Place
	aliases map[*Place][]string
	byName  map[string]*Place    // folded, lower-cased words joined by one space
	index   map[string][]*phrase // by the folded, lower-cased first word; longest first
	// lowerStart is set when some name starts with a lower-case letter;
	// when none does, a lower-case word is rejected without a map look-up.
	lowerStart bool
}

// phrase is one indexed name: its words as text.Tokenize splits them,
// diacritics folded, in the case written and in upper case.
type phrase struct {
	words []string
	upper []string
	first string // words[0] with its first letter capitalised
	place *Place
}

var defaultGaz = sync.OnceValues(func() (*Gazetteer, error) { return Load() })

// Default returns the embedded gazetteer, loaded on first use. The
// embedded data is checked by the package's tests, so a failure here is a
// build defect and panics.
func Default() *Gazetteer {
	g, err := defaultGaz()
	if err != nil {
		panic("places: embedded gazetteer: " + err.Error())
	}
	return g
}

// Load reads the embedded gazetteer and then every "*.txt" file of each
// directory in extraDirs (name order, subdirectories ignored). A later
// entry with the same display name as an earlier one (ignoring case and
// diacritics) replaces it as a whole, so users can move or recode a place;
// a name or alias claimed by two entries goes to the later one. Within
// the embedded data, or within one directory, the same name twice is an
// error, since it is almost always a typing mistake. Errors name the file
// and line and the reason.
func Load(extraDirs ...string) (*Gazetteer, error) {
	layers := make([][]entry, 1+len(extraDirs))
	err := datafiles.Read(embedded, "data/*.txt", extraDirs, "gazetteer", func(layer int, r io.Reader, name string) error {
		es, err := parse(r, name)
		layers[layer] = append(layers[layer], es...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return build(layers)
}

// owner records which entry holds a name while building, and its layer.
type owner struct {
	e     *entry
	layer int
}

func build(layers [][]entry) (*Gazetteer, error) {
	// Display names first: a later layer replaces an entry of the same
	// display name in place, so the order stays that of first definition.
	var order []*entry
	pos := map[string]int{}
	var toks []text.Token
	for li := range layers {
		seen := map[string]*entry{}
		for i := range layers[li] {
			e := &layers[li][i]
			k := key(e.place.Name, &toks)
			if p, ok := seen[k]; ok {
				return nil, fmt.Errorf("%s: place %q is already defined at %s", e.loc(), e.place.Name, p.loc())
			}
			seen[k] = e
			if j, ok := pos[k]; ok {
				order[j] = e
				continue
			}
			pos[k] = len(order)
			order = append(order, e)
		}
	}
	layerOf := map[*entry]int{}
	for li := range layers {
		for i := range layers[li] {
			layerOf[&layers[li][i]] = li
		}
	}
	// Then every name: within a layer a name belongs to one entry; across
	// layers the later one wins.
	owners := map[string]owner{}
	for _, e := range order {
		li := layerOf[e]
		for _, n := range e.names {
			k := key(n, &toks)
			if o, ok := owners[k]; ok && o.e != e {
				if o.layer == li {
					return nil, fmt.Errorf("%s: name %q of %q is also a name of %q (%s); keep it on one entry and note the choice", e.loc(), n, e.place.Name, o.e.place.Name, o.e.loc())
				}
				if o.layer > li {
					continue
				}
			}
			owners[k] = owner{e, li}
		}
	}
	g := &Gazetteer{
		places:  make([]*Place, len(order)),
		aliases: make(map[*Place][]string, len(order)),
		byName:  make(map[string]*Place, len(owners)),
		index:   make(map[string][]*phrase, len(owners)),
	}
	ptr := map[*entry]*Place{}
	for i, e := range order {
		p := new(Place)
		*p = e.place
		g.places[i] = p
		ptr[e] = p
	}
	for _, e := range order {
		p := ptr[e]
		for _, n := range e.names {
			k := key(n, &toks)
			if owners[k].e != e {
				continue // lost to a later layer
			}
			if _, dup := g.byName[k]; dup {
				continue // the same name twice on one entry
			}
			g.byName[k] = p
			g.aliases[p] = append(g.aliases[p], n)
			ws := words(n, &toks)
			ph := &phrase{words: ws, first: capFirst(ws[0]), place: p, upper: make([]string, len(ws))}
			for j, w := range ws {
				ph.upper[j] = upper(w)
			}
			if c := ws[0][0]; c >= 'a' && c <= 'z' {
				g.lowerStart = true
			}
			fk := foldLower(ws[0])
			g.index[fk] = append(g.index[fk], ph)
		}
	}
	for _, ps := range g.index {
		// Longest first, so that the first phrase that matches is the
		// longest one ("Gaza City" before "Gaza").
		slices.SortStableFunc(ps, func(a, b *phrase) int { return len(b.words) - len(a.words) })
	}
	return g, nil
}

// words tokenizes a name the way text.Tokenize tokenizes running text and
// folds diacritics, keeping case. A word is appended so that a final
// abbreviation ("D.C.") keeps its period as it would mid-sentence; the
// extra token is dropped. toks is a reusable buffer.
func words(n string, toks *[]text.Token) []string {
	s := n + " x"
	*toks = text.Tokenize(s, 0, len(s), *toks)
	ts := (*toks)[:len(*toks)-1]
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = fold(s[t.Start:t.End])
	}
	return w
}

// key is the form names are compared in: words folded, lower-cased and
// joined by one space.
func key(n string, toks *[]text.Token) string {
	return foldLower(strings.Join(words(n, toks), " "))
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Places returns every place, in the order of the data files. The slice
// and its places are the gazetteer's own: do not modify them.
func (g *Gazetteer) Places() []*Place { return g.places }

// Names returns the names p answers to in g, its display name first. The
// slice is the gazetteer's own: do not modify it.
func (g *Gazetteer) Names(p *Place) []string { return g.aliases[p] }

// Lookup returns the place whose name or alias is name, ignoring case,
// diacritics and extra white space ("Kyiv", "KYIV", "kiev", "Sanaa",
// "Sana'a"). Unlike MatchAt it is not case-sensitive: it answers a
// question about a name someone typed, not a word in running text.
func (g *Gazetteer) Lookup(name string) (*Place, bool) {
	var toks []text.Token
	p, ok := g.byName[key(strings.TrimSpace(name), &toks)]
	return p, ok
}

// MatchAt returns the longest place name starting at token i of toks
// (tokens of s from text.Tokenize): n tokens matched (0 if none) and the
// place. A name matches when each token equals the name's word with
// diacritics ignored, either in the case written (the first letter may
// also be capitalised) or with every word in upper case ("KYIV", from a
// dateline), so "Nice" the city is not "nice" the adjective; a one-word
// name shorter than four letters matches in ALL CAPS only if it is written
// so ("UAE"), since "GAO" is more often an acronym than Gao. The last word
// may carry a possessive ("Moscow's", "Kyiv’s") or lack the final period
// of an abbreviation ("U.S" before a full stop). It does not allocate.
func (g *Gazetteer) MatchAt(s string, toks []text.Token, i int) (n int, p *Place) {
	if i < 0 || i >= len(toks) {
		return 0, nil
	}
	first := source{text: s, toks: toks[i:]}.at(0)
	if first == "" || toks[i].Kind != text.Word {
		return 0, nil
	}
	if c := first[0]; !g.lowerStart && c >= 'a' && c <= 'z' {
		return 0, nil // the common case: a lower-case word
	}
	// A word whose fold could equal a name's word (at most maxWordLen
	// bytes) is at most twice as long written with diacritics.
	var kb [2*maxWordLen + 8]byte
	if len(first) > 2*maxWordLen {
		return 0, nil
	}
	k := appendFold(kb[:0], first, true)
	// The candidates: names starting with the word, with the word's
	// possessive removed ("Moscow's", "Kyiv’s": a possessive ends a
	// one-word name here), or with a final period restored ("U.S" before a
	// full stop, where the tokenizer left the period outside).
	ps := g.index[string(k)]
	var poss, abbr []*phrase
	if l := len(k); l > 2 && k[l-2] == '\'' && k[l-1] == 's' {
		poss = g.index[string(k[:l-2])]
	}
	if len(k) > 1 && k[len(k)-1] != '.' && bytes.IndexByte(k, '.') >= 0 {
		k = append(k, '.')
		abbr = g.index[string(k)]
	}
	if len(ps) == 0 && len(poss) == 0 && len(abbr) == 0 {
		return 0, nil // the common case for a capitalised word
	}
	return matchCandidates(source{text: s, toks: toks[i:]}, len(toks)-i, ps, poss, abbr)
}

// matchCandidates returns the longest of the candidate names that matches
// the source, trying the abbreviation candidates only when nothing else
// matched. It is apart from MatchAt so that the word buffers are only set
// up when there is something to compare.
func matchCandidates(src source, avail int, ps, poss, abbr []*phrase) (n int, p *Place) {
	c := wordCache{src: src}
	try := func(ps []*phrase) {
		for _, ph := range ps {
			if len(ph.words) <= n || len(ph.words) > avail {
				continue
			}
			if matchCase(ph, &c, false) || matchCase(ph, &c, true) {
				n, p = len(ph.words), ph.place
				return // longest first
			}
		}
	}
	try(ps)
	try(poss)
	if n == 0 {
		try(abbr)
	}
	return n, p
}

// source gives the words of a token slice without copying them.
type source struct {
	text string
	toks []text.Token
}

func (s source) at(j int) string {
	t := s.toks[j]
	if t.Start < 0 || int(t.End) > len(s.text) || t.Start > t.End {
		return ""
	}
	return s.text[t.Start:t.End]
}

// minCapsWord is the shortest one-word name (in bytes) that also matches
// in ALL CAPS: shorter ones ("Gao", "Bor", "Kut") collide with acronyms.
// Names written in capitals ("UAE", "DRC") match as written regardless.
const minCapsWord = 4

// maxWordLen bounds a name's word (checked when parsing), so that tokens
// are folded into fixed buffers; a longer token can match no name.
const maxWordLen = 40

// wordCache folds the tokens once, on demand, into fixed buffers, so that
// trying many names at one position neither re-folds nor allocates.
type wordCache struct {
	src  source
	n    int
	lens [maxWords]uint8
	buf  [maxWords][maxWordLen + 4]byte
}

func (c *wordCache) get(j int) []byte {
	for c.n <= j {
		b := &c.buf[c.n]
		w := c.src.at(c.n)
		f, ok := appendFoldCap(b[:0], w)
		if !ok {
			// Longer than any name's word: a NUL byte equals none of them.
			b[0] = 0
			f = b[:1]
		}
		c.lens[c.n] = uint8(len(f))
		c.n++
	}
	return c.buf[j][:c.lens[j]]
}

// appendFoldCap is appendFold without lower-casing into dst, which has
// room for maxWordLen+1 bytes; ok is false when the fold of s does not
// fit, and s is then too long to equal any name's word.
func appendFoldCap(dst []byte, s string) (out []byte, ok bool) {
	if len(s) > 4*maxWordLen {
		return dst, false
	}
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j]&0xC0 == 0x80 {
			j++
		}
		if len(dst)+4 > cap(dst) {
			return dst, false
		}
		dst = appendFold(dst, s[i:j], false)
		i = j
	}
	return dst, len(dst) <= maxWordLen
}

func matchCase(ph *phrase, c *wordCache, up bool) bool {
	last := len(ph.words) - 1
	if up && last == 0 && len(ph.words[0]) < minCapsWord {
		return false // "GAO" is an acronym far more often than Gao, Mali
	}
	for j := 0; j <= last; j++ {
		tok := c.get(j)
		w := ph.words[j]
		if up {
			w = ph.upper[j]
		}
		if string(tok) == w || (!up && j == 0 && string(tok) == ph.first) {
			continue
		}
		if j < last || !lastWordEq(tok, w, up) && (up || j != 0 || !lastWordEq(tok, ph.first, false)) {
			return false
		}
	}
	return true
}

// lastWordEq reports whether tok is w, the last word of a name, followed
// by a possessive "'s" ("'S" in upper case) or a bare "'", or w without
// the final period of an abbreviation ("U.S" before a full stop).
func lastWordEq(tok []byte, w string, up bool) bool {
	n := len(w)
	if len(tok) == n+2 && string(tok[:n]) == w && tok[n] == '\'' && (tok[n+1] == 's' || up && tok[n+1] == 'S') {
		return true
	}
	if len(tok) == n+1 && string(tok[:n]) == w && tok[n] == '\'' {
		return true
	}
	return n > 1 && w[n-1] == '.' && string(tok) == w[:n-1]
}
