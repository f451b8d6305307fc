package timex

import (
	"strings"
	"testing"
	"time"
)

// want is one expected expression: the exact words of its span and what it
// resolves to.
type want struct {
	text string
	date string
	gran Granularity
	rel  bool
}

func day(s string) time.Time {
	t, ok := ParseDay(s)
	if !ok {
		panic("bad test day " + s)
	}
	return t
}

// wed is the reference day of most cases: Wednesday 12 March 2025.
var wed = day("2025-03-12")

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		ref    time.Time
		future bool
		want   []want
	}{
		{"yesterday", "The minister resigned yesterday.", wed, false, []want{{"yesterday", "2025-03-11", Day, true}}},
		{"today", "Talks resume today in the capital.", wed, false, []want{{"today", "2025-03-12", Day, true}}},
		{"tomorrow", "The vote is due tomorrow.", wed, true, []want{{"tomorrow", "2025-03-13", Day, true}}},
		{"tonight", "He will speak tonight.", wed, true, []want{{"tonight", "2025-03-12", Day, true}}},
		{"this morning", "Troops left the town this morning.", wed, false, []want{{"this morning", "2025-03-12", Day, true}}},
		{"last night", "Sirens sounded last night.", wed, false, []want{{"last night", "2025-03-11", Day, true}}},
		{"yesterday afternoon", "They met yesterday afternoon.", wed, false, []want{{"yesterday afternoon", "2025-03-11", Day, true}}},
		{"past weekday", "The envoy arrived on Thursday.", wed, false, []want{{"on Thursday", "2025-03-06", Day, true}}},
		{"future weekday", "The envoy will arrive on Thursday.", wed, true, []want{{"on Thursday", "2025-03-13", Day, true}}},
		{"same weekday past", "The council voted Wednesday.", wed, false, []want{{"Wednesday", "2025-03-12", Day, true}}},
		{"same weekday future", "The council will vote Wednesday.", wed, true, []want{{"Wednesday", "2025-03-12", Day, true}}},
		{"bare weekday AP", "The ministry said Monday that it would respond.", wed, false, []want{{"Monday", "2025-03-10", Day, true}}},
		{"weekday night", "Shelling resumed on Monday night.", wed, false, []want{{"on Monday night", "2025-03-10", Day, true}}},
		{"last Friday", "She left last Friday.", wed, false, []want{{"last Friday", "2025-03-07", Day, true}}},
		{"last same weekday", "He spoke last Wednesday.", wed, false, []want{{"last Wednesday", "2025-03-05", Day, true}}},
		{"next Monday", "Talks open next Monday.", wed, true, []want{{"next Monday", "2025-03-17", Day, true}}},
		{"this Friday", "The report comes out this Friday.", wed, false, []want{{"this Friday", "2025-03-14", Day, true}}},
		{"this Monday", "The report came out this Monday.", wed, false, []want{{"this Monday", "2025-03-10", Day, true}}},
		{"earlier on Tuesday", "Earlier on Tuesday, police closed the road.", wed, false, []want{{"Earlier on Tuesday", "2025-03-11", Day, true}}},
		{"late on Wednesday", "The deal was signed late on Wednesday.", wed, false, []want{{"late on Wednesday", "2025-03-12", Day, true}}},
		{"early weekday", "Fighting broke out early Sunday.", wed, false, []want{{"early Sunday", "2025-03-09", Day, true}}},
		{"since Monday", "The border has been closed since Monday.", wed, false, []want{{"since Monday", "2025-03-10", Day, true}}},
		{"weekday with date", "They met on Friday, March 7, in the capital.", wed, false, []want{{"on Friday, March 7", "2025-03-07", Day, true}}},
		{"possessive weekday", "Friday's talks ended early.", wed, false, []want{{"Friday", "2025-03-07", Day, true}}},
		{"two days ago", "The ship sank two days ago.", wed, false, []want{{"two days ago", "2025-03-10", Day, true}}},
		{"digits days ago", "It began 10 days ago.", wed, false, []want{{"10 days ago", "2025-03-02", Day, true}}},
		{"a week ago", "The strike started a week ago.", wed, false, []want{{"a week ago", "", Week, true}}},
		{"a year ago", "A year ago the town was quiet.", wed, false, []want{{"A year ago", "", Year, true}}},
		{"the day before", "He had met the envoy the day before.", wed, false, []want{{"the day before", "", Day, true}}},
		{"day before yesterday", "She landed the day before yesterday.", wed, false, []want{{"the day before yesterday", "2025-03-10", Day, true}}},
		{"the following day", "The rebels withdrew the following day.", wed, false, []want{{"the following day", "", Day, true}}},
		{"last week", "Prices rose last week.", wed, false, []want{{"last week", "", Week, true}}},
		{"this week", "Parliament debates the bill this week.", wed, false, []want{{"this week", "", Week, true}}},
		{"next month", "Elections are due next month.", wed, true, []want{{"next month", "", Month, true}}},
		{"earlier this month", "The mayor resigned earlier this month.", wed, false, []want{{"earlier this month", "", Month, true}}},
		{"last year", "Exports fell last year.", wed, false, []want{{"last year", "", Year, true}}},
		{"end of last year", "Talks stalled at the end of last year.", wed, false, []want{{"at the end of last year", "", Year, true}}},
		{"end of the month", "A decision is expected by the end of the month.", wed, true, []want{{"by the end of the month", "", Month, true}}},
		{"over the weekend", "Protesters gathered over the weekend.", wed, false, []want{{"over the weekend", "", Week, true}}},
		{"past two weeks", "Dozens were held in the past two weeks.", wed, false, []want{{"in the past two weeks", "", Week, true}}},
		{"in recent days", "Tension rose in recent days.", wed, false, []want{{"in recent days", "", Day, true}}},
		{"in 2023", "The law was passed in 2023.", wed, false, []want{{"in 2023", "", Year, false}}},
		{"mid-2024", "Work resumed in mid-2024.", wed, false, []want{{"in mid-2024", "", Year, false}}},
		{"Dec. 2", "The accord was signed Dec. 2 in Geneva.", wed, false, []want{{"Dec. 2", "2024-12-02", Day, true}}},
		{"Sept. 30", "He was arrested Sept. 30.", wed, false, []want{{"Sept. 30", "2024-09-30", Day, true}}},
		{"on March 3, 2024", "It happened on March 3, 2024, at dawn.", wed, false, []want{{"on March 3, 2024", "2024-03-03", Day, false}}},
		{"2 December", "The rally on 2 December drew crowds.", wed, false, []want{{"on 2 December", "2024-12-02", Day, true}}},
		{"2 December 2021", "He was born on 2 December 2021.", wed, false, []want{{"on 2 December 2021", "2021-12-02", Day, false}}},
		{"ordinal", "The 3rd of March was cold, and March 5th was not.", wed, false, []want{{"3rd of March", "2025-03-03", Day, true}, {"March 5th", "2025-03-05", Day, true}}},
		{"near future day", "The vote takes place March 20.", wed, false, []want{{"March 20", "2025-03-20", Day, true}}},
		{"month year", "Inflation peaked in December 2024.", wed, false, []want{{"in December 2024", "", Month, false}}},
		{"in March", "The summit was held in March.", wed, false, []want{{"in March", "", Month, true}}},
		{"in May", "The ceasefire collapsed in May.", wed, false, []want{{"in May", "", Month, true}}},
		{"mid-January", "Fighting eased in mid-January.", wed, false, []want{{"in mid-January", "", Month, true}}},
		{"end of May", "The mission ends at the end of May.", wed, true, []want{{"at the end of May", "", Month, true}}},
		{"early March", "Snow fell in early March.", wed, false, []want{{"in early March", "", Month, true}}},
		{"ISO", "The filing is dated 2025-03-12.", wed, false, []want{{"2025-03-12", "2025-03-12", Day, false}}},
		{"ISO without ref", "The filing is dated 2025-03-12.", time.Time{}, false, []want{{"2025-03-12", "2025-03-12", Day, false}}},
		{"unambiguous numeric", "Signed 25/12/2024 and 12/25/2024.", wed, false, []want{{"25/12/2024", "2024-12-25", Day, false}, {"12/25/2024", "2024-12-25", Day, false}}},
		{"several", "On Monday the envoy arrived; on Tuesday he left, and talks resume next week.", wed, false, []want{
			{"On Monday", "2025-03-10", Day, true}, {"on Tuesday", "2025-03-11", Day, true}, {"next week", "", Week, true}}},
		{"the before a dated month", "In the March 3 vote, turnout fell.", wed, false, []want{{"March 3", "2025-03-03", Day, true}}},
		{"weekday then day-month", "Talks ended Monday, 3 March.", wed, false, []want{{"Monday, 3 March", "2025-03-03", Day, true}}},
		{"weekday with full date", "It was Wednesday, March 12, 2025.", wed, false, []want{{"Wednesday, March 12, 2025", "2025-03-12", Day, false}}},
		{"this coming Friday", "They meet this coming Friday.", wed, true, []want{{"this coming Friday", "2025-03-14", Day, true}}},
		{"until Friday", "The curfew lasts until Friday.", wed, true, []want{{"until Friday", "2025-03-14", Day, true}}},
		{"weekday before a name", "On Monday President Ruto spoke.", wed, false, []want{{"On Monday", "2025-03-10", Day, true}}},
		{"late Friday", "The bill passed late Friday.", wed, false, []want{{"late Friday", "2025-03-07", Day, true}}},
		{"the previous Monday", "He had left the previous Monday.", wed, false, []want{{"the previous Monday", "", Day, true}}},
		{"the next Monday", "He returned the next Monday.", wed, false, []want{{"the next Monday", "", Day, true}}},
		{"lowercase weekday", "they met on sunday", wed, false, []want{{"on sunday", "2025-03-09", Day, true}}},
		{"tomorrow night", "The storm hits tomorrow night.", wed, true, []want{{"tomorrow night", "2025-03-13", Day, true}}},
		{"range", "Talks run March 10-12 and between April 3 and 5.", wed, true, []want{{"March 10", "2025-03-10", Day, true}, {"April 3", "2025-04-03", Day, true}}},
		{"month year past", "She was born in May 1990.", wed, false, []want{{"in May 1990", "", Month, false}}},
		{"May before dash", "It ended in May—quietly.", wed, false, []want{{"in May", "", Month, true}}},
		{"May possessive", "Critics of May's cabinet, in May’s view, spoke.", wed, false, nil},
		{"since year", "Prices have doubled since 2020.", wed, false, []want{{"since 2020", "", Year, false}}},
		{"end of year number", "Troops leave by the end of 2025.", wed, true, []want{{"by the end of 2025", "", Year, false}}},
		{"late last year", "Talks collapsed late last year.", wed, false, []want{{"late last year", "", Year, true}}},
		{"early next week", "A ruling is due early next week.", wed, true, []want{{"early next week", "", Week, true}}},
		{"the past week", "Rain fell for the past week.", wed, false, []want{{"the past week", "", Week, true}}},
		{"weekends", "Last weekend and this weekend.", wed, false, []want{{"Last weekend", "", Week, true}, {"this weekend", "", Week, true}}},
		{"two weeks ago", "Two weeks ago the dam broke.", wed, false, []want{{"Two weeks ago", "", Week, true}}},
		{"a few days ago", "He arrived a few days ago.", wed, false, []want{{"a few days ago", "", Week, true}}},
		{"in the last week", "Five died in the last week.", wed, false, []want{{"in the last week", "", Week, true}}},
		{"his last years", "In his last years he wrote little.", wed, false, nil},
		{"in Sunday Times", "As reported in Sunday Times columns.", wed, false, nil},
		{"clock time", "Polls closed at 1815 GMT, on 2003 figures.", wed, false, nil},
		{"since last Monday", "Schools have been shut since last Monday.", wed, false, []want{{"since last Monday", "2025-03-10", Day, true}}},
		{"ISO with time", "Posted 2025-03-11T10:00Z.", wed, false, []want{{"2025-03-11", "2025-03-11", Day, false}}},
		{"dotted European", "Dated 25.12.2024, not 12.03.2025.", wed, false, []want{{"25.12.2024", "2024-12-25", Day, false}}},
		{"invalid ISO", "Code 2025-13-45 and 2025-02-30.", wed, false, nil},
		{"Monday Night Football", "Monday Night Football drew viewers.", wed, false, nil},
		{"unknown ref", "The minister resigned yesterday, on Thursday.", time.Time{}, false, []want{{"yesterday", "", Day, true}, {"on Thursday", "", Day, true}}},

		// Year boundaries and leap years.
		{"last December in January", "Prices fell last December.", day("2025-01-15"), false, []want{{"last December", "", Month, true}}},
		{"Jan. 3 from Dec. 30, future", "The court will rule Jan. 3.", day("2025-12-30"), true, []want{{"Jan. 3", "2026-01-03", Day, true}}},
		{"Dec. 30 from Jan. 2", "The fire started Dec. 30.", day("2026-01-02"), false, []want{{"Dec. 30", "2025-12-30", Day, true}}},
		{"yesterday across a year", "He died yesterday.", day("2025-01-01"), false, []want{{"yesterday", "2024-12-31", Day, true}}},
		{"leap day", "The law took effect Feb. 29.", wed, false, []want{{"Feb. 29", "2024-02-29", Day, true}}},
		{"leap day with year", "Born on Feb. 29, 2024.", wed, false, []want{{"on Feb. 29, 2024", "2024-02-29", Day, false}}},
		{"no leap day", "Dated Feb. 29, 2023.", wed, false, nil},
		{"tomorrow on leap day", "Results come tomorrow.", day("2024-02-28"), true, []want{{"tomorrow", "2024-02-29", Day, true}}},

		// Things that are not dates.
		{"may modal", "He may visit the region, and she may not.", wed, false, nil},
		{"May at sentence start", "May I ask a question?", wed, false, nil},
		{"Theresa May", "Theresa May said the vote would go ahead.", wed, false, nil},
		{"March noun", "Thousands joined a protest march through the city.", wed, false, nil},
		{"March verb", "They march to the square.", wed, false, nil},
		{"Sunday Times", "The Sunday Times reported the leak, as did the Sunday Telegraph.", wed, false, nil},
		{"Sunday Times first", "Sunday Times reporters were there.", wed, false, nil},
		{"Black Friday", "Shops opened for Black Friday and Good Friday.", wed, false, nil},
		{"every Monday", "Markets open every Monday.", wed, false, nil},
		{"numbers", "About 3,000 people and 2025 votes, 12/03, 1.5 percent, $2024 and 31 percent.", wed, false, nil},
		{"ordinal second", "The second round and the second day of talks.", wed, false, nil},
		{"bare year", "The 2023 election was close.", wed, false, nil},
		{"decade", "in the 1990s", wed, false, nil},
		{"ambiguous numeric", "Signed 3/4/2025.", wed, false, nil},
		{"day alone", "One day they will return; the day was long.", wed, false, nil},
		{"week alone", "A week is a long time, the year was hard.", wed, false, nil},
		{"abbreviation alone", "Jan and Dec are names here.", wed, false, nil},
		{"lowercase month", "the march of december snow", wed, false, nil},
		{"non-ASCII neighbours", "Mondayé and éFriday", wed, false, nil},
	}
	var dst []Expr
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dst = Find(tc.text, 0, len(tc.text), tc.ref, tc.future, dst)
			if len(dst) != len(tc.want) {
				t.Fatalf("Find(%q) found %d expressions %v, want %d", tc.text, len(dst), describe(tc.text, dst), len(tc.want))
			}
			for i, w := range tc.want {
				x := dst[i]
				got := tc.text[x.Start:x.End]
				if got != w.text || x.Date != w.date || x.Gran != w.gran || x.Relative != w.rel {
					t.Errorf("Find(%q)[%d] = %q %q %v rel=%v, want %q %q %v rel=%v",
						tc.text, i, got, x.Date, x.Gran, x.Relative, w.text, w.date, w.gran, w.rel)
				}
			}
		})
	}
}

