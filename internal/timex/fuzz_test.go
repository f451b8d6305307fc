package timex

import (
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	seeds := []string{
		"The minister resigned yesterday and talks resume on Thursday.",
		"It happened on March 3, 2024, and again Dec. 2; the 3rd of March was cold.",
		"at the end of last year, by the end of the month, over the weekend",
		"two days ago, a week ago, the day before yesterday, the following day",
		"2025-03-12 25/12/2024 12/03 3,000 $2024 1990s mid-2024 in mid-January",
		"He may visit; a protest march; the Sunday Times; Black Friday; every Monday",
		"Mondayé éFriday “Friday’s” talks, Feb. 29, 2023 — May’s cabinet",
		"earlier on Tuesday late on Wednesday this coming Friday last night this morning",
		"the end of the",
		"2025-",
		"31st of",
		"\xff\xfeMonday\xc2\xa0night",
	}
	for i, s := range seeds {
		f.Add(s, 0, len(s), i%2 == 0, int64(20000+i*37))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int, future bool, refDay int64) {
		var ref time.Time
		if refDay%5 != 0 {
			ref = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(refDay%100000))
		}
		xs := Find(text, start, end, ref, future, nil)
		lo := max(start, 0)
		hi := min(end, len(text))
		prev := lo
		for _, x := range xs {
			if x.Start < prev || x.End <= x.Start || x.End > hi {
				t.Fatalf("Find(%q, %d, %d): span [%d,%d) out of range or order (previous end %d)", text, start, end, x.Start, x.End, prev)
			}
			prev = x.End
			if x.Gran < Day || x.Gran > Year {
				t.Fatalf("Find(%q): bad granularity %d", text, x.Gran)
			}
			if x.Date != "" {
				if _, ok := ParseDay(x.Date); !ok {
					t.Fatalf("Find(%q): invalid date %q", text, x.Date)
				}
				if x.Gran != Day {
					t.Fatalf("Find(%q): date %q on a %v phrase", text, x.Date, x.Gran)
				}
			}
		}
		again := Find(text, start, end, ref, future, nil)
		if len(again) != len(xs) {
			t.Fatalf("Find(%q) not deterministic", text)
		}
		for i := range xs {
			if xs[i] != again[i] {
				t.Fatalf("Find(%q) not deterministic: %v vs %v", text, xs[i], again[i])
			}
		}
	})
}

func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"2025-03-12", "2024-02-29", "2025-02-29", "0000-00-00", "9999-12-31", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDay(s)
		if ok && format(d) != s {
			t.Fatalf("ParseDay(%q) = %v, which formats differently", s, d)
		}
	})
}
