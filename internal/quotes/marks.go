package quotes

import (
	"unicode"
	"unicode/utf8"
)

// segment is a stretch of text between quotation marks, marks included:
// [start, end). A quotation still open at the end of its paragraph runs to
// the paragraph's end (closed false); when the next paragraph opens with a
// quotation mark, that is the same quotation going on (the newspaper
// convention of an opening mark on each paragraph), and both share group.
type segment struct {
	start, end int
	group      int // index of the group's first segment
	closed     bool
	used       bool
}

// markAt classifies the quotation mark at t[i]: 0 none, 'o' opening, 'c'
// closing, 'a' ambiguous (straight quotes, doubled apostrophes), with its
// length in bytes.
func markAt(t string, i int, single bool) (kind byte, n int) {
	c := t[i]
	switch c {
	case '"':
		if single {
			return 0, 1
		}
		return 'a', 1
	case '\'':
		if !single {
			if i+1 < len(t) && t[i+1] == '\'' {
				return 'a', 2
			}
			return 0, 1
		}
		return 'a', 1
	case '`':
		if !single && i+1 < len(t) && t[i+1] == '`' {
			return 'o', 2
		}
		return 0, 1
	case 0xC2: // « »
		if i+1 < len(t) && !single {
			switch t[i+1] {
			case 0xAB:
				return 'o', 2
			case 0xBB:
				return 'c', 2
			}
		}
		return 0, 1
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 {
			switch t[i+2] {
			case 0x9C, 0x9E: // “ „
				if !single {
					return 'o', 3
				}
			case 0x9D, 0x9F: // ” ‟
				if !single {
					return 'c', 3
				}
			case 0x98: // ‘
				if single {
					return 'o', 3
				}
			case 0x99: // ’
				if single {
					return 'c', 3
				}
			}
			return 0, 3
		}
		return 0, 1
	}
	return 0, 1
}

// letterAt reports whether a letter or digit starts at t[i].
func letterAt(t string, i int) bool {
	if i < 0 || i >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// letterBefore reports whether a letter or digit ends at t[:i].
func letterBefore(t string, i int) bool {
	if i <= 0 || i > len(t) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// findSegments pairs quotation marks paragraph by paragraph. Double marks
// (straight, curly, low-9, guillemets, doubled apostrophes) are used when
// the text has any; a text without them is read with single marks (the
// British convention), where an apostrophe inside a word never opens or
// closes a quotation.
func findSegments(t string, dst []segment) []segment {
	dst = dst[:0]
	for p := 0; p < len(t); {
		e := p
		for e < len(t) && t[e] != '\n' {
			e++
		}
		n := len(dst)
		dst = scanSegments(t, p, e, false, dst)
		if len(dst) == n && !hasDoubleMark(t[p:e]) {
			dst = scanSegments(t, p, e, true, dst)
		}
		p = e + 1
	}
	// Join quotations that run over paragraphs.
	for i := range dst {
		dst[i].group = i
	}
	for i := 1; i < len(dst); i++ {
		p := &dst[i-1]
		if p.closed {
			continue
		}
		between := t[p.end:dst[i].start]
		only := true
		nl := false
		for j := 0; j < len(between); j++ {
			switch between[j] {
			case '\n':
				nl = true
			case ' ', '\t', '\r':
			default:
				only = false
			}
		}
		if only && nl {
			dst[i].group = p.group
		}
	}
	return dst
}

// hasDoubleMark reports whether s holds any double quotation mark, paired
// or not: a paragraph with one is never read with single marks.
func hasDoubleMark(s string) bool {
	for i := 0; i < len(s); {
		k, n := markAt(s, i, false)
		if k != 0 {
			return true
		}
		i += n
	}
	return false
}

// scanSegments pairs the marks of one paragraph, t[p:e].
func scanSegments(t string, p, e int, single bool, dst []segment) []segment {
	open := -1
	for i := p; i < e; {
		kind, n := markAt(t, i, single)
		if i+n > e {
			n = e - i
		}
		if kind == 'a' {
			// Straight marks open after a space or the start of a line and
			// close otherwise; single ones must not touch a letter on
			// both sides (an apostrophe).
			before, after := letterBefore(t, i), letterAt(t, i+n)
			switch {
			case single && before && after:
				kind = 0
			case open < 0 && !before:
				kind = 'o'
			case open >= 0 && !after:
				kind = 'c'
			default:
				kind = 0
			}
		} else if single && kind != 0 {
			before, after := letterBefore(t, i), letterAt(t, i+n)
			if (kind == 'o' && before) || (kind == 'c' && after) {
				kind = 0 // an apostrophe
			}
		}
		switch kind {
		case 'o':
			open = i
		case 'c':
			if open >= 0 {
				dst = append(dst, segment{start: open, end: i + n, closed: true})
				open = -1
			}
		}
		i += n
	}
	if open >= 0 {
		end := e
		for end > open && (t[end-1] == ' ' || t[end-1] == '\r' || t[end-1] == '\t') {
			end--
		}
		dst = append(dst, segment{start: open, end: end})
	}
	return dst
}
