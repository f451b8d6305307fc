package events

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parley/internal/cameo"
)

// The tests in this file check the embedded verb and phrase dictionary
// (data/verbs/*.txt) and the pattern reader: that the dictionary loads,
// that its codes are CAMEO codes filed under the right root, that it says
// what the issue's phrasings mean, and that bad user lines are reported
// with their file, line and reason.

func loadEmbedded(t testing.TB) *Dictionary {
	t.Helper()
	d, err := Load()
	if err != nil {
		t.Fatalf("embedded dictionary: %v", err)
	}
	return d
}

func TestEmbeddedDictionaryLoads(t *testing.T) {
	d := loadEmbedded(t)
	if n := len(d.Patterns()); n < 600 {
		t.Errorf("embedded dictionary has %d patterns, want at least 600", n)
	}
	for _, p := range d.Patterns() {
		if !strings.HasPrefix(p.File, "data/verbs/") || !strings.Contains(p.File, ".txt:") {
			t.Errorf("pattern %q: File = %q, want data/verbs/NAME.txt:LINE", p.Text, p.File)
		}
	}
}

// Every code must be in the CAMEO table, and every pattern must sit in the
// file of its root ("04-consult.txt" holds 04x codes only), so that a
// reader looking for a phrasing finds it where the docs say.
func TestDictionaryCodesValidAndFiled(t *testing.T) {
	d := loadEmbedded(t)
	for _, p := range d.Patterns() {
		if len(p.Code) < 3 || len(p.Code) > 4 {
			t.Errorf("%s: code %q: want a 3- or 4-digit code (roots are not event codes)", p.File, p.Code)
		}
		if !cameo.Valid(p.Code) {
			t.Errorf("%s: code %q is not in the CAMEO table", p.File, p.Code)
		}
		file := path.Base(p.File)
		if !strings.HasPrefix(file, p.Code[:2]+"-") {
			t.Errorf("%s: code %s filed outside its root's file", p.File, p.Code)
		}
	}
}

func TestEveryRootHasPatterns(t *testing.T) {
	d := loadEmbedded(t)
	perRoot := map[string]int{}
	for _, p := range d.Patterns() {
		perRoot[p.Code[:2]]++
	}
	for r := 1; r <= 20; r++ {
		root := fmt.Sprintf("%02d", r)
		if perRoot[root] < 20 {
			t.Errorf("root %s has %d patterns, want at least 20", root, perRoot[root])
		}
	}
	// One file per root, named NN-name.txt.
	names, err := fs.Glob(embedded, "data/verbs/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 20 {
		t.Errorf("data/verbs holds %d files, want 20 (one per root): %v", len(names), names)
	}
}

// Two lines with the same words would make the winner depend on file
// order; with different codes they contradict each other.
func TestNoDuplicatePatterns(t *testing.T) {
	d := loadEmbedded(t)
	seen := map[string]*Pattern{}
	for _, p := range d.Patterns() {
		key := p.Text
		if p.TwoWay {
			key += " <->"
		}
		if q, ok := seen[key]; ok {
			t.Errorf("pattern %q (%s, code %s) repeats %s (code %s)", key, p.File, p.Code, q.File, q.Code)
			continue
		}
		seen[key] = p
	}
}

// Every embedded file starts with a header comment saying what the root
// covers and where the format is documented.
func TestDictionaryFilesHaveHeaders(t *testing.T) {
	names, err := fs.Glob(embedded, "data/verbs/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := embedded.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if !strings.HasPrefix(s, "# ") {
			t.Errorf("%s: does not start with a header comment", n)
		}
		head, _, _ := strings.Cut(s, "\n\n")
		if !strings.Contains(head, "docs/events.md") {
			t.Errorf("%s: header does not point to docs/events.md", n)
		}
	}
}

