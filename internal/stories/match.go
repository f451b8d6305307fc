package stories

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of the text: a byte range into the lower-cased copy,
// and whether clause punctuation (. , ; : ! ? parentheses, dashes) comes
// between it and the previous word.
type word struct {
	start, end int32
	brk        bool
}

// lowerASCII appends s with ASCII letters lower-cased to dst: byte offsets
// stay those of s, which the analysis' spans index.
func lowerASCII(dst []byte, s string) []byte {
	dst = append(dst[:0], s...)
	for i, c := range dst {
		if 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// scanWords appends the words of lower[start:end] to out. Letters,
// digits, hyphens and apostrophes between letters make words; quotation
// marks do not, so `"candid` is the word candid.
func scanWords(lower []byte, start, end int, out []word) []word {
	start, end = max(start, 0), min(end, len(lower))
	brk := true
	for i := start; i < end; {
		c := lower[i]
		if c < utf8.RuneSelf {
			if isWordByte(c) && c != '-' && c != '\'' {
				j := i + 1
				for j < end {
					d := lower[j]
					if d < utf8.RuneSelf {
						if isWordByte(d) && d != '\'' {
							j++
							continue
						}
						if d == '\'' && j+1 < end && isLetterByte(lower[j+1]) {
							j++
							continue
						}
						break
					}
					r, n := utf8.DecodeRune(lower[j:end])
					if r == '’' && j+n < end && isLetterByte(lower[j+n]) {
						j += n
						continue
					}
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						j += n
						continue
					}
					break
				}
				out = append(out, word{start: int32(i), end: int32(j), brk: brk})
				brk = false
				i = j
				continue
			}
			switch c {
			case '.', ',', ';', ':', '!', '?', '(', ')':
				brk = true
			case '-':
				if i+1 < end && lower[i+1] == '-' {
					brk = true
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(lower[i:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			// A word that starts with a non-ASCII letter: take it to the
			// next non-word character, as above.
			j := i + n
			for j < end {
				d := lower[j]
				if d < utf8.RuneSelf {
					if isWordByte(d) && d != '\'' {
						j++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRune(lower[j:end])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			out = append(out, word{start: int32(i), end: int32(j), brk: brk})
			brk = false
			i = j
			continue
		}
		if r == '—' || r == '–' || r == '…' {
			brk = true
		}
		i += n
	}
	return out
}

func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '\''
}

// wordIs reports whether the text word w matches the lexicon word pw,
// which may end in "*" (a prefix).
func wordIs(lower []byte, w word, pw string) bool {
	s := lower[w.start:w.end]
	if n := len(pw) - 1; n > 0 && pw[n] == '*' {
		return len(s) >= n && string(s[:n]) == pw[:n]
	}
	return string(s) == pw
}

// maxFillers is how many filler words ("a", "the", "any") may come
// between the words of one phrase.
const maxFillers = 2

// matchAt returns the longest phrase starting at words[k] and the index
// just past its last word, or -1.
func (lx *lexicon) matchAt(lower []byte, words []word, k int) (int, int) {
	w := words[k]
	if l, ok := lx.byFirst[string(lower[w.start:w.end])]; ok {
		for _, pi := range l {
			if end := lx.matchPhrase(lower, words, k, pi); end > 0 {
				// The prefix-first phrases may be longer; they are few.
				if pj, endj := lx.matchPrefixFirst(lower, words, k); pj >= 0 && len(lx.phrases[pj].words) > len(lx.phrases[pi].words) {
					return pj, endj
				}
				return pi, end
			}
		}
	}
	return lx.matchPrefixFirst(lower, words, k)
}

func (lx *lexicon) matchPrefixFirst(lower []byte, words []word, k int) (int, int) {
	for _, pi := range lx.prefixFirst {
		if end := lx.matchPhrase(lower, words, k, pi); end > 0 {
			return pi, end
		}
	}
	return -1, -1
}

// matchPhrase returns the index past the last word of phrase pi matched at
// words[k], or -1. A phrase does not cross clause punctuation.
func (lx *lexicon) matchPhrase(lower []byte, words []word, k, pi int) int {
	p := lx.phrases[pi].words
	if !wordIs(lower, words[k], p[0]) {
		return -1
	}
	wi, fill := k+1, 0
	for i := 1; i < len(p); {
		if wi >= len(words) || words[wi].brk {
			return -1
		}
		if wordIs(lower, words[wi], p[i]) {
			i++
			wi++
			continue
		}
		w := words[wi]
		if fill < maxFillers && lx.fillers[string(lower[w.start:w.end])] {
			fill++
			wi++
			continue
		}
		return -1
	}
	return wi
}

// hit is one stance phrase found in a statement, with its polarity after
// negation and hedges, and the text to quote in a summary.
type hit struct {
	class      class // clsPositive, clsNegative or clsMixed
	form       form
	start, end int // byte range, including the hedge or negator that changed it
	negated    bool
}

// isNegatorWord reports whether a word carries its own negation ("didn't").
func isNegatorWord(s []byte) bool {
	return len(s) > 3 && (strings.HasSuffix(string(s), "n't") || strings.HasSuffix(string(s), "n’t"))
}

// stanceHits appends the stance phrases of lower[start:end] to hits, and
// reports whether an undisclosed or relay phrase occurs there. words is a
// scratch buffer, returned for reuse.
func (lx *lexicon) stanceHits(lower []byte, start, end int, words []word, hits []hit) ([]word, []hit, bool, bool) {
	words = scanWords(lower, start, end, words[:0])
	var undisclosed, relay bool
	lastNeg, lastHedgeEnd := -10, -10
	negStart, hedgeStart := 0, 0
	for k := 0; k < len(words); {
		w := words[k]
		if w.brk || string(lower[w.start:w.end]) == "but" {
			lastNeg, lastHedgeEnd = -10, -10
		}
		pi, next := lx.matchAt(lower, words, k)
		if pi < 0 {
			if isNegatorWord(lower[w.start:w.end]) {
				lastNeg, negStart = k, int(w.start)
			}
			k++
			continue
		}
		p := lx.phrases[pi]
		switch p.class {
		case clsNegator:
			lastNeg, negStart = next-1, int(w.start)
		case clsHedge:
			lastHedgeEnd, hedgeStart = next, int(w.start)
		case clsUndisclosed:
			undisclosed = true
		case clsRelay:
			relay = true
		default:
			h := hit{class: p.class, form: p.form, start: int(w.start), end: int(words[next-1].end)}
			if k-lastNeg <= 3 {
				h.negated = true
				h.start = negStart
				switch h.class {
				case clsPositive:
					h.class = clsNegative
				case clsNegative:
					h.class = clsPositive
				}
				lastNeg = -10
			} else if k-lastHedgeEnd <= 1 {
				h.start = hedgeStart
				h.class = clsMixed
			}
			hits = append(hits, h)
		}
		k = next
	}
	return words, hits, undisclosed, relay
}

// stanceOf combines hits into the contract's stance word: "" when there
// are none, mixed when they disagree or one is guarded.
func stanceOf(hits []hit) string {
	var pos, neg, mix bool
	for _, h := range hits {
		switch h.class {
		case clsPositive:
			pos = true
		case clsNegative:
			neg = true
		case clsMixed:
			mix = true
		}
	}
	switch {
	case mix || pos && neg:
		return "mixed"
	case pos:
		return "positive"
	case neg:
		return "negative"
	}
	return ""
}

// Stance returns how a statement leans by the embedded lexicon
// (data/stance.txt): "positive", "negative", "mixed", or "" when it holds
// no stance phrase. Negation ("no breakthrough", "not constructive") flips
// a phrase; a hedge ("some progress") or a guarded word ("cautious") makes
// it mixed, as do phrases that disagree.
func Stance(statement string) string {
	lx := defaultLexicon()
	lower := lowerASCII(nil, statement)
	_, hits, _, _ := lx.stanceHits(lower, 0, len(lower), nil, nil)
	return stanceOf(hits)
}
