package ner

import (
	"strings"

	"parley/internal/text"
)

// Entity is a named entity found in raw text: the byte range [Start, End)
// of the text, its CoNLL type (PER, ORG, LOC or MISC) and, when the
// gazetteer knows the exact name, a finer Subtype (GPE for a country or
// city, NORP for a nationality), else "".
type Entity struct {
	Start, End int
	Type       string
	Subtype    string
}

// Buffers is the scratch memory of tagging. Reusing one Buffers for many
// calls makes tagging allocation-free once the buffers have grown; a
// Buffers must not be used by two goroutines at once.
type Buffers struct {
	sents  []text.Sentence
	toks   []text.Token
	words  []string
	spans  []span
	ends   []int32
	f      featurizer
	em     []int32
	back   []uint8
	labels []uint8
	ents   []Entity
}

type span struct{ start, end int32 }

// Tag finds the named entities of txt, a whole document (the same word
// elsewhere in the document informs each decision). sents are txt's
// sentences from text.Segment; nil segments txt here. buf may be nil. The
// result is ordered, non-overlapping and on token boundaries; it lives in
// buf and is overwritten by the next call with the same buf. Invalid UTF-8
// is tolerated (its bytes are tokens of their own kind, as in package
// text).
func (m *Model) Tag(txt string, sents []text.Sentence, buf *Buffers) []Entity {
	if buf == nil {
		buf = new(Buffers)
	}
	if sents == nil {
		buf.sents = text.Segment(txt, buf.sents)
		sents = buf.sents
	}
	buf.words, buf.spans, buf.ends = buf.words[:0], buf.spans[:0], buf.ends[:0]
	for _, s := range sents {
		buf.toks = text.Tokenize(txt, s.Start, s.End, buf.toks)
		for _, t := range buf.toks {
			st, en := int(t.Start), int(t.End)
			// Split the possessive clitic off as PTB (and so CoNLL)
			// does: "Germany's" is "Germany" "'s".
			if t.Kind == text.Word && en-st > 2 {
				if p := possessive(txt[st:en]); p > 0 {
					buf.words = append(buf.words, txt[st:st+p], txt[st+p:en])
					buf.spans = append(buf.spans, span{int32(st), int32(st + p)}, span{int32(st + p), int32(en)})
					continue
				}
			}
			buf.words = append(buf.words, txt[st:en])
			buf.spans = append(buf.spans, span{int32(st), int32(en)})
		}
		if n := int32(len(buf.words)); len(buf.ends) == 0 || buf.ends[len(buf.ends)-1] != n {
			buf.ends = append(buf.ends, n)
		}
	}
	m.label(buf)
	buf.ents = buf.ents[:0]
	start := 0
	for _, e := range buf.ends {
		for i := start; i < int(e); {
			l := int(buf.labels[i])
			if l == 0 {
				i++
				continue
			}
			// decoding guarantees B I* L or U
			j := i + 1
			for j < int(e) && continues(int(buf.labels[j])) {
				j++
			}
			ty := labelType(l)
			buf.ents = append(buf.ents, Entity{
				Start:   int(buf.spans[i].start),
				End:     int(buf.spans[j-1].end),
				Type:    Types[ty],
				Subtype: subtype(ty, buf.f.marks[i:j], buf.f.marks[j:e]),
			})
			i = j
		}
		start = int(e)
	}
	return buf.ents
}

// possessive returns where a final "'s" / "’s" starts in w, or 0.
func possessive(w string) int {
	n := len(w)
	if n > 2 && (w[n-1] == 's' || w[n-1] == 'S') {
		if w[n-2] == '\'' {
			return n - 2
		}
		if n > 4 && strings.HasSuffix(w[:n-1], "’") {
			return n - 4
		}
	}
	return 0
}

// subtype names the finer type of an entity whose tokens carry marks
// (rest are the marks of the tokens after it in its sentence): GPE when it
// is exactly a known country or city, NORP when exactly a nationality.
func subtype(ty int, marks, rest []GazMark) string {
	exact := func(c GazClass) bool {
		if marks[0]&Begin(c) == 0 {
			return false
		}
		for _, m := range marks[1:] {
			if m&Inside(c) == 0 {
				return false
			}
		}
		return len(rest) == 0 || rest[0]&Inside(c) == 0
	}
	switch Types[ty] {
	case LOC:
		if exact(GazCountry) || exact(GazCity) {
			return "GPE"
		}
	case MISC:
		if exact(GazNationality) {
			return "NORP"
		}
	}
	return ""
}

