package actors

import (
	"slices"

	"parley/internal/analysis"
)

// On returns the role the entry holds on date ("YYYY-MM-DD", "YYYY" or ""
// when unknown):
//
//   - the role whose date range includes date; when several do (a year
//     in which one role ended and another began, both written as years),
//     the one with day-precise boundaries wins, then the one that started
//     later;
//   - for an unknown date, the entry's latest role (the one that started
//     last), or the base role when it has none;
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
		best := -1
		for i := range e.Roles {
			if best < 0 || startsLater(&e.Roles[i], &e.Roles[best]) {
				best = i
			}
		}
		return e.Roles[best]
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
