package dateline

import (
	"encoding/json"
	"os"
	"path/filepath"

	"fmt"
	"parley/internal/shared"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text    string
		span    string // the text the dateline should cover
		place   string
		agency  string
		y, m, d int
	}{
		{"WASHINGTON, D.C. : The committee met again.", "WASHINGTON, D.C. :", "Washington, D.C.", "", 0, 0, 0},
		{"WASHINGTON, D.C.: The committee met again.", "WASHINGTON, D.C.:", "Washington, D.C.", "", 0, 0, 0},
		{"MOSCOW (Reuters) - A court ruled on Friday.", "MOSCOW (Reuters) -", "Moscow", "Reuters", 0, 0, 0},
		{"KYIV, Dec 3 (AP) — Sirens sounded overnight.", "KYIV, Dec 3 (AP) —", "Kyiv", "AP", 0, 12, 3},
		{"NEW DELHI, March 12 (Example Wire) - Talks resumed.", "NEW DELHI, March 12 (Example Wire) -", "New Delhi", "Example Wire", 0, 3, 12},
		{"LONDON, Jan. 5, 2025 (AFP) – Fog closed the airport.", "LONDON, Jan. 5, 2025 (AFP) –", "London", "AFP", 2025, 1, 5},
		{"BEIRUT — Power returned to the city.", "BEIRUT —", "Beirut", "", 0, 0, 0},
		{"BEIRUT—Power returned to the city.", "BEIRUT—", "Beirut", "", 0, 0, 0},
		{"UNITED NATIONS, Nov 2 (Reuters) - Delegates voted.", "UNITED NATIONS, Nov 2 (Reuters) -", "United Nations", "Reuters", 0, 11, 2},
		{"PARIS/BERLIN, June 1 (Reuters) - Both capitals agreed.", "PARIS/BERLIN, June 1 (Reuters) -", "Paris/Berlin", "Reuters", 0, 6, 1},
		{"GAZA CITY, Gaza Strip (AP) — Crowds gathered.", "GAZA CITY, Gaza Strip (AP) —", "Gaza City, Gaza Strip", "AP", 0, 0, 0},
		{"Washington (AP) -- Lawmakers returned.", "Washington (AP) --", "Washington", "AP", 0, 0, 0},
		{"ST. PETERSBURG, Russia, May 4 - Bridges opened.", "ST. PETERSBURG, Russia, May 4 -", "St. Petersburg, Russia", "", 0, 5, 4},
		{"  \n\tROME (dpa) - Rain fell.", "ROME (dpa) -", "Rome", "dpa", 0, 0, 0},
		{"RIO DE JANEIRO, 5 January 2024 (Example Wire) - Carnival began.", "RIO DE JANEIRO, 5 January 2024 (Example Wire) -", "Rio de Janeiro", "Example Wire", 2024, 1, 5},
		{"PORT-AU-PRINCE, Haiti (AP) — Schools reopened.", "PORT-AU-PRINCE, Haiti (AP) —", "Port-au-Prince, Haiti", "AP", 0, 0, 0},
		{"N'DJAMENA (Reuters) - Voters queued.", "N'DJAMENA (Reuters) -", "N'Djamena", "Reuters", 0, 0, 0},
		{"McALLEN, Texas (AP) — A storm passed.", "McALLEN, Texas (AP) —", "McAllen, Texas", "AP", 0, 0, 0},
		{"SÃO PAULO, Sept. 9 (Reuters) - Shares rose.", "SÃO PAULO, Sept. 9 (Reuters) -", "São Paulo", "Reuters", 0, 9, 9},
		{"FRANKFURT AM MAIN, Feb 29, 2024 (dpa) - Banks opened.", "FRANKFURT AM MAIN, Feb 29, 2024 (dpa) -", "Frankfurt am Main", "dpa", 2024, 2, 29},
		{"Kyiv, Dec 3 - Sirens sounded.", "Kyiv, Dec 3 -", "Kyiv", "", 0, 12, 3},
		{"Rio de Janeiro (Example Wire) - Rain.", "Rio de Janeiro (Example Wire) -", "Rio de Janeiro", "Example Wire", 0, 0, 0},
		{"MOSCOW (Reuters) The court ruled.", "MOSCOW (Reuters)", "Moscow", "Reuters", 0, 0, 0},
		{"TOKYO -", "TOKYO -", "Tokyo", "", 0, 0, 0},
		{"OSLO - \"We agree,\" she said.", "OSLO -", "Oslo", "", 0, 0, 0},
		{"NEW YORK (AP) _ Markets opened.", "NEW YORK (AP) _", "New York", "AP", 0, 0, 0},
		{"HONG KONG/SHANGHAI, March 3 (Reuters) - Stocks fell.", "HONG KONG/SHANGHAI, March 3 (Reuters) -", "Hong Kong/Shanghai", "Reuters", 0, 3, 3},
		{"TEL AVIV, Israel, Oct. 7 (Example Wire) - Sirens.", "TEL AVIV, Israel, Oct. 7 (Example Wire) -", "Tel Aviv, Israel", "Example Wire", 0, 10, 7},
		{"Beijing, March 3 (Xinhua) -- Officials met.", "Beijing, March 3 (Xinhua) --", "Beijing", "Xinhua", 0, 3, 3},
		{"GENEVA, 12 March 2025 (Example Wire) — Delegates met.", "GENEVA, 12 March 2025 (Example Wire) —", "Geneva", "Example Wire", 2025, 3, 12},
		{"WASHINGTON\u00a0(Reuters) - Lawmakers met.", "WASHINGTON\u00a0(Reuters) -", "Washington", "Reuters", 0, 0, 0},
		{"KYIV, Ukraine (AP) —", "KYIV, Ukraine (AP) —", "Kyiv, Ukraine", "AP", 0, 0, 0},
		{"KING'S LYNN, England - Floods receded.", "KING'S LYNN, England -", "King's Lynn, England", "", 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.span, func(t *testing.T) {
			d := Find(tc.text)
			if d == nil {
				t.Fatalf("Find(%q) = nil, want a dateline %q", tc.text, tc.span)
			}
			if got := tc.text[d.Start:d.End]; got != tc.span {
				t.Errorf("span = %q, want %q", got, tc.span)
			}
			if d.Place != tc.place || d.Agency != tc.agency {
				t.Errorf("place, agency = %q, %q; want %q, %q", d.Place, d.Agency, tc.place, tc.agency)
			}
			if d.Year != tc.y || d.Month != tc.m || d.Day != tc.d {
				t.Errorf("date = %d-%d-%d, want %d-%d-%d", d.Year, d.Month, d.Day, tc.y, tc.m, tc.d)
			}
		})
	}
}

