package places

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/internal/actors"
	"parley/internal/text"
)

// TestEmbedded checks the embedded data as a whole: it loads, it is large
// enough, and every kind the issue asks for is there.
func TestEmbedded(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 1000 {
		t.Errorf("Len() = %d, want at least 1000 places", g.Len())
	}
	count := map[string]int{}
	for _, p := range g.Places() {
		count[p.Kind]++
		if p.Name == "" || math.IsNaN(p.Lat) || math.Abs(p.Lat) > 90 || math.Abs(p.Lon) > 180 {
			t.Errorf("bad place %+v", *p)
		}
		if len(g.Names(p)) == 0 || g.Names(p)[0] != p.Name {
			t.Errorf("%s: Names = %q, want the display name first", p.Name, g.Names(p))
		}
	}
	for kind, least := range map[string]int{KindCountry: 250, KindCapital: 240, KindCity: 700, KindRegion: 150, KindSea: 40} {
		if count[kind] < least {
			t.Errorf("%d places of kind %s, want at least %d", count[kind], kind, least)
		}
	}
	if g.lowerStart {
		t.Error("a name starts with a lower-case letter, which turns off MatchAt's fast path for lower-case words; write it capitalised")
	}
	if Default() != Default() {
		t.Error("Default() is not loaded once")
	}
}

// TestCountryCodes cross-checks the gazetteer with the actor dictionary:
// every code used is a country there, and every country there is a place
// here, exactly once.
func TestCountryCodes(t *testing.T) {
	d := actors.Default()
	g := Default()
	countries := map[string]*Place{}
	for _, p := range g.Places() {
		if p.Country == "" {
			continue
		}
		e := d.Country(p.Country)
		if e == nil || e.Kind != actors.KindCountry {
			t.Errorf("%s: code %s is not a country of the actor dictionary", p.Name, p.Country)
		}
		if p.Kind == KindCountry {
			if q, dup := countries[p.Country]; dup {
				t.Errorf("%s and %s are both the country %s", q.Name, p.Name, p.Country)
			}
			countries[p.Country] = p
		}
	}
	for _, e := range d.Entries() {
		if e.Kind == actors.KindCountry && countries[e.Country] == nil {
			t.Errorf("actor country %s (%s) has no place of kind country", e.Country, e.Name)
		}
	}
	for _, code := range []string{"XKX", "PSE", "TWN", "ESH"} {
		if countries[code] == nil {
			t.Errorf("no country %s", code)
		}
	}
}

// TestCapitals checks that every country but the city-states and the
// uninhabited territories has a capital.
func TestCapitals(t *testing.T) {
	none := map[string]bool{
		// city-states: the country entry is the city
		"SGP": true, "MCO": true, "VAT": true, "GIB": true, "HKG": true, "MAC": true,
		// no permanent capital
		"ATA": true, "BVT": true, "HMD": true, "UMI": true, "IOT": true,
	}
	has := map[string]bool{}
	for _, p := range Default().Places() {
		if p.Kind == KindCapital {
			has[p.Country] = true
		}
	}
	for _, p := range Default().Places() {
		if p.Kind == KindCountry && !has[p.Country] && !none[p.Country] {
			t.Errorf("country %s (%s) has no capital", p.Country, p.Name)
		}
	}
}

// TestCoordinates catches swapped signs and typing slips: every place with
// a country lies within a plausible distance of that country's centre.
func TestCoordinates(t *testing.T) {
	limit := map[string]float64{ // km, for countries larger or more scattered than 1,600 km
		"RUS": 5000, "USA": 6200, "CAN": 3800, "CHN": 2600, "AUS": 2400, "BRA": 2200, "IDN": 3100,
		"IND": 1900, "MEX": 1800, "ARG": 1900, "CHL": 2000, "ESP": 1900, "PRT": 1600, "KIR": 2200,
		"MYS": 1700, "JPN": 2100, "GBR": 3700, // RAF Akrotiri, Cyprus
	}
	g := Default()
	centre := map[string]*Place{}
	for _, p := range g.Places() {
		if p.Kind == KindCountry {
			centre[p.Country] = p
		}
	}
	for _, p := range g.Places() {
		if p.Kind == KindCountry || p.Country == "" {
			continue
		}
		c := centre[p.Country]
		if c == nil {
			t.Errorf("%s: no country %s", p.Name, p.Country)
			continue
		}
		max := limit[p.Country]
		if max == 0 {
			max = 1600
		}
		if d := distance(p.Lat, p.Lon, c.Lat, c.Lon); d > max {
			t.Errorf("%s (%s) at %.2f,%.2f is %.0f km from the centre of %s, more than %.0f", p.Name, p.Kind, p.Lat, p.Lon, d, c.Name, max)
		}
	}
}

