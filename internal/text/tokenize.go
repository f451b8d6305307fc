package text

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

const (
	// Word is a run of letters, digits and combining marks starting with a
	// letter, with inner apostrophes ("don't", "O'Brien", "one’s"), inner
	// hyphens ("self-interpreting"), inner periods ("Ph.D", "J1.txt") and,
	// for abbreviations and initials, the final period ("U.S.", "Mr.",
	// "E."). At the very end of the range the period is kept only for
	// abbreviations that never end a sentence (titles such as "Mr."), so
	// the sentence's own full stop stays a Punct token ("the U.S" ".").
	Word TokenKind = iota + 1
	// Number starts with a digit: digits with inner separators followed by
	// digits ("1,000", "3.14", "12:32", "1/60", "11.18.2014") and an
	// optional letter suffix ("5th", "1990s", "1.5bn").
	Number
	// Punct is punctuation: one character, or a run of the same dash or
	// period character ("...", "--", "!!").
	Punct
	// Symbol is anything else that is not white space: currency and math
	// signs, "%", "&", "@", "#", emoji, stray bytes of invalid UTF-8.
	Symbol
	// URL is a web address or an e-mail address ("https://example.com/a",
	// "www.example.com", "jane.doe@example.com"), without trailing
	// punctuation.
	URL
)

var kindNames = [...]string{"", "Word", "Number", "Punct", "Symbol", "URL"}

// String returns the kind's name.
func (k TokenKind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "TokenKind(" + itoa(int(k)) + ")"
}

