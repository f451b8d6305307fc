package events

import (
	"strings"
	"time"

	"parley/internal/analysis"
	"parley/internal/places"
	"parley/internal/timex"
)

// dateOf sets ev's date from the date phrase of its sentence nearest to the
// verb at byte offset anchor, resolved against ref (the publication day,
// or the day the quote reporting the event was spoken). With no phrase,
// the publication day is the date, marked as such.
func dateOf(ev *analysis.Event, t string, s analysis.Sentence, anchor int, ref time.Time, future bool, pub string, dates []timex.Expr) []timex.Expr {
	dates = timex.Find(t, s.Start, s.End, ref, future, dates)
	best, bestDist := -1, 1<<30
	for i, x := range dates {
		d := x.Start - anchor
		if d < 0 {
			d = anchor - x.End
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best >= 0 {
		x := dates[best]
		ev.DateText = t[x.Start:x.End]
		ev.Date = x.Date
		return dates
	}
	if pub != "" {
		ev.Date = pub
		ev.DateFromPublication = true
	}
	return dates
}

// speakingDay returns the day a quote was spoken, when its cue's sentence
// dates it ("said on Thursday"), else ref.
func speakingDay(t string, sents []analysis.Sentence, q *analysis.Quote, ref time.Time, dates []timex.Expr) (time.Time, []timex.Expr) {
	if q == nil || q.Cue == nil || ref.IsZero() {
		return ref, dates
	}
	for _, s := range sents {
		if s.Start <= q.Cue.Start && q.Cue.Start < s.End {
			dates = timex.Find(t, s.Start, s.End, ref, false, dates)
			best, bestDist := -1, 1<<30
			for i, x := range dates {
				if x.Date == "" {
					continue
				}
				if inContent(q, x.Start) {
					continue
				}
				d := x.Start - q.Cue.End
				if d < 0 {
					d = q.Cue.Start - x.End
				}
				if d < bestDist && d < 40 {
					best, bestDist = i, d
				}
			}
			if best >= 0 {
				if day, ok := timex.ParseDay(dates[best].Date); ok {
					return day, dates
				}
			}
			break
		}
	}
	return ref, dates
}

func inContent(q *analysis.Quote, off int) bool {
	for _, sp := range q.Content {
		if sp.Start <= off && off < sp.End {
			return true
		}
	}
	return false
}

// maxPlaceGap is how many tokens a place may stand from the event's words.
const maxPlaceGap = 8

// datelinePlace returns the gazetteer's place for a dateline ("MOSCOW",
// "Gaza City, Gaza Strip"), or nil.
func datelinePlace(place string) *analysis.Location {
	if place == "" {
		return nil
	}
	first, _, _ := strings.Cut(place, ",")
	p, ok := places.Default().Lookup(strings.TrimSpace(first))
	if !ok {
		return nil
	}
	return location(p)
}

// location is the gazetteer place p as an event's location.
func location(p *places.Place) *analysis.Location {
	lat, lon := p.Lat, p.Lon
	return &analysis.Location{Name: p.Name, Country: p.Country, Lat: &lat, Lon: &lon}
}

// placeOf returns where the event happened: the place named after "in",
// "at", "near" ... (place-prep words of modality.txt) nearest the event's
// words [lo, hi), within maxPlaceGap tokens, else, for a visit,
// the place visited when the target is named by its capital.
func placeOf(t string, buf *Buffers, lo, hi int, code string, tgtStart, tgtEnd int) *analysis.Location {
	toks, low := buf.toks, buf.word
	g := places.Default()
	var best *places.Place
	bestDist := 1 << 30
	for i := 1; i < len(toks); i++ {
		if buf.info[i-1].class&wPlacePrep == 0 {
			continue
		}
		j := i
		if low(j) == "the" && j+1 < len(toks) {
			j++
		}
		if buf.info[j].class&wPlaceNoun != 0 && j+2 < len(toks) && low(j+1) == "of" {
			j += 2 // "in the city of El Fasher"
		}
		n, p := g.MatchAt(t, toks, j)
		if n == 0 {
			continue
		}
		// Distance from the event's words; a place far from them (another
		// clause: "the war in Ukraine, a day after envoys met Putin")
		// is not where it happened.
		d := 0
		switch {
		case i >= hi:
			d = i - hi
		case j+n <= lo:
			d = lo - (j + n)
		}
		if d <= maxPlaceGap && d < bestDist {
			best, bestDist = p, d
		}
		i = j + n - 1
	}
	if best == nil && (code == "042" || code == "043") && tgtStart >= 0 {
		if n, p := g.MatchAt(t, toks, tgtStart); n > 0 && tgtStart+n == tgtEnd && p.Kind != places.KindCountry {
			best = p
		}
	}
	if best == nil {
		return nil
	}
	return location(best)
}
