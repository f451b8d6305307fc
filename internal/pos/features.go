package pos

import (
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	fInitCap  = 1 << iota // first letter upper case
	fAllCaps              // has letters, none lower case
	fHasLower             // has a lower-case letter
	fHasDigit             // has a digit
	fHyphen               // has a hyphen
	fNoAlnum              // punctuation or symbols only
)

// tokInfo is what the featurizer knows of one token before looking at its
// neighbours.
type tokInfo struct {
	key    uint64 // hash of the exact text and shape: the word cache key
	low    uint64 // hash of the lower-cased text, digits as '0'
	shape  uint64 // hash of the compressed shape ("Xx", "X.X.", "d-d")
	suf3   uint64 // hash of the last 3 bytes of the lower-cased text
	lowOff int32  // lower-cased text is lowBuf[lowOff:lowEnd]
	lowEnd int32
	flags  uint8
	fixed  Tag // the tag of an unambiguous punctuation mark, else None
}

// fixedTag returns the tag the Treebank always gives punctuation mark w
// (CoNLL-2003 eng.train has no exception), or None. Such tokens are
// tagged without scoring, which skips about an eighth of news text.
func fixedTag(w string) Tag {
	switch w {
	case ",":
		return Comma
	case ".", "?", "!":
		return Period
	case "(":
		return LRB
	case ")":
		return RRB
	case ":", ";", "--":
		return Colon
	case "\"", "“", "”":
		return Quote
	}
	return None
}

// Feature templates. The intrinsic ones depend only on the word's text,
// so their summed weights can be cached per word (see wordCache); the
// context ones look at the neighbours, and the last three at the tags
// already given to the previous tokens (greedy left-to-right decoding).
const (
	tBias = iota
	tLow
	tLowCap // lower-cased word with its capitalisation class ("May" vs "may")
	tShape
	tPre1
	tPre3
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	numIntrinsic

	tLowM1 = iota - 1 // previous word
	tLowM2
	tLowP1
	tLowP2
	tSufP1    // next word's last 3 letters
	tBiM1     // previous and current word
	tBiP1     // current and next word
	tPosShape // sentence-initial / headline, with the shape
	tShapes   // shapes of the previous and next words
	numStatic

	tP1    = iota - 2 // previous tag
	tP2P1             // previous two tags
	tP1W              // previous tag and current word
	tP1Suf            // previous tag and current word's last 3 letters
	numTemplates
)

// Boundary hashes for positions outside the sentence.
var (
	hashBOS  = hashBytes(fnvOffset, []byte("\x00<s>"))
	hashBOS2 = hashBytes(fnvOffset, []byte("\x00<s2>"))
	hashEOS  = hashBytes(fnvOffset, []byte("\x00</s>"))
	hashEOS2 = hashBytes(fnvOffset, []byte("\x00</s2>"))
)

// featurizer computes token information for one sentence; it keeps its
// buffers between sentences.
type featurizer struct {
	toks     []tokInfo
	lowBuf   []byte
	headline bool // the sentence has letters but no lower-case one
}

// run fills f.toks for the words of one sentence.
func (f *featurizer) run(words []string) {
	n := len(words)
	if cap(f.toks) < n {
		f.toks = make([]tokInfo, n, n+n/2+8)
	}
	f.toks = f.toks[:n]
	f.lowBuf = f.lowBuf[:0]
	lower, upper := false, false
	for i, w := range words {
		f.token(i, w)
		fl := f.toks[i].flags
		if fl&fHasLower != 0 {
			lower = true
		} else if fl&fAllCaps != 0 {
			upper = true
		}
	}
	f.headline = upper && !lower
}

