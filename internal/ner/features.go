package ner

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
	fAllDigit             // digits (and separators) only
	fNoAlnum              // punctuation or symbols only
	fHeadline             // the sentence has no lower-case letter
	fFirst                // first token of its sentence
)

// tokInfo is what the featurizer knows of one token before looking at its
// neighbours.
type tokInfo struct {
	ex     uint64 // hash of the exact text
	low    uint64 // hash of the lower-cased text, digits as '0'
	shape  uint64 // hash of the compressed shape ("Xx", "X.X.", "d-d")
	lowOff int32  // lower-cased text is lowBuf[lowOff:lowEnd]
	lowEnd int32
	flags  uint16
	gaz    GazMark
	doc    uint8 // document-level flags (docLower, docCapMid)
	run    uint8 // length of the run of capitalised tokens it is in (capped)
	runPos uint8 // position in that run (capped)
}

const (
	docLower  = 1 << iota // the word occurs elsewhere in the document in lower case
	docCapMid             // ... capitalised inside a mixed-case sentence
)

// Feature templates. Each template contributes exactly one feature per
// token, so a token's features are feats[i*numTemplates:(i+1)*numTemplates].
const (
	// templates that depend on the word alone come first (see
	// numIntrinsic and wordCache)
	tBias = iota
	tWord
	tLow
	tShape
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tShapeLen
	// context templates
	tLowM1
	tLowP1
	tLowM2
	tLowP2
	tShapeM1
	tShapeP1
	tBiM1
	tBiP1
	tHeadShape
	tHeadLow
	tDoc
	tGaz
	tGazCtx
	tRun
	tShapeLowP1
	// tHist is filled in while decoding, not by featurizer.run: the
	// labels given so far in the document to the same word (see
	// decodeDoc).
	tHist
	numTemplates
)

// numIntrinsic is the number of templates that depend only on the word's
// text, whose summed weights can be cached per word.
const numIntrinsic = tShapeLen + 1

// Boundary hashes for positions outside the sentence.
var (
	hashBOS = hashString(fnvOffset, "\x00<s>")
	hashEOS = hashString(fnvOffset, "\x00</s>")
)

// featurizer turns a document (words, sentence ends) into hashed feature
// rows. It keeps its buffers between documents.
type featurizer struct {
	toks   []tokInfo
	lowBuf []byte
	marks  []GazMark
	doc    docTable
	feats  []uint32
	cache  wordCache // used by Model.emissions
}

// run computes the features of all tokens of a document: words holds the
// tokens of all sentences, ends[k] is the index just past sentence k.
func (f *featurizer) run(words []string, ends []int32, gaz Gazetteer, bits uint) {
	n := len(words)
	if cap(f.toks) < n {
		f.toks = make([]tokInfo, n, n+n/2)
		f.marks = make([]GazMark, n, n+n/2)
	}
	f.toks = f.toks[:n]
	f.marks = f.marks[:n]
	clear(f.marks)
	f.lowBuf = f.lowBuf[:0]
	start := 0
	for _, e := range ends {
		end := int(e)
		head := true
		for i := start; i < end; i++ {
			f.token(i, words[i])
			if f.toks[i].flags&fHasLower != 0 {
				head = false
			}
		}
		// one-token "sentences" in upper case (a dateline "LONDON", a
		// heading) count as headlines too
		if head {
			for i := start; i < end; i++ {
				f.toks[i].flags |= fHeadline
			}
		}
		if start < end {
			f.toks[start].flags |= fFirst
			if gaz != nil {
				gaz.Mark(words[start:end], f.marks[start:end])
			}
		}
		f.runs(start, end)
		start = end
	}
	f.docFlags()
	if cap(f.feats) < n*numTemplates {
		f.feats = make([]uint32, n*numTemplates, (n+n/2)*numTemplates)
	}
	f.feats = f.feats[:n*numTemplates]
	start = 0
	for _, e := range ends {
		for i := start; i < int(e); i++ {
			f.features(i, start, int(e), bits)
		}
		start = int(e)
	}
}

