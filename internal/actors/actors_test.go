package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/internal/text"
)

func TestDefaultLoads(t *testing.T) {
	d := Default()
	if d.Len() < 600 {
		t.Errorf("only %d entries", d.Len())
	}
	counts := map[Kind]int{}
	for _, e := range d.Entries() {
		counts[e.Kind]++
	}
	for k, min := range map[Kind]int{KindCountry: 249, KindIGO: 60, KindPerson: 250, KindSector: 20, KindRegion: 20} {
		if counts[k] < min {
			t.Errorf("%d %s entries, want at least %d", counts[k], k, min)
		}
	}
}

func TestOnDate(t *testing.T) {
	d := Default()
	tests := []struct {
		id, date        string
		code, title     string
		country, sector string
		former          bool
	}{
		{"donald-trump", "2022-06-01", "USAELI", "former President", "USA", "ELI", true},
		{"donald-trump", "2025-06-01", "USAGOV", "President", "USA", "GOV", false},
		{"donald-trump", "2018-03-01", "USAGOV", "President", "USA", "GOV", false},
		{"donald-trump", "2010-01-01", "USABUS", "", "USA", "BUS", false},
		{"donald-trump", "2021-01-19", "USAGOV", "President", "USA", "GOV", false},
		{"donald-trump", "", "USAGOV", "President", "USA", "GOV", false}, // unknown date: the office (role_test.go)
		{"joe-biden", "2024-05-01", "USAGOV", "President", "USA", "GOV", false},
		{"joe-biden", "2024", "USAGOV", "President", "USA", "GOV", false},
		{"joe-biden", "2026-02-01", "USAELI", "former President", "USA", "ELI", true},
		{"joe-biden", "2021-01-21", "USAGOV", "President", "USA", "GOV", false},
		{"joe-biden", "2015-07-01", "USAGOV", "Vice President", "USA", "GOV", false},
		{"joe-biden", "2019-07-01", "USAELI", "former Vice President", "USA", "ELI", true},
		// a role in an IGO takes the IGO's code
		{"mark-rutte", "2025-03-01", "IGONATO", "Secretary General of NATO", "IGONATO", "IGO", false},
		{"mark-rutte", "2020-03-01", "NLDGOV", "Prime Minister", "NLD", "GOV", false},
		{"jens-stoltenberg", "2023-03-01", "IGONATO", "Secretary General of NATO", "IGONATO", "IGO", false},
		// two roles in one year, told apart by their day-precise bounds
		{"sergei-shoigu", "2024-03-01", "RUSGOV", "Minister of Defence", "RUS", "GOV", false},
		{"sergei-shoigu", "2024-06-01", "RUSGOV", "Secretary of the Security Council", "RUS", "GOV", false},
		{"vladimir-putin", "2010-01-01", "RUSGOV", "Prime Minister", "RUS", "GOV", false},
		{"vladimir-putin", "2025-01-01", "RUSGOV", "President", "RUS", "GOV", false},
		{"taliban", "2019-01-01", "AFGREB", "insurgency", "AFG", "REB", false},
		{"taliban", "2023-01-01", "AFGGOV", "de facto government of Afghanistan", "AFG", "GOV", false},
		// entries without roles keep their base code on every date
		{"rus-gov", "2020-01-01", "RUSGOV", "", "RUS", "GOV", false},
		{"nato", "", "IGONATO", "", "IGONATO", "IGO", false},
		// a malformed date counts as unknown
		{"joe-biden", "June 2024", "USAGOV", "President", "USA", "GOV", false},
	}
	for _, tt := range tests {
		e := d.Get(tt.id)
		if e == nil {
			t.Errorf("%s: not in the dictionary", tt.id)
			continue
		}
		r := e.On(tt.date)
		if r.Code != tt.code || r.Title != tt.title || r.Country != tt.country || len(r.Sectors) == 0 || r.Sectors[0] != tt.sector || r.Former != tt.former {
			t.Errorf("%s on %q = %+v, want code %s title %q country %s sector %s former %v", tt.id, tt.date, r, tt.code, tt.title, tt.country, tt.sector, tt.former)
		}
	}
}