func itoa(v int) string {
	var b [20]byte
	i := len(b)
	neg := v < 0
	if neg {
		v = -v
	}
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Token is a range [Start, End) of byte offsets into the text it came from
// (not into the tokenized slice), and its kind. It holds no copy of the
// text: text[tok.Start:tok.End] is the token. Offsets are int32 to keep
// tokens small; Tokenize only tokenizes the first 2 GiB of a text.
type Token struct {
	Start, End int32
	Kind       TokenKind
}

// Tokenize splits text[start:end] into tokens, appending them to dst[:0]
// and returning the result (pass the previous result back to reuse its
// memory). White space separates tokens and is not returned. Offsets are
// into text. Out-of-range bounds are clamped and moved to UTF-8 boundaries,
// so any input is safe.
func Tokenize(text string, start, end int, dst []Token) []Token {
	dst = dst[:0]
	if end > len(text) {
		end = len(text)
	}
	if end > math.MaxInt32 {
		end = math.MaxInt32
	}
	if start < 0 {
		start = 0
	}
	if start >= end {
		return dst
	}
	for start < end && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	t := text[:end]
	i := start
	for i < end {
		c := t[i]
		switch tokClass[c] {
		case tcSpace:
			i++
		case tcLetter:
			i = tokWord(t, i, &dst)
		case tcDigit:
			e := numberEnd(t, i)
			dst = append(dst, Token{int32(i), int32(e), Number})
			i = e
		case tcPunct:
			e := i + 1
			if c == '.' || c == '-' || c == '!' || c == '?' {
				for e < end && t[e] == c {
					e++
				}
			}
			dst = append(dst, Token{int32(i), int32(e), Punct})
			i = e
		case tcSymbol:
			dst = append(dst, Token{int32(i), int32(i + 1), Symbol})
			i++
		default: // non-ASCII
			r, sz := utf8.DecodeRuneInString(t[i:])
			switch {
			case unicode.IsLetter(r):
				i = tokWord(t, i, &dst)
			case unicode.IsDigit(r):
				e := numberEnd(t, i)
				dst = append(dst, Token{int32(i), int32(e), Number})
				i = e
			case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00ad':
				i += sz
			case unicode.IsPunct(r):
				e := i + sz
				if r == '—' || r == '–' || r == '…' {
					for strings.HasPrefix(t[e:], t[i:i+sz]) {
						e += sz
					}
				}
				dst = append(dst, Token{int32(i), int32(e), Punct})
				i = e
			default:
				dst = append(dst, Token{int32(i), int32(i + sz), Symbol})
				i += sz
			}
		}
	}
	return dst
}

const (
	tcSpace = iota + 1
	tcLetter
	tcDigit
	tcPunct
	tcSymbol
	tcHigh
)

var tokClass = func() (t [256]uint8) {
	for c := 0; c < 0x80; c++ {
		b := byte(c)
		switch {
		case isSpaceByte(b):
			t[c] = tcSpace
		case isLetterByte(b):
			t[c] = tcLetter
		case isDigitByte(b):
			t[c] = tcDigit
		case strings.IndexByte("!\"'(),-./:;?[]{}_", b) >= 0:
			t[c] = tcPunct
		case c < 0x20 || c == 0x7f:
			t[c] = tcSpace // control characters separate tokens
		default:
			t[c] = tcSymbol
		}
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = tcHigh
	}
	return t
}()

// isWordRuneAt reports whether a letter, digit or mark starts at p, and its
// size.
func isWordRuneAt(t string, p int) (bool, int) {
	c := t[p]
	if c < 0x80 {
		return isAlnumASCII(c), 1
	}
	r, sz := utf8.DecodeRuneInString(t[p:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r), sz
}

// tokWord scans a word (or URL) starting with a letter at i.
func tokWord(t string, i int, dst *[]Token) int {
	end := len(t)
	e := i
	dots := 0    // inner periods seen
	longSeg := 0 // longest run (in bytes) between periods
	segStart := i
	for e < end {
		c := t[e]
		if k := tokClass[c]; k == tcLetter || k == tcDigit {
			e++
			continue
		}
		if c >= 0x80 {
			if ok, sz := isWordRuneAt(t, e); ok {
				e += sz
				continue
			}
		}
		// joiners: apostrophe, hyphen, period, '@' followed by a word char
		if e+1 < end {
			switch c {
			case '\'', '-', '.':
				if ok, _ := isWordRuneAt(t, e+1); ok {
					if c == '.' {
						dots++
						longSeg = max(longSeg, e-segStart)
						segStart = e + 1
					}
					e++
					continue
				}
			case '@':
				if ok, _ := isWordRuneAt(t, e+1); ok {
					e = urlEnd(t, i)
					*dst = append(*dst, Token{int32(i), int32(e), URL})
					return e
				}
			case 0xE2: // ’ as an apostrophe
				if strings.HasPrefix(t[e:], "’") && e+3 < end {
					if ok, _ := isWordRuneAt(t, e+3); ok {
						e += 3
						continue
					}
				}
			}
		}
		break
	}
	// A URL scheme stops the word at ':' and "www." is read as dotted
	// letters, so the URL check runs only then, not on every word.
	if (dots > 0 || (e < end && t[e] == ':')) && isURLStart(t[i:]) {
		e = urlEnd(t, i)
		*dst = append(*dst, Token{int32(i), int32(e), URL})
		return e
	}
	seg := e - segStart
	longSeg = max(longSeg, seg)
	// keep the final period of abbreviations and initials
	// (at the very end of the range only for those that never end a
	// sentence, so that the sentence's own period stays visible)
	if e < end && t[e] == '.' {
		w := t[i:e]
		c := lookupAbbrev(w)
		last := e+1 == end
		switch {
		case c == abbrTitle || c == abbrNever:
			e++
		case last:
		case (dots > 0 && longSeg <= 3) || (seg == 1 && dots == 0 && w[0] >= 'A' && w[0] <= 'Z'):
			e++
		case c != abbrNone && c != abbrNum:
			e++
		}
	}
	*dst = append(*dst, Token{int32(i), int32(e), Word})
	return e
}

// isURLStart reports whether s starts with a URL scheme or "www.". It is
// called for every word, so the common case (no URL) is decided on the
// first two bytes without case folding.
func isURLStart(s string) bool {
	if len(s) < 4 {
		return false
	}
	switch s[0] | 0x20 {
	case 'h':
		return s[1]|0x20 == 't' && (hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://"))
	case 'w':
		return s[1]|0x20 == 'w' && s[2]|0x20 == 'w' && s[3] == '.'
	case 'f':
		return s[1]|0x20 == 't' && hasPrefixFold(s, "ftp://")
	case 'm':
		return s[1]|0x20 == 'a' && hasPrefixFold(s, "mailto:")
	}
	return false
}

// urlEnd returns the end of the URL or e-mail address starting at i: up to
// white space, less trailing punctuation that belongs to the sentence.
func urlEnd(t string, i int) int {
	e := i
	for e < len(t) && !isSpaceByte(t[e]) && t[e] != '"' && t[e] != '<' && t[e] != '>' {
		if t[e] >= 0x80 {
			r, sz := utf8.DecodeRuneInString(t[e:])
			if unicode.IsSpace(r) || r == '”' || r == '’' || r == '“' {
				break
			}
			e += sz
			continue
		}
		e++
	}
	for e > i+1 && strings.IndexByte(".,;:!?)]}'", t[e-1]) >= 0 {
		e--
	}
	return e
}

// numberEnd returns the end of the number starting at i.
func numberEnd(t string, i int) int {
	end := len(t)
	e := i
	for e < end {
		c := t[e]
		if isDigitByte(c) {
			e++
			continue
		}
		if (c == '.' || c == ',' || c == ':' || c == '/') && e+1 < end && isDigitByte(t[e+1]) {
			e += 2
			continue
		}
		if c >= 0x80 {
			r, sz := utf8.DecodeRuneInString(t[e:])
			if unicode.IsDigit(r) {
				e += sz
				continue
			}
		}
		break
	}
	// a letter suffix: "5th", "1990s", "1.5bn", "10km"
	for e < end && isLetterByte(t[e]) {
		e++
	}
	return e
}
