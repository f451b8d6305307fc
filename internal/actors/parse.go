package actors

import (
	"fmt"
	"io"
	"strings"
)

// Kind says what sort of actor an entry is.
type Kind uint8

// The kinds of entry. The order is the order `parley actors` lists them in.
const (
	KindCountry Kind = iota + 1 // a state or territory with an ISO code; the entry is its government
	KindRegion                  // a CAMEO region (EUR, MEA, ...)
	KindIGO                     // an international organisation or agency (IGONATO)
	KindOrg                     // a state body: ministry, army, agency (USA's Pentagon)
	KindGroup                   // a non-state group: armed movement, party
	KindPerson                  // a person
	KindSector                  // a CAMEO sector code (GOV, MIL) and the nouns that name it
)

var kindNames = [...]string{"", "country", "region", "igo", "org", "group", "person", "sector"}

// String returns the kind as written in the data files.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

func parseKind(s string) Kind {
	for i, n := range kindNames {
		if i > 0 && n == s {
			return Kind(i)
		}
	}
	return 0
}

// Entry is one actor of the dictionary. Fields hold the data as written
// (after defaults), so `parley actors` can explain an entry as it was
// defined. Entries are shared by everyone using the dictionary: treat them
// as read-only.
type Entry struct {
	ID      string // stable id: lowercase letters, digits and hyphens ("vladimir-putin", "rus-gov")
	Kind    Kind
	Name    string   // display name ("Government of Russia", "Vladimir Putin")
	Country string   // base country, region or IGO code ("RUS", "EUR", "IGONATO")
	Sectors []string // base sectors ("GOV"); empty for a person with no sector
	Code    string   // base CAMEO-style code ("RUSGOV", "RUS")

	Aliases    []string // names and their variants ("Russia", "Russian Federation", "Putin")
	Adjectives []string // adjectives ("Russian")
	Demonyms   []string // nouns for the people ("Russians")
	Capitals   []string // capitals: both a place and, as a metonym, the government ("Moscow")
	Metonyms   []string // seats of power standing for the actor ("the Kremlin")
	Roles      []Role   // roles held, in the order written
	Notes      []string // free text shown by `parley actors`

	File string // file the entry was read from ("embedded:data/people-europe.txt" or a user path)
	Line int    // line of its header in File
}

// Role is a position an actor holds over a range of dates, with the code
// that goes with it. From and To are "YYYY" or "YYYY-MM-DD" as written;
// an empty From means "since before the dictionary knows" and an empty To
// means "still held".
type Role struct {
	From, To string
	Title    string   // "President", "Minister of Foreign Affairs"
	Country  string   // country, region or IGO code of the role
	Sectors  []string // sectors of the role, the first one makes the code
	Code     string   // CAMEO-style code: Country + Sectors[0], or the IGO code alone
	// Former is set on the role On returns for a date after every role the
	// entry held: Title is then "former " + the last title, and the code
	// is the entry's country with the ELI (elites) sector.
	Former bool
}

// parseError is a loading error located at file:line.
type parseError struct {
	file string
	line int
	msg  string
}

func (e *parseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg) }

// maxFile bounds a dictionary file: the built-in ones are a few hundred
// KB, and a larger one is more likely a wrong path than a dictionary.
const maxFile = 64 << 20

// Parse reads entries in the dictionary format from r. name is used in
// error messages ("name:line: reason"). It checks each entry on its own;
// checks across entries (unknown country codes, duplicate ids, alias
// conflicts) happen when a Dictionary is built.
func Parse(r io.Reader, name string) ([]*Entry, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("%s: larger than %d MiB, not a dictionary file", name, maxFile>>20)
	}
	return parseString(string(b), name)
}

// parseString parses a whole file held in one string: the entries' strings
// are substrings of it, so reading allocates little per line.
func parseString(src, name string) ([]*Entry, error) {
	var (
		entries []*Entry
		cur     *Entry
		line    int
	)
	fail := func(format string, args ...any) error {
		return &parseError{name, line, fmt.Sprintf(format, args...)}
	}
	finish := func() error {
		if cur == nil {
			return nil
		}
		if err := cur.complete(); err != nil {
			return &parseError{name, cur.Line, cur.ID + ": " + err.Error()}
		}
		entries = append(entries, cur)
		cur = nil
		return nil
	}
	for len(src) > 0 {
		line++
		raw, rest, _ := strings.Cut(src, "\n")
		src = rest
		if line == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		if !validUTF8(raw) {
			return nil, fail("invalid UTF-8")
		}
		text := strings.TrimRight(raw, " \t\r")
		trimmed := strings.TrimLeft(text, " \t")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		if len(trimmed) == len(text) { // not indented: a new entry
			if err := finish(); err != nil {
				return nil, err
			}
			e, err := parseHeader(trimmed)
			if err != nil {
				return nil, fail("%v", err)
			}
			e.File, e.Line = name, line
			cur = e
			continue
		}
		if cur == nil {
			return nil, fail("indented line %q before any entry header (an entry starts with \"ID KIND\" at the start of a line)", clip(trimmed))
		}
		key, val := trimmed, ""
		if i := strings.IndexAny(trimmed, " \t"); i >= 0 {
			key, val = trimmed[:i], strings.TrimSpace(trimmed[i+1:])
		}
		if val == "" {
			return nil, fail("%s: no value after the key", key)
		}
		if err := cur.set(key, val); err != nil {
			return nil, fail("%s: %v", cur.ID, err)
		}
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return entries, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

func validUTF8(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return strings.ToValidUTF8(s, "\uFFFD") == s
		}
	}
	return true
}

