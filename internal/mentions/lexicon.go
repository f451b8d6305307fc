package mentions

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"parley/internal/text"
)

//go:embed data/titles.txt
var titlesData string

//go:embed data/names.txt
var namesData string

// wordClass is what a title-lexicon phrase does in a mention.
type wordClass uint8

const (
	clPerson wordClass = iota + 1 // a title or description of one person
	clGroup                       // a plural group of people
	clInst                        // a body standing for its government
	clMod                         // a modifier before a title
	clHonor                       // an honorific before a name
	clRank                        // a rank before a name
	clSay                         // a verb of saying
	clBody                        // the noun ending a body's name in "the head of X"
	clState                       // a word marking a body as the state's
	clHome                        // a word that makes a country a titled person's home ("the Zambian people")
	clPeople                      // a people of one state, named before a group ("Ibo elders": Nigeria's)
	clLand                        // the last word of a place's name ("Heights" in "the Syrian Golan Heights")
)

// gender of a person, as far as the text or the lexicon tells.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// term is one phrase of the title lexicon.
type term struct {
	words   []string // lower-cased
	class   wordClass
	sectors []string
	gender  gender
	plural  bool
	former  bool
	top     bool   // a title that heads a body ("head", "chief", "director")
	loose   bool   // a group that is an actor with no country ("the rebels")
	state   bool   // a state office ("President", "Prime Minister"), whose holder is the story's country's
	in      bool   // a home word that also makes a place after "in" the home ("a curfew in Algiers")
	suffix  string // id suffix of the generic group actor
	country string // for a people (class people), the code of the state it lives in
	canon   string // the phrase, lower-cased, through the synonym table
}

// lexicon is the parsed title lexicon and given-name list.
type lexicon struct {
	byFirst map[string][]*term // by lower-cased first word, longest first
	// bodies are the body nouns (class body), by first word, longest
	// first; kept apart from byFirst so that they never start a mention.
	bodies  map[string][]*term
	stateMk map[string]bool // words marking a body as the state's
	land    map[string]bool // last words of places' names (class land)
	// home are the home words (class home) by first word and by last
	// word, longest first; like bodies, they never start a mention.
	home, homeLast map[string][]*term
	topT           map[string]bool   // canonical titles flagged top
	canon          map[string]string // lower-cased title -> canonical title
	given          map[string]gender // lower-cased, folded given name -> gender
}

var classNames = map[string]wordClass{"person": clPerson, "group": clGroup, "inst": clInst, "mod": clMod, "honor": clHonor, "rank": clRank, "say": clSay, "body": clBody, "statemark": clState, "home": clHome, "people": clPeople, "land": clLand}

