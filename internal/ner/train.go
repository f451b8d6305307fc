package ner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"

	"parley/internal/eval/nereval"
	"parley/internal/ner/conll"
)

// TrainOptions control Train. The zero value is usable.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 12). With
	// HoldOut it is the maximum, and the best epoch count on the held-out
	// documents is used for the final model.
	Epochs int
	// Seed seeds the shuffling of sentences between epochs.
	Seed int64
	// Bits sets the number of weight rows to 2^Bits (default 18: the
	// table then stays small enough to be cache-friendly, at no measurable
	// cost in accuracy over 2^20).
	Bits uint
	// HoldOut is the fraction of documents, taken from the end, held out
	// to choose the number of epochs; the final model is then trained on
	// all documents. 0 trains on all documents for Epochs epochs.
	HoldOut float64
	// Gazetteer is consulted by the features (default Builtin()).
	Gazetteer Gazetteer
	// Log receives progress lines (nil: none).
	Log io.Writer
	// Info is stored in the model file as its provenance line.
	Info string
}

// TrainReport says how training went.
type TrainReport struct {
	// HeldOut holds the held-out micro F1 after each epoch (empty without
	// HoldOut).
	HeldOut []float64
	// HeldOutReport is the full held-out score at the chosen epoch.
	HeldOutReport *nereval.Report
	// Epochs is the number of epochs the final model was trained for.
	Epochs int
	// Rows is the number of non-zero weight rows of the final model.
	Rows int
}

// Train trains a model on CoNLL documents with an averaged structured
// perceptron (Collins 2002) over BILOU labels. It is deterministic: the same
// documents and options give the same model, byte for byte.
func Train(ctx context.Context, docs []conll.Document, opt TrainOptions) (*Model, *TrainReport, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	if opt.Bits == 0 {
		opt.Bits = 18
	}
	if opt.Bits < 8 || opt.Bits > maxBits {
		return nil, nil, fmt.Errorf("ner train: bits %d out of range 8..%d", opt.Bits, maxBits)
	}
	if opt.HoldOut < 0 || opt.HoldOut >= 1 {
		return nil, nil, fmt.Errorf("ner train: hold-out fraction %g not in [0, 1)", opt.HoldOut)
	}
	if opt.Gazetteer == nil {
		opt.Gazetteer = Builtin()
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	data, err := prepare(docs)
	if err != nil {
		return nil, nil, err
	}
	if len(data.docs) == 0 {
		return nil, nil, errors.New("ner train: no sentences to train on")
	}
	rep := &TrainReport{Epochs: opt.Epochs}
	if opt.HoldOut > 0 {
		nTrain := len(docs) - int(math.Round(opt.HoldOut*float64(len(docs))))
		if nTrain < 1 || nTrain >= len(docs) {
			return nil, nil, fmt.Errorf("ner train: %d documents are too few to hold out %g of them", len(docs), opt.HoldOut)
		}
		tr := newTrainer(opt.Bits, opt.Gazetteer)
		best := -1.0
		for ep := 1; ep <= opt.Epochs; ep++ {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			tr.epoch(data.docs[:nTrain], opt.Seed, ep)
			m := tr.model(opt)
			r := m.score(docs[nTrain:])
			f1 := r.Micro.F1()
			rep.HeldOut = append(rep.HeldOut, f1)
			logf("epoch %2d: held-out micro F1 %.4f (P %.4f R %.4f) on %d documents", ep, f1, r.Micro.Precision(), r.Micro.Recall(), len(docs)-nTrain)
			if f1 > best {
				best, rep.Epochs, rep.HeldOutReport = f1, ep, r
			}
		}
		logf("best held-out epoch count: %d (F1 %.4f); training on all %d documents", rep.Epochs, best, len(docs))
	}
	tr := newTrainer(opt.Bits, opt.Gazetteer)
	for ep := 1; ep <= rep.Epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		tr.epoch(data.docs, opt.Seed, ep)
		logf("epoch %2d of %d on all data: %d mistakes", ep, rep.Epochs, tr.mistakes)
	}
	if opt.Info != "" {
		opt.Info += fmt.Sprintf("; %d epochs", rep.Epochs)
	}
	m := tr.model(opt)
	rep.Rows = m.numRows()
	return m, rep, nil
}

// trainData is the corpus as flat words and labels per document.
type trainData struct {
	docs []trainDoc
}

type trainDoc struct {
	words []string
	ends  []int32
	gold  []uint8
}

func prepare(docs []conll.Document) (*trainData, error) {
	d := &trainData{}
	var lab []uint8
	for di, doc := range docs {
		var td trainDoc
		for si, s := range doc.Sentences {
			var err error
			lab, err = goldLabels(s.Tags, lab)
			if err != nil {
				return nil, fmt.Errorf("ner train: document %d sentence %d: %v", di+1, si+1, err)
			}
			td.gold = append(td.gold, lab...)
			td.words = append(td.words, s.Words...)
			td.ends = append(td.ends, int32(len(td.words)))
		}
		d.docs = append(d.docs, td)
	}
	return d, nil
}

// trainer holds the perceptron's weights w and, for averaging, the sums
// u of c*update (c counts sentences seen), so that the average is
// w - u/c without touching every weight at every step. Everything is
// integer, so training is exact and reproducible on any machine.
type trainer struct {
	bits     uint
	gaz      Gazetteer
	w        []int32
	u        []int64
	tw       [nLabels + 1][nLabels]int32
	tu       [nLabels + 1][nLabels]int64
	c        int64
	mistakes int
	// scratch
	f         featurizer
	em        []int32
	back, out []uint8
	order     []int
	tr        transitions
}

