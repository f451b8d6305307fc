package timex

import (
	"strings"
	"time"
)

// matcher holds one Find call's state. floor is the end of the last
// expression found: phrases are never extended back over it.
type matcher struct {
	t      string
	hi     int
	floor  int
	ref    time.Time
	hasRef bool
	future bool
}

func (m *matcher) next(p int) tok { return nextTok(m.t, p, m.hi) }
func (m *matcher) prev(p int) tok { return prevTok(m.t, m.floor, p) }

func (m *matcher) lookup(tk tok) (entry, bool) {
	if tk.k != tkWord {
		return entry{}, false
	}
	return lex.lookup(m.t[tk.s:tk.e])
}

// is reports whether tk is the word lit (lower-case ASCII), in any case.
func (m *matcher) is(tk tok, lit string) bool {
	if tk.k != tkWord || tk.e-tk.s != len(lit) {
		return false
	}
	for i := 0; i < len(lit); i++ {
		if m.t[tk.s+i]|0x20 != lit[i] {
			return false
		}
	}
	return true
}

func (m *matcher) punct(tk tok, c byte) bool { return tk.k == tkPunct && m.t[tk.s] == c }

// What back may consume before a head word.
const (
	aNum  = 1 << iota // a count: "two (days ago)", "the past three (weeks)"
	aDet              // this, last, next, ...
	aThe              // "the" without a determiner: "over the weekend"
	aEdge             // early, late on, mid-, the end of
	aLead             // a preposition: on, since, ...
)

// mods is what back found before a head word.
type mods struct {
	start   int
	n       int
	hasN    bool
	det     int8
	hasDet  bool
	detTok  tok
	ana     bool // the determiner is anaphoric
	the     bool
	edge    bool
	lead    tok  // the preposition, kind tkNone when there is none
	blocked bool // "the" before a head that does not take it
}

// back reads the modifiers before the head word starting at hs, from the
// nearest outwards: [lead] [edge] [the] [det] [count] head.
func (m *matcher) back(hs int, allow int) mods {
	r := mods{start: hs}
	p := hs
	pt := m.prev(p)
	if allow&aNum != 0 {
		if n, ok := m.count(pt); ok {
			r.n, r.hasN = n, true
			p = pt.s
			pt = m.prev(p)
			if n == 0 && m.is(pt, "a") { // "a few"
				p = pt.s
				pt = m.prev(p)
			}
		}
	}
	if allow&aDet != 0 {
		if en, ok := m.lookup(pt); ok && en.cls == cDet {
			r.det, r.hasDet, r.detTok, r.ana = en.val, true, pt, en.flag&fAnaphoric != 0
			p = pt.s
			pt = m.prev(p)
			if m.is(r.detTok, "coming") && m.is(pt, "this") { // "this coming Friday"
				p = pt.s
				pt = m.prev(p)
			}
		}
	}
	if m.is(pt, "the") {
		// "the" belongs to the phrase after a determiner ("the past week"),
		// before heads that take it ("the weekend") and in "the end of the
		// month"; elsewhere it makes a name ("the Sunday Times").
		if !r.hasDet && allow&aThe == 0 && !m.edgeOfBefore(pt.s) {
			r.blocked = true
			r.start = p
			return r
		}
		r.the = true
		p = pt.s
		pt = m.prev(p)
	}
	if allow&aEdge != 0 {
		switch {
		case m.punct(pt, '-') && pt.e == p:
			if pp := m.prev(pt.s); m.is(pp, "mid") && pp.e == pt.s {
				r.edge = true
				p = pp.s
				pt = m.prev(p)
			}
		case m.is(pt, "on"):
			if en, ok := m.lookup(m.prev(pt.s)); ok && en.cls == cEdge {
				r.edge = true
				p = m.prev(pt.s).s
				pt = m.prev(p)
			}
		default:
			if en, ok := m.lookup(pt); ok && en.cls == cEdge {
				r.edge = true
				p = pt.s
				pt = m.prev(p)
			}
		}
		if m.is(pt, "of") {
			if en, ok := m.lookup(m.prev(pt.s)); ok && en.cls == cEdgeOf {
				r.edge = true
				p = m.prev(pt.s).s
				pt = m.prev(p)
				if m.is(pt, "the") {
					p = pt.s
					pt = m.prev(p)
				}
			}
		}
	}
	if allow&aLead != 0 {
		if en, ok := m.lookup(pt); ok && en.cls == cLead {
			r.lead = pt
			p = pt.s
		}
	}
	r.start = p
	return r
}