func TestMatch(t *testing.T) {
	d := Default()
	tests := []struct {
		name string
		id   string
		as   AliasKind
	}{
		{"Zelensky", "volodymyr-zelensky", AsName},
		{"Zelenskyy", "volodymyr-zelensky", AsName},
		{"Volodymyr Zelenskiy", "volodymyr-zelensky", AsName},
		{"ZELENSKY", "volodymyr-zelensky", AsName}, // all caps, as in datelines
		{"the Kremlin", "rus-gov", AsMetonym},
		{"The Kremlin", "rus-gov", AsMetonym}, // sentence-initial
		{"Kremlin", "rus-gov", AsMetonym},
		{"Russian", "rus-gov", AsAdjective},
		{"Russians", "rus-gov", AsDemonym},
		{"Moscow", "rus-gov", AsCapital},
		{"MOSCOW", "rus-gov", AsCapital},
		{"Élysée", "fra-gov", AsMetonym},
		{"Elysee", "fra-gov", AsMetonym}, // diacritics ignored
		{"Erdogan", "recep-tayyip-erdogan", AsName},
		{"Erdoğan", "recep-tayyip-erdogan", AsName},
		{"Downing Street", "gbr-gov", AsMetonym},
		{"White House", "usa-gov", AsMetonym},
		{"U.S.", "usa-gov", AsName},
		{"US", "usa-gov", AsName},
		{"Kyiv", "ukr-gov", AsCapital},
		{"Kiev", "ukr-gov", AsCapital},
		{"NATO", "nato", AsName},
		{"IAEA", "iaea", AsName},
		{"S. Jaishankar", "s-jaishankar", AsName},
		{"Mao Ning", "mao-ning", AsName},
		{"Côte d'Ivoire", "civ-gov", AsName},
		{"Cote d’Ivoire", "civ-gov", AsName}, // typographic apostrophe
		{"Germany", "deu-gov", AsName},
	}
	for _, tt := range tests {
		hits := d.Match(tt.name)
		if len(hits) != 1 || hits[0].Entry.ID != tt.id || hits[0].As != tt.as {
			t.Errorf("Match(%q) = %v, want %s as %s", tt.name, ids(hits), tt.id, tt.as)
		}
	}
	for _, name := range []string{"us", "kremlin", "the", "", "   ", "Zelensky Putin", "zelensky", "Russia Russia"} {
		if hits := d.Match(name); len(hits) != 0 {
			t.Errorf("Match(%q) = %v, want nothing", name, ids(hits))
		}
	}
	// Shared on purpose: both Congos.
	if hits := d.Match("Congo"); len(hits) != 2 {
		t.Errorf("Match(Congo) = %v, want both Congos", ids(hits))
	}
}

func ids(hits []Hit) []string {
	var s []string
	for _, h := range hits {
		s = append(s, h.Entry.ID+"/"+h.As.String())
	}
	return s
}

func TestMatchTokens(t *testing.T) {
	d := Default()
	tests := []struct {
		text string
		n    int
		id   string
	}{
		{"Russian President Vladimir Putin said", 1, "rus-gov"},
		{"Vladimir Putin said", 2, "vladimir-putin"},
		{"Russia's foreign ministry", 1, "rus-gov"},
		{"Russia’s foreign ministry", 1, "rus-gov"},
		{"United Arab Emirates' envoy", 3, "are-gov"},
		{"the United States and", 2, "" /* "the" starts nothing */},
		{"United States of America", 4, "usa-gov"},
		{"United States officials", 2, "usa-gov"},
		{"Kremlin's", 1, "rus-gov"},
		{"UNITED NATIONS SECURITY COUNCIL", 4, "unsc"},
		{"Secretary-General of the United Nations", 0, ""},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		if tt.id == "" {
			words = words[1:] // start after the first word
		}
		n, hits := d.MatchTokens(words)
		if tt.id == "" && tt.n == 0 {
			if n != 0 {
				t.Errorf("MatchTokens(%q) = %d %v, want none", words, n, ids(hits))
			}
			continue
		}
		if tt.id == "" {
			tt.id = "usa-gov"
		}
		if n != tt.n || len(hits) == 0 || hits[0].Entry.ID != tt.id {
			t.Errorf("MatchTokens(%q) = %d %v, want %d %s", words, n, ids(hits), tt.n, tt.id)
		}
	}
}

