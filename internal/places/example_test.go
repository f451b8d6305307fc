package places_test

import (
	"fmt"

	"parley/internal/places"
	"parley/internal/text"
)

// Lookup answers for one name, ignoring case and diacritics.
func ExampleGazetteer_Lookup() {
	g := places.Default()
	for _, name := range []string{"Kiev", "ODESA", "Sana'a", "Strait of Hormuz"} {
		p, ok := g.Lookup(name)
		if !ok {
			continue
		}
		fmt.Printf("%s: %s (%s, %q) %.2f %.2f\n", name, p.Name, p.Kind, p.Country, p.Lat, p.Lon)
	}
	// Output:
	// Kiev: Kyiv (capital, "UKR") 50.45 30.52
	// ODESA: Odesa (city, "UKR") 46.48 30.72
	// Sana'a: Sanaa (capital, "YEM") 15.37 44.19
	// Strait of Hormuz: Strait of Hormuz (sea, "") 26.57 56.25
}

// MatchAt scans the tokens of a text for place names, longest first and
// case-sensitively.
func ExampleGazetteer_MatchAt() {
	g := places.Default()
	s := "After a nice day in Nice, the delegates flew to Abu Dhabi and on to Gaza City."
	toks := text.Tokenize(s, 0, len(s), nil)
	for i := 0; i < len(toks); i++ {
		if n, p := g.MatchAt(s, toks, i); n > 0 {
			fmt.Printf("%q -> %s, %s\n", s[toks[i].Start:toks[i+n-1].End], p.Name, p.Country)
			i += n - 1
		}
	}
	// Output:
	// "Nice" -> Nice, FRA
	// "Abu Dhabi" -> Abu Dhabi, ARE
	// "Gaza City" -> Gaza City, PSE
}