// edgeOfBefore reports whether "end of" (or beginning/start/middle) ends at p.
func (m *matcher) edgeOfBefore(p int) bool {
	pt := m.prev(p)
	if !m.is(pt, "of") {
		return false
	}
	en, ok := m.lookup(m.prev(pt.s))
	return ok && en.cls == cEdgeOf
}

// count reads a small count: digits 1-999 or a number word.
func (m *matcher) count(tk tok) (int, bool) {
	switch tk.k {
	case tkNum:
		if tk.e-tk.s > 3 || !m.standalone(tk) {
			return 0, false
		}
		v, _ := digits(m.t[tk.s:tk.e])
		return v, v > 0 && m.numEndOK(tk.e)
	case tkWord:
		if en, ok := lex.lookup(m.t[tk.s:tk.e]); ok && en.cls == cNumber {
			return int(en.val), true
		}
	}
	return 0, false
}

// standalone reports whether the number token is not part of a bigger
// number, an amount or a code ("3,000", "$5", "Q3", "1.5").
func (m *matcher) standalone(tk tok) bool {
	if tk.s == 0 {
		return true
	}
	c := m.t[tk.s-1]
	switch {
	case isASCIILetter(c), isDigit(c):
		return false
	case c == ',' || c == '.' || c == '$' || c == '/' || c == ':' || c == '#':
		return false
	case c >= 0x80:
		// currency signs such as £ € ¥ ₹ before the number
		if ok, _ := letterBefore(m.t, 0, tk.s); ok {
			return false
		}
		return c != 0xA3 && c != 0xAC && c != 0xA5 && c != 0xB9
	}
	return true
}

// numEndOK reports whether a number ending at e really ends there: no
// decimal, thousands, time or fraction part follows, nor a percent sign.
func (m *matcher) numEndOK(e int) bool {
	if e >= m.hi {
		return true
	}
	c := m.t[e]
	if c == '%' || isDigit(c) {
		return false
	}
	if (c == '.' || c == ',' || c == ':' || c == '/') && e+1 < m.hi && isDigit(m.t[e+1]) {
		return false
	}
	return true
}

// day reads a day of the month: 1-31, with an optional ordinal suffix
// ("3rd"). It returns the day and the end of the token.
func (m *matcher) day(tk tok) (int, int, bool) {
	if tk.k != tkNum || tk.e-tk.s > 2 {
		return 0, 0, false
	}
	d, _ := digits(m.t[tk.s:tk.e])
	if d < 1 || d > 31 {
		return 0, 0, false
	}
	e := tk.e
	if e < m.hi && isASCIILetter(m.t[e]) {
		s := e
		for e < m.hi && isASCIILetter(m.t[e]) {
			e++
		}
		if e-s != 2 {
			return 0, 0, false
		}
		a, b := m.t[s]|0x20, m.t[s+1]|0x20
		if !(a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
			return 0, 0, false
		}
	}
	if !m.numEndOK(e) {
		return 0, 0, false
	}
	return d, e, true
}

// year reads a four-digit year 1800-2199 that is not part of an amount.
func (m *matcher) year(tk tok) (int, bool) {
	if tk.k != tkNum || tk.e-tk.s != 4 {
		return 0, false
	}
	y, _ := digits(m.t[tk.s:tk.e])
	if y < 1800 || y > 2199 || !m.numEndOK(tk.e) {
		return 0, false
	}
	if tk.e < m.hi && isASCIILetter(m.t[tk.e]) { // "1990s"
		return 0, false
	}
	return y, true
}

// monthWord reports whether tk is a capitalized month name; end includes
// an abbreviation's period.
func (m *matcher) monthWord(tk tok) (mo int, abbr bool, end int, ok bool) {
	if tk.k != tkWord || !isUpper(m.t[tk.s]) {
		return 0, false, 0, false
	}
	en, found := lex.lookup(m.t[tk.s:tk.e])
	if !found || en.cls != cMonth {
		return 0, false, 0, false
	}
	end = tk.e
	abbr = en.flag&fAbbr != 0
	if abbr && end < m.hi && m.t[end] == '.' {
		end++
	}
	return int(en.val), abbr, end, true
}

// abs is a calendar date read from the text; y is 0 when it has no year.
type abs struct {
	y, mo, d, end int
}

// yearAfter reads ", 2024" or " 2024" after p.
func (m *matcher) yearAfter(p int) (int, int) {
	nt := m.next(p)
	if m.punct(nt, ',') {
		nt = m.next(nt.e)
	}
	if y, ok := m.year(nt); ok {
		return y, nt.e
	}
	return 0, p
}