func newTrainer(bits uint, gaz Gazetteer) *trainer {
	n := (1 << bits) * nLabels
	return &trainer{bits: bits, gaz: gaz, w: make([]int32, n), u: make([]int64, n), c: 1}
}

// epoch makes one pass over docs in an order fixed by seed and epoch.
func (t *trainer) epoch(docs []trainDoc, seed int64, ep int) {
	t.order = t.order[:0]
	for i := range docs {
		t.order = append(t.order, i)
	}
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(ep)))
	rng.Shuffle(len(t.order), func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
	t.mistakes = 0
	for _, di := range t.order {
		d := &docs[di]
		n := len(d.words)
		if len(t.out) < n {
			t.em = make([]int32, n*nLabels)
			t.back = make([]uint8, n*nLabels)
			t.out = make([]uint8, n)
		}
		t.f.run(d.words, d.ends, t.gaz, t.bits)
		decodeDoc(t, &t.tr, &t.f, d.ends, t.bits, t.out[:n], t.back[:n*nLabels], t.em[:n*nLabels], func(s, e int) {
			t.update(t.f.feats[s*numTemplates:e*numTemplates], d.gold[s:e], t.out[s:e])
			t.c++
		})
	}
}

// emissions implements scorer with the current (not averaged) weights.
func (t *trainer) emissions(f *featurizer, s, e int, em []int32) {
	w := t.w
	feats := f.feats[s*numTemplates : e*numTemplates]
	for i := 0; i*numTemplates < len(feats); i++ {
		var acc [nLabels]int32
		for _, b := range feats[i*numTemplates : (i+1)*numTemplates] {
			row := w[int(b)*nLabels : int(b)*nLabels+nLabels : int(b)*nLabels+nLabels]
			for l := range acc {
				acc[l] += row[l]
			}
		}
		copy(em[i*nLabels:i*nLabels+nLabels], acc[:])
	}
}

// update makes the perceptron update for one decoded sentence.
func (t *trainer) update(feats []uint32, gold, pred []uint8) {
	n := len(gold)
	wrong := false
	for i := 0; i < n; i++ {
		if pred[i] != gold[i] {
			wrong = true
			break
		}
	}
	if !wrong {
		return
	}
	t.mistakes++
	c := t.c
	for i := 0; i < n; i++ {
		g, p := int(gold[i]), int(pred[i])
		if g != p {
			for _, b := range feats[i*numTemplates : (i+1)*numTemplates] {
				k := int(b) * nLabels
				t.w[k+g]++
				t.u[k+g] += c
				t.w[k+p]--
				t.u[k+p] -= c
			}
		}
		gp, pp := nLabels, nLabels
		if i > 0 {
			gp, pp = int(gold[i-1]), int(pred[i-1])
		}
		if gp != pp || g != p {
			t.tw[gp][g]++
			t.tu[gp][g] += c
			t.tw[pp][p]--
			t.tu[pp][p] -= c
			t.tr[gp][g]++
			t.tr[pp][p]--
		}
	}
}

// model returns the averaged weights, each row made relative to its
// weight for O (see rowLen) and quantised to int8 with one scale for all
// weights and transitions (which are stored as int32 and may exceed the
// int8 range). On eng.testa int8 loses under 0.1 F1 point against int16,
// and halves the table the hot loop reads.
func (t *trainer) model(opt TrainOptions) *Model {
	c := float64(t.c)
	avg := func(i int) float64 { return float64(t.w[i]) - float64(t.u[i])/c }
	nb := len(t.w) / nLabels
	diff := make([]float64, nb*rowLen)
	maxAbs := 0.0
	for b := 0; b < nb; b++ {
		o := avg(b * nLabels)
		for l := 1; l < nLabels; l++ {
			d := avg(b*nLabels+l) - o
			diff[b*rowLen+l-1] = d
			maxAbs = max(maxAbs, math.Abs(d))
		}
	}
	tavg := func(a, b int) float64 { return float64(t.tw[a][b]) - float64(t.tu[a][b])/c }
	scale := 1.0
	if maxAbs > 0 {
		scale = 127 / maxAbs
	}
	m := &Model{bits: t.bits, gaz: opt.Gazetteer, info: opt.Info}
	dense := make([]int8, len(diff))
	for i, d := range diff {
		dense[i] = int8(math.Round(d * scale))
	}
	m.setWeights(dense)
	for a := range t.tw {
		for b := range t.tw[a] {
			if !allowed(a, b) {
				m.tr[a][b] = 0 // never used: viterbi skips disallowed transitions
				continue
			}
			m.tr[a][b] = int32(math.Round(tavg(a, b) * scale))
		}
	}
	return m
}

// score decodes documents and scores them against their gold tags.
func (m *Model) score(docs []conll.Document) *nereval.Report {
	rep := &nereval.Report{Name: "held-out"}
	for _, doc := range docs {
		sents := make([][]string, len(doc.Sentences))
		for i, s := range doc.Sentences {
			sents[i] = s.Words
		}
		pred := m.TagDocument(sents)
		for i, s := range doc.Sentences {
			rep.Add(s.Tags, pred[i])
		}
		rep.Documents++
	}
	return rep
}