// parseHeader reads "ID KIND [CODE]".
func parseHeader(s string) (*Entry, error) {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 3 {
		return nil, fmt.Errorf("entry header %q: want \"ID KIND [CODE]\"", clip(s))
	}
	if !validID(f[0]) {
		return nil, fmt.Errorf("id %q: use lowercase letters, digits and inner hyphens", clip(f[0]))
	}
	k := parseKind(f[1])
	if k == 0 {
		return nil, fmt.Errorf("%s: unknown kind %q (want country, region, igo, org, group, person or sector)", f[0], clip(f[1]))
	}
	e := &Entry{ID: f[0], Kind: k}
	if len(f) == 3 {
		if err := e.set("country", f[2]); err != nil {
			return nil, fmt.Errorf("%s: %v", f[0], err)
		}
	}
	return e, nil
}

func validID(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// validCode reports whether s is an upper-case code of 3 to 12 letters or
// digits starting with a letter (country, region, IGO and sector codes).
func validCode(s string) bool {
	if len(s) < 3 || len(s) > 12 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// splitList splits "a | b | c" into trimmed items, refusing empty ones.
func splitList(v string) ([]string, error) {
	parts := strings.Split(v, "|")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			return nil, fmt.Errorf("empty item in %q", clip(v))
		}
		parts[i] = p
	}
	return parts, nil
}

func (e *Entry) set(key, val string) error {
	switch key {
	case "name":
		if e.Name != "" {
			return fmt.Errorf("name given twice")
		}
		e.Name = val
	case "country":
		if e.Country != "" {
			return fmt.Errorf("country given twice")
		}
		if !validCode(val) {
			return fmt.Errorf("country %q: want an upper-case code such as RUS, EUR or IGONATO", clip(val))
		}
		e.Country = val
	case "code":
		if e.Code != "" {
			return fmt.Errorf("code given twice")
		}
		if !validCode(val) {
			return fmt.Errorf("code %q: want an upper-case code such as RUSGOV", clip(val))
		}
		e.Code = val
	case "sectors":
		s, err := parseSectors(val)
		if err != nil {
			return err
		}
		e.Sectors = append(e.Sectors, s...)
	case "alias", "adj", "demonym", "capital", "metonym":
		items, err := splitList(val)
		if err != nil {
			return err
		}
		switch key {
		case "alias":
			e.Aliases = append(e.Aliases, items...)
		case "adj":
			e.Adjectives = append(e.Adjectives, items...)
		case "demonym":
			e.Demonyms = append(e.Demonyms, items...)
		case "capital":
			e.Capitals = append(e.Capitals, items...)
		case "metonym":
			e.Metonyms = append(e.Metonyms, items...)
		}
	case "role":
		r, err := parseRole(val)
		if err != nil {
			return err
		}
		e.Roles = append(e.Roles, r)
	case "note":
		e.Notes = append(e.Notes, val)
	default:
		return fmt.Errorf("unknown key %q (want name, country, code, sectors, alias, adj, demonym, capital, metonym, role or note)", clip(key))
	}
	return nil
}

// parseSectors reads "GOV DIP" or "GOV, DIP".
func parseSectors(v string) ([]string, error) {
	f := strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(f) == 0 {
		return nil, fmt.Errorf("no sector in %q", clip(v))
	}
	for _, s := range f {
		if len(s) != 3 || !validCode(s) {
			return nil, fmt.Errorf("sector %q: want a three-letter upper-case code such as GOV", clip(s))
		}
	}
	return f, nil
}