// monthDay reads "Dec. 2", "March 3rd, 2024" from the month word tk.
func (m *matcher) monthDay(tk tok) (abs, bool) {
	mo, _, end, ok := m.monthWord(tk)
	if !ok {
		return abs{}, false
	}
	d, de, ok := m.day(m.next(end))
	if !ok {
		return abs{}, false
	}
	y, ye := m.yearAfter(de)
	return abs{y: y, mo: mo, d: d, end: ye}, true
}

// dayMonth reads "2 December", "2nd of Dec. 2024" from the number tk.
func (m *matcher) dayMonth(tk tok) (abs, bool) {
	d, de, ok := m.day(tk)
	if !ok {
		return abs{}, false
	}
	nt := m.next(de)
	if m.is(nt, "of") {
		nt = m.next(nt.e)
	}
	mo, _, end, ok := m.monthWord(nt)
	if !ok {
		return abs{}, false
	}
	y, ye := m.yearAfter(end)
	return abs{y: y, mo: mo, d: d, end: ye}, true
}

// absAfter reads an explicit date after a weekday: "Friday, March 7".
func (m *matcher) absAfter(p int) (abs, bool) {
	nt := m.next(p)
	if m.punct(nt, ',') {
		nt = m.next(nt.e)
	}
	if nt.k == tkNum {
		return m.dayMonth(nt)
	}
	return m.monthDay(nt)
}

// resolve turns a read date into an Expr's date; ok is false for days
// that do not exist.
func (m *matcher) resolve(a abs) (date string, rel, ok bool) {
	if a.y != 0 {
		if !valid(a.y, a.mo, a.d) {
			return "", false, false
		}
		return format(time.Date(a.y, time.Month(a.mo), a.d, 0, 0, 0, 0, time.UTC)), false, true
	}
	if !m.hasRef {
		return "", true, a.d <= daysIn(2000, a.mo) // 2000 is a leap year
	}
	best, bestCost := time.Time{}, int64(-1)
	for y := m.ref.Year() - 1; y <= m.ref.Year()+1; y++ {
		if !valid(y, a.mo, a.d) {
			continue
		}
		c := time.Date(y, time.Month(a.mo), a.d, 0, 0, 0, 0, time.UTC)
		dist := int64(c.Sub(m.ref) / (24 * time.Hour))
		if dist < 0 {
			dist = -dist
			if m.future {
				dist *= 2
			}
		} else if !m.future {
			dist *= 2
		}
		if bestCost < 0 || dist < bestCost {
			best, bestCost = c, dist
		}
	}
	if bestCost < 0 {
		return "", true, false
	}
	return format(best), true, true
}

func (m *matcher) dayExpr(start, end int, a abs) (Expr, bool) {
	date, rel, ok := m.resolve(a)
	if !ok {
		return Expr{}, false
	}
	return Expr{Start: start, End: end, Date: date, Gran: Day, Relative: rel}, true
}

// relExpr is a day at offset days from ref.
func (m *matcher) relExpr(start, end, days int) Expr {
	x := Expr{Start: start, End: end, Gran: Day, Relative: true}
	if m.hasRef {
		x.Date = format(m.ref.AddDate(0, 0, days))
	}
	return x
}

// month handles a month name: "Dec. 2", "March 3, 2024", "December 2024",
// "in March", "last December", "mid-January", "at the end of May".
func (m *matcher) month(tk tok, en entry) (Expr, bool) {
	if !isUpper(m.t[tk.s]) {
		return Expr{}, false // "may", "march"
	}
	if a, ok := m.monthDay(tk); ok {
		r := m.back(tk.s, aLead)
		return m.dayExpr(r.start, a.end, a)
	}
	_, abbr, end, _ := m.monthWord(tk)
	nt := m.next(end)
	if _, ok := m.year(nt); ok {
		r := m.back(tk.s, aEdge|aLead)
		return Expr{Start: r.start, End: nt.e, Gran: Month}, true
	}
	if abbr {
		return Expr{}, false
	}
	if tk.e < m.hi && (m.t[tk.e] == '\'' || strings.HasPrefix(m.t[tk.e:], "’")) { // "May's", "May’s": the name
		return Expr{}, false
	}
	r := m.back(tk.s, aDet|aEdge|aLead)
	if r.start == tk.s || r.ana {
		return Expr{}, false
	}
	return Expr{Start: r.start, End: tk.e, Gran: Month, Relative: true}, true
}