// TagDocument tags pre-tokenized text, one slice of tokens per sentence,
// with IOB2 tags (B-PER, I-PER, ..., O). It serves training and
// evaluation on CoNLL data and implements nereval.Tagger.
func (m *Model) TagDocument(sents [][]string) [][]string {
	var buf Buffers
	for _, s := range sents {
		buf.words = append(buf.words, s...)
		buf.ends = append(buf.ends, int32(len(buf.words)))
	}
	m.label(&buf)
	out := make([][]string, len(sents))
	k := 0
	for i, s := range sents {
		tags := make([]string, len(s))
		for j := range s {
			tags[j] = iobNames[buf.labels[k]]
			k++
		}
		out[i] = tags
	}
	return out
}

// label featurizes buf.words and decodes each sentence into buf.labels.
func (m *Model) label(buf *Buffers) {
	n := len(buf.words)
	buf.f.run(buf.words, buf.ends, m.gaz, m.bits)
	if cap(buf.em) < n*nLabels {
		buf.em = make([]int32, n*nLabels, (n+n/2)*nLabels)
		buf.back = make([]uint8, n*nLabels, (n+n/2)*nLabels)
		buf.labels = make([]uint8, n, n+n/2)
	}
	buf.em, buf.back, buf.labels = buf.em[:n*nLabels], buf.back[:n*nLabels], buf.labels[:n]
	decodeDoc(m, &m.tr, &buf.f, buf.ends, m.bits, buf.labels, buf.back, buf.em, nil)
}

// emissions implements scorer. The intrinsic templates' sum for a word is
// looked up in (or added to) the featurizer's word cache, which saves
// about a third of the row fetches on running text, where most tokens are
// frequent words.
func (m *Model) emissions(f *featurizer, s, e int, em []int32) {
	idx, rows := m.idx, m.rows
	c := &f.cache
	if c.owner != m {
		c.reset(m)
	}
	for i := s; i < e; i++ {
		var acc [rowLen]int32
		feats := f.feats[i*numTemplates : (i+1)*numTemplates : (i+1)*numTemplates]
		t := &f.toks[i]
		key := pair(t.ex, t.shape) | 1 // never 0, the empty slot
		k := int(key >> (64 - wordCacheBits))
		cached := c.vals[k*rowLen : k*rowLen+rowLen : k*rowLen+rowLen]
		if c.keys[k] == key {
			copy(acc[:], cached)
		} else {
			for _, b := range feats[:numIntrinsic] {
				r := int(idx[b])
				if r == 0 {
					continue
				}
				row := rows[r*rowLen : r*rowLen+rowLen : r*rowLen+rowLen]
				for l := range acc {
					acc[l] += int32(row[l])
				}
			}
			c.keys[k] = key
			copy(cached, acc[:])
		}
		for _, b := range feats[numIntrinsic:] {
			r := int(idx[b])
			if r == 0 {
				continue
			}
			row := rows[r*rowLen : r*rowLen+rowLen : r*rowLen+rowLen]
			for l := range acc {
				acc[l] += int32(row[l])
			}
		}
		o := (i - s) * nLabels
		em[o] = 0 // O
		copy(em[o+1:o+nLabels], acc[:])
	}
}

// wordCacheBits sets the size of the word cache: 2^12 direct-mapped slots
// hold the frequent words of running text.
const wordCacheBits = 12

// wordCache maps a word (hash of its text and shape) to the sum of its
// intrinsic feature rows under one model.
type wordCache struct {
	owner *Model
	keys  []uint64
	vals  []int32
}

func (c *wordCache) reset(m *Model) {
	c.owner = m
	if c.keys == nil {
		c.keys = make([]uint64, 1<<wordCacheBits)
		c.vals = make([]int32, rowLen<<wordCacheBits)
	} else {
		clear(c.keys)
	}
}
