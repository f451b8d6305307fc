package actors

import (
	"slices"
	"strings"

	"parley/internal/analysis"
)

// On returns the role the entry holds on date ("YYYY-MM-DD", "YYYY" or ""
// when unknown):
//
//   - the role whose date range includes date; when several do (a year
//     in which one role ended and another began, both written as years),
//     the one with day-precise boundaries wins, then the one that started
//     later;
//   - for an unknown date, the role most likely meant: an office held in
//     the person's own right (a role with none of the sectors DIP, OPP
//     or ELI) before an envoy's, a diplomat's, an opposition leader's
//     or an elite's role, and among those the one that started last; the
//     base role when the entry has none (see undatedRole);
//   - before its first role, the base role (the entry's own country,
//     sectors and code, no title);
//   - after its last role ended, a former role: "former " + the last
//     title, the entry's country with the ELI sector (CAMEO's elites:
//     former officials), Former set.
//
// A malformed date is treated as unknown.
func (e *Entry) On(date string) Role {
	base := Role{Country: e.Country, Sectors: e.Sectors, Code: e.Code}
	if len(e.Roles) == 0 {
		return base
	}
	if date != "" && !validDate(date) {
		date = ""
	}
	if date == "" {
		return e.Roles[e.undatedRole()]
	}
	lo, hi := lowDate(date), highDate(date)
	best := -1
	bestScore := -1
	ended := false // some role ended before date
	for i := range e.Roles {
		r := &e.Roles[i]
		if r.To != "" && highDate(r.To) < lo {
			ended = true
			continue
		}
		if r.From != "" && lowDate(r.From) > hi {
			continue
		}
		// Both boundaries precise to the day count for more than a year
		// that merely includes the date.
		score := 0
		if len(r.From) == 10 {
			score++
		}
		if len(r.To) == 10 || r.To == "" {
			score++
		}
		if best < 0 || score > bestScore || score == bestScore && startsLater(r, &e.Roles[best]) {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		return e.Roles[best]
	}
	if !ended {
		return base
	}
	// Former: the role that ended last.
	last := -1
	for i := range e.Roles {
		r := &e.Roles[i]
		if r.To == "" || highDate(r.To) >= lo {
			continue
		}
		if last < 0 || highDate(r.To) > highDate(e.Roles[last].To) {
			last = i
		}
	}
	return Role{
		Title:   "former " + e.Roles[last].Title,
		Country: e.Country,
		Sectors: eliSectors,
		Code:    makeCode(e.Country, eliSectors),
		Former:  true,
	}
}

var eliSectors = []string{"ELI"}

// undatedRole returns the index of the role On gives for an unknown
// date. The latest role alone would make an undated story about Prime
// Minister Tony Blair one about the UN, through the Quartet envoy role
// he took after leaving office; yet an undated article is about the
// offices for which people are in the news. Those are offices held in
// their own right: head of state or government, minister, commander,
// judge, head of an IGO. An envoy's or diplomat's role (DIP), an
// opposition leader's (OPP) and an elite's (ELI) come after any of them,
// so Blair is Prime Minister and John Kerry Secretary of State, not
// climate envoy. Among roles of one kind the latest still wins: Ban
// Ki-moon is the UN's Secretary-General, not South Korea's Foreign
// Minister, and Joe Biden President, not Vice President. The rule reads
// only the data, so it is the same on every run; the length of a tenure
// was not used because an open-ended role would need today's date,
// and a long minor role (a senator's decades) would outweigh a short
// top one.
func (e *Entry) undatedRole() int {
	best := -1
	bestOwn := false
	for i := range e.Roles {
		r := &e.Roles[i]
		own := ownOffice(r)
		if best < 0 || own && !bestOwn || own == bestOwn && startsLater(r, &e.Roles[best]) {
			best, bestOwn = i, own
		}
	}
	return best
}

// ownOffice reports whether a role is an office held in its own right,
// not a mission on someone's behalf (DIP), the opposition (OPP) or
// standing without office (ELI). The one diplomatic office that is the
// top of its service is the EU's High Representative (its foreign
// minister, coded IGO DIP like the envoys): Kaja Kallas in an undated
// story is the EU's, not Estonia's former Prime Minister.
func ownOffice(r *Role) bool {
	if strings.Contains(r.Title, "High Representative") {
		return true
	}
	for _, sc := range r.Sectors {
		switch sc {
		case "DIP", "OPP", "ELI":
			return false
		}
	}
	return true
}

// startsLater reports whether a started after b (an unknown start counts
// as the earliest).
func startsLater(a, b *Role) bool {
	return lowDate(a.From) > lowDate(b.From)
}

// Actor returns the entry as the output contract's actor on date: the
// code, country, sectors and role title On gives for it. The sectors are
// a copy, so the caller may keep or change them.
func (e *Entry) Actor(date string) analysis.Actor {
	r := e.On(date)
	return analysis.Actor{
		ID:      e.ID,
		Name:    e.Name,
		Code:    r.Code,
		Country: r.Country,
		Sectors: slices.Clone(r.Sectors),
		Role:    r.Title,
	}
}