// distance is the great-circle distance in km.
func distance(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	dlat, dlon := (lat2-lat1)*r/2, (lon2-lon1)*r/2
	h := math.Sin(dlat)*math.Sin(dlat) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Sin(dlon)*math.Sin(dlon)
	return 6371 * 2 * math.Asin(math.Sqrt(h))
}

func TestLookup(t *testing.T) {
	g := Default()
	cases := []struct {
		in, name, kind, country string
	}{
		{"Kyiv", "Kyiv", KindCapital, "UKR"},
		{"KYIV", "Kyiv", KindCapital, "UKR"},
		{"kiev", "Kyiv", KindCapital, "UKR"},
		{"  Moscow ", "Moscow", KindCapital, "RUS"},
		{"Odessa", "Odesa", KindCity, "UKR"},
		{"Sanaa", "Sanaa", KindCapital, "YEM"},
		{"Sana'a", "Sanaa", KindCapital, "YEM"},
		{"Sana’a", "Sanaa", KindCapital, "YEM"},
		{"Zurich", "Zurich", KindCity, "CHE"},
		{"Zürich", "Zurich", KindCity, "CHE"},
		{"Gaza City", "Gaza City", KindCity, "PSE"},
		{"Gaza", "Gaza Strip", KindRegion, "PSE"},
		{"Sharm el-Sheikh", "Sharm el-Sheikh", KindCity, "EGY"},
		{"sharm el sheikh", "Sharm el-Sheikh", KindCity, "EGY"},
		{"Georgia", "Georgia", KindCountry, "GEO"},
		{"Congo", "Democratic Republic of the Congo", KindCountry, "COD"},
		{"Congo-Brazzaville", "Republic of the Congo", KindCountry, "COG"},
		{"U.S.", "United States", KindCountry, "USA"},
		{"Türkiye", "Turkey", KindCountry, "TUR"},
		{"Kosovo", "Kosovo", KindCountry, "XKX"},
		{"Strait of Hormuz", "Strait of Hormuz", KindSea, ""},
		{"Camp David", "Camp David", KindSite, "USA"},
		{"St. Petersburg", "Saint Petersburg", KindCity, "RUS"},
		{"Nice", "Nice", KindCity, "FRA"},
		{"nice", "Nice", KindCity, "FRA"}, // Lookup ignores case; MatchAt does not
	}
	for _, tc := range cases {
		p, ok := g.Lookup(tc.in)
		if !ok {
			t.Errorf("Lookup(%q): not found", tc.in)
			continue
		}
		if p.Name != tc.name || p.Kind != tc.kind || p.Country != tc.country {
			t.Errorf("Lookup(%q) = %s/%s/%s, want %s/%s/%s", tc.in, p.Name, p.Kind, p.Country, tc.name, tc.kind, tc.country)
		}
	}
	for _, in := range []string{"", "  ", "Ruritania", "Strelsau", "nowhere at all", "\xff"} {
		if p, ok := g.Lookup(in); ok {
			t.Errorf("Lookup(%q) = %s, want not found", in, p.Name)
		}
	}
}

// match returns every place MatchAt finds scanning s left to right, as
// "matched text=Name".
func match(g *Gazetteer, s string) []string {
	toks := text.Tokenize(s, 0, len(s), nil)
	var out []string
	for i := 0; i < len(toks); {
		n, p := g.MatchAt(s, toks, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, s[toks[i].Start:toks[i+n-1].End]+"="+p.Name)
		i += n
	}
	return out
}

