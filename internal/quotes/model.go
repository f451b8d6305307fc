package quotes

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"parley/internal/hashx"

	"parley/internal/analysis"
	"parley/internal/text"
)

// The cue model decides which words head a cue. It is a linear classifier
// (an averaged perceptron) over hashed features of the word and its
// neighbours: every feature is a template id mixed with FNV-1a hashes of
// lower-cased token text, mapped to one of 2^modelBits int8 weights. The
// model file holds those weights and nothing else, never a word.
const (
	modelBits  = 18
	modelSize  = 1 << modelBits
	modelMask  = modelSize - 1
	modelMagic = "PQCUE1\n"
	maxFeats   = 24
)

// cueThreshold is the score a word must pass to head a cue, and
// unlistedMargin what a word that is not a cue in the lexicon must pass on
// top of it. They trade precision for recall; -80 and 60 gave the best
// balance of quote-level and exact-span F1 on a held-out sixth of PolNeAR
// train (TestTuneThreshold), with dev left for reporting.
const (
	cueThreshold   = -80
	unlistedMargin = 60
)

type cueModel struct {
	w     []int8
	scale float32
}

const (
	fnvOffset = hashx.FNVOffset
	fnvPrime  = hashx.FNVPrime
)

// hashLower hashes s lower-cased (ASCII), without allocating.
func hashLower(h uint64, s string) uint64 { return hashx.LowerASCII(h, s) }

func mix(h uint64) uint64 { return hashx.Mix(h) }

func feat(tmpl uint64, h uint64) uint32 {
	return uint32(mix(h^tmpl*0x9E3779B97F4A7C15) & modelMask)
}

// wordHash is the hash of token i's lower-cased text, or of a boundary
// marker outside the sentence.
func (r *reader) wordHash(i int) uint64 {
	if i < 0 {
		return 1
	}
	if i >= r.s.n {
		return 2
	}
	return r.b.hash[i]
}

// features appends the feature indices of token c.
func (r *reader) features(c int, dst []uint32) []uint32 {
	b := r.b
	w := r.wordHash(c)
	p1, p2 := r.wordHash(c-1), r.wordHash(c-2)
	n1, n2 := r.wordHash(c+1), r.wordHash(c+2)
	tok := r.tok(c)
	suf := tok
	if len(suf) > 3 {
		suf = suf[len(suf)-3:]
	}
	shape := uint64(0)
	if r.capitalized(c) {
		shape = 1
	}
	if c == 0 {
		shape |= 2
	}
	if c == r.s.n-1 || c == r.s.n-2 {
		shape |= 4
	}
	cl := func(i int) uint64 {
		if i < 0 || i >= r.s.n {
			return 1 << 20
		}
		v := uint64(b.cls[i])
		if b.inQ[i] != 0 {
			v |= 1 << 21
		}
		if b.toks[i].Kind == text.Punct {
			v |= 1 << 22
		}
		return v
	}
	dst = append(dst[:0],
		feat(1, 0),
		feat(2, w),
		feat(3, hashLower(fnvOffset, suf)),
		feat(4, p1),
		feat(5, n1),
		feat(6, p2),
		feat(7, n2),
		feat(8, w*31+p1),
		feat(9, w*31+n1),
		feat(10, shape),
		feat(11, cl(c)),
		feat(12, cl(c-1)*131+cl(c+1)),
		feat(13, w*7+shape),
		feat(14, cl(c)*131+n1),
		feat(15, uint64(min(c, 8))*131+cl(c)),
		feat(16, w*31+r.quoteSide(c)),
		feat(17, w*31+n2),
		feat(18, p1*31+n1),
		feat(19, w*131+cl(c+1)),
		feat(20, w*131+cl(c-1)),
	)
	return dst
}

// quoteSide says where quotations lie around token c in its sentence:
// bit 0 before it, bit 1 after it.
func (r *reader) quoteSide(c int) uint64 {
	v := uint64(0)
	if r.firstQ >= 0 && r.firstQ < c {
		v |= 1
	}
	if r.lastQ > c {
		v |= 2
	}
	return v
}

func (m *cueModel) score(r *reader, c int) int32 {
	var fb [maxFeats]uint32
	fs := r.features(c, fb[:0])
	var s int32
	for _, f := range fs {
		s += int32(m.w[f])
	}
	return s
}

// TrainDoc is one training article: its text and the byte spans of its
// gold cues.
type TrainDoc struct {
	Text string
	Cues []analysis.Span
}

// TrainReport says how training went.
type TrainReport struct {
	// Epochs is the number of passes over the data.
	Epochs int
	// Tokens and Positives count the words seen in one pass and those
	// that head a gold cue.
	Tokens, Positives int
	// TrainErrors counts the perceptron's mistakes in each pass.
	TrainErrors []int
	// NonZero counts the weights that are not zero once quantised.
	NonZero int
}