// phraseCodes finds the codes of the patterns that match the words of a
// phrase: each token is a surface form of the pattern's word at that
// position (optional words may be skipped), "+" stands for the target,
// and a final target may be missing, as in the coder. Determiners and
// "to" in the phrase may be skipped as the coder's gap words are. No
// grammar: this checks the dictionary's knowledge, not the coder.
func phraseCodes(d *Dictionary, phrase string) []string {
	toks := strings.Fields(phrase)
	var codes []string
	for _, p := range d.Patterns() {
		if phraseMatches(d, p.elems, toks) && !slices.Contains(codes, p.Code) {
			codes = append(codes, p.Code)
		}
	}
	return codes
}

func gapWord(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "to":
		return true
	}
	return false
}

func phraseMatches(d *Dictionary, elems []element, toks []string) bool {
	if len(elems) == 0 {
		return len(toks) == 0
	}
	e := elems[0]
	if e.optional && phraseMatches(d, elems[1:], toks) {
		return true
	}
	if len(toks) == 0 {
		return e.target && len(elems) == 1 // an open target slot
	}
	if gapWord(toks[0]) && phraseMatches(d, elems, toks[1:]) {
		return true
	}
	if e.target {
		return toks[0] == "+" && phraseMatches(d, elems[1:], toks[1:])
	}
	return toks[0] != "+" && hasID(d.forms[toks[0]], e.ids) && phraseMatches(d, elems[1:], toks[1:])
}