func TestMatchAt(t *testing.T) {
	d := Default()
	s := "WASHINGTON, Dec 3 - U.S. Secretary of State Antony Blinken met the Kremlin's envoy in the U.S."
	toks := text.Tokenize(s, 0, len(s), nil)
	var got []string
	for i := 0; i < len(toks); {
		n, hits := d.MatchAt(s, toks, i)
		if n == 0 {
			i++
			continue
		}
		got = append(got, s[toks[i].Start:toks[i+n-1].End]+"="+hits[0].Entry.ID)
		i += n
	}
	want := "WASHINGTON=usa-gov U.S.=usa-gov Antony Blinken=antony-blinken the Kremlin's=rus-gov envoy=sec-dip U.S=usa-gov"
	if strings.Join(got, " ") != want {
		t.Errorf("MatchAt scan = %q\nwant          %q", strings.Join(got, " "), want)
	}
	if n, _ := d.MatchAt(s, toks, -1); n != 0 {
		t.Error("MatchAt(-1) matched")
	}
	if n, _ := d.MatchAt(s, toks, len(toks)); n != 0 {
		t.Error("MatchAt(len) matched")
	}
}

func TestMatchDoesNotAllocate(t *testing.T) {
	d := Default()
	s := "Ukrainian President Volodymyr Zelenskyy met the Élysée's envoys and UN officials in Kyiv on Tuesday."
	toks := text.Tokenize(s, 0, len(s), nil)
	allocs := testing.AllocsPerRun(100, func() {
		for i := range toks {
			d.MatchAt(s, toks, i)
		}
	})
	if allocs != 0 {
		t.Errorf("MatchAt allocates %.1f times per sentence", allocs)
	}
}

func TestCountries(t *testing.T) {
	d := Default()
	// A sample of codes that are easy to get wrong.
	for code, id := range map[string]string{"DEU": "deu-gov", "GBR": "gbr-gov", "CHE": "che-gov", "PRK": "prk-gov", "KOR": "kor-gov",
		"COD": "cod-gov", "COG": "cog-gov", "IRN": "irn-gov", "ARE": "are-gov", "NLD": "nld-gov", "PSE": "pse-gov", "TWN": "twn-gov", "VAT": "vat-gov"} {
		if e := d.Country(code); e == nil || e.ID != id {
			t.Errorf("Country(%s) = %v, want %s", code, e, id)
		}
	}
	n := 0
	for _, e := range d.Entries() {
		if e.Kind != KindCountry {
			continue
		}
		n++
		if len(e.Country) != 3 || strings.ToUpper(e.Country) != e.Country {
			t.Errorf("%s: code %q is not three upper-case letters", e.ID, e.Country)
		}
		if e.ID != strings.ToLower(e.Country)+"-gov" {
			t.Errorf("%s: id does not follow the code %s", e.ID, e.Country)
		}
		if len(e.Aliases) == 0 || e.Name == "" {
			t.Errorf("%s: no name", e.ID)
		}
		if e.Code != e.Country+"GOV" {
			t.Errorf("%s: code %s, want %sGOV", e.ID, e.Code, e.Country)
		}
		for _, a := range e.Aliases {
			found := false
			for _, h := range d.Match(strings.TrimPrefix(a, "~")) {
				found = found || h.Entry == e
			}
			if !found {
				t.Errorf("%s: its alias %q does not match it", e.ID, a)
			}
		}
	}
	if n != 250 { // the 249 ISO 3166-1 codes and Kosovo's XKX
		t.Errorf("%d countries, want 250", n)
	}
}