func describe(text string, xs []Expr) []string {
	var out []string
	for _, x := range xs {
		out = append(out, text[x.Start:x.End]+"="+x.Date+"/"+x.Gran.String())
	}
	return out
}

func TestFindRange(t *testing.T) {
	text := "Yesterday the mayor spoke; tomorrow the council votes."
	i := strings.Index(text, ";")
	got := Find(text, i, len(text), wed, true, nil)
	if len(got) != 1 || text[got[0].Start:got[0].End] != "tomorrow" {
		t.Fatalf("Find over %q = %v, want only tomorrow", text[i:], describe(text, got))
	}
	// A modifier before the range is not taken in.
	text = "last Friday"
	got = Find(text, 5, len(text), wed, false, nil)
	if len(got) != 1 || got[0].Start != 5 || got[0].Date != "2025-03-07" {
		t.Fatalf("Find(%q)[5:] = %v, want Friday alone, resolved as a bare past weekday", text, describe(text, got))
	}
	for _, b := range [][2]int{{-5, 3}, {4, 2}, {0, 1000}, {1000, 2000}} {
		Find(text, b[0], b[1], wed, false, nil) // must not panic
	}
}

// The reference day is its calendar date, whatever the clock time and zone.
func TestFindRefClock(t *testing.T) {
	zone := time.FixedZone("UTC+13", 13*3600)
	ref := time.Date(2025, 3, 12, 23, 59, 0, 0, zone) // 2025-03-12 10:59 UTC
	text := "He left yesterday."
	got := Find(text, 0, len(text), ref, false, nil)
	if len(got) != 1 || got[0].Date != "2025-03-11" {
		t.Fatalf("Find(%q) with ref %v = %v, want yesterday = 2025-03-11", text, ref, describe(text, got))
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"2025-03-12", true},
		{"2024-02-29", true},
		{"2025-02-29", false},
		{"2025-13-01", false},
		{"2025-00-10", false},
		{"2025-3-12", false},
		{"12/03/2025", false},
		{"", false},
		{"2025-03-12T00:00", false},
	}
	for _, tc := range tests {
		got, ok := ParseDay(tc.in)
		if ok != tc.ok {
			t.Errorf("ParseDay(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if ok && (got.Format("2006-01-02") != tc.in || got.Location() != time.UTC || got.Hour() != 0) {
			t.Errorf("ParseDay(%q) = %v, want UTC midnight of that day", tc.in, got)
		}
	}
}