// The phrasings the issue names, and common news phrasings of each root,
// must be in the dictionary with the code CAMEO's codebook gives them.
func TestDictionaryKnowsNewsPhrasings(t *testing.T) {
	d := loadEmbedded(t)
	tests := []struct {
		phrase string
		code   string
	}{
		{"met +", "040"},
		{"met with +", "040"},
		{"held talks with +", "046"},
		{"holds talks", "046"},
		{"negotiated with +", "046"},
		{"hosted +", "043"},
		{"visited +", "042"},
		{"paid a visit to +", "042"},
		{"telephoned +", "041"},
		{"mediated between +", "045"},
		{"urged +", "020"},
		{"called on +", "020"},
		{"asked +", "020"},
		{"appealed for aid", "023"},
		{"called for the release of", "0253"},
		{"called for a ceasefire", "0256"},
		{"demanded", "100"},
		{"demanded the release of +", "1053"},
		{"demanded the resignation of +", "1041"},
		{"criticised +", "111"},
		{"criticized +", "111"},
		{"condemned +", "111"},
		{"accused +", "112"},
		{"accused + of espionage", "1125"},
		{"accused + of war crimes", "1124"},
		{"denied involvement", "016"},
		{"rejected the accusations", "016"},
		{"declined to comment", "011"},
		{"expressed concern", "012"},
		{"voiced optimism", "013"},
		{"claimed responsibility for", "015"},
		{"expressed condolences to +", "018"},
		{"laid a wreath", "017"},
		{"rejected +", "120"},
		{"ruled out talks", "125"},
		{"defied +", "128"},
		{"vetoed", "129"},
		{"threatened +", "130"},
		{"threatened sanctions", "1312"},
		{"threatened military action", "138"},
		{"gave an ultimatum to +", "139"},
		{"sanctioned +", "163"},
		{"imposed sanctions on +", "163"},
		{"expelled diplomats", "161"},
		{"recalled its ambassador from +", "161"},
		{"expelled +", "174"},
		{"deployed troops to +", "154"},
		{"mobilised troops", "154"},
		{"put troops on high alert", "152"},
		{"attacked +", "190"},
		{"launched an attack on +", "190"},
		{"opened fire on +", "190"},
		{"shelled +", "194"},
		{"bombed +", "195"},
		{"carried out airstrikes on +", "195"},
		{"agreed a ceasefire", "0871"},
		{"signed an agreement with +", "057"},
		{"signed a deal", "057"},
		{"pledged aid to +", "033"},
		{"pledged military aid", "0332"},
		{"offered talks", "036"},
		{"offered to mediate", "039"},
		{"offered peacekeepers", "0334"},
		{"praised +", "051"},
		{"apologised to +", "055"},
		{"recognised +", "054"},
		{"sent humanitarian aid to +", "073"},
		{"granted asylum to +", "075"},
		{"released the prisoners", "0841"},
		{"freed +", "0841"},
		{"lifted sanctions on +", "085"},
		{"withdrew troops from +", "0874"},
		{"resigned", "0831"},
		{"investigated +", "090"},
		{"protested against +", "140"},
		{"staged a protest", "141"},
		{"went on strike", "143"},
		{"went on hunger strike", "142"},
		{"rioted", "145"},
		{"arrested +", "173"},
		{"cracked down on +", "175"},
		{"kidnapped +", "181"},
		{"tortured +", "1822"},
		{"assassinated +", "186"},
		{"blew himself up", "1831"},
		{"occupied +", "192"},
		{"violated the ceasefire", "196"},
		{"massacred +", "202"},
		{"used chemical weapons against +", "2041"},
		{"broke off talks with +", "164"},
		{"cut aid to +", "162"},
		{"sued +", "115"},
		{"convicted +", "116"},
		{"confiscated +", "1711"},
		{"imposed a curfew", "1723"},
		{"honoured +", "051"},
		{"honored +", "051"},
		{"attacked + for", "111"},
		{"attacked + over", "111"},
		{"attacked + plans", "111"},
		{"attacked the policy", "111"},
		{"wounded +", "190"},
		{"fought +", "190"},
		{"fought against +", "190"},
		{"reimposed a blockade on +", "191"},
		{"opened artillery fire on +", "194"},
		{"opened mortar fire on +", "193"},
		{"reiterated its demand that +", "100"},
		{"handed over food to +", "073"},
		{"began the withdrawal of troops from +", "0874"},
		{"withdrew from +", "0874"},
		{"sought refuge in +", "0233"},
		{"granted asylum to +", "075"},
		{"staged a demonstration", "141"},
		{"threw stones at +", "145"},
		{"lifted the curfew in +", "0813"},
		{"cracked down on protesters", "175"},
		// Curfews, concessions by law and permission.
		{"lifted the curfew on +", "0813"},
		{"relaxed curfew hours", "0813"},
		{"extended the curfew", "1723"}, // imposing it for longer (a refusal to lift it is 1241)
		{"imposed a curfew on +", "1723"},
		{"approved a law recognizing", "083"},
		{"passed a law allowing", "083"},
		{"allowed + to hold a rally", "0811"},
		{"allowed the opposition to hold a rally", "0811"},
		{"declared an amnesty for +", "0841"},
		{"allowed + inspectors", "0862"},
		// Street protest and strikes.
		{"began a hunger strike", "142"},
		{"staged demonstrations", "141"},
		{"stopped work", "143"},
		{"shunned work", "143"},
		{"launched an indefinite strike", "143"},
		{"began strike action", "143"},
		{"blocked roads", "144"},
		{"defaced a statue", "145"},
		{"collected signatures against +", "140"},
		// Suspensions announced as nouns, expulsions.
		{"announced a suspension of flights to +", "160"},
		{"announced a suspension of aid to +", "162"},
		{"announced a suspension of imports from +", "163"},
		{"announced the suspension of talks with +", "164"},
		{"announced the expulsion of +", "174"},
		{"forced + out of", "174"},
		{"forced families out of +", "201"},
		{"opened its borders to +", "086"},
		// Refuge, hostages, sabotage, cyber attacks, shields.
		{"sought asylum in +", "0233"},
		{"took hostage", "181"},
		{"blew up +", "183"},
		{"evacuated +", "073"},
		{"defaced + websites", "170"},
		{"defaced the website", "170"},
		{"hacked into + computers", "170"},
		{"held + as human shields", "184"},
		{"imposed an information blackout", "1721"},
		// Counts before the noun, actors inside the phrase.
		{"released hundreds of prisoners", "0841"},
		{"took part in a protest", "141"},
		{"carried out a cyber attack on +", "170"},
		{"appealed to + for humanitarian aid", "0233"},
		{"appealed to + for aid", "023"},
		{"tested a missile", "150"},
		{"tested a nuclear device", "150"},
		{"boycotted the + conference", "125"},
		{"blocked the + resolution", "129"},
	}
	for _, tt := range tests {
		codes := phraseCodes(d, tt.phrase)
		if !slices.Contains(codes, tt.code) {
			t.Errorf("%q: dictionary codes %v, want %s among them", tt.phrase, codes, tt.code)
		}
	}
}