// Every alias of every entry finds its entry again, so no alias is lost to
// tokenization or folding.
func TestEveryAliasMatches(t *testing.T) {
	d := Default()
	for _, e := range d.Entries() {
		for _, l := range [][]string{e.Aliases, e.Adjectives, e.Demonyms, e.Capitals, e.Metonyms} {
			for _, a := range l {
				found := false
				for _, h := range d.Match(strings.TrimPrefix(a, "~")) {
					found = found || h.Entry == e
				}
				if !found {
					t.Errorf("%s (%s:%d): %q does not match it", e.ID, e.File, e.Line, a)
				}
			}
		}
	}
}

func TestSearch(t *testing.T) {
	d := Default()
	tests := []struct {
		q     string
		first string
	}{
		{"Kremlin", "rus-gov"},
		{"zelenskyy", "volodymyr-zelensky"},
		{"vladimir-putin", "vladimir-putin"},
		{"IGONATO", "nato"},
	}
	for _, tt := range tests {
		got := d.Search(tt.q)
		if len(got) == 0 || got[0].ID != tt.first {
			t.Errorf("Search(%q) first = %v, want %s", tt.q, got, tt.first)
		}
	}
	// A substring finds every holder of a title.
	got := d.Search("Secretary General of NATO")
	want := map[string]bool{"mark-rutte": true, "jens-stoltenberg": true}
	for _, e := range got {
		delete(want, e.ID)
	}
	if len(want) != 0 {
		t.Errorf("Search(Secretary General of NATO) misses %v", want)
	}
	if len(d.Search("")) != d.Len() {
		t.Error("empty query does not list every entry")
	}
	if len(d.Search("no such thing anywhere")) != 0 {
		t.Error("nonsense query found entries")
	}
}

