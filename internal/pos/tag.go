package pos

import (
	"math/bits"

	"parley/internal/text"
)

// Buffers is the scratch memory of tagging. Reusing one Buffers for many
// calls makes tagging allocation-free once the buffers have grown; a
// Buffers must not be used by two goroutines at once.
type Buffers struct {
	words []string
	f     featurizer
	feats []uint32
	accs  []acc // per-token scores
	cache wordCache
}

// Tag tags toks, the tokens of one sentence of txt (from text.Tokenize),
// appending one tag per token to dst[:0] and returning it. buf may be nil
// (scratch is then allocated); pass the same buf and the previous result
// back to tag without allocating. Tokens out of txt's range are tagged
// as empty words rather than rejected.
//
// A token keeps parley's tokenization: "didn't", "Russia's" and "it's"
// are one token each and get the tag of their head word (VBD, NNP, PRP).
func (m *Model) Tag(txt string, toks []text.Token, dst []Tag, buf *Buffers) []Tag {
	if buf == nil {
		buf = new(Buffers)
	}
	buf.words = buf.words[:0]
	for _, t := range toks {
		s, e := int(t.Start), int(t.End)
		if s < 0 || e > len(txt) || s > e {
			s, e = 0, 0
		}
		buf.words = append(buf.words, txt[s:e])
	}
	return m.TagWords(buf.words, dst, buf)
}

// TagWords tags a sentence given as words, appending one tag per word to
// dst[:0]. It is Tag for pre-tokenized text (training and evaluation data);
// words may be buf's own scratch.
func (m *Model) TagWords(words []string, dst []Tag, buf *Buffers) []Tag {
	if buf == nil {
		buf = new(Buffers)
	}
	dst = dst[:0]
	if len(words) == 0 {
		return dst
	}
	f := &buf.f
	f.run(words)
	c := &buf.cache
	if c.owner != m {
		c.reset(m)
	}
	shift := 64 - m.bits
	feats := buf.feats[:0]
	// First the scores that do not depend on the tags chosen, for all
	// tokens: no step waits for the previous one's decision, so the CPU
	// overlaps their cache misses. Then the greedy pass adds the features
	// of the previous tags.
	n := len(words)
	if cap(buf.accs) < n {
		buf.accs = make([]acc, n, n+n/2+8)
	}
	accs := buf.accs[:n]
	for i := range accs {
		if f.toks[i].fixed != None {
			continue
		}
		a := &accs[i]
		key := f.toks[i].key
		k := int(key >> (64 - wordCacheBits))
		cached := (*[rowWords]uint64)(c.vals[k*rowWords : k*rowWords+rowWords])
		if c.keys[k] == key {
			copy(a[:rowWords], cached[:])
		} else {
			*a = accInit
			feats = f.intrinsic(i, shift, feats[:0])
			addRows(a, m, feats)
			c.keys[k] = key
			copy(cached[:], a[:rowWords])
		}
		feats = f.static(i, shift, feats[:0])
		addRows(a, m, feats)
	}
	prev2, prev1 := None, None
	for i := range accs {
		t := f.toks[i].fixed
		if t == None {
			a := &accs[i]
			feats = f.dynamic(i, prev2, prev1, shift, feats[:0])
			addRows(a, m, feats)
			t = argmax(a)
		}
		dst = append(dst, t)
		prev2, prev1 = prev1, t
	}
	buf.feats = feats
	return dst
}

// acc is a token's scores, four tags to a word in 16-bit lanes that
// start at laneBase (see Model.dense); the last words are padding so that
// a masked index needs no bounds check.
type acc [16]uint64

var accInit = acc{laneInit, laneInit, laneInit, laneInit, laneInit, laneInit, laneInit, laneInit,
	laneInit, laneInit, laneInit, laneInit, laneInit, laneInit, laneInit, laneInit}

// addRows adds the weights of the buckets feats to a.
//
// The tables are bigger than the CPU caches, so this is written for
// memory latency and branch prediction: the bitmap of non-empty buckets
// (32 KB at 2^18 buckets, cache-resident) filters out, without a branch,
// the features the model has no weight for; the row entries of the others
// (found by rank: a prefix count plus a popcount) are all loaded before
// any of them is used, so their cache misses overlap; and an inline row is
// added slot by slot with no test.
func addRows(a *acc, m *Model, feats []uint32) {
	var bs [32]uint32 // > numTemplates, a power of two for the mask
	n := 0
	present, prefix, rows := m.present, m.prefix, m.rows
	if len(feats) > numTemplates {
		feats = feats[:numTemplates]
	}
	for _, b := range feats {
		bs[n&31] = b
		n += int(present[b>>6] >> (b & 63) & 1)
	}
	var es [numTemplates]uint64
	for k := range es[:n] {
		b := bs[k&31]
		w := b >> 6
		es[k] = rows[int(prefix[w])+bits.OnesCount64(present[w]&(1<<(b&63)-1))]
	}
	dense := m.dense
	for _, e := range es[:n] {
		if e&denseFlag != 0 {
			off := int(e &^ denseFlag)
			row := (*[rowWords]uint64)(dense[off*rowWords : off*rowWords+rowWords])
			for j := range row {
				a[j] += row[j]
			}
			continue
		}
		for k := 0; k < inlineMax; k++ {
			x := e >> (slotBits * k)
			l := x >> 8 & 63
			a[l>>2&15] += uint64(int64(int8(x)) << (16 * (l & 3)))
		}
	}
}

// argmax returns the tag with the highest score (the first on ties).
func argmax(a *acc) Tag {
	// Each candidate is its score above 255 minus its label, so that the
	// maximum (branch-free) is the best score with the lowest label.
	best := uint32(0)
	for j := 0; j < rowWords; j++ {
		w := a[j]
		for k := 0; k < 4; k++ {
			best = max(best, uint32(uint16(w>>(16*k)))<<8|uint32(255-(4*j+k)))
		}
	}
	arg := 255 - int(best&255)
	if arg >= nLabels {
		arg = 0
	}
	return Tag(arg + 1)
}

// wordCacheBits sets the size of the word cache: 2^11 direct-mapped slots
// hold the frequent words of running text.
const wordCacheBits = 11

// wordCache maps a word (hash of its text and shape) to the sum of its
// intrinsic feature rows under one model: on running text most tokens are
// frequent words, whose ten intrinsic rows are then one 88-byte copy.
type wordCache struct {
	owner *Model
	keys  []uint64
	vals  []uint64
}

func (c *wordCache) reset(m *Model) {
	c.owner = m
	if c.keys == nil {
		c.keys = make([]uint64, 1<<wordCacheBits)
		c.vals = make([]uint64, rowWords<<wordCacheBits)
	} else {
		clear(c.keys)
	}
}