func TestMatchAt(t *testing.T) {
	g := Default()
	cases := []struct {
		in   string
		want []string
	}{
		{"Talks opened in Geneva on Monday and moved to Doha.", []string{"Geneva=Geneva", "Doha=Doha"}},
		{"KYIV (Reuters) - Drones struck Kharkiv overnight.", []string{"KYIV=Kyiv", "Kharkiv=Kharkiv"}},
		{"The envoy flew from New York to Abu Dhabi via Sharm el-Sheikh.", []string{"New York=New York", "Abu Dhabi=Abu Dhabi", "Sharm el-Sheikh=Sharm el-Sheikh"}},
		{"Strikes hit Gaza City and Khan Younis, in the south of Gaza.", []string{"Gaza City=Gaza City", "Khan Younis=Khan Younis", "Gaza=Gaza Strip"}},
		// English words that are also places match only as names.
		{"It was a nice split, and reading it was fun.", nil},
		{"The summit in Nice ended; Split hosted the next.", []string{"Nice=Nice", "Split=Split"}},
		// Possessives, typographic apostrophes and folded diacritics.
		{"Moscow's answer came after Kyiv’s offer in Zurich.", []string{"Moscow's=Moscow", "Kyiv’s=Kyiv", "Zurich=Zurich"}},
		{"Sana’a and Sana'a and Sanaa are one city.", []string{"Sana’a=Sanaa", "Sana'a=Sanaa", "Sanaa=Sanaa"}},
		// Abbreviations keep or lose their final period like the tokenizer.
		{"He returned to the U.S. on Friday, then to St. Petersburg.", []string{"U.S.=United States", "St. Petersburg=Saint Petersburg"}},
		{"He lives in the U.S.", []string{"U.S=United States"}},
		// The longest name wins; ALL CAPS works for multi-word names.
		{"NEW YORK, March 3 - The Democratic Republic of the Congo and DR Congo are one.", []string{"NEW YORK=New York", "Democratic Republic of the Congo=Democratic Republic of the Congo", "DR Congo=Democratic Republic of the Congo"}},
		// Short names do not match acronyms in capitals.
		{"The GAO report reached Gao, in Mali.", []string{"Gao=Gao", "Mali=Mali"}},
		// Seas and regions with no country.
		{"Tankers crossed the Strait of Hormuz and the Red Sea toward Crimea.", []string{"Strait of Hormuz=Strait of Hormuz", "Red Sea=Red Sea", "Crimea=Crimea"}},
		// Mixed case that is neither written nor ALL CAPS does not match.
		{"mOSCOW and Gaza city", []string{"Gaza=Gaza Strip"}},
	}
	for _, tc := range cases {
		got := match(g, tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q\n got  %q\n want %q", tc.in, got, tc.want)
		}
	}
}

func TestMatchAtBounds(t *testing.T) {
	g := Default()
	s := "in Paris"
	toks := text.Tokenize(s, 0, len(s), nil)
	for _, i := range []int{-1, len(toks), 100} {
		if n, p := g.MatchAt(s, toks, i); n != 0 || p != nil {
			t.Errorf("MatchAt(i=%d) = %d, %v", i, n, p)
		}
	}
	// Tokens that point outside the text are ignored, not a panic.
	bad := []text.Token{{Start: 3, End: 50, Kind: text.Word}, {Start: 5, End: 2, Kind: text.Word}}
	for i := range bad {
		if n, _ := g.MatchAt(s, bad, i); n != 0 {
			t.Errorf("MatchAt on a bad token %d matched %d", i, n)
		}
	}
}

