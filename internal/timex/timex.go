// Package timex finds date expressions in news text ("yesterday", "on
// Thursday", "Dec. 2", "earlier this month", "2025-03-12") and resolves them
// against the publication day, so that events can carry a real date.
//
// The words it knows are data (words.txt, embedded); the grammar that
// combines them is grammar.go. Conventions, chosen for news reporting:
//
//   - A bare weekday ("said on Thursday") is the most recent such day on or
//     before the publication day, the publication day itself when the
//     weekdays are equal (AP style writes "Wednesday", not "today"); in a
//     forward-looking clause (future=true) it is the first such day on or
//     after it. "last Friday" is strictly before, "next Friday" strictly
//     after, "this Friday" the one in the publication day's Monday-Sunday
//     week.
//   - A day without a year ("Dec. 2") takes the year that puts it nearest
//     the publication day, counting distances in the unexpected direction
//     double (past-leaning unless future).
//   - Only phrases that name one day get a Date. Weeks, months, years
//     ("last week", "in March", "in 2023") are found with their
//     granularity and no date, as the contract's date_text-only case.
//   - Phrases anchored on another event of the story rather than on the
//     publication day ("the day before", "the following day") are Day
//     phrases without a Date, even when the publication day is known.
//   - A span covers the whole phrase, with its lead preposition ("since
//     Monday", "at the end of May"), because some change its meaning.
package timex

import (
	"time"
)

// Granularity is what a date expression names: a day, a week, a month or a
// year.
type Granularity uint8

// Granularities, from finest to coarsest. The zero value is unknown.
const (
	Day Granularity = iota + 1
	Week
	Month
	Year
)

var granNames = [...]string{"", "Day", "Week", "Month", "Year"}

// String returns the granularity's name ("Day", ...).
func (g Granularity) String() string {
	if g != 0 && int(g) < len(granNames) {
		return granNames[g]
	}
	return "Granularity(" + itoa(int(g)) + ")"
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

// Expr is one date expression found in a text.
type Expr struct {
	// Start and End are byte offsets into the text passed to Find.
	Start, End int
	// Date is YYYY-MM-DD when the phrase names a single day and can be
	// resolved (an absolute date, or a relative one with a known ref); ""
	// otherwise.
	Date string
	// Gran is what the phrase names.
	Gran Granularity
	// Relative is true when the phrase is resolved against the reference
	// day ("yesterday", "on Thursday", "Dec. 2" without a year) rather than
	// being absolute ("March 3, 2024", "in 2023").
	Relative bool
}

// Find appends to dst[:0] the date expressions in text[start:end], in text
// order and without overlaps, resolving them against ref (a day; its
// calendar date in its own location is used; the zero Time means unknown,
// and relative phrases then get Date ""). future says the clause looks
// forward (tense hint): it decides bare weekdays and the year of a day
// written without one. Out-of-range bounds are clamped. It does not
// allocate on text without dates, and only for each Date string otherwise.
func Find(text string, start, end int, ref time.Time, future bool, dst []Expr) []Expr {
	dst = dst[:0]
	if end > len(text) {
		end = len(text)
	}
	if start < 0 {
		start = 0
	}
	if start >= end {
		return dst
	}
	m := matcher{t: text, hi: end, floor: start, future: future}
	if !ref.IsZero() {
		y, mo, d := ref.Date()
		m.ref = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		m.hasRef = true
	}
	p := start
	for p < end {
		tk := nextTok(text, p, end)
		if tk.k == tkNone {
			break
		}
		p = tk.e
		var x Expr
		ok := false
		switch tk.k {
		case tkWord:
			en, found := lex.lookup(text[tk.s:tk.e])
			if !found {
				continue
			}
			switch en.cls {
			case cMonth:
				x, ok = m.month(tk, en)
			case cWeekday:
				x, ok = m.weekday(tk, en)
			case cDay:
				x, ok = m.relDay(tk, en)
			case cDaypart:
				x, ok = m.daypart(tk, en)
			case cUnit:
				x, ok = m.unit(tk, en)
			}
		case tkNum:
			x, ok = m.number(tk)
		}
		if ok {
			dst = append(dst, x)
			p = x.End
			m.floor = x.End
		}
	}
	return dst
}

// ParseDay parses YYYY-MM-DD (the contract's published form) into a
// time.Time at UTC midnight. It reports false for any other form and for
// days that do not exist ("2025-02-29").
func ParseDay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digits(s[0:4])
	mo, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || !valid(y, mo, d) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), true
}

// digits parses a run of ASCII digits (at most 9).
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// daysIn returns the number of days of month mo in year y.
func daysIn(y, mo int) int {
	switch mo {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func valid(y, mo, d int) bool {
	return y >= 1 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)
}

// format writes YYYY-MM-DD.
func format(t time.Time) string {
	y, mo, d := t.Date()
	if y < 1 || y > 9999 { // as valid: there is no year 0
		return ""
	}
	var b [10]byte
	b[0] = byte('0' + y/1000)
	b[1] = byte('0' + y/100%10)
	b[2] = byte('0' + y/10%10)
	b[3] = byte('0' + y%10)
	b[4] = '-'
	b[5] = byte('0' + int(mo)/10)
	b[6] = byte('0' + int(mo)%10)
	b[7] = '-'
	b[8] = byte('0' + d/10)
	b[9] = byte('0' + d%10)
	return string(b[:])
}
