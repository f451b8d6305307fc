// Package fold folds names for matching: diacritics removed ("Élysée" is
// "Elysee", "Kyiv’s" is "Kyiv's"), case changed on request, without
// allocating for ASCII input. The actor dictionary and the gazetteer
// match names the same way through it.
package fold

import (
	"unicode"
	"unicode/utf8"
)

// foldMap maps letters with diacritics (and typographic apostrophes) to
// their plain ASCII forms, so "Élysée", "Erdoğan" and "Kyiv’s" match
// "Elysee", "Erdogan" and "Kyiv's". Case is kept: 'É' folds to 'E'.
var foldMap = func() map[rune]string {
	m := map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ø': "o", 'Ø': "O",
		'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "TH",
		'ı': "i", 'İ': "I", 'ħ': "h", 'Ħ': "H",
		'’': "'", '‘': "'", 'ʼ': "'", '´': "'",
		'‐': "-", '‑': "-",
	}
	groups := []struct {
		base  string
		runes string
	}{
		{"a", "àáâãäåāăąǎạảấầẩẫậắằẳẵặ"}, {"A", "ÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ"},
		{"c", "çćĉċč"}, {"C", "ÇĆĈĊČ"},
		{"d", "ď"}, {"D", "Ď"},
		{"e", "èéêëēĕėęěẹẻẽếềểễệ"}, {"E", "ÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ"},
		{"g", "ĝğġģǧ"}, {"G", "ĜĞĠĢǦ"},
		{"h", "ĥḥ"}, {"H", "ĤḤ"},
		{"i", "ìíîïĩīĭįǐịỉ"}, {"I", "ÌÍÎÏĨĪĬĮǏỊỈ"},
		{"j", "ĵ"}, {"J", "Ĵ"},
		{"k", "ķ"}, {"K", "Ķ"},
		{"l", "ĺļľŀ"}, {"L", "ĹĻĽĿ"},
		{"n", "ñńņňṇ"}, {"N", "ÑŃŅŇṆ"},
		{"o", "òóôõöōŏőơǒọỏốồổỗộớờởỡợ"}, {"O", "ÒÓÔÕÖŌŎŐƠǑỌỎỐỒỔỖỘỚỜỞỠỢ"},
		{"r", "ŕŗř"}, {"R", "ŔŖŘ"},
		{"s", "śŝşšșṣ"}, {"S", "ŚŜŞŠȘṢ"},
		{"t", "ţťțṭ"}, {"T", "ŢŤȚṬ"},
		{"u", "ùúûüũūŭůűųưǔụủứừửữự"}, {"U", "ÙÚÛÜŨŪŬŮŰŲƯǓỤỦỨỪỬỮỰ"},
		{"w", "ŵ"}, {"W", "Ŵ"},
		{"y", "ýÿŷỳỹỷỵ"}, {"Y", "ÝŸŶỲỸỶỴ"},
		{"z", "źżžẓ"}, {"Z", "ŹŻŽẒ"},
	}
	for _, g := range groups {
		for _, r := range g.runes {
			m[r] = g.base
		}
	}
	return m
}()

// Append appends s to dst with diacritics removed and, when lower is
// set, ASCII and Unicode letters lower-cased. ASCII input is copied byte by
// byte; callers pass a stack buffer so the common case does not allocate.
func Append(dst []byte, s string, lower bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if lower && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		if f, ok := foldMap[r]; ok {
			for j := 0; j < len(f); j++ {
				b := f[j]
				if lower && b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				dst = append(dst, b)
			}
			continue
		}
		if lower {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// Fold returns s with diacritics removed, case kept; ASCII input is
// returned as is.
func Fold(s string) string {
	if IsASCII(s) {
		return s
	}
	return string(Append(nil, s, false))
}

// Lower returns s with diacritics removed and lower-cased.
func Lower(s string) string {
	if IsASCII(s) && !HasUpperASCII(s) {
		return s
	}
	return string(Append(nil, s, true))
}

// IsASCII reports whether s has only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// HasUpperASCII reports whether s has an ASCII upper-case letter.
func HasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// Upper returns s in upper case (s when it already is).
func Upper(s string) string {
	same := true
	for _, r := range s {
		if unicode.ToUpper(r) != r {
			same = false
			break
		}
	}
	if same {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToUpper(r))
	}
	return string(b)
}

// CapFirst upper-cases the first letter of s ("the" -> "The").
func CapFirst(s string) string {
	r, sz := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(utf8.AppendRune(nil, unicode.ToUpper(r))) + s[sz:]
}
