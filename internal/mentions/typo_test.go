package mentions

import (
	"strings"
	"testing"
)

// A capitalised word one edit from a country's one-word name, adjective
// or demonym is that country when nothing else can be meant.
func TestResolveMisspeltCountries(t *testing.T) {
	tests := []resolveCase{
		{name: "deletion", text: "Ethopia has agreed to reopen its borders.", date: "2000-05-01",
			want: []want{{text: "Ethopia", kind: "name", actor: "eth-gov"}}},
		{name: "deletion in the object", text: "Pakistan rejected a fresh offer from Afganistan for talks.", date: "1987-05-01",
			want: []want{{text: "Afganistan", kind: "name", actor: "afg-gov"}}},
		{name: "insertion", text: "Quatar condemned the attack on Tuesday.", date: "2010-05-01",
			want: []want{{text: "Quatar", kind: "name", actor: "qat-gov"}}},
		{name: "doubled letter", text: "The Phillippines recalled its ambassador.", date: "2010-05-01",
			want: []want{{text: "Phillippines", kind: "name", actor: "phl-gov"}}},
		{name: "swapped letters", text: "Isreal closed the crossing on Monday.", date: "2010-05-01",
			want: []want{{text: "Isreal", kind: "name", actor: "isr-gov"}}},
		{name: "misspelt adjective before a group", text: "Ethiopain troops crossed the border.", date: "2000-05-01",
			want: []want{{text: "Ethiopain troops", kind: "demonym", actor: "eth-military"}}},
		{name: "possessive", text: "Afganistan's government protested.", date: "2000-05-01",
			want: []want{{text: "Afganistan", kind: "name", actor: "afg-gov"}}},
		{name: "all capitals", text: "ETHOPIA AGREES TO TALKS", date: "2000-05-01",
			want: []want{{text: "ETHOPIA", kind: "name", actor: "eth-gov"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// What one edit from a country is something else stays unresolved: an
// English word, a place, a given name, a word two countries are equally
// near, a short word, a word in lower case.
func TestResolveMisspeltCountriesPrecision(t *testing.T) {
	tests := []resolveCase{
		{name: "English word", text: "Grease fires broke out. Trench warfare resumed.", date: "2000-05-01",
			not: []string{"Grease", "Trench"}},
		{name: "place one edit from a country", text: "Officials in Indiana said the storm had passed.", date: "2000-05-01",
			not: []string{"Indiana"}},
		{name: "another country's city", text: "Manama hosted the summit.", date: "2000-05-01",
			want: []want{{text: "Manama", kind: "metonym", actor: "bhr-gov"}}},
		{name: "given name", text: "Roland said he would stay.", date: "2000-05-01",
			not: []string{"Roland"}},
		{name: "two countries within one edit", text: "Nigerin officials met on Monday.", date: "2000-05-01",
			not: []string{"Nigerin", "Nigerin officials"}},
		{name: "too short", text: "Irakn protested.", date: "2000-05-01",
			not: []string{"Irakn"}},
		{name: "lower case", text: "the ethopia file was closed.", date: "2000-05-01",
			not: []string{"ethopia"}},
		{name: "part of a longer name", text: "Anna Quatar said she would stay. Quatar Smith left.", date: "2000-05-01",
			not: []string{"Quatar"}},
		{name: "first letter changed", text: "Berbia protested on Monday.", date: "2000-05-01",
			not: []string{"Berbia"}},
		{name: "last letter changed", text: "Serbio protested on Monday.", date: "2000-05-01",
			not: []string{"Serbio"}},
		{name: "PER entity", text: "Irland Smith protested.", date: "2000-05-01", pers: []string{"Irland Smith"},
			want: []want{{text: "Irland Smith", kind: "name", actor: "irland-smith"}}, not: []string{"Irland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// A country's name in odd case is the country; a lower-case surname right
// after a title is the person.
func TestResolveOddCase(t *testing.T) {
	tests := []resolveCase{
		{name: "lower first letter", text: "The US Secretary of State wants to help iSrael.", date: "2015-06-09",
			want: []want{{text: "iSrael", kind: "name", actor: "isr-gov"}}},
		{name: "two capitals", text: "JApan protested.", date: "2015-06-09",
			want: []want{{text: "JApan", kind: "name", actor: "jpn-gov"}}},
		{name: "short name", text: "The talks with iRan stalled.", date: "2015-06-09",
			want: []want{{text: "iRan", kind: "name", actor: "irn-gov"}}},
		{name: "camel-case surname is not odd", text: "McCain spoke.", date: "2015-06-09",
			want: []want{{text: "McCain", kind: "name", actor: "john-mccain"}}},
		{name: "lower-case surname after a title", text: "President obama expressed sorrow for the victims.", date: "2015-06-09",
			want:  []want{{text: "President obama", kind: "name", actor: "barack-obama"}},
			codes: map[string]string{"barack-obama": "USAGOV"}},
		{name: "lower-case surname after a title and a country", text: "Russian President putin met the envoy.", date: "2015-06-09",
			want: []want{{text: "Russian President putin", kind: "name", actor: "vladimir-putin"}}},
		{name: "English word after a title", text: "The Foreign Secretary cleverly avoided the question.", date: "2019-06-09",
			not: []string{"The Foreign Secretary cleverly"}},
		{name: "verb after a title", text: "The President said nothing.", date: "2015-06-09",
			not: []string{"The President said"}},
		{name: "no title", text: "They voted for obama in 2008.", date: "2015-06-09",
			not: []string{"obama"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// "the West Bank" is the Palestinian territory, never "the West".
func TestResolveWestBank(t *testing.T) {
	tests := []resolveCase{
		{name: "object", text: "Israel reimposed blockades in the West Bank and Gaza.", date: "2000-05-01",
			not: []string{"the West"}},
		{name: "acted on", text: "Israeli troops raided the West Bank on Monday.", date: "2000-05-01",
			want: []want{{text: "the West Bank", kind: "name", actor: "pse-gov"}}, not: []string{"the West"}},
		{name: "subject", text: "The West Bank was quiet, officials said.", date: "2000-05-01",
			not: []string{"The West"}},
		{name: "the West itself", text: "Iran accused the West of hypocrisy.", date: "2000-05-01",
			want: []want{{text: "the West", kind: "name", actor: "wst"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

func TestWithinOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"ethopia", "ethiopia", true},
		{"phillippines", "philippines", true},
		{"quatar", "qatar", true},
		{"isreal", "israel", true},
		{"grease", "greece", false},
		{"israel", "israel", true},
		{"abcdef", "abcfed", false},
		{"a", "", true},
		{"", "", true},
		{"ab", "ba", true},
		{"abc", "bca", false},
	}
	for _, tt := range tests {
		if got := withinOneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := withinOneEdit(tt.b, tt.a); got != tt.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestOddCase(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"iSrael", true}, {"ISrael", true}, {"jApan", true},
		{"Israel", false}, {"ISRAEL", false}, {"israel", false}, {"McCain", false}, {"iOS", false}, {"DeGaulle", false},
	}
	for _, tt := range tests {
		if got := oddCase(tt.w); got != tt.want {
			t.Errorf("oddCase(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// The stop list parses: lower-case words, an optional "surname" mark.
func TestNotTyposData(t *testing.T) {
	for i, line := range strings.Split(notTyposData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) > 2 || len(f) == 2 && f[1] != "surname" || strings.ToLower(f[0]) != f[0] || !asciiLetters(f[0]) {
			t.Errorf("data/nottypos.txt:%d: %q: want a lower-case word, optionally followed by \"surname\"", i+1, line)
		}
	}
}

// Misspellings are looked up without allocating.
func TestTypoLookupAllocs(t *testing.T) {
	x := testResolver.typos
	for _, w := range []string{"Ethopia", "Grease", "Afganistan's", "iSrael", "Nigerin"} {
		if n := testing.AllocsPerRun(20, func() { x.lookup(w) }); n != 0 {
			t.Errorf("lookup(%q): %v allocations", w, n)
		}
	}
}