// parseLexicon reads the title lexicon and the given-name list. Errors
// name the file and line.
func parseLexicon(titles, names string) (*lexicon, error) {
	lx := &lexicon{byFirst: map[string][]*term{}, bodies: map[string][]*term{}, stateMk: map[string]bool{}, land: map[string]bool{},
		home: map[string][]*term{}, homeLast: map[string][]*term{},
		topT: map[string]bool{}, canon: map[string]string{}, given: map[string]gender{}}
	var toks []text.Token
	for n, line := range strings.Split(titles, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "="); ok {
			vs := strings.Split(rest, "|")
			c := strings.ToLower(strings.TrimSpace(vs[0]))
			if c == "" {
				return nil, fmt.Errorf("titles.txt:%d: synonym line without a canonical title", n+1)
			}
			for _, v := range vs {
				lx.canon[strings.ToLower(strings.TrimSpace(v))] = c
			}
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 4 {
			return nil, fmt.Errorf("titles.txt:%d: want 4 fields separated by |, got %d", n+1, len(f))
		}
		t := &term{}
		phrase := strings.ToLower(strings.TrimSpace(f[0]))
		toks = text.Tokenize(phrase+" x", 0, len(phrase)+2, toks)
		for _, tk := range toks[:len(toks)-1] {
			t.words = append(t.words, phrase[tk.Start:tk.End])
		}
		if len(t.words) == 0 {
			return nil, fmt.Errorf("titles.txt:%d: empty phrase", n+1)
		}
		cl, ok := classNames[strings.TrimSpace(f[1])]
		if !ok {
			return nil, fmt.Errorf("titles.txt:%d: unknown class %q", n+1, strings.TrimSpace(f[1]))
		}
		t.class = cl
		t.sectors = strings.Fields(f[2])
		for _, fl := range strings.Fields(f[3]) {
			switch fl {
			case "m":
				t.gender = genderMale
			case "f":
				t.gender = genderFemale
			case "pl":
				t.plural = true
			case "former":
				t.former = true
			case "top":
				t.top = true
			case "loose":
				t.loose = true
			case "state":
				t.state = true
			case "in":
				t.in = true
			default:
				if cl == clPeople {
					t.country = fl
					continue
				}
				t.suffix = fl
			}
		}
		if t.suffix == "" && (cl == clGroup || cl == clPerson) {
			t.suffix = "officials"
			if len(t.sectors) > 0 && t.sectors[0] == "MIL" {
				t.suffix = "military"
			}
		}
		if cl == clPeople && t.country == "" {
			return nil, fmt.Errorf("titles.txt:%d: people %q without the code of its country", n+1, phrase)
		}
		t.canon = strings.Join(t.words, " ")
		switch cl {
		case clBody:
			lx.bodies[t.words[0]] = append(lx.bodies[t.words[0]], t)
		case clState:
			lx.stateMk[t.canon] = true
		case clLand:
			lx.land[t.canon] = true
		case clHome:
			lx.home[t.words[0]] = append(lx.home[t.words[0]], t)
			last := t.words[len(t.words)-1]
			lx.homeLast[last] = append(lx.homeLast[last], t)
		default:
			lx.byFirst[t.words[0]] = append(lx.byFirst[t.words[0]], t)
		}
	}
	sortLongestFirst(lx.bodies)
	sortLongestFirst(lx.home)
	sortLongestFirst(lx.homeLast)
	for _, ts := range lx.byFirst {
		for i := range ts {
			ts[i].canon = lx.canonical(ts[i].canon)
			if ts[i].top {
				lx.topT[ts[i].canon] = true
			}
		}
	}
	sortLongestFirst(lx.byFirst)
	for n, line := range strings.Split(names, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		var g gender
		switch f[0] {
		case "m":
			g = genderMale
		case "f":
			g = genderFemale
		default:
			return nil, fmt.Errorf("names.txt:%d: gender %q: want f or m", n+1, f[0])
		}
		for _, name := range f[1:] {
			lx.given[foldLower(name)] = g
		}
	}
	return lx, nil
}

// sortLongestFirst orders each list longest first, so that the first
// match is the longest; stable insertion keeps the file's order among
// equals.
func sortLongestFirst(m map[string][]*term) {
	for _, ts := range m {
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].words) > len(ts[j-1].words); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
	}
}

// topTitle reports whether a dictionary role's title, the part before
// " of " ("Director General" of "Director General of the IAEA"), is the
// title of a body's head: a title flagged top, by its whole or by its
// last word, and not a deputy's ("Deputy Chairman") or a vice's.
func (lx *lexicon) topTitle(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	if t == "" {
		return false
	}
	for w := range strings.FieldsSeq(t) {
		switch w {
		case "deputy", "vice", "assistant", "acting", "former":
			return false
		}
		if strings.HasPrefix(w, "vice-") || strings.HasPrefix(w, "under-") {
			return false
		}
	}
	if lx.topT[lx.canonical(t)] {
		return true
	}
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		return lx.topT[lx.canonical(t[i+1:])]
	}
	return false
}

// canonical maps a title, lower-cased, to its canonical form.
func (lx *lexicon) canonical(title string) string {
	t := strings.ToLower(title)
	if c, ok := lx.canon[t]; ok {
		return c
	}
	return t
}

// foldLower lower-cases s and removes its diacritics ("Péter" ->
// "peter"). ASCII input takes a fast path; it is used when loading data
// and for new actors, not per token.
func foldLower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// givenGender returns the gender the given names list has for the first
// word of name, without allocating for ASCII names.
func (lx *lexicon) givenGender(name string) gender {
	i := strings.IndexByte(name, ' ')
	if i <= 0 {
		return genderUnknown
	}
	var kb [32]byte
	if key, ok := lowerKey(&kb, name[:i]); ok {
		ascii := true
		for _, c := range key {
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		if ascii {
			return lx.given[string(key)]
		}
	}
	return lx.given[foldLower(name[:i])]
}

// lowerKey writes w lower-cased (ASCII letters only) into buf and reports
// whether it fitted; map lookups with string(key) do not allocate.
func lowerKey(buf *[32]byte, w string) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// isCap reports whether w starts with an upper-case letter.
func isCap(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