// blocksName reports whether the word before a weekday makes it part of a
// name or a recurrence: "the Sunday Times", "Black Friday", "every Monday".
func (m *matcher) blocksName(pt tok) bool {
	if pt.k != tkWord {
		return false
	}
	if m.is(pt, "a") || m.is(pt, "an") || m.is(pt, "every") || m.is(pt, "each") {
		return true
	}
	if isUpper(m.t[pt.s]) {
		_, known := lex.lookup(m.t[pt.s:pt.e])
		return !known
	}
	return false
}

// weekday handles "on Thursday", "last Friday", "late on Wednesday",
// "Monday night", "since Monday", "Friday, March 7".
func (m *matcher) weekday(tk tok, en entry) (Expr, bool) {
	if m.blocksName(m.prev(tk.s)) {
		return Expr{}, false
	}
	r := m.back(tk.s, aDet|aEdge|aLead)
	if r.blocked {
		return Expr{}, false
	}
	end := tk.e
	nt := m.next(end)
	if pe, ok := m.lookup(nt); ok && pe.cls == cDaypart {
		end = nt.e
		nt = m.next(end)
	}
	if a, ok := m.absAfter(end); ok {
		return m.dayExpr(r.start, a.end, a)
	}
	// A capitalized word after a weekday makes a name ("Sunday Times", "in
	// Sunday Times reports") unless a determiner, an edge or "on" dates it.
	if !r.hasDet && !r.edge && !m.is(r.lead, "on") && nt.k == tkWord && isUpper(m.t[nt.s]) {
		if _, known := lex.lookup(m.t[nt.s:nt.e]); !known {
			return Expr{}, false // "Sunday Times"
		}
	}
	x := Expr{Start: r.start, End: end, Gran: Day, Relative: true}
	if !m.hasRef || r.ana || r.the { // "the next Monday" counts from another event
		return x, true
	}
	w, cur := int(en.val), int(m.ref.Weekday())
	back := (cur - w + 7) % 7
	fwd := (w - cur + 7) % 7
	var off int
	switch {
	case r.hasDet && r.det < 0:
		if back == 0 {
			back = 7
		}
		off = -back
	case r.hasDet && r.det > 0:
		if fwd == 0 {
			fwd = 7
		}
		off = fwd
	case r.hasDet: // this: the same Monday-Sunday week
		off = (w+6)%7 - (cur+6)%7
	case m.future:
		off = fwd
	default:
		off = -back
	}
	x.Date = format(m.ref.AddDate(0, 0, off))
	return x, true
}

// relDay handles "yesterday", "today", "tomorrow", "tonight", with a part
// of the day ("yesterday morning") and edges ("late yesterday").
func (m *matcher) relDay(tk tok, en entry) (Expr, bool) {
	r := m.back(tk.s, aEdge|aLead)
	end := tk.e
	if pe, ok := m.lookup(m.next(end)); ok && pe.cls == cDaypart {
		end = m.next(end).e
	}
	return m.relExpr(r.start, end, int(en.val)), true
}

// daypart handles "this morning", "last night", "earlier this evening".
func (m *matcher) daypart(tk tok, en entry) (Expr, bool) {
	r := m.back(tk.s, aDet|aEdge|aLead)
	if !r.hasDet || r.the {
		return Expr{}, false
	}
	switch {
	case m.is(r.detTok, "this"):
		return m.relExpr(r.start, tk.e, 0), true
	case m.is(r.detTok, "last") && en.val == 1:
		return m.relExpr(r.start, tk.e, -1), true
	}
	return Expr{}, false
}