// In business, sport and political commentary these verbs mostly take
// no actor ("met its targets", "fought poverty", "asked why", "insisted
// that", "Italy hit back", "withdrew from the Open"). The dictionary must
// not code the bare verb, which is what the coder sees when the object is
// not an actor: they need an actor as their object ("+ (then)") or the
// word that makes them political ("hit back at", "withdrew from").
func TestDictionaryKeepsIdiomsOut(t *testing.T) {
	d := loadEmbedded(t)
	tests := []struct {
		phrase string
		code   string
	}{
		{"insisted", "100"},
		{"insisted that", "100"},
		{"fought", "190"},
		{"sank", "190"},
		{"hit back", "190"},
		{"asked", "020"},
		{"encouraged", "020"},
		{"appealed to", "020"},
		{"commented on", "010"},
		{"addressed", "010"},
		{"reassured", "013"},
		{"supported", "051"},
		{"defended", "052"},
		{"hosted", "043"},
		{"invested in", "061"},
		{"assisted", "070"},
		{"withdrew", "0874"},
		{"pulled out", "0874"},
		{"looked into", "090"},
		{"clamped down on", "175"},
		{"stood down", "087"},
		{"seized control", "192"},
		{"toured", "042"},
		{"fly to +", "042"},
		// Sport and business: "was forced out of the final", "defaced
		// banknotes", "passed a law" and "announced a suspension" of
		// trading say nothing political without an actor or the issue word.
		{"forced out of", "174"},
		{"defaced", "170"},
		{"passed a law", "083"},
		{"announced a suspension", "160"},
		{"announced a suspension of trading", "163"},
		{"launched an indefinite strike", "190"},
		{"tested a device", "150"},
	}
	for _, tt := range tests {
		if codes := phraseCodes(d, tt.phrase); slices.Contains(codes, tt.code) {
			t.Errorf("%q: dictionary codes %v, want no %s", tt.phrase, codes, tt.code)
		}
	}
}

// Modality words are not patterns on their own: "refused to sign" must
// reach the coder as "sign" with a rejection, "threatened to attack" as
// "attack" with a threat. A pattern made of the control verb alone (or
// with "to") would make it the outer event and hide the inner one. A
// control verb with a target slot ("threaten +") is fine: with "to" after
// it, it has no target and yields to the inner verb's event.
func TestModalityVerbsAreNotBarePatterns(t *testing.T) {
	d := loadEmbedded(t)
	var bare []*Pattern
	for _, p := range d.Patterns() {
		if !slices.ContainsFunc(p.elems, func(e element) bool { return e.target }) {
			bare = append(bare, p)
		}
	}
	for _, w := range []string{"refused", "declined", "agreed", "promised", "pledged", "vowed", "offered", "threatened", "planned", "wanted", "tried", "hoped", "denied", "failed"} {
		for _, phrase := range []string{w, w + " to"} {
			for _, p := range bare {
				if phraseMatches(d, p.elems, strings.Fields(phrase)) {
					t.Errorf("%q matches %s %q (%s): the modality table handles it", phrase, p.Code, p.Text, p.File)
				}
			}
		}
	}
}

