package store

import (
	"encoding/binary"
	"math/bits"
	"parley/internal/hashx"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate thresholds. A document is a copy of an earlier one when
// both hold:
//
//   - the Hamming distance of their 64-bit SimHashes is at most
//     NearDupMaxDistance. This is the cheap filter every stored document is
//     checked with. SimHash flips bits in proportion to the angle between
//     the shingle vectors, but a news story has only a few hundred shingles,
//     so the bits are noisy: a lightly edited copy (a new headline, a few
//     words changed; 80-90% of shingles shared) lands anywhere from about 4
//     to 16 bits, while two different articles, even on the same talks, sit
//     near 32 (random bits, standard deviation 4). 18 keeps the copies and
//     lets through about one unrelated pair in 5000;
//   - and the Jaccard similarity of their word 3-shingle sets is at least
//     NearDupMinSimilarity. Different articles about the same talks share
//     names and phrases but rarely more than 20% of their shingles; a copy
//     with light edits keeps well over 70%. The similarity is estimated from
//     a MinHash of minHashSize values stored with each document (standard
//     error about 0.06 near 0.7), so ingest never re-reads old texts.
const (
	NearDupMaxDistance   = 18
	NearDupMinSimilarity = 0.7
)

// shingleWords is the number of words in a shingle.
const shingleWords = 3

// SimHash returns the 64-bit SimHash (Charikar) of text over word
// 3-shingles: words are runs of letters and digits, compared in lower case,
// so punctuation, spacing and line breaks do not matter. A text of fewer
// than three words is one shingle of what it has; an empty text hashes to 0.
// The value is the same on every platform and run.
func SimHash(text string) uint64 {
	sim, _, _ := fingerprint(text)
	return sim
}

// addVote adds a shingle's bits to the per-bit vote counts. The counts are
// kept as bit planes (planes[k] holds bit k of all 64 counters), so adding
// is a ripple-carry add over a few words instead of 64 branches; 32 planes
// count past any text the readers accept.
func addVote(planes *[32]uint64, h uint64) {
	carry := h
	for k := 0; carry != 0 && k < len(planes); k++ {
		planes[k], carry = planes[k]^carry, planes[k]&carry
	}
}

// majority sets each bit that more than half of the n shingles set; no
// shingles give 0.
func majority(planes *[32]uint64, n int) uint64 {
	if n == 0 {
		return 0
	}
	var out uint64
	for i := 0; i < 64; i++ {
		ones := 0
		for k := range planes {
			ones |= int(planes[k]>>uint(i)&1) << uint(k)
		}
		if 2*ones > n {
			out |= 1 << uint(i)
		}
	}
	return out
}

// Hamming returns the number of bits in which a and b differ.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// minHashSize is the number of MinHash values kept per document.
const minHashSize = 64

// emptyBucket marks a MinHash position no shingle fell into.
const emptyBucket = ^uint32(0)

// minHash is a document's MinHash signature by one-permutation hashing:
// each shingle hash goes to one of minHashSize buckets (its top 6 bits),
// and each bucket keeps the smallest of the low 32 bits it saw. The share
// of agreeing buckets among those that are not empty in both estimates the
// Jaccard similarity of the two shingle sets (Li, Owen and Zhang, 2012),
// for one hash per shingle instead of 64.
type minHash [minHashSize]uint32

// fingerprint computes SimHash and MinHash in one pass over the shingles;
// empty reports a text without words, which is similar to nothing.
func fingerprint(text string) (sim uint64, m minHash, empty bool) {
	for i := range m {
		m[i] = emptyBucket
	}
	var planes [32]uint64
	n := 0
	eachShingle(text, func(h uint64) {
		n++
		addVote(&planes, h)
		b, v := h>>58, uint32(h)
		if v == emptyBucket {
			v-- // keep the marker unambiguous
		}
		if v < m[b] {
			m[b] = v
		}
	})
	return majority(&planes, n), m, n == 0
}

// similarity estimates the Jaccard similarity of two signatures.
func (m *minHash) similarity(o *minHash) float64 {
	same, used := 0, 0
	for i := range m {
		if m[i] == emptyBucket && o[i] == emptyBucket {
			continue
		}
		used++
		if m[i] == o[i] {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}

// bytes encodes the signature for the database, little-endian.
func (m *minHash) bytes() []byte {
	b := make([]byte, 4*minHashSize)
	for i, v := range m {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// minHashFrom decodes a stored signature; a malformed one is reported as
// not ok, and the document is then compared with nothing.
func minHashFrom(b []byte) (m minHash, ok bool) {
	if len(b) != 4*minHashSize {
		return m, false
	}
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return m, true
}

// NearDuplicate compares two texts by the rule the store applies at ingest:
// it returns the SimHash distance, the estimated Jaccard similarity of their
// shingles and whether b counts as a copy of a (distance at most
// NearDupMaxDistance and similarity at least NearDupMinSimilarity). Texts
// without words are copies of nothing.
func NearDuplicate(a, b string) (distance int, similarity float64, copied bool) {
	sa, ma, ea := fingerprint(a)
	sb, mb, eb := fingerprint(b)
	distance = Hamming(sa, sb)
	if ea || eb {
		return distance, 0, false
	}
	similarity = ma.similarity(&mb)
	return distance, similarity, distance <= NearDupMaxDistance && similarity >= NearDupMinSimilarity
}

// FNV-1a, 64 bit: a fixed, portable hash (maphash is seeded per process).
const (
	fnvOffset = hashx.FNVOffset
	fnvPrime  = hashx.FNVPrime
)

// mix64 is the splitmix64 finaliser; it spreads a shingle's combined word
// hashes over all 64 bits, which SimHash needs (each bit is a vote).
func mix64(x uint64) uint64 { return hashx.Mix(x) }

// eachShingle calls fn with the hash of every word 3-shingle of text, in
// order, without allocating: word hashes are computed rune by rune over the
// lower-cased letters and digits, and the last three are kept in a ring.
func eachShingle(text string, fn func(uint64)) {
	var ring [shingleWords]uint64
	words := 0
	h := uint64(fnvOffset)
	inWord := false
	emit := func() {
		ring[words%shingleWords] = h
		words++
		if words >= shingleWords {
			fn(combine(ring, words))
		}
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord {
				h, inWord = fnvOffset, true
			}
			r = unicode.ToLower(r)
			for r > 0 { // the rune's value, byte by byte
				h ^= uint64(r & 0xff)
				h *= fnvPrime
				r >>= 8
			}
			continue
		}
		if r == '\'' || r == '’' { // "don't" and "don’t" are one word
			continue
		}
		if inWord {
			emit()
			inWord = false
		}
	}
	if inWord {
		emit()
	}
	if words > 0 && words < shingleWords {
		fn(combine(ring, words))
	}
}

// combine hashes the last min(n, 3) words in the ring in text order.
func combine(ring [shingleWords]uint64, n int) uint64 {
	k := min(n, shingleWords)
	x := uint64(fnvOffset)
	for j := n - k; j < n; j++ {
		x = mix64(x ^ ring[j%shingleWords])
	}
	return x
}