func TestFindNone(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n ",
		"The U.S. - China trade talks resumed on Monday.",
		"In Moscow, officials said the talks would go on.",
		"NATO - the alliance - met in Brussels.",
		"NATO - The alliance met in Brussels.",
		"BEIRUT - the city was quiet.",
		"Washington - Lawmakers returned.",               // mixed case needs agency or date
		"Monday, Dec 3 - Lawmakers returned.",            // a weekday is no place
		"EXCLUSIVE-Talks stalled, sources say.",          // wire label
		"UPDATE: The meeting was moved.",                 // label
		"PRESIDENT VISITS BORDER\n\nThe president went.", // headline, no dash
		"WASHINGTON\n- The committee met.",               // dateline never spans lines
		"NATO-led forces withdrew.",
		"WASHINGTON, officials said - nothing.",
		"A - B testing is common.",
		"LONDON, Feb 30 (Reuters) - Impossible date.",
		"Officials (Reuters) say - what.",
		"Sen. Jane Roe (R) - Texas said.",
		"KYIV, Dec 3 (the capital) - Sirens.",
		"WASHINGTON (Reuters) -- - - strange",
		"ROME -x",
		"U.S. - China talks resumed.",
		"UK - Prices rose.",
		"WHO: The agency warned.",
		"BREAKING NEWS: Markets fell.",
		"EDITOR'S NOTE: This story was updated.",
		"FILE PHOTO - A ship.",
		"(Reuters) - Markets fell.",
		"LONDON, March (Reuters) - no day.",
		"LONDON, March 3 2025x (Reuters) - odd.",
	} {
		if d := Find(text); d != nil {
			t.Errorf("Find(%q) = %+v, want nil", text, *d)
		}
	}
}

