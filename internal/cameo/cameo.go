// Package cameo holds the CAMEO event code table: every code with its name,
// Goldstein value, quad class and PLOVER category, mode and context.
//
// The table is data, data/cameo.txt, embedded and parsed once on first use;
// its header documents each column and where its facts come from (the CAMEO
// code labels, GDELT's and ICEWS's Goldstein tables, the 2021 CAMEO→PLOVER
// table). Codes are strings with their leading zeros ("043", "0311").
package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Code is one CAMEO code and what the tables say about it.
type Code struct {
	// Code is the CAMEO code with leading zeros kept ("043"); Root its two
	// first digits ("04"); Name its short name ("Host a visit").
	Code, Name, Root string
	// Quad is the quad class of the root: 1 verbal cooperation (01-05),
	// 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
	// conflict (14-20).
	Quad int
	// Goldstein is the conflict-cooperation value, -10..+10.
	Goldstein float64
	// GoldsteinSource says where Goldstein comes from: "gdelt", "icews"
	// (GDELT lacks the code) or "parent" (neither table has it).
	GoldsteinSource string
	// Plover, Mode and Context follow the CAMEO→PLOVER 2021 table ("CONSULT",
	// "visit", ""); all empty when that table drops or lacks the code.
	// Context may hold several contexts separated by ';'.
	Plover, Mode, Context string
}

//go:embed data/cameo.txt
var tableData string

var (
	loadOnce sync.Once
	byCode   map[string]*Code
	inOrder  []*Code
)

// load parses the embedded table. A broken embedded table is a build
// defect caught by the tests, so it panics rather than limping on.
func load() {
	codes, err := Parse(tableData)
	if err != nil {
		panic("cameo: embedded data/cameo.txt: " + err.Error())
	}
	inOrder = codes
	byCode = make(map[string]*Code, len(codes))
	for _, c := range codes {
		byCode[c.Code] = c
	}
}

// Lookup returns the code's entry ("043"), or false when the table has no
// such code. The entry is shared and must not be modified.
func Lookup(code string) (*Code, bool) {
	loadOnce.Do(load)
	c, ok := byCode[code]
	return c, ok
}

// Valid reports whether code is a CAMEO code in the table.
func Valid(code string) bool {
	_, ok := Lookup(code)
	return ok
}

// Codes returns every code in code order (each root followed by its 3- and
// 4-digit codes). The slice and its entries are shared: do not modify them.
func Codes() []*Code {
	loadOnce.Do(load)
	return inOrder
}

// Parse reads a table in the data/cameo.txt format: one code a line,
// "code|name|goldstein|goldstein_source|quad|plover|mode|context", with '#'
// comments and blank lines ignored. Codes must be 2 to 4 digits, unique and
// in ascending order, the quad must match the root, and 3- and 4-digit codes
// must come after their root. Errors name the line and the reason.
func Parse(data string) ([]*Code, error) {
	var out []*Code
	seen := map[string]bool{}
	prev := ""
	for n := 1; data != ""; n++ {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if seen[c.Code] {
			return nil, fmt.Errorf("line %d: code %q listed twice", n, c.Code)
		}
		if len(c.Code) > 2 && !seen[c.Root] {
			return nil, fmt.Errorf("line %d: code %q comes before its root %q", n, c.Code, c.Root)
		}
		if c.Code < prev {
			return nil, fmt.Errorf("line %d: code %q out of order after %q", n, c.Code, prev)
		}
		prev = c.Code
		seen[c.Code] = true
		out = append(out, c)
	}
	return out, nil
}

func parseLine(line string) (*Code, error) {
	f := strings.Split(line, "|")
	if len(f) != 8 {
		return nil, fmt.Errorf("%d fields, want 8 (code|name|goldstein|goldstein_source|quad|plover|mode|context)", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	code := f[0]
	if len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
		return nil, fmt.Errorf("code %q is not 2 to 4 digits", code)
	}
	root := code[:2]
	r, _ := strconv.Atoi(root)
	if r < 1 || r > 20 {
		return nil, fmt.Errorf("code %q: root %s is not 01..20", code, root)
	}
	if f[1] == "" {
		return nil, fmt.Errorf("code %q has no name", code)
	}
	g, err := strconv.ParseFloat(f[2], 64)
	if err != nil || !(g >= -10 && g <= 10) { // also rejects NaN
		return nil, fmt.Errorf("code %q: Goldstein value %q is not a number in -10..10", code, f[2])
	}
	switch f[3] {
	case "gdelt", "icews", "parent":
	default:
		return nil, fmt.Errorf("code %q: Goldstein source %q is not gdelt, icews or parent", code, f[3])
	}
	q, err := strconv.Atoi(f[4])
	if err != nil || q != QuadOf(root) {
		return nil, fmt.Errorf("code %q: quad %q, want %d for root %s", code, f[4], QuadOf(root), root)
	}
	return &Code{Code: code, Name: f[1], Root: root, Quad: q, Goldstein: g, GoldsteinSource: f[3],
		Plover: f[5], Mode: f[6], Context: f[7]}, nil
}

// QuadOf returns the quad class of a CAMEO root or code ("04" or "043" -> 1),
// or 0 when its first two characters are not a root 01..20.
func QuadOf(code string) int {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return 0
	}
	r := int(code[0]-'0')*10 + int(code[1]-'0')
	switch {
	case r >= 1 && r <= 5:
		return 1
	case r >= 6 && r <= 8:
		return 2
	case r >= 9 && r <= 13:
		return 3
	case r >= 14 && r <= 20:
		return 4
	}
	return 0
}
