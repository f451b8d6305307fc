package actors

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

// AliasKind says how a matched phrase names an entry.
type AliasKind uint8

// The ways a phrase can name an entry.
const (
	AsName      AliasKind = iota + 1 // a name or alias ("Russia", "Putin")
	AsAdjective                      // an adjective ("Russian")
	AsDemonym                        // a noun for the people ("Russians")
	AsCapital                        // the capital, a place that may stand for the government ("Moscow")
	AsMetonym                        // a seat of power standing for the actor ("the Kremlin")
)

var aliasKindNames = [...]string{"", "name", "adjective", "demonym", "capital", "metonym"}

// String returns "name", "adjective", "demonym", "capital" or "metonym".
func (k AliasKind) String() string {
	if int(k) < len(aliasKindNames) && k != 0 {
		return aliasKindNames[k]
	}
	return fmt.Sprintf("AliasKind(%d)", int(k))
}

// Hit is one entry a phrase names, and how.
type Hit struct {
	Entry *Entry
	As    AliasKind
}

// phrase is one indexed alias: its words as the tokenizer splits them,
// with diacritics folded, in the case written, in upper case, and with
// the first letter capitalised.
type phrase struct {
	words []string
	upper []string
	first string
	hits  []Hit
	// shared marks, per hit, an alias written with a leading "~": shared
	// on purpose with other entries ("~Congo").
	shared []bool
}

// Dictionary is a loaded, validated and indexed actor dictionary. It is
// read-only once built and safe for concurrent use.
type Dictionary struct {
	entries []*Entry             // by kind, then id
	byID    map[string]*Entry    // every entry by id
	byCode  map[string]*Entry    // country, region and IGO entries by code
	sectors map[string]*Entry    // sector entries by code
	index   map[string][]*phrase // phrases by their folded, lower-cased first word, longest first
	phrases int
}

var defaultDict = sync.OnceValues(func() (*Dictionary, error) { return Load() })

// Default returns the embedded dictionary, loaded on first use. The
// embedded data is checked by the package's tests, so a failure here is a
// build defect and panics.
func Default() *Dictionary {
	d, err := defaultDict()
	if err != nil {
		panic("actors: embedded dictionary: " + err.Error())
	}
	return d
}