func TestFindLeadingSpace(t *testing.T) {
	text := "\n\n  BEIRUT — Power returned."
	d := Find(text)
	if d == nil {
		t.Fatal("no dateline")
	}
	if want := strings.Index(text, "BEIRUT"); d.Start != want {
		t.Errorf("Start = %d, want %d", d.Start, want)
	}
}

func ExampleFind() {
	text := "LONDON, Jan. 5, 2025 (AFP) – Fog closed the airport."
	d := Find(text)
	fmt.Printf("%s | %q | %s | %d-%02d-%02d\n", d.Place, text[d.Start:d.End], d.Agency, d.Year, d.Month, d.Day)
	// Output: London | "LONDON, Jan. 5, 2025 (AFP) –" | AFP | 2025-01-05
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"MOSCOW (Reuters) - A court ruled.",
		"KYIV, Dec 3 (AP) — Sirens.",
		"WASHINGTON, D.C. : The committee met.",
		"ST. PETERSBURG, Russia, May 4 - Bridges opened.",
		"The U.S. - China talks.",
		"NATO - the alliance.",
		"PORT-AU-PRINCE, Haiti (AP) —",
		"N'DJAMENA (dpa) -",
		"LONDON, 31 February 2024 (AFP) -",
		"\xff\xfe(Reuters) -",
		"A/B-C.D'E, Jan. 1, 1999 (X Y) ―",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Find(text)
		if d == nil {
			return
		}
		if d.Start < 0 || d.Start > d.End || d.End > len(text) {
			t.Fatalf("span [%d,%d) outside text of %d bytes", d.Start, d.End, len(text))
		}
		if d.Place == "" {
			t.Fatal("empty place")
		}
		if utf8.ValidString(text) && (!utf8.ValidString(text[d.Start:d.End]) || !utf8.ValidString(d.Place)) {
			t.Fatalf("dateline splits a character: %q", text[d.Start:d.End])
		}
		if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
			t.Fatalf("bad date %d-%d-%d", d.Year, d.Month, d.Day)
		}
		if again := Find(text); *again != *d {
			t.Fatalf("not deterministic: %+v then %+v", *d, *again)
		}
	})
}

// TestFindSharedExample checks the one worked example in the shared data:
// its expected analysis gives the dateline's place and span.
func TestFindSharedExample(t *testing.T) {
	dir := filepath.Dir(shared.Path(t, "examples/border-talks.txt"))
	text, err := os.ReadFile(filepath.Join(dir, "border-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "border-talks.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Dateline struct {
			Place      string
			Start, End int
		}
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	d := Find(string(text))
	if d == nil {
		t.Fatal("no dateline found")
	}
	if d.Place != want.Dateline.Place || d.Start != want.Dateline.Start || d.End != want.Dateline.End {
		t.Errorf("got %q [%d,%d), want %q [%d,%d)", d.Place, d.Start, d.End, want.Dateline.Place, want.Dateline.Start, want.Dateline.End)
	}
}

// Openings that look like a place and a bracket or a dash but are ordinary
// sentences.
func TestFindNotMixedCaseRemarks(t *testing.T) {
	for _, in := range []string{
		"Apple (AAPL) - Shares rose sharply on Monday.",
		"Boris Johnson (Conservative) - The former minister spoke.",
		"NASA - The agency said the launch was delayed.",
		"U.N. - Member states voted on Friday.",
	} {
		if d := Find(in); d != nil {
			t.Errorf("Find(%q) = %+v, want nil", in, *d)
		}
	}
	for _, in := range []string{
		"Washington (AP) -- Lawmakers met.",
		"Rio de Janeiro (Harbour News Service) - Rain fell.",
		"Kyiv, Dec 3 (Ukrinform) - Talks resumed.",
	} {
		if d := Find(in); d == nil {
			t.Errorf("Find(%q) = nil, want a dateline", in)
		}
	}
}

func TestWordListsParsed(t *testing.T) {
	for _, sec := range []string{"agencies", "acronyms", "labels"} {
		if len(lists[sec]) < 10 {
			t.Errorf("words.txt section [%s] has %d entries", sec, len(lists[sec]))
		}
	}
	if !isAgency("Reuters") || !isAgency("reuters") || isAgency("AAPL") || !isAcronym("U.S.") || !isLabel("Exclusive") {
		t.Error("word list lookups are wrong")
	}
}