// parseRole reads "FROM..TO | Title [| SECTORS [| COUNTRY]]".
func parseRole(v string) (Role, error) {
	parts, err := splitList(v)
	if err != nil {
		return Role{}, err
	}
	if len(parts) < 2 || len(parts) > 4 {
		return Role{}, fmt.Errorf("role %q: want \"FROM..TO | Title [| SECTORS [| COUNTRY]]\"", clip(v))
	}
	from, to, ok := strings.Cut(parts[0], "..")
	if !ok {
		return Role{}, fmt.Errorf("role dates %q: want FROM..TO, e.g. 2019..2024, 2025-01-20.. or ..2016", clip(parts[0]))
	}
	from, to = strings.TrimSpace(from), strings.TrimSpace(to)
	for _, d := range []string{from, to} {
		if d != "" && !validDate(d) {
			return Role{}, fmt.Errorf("role date %q: want YYYY, YYYY-MM or YYYY-MM-DD", clip(d))
		}
	}
	if from != "" && to != "" && lowDate(from) > highDate(to) {
		return Role{}, fmt.Errorf("role dates %q: ends before it starts", clip(parts[0]))
	}
	r := Role{From: from, To: to, Title: parts[1]}
	if len(parts) >= 3 {
		if r.Sectors, err = parseSectors(parts[2]); err != nil {
			return Role{}, err
		}
	}
	if len(parts) == 4 {
		if !validCode(parts[3]) {
			return Role{}, fmt.Errorf("role country %q: want an upper-case code such as RUS or IGONATO", clip(parts[3]))
		}
		r.Country = parts[3]
	}
	return r, nil
}

// validDate accepts YYYY, YYYY-MM and YYYY-MM-DD with a plausible month
// and day.
func validDate(d string) bool {
	if len(d) != 4 && len(d) != 7 && len(d) != 10 {
		return false
	}
	for i := 0; i < len(d); i++ {
		if i == 4 || i == 7 {
			if d[i] != '-' {
				return false
			}
			continue
		}
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	if len(d) >= 7 {
		if m := int(d[5]-'0')*10 + int(d[6]-'0'); m < 1 || m > 12 {
			return false
		}
	}
	if len(d) == 10 {
		if day := int(d[8]-'0')*10 + int(d[9]-'0'); day < 1 || day > 31 {
			return false
		}
	}
	return true
}

// lowDate and highDate turn a year or month into its first and last day,
// so coarse boundaries include the whole year or month (string comparison
// of YYYY-MM-DD is date order; day 31 is a safe upper bound for any month).
func lowDate(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

func highDate(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		return d + "-31"
	}
	return d
}

// igoCode reports whether a country code names an IGO ("IGONATO"), whose
// code is the IGO code itself rather than code + sector.
func igoCode(c string) bool { return len(c) > 3 && strings.HasPrefix(c, "IGO") }

func makeCode(country string, sectors []string) string {
	if igoCode(country) || len(sectors) == 0 {
		return country
	}
	return country + sectors[0]
}

// complete fills defaults and checks what can be checked within the entry.
func (e *Entry) complete() error {
	if e.Country == "" && e.Kind != KindSector {
		return fmt.Errorf("no country (write it after the kind in the header, or as a \"country\" line)")
	}
	switch e.Kind {
	case KindCountry, KindRegion:
		if len(e.Country) != 3 {
			return fmt.Errorf("%s code %q: want three letters", e.Kind, e.Country)
		}
	case KindIGO:
		if !igoCode(e.Country) {
			return fmt.Errorf("igo code %q: want IGO followed by a short name, e.g. IGONATO", e.Country)
		}
	case KindSector:
		if e.Country != "" {
			return fmt.Errorf("a sector has no country; give its code with \"code\"")
		}
		if len(e.Code) != 3 {
			return fmt.Errorf("sector needs a three-letter \"code\", e.g. GOV")
		}
		if len(e.Roles) > 0 || len(e.Sectors) > 0 {
			return fmt.Errorf("a sector has no roles or sectors")
		}
	}
	if e.Kind == KindCountry && len(e.Sectors) == 0 {
		e.Sectors = []string{"GOV"}
	}
	if e.Kind == KindIGO && len(e.Sectors) == 0 {
		e.Sectors = []string{"IGO"}
	}
	if e.Name == "" {
		switch {
		case e.Kind == KindCountry && len(e.Aliases) > 0:
			e.Name = "Government of " + e.Aliases[0]
		case len(e.Aliases) > 0:
			e.Name = e.Aliases[0]
		default:
			return fmt.Errorf("no name and no alias")
		}
	}
	if e.Code == "" {
		e.Code = makeCode(e.Country, e.Sectors)
	}
	for i := range e.Roles {
		r := &e.Roles[i]
		if r.Country == "" {
			r.Country = e.Country
		}
		if len(r.Sectors) == 0 {
			if igoCode(r.Country) {
				r.Sectors = []string{"IGO"}
			} else {
				r.Sectors = []string{"GOV"}
			}
		}
		r.Code = makeCode(r.Country, r.Sectors)
	}
	return nil
}