// token fills toks[i] from the word's text.
func (f *featurizer) token(i int, w string) {
	t := &f.toks[i]
	t.ex = hashString(fnvOffset, w)
	// The lexical features see "Mr." and "Mr", "U.S." and "U.S" (a raw
	// text tokenizer leaves a sentence's final period out of the word) as
	// one word; only the shape keeps the period.
	lex := len(w)
	if lex > 1 && w[lex-1] == '.' && w[lex-2] != '.' {
		lex--
		t.ex = hashString(fnvOffset, w[:lex])
	}
	t.lowOff = int32(len(f.lowBuf))
	var flags uint16
	hasUpper, hasAlnum, allDigit := false, false, true
	sh := uint64(fnvOffset)
	var last byte
	for j := 0; j < len(w); {
		c := w[j]
		var cls byte
		if c < utf8.RuneSelf {
			j++
			switch {
			case c >= 'a' && c <= 'z':
				cls = 'x'
				flags |= fHasLower
				allDigit = false
			case c >= 'A' && c <= 'Z':
				cls = 'X'
				hasUpper = true
				allDigit = false
				if j == 1 {
					flags |= fInitCap
				}
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				cls = 'd'
				flags |= fHasDigit
				c = '0'
			default:
				cls = c
				if c != '.' && c != ',' && c != '-' && c != ':' && c != '/' {
					allDigit = false
				}
			}
			if j <= lex {
				f.lowBuf = append(f.lowBuf, c)
			}
		} else {
			r, sz := utf8.DecodeRuneInString(w[j:])
			j += sz
			switch {
			case unicode.IsUpper(r):
				cls = 'X'
				hasUpper = true
				allDigit = false
				if j == sz {
					flags |= fInitCap
				}
				r = unicode.ToLower(r)
			case unicode.IsLetter(r):
				cls = 'x'
				flags |= fHasLower
				allDigit = false
			case unicode.IsDigit(r):
				cls = 'd'
				flags |= fHasDigit
			default:
				cls = 'o'
				allDigit = false
			}
			f.lowBuf = utf8.AppendRune(f.lowBuf, r)
		}
		if cls == 'x' || cls == 'X' || cls == 'd' {
			hasAlnum = true
		}
		if cls != last {
			sh ^= uint64(cls)
			sh *= fnvPrime
			last = cls
		}
	}
	if hasUpper && flags&fHasLower == 0 {
		flags |= fAllCaps
	}
	if allDigit && flags&fHasDigit != 0 {
		flags |= fAllDigit
	}
	if !hasAlnum {
		flags |= fNoAlnum
	}
	t.lowEnd = int32(len(f.lowBuf))
	t.low = hashBytes(fnvOffset, f.lowBuf[t.lowOff:t.lowEnd])
	t.shape = sh
	t.flags = flags
	t.doc, t.run, t.runPos = 0, 0, 0
}

// runs marks runs of capitalised tokens (initial capital or all caps), so
// that "New York Stock Exchange" tokens know they sit in a four-token name.
func (f *featurizer) runs(start, end int) {
	i := start
	for i < end {
		if f.toks[i].flags&(fInitCap|fAllCaps) == 0 {
			i++
			continue
		}
		j := i
		for j < end && f.toks[j].flags&(fInitCap|fAllCaps) != 0 {
			j++
		}
		n := min(j-i, 5)
		for k := i; k < j; k++ {
			f.toks[k].run = uint8(n)
			f.toks[k].runPos = uint8(min(k-i, 3))
			if k == j-1 && k > i {
				f.toks[k].runPos = 4 // last of several
			}
		}
		i = j
	}
}

// docFlags looks every word up in the rest of the document: a capitalised
// word that also occurs in lower case is likely a common noun, one that
// occurs capitalised in mid-sentence likely a name; in upper-case
// headlines this is most of what there is to go on.
func (f *featurizer) docFlags() {
	f.doc.reset(len(f.toks))
	for i := range f.toks {
		t := &f.toks[i]
		if t.flags&fNoAlnum != 0 {
			continue
		}
		e := f.doc.get(t.low)
		if t.flags&fHeadline == 0 {
			if t.flags&(fInitCap|fAllCaps) == 0 && t.flags&fHasLower != 0 {
				e.lower++
			} else if t.flags&fFirst == 0 && t.flags&fInitCap != 0 {
				e.capMid++
			}
		}
	}
	for i := range f.toks {
		t := &f.toks[i]
		if t.flags&fNoAlnum != 0 {
			continue
		}
		e := f.doc.get(t.low)
		lower, capMid := e.lower, e.capMid
		if t.flags&fHeadline == 0 {
			if t.flags&(fInitCap|fAllCaps) == 0 && t.flags&fHasLower != 0 {
				lower--
			} else if t.flags&fFirst == 0 && t.flags&fInitCap != 0 {
				capMid--
			}
		}
		var d uint8
		if lower > 0 {
			d |= docLower
		}
		if capMid > 0 {
			d |= docCapMid
		}
		t.doc = d
	}
}

