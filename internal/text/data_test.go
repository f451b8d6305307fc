package text

import "testing"

// TestDataFiles checks that the embedded data files parse without a bad
// line, so a typo in them is caught here rather than silently skipped.
func TestDataFiles(t *testing.T) {
	m, err := parseAbbreviations(abbreviationsData)
	if err != nil {
		t.Error(err)
	}
	if len(m) < 100 {
		t.Errorf("abbreviations.txt has %d entries, expected well over 100", len(m))
	}
	s, err := parseStarters(startersData)
	if err != nil {
		t.Error(err)
	}
	if len(s) < 50 {
		t.Errorf("starters.txt has %d entries, expected over 50", len(s))
	}
}

func TestParseAbbreviationsErrors(t *testing.T) {
	cases := []struct{ in, wantErr string }{
		{"mr title\n", ""},
		{"# only a comment\n\n", ""},
		{"mr\n", "abbreviations.txt:1: \"mr\": want \"abbreviation class\""},
		{"x title\nmr. title\n", "abbreviations.txt:2: \"mr. title\": write the abbreviation without its final period"},
		{"mr boss\n", "abbreviations.txt:1: \"mr boss\": unknown class boss (want title, never, end, time or num)"},
		{"co end\nCo end\n", "abbreviations.txt:2: \"Co end\": listed twice"},
	}
	for _, tc := range cases {
		_, err := parseAbbreviations(tc.in)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.wantErr {
			t.Errorf("parseAbbreviations(%q) error = %q, want %q", tc.in, got, tc.wantErr)
		}
	}
}

func TestLookupAbbrev(t *testing.T) {
	cases := map[string]abbrClass{
		"Mr": abbrTitle, "MR": abbrTitle, "U.S": abbrEnd, "a.m": abbrTime, "P.M": abbrTime,
		"No": abbrNum, "N°": abbrNum, "e.g": abbrNever, "said": abbrNone, "": abbrNone,
		"averyveryverylongwordthatisnotanabbreviation": abbrNone,
	}
	for w, want := range cases {
		if got := lookupAbbrev(w); got != want {
			t.Errorf("lookupAbbrev(%q) = %d, want %d", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { lookupAbbrev("Corp") }); n != 0 {
		t.Errorf("lookupAbbrev allocates %v times", n)
	}
}
