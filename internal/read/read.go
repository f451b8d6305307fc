// Package read holds what every document reader shares: the bad-input checks
// applied to the text a reader hands on, date normalisation, headline and
// dateline detection at the start of a text, and the one HTML-to-text
// conversion used by the HTML page and feed readers.
//
// The readers themselves live in the sub-packages plaintext, htmlpage, feed
// and jsonl; dateline finds wire-report datelines for all of them.
package read

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"parley/internal/doc"
	"parley/internal/read/dateline"
)

// DateLayout is the layout of every date a reader hands on (YYYY-MM-DD).
const DateLayout = "2006-01-02"

// CheckText applies the checks every reader makes before handing text on:
// the text must not be empty or white space only, must be valid UTF-8, and
// must not look like binary data (a NUL byte, or a large share of C0
// control characters other than tab, newline, carriage return and form
// feed). The error reads "origin: reason" so that a command line can print
// it as one clear line.
func CheckText(origin, text string) error {
	if reason := textProblem(text); reason != "" {
		return fmt.Errorf("%s: %s", origin, reason)
	}
	return nil
}

// textProblem returns why text is unusable, or "". It makes one pass over
// the bytes; the ASCII fast path keeps it cheap on large inputs.
func textProblem(text string) string {
	controls := 0
	firstInvalid := -1
	nonSpace := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == 0:
				return fmt.Sprintf("binary data (NUL byte at offset %d)", i)
			case c == ' ', c == '\t', c == '\n', c == '\r', c == '\f', c == '\v':
			case c < 0x20 || c == 0x7f:
				controls++
				nonSpace = true
			default:
				nonSpace = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			if firstInvalid < 0 {
				firstInvalid = i
			}
		} else if !nonSpace && !unicode.IsSpace(r) {
			nonSpace = true
		}
		i += size
	}
	// A share of 1 in 20 is far above what stray control characters in
	// real text amount to (an odd escape or vertical tab), yet low enough
	// to catch binary files that happen to contain no NUL byte. The floor
	// of 4 keeps a short text with one stray control character readable.
	if controls >= 4 && controls*20 > len(text) {
		return fmt.Sprintf("binary data (%d control characters in %d bytes)", controls, len(text))
	}
	if firstInvalid >= 0 {
		return fmt.Sprintf("invalid UTF-8 at byte offset %d", firstInvalid)
	}
	if !nonSpace {
		return "empty document"
	}
	return ""
}

// NormDate normalises a date given as YYYY-MM-DD or RFC 3339 (also without
// the zone offset, or with a space instead of the "T", as metadata often
// has it) to YYYY-MM-DD. The date is the one written, not converted to UTC:
// "2025-03-12T23:30:00-05:00" is 2025-03-12, the publisher's own date.
// Surrounding white space is ignored.
func NormDate(s string) (string, error) {
	t := strings.TrimSpace(s)
	if len(t) < 10 {
		return "", fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
	}
	d, err := time.Parse(DateLayout, t[:10])
	if err != nil {
		return "", fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
	}
	if rest := t[10:]; rest != "" {
		if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') || !validClock(rest[1:]) {
			return "", fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
		}
	}
	return d.Format(DateLayout), nil
}

// validClock reports whether s is hh:mm[:ss[.frac]] followed by an optional
// zone: Z, ±hh:mm, ±hhmm or ±hh.
func validClock(s string) bool {
	two := func(s string, max int) bool {
		return len(s) >= 2 && isDigit(s[0]) && isDigit(s[1]) && int(s[0]-'0')*10+int(s[1]-'0') <= max
	}
	if !two(s, 23) || len(s) < 5 || s[2] != ':' || !two(s[3:], 59) {
		return false
	}
	s = s[5:]
	if len(s) > 0 && s[0] == ':' {
		// 60 admits a leap second.
		if !two(s[1:], 60) {
			return false
		}
		s = s[3:]
		if len(s) > 0 && (s[0] == '.' || s[0] == ',') {
			j := 1
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			if j == 1 {
				return false
			}
			s = s[j:]
		}
	}
	switch {
	case s == "", s == "Z", s == "z":
		return true
	case s[0] == '+' || s[0] == '-':
		z := s[1:]
		switch len(z) {
		case 2:
			return two(z, 23)
		case 4:
			return two(z, 23) && two(z[2:], 59)
		case 5:
			return two(z, 23) && z[2] == ':' && two(z[3:], 59)
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// DateOf formats t as YYYY-MM-DD in t's own location, so a timestamp keeps
// the calendar date its publisher gave it; the zero time gives "".
func DateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// YMD formats a year, month and day as YYYY-MM-DD, or returns "" when any
// part is missing or the date does not exist (a dateline "Feb 30").
func YMD(year, month, day int) string {
	if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 {
		return ""
	}
	t := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return ""
	}
	return t.Format(DateLayout)
}

// maxHeadlineWords bounds a headline: a longer first line is a paragraph.
const maxHeadlineWords = 20

// Headline returns the first non-blank line as a title when it is followed
// by a blank line, has at most maxHeadlineWords words and does not end like
// a sentence (see endsSentence). end is the offset just after the line.
func Headline(text string) (title string, end int, ok bool) {
	start := 0
	for {
		nl := strings.IndexByte(text[start:], '\n')
		if nl < 0 {
			return "", 0, false // one line only: no body to head
		}
		if strings.TrimSpace(text[start:start+nl]) != "" {
			end = start + nl
			break
		}
		start += nl + 1
	}
	line := strings.TrimSpace(text[start:end])
	// The next line must be blank (white space only).
	rest := text[end+1:]
	next, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(next) != "" || strings.TrimSpace(rest) == "" {
		return "", 0, false
	}
	words := 0
	letters := false
	for _, f := range strings.Fields(line) {
		words++
		if !letters && strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			letters = true
		}
	}
	// A first line that opens with a dateline is the story's first
	// paragraph, however short.
	if words > maxHeadlineWords || !letters || endsSentence(line) || dateline.Find(line) != nil {
		return "", 0, false
	}
	return line, end, true
}

// endsSentence reports a line ending like a sentence or a lead-in: a full
// stop, colon, semicolon or comma, possibly followed by closing quotes or
// brackets. Question and exclamation marks and an ellipsis do not count:
// headlines end with them ("Can the talks survive?", "Rivals of the
// Apple..."), and a first line that short, set off by a blank line, is far
// more often a headline than a one-line opening paragraph.
func endsSentence(line string) bool {
	s := strings.TrimRightFunc(line, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]", r)
	})
	if strings.HasSuffix(s, "...") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;,", r)
}

// FindDateline returns the dateline at the start of text or, when text
// opens with a headline (see Headline), at the start of the body after it;
// offsets index text. Readers of every format use it, so that a page whose
// extracted text keeps its headline finds the dateline as a plain-text file
// does.
func FindDateline(text string) *doc.Dateline {
	if _, end, ok := Headline(text); ok {
		if d := dateline.Find(text[end:]); d != nil {
			d.Start += end
			d.End += end
			return d
		}
		return nil
	}
	return dateline.Find(text)
}