func TestMatchAtNoAllocs(t *testing.T) {
	g := Default()
	s := "Officials said in Kyiv’s centre that talks with the United States would resume in Geneva, not in the Gaza Strip."
	toks := text.Tokenize(s, 0, len(s), nil)
	allocs := testing.AllocsPerRun(100, func() {
		for i := range toks {
			g.MatchAt(s, toks, i)
		}
	})
	if allocs != 0 {
		t.Errorf("MatchAt allocates %.1f times per sentence", allocs)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"city FRA 48.86 2.35\n", "f.txt:1: "},
		{"# c\n\ntown FRA 48.86 2.35 Paris\n", "f.txt:3: unknown kind \"town\""},
		{"city fr 48.86 2.35 Paris\n", "f.txt:1: country code \"fr\""},
		{"city - 48.86 2.35 Paris\n", "f.txt:1: a city needs a country code"},
		{"city FRA north 2.35 Paris\n", "f.txt:1: latitude \"north\": not a decimal number"},
		{"city FRA 48.86 200 Paris\n", "f.txt:1: longitude \"200\": out of range"},
		{"city FRA NaN 2.35 Paris\n", "f.txt:1: latitude \"NaN\": out of range"},
		{"city FRA 48.86 2.35 Paris | | Lutetia\n", "f.txt:1: empty name"},
		{"city FRA 48.86 2.35 Paris | ...\n", "f.txt:1: name \"...\": "},
		{"sea - 1 2 A B C D E F G H I J K\n", "f.txt:1: name \"A B C D E F G H I J K\": 11 words, at most 10"},
		{"city FRA 1 2 " + strings.Repeat("x", 41) + "\n", "f.txt:1: name \"" + strings.Repeat("x", 40) + "...\": word"},
		{"city FRA 1 2 Paris\ncity FRA 1 2 \xff\n", "f.txt:2: invalid UTF-8"},
	}
	for _, tc := range cases {
		_, err := parse(strings.NewReader(tc.in), "f.txt")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("parse(%q) error = %v, want prefix %q", tc.in, err, tc.want)
		}
	}
	es, err := parse(strings.NewReader("\ufeff# ok\n  region -  10.5\t-20 Far Reach | The Reach  \n"), "f.txt")
	if err != nil || len(es) != 1 || es[0].place.Name != "Far Reach" || es[0].place.Lon != -20 || len(es[0].names) != 2 {
		t.Errorf("parse of a valid file = %+v, %v", es, err)
	}
}

func TestBuildErrors(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"city AAA 1 1 Alpha\ncity AAA 2 2 alpha\n", "a.txt:2: place \"alpha\" is already defined at a.txt:1"},
		{"city AAA 1 1 Alpha | Beta\ncity AAA 2 2 Gamma | BETA\n", "a.txt:2: name \"BETA\" of \"Gamma\" is also a name of \"Alpha\" (a.txt:1)"},
	}
	for _, tc := range cases {
		es, err := parse(strings.NewReader(tc.in), "a.txt")
		if err != nil {
			t.Fatal(err)
		}
		_, err = build([][]entry{es})
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("build(%q) error = %v, want prefix %q", tc.in, err, tc.want)
		}
	}
}

// TestLoadOverride checks that a user's file adds places, replaces a place
// of the same name, and takes over a name.
func TestLoadOverride(t *testing.T) {
	dir := t.TempDir()
	data := "# mine\ncity USA 33.95 -83.38 Athens | Athens, Georgia\ncity XXX 1 1 Nowhere\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(data[:len(data)-len("city XXX 1 1 Nowhere\n")]), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte("region USA 32.7 -83.4 Georgia, U.S. | Peach State\nsea - 1.5 2.5 Lake Nowhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "skip.md"), []byte("not data"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := g.Lookup("Athens"); p == nil || p.Country != "USA" || p.Kind != KindCity {
		t.Errorf("Athens = %+v, want the user's USA city", p)
	}
	if g.Len() != Default().Len()+2 {
		t.Errorf("Len = %d, want %d (one replaced, two added)", g.Len(), Default().Len()+2)
	}
	if p, _ := g.Lookup("lake nowhere"); p == nil || p.Kind != KindSea {
		t.Errorf("Lake Nowhere = %+v", p)
	}
	if p, _ := Default().Lookup("Athens"); p == nil || p.Country != "GRC" {
		t.Errorf("Default changed: Athens = %+v", p)
	}

	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "x.txt"), []byte("city FRA 1 2 Paris\ncity FRA nope 2 Lyon\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), filepath.Join(bad, "x.txt")+":2: latitude") {
		t.Errorf("Load(bad) error = %v, want file:line and reason", err)
	}
	if _, err := Load(filepath.Join(bad, "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("Load(missing dir) error = %v", err)
	}
}

// TestDeterministic checks that two loads give the same places in the
// same order.
func TestDeterministic(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	b := Default()
	for i, p := range a.Places() {
		if *p != *b.Places()[i] {
			t.Fatalf("place %d: %+v vs %+v", i, *p, *b.Places()[i])
		}
	}
}
