package cameo

import (
	"fmt"
	"strings"
	"testing"
)

func TestRootsPresent(t *testing.T) {
	for r := 1; r <= 20; r++ {
		root := fmt.Sprintf("%02d", r)
		c, ok := Lookup(root)
		if !ok {
			t.Errorf("root %s missing", root)
			continue
		}
		if c.Root != root || c.Name == "" {
			t.Errorf("root %s: %+v", root, c)
		}
	}
}

// The values below are the published Goldstein (1992) scale as GDELT uses it.
func TestGoldstein(t *testing.T) {
	tests := []struct {
		code   string
		want   float64
		source string
	}{
		{"01", 0, "gdelt"},
		{"016", -2.0, "gdelt"}, // ICEWS says -5; GDELT's value wins
		{"043", 2.8, "gdelt"},
		{"057", 8.0, "gdelt"},
		{"0874", 10.0, "gdelt"},
		{"112", -2.0, "gdelt"},
		{"164", -7.0, "gdelt"},
		{"173", -5.0, "gdelt"},
		{"19", -10.0, "gdelt"},
		{"1213", -4.0, "icews"}, // only ICEWS has it
		{"1951", -10.0, "parent"},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("%s missing", tt.code)
			continue
		}
		if c.Goldstein != tt.want || c.GoldsteinSource != tt.source {
			t.Errorf("%s: Goldstein %v (%s), want %v (%s)", tt.code, c.Goldstein, c.GoldsteinSource, tt.want, tt.source)
		}
	}
}

func TestQuadByRoot(t *testing.T) {
	want := map[string]int{"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4}
	for _, c := range Codes() {
		r := 0
		fmt.Sscanf(c.Root, "%d", &r)
		q := 4
		switch {
		case r <= 5:
			q = 1
		case r <= 8:
			q = 2
		case r <= 13:
			q = 3
		}
		if c.Quad != q {
			t.Errorf("%s: quad %d, want %d", c.Code, c.Quad, q)
		}
		if !strings.HasPrefix(c.Code, c.Root) {
			t.Errorf("%s: root %s", c.Code, c.Root)
		}
	}
	for root, q := range want {
		if QuadOf(root+"1") != q {
			t.Errorf("QuadOf(%s1) = %d, want %d", root, QuadOf(root+"1"), q)
		}
	}
	for _, bad := range []string{"", "0", "00", "21", "x1", "99"} {
		if QuadOf(bad) != 0 {
			t.Errorf("QuadOf(%q) = %d, want 0", bad, QuadOf(bad))
		}
	}
}

func TestPlover(t *testing.T) {
	tests := []struct{ code, plover, mode, context string }{
		{"043", "CONSULT", "visit", ""},
		{"042", "CONSULT", "visit", ""},
		{"036", "AGREE", "", "diplomatic"},
		{"057", "SUPPORT", "", "diplomatic"},
		{"0841", "RETREAT", "release", "legal"},
		{"091", "ACCUSE", "investigate", "crime;corruption"},
		{"163", "COERCE", "restrict", "diplomatic"},
		{"190", "ASSAULT", "", "military"},
		{"010", "", "", ""},                       // 01x dropped in PLOVER
		{"0211", "REQUEST", "assist", "economic"}, // appeals are REQUESTs, as the matching demand (1011)
		{"026", "REQUEST", "meet", "diplomatic"},
		{"1951", "ASSAULT", "heavy-weapons", "military"}, // absent from the 2021 table: its parent 195s mapping
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("%s missing", tt.code)
			continue
		}
		if c.Plover != tt.plover || c.Mode != tt.mode || c.Context != tt.context {
			t.Errorf("%s: %q %q %q, want %q %q %q", tt.code, c.Plover, c.Mode, c.Context, tt.plover, tt.mode, tt.context)
		}
	}
}

func TestValidAndOrder(t *testing.T) {
	for _, c := range []string{"01", "010", "0311", "043", "2042"} {
		if !Valid(c) {
			t.Errorf("Valid(%q) = false", c)
		}
	}
	for _, c := range []string{"", "1", "43", "0430", "21", "000", "04a", "0811i"} {
		if Valid(c) {
			t.Errorf("Valid(%q) = true", c)
		}
	}
	codes := Codes()
	if len(codes) < 300 {
		t.Fatalf("%d codes, want the full table (> 300)", len(codes))
	}
	for i := 1; i < len(codes); i++ {
		if codes[i-1].Code >= codes[i].Code {
			t.Errorf("out of order: %s then %s", codes[i-1].Code, codes[i].Code)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"fields", "01|Make statement|0.0|gdelt|1||", "fields"},
		{"code", "0x|A|0.0|gdelt|1|||", "not 2 to 4 digits"},
		{"root range", "21|A|0.0|gdelt|4|||", "not 01..20"},
		{"goldstein", "01|A|eleven|gdelt|1|||", "Goldstein value"},
		{"goldstein range", "01|A|11|gdelt|1|||", "Goldstein value"},
		{"source", "01|A|0|guess|1|||", "Goldstein source"},
		{"quad", "01|A|0|gdelt|3|||", "quad"},
		{"twice", "01|A|0|gdelt|1|||\n01|A|0|gdelt|1|||", "twice"},
		{"orphan", "043|A|0|gdelt|1|||", "before its root"},
		{"order", "02|A|0|gdelt|1|||\n01|A|0|gdelt|1|||", "out of order"},
		{"name", "01||0|gdelt|1|||", "no name"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	got, err := Parse("# comment\n\n04|Consult|1.0|gdelt|1|CONSULT||\r\n043|Host a visit|2.8|gdelt|1|CONSULT|visit|\n")
	if err != nil || len(got) != 2 || got[1].Code != "043" || got[1].Root != "04" || got[1].Mode != "visit" {
		t.Errorf("Parse: %v, %+v", err, got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("04|Consult|1.0|gdelt|1|CONSULT||\n043|Host a visit|2.8|gdelt|1|CONSULT|visit|\n")
	f.Add("# c\n19|Fight|-10|gdelt|4|ASSAULT||military\n1951|X|-10|parent|4|||")
	f.Add("||||||||\n")
	f.Add("01|a|1e9|gdelt|1|||")
	f.Fuzz(func(t *testing.T, data string) {
		codes, err := Parse(data)
		if err != nil {
			return
		}
		for _, c := range codes {
			if !strings.HasPrefix(c.Code, c.Root) || c.Quad != QuadOf(c.Code) || c.Quad == 0 {
				t.Fatalf("inconsistent code %+v", c)
			}
		}
	})
}

func ExampleLookup() {
	c, ok := Lookup("043")
	fmt.Println(ok, c.Name, c.Root, c.Quad, c.Goldstein, c.Plover, c.Mode)
	// Output: true Host a visit 04 1 2.8 CONSULT visit
}