// unit handles "last week", "earlier this month", "next year", "over the
// weekend", "two days ago", "the day before (yesterday)", "the end of the
// month", "the past two weeks".
func (m *matcher) unit(tk tok, en entry) (Expr, bool) {
	g := Granularity(en.val)
	plural := en.flag&fPlural != 0
	nt := m.next(tk.e)
	if m.is(nt, "ago") {
		r := m.back(tk.s, aNum|aLead)
		if !r.hasN {
			return Expr{}, false
		}
		switch {
		case g == Day && r.n > 0:
			return m.relExpr(r.start, nt.e, -r.n), true
		case g == Day: // "a few days ago" names no one day
			return Expr{Start: r.start, End: nt.e, Gran: Week, Relative: true}, true
		}
		return Expr{Start: r.start, End: nt.e, Gran: g, Relative: true}, true
	}
	if g == Day && !plural && (m.is(nt, "before") || m.is(nt, "after")) {
		if !m.is(m.prev(tk.s), "the") {
			return Expr{}, false
		}
		r := m.back(tk.s, aThe|aLead)
		nn := m.next(nt.e)
		if m.is(nt, "before") && m.is(nn, "yesterday") {
			return m.relExpr(r.start, nn.e, -2), true
		}
		if m.is(nt, "after") && m.is(nn, "tomorrow") {
			return m.relExpr(r.start, nn.e, 2), true
		}
		return Expr{Start: r.start, End: nt.e, Gran: Day, Relative: true}, true // anaphoric
	}
	allow := aDet | aEdge | aLead
	if plural {
		allow |= aNum
	}
	if en.flag&fWeekend != 0 {
		allow |= aThe
	}
	r := m.back(tk.s, allow)
	switch {
	case g == Day && !plural:
		// "the next day", "the following day", "the previous day": anchored
		// on another event, so no date.
		if !r.the || !(m.is(r.detTok, "next") || m.is(r.detTok, "following") || m.is(r.detTok, "previous")) {
			return Expr{}, false
		}
		return Expr{Start: r.start, End: tk.e, Gran: Day, Relative: true}, true
	case plural:
		// "the past two weeks", "in recent days"; not "his last years".
		if !r.hasDet || r.det == 0 || !r.hasN && !m.is(r.detTok, "past") && !m.is(r.detTok, "recent") {
			return Expr{}, false
		}
	case en.flag&fWeekend != 0:
		if !r.hasDet && !r.the {
			return Expr{}, false
		}
	default:
		if !r.hasDet && !(r.edge && r.start < tk.s && m.is(m.prev(tk.s), "the")) {
			return Expr{}, false
		}
	}
	return Expr{Start: r.start, End: tk.e, Gran: g, Relative: true}, true
}

// number handles numeric dates ("2025-03-12", "25/12/2024"), a day before a
// month ("2 December") and a year after a preposition ("in 2023",
// "mid-2024", "the end of 2023").
func (m *matcher) number(tk tok) (Expr, bool) {
	if !m.standalone(tk) {
		return Expr{}, false
	}
	if x, ok := m.numeric(tk); ok {
		return x, true
	}
	if a, ok := m.dayMonth(tk); ok {
		r := m.back(tk.s, aLead)
		return m.dayExpr(r.start, a.end, a)
	}
	if _, ok := m.year(tk); ok {
		r := m.back(tk.s, aEdge|aLead)
		// "at 1815 GMT" and "on 2003 figures" are not years.
		if r.start == tk.s || !r.edge && (m.is(r.lead, "at") || m.is(r.lead, "on")) {
			return Expr{}, false
		}
		return Expr{Start: r.start, End: tk.e, Gran: Year}, true
	}
	return Expr{}, false
}

// numeric reads YYYY-MM-DD, YYYY/MM/DD and the unambiguous D/M/YYYY or
// M/D/YYYY (one part above 12, or both equal); "12/03" and "3/4/2025" are
// left alone.
func (m *matcher) numeric(tk tok) (Expr, bool) {
	t := m.t
	p := tk.e
	if p+1 >= m.hi || (t[p] != '-' && t[p] != '/' && t[p] != '.') || !isDigit(t[p+1]) {
		return Expr{}, false
	}
	sep := t[p]
	b := m.next(p + 1)
	if b.k != tkNum || b.e >= m.hi || t[b.e] != sep {
		return Expr{}, false
	}
	c := m.next(b.e + 1)
	if c.k != tkNum || c.s != b.e+1 {
		return Expr{}, false
	}
	if c.e < m.hi && (isASCIILetter(t[c.e]) && t[c.e] != 'T' || t[c.e] == sep && c.e+1 < m.hi && isDigit(t[c.e+1])) {
		return Expr{}, false
	}
	x, _ := digits(t[tk.s:tk.e])
	y2, _ := digits(t[b.s:b.e])
	z, _ := digits(t[c.s:c.e])
	var a abs
	switch {
	case tk.e-tk.s == 4 && b.e-b.s == 2 && c.e-c.s == 2 && sep != '.':
		a = abs{y: x, mo: y2, d: z}
	case tk.e-tk.s <= 2 && b.e-b.s <= 2 && c.e-c.s == 4:
		switch {
		case x > 12 && y2 <= 12:
			a = abs{y: z, mo: y2, d: x}
		case y2 > 12 && x <= 12 && sep != '.':
			a = abs{y: z, mo: x, d: y2}
		case x == y2:
			a = abs{y: z, mo: x, d: x}
		default:
			return Expr{}, false
		}
	default:
		return Expr{}, false
	}
	if a.y < 1800 || a.y > 2199 {
		return Expr{}, false
	}
	r := m.back(tk.s, aLead)
	return m.dayExpr(r.start, c.e, a)
}