// features writes token i's feature buckets; the sentence is [s, e).
func (f *featurizer) features(i, s, e int, bits uint) {
	t := &f.toks[i]
	out := f.feats[i*numTemplates : (i+1)*numTemplates : (i+1)*numTemplates]
	shift := 64 - bits
	put := func(tpl int, v uint64) { out[tpl] = bucket(tpl, v, shift) }
	low := f.lowBuf[t.lowOff:t.lowEnd]
	lowM1, lowP1, lowM2, lowP2 := hashBOS, hashEOS, hashBOS, hashEOS
	shM1, shP1 := hashBOS, hashEOS
	var gazM1, gazP1 GazMark
	if i-1 >= s {
		p := &f.toks[i-1]
		lowM1, shM1, gazM1 = p.low, p.shape, f.marks[i-1]
	}
	if i-2 >= s {
		lowM2 = f.toks[i-2].low
	}
	if i+1 < e {
		p := &f.toks[i+1]
		lowP1, shP1, gazP1 = p.low, p.shape, f.marks[i+1]
	}
	if i+2 < e {
		lowP2 = f.toks[i+2].low
	}
	caps := uint64(t.flags & (fInitCap | fAllCaps | fHasLower | fHasDigit | fNoAlnum))
	put(tBias, 0)
	put(tWord, t.ex)
	put(tLow, t.low)
	put(tShape, t.shape)
	for k := 1; k <= 4; k++ {
		n := min(k, len(low))
		put(tPre1+k-1, hashBytes(fnvOffset, low[:n]))
		put(tSuf1+k-1, hashBytes(fnvOffset, low[len(low)-n:]))
	}
	put(tLowM1, lowM1)
	put(tLowP1, lowP1)
	put(tLowM2, lowM2)
	put(tLowP2, lowP2)
	put(tShapeM1, pair(shM1, t.shape))
	put(tShapeP1, pair(t.shape, shP1))
	put(tBiM1, pair(lowM1, t.low))
	put(tBiP1, pair(t.low, lowP1))
	head := uint64(t.flags&fHeadline) >> 6
	put(tHeadShape, pair(head, t.shape))
	put(tHeadLow, pair(head+2, t.low))
	put(tDoc, uint64(t.doc)|caps<<2|uint64(t.flags&(fFirst|fHeadline))<<8)
	put(tGaz, uint64(f.marks[i])|caps<<32)
	put(tGazCtx, pair(uint64(gazM1)|uint64(gazP1)<<32, uint64(f.marks[i])))
	put(tRun, uint64(t.run)|uint64(t.runPos)<<4|caps<<8|head<<16)
	put(tShapeLowP1, pair(t.shape, lowP1))
	put(tShapeLen, pair(t.shape, uint64(min(len(low), 10))))
	out[tHist] = 0
}

// bucket maps template tpl with value v to a weight row.
func bucket(tpl int, v uint64, shift uint) uint32 {
	return uint32(mix(v^uint64(tpl)*0xD6E8FEB86659FD93) >> shift)
}

// histFeature returns token i's tHist bucket: for a capitalised word, the
// type most often given to the same word (ignoring case) earlier in the
// decoding of the document, and whether all those labels agreed.
func (f *featurizer) histFeature(i int, shift uint) uint32 {
	t := &f.toks[i]
	v := uint64(0)
	if t.flags&fNoAlnum == 0 && t.flags&(fInitCap|fAllCaps) != 0 {
		e := f.doc.get(t.low)
		best, bc, total := -1, int32(0), int32(0)
		for k, c := range e.hist {
			total += c
			if c > bc {
				best, bc = k, c
			}
		}
		if total > 0 {
			v = uint64(best+1) | uint64(b2u(bc == total))<<3
		}
	}
	v |= uint64(t.flags&(fInitCap|fAllCaps|fHeadline|fFirst)) << 8
	return bucket(tHist, v, shift)
}

// record notes the label decoded for token i in the document history.
func (f *featurizer) record(i int, label uint8) {
	t := &f.toks[i]
	if t.flags&fNoAlnum != 0 || t.flags&(fInitCap|fAllCaps) == 0 {
		return
	}
	k := len(Types) // O
	if label != 0 {
		k = labelType(int(label))
	}
	f.doc.get(t.low).hist[k]++
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// docTable is an open-addressing hash table from word hashes to counts,
// reused from document to document.
type docTable struct {
	keys []uint64
	vals []docEntry
	mask uint64
}

type docEntry struct {
	lower, capMid int32
	hist          [len(Types) + 1]int32 // labels decoded so far, by type; last is O
}

func (d *docTable) reset(n int) {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	if cap(d.keys) < size {
		d.keys = make([]uint64, size)
		d.vals = make([]docEntry, size)
	}
	d.keys = d.keys[:size]
	d.vals = d.vals[:size]
	clear(d.keys)
	clear(d.vals)
	d.mask = uint64(size - 1)
}

// get returns the entry of key, creating it; the table is sized to hold
// every token, so it never fills up.
func (d *docTable) get(key uint64) *docEntry {
	if key == 0 {
		key = 1 // 0 marks empty slots
	}
	i := mix(key) & d.mask
	for {
		switch d.keys[i] {
		case key:
			return &d.vals[i]
		case 0:
			d.keys[i] = key
			return &d.vals[i]
		}
		i = (i + 1) & d.mask
	}
}
