package timex

import (
	"unicode"
	"unicode/utf8"
)

// The scanner below reads the text lazily, one token at a time in either
// direction, straight from the string: Find's signature has no token buffer
// to reuse, and a date phrase needs at most a handful of tokens around its
// head word, so nothing is ever materialised.

// Token kinds.
const (
	tkNone  uint8 = iota // no token (range exhausted)
	tkWord               // ASCII letters only
	tkNum                // ASCII digits
	tkPunct              // one ASCII punctuation or symbol byte
	tkOther              // anything else: non-ASCII runes, words mixing scripts
)

// tok is a byte range [s, e) of the text and its kind.
type tok struct {
	s, e int
	k    uint8
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isUpper(c byte) bool       { return c >= 'A' && c <= 'Z' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// letterAt reports whether a non-ASCII letter starts at t[i] (i < hi).
func letterAt(t string, i, hi int) (bool, int) {
	r, sz := utf8.DecodeRuneInString(t[i:hi])
	return unicode.IsLetter(r) || unicode.IsMark(r), sz
}

// letterBefore reports whether a non-ASCII letter ends at t[i] (i > lo).
func letterBefore(t string, lo, i int) (bool, int) {
	r, sz := utf8.DecodeLastRuneInString(t[lo:i])
	return unicode.IsLetter(r) || unicode.IsMark(r), sz
}

// nextTok returns the token at or after p within t[:hi].
func nextTok(t string, p, hi int) tok {
	for p < hi {
		c := t[p]
		if isSpace(c) {
			p++
			continue
		}
		if c == 0xC2 && p+1 < hi && t[p+1] == 0xA0 { // no-break space
			p += 2
			continue
		}
		break
	}
	if p >= hi {
		return tok{p, p, tkNone}
	}
	c := t[p]
	switch {
	case isASCIILetter(c):
		e := p + 1
		for e < hi && isASCIILetter(t[e]) {
			e++
		}
		if e < hi && t[e] >= 0x80 {
			if ok, _ := letterAt(t, e, hi); ok { // "Mondayé": not our word
				return tok{p, wordEnd(t, e, hi), tkOther}
			}
		}
		return tok{p, e, tkWord}
	case isDigit(c):
		e := p + 1
		for e < hi && isDigit(t[e]) {
			e++
		}
		return tok{p, e, tkNum}
	case c < 0x80:
		return tok{p, p + 1, tkPunct}
	}
	if ok, sz := letterAt(t, p, hi); ok {
		return tok{p, wordEnd(t, p+sz, hi), tkOther}
	}
	_, sz := utf8.DecodeRuneInString(t[p:hi])
	return tok{p, p + sz, tkOther}
}

// wordEnd skips letters of any script from i.
func wordEnd(t string, i, hi int) int {
	for i < hi {
		if isASCIILetter(t[i]) {
			i++
			continue
		}
		if t[i] < 0x80 {
			break
		}
		ok, sz := letterAt(t, i, hi)
		if !ok {
			break
		}
		i += sz
	}
	return i
}

// wordStart skips letters of any script backwards from i.
func wordStart(t string, lo, i int) int {
	for i > lo {
		if isASCIILetter(t[i-1]) {
			i--
			continue
		}
		if t[i-1] < 0x80 {
			break
		}
		ok, sz := letterBefore(t, lo, i)
		if !ok {
			break
		}
		i -= sz
	}
	return i
}

// prevTok returns the token that ends at or before p within t[lo:].
func prevTok(t string, lo, p int) tok {
	for p > lo {
		c := t[p-1]
		if isSpace(c) {
			p--
			continue
		}
		if c == 0xA0 && p-2 >= lo && t[p-2] == 0xC2 {
			p -= 2
			continue
		}
		break
	}
	if p <= lo {
		return tok{p, p, tkNone}
	}
	c := t[p-1]
	switch {
	case isASCIILetter(c):
		s := p - 1
		for s > lo && isASCIILetter(t[s-1]) {
			s--
		}
		if s > lo && t[s-1] >= 0x80 {
			if ok, _ := letterBefore(t, lo, s); ok {
				return tok{wordStart(t, lo, s), p, tkOther}
			}
		}
		return tok{s, p, tkWord}
	case isDigit(c):
		s := p - 1
		for s > lo && isDigit(t[s-1]) {
			s--
		}
		return tok{s, p, tkNum}
	case c < 0x80:
		return tok{p - 1, p, tkPunct}
	}
	if ok, sz := letterBefore(t, lo, p); ok {
		return tok{wordStart(t, lo, p-sz), p, tkOther}
	}
	_, sz := utf8.DecodeLastRuneInString(t[lo:p])
	return tok{p - sz, p, tkOther}
}