// token fills toks[i] from the word's text.
func (f *featurizer) token(i int, w string) {
	t := &f.toks[i]
	// The lexical features see "Corp." and "Corp", "U.S." and "U.S" (the
	// tokenizer leaves a sentence's final period out of the word) as one
	// word; only the shape keeps the period.
	lex := len(w)
	if lex > 1 && w[lex-1] == '.' && w[lex-2] != '.' {
		lex--
	}
	t.lowOff = int32(len(f.lowBuf))
	var flags uint8
	hasUpper, hasAlnum := false, false
	sh := uint64(fnvOffset)
	ex := uint64(fnvOffset)
	var last byte
	for j := 0; j < len(w); {
		c := w[j]
		var cls byte
		if c < utf8.RuneSelf {
			j++
			ex = (ex ^ uint64(c)) * fnvPrime
			switch {
			case c >= 'a' && c <= 'z':
				cls = 'x'
				flags |= fHasLower
			case c >= 'A' && c <= 'Z':
				cls = 'X'
				hasUpper = true
				if j == 1 {
					flags |= fInitCap
				}
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				cls = 'd'
				flags |= fHasDigit
				c = '0'
			case c == '-':
				cls = c
				flags |= fHyphen
			default:
				cls = c
			}
			if j <= lex {
				f.lowBuf = append(f.lowBuf, c)
			}
		} else {
			r, sz := utf8.DecodeRuneInString(w[j:])
			first := j == 0
			j += sz
			ex = (ex ^ uint64(r)) * fnvPrime
			switch {
			case unicode.IsUpper(r):
				cls = 'X'
				hasUpper = true
				if first {
					flags |= fInitCap
				}
				r = unicode.ToLower(r)
			case unicode.IsLetter(r):
				cls = 'x'
				flags |= fHasLower
			case unicode.IsDigit(r):
				cls = 'd'
				flags |= fHasDigit
				r = '0'
			case r == '’' || r == '‘':
				// typographic apostrophes read as the ASCII one the
				// training data has ("didn’t" is "didn't")
				cls, r = '\'', '\''
			case r == '–' || r == '—' || r == '‐' || r == '‑':
				cls, r = '-', '-'
				if j > sz && j < len(w) {
					flags |= fHyphen
				}
			case r == '“' || r == '”' || r == '«' || r == '»':
				cls, r = '"', '"'
			default:
				cls = 'o'
			}
			f.lowBuf = utf8.AppendRune(f.lowBuf, r)
		}
		if cls == 'x' || cls == 'X' || cls == 'd' {
			hasAlnum = true
		}
		if cls != last {
			sh = (sh ^ uint64(cls)) * fnvPrime
			last = cls
		}
	}
	if hasUpper && flags&fHasLower == 0 {
		flags |= fAllCaps
	}
	if !hasAlnum {
		flags |= fNoAlnum
	}
	t.lowEnd = int32(len(f.lowBuf))
	low := f.lowBuf[t.lowOff:t.lowEnd]
	t.low = hashBytes(fnvOffset, low)
	t.suf3 = hashBytes(fnvOffset^3, low[max(0, len(low)-3):])
	t.shape = sh
	t.flags = flags
	t.key = pair(ex, sh) | 1 // never 0, the empty cache slot
	t.fixed = None
	if len(w) <= 3 && flags&fNoAlnum != 0 {
		t.fixed = fixedTag(w)
	}
}

// capClass is the capitalisation part of tLowCap.
func capClass(flags uint8) uint64 {
	switch {
	case flags&fAllCaps != 0:
		return 2
	case flags&fInitCap != 0:
		return 1
	}
	return 0
}

// intrinsic appends the buckets of token i's intrinsic templates to dst.
func (f *featurizer) intrinsic(i int, shift uint, dst []uint32) []uint32 {
	t := &f.toks[i]
	low := f.lowBuf[t.lowOff:t.lowEnd]
	n := len(low)
	dst = append(dst,
		bucket(tBias, 0, shift),
		bucket(tLow, t.low, shift),
		bucket(tLowCap, pair(t.low, capClass(t.flags)), shift),
		bucket(tShape, t.shape, shift),
		bucket(tPre1, hashBytes(fnvOffset, low[:min(n, 1)]), shift),
		bucket(tPre3, hashBytes(fnvOffset, low[:min(n, 3)]), shift),
		bucket(tSuf1, hashBytes(fnvOffset, low[max(0, n-1):]), shift),
		bucket(tSuf2, hashBytes(fnvOffset, low[max(0, n-2):]), shift),
		bucket(tSuf3, t.suf3, shift),
		bucket(tSuf4, hashBytes(fnvOffset, low[max(0, n-4):]), shift),
	)
	return dst
}

// static appends the buckets of token i's context templates that do not
// depend on tags to dst.
func (f *featurizer) static(i int, shift uint, dst []uint32) []uint32 {
	n := len(f.toks)
	t := &f.toks[i]
	m1, m2, p1, p2, sp1 := hashBOS, hashBOS2, hashEOS, hashEOS2, hashEOS
	shm, shp := hashBOS, hashEOS
	if i > 0 {
		m1, shm = f.toks[i-1].low, f.toks[i-1].shape
		if i > 1 {
			m2 = f.toks[i-2].low
		} else {
			m2 = hashBOS
		}
	}
	if i+1 < n {
		p1, sp1, shp = f.toks[i+1].low, f.toks[i+1].suf3, f.toks[i+1].shape
		if i+2 < n {
			p2 = f.toks[i+2].low
		} else {
			p2 = hashEOS
		}
	}
	var pos uint64
	if i == 0 {
		pos = 1
	}
	if f.headline {
		pos |= 2
	}
	dst = append(dst,
		bucket(tLowM1, m1, shift),
		bucket(tLowM2, m2, shift),
		bucket(tLowP1, p1, shift),
		bucket(tLowP2, p2, shift),
		bucket(tSufP1, sp1, shift),
		bucket(tBiM1, pair(m1, t.low), shift),
		bucket(tBiP1, pair(t.low, p1), shift),
		bucket(tPosShape, pair(pos, t.shape), shift),
		bucket(tShapes, pair(shm, shp), shift),
	)
	return dst
}

// dynamic appends the buckets of the templates that read the previous two
// tags (None outside the sentence) to dst.
func (f *featurizer) dynamic(i int, prev2, prev1 Tag, shift uint, dst []uint32) []uint32 {
	return append(dst,
		bucket(tP1, uint64(prev1), shift),
		bucket(tP2P1, uint64(prev2)<<8|uint64(prev1), shift),
		bucket(tP1W, pair(uint64(prev1), f.toks[i].low), shift),
		bucket(tP1Suf, pair(uint64(prev1), f.toks[i].suf3), shift),
	)
}

// addRows gathers a token's features in a 32-slot array.
var _ [32 - numTemplates]struct{}