func TestUserDirOverrides(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", `# my additions
vladimir-putin person RUS
  name    Vladimir V. Putin
  alias   VVP
  role    2012-05-07.. | Head of State

jane-roe person GBR
  name    Jane Roe
  alias   Roe
  role    2020..2022 | Envoy to Ruritania | GOV DIP
`)
	d, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Get("vladimir-putin")
	if p.Name != "Vladimir V. Putin" || p.On("2024-01-01").Title != "Head of State" || !strings.HasSuffix(p.File, "a.txt") {
		t.Errorf("override not applied: %+v", p)
	}
	if hits := d.Match("Putin"); len(hits) != 0 {
		t.Errorf("the replaced entry's aliases still match: %v", ids(hits))
	}
	if hits := d.Match("VVP"); len(hits) != 1 || hits[0].Entry != p {
		t.Errorf("new alias does not match: %v", ids(hits))
	}
	if r := d.Get("jane-roe").On("2021-05-05"); r.Code != "GBRGOV" || r.Sectors[1] != "DIP" {
		t.Errorf("jane-roe 2021 = %+v", r)
	}
	// A second directory overrides the first.
	dir2 := t.TempDir()
	write(t, dir2, "b.txt", "jane-roe person FRA\n  name Jeanne Roe\n")
	d, err = Load(dir, dir2)
	if err != nil {
		t.Fatal(err)
	}
	if e := d.Get("jane-roe"); e.Country != "FRA" {
		t.Errorf("later dir did not win: %+v", e)
	}
	// The default dictionary is untouched.
	if Default().Get("jane-roe") != nil || Default().Get("vladimir-putin").Name != "Vladimir Putin" {
		t.Error("Load changed the default dictionary")
	}
}

func write(t *testing.T, dir, name, s string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data string
		want       string // file:line and reason, in the message
	}{
		{"unknown key", "x person USA\n  name X\n  hair brown\n", "bad.txt:3: x: unknown key \"hair\""},
		{"unknown kind", "\n\nx martian USA\n", "bad.txt:3: x: unknown kind \"martian\""},
		{"bad id", "X_1 person USA\n", "bad.txt:1: id \"X_1\""},
		{"indented first", "  name X\n", "bad.txt:1: indented line"},
		{"no country", "x person\n  name X\n", "bad.txt:1: x: no country"},
		{"unknown country", "x person ZZZ\n  name X\n", "bad.txt:1: x: country ZZZ is not defined"},
		{"unknown sector", "x person USA\n  name X\n  sectors XYZ\n", "bad.txt:1: x: sector XYZ is not defined"},
		{"bad date", "x person USA\n  name X\n  role 2020-13-01.. | King\n", "bad.txt:3: x: role date \"2020-13-01\""},
		{"reversed dates", "x person USA\n  name X\n  role 2022..2020 | King\n", "bad.txt:3: x: role dates \"2022..2020\": ends before it starts"},
		{"no range", "x person USA\n  name X\n  role 2020 | King\n", "want FROM..TO"},
		{"empty item", "x person USA\n  alias A | | B\n", "bad.txt:2: x: empty item"},
		{"no name", "x person USA\n", "bad.txt:1: x: no name and no alias"},
		{"duplicate id", "x person USA\n  name X\n\nx person USA\n  name Y\n", "bad.txt:4: duplicate id \"x\" (first defined at"},
		{"alias conflict", "x person USA\n  alias Kremlin\n", "bad.txt:1: x: name \"Kremlin\" is also metonym of rus-gov"},
		{"code taken", "x country RUS\n  alias Ruritania\n", "code RUS already belongs to"},
		{"bad value", "x person USA\n  name\n", "bad.txt:2: name: no value"},
		{"invalid utf8", "x person USA\n  name \xff\n", "bad.txt:2: invalid UTF-8"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		write(t, dir, "bad.txt", tt.data)
		_, err := Load(dir)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing dir: err = %v", err)
	}
}

func TestSharedAliasNeedsBothMarks(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "x person USA\n  alias ~Brussels\n")
	if _, err := Load(dir); err != nil {
		t.Errorf("a third sharer marked ~ was refused: %v", err)
	}
	write(t, dir, "a.txt", "x person USA\n  alias Brussels\n")
	if _, err := Load(dir); err == nil {
		t.Error("an unmarked alias shared with marked ones was accepted")
	}
}

func TestParseFormat(t *testing.T) {
	src := "\ufeff# comment\nabc-def person USA\n\tname\tJane Q. Public\n  alias  Jane Public | J. Q. Public  \n  note   free text | with bars\n  role   ..2019 | Mayor | GOV LEG\n  role   2020-02.. | Governor\n"
	es, err := Parse(strings.NewReader(src), "mem")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 {
		t.Fatalf("%d entries", len(es))
	}
	e := es[0]
	if e.Name != "Jane Q. Public" || len(e.Aliases) != 2 || e.Aliases[1] != "J. Q. Public" || e.Notes[0] != "free text | with bars" || e.Line != 2 {
		t.Errorf("entry = %+v", e)
	}
	if len(e.Roles) != 2 || e.Roles[0].From != "" || e.Roles[0].To != "2019" || e.Roles[0].Code != "USAGOV" || e.Roles[0].Sectors[1] != "LEG" || e.Roles[1].From != "2020-02" {
		t.Errorf("roles = %+v", e.Roles)
	}
	if r := e.On("2018-06-01"); r.Title != "Mayor" {
		t.Errorf("open start: %+v", r)
	}
	if r := e.On("2020-01-15"); !r.Former {
		t.Errorf("gap: %+v", r)
	}
	if r := e.On("2020-02-15"); r.Title != "Governor" {
		t.Errorf("month start: %+v", r)
	}
}