// TrainCues trains the cue model on docs (deterministically: the same docs,
// epochs and seed give the same weights) and returns an extractor that uses
// it, with x's lexicon. A word is a positive example when it is the first
// word of a gold cue span that is not an auxiliary ("has said" -> "said").
func (x *Extractor) TrainCues(ctx context.Context, docs []TrainDoc, epochs int, seed int64) (*Extractor, *TrainReport, error) {
	if epochs <= 0 {
		return nil, nil, fmt.Errorf("train quotes: epochs must be positive, got %d", epochs)
	}
	w := make([]float32, modelSize)
	acc := make([]float32, modelSize) // sum of step*update, for averaging
	step := float32(1)
	lex := &Extractor{words: x.words}
	rep := &TrainReport{Epochs: epochs}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	var buf Buffers
	var fb [maxFeats]uint32
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, toks, pos := 0, 0, 0
		for _, di := range order {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			d := docs[di]
			heads := cueHeads(lex, d)
			buf.segs = findSegments(d.Text, buf.segs)
			buf.sents = text.Segment(d.Text, buf.sents)
			r := reader{x: lex, t: d.Text, b: &buf, train: true}
			for _, s := range buf.sents {
				r.prepare(s.Start, s.End)
				for c := 0; c < r.s.n; c++ {
					if buf.inQ[c] != 0 || buf.toks[c].Kind != text.Word {
						continue
					}
					y := float32(-1)
					if heads[int(buf.toks[c].Start)] {
						y = 1
						pos++
					}
					toks++
					fs := r.features(c, fb[:0])
					var sc float32
					for _, f := range fs {
						sc += w[f]
					}
					if sc*y <= 0 {
						errs++
						for _, f := range fs {
							w[f] += y
							acc[f] += step * y
						}
					}
					step++
				}
			}
		}
		rep.TrainErrors = append(rep.TrainErrors, errs)
		rep.Tokens, rep.Positives = toks, pos
	}
	// average, then quantise to int8
	maxAbs := float32(0)
	for i := range w {
		w[i] -= acc[i] / step
		maxAbs = max(maxAbs, float32(math.Abs(float64(w[i]))))
	}
	m := &cueModel{w: make([]int8, modelSize), scale: 1}
	if maxAbs > 0 {
		m.scale = maxAbs / 127
	}
	for i, v := range w {
		q := int8(math.Round(float64(v / m.scale)))
		m.w[i] = q
		if q != 0 {
			rep.NonZero++
		}
	}
	return &Extractor{words: x.words, model: m, threshold: cueThreshold, unlisted: unlistedMargin}, rep, nil
}

// cueHeads returns the byte offsets of the positive words of d.
func cueHeads(x *Extractor, d TrainDoc) map[int]bool {
	heads := map[int]bool{}
	var toks []text.Token
	var lower [maxWord]byte
	for _, c := range d.Cues {
		a, e := max(c.Start, 0), min(c.End, len(d.Text))
		if a >= e {
			continue
		}
		toks = text.Tokenize(d.Text, a, e, toks)
		first := -1
		for _, k := range toks {
			if k.Kind != text.Word {
				continue
			}
			if first < 0 {
				first = int(k.Start)
			}
			if x.classOf(d.Text[k.Start:k.End], &lower)&cAux == 0 {
				first = int(k.Start)
				break
			}
		}
		if first >= 0 {
			heads[first] = true
		}
	}
	return heads
}

// WriteModel writes the extractor's cue model (see TrainCues): a header
// and one int8 weight per hashed feature bucket.
func (x *Extractor) WriteModel(w io.Writer) error {
	if x.model == nil {
		return errors.New("quotes: the extractor has no cue model")
	}
	var hdr [len(modelMagic) + 4]byte
	copy(hdr[:], modelMagic)
	binary.LittleEndian.PutUint32(hdr[len(modelMagic):], math.Float32bits(x.model.scale))
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	raw := make([]byte, modelSize)
	for i, v := range x.model.w {
		raw[i] = byte(v)
	}
	_, err := w.Write(raw)
	return err
}

// loadModel reads a model written by WriteModel.
func loadModel(data []byte) (*cueModel, error) {
	if len(data) != len(modelMagic)+4+modelSize || string(data[:len(modelMagic)]) != modelMagic {
		return nil, fmt.Errorf("quotes: not a cue model file (%d bytes, want %d with header %q)", len(data), len(modelMagic)+4+modelSize, modelMagic)
	}
	m := &cueModel{w: make([]int8, modelSize)}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(data[len(modelMagic):]))
	for i, v := range data[len(modelMagic)+4:] {
		m.w[i] = int8(v)
	}
	return m, nil
}