func TestGranularityString(t *testing.T) {
	for g, w := range map[Granularity]string{Day: "Day", Week: "Week", Month: "Month", Year: "Year", 0: "Granularity(0)", 9: "Granularity(9)"} {
		if g.String() != w {
			t.Errorf("Granularity(%d).String() = %q, want %q", g, g.String(), w)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	bad := []string{
		"word 1\n",
		"[nosuch]\n",
		"[months]\njan x\n",
		"[months]\njan 1 weird\n",
		"[months]\njan 1\njan 1\n",
		"[months]\nj4n 1\n",
		"[months]\njan\n",
	}
	for _, src := range bad {
		if _, err := parseLexicon(src); err == nil {
			t.Errorf("parseLexicon(%q) succeeded, want an error", src)
		}
	}
	if _, err := parseLexicon(wordsTxt); err != nil {
		t.Fatalf("embedded words.txt: %v", err)
	}
}

// Find promises no allocations on text without dates, given a reused dst.
func TestFindNoDateAllocs(t *testing.T) {
	text := "The council argued for hours about the cost of repairing the bridges; may they march on, said the Sunday Times."
	dst := make([]Expr, 0, 4)
	n := testing.AllocsPerRun(100, func() {
		dst = Find(text, 0, len(text), wed, false, dst)
	})
	if n != 0 || len(dst) != 0 {
		t.Fatalf("Find on date-free text: %v allocations, %d expressions; want 0 and 0", n, len(dst))
	}
}