// Load reads the embedded dictionary and then each directory of extraDirs
// in order. Every "*.txt" file of a directory is read, in name order
// (subdirectories are not). An entry whose id is already defined replaces
// the earlier definition as a whole, so a later directory overrides an
// earlier one and every directory overrides the embedded data; the same id
// twice within the embedded data or within one directory is an error.
// Errors name the file and line and the reason.
func Load(extraDirs ...string) (*Dictionary, error) {
	layers := make([][]*Entry, 1+len(extraDirs))
	err := datafiles.Read(embedded, "data/*.txt", extraDirs, "actor dictionary", func(layer int, r io.Reader, name string) error {
		es, err := Parse(r, name)
		layers[layer] = append(layers[layer], es...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return build(layers)
}

// New builds a dictionary from entries alone (no embedded data), checking
// them as Load does. The entries must come from Parse, which fills their
// defaults; the dictionary keeps them. It is meant for tests and tools.
func New(entries []*Entry) (*Dictionary, error) {
	return build([][]*Entry{entries})
}

func loc(e *Entry) string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

func build(layers [][]*Entry) (*Dictionary, error) {
	byID := map[string]*Entry{}
	for _, layer := range layers {
		seen := map[string]*Entry{}
		for _, e := range layer {
			if p, ok := seen[e.ID]; ok {
				return nil, fmt.Errorf("%s: duplicate id %q (first defined at %s)", loc(e), e.ID, loc(p))
			}
			seen[e.ID] = e
			byID[e.ID] = e
		}
	}
	d := &Dictionary{
		byID:    byID,
		byCode:  map[string]*Entry{},
		sectors: map[string]*Entry{},
	}
	for _, e := range byID {
		d.entries = append(d.entries, e)
	}
	slices.SortFunc(d.entries, func(a, b *Entry) int {
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		return strings.Compare(a.ID, b.ID)
	})
	for _, e := range d.entries {
		switch e.Kind {
		case KindCountry, KindRegion, KindIGO:
			if p, ok := d.byCode[e.Country]; ok {
				return nil, fmt.Errorf("%s: %s: code %s already belongs to %s (%s)", loc(e), e.ID, e.Country, p.ID, loc(p))
			}
			d.byCode[e.Country] = e
		case KindSector:
			if p, ok := d.sectors[e.Code]; ok {
				return nil, fmt.Errorf("%s: %s: sector %s already defined by %s (%s)", loc(e), e.ID, e.Code, p.ID, loc(p))
			}
			d.sectors[e.Code] = e
		}
	}
	for _, e := range d.entries {
		if err := d.check(e); err != nil {
			return nil, fmt.Errorf("%s: %s: %v", loc(e), e.ID, err)
		}
	}
	n := 0
	for _, e := range d.entries {
		n += 1 + len(e.Aliases) + len(e.Adjectives) + len(e.Demonyms) + len(e.Capitals) + len(e.Metonyms)
	}
	phrases := make(map[string]*phrase, n)
	byLower := make(map[string][]*phrase, n)
	d.index = make(map[string][]*phrase, n)
	var toks []text.Token
	for _, e := range d.entries {
		// The display name is a name too, except a sector's, which is a
		// description.
		var name []string
		if e.Kind != KindSector {
			name = []string{e.Name}
		}
		for _, l := range []struct {
			as    AliasKind
			items []string
		}{{AsName, name}, {AsName, e.Aliases}, {AsAdjective, e.Adjectives}, {AsDemonym, e.Demonyms}, {AsCapital, e.Capitals}, {AsMetonym, e.Metonyms}} {
			for _, a := range l.items {
				if err := d.add(phrases, byLower, &toks, e, l.as, a); err != nil {
					return nil, err
				}
			}
		}
	}
	d.addArticleVariants(phrases, byLower, &toks)
	for _, ps := range d.index {
		// Longest first, so the first match is the longest one.
		slices.SortStableFunc(ps, func(a, b *phrase) int { return len(b.words) - len(a.words) })
	}
	return d, nil
}

// check validates an entry's references to codes defined elsewhere.
func (d *Dictionary) check(e *Entry) error {
	if e.Kind != KindSector {
		if _, ok := d.byCode[e.Country]; !ok {
			return fmt.Errorf("country %s is not defined (no country, region or igo entry has that code)", e.Country)
		}
	}
	for _, s := range e.Sectors {
		if _, ok := d.sectors[s]; !ok {
			return fmt.Errorf("sector %s is not defined (no sector entry has that code)", s)
		}
	}
	for _, r := range e.Roles {
		if _, ok := d.byCode[r.Country]; !ok {
			return fmt.Errorf("role %q: country %s is not defined", r.Title, r.Country)
		}
		for _, s := range r.Sectors {
			if _, ok := d.sectors[s]; !ok {
				return fmt.Errorf("role %q: sector %s is not defined", r.Title, s)
			}
		}
	}
	return nil
}

// splitWords tokenizes an alias the way text.Tokenize tokenizes running
// text. A word is appended so that a final abbreviation ("U.S.") keeps its
// period as it would mid-sentence; the extra token is dropped. toks is a
// reusable buffer.
func splitWords(a string, toks *[]text.Token) []string {
	s := a + " x"
	*toks = text.Tokenize(s, 0, len(s), *toks)
	ts := (*toks)[:len(*toks)-1]
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = fold(s[t.Start:t.End])
	}
	return w
}

func (d *Dictionary) add(phrases map[string]*phrase, byLower map[string][]*phrase, toks *[]text.Token, e *Entry, as AliasKind, alias string) error {
	shared := strings.HasPrefix(alias, "~")
	a := strings.TrimSpace(strings.TrimPrefix(alias, "~"))
	words := splitWords(a, toks)
	if len(words) == 0 {
		return fmt.Errorf("%s: %s: %s %q has no words", loc(e), e.ID, as, alias)
	}
	exact := strings.Join(words, " ")
	lower := foldLower(exact)
	// Conflicts are checked ignoring case: "NATO" and "Nato" may both be
	// aliases of one entry, but not of two.
	for _, q := range byLower[lower] {
		for i, h := range q.hits {
			if h.Entry != e && (!shared || !q.shared[i]) {
				return fmt.Errorf("%s: %s: %s %q is also %s of %s (%s); mark it \"~%s\" in both entries if it is meant to be shared",
					loc(e), e.ID, as, a, h.As, h.Entry.ID, loc(h.Entry), a)
			}
		}
	}
	p, ok := phrases[exact]
	if !ok {
		p = &phrase{words: words, first: capFirst(words[0]), upper: make([]string, 0, len(words))}
		for _, w := range words {
			p.upper = append(p.upper, upper(w))
		}
		phrases[exact] = p
		byLower[lower] = append(byLower[lower], p)
		k := lower // the folded first word is lower's first word: words hold no spaces
		if i := strings.IndexByte(lower, ' '); i >= 0 {
			k = lower[:i]
		}
		d.index[k] = append(d.index[k], p)
		d.phrases++
	}
	for _, h := range p.hits {
		if h.Entry == e {
			return nil // the same entry names itself twice (alias and capital): keep the first
		}
	}
	p.hits = append(p.hits, Hit{e, as})
	p.shared = append(p.shared, shared)
	return nil
}

// Get returns the entry with the given id, or nil.
func (d *Dictionary) Get(id string) *Entry { return d.byID[id] }

// Country returns the country, region or IGO entry whose code is code
// ("RUS", "EUR", "IGONATO"), or nil.
func (d *Dictionary) Country(code string) *Entry { return d.byCode[code] }

// Sector returns the sector entry for a sector code ("GOV"), or nil.
func (d *Dictionary) Sector(code string) *Entry { return d.sectors[code] }

// Entries returns every entry, ordered by kind and then id. The slice is
// the dictionary's own: do not modify it.
func (d *Dictionary) Entries() []*Entry { return d.entries }

// Len returns the number of entries.
func (d *Dictionary) Len() int { return len(d.entries) }

// Phrases returns the number of distinct indexed aliases.
func (d *Dictionary) Phrases() int { return d.phrases }

// Match returns the entries that name, as a whole, names (an alias,
// adjective, demonym, capital or metonym), under the matching rules of
// MatchTokens. The slice is the dictionary's own: do not modify it.
func (d *Dictionary) Match(name string) []Hit {
	s := strings.TrimSpace(name) + " x"
	toks := text.Tokenize(s, 0, len(s), nil)
	if len(toks) < 2 {
		return nil
	}
	toks = toks[:len(toks)-1]
	n, hits := d.MatchAt(s, toks, 0)
	if n != len(toks) {
		return nil
	}
	return hits
}

// MatchTokens finds the longest alias that starts at words[0] and returns
// how many words it spans and the entries it names (n == 0 when none).
// Words are tokens as text.Tokenize makes them. A phrase matches when each
// word equals the alias's word with diacritics ignored, either in the case
// written (the first letter may also be capitalised) or with every word in
// upper case; the last word may carry a possessive ("Russia's", "Emirates'")
// or lack the final period of an abbreviation ("U.S" before a full stop).
// It does not allocate; the returned slice is the dictionary's own.
func (d *Dictionary) MatchTokens(words []string) (n int, hits []Hit) {
	return d.match(source{words: words}, len(words))
}

// MatchAt is MatchTokens over tokens of a text: the phrase starts at
// toks[i] and its words are text[tok.Start:tok.End].
func (d *Dictionary) MatchAt(s string, toks []text.Token, i int) (n int, hits []Hit) {
	if i < 0 || i >= len(toks) {
		return 0, nil
	}
	return d.match(source{text: s, toks: toks[i:]}, len(toks)-i)
}

// source gives the words of either a word slice or a token slice, without
// copying them.
type source struct {
	words []string
	text  string
	toks  []text.Token
}

func (s source) at(j int) string {
	if s.words != nil {
		return s.words[j]
	}
	t := s.toks[j]
	if int(t.Start) < 0 || int(t.End) > len(s.text) || t.Start > t.End {
		return ""
	}
	return s.text[t.Start:t.End]
}

func (d *Dictionary) match(src source, avail int) (int, []Hit) {
	if avail == 0 {
		return 0, nil
	}
	first := src.at(0)
	if first == "" {
		return 0, nil
	}
	var kb [64]byte
	key := appendFold(kb[:0], first, true)
	c := wordCache{src: src}
	bestN, bestHits := 0, []Hit(nil)
	try := func(ps []*phrase) {
		for _, p := range ps {
			if len(p.words) <= bestN || len(p.words) > avail {
				continue
			}
			if matchPhrase(p, &c) {
				bestN, bestHits = len(p.words), p.hits
				return // sorted longest first
			}
		}
	}
	try(d.index[string(key)])
	// "Russia's", "Emirates'": a possessive ends a one-word phrase here.
	if l := len(key); l > 2 && key[l-2] == '\'' && key[l-1] == 's' {
		try(d.index[string(key[:l-2])])
	} else if l > 1 && key[l-1] == '\'' {
		try(d.index[string(key[:l-1])])
	}
	// "U.S" before a full stop: the tokenizer left the period outside.
	if bestN == 0 && len(key) > 1 && key[len(key)-1] != '.' && bytes.IndexByte(key, '.') >= 0 {
		key = append(key, '.')
		try(d.index[string(key)])
	}
	return bestN, bestHits
}

// wordCache folds the words of a source once, on demand, into fixed
// buffers, so trying many candidate phrases at one position neither
// re-folds nor allocates.
type wordCache struct {
	src  source
	n    int
	lens [cacheWords]uint8
	buf  [cacheWords][cacheWordLen]byte
}

const (
	cacheWords   = 12
	cacheWordLen = 40
)

func (c *wordCache) get(j int) []byte {
	if j >= cacheWords {
		return appendFold(nil, c.src.at(j), false)
	}
	for c.n <= j {
		b := &c.buf[c.n]
		f := appendFold(b[:0], c.src.at(c.n), false)
		if len(f) > cacheWordLen {
			// Longer than any alias word: a NUL byte compares unequal
			// to all of them.
			b[0] = 0
			f = b[:1]
		}
		c.lens[c.n] = uint8(len(f))
		c.n++
	}
	return c.buf[j][:c.lens[j]]
}

// matchPhrase checks p against the words of the source, in the written
// case or in upper case.
func matchPhrase(p *phrase, c *wordCache) bool {
	return matchCase(p, c, false) || matchCase(p, c, true)
}

func matchCase(p *phrase, c *wordCache, up bool) bool {
	last := len(p.words) - 1
	for j := 0; j <= last; j++ {
		tok := c.get(j)
		w := p.words[j]
		if up {
			w = p.upper[j]
		}
		if string(tok) == w || (!up && j == 0 && string(tok) == p.first) {
			continue
		}
		if j < last {
			return false
		}
		// The last word: a possessive, or an abbreviation without its
		// final period.
		if !lastWordEq(tok, w, up) && !(!up && j == 0 && lastWordEq(tok, p.first, false)) {
			return false
		}
	}
	return true
}

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

// Search returns the entries that a query names: first those it names
// exactly (as an alias, adjective, demonym, capital or metonym), then the
// others whose id, name, codes, names or role titles contain it, ignoring
// case and diacritics; each entry once, the second group by kind and id.
// An empty query returns every entry.
func (d *Dictionary) Search(query string) []*Entry {
	q := foldLower(strings.TrimSpace(query))
	if q == "" {
		return slices.Clone(d.entries)
	}
	var out []*Entry
	seen := map[*Entry]bool{}
	for _, h := range d.Match(query) {
		if !seen[h.Entry] {
			seen[h.Entry] = true
			out = append(out, h.Entry)
		}
	}
	if e := d.byID[strings.TrimSpace(query)]; e != nil && !seen[e] {
		seen[e] = true
		out = append(out, e)
	}
	for _, e := range d.entries {
		if !seen[e] && e.contains(q) {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

func (e *Entry) contains(q string) bool {
	has := func(s string) bool { return strings.Contains(foldLower(s), q) }
	if has(e.ID) || has(e.Name) || has(e.Code) || has(e.Country) {
		return true
	}
	for _, l := range [][]string{e.Aliases, e.Adjectives, e.Demonyms, e.Capitals, e.Metonyms} {
		for _, s := range l {
			if has(s) {
				return true
			}
		}
	}
	for _, r := range e.Roles {
		if has(r.Title) || has(r.Code) {
			return true
		}
	}
	return false
}

// Arabic names in the press write their article in many ways: "Omar
// al-Bashir", "Omar el-Bashir", "Omar El Bashir", "Omar Al-Bashir". A
// person's name or alias with one such article also answers to the other
// spellings, derived here rather than written out in the data, so that
// every entry gets them alike. A derived spelling never takes a phrase
// the data gives (to this entry or another), and one that two people's
// names would both produce names neither, unless every name it comes
// from is shared ("~") on purpose.

// articleForms are the spellings of the article, joined to the name by a
// hyphen or standing apart.
var articleForms = [...]string{"al-", "el-", "Al-", "El-", "al ", "el ", "Al ", "El "}

// articleVariants returns the other spellings of alias a's first article
// ("al-Bashir", "El Bashir"), or nil when it has none. The article must
// be followed by a capitalised name.
func articleVariants(a string) []string {
	for i := 0; i+3 < len(a); i++ {
		if i > 0 && a[i-1] != ' ' {
			continue
		}
		if i == 0 && a[:3] == "Al " {
			continue // a given name: "Al Gore"
		}
		if (a[i] == 'a' || a[i] == 'e' || a[i] == 'A' || a[i] == 'E') && a[i+1] == 'l' && (a[i+2] == '-' || a[i+2] == ' ') && a[i+3] >= 'A' && a[i+3] <= 'Z' {
			var vs []string
			for _, f := range articleForms {
				if f != a[i:i+3] {
					vs = append(vs, a[:i]+f+a[i+3:])
				}
			}
			return vs
		}
	}
	return nil
}

// addArticleVariants indexes the article spellings of people's names and
// aliases (see articleVariants) that the data does not already give.
func (d *Dictionary) addArticleVariants(phrases map[string]*phrase, byLower map[string][]*phrase, toks *[]text.Token) {
	type derived struct {
		e      *Entry
		alias  string
		shared bool
	}
	var order []string // first-seen order of the folded variants, for determinism
	cands := map[string][]derived{}
	for _, e := range d.entries {
		if e.Kind != KindPerson {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			shared := strings.HasPrefix(a, "~")
			for _, v := range articleVariants(strings.TrimPrefix(a, "~")) {
				exact := strings.Join(splitWords(v, toks), " ")
				lower := foldLower(exact)
				if _, ok := phrases[exact]; ok || d.namesOther(byLower[lower], e) {
					continue // the data names it already, or names someone else so
				}
				if _, ok := cands[lower]; !ok {
					order = append(order, lower)
				}
				cands[lower] = append(cands[lower], derived{e, v, shared})
			}
		}
	}
	for _, lower := range order {
		cs := cands[lower]
		one, allShared := true, true
		for _, c := range cs {
			one = one && c.e == cs[0].e
			allShared = allShared && c.shared
		}
		if !one && !allShared {
			continue // two people's names meet: it names neither
		}
		for _, c := range cs {
			alias := c.alias
			if !one {
				alias = "~" + alias
			}
			// The checks above leave nothing for add to refuse.
			_ = d.add(phrases, byLower, toks, c.e, AsName, alias)
		}
	}
}

// namesOther reports whether any of ps names an entry other than e.
func (d *Dictionary) namesOther(ps []*phrase, e *Entry) bool {
	for _, p := range ps {
		for _, h := range p.hits {
			if h.Entry != e {
				return true
			}
		}
	}
	return false
}
