package actors

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary text to the dictionary parser and then builds
// a dictionary from what it accepts: neither may panic, and whatever is
// accepted must answer On and Match for any date and name.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"# only a comment\n",
		"jane-roe person USA\n  name Jane Roe\n  alias Roe | J. Roe\n  role 2019..2024 | Envoy | GOV DIP\n  role 2025-01-20.. | Minister\n",
		"ruritania country RUR\n  alias Ruritania\n  adj Ruritanian\n  demonym Ruritanians\n  capital Strelsau\n  metonym the Castle\n",
		"sec-x sector\n  code XXX\n  alias folk\n",
		"x igo IGOX\n  alias X Org | ~Shared\n  note a | b\n",
		"bad header\n",
		"  indented first\n",
		"x person USA\n  role ..2019-13-40 | King\n",
		"x person USA\n  role 2020-02..2020-01 | King | GOV | IGONATO\n",
		"\ufeffx group PSE\n\tsectors REB, OPP\n\tname\tX\n",
		"x person USA\n  alias U.S. | Mr. X's | ÉLYSÉE | \xff\n",
		"x person USA\n  name Omar al-Bashir\n  alias ~al-Roe | El Roe | el-\n\ny person USA\n  name Ann El Roe\n  alias ~al-Roe | al-Bashir\n",
	}
	for _, s := range seeds {
		f.Add(s, "2024-05-01", "Roe")
	}
	sectors := "sec-gov sector\n  code GOV\n  name g\nsec-dip sector\n  code DIP\n  name d\nsec-reb sector\n  code REB\n  name r\nsec-opp sector\n  code OPP\n  name o\nsec-igo sector\n  code IGO\n  name i\nusa country USA\n  alias Usa\npse country PSE\n  alias Pse\nrur country RUR\n  alias Rur\nigonato igo IGONATO\n  alias NATO\n"
	f.Fuzz(func(t *testing.T, data, date, name string) {
		es, err := Parse(strings.NewReader(data), "fuzz")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		base, err := Parse(strings.NewReader(sectors), "base")
		if err != nil {
			t.Fatal(err)
		}
		d, err := New(append(base, es...))
		if err != nil {
			return
		}
		for _, e := range d.Entries() {
			r := e.On(date)
			if r.Code == "" {
				t.Fatalf("%s on %q: empty code", e.ID, date)
			}
		}
		d.Match(name)
		d.Search(name)
		d.MatchTokens(strings.Fields(name))
	})
}
