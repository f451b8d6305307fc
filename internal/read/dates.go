package read

import (
	"fmt"
	"strings"
	"time"
)

// looseLayouts are the date forms met in page metadata and feeds besides
// the ones NormDate takes: RFC 822/1123 as RSS writes them (with one- or
// two-digit days, numeric or named zones), and a few written-out forms.
var looseLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 2 Jan 06 15:04:05 MST",
	"Mon, 2 January 2006 15:04:05 -0700",
	"Mon, 2 January 2006 15:04:05 MST",
	"Mon, 2 Jan 2006",
	time.RFC850, time.ANSIC,
	"2006/01/02", "2006/01/02 15:04:05", "2006.01.02",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	"20060102",
}

// ParseDate normalises a date as met in page metadata or feeds to
// YYYY-MM-DD: everything NormDate takes, a date-time whose date part is
// YYYY-MM-DD and whose time is in some other form, RFC 822/1123 dates
// ("Wed, 12 Mar 2025 23:30:00 -0500") and a few written-out forms
// ("March 12, 2025"). As with NormDate the date is the one written, never
// converted to another zone.
func ParseDate(s string) (string, error) {
	t := strings.TrimSpace(s)
	if d, err := NormDate(t); err == nil {
		return d, nil
	}
	if len(t) > 10 && (t[10] == 'T' || t[10] == ' ') {
		if d, err := NormDate(t[:10]); err == nil {
			return d, nil
		}
	}
	// Collapse runs of spaces so that "Wed,  2 Mar 2025" matches too.
	t = strings.Join(strings.Fields(t), " ")
	for _, l := range looseLayouts {
		if p, err := time.Parse(l, t); err == nil {
			return DateOf(p), nil
		}
	}
	return "", fmt.Errorf("date %q: not a date form parley knows", s)
}