func TestInflect(t *testing.T) {
	d := loadEmbedded(t)
	tests := []struct {
		base string
		want []string
	}{
		{"meet", []string{"meet", "meets", "met", "meeting"}},
		{"talk", []string{"talks", "talked", "talking"}},
		{"hold", []string{"holds", "held", "holding"}},
		{"criticise", []string{"criticises", "criticised", "criticising"}},
		{"criticize", []string{"criticizes", "criticized", "criticizing"}},
		{"deny", []string{"denies", "denied", "denying"}},
		{"ban", []string{"bans", "banned", "banning"}},
		{"expel", []string{"expels", "expelled", "expelling"}},
		{"shell", []string{"shells", "shelled", "shelling"}},
		{"visit", []string{"visits", "visited", "visiting"}},
		{"rally", []string{"rallies", "rallied", "rallying"}},
		{"agree", []string{"agrees", "agreed", "agreeing"}},
		{"seize", []string{"seizes", "seized", "seizing"}},
		{"tie", []string{"ties", "tying"}},
		{"kidnap", []string{"kidnapped", "kidnapping"}},
		{"crash", []string{"crashes", "crashed"}},
		{"withdraw", []string{"withdrew", "withdrawn", "withdraws"}},
		{"fight", []string{"fought", "fights"}},
		{"strike", []string{"struck", "strikes"}},
		{"shoot", []string{"shot", "shoots"}},
		{"lay", []string{"laid", "lays"}},
		{"light", []string{"lit", "lights"}},
		{"sink", []string{"sank", "sunk"}},
	}
	for _, tt := range tests {
		got := inflect(tt.base, d.irregular[tt.base])
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflect(%q) = %v, missing %q", tt.base, got, w)
			}
		}
	}
	// Words with an apostrophe or a dot are left as written.
	if got := inflect("d'affaires", nil); len(got) != 1 {
		t.Errorf("inflect(\"d'affaires\") = %v, want only the word itself", got)
	}
}

func TestAddPatternsErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings of the error
	}{
		{"bad code", "040 meet +\n\n# comment\nx40 meet +\n", []string{"user.txt:4:", `"x40"`, "not a CAMEO code"}},
		{"code too long", "04000 meet +\n", []string{"user.txt:1:", "not a CAMEO code"}},
		{"root out of range", "210 attack +\n", []string{"user.txt:1:", `"210"`}},
		{"root zero", "000 attack +\n", []string{"user.txt:1:", `"000"`}},
		{"well formed but not in the table", "049 meet +\n", []string{"user.txt:1:", `"049"`, "not a CAMEO code"}},
		{"no words", "040\n", []string{"user.txt:1:", "no pattern words"}},
		{"only two-way mark", "040 <->\n", []string{"user.txt:1:", "no pattern words"}},
		{"upper case", "040 Meet +\n", []string{"user.txt:1:", `"Meet"`, "not a pattern word"}},
		{"punctuation", "040 meet, +\n", []string{"user.txt:1:", `"meet,"`}},
		{"empty alternative", "040 meet|| +\n", []string{"user.txt:1:", "not a pattern word"}},
		{"two targets", "190 attack + and +\n", []string{"user.txt:1:", "more than one target"}},
		{"only optional", "040 (with)\n", []string{"user.txt:1:", "no required word"}},
		{"starts with target", "040 + meet\n", []string{"user.txt:1:", "starts with"}},
		{"starts with source", "040 $ meet\n", []string{"user.txt:1:", "starts with"}},
		{"two sources", "070 receive aid from $ and $\n", []string{"user.txt:1:", "more than one source"}},
		{"source and target", "070 receive aid from $ for +\n", []string{"user.txt:1:", "drop the"}},
		{"empty optional", "040 meet () +\n", []string{"user.txt:1:", `"()"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDictionary()
			err := d.AddPatterns(strings.NewReader(tt.src), "user.txt")
			if err == nil {
				t.Fatalf("AddPatterns(%q) = nil error, want one", tt.src)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("AddPatterns(%q) error %q does not contain %q", tt.src, err, w)
				}
			}
		})
	}
}

func TestAddPatternsReadsLines(t *testing.T) {
	d := newDictionary()
	src := "# my patterns\n\n040 meet (with) + <->   # two-way\n190 attack|assault +\n"
	if err := d.AddPatterns(strings.NewReader(src), "mine.txt"); err != nil {
		t.Fatal(err)
	}
	ps := d.Patterns()
	if len(ps) != 2 {
		t.Fatalf("got %d patterns, want 2", len(ps))
	}
	if p := ps[0]; p.Code != "040" || p.Text != "meet (with) +" || !p.TwoWay || p.File != "mine.txt:3" || p.words != 1 {
		t.Errorf("first pattern = %+v, want 040 \"meet (with) +\" two-way from mine.txt:3 with one required word", *p)
	}
	if p := ps[1]; p.Code != "190" || p.TwoWay || p.File != "mine.txt:4" {
		t.Errorf("second pattern = %+v, want one-way 190 from mine.txt:4", *p)
	}
	// The inflected forms of every alternative reach the pattern.
	for _, w := range []string{"meets", "meeting", "assaulted", "attacks"} {
		if len(d.forms[w]) == 0 {
			t.Errorf("surface form %q is not indexed", w)
		}
	}
}

// Users extend the embedded dictionary with directories of their own
// files; a bad line names the user's file.
func TestLoadExtraDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("mine.txt", "0231 beg for cash\n")
	d, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	last := d.Patterns()[len(d.Patterns())-1]
	if last.Code != "0231" || !strings.HasSuffix(last.File, "mine.txt:1") {
		t.Errorf("last pattern = %s from %s, want the user's 0231 from mine.txt:1", last.Code, last.File)
	}
	write("bad.txt", "99 nothing\n")
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "bad.txt:1:") {
		t.Errorf("Load with a bad user file: error %v, want one naming bad.txt:1", err)
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Errorf("Load of a directory without *.txt files: no error")
	}
}

func ExampleDictionary_AddPatterns() {
	d, err := Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	own := "# my newsroom's phrasings\n0233 beg for bread\n"
	if err := d.AddPatterns(strings.NewReader(own), "mine.txt"); err != nil {
		fmt.Println(err)
		return
	}
	p := d.Patterns()[len(d.Patterns())-1]
	fmt.Println(p.Code, p.Text, p.File)
	err = d.AddPatterns(strings.NewReader("040 meet + +\n"), "mine.txt")
	fmt.Println(err)
	// Output:
	// 0233 beg for bread mine.txt:2
	// mine.txt:1: more than one target slot "+"
}

func FuzzAddPatterns(f *testing.F) {
	for _, s := range []string{
		"040 meet (with) + <->\n",
		"# comment\n\n190 attack|assault +\n",
		"0871 declare|observe ceasefire|truce\n",
		"112 accuse + (of) spying\n",
		"x40 meet\n",
		"040 (with)\n",
		"040 + meet\n",
		"040 <->\n",
		"057 sign (a|the) agreement with + <-> # trailing\n",
		"190 ((attack)) +\n",
		"04 |\n",
		"070 receive aid from $\n",
		"070 get $ +\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := newDictionary()
		err := d.AddPatterns(strings.NewReader(src), "fuzz.txt")
		for _, p := range d.Patterns() {
			if !cameo.Valid(p.Code) {
				t.Fatalf("accepted pattern with code %q", p.Code)
			}
			if p.words == 0 || len(p.elems) == 0 || p.elems[0].target || p.elems[0].source {
				t.Fatalf("accepted pattern %q without a required first word", p.Text)
			}
			targets, sources := 0, 0
			for _, e := range p.elems {
				switch {
				case e.target:
					targets++
				case e.source:
					sources++
				case len(e.ids) == 0:
					t.Fatalf("pattern %q has a word position with no alternatives", p.Text)
				}
			}
			if targets > 1 || sources > 1 || targets+sources > 1 {
				t.Fatalf("pattern %q has %d targets and %d sources", p.Text, targets, sources)
			}
		}
		if err != nil && !strings.HasPrefix(err.Error(), "fuzz.txt") {
			t.Fatalf("error %q does not name the input", err)
		}
	})
}
