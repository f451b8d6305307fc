package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"parley/internal/modelfile"
	"sync"
)

// Model is a trained entity tagger: hashed feature weights, label
// transitions and the gazetteer its features consult. A Model is
// read-only once loaded and safe for concurrent use; per-call state lives
// in Buffers.
type Model struct {
	bits uint // 2^bits feature buckets
	// idx maps a bucket to its row in rows; 0 is the all-zero row, which
	// most buckets have (averaged perceptron weights are sparse), so the
	// hot table stays a few MB and unseen features cost no row fetch.
	idx  []uint32
	rows []int8 // row-major: rows[r*rowLen+label-1]; row 0 is unused
	tr   transitions
	gaz  Gazetteer
	info string // provenance line written by training
}

// Info returns the provenance line stored in the model file (what it was
// trained on, with which settings).
func (m *Model) Info() string { return m.info }

// WithGazetteer returns a copy of the model (sharing its weights) whose
// features consult g instead of the built-in gazetteer. The weights were
// trained with the built-in gazetteer's classes in mind, so g should mark
// the same classes: Combine(Builtin(), actorDictionary) is the intended
// use. The receiver is not changed, so Default() stays as it is.
func (m *Model) WithGazetteer(g Gazetteer) *Model {
	c := *m
	c.gaz = g
	return &c
}

// The model file: gzip of
//
//	magic "PARLEYNER\n", then uvarints: format version, bits, nLabels,
//	numTemplates, len(info), info bytes; (nLabels+1)*nLabels zigzag
//	varint transitions; uvarint count of non-zero rows; per row the
//	uvarint gap from the previous row's bucket (+1) and rowLen zigzag
//	varint weights (labels 1.. relative to label 0, O).
//
// Only numbers are stored: no feature string, word or name.
const (
	modelMagic   = "PARLEYNER\n"
	modelVersion = 3
	maxBits      = 22
)

// WriteTo writes the model file to w: the common header of
// internal/modelfile, the label transition weights, then the non-zero
// weight rows, each after the gap from the previous row's bucket.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	raw := modelfile.NewBuffer(modelMagic, modelfile.Header{Version: modelVersion, Bits: uint64(m.bits), Labels: uint64(nLabels), Templates: numTemplates, Info: m.info})
	for a := range m.tr {
		for b := range m.tr[a] {
			raw.Varint(int64(m.tr[a][b]))
		}
	}
	raw.Uvarint(uint64(m.numRows()))
	prev := -1
	for b, r := range m.idx {
		if r == 0 {
			continue
		}
		raw.Uvarint(uint64(b - prev - 1))
		prev = b
		for _, v := range m.rows[int(r)*rowLen : int(r)*rowLen+rowLen] {
			raw.Varint(int64(v))
		}
	}
	return raw.WriteTo(w)
}

// rowLen is the width of a weight row. A feature's weight for O is
// subtracted from its weights for the other labels when the model is
// built (adding the same amount to every label of a token changes no
// decision), so O's is always 0 and not stored: 16 int8 are 16 bytes,
// a quarter of a cache line, where 17 would often straddle two.
const rowLen = nLabels - 1

// numRows returns the number of non-zero weight rows.
func (m *Model) numRows() int { return len(m.rows)/rowLen - 1 }

// setWeights fills idx and rows from a dense bucket-major table of
// rowLen-wide rows.
func (m *Model) setWeights(dense []int8) {
	nb := len(dense) / rowLen
	m.idx = make([]uint32, nb)
	m.rows = make([]int8, rowLen, rowLen*1024)
	for b := 0; b < nb; b++ {
		row := dense[b*rowLen : b*rowLen+rowLen]
		if zeroRow(row) {
			continue
		}
		m.idx[b] = uint32(len(m.rows) / rowLen)
		m.rows = append(m.rows, row...)
	}
}

func zeroRow(r []int8) bool {
	for _, v := range r {
		if v != 0 {
			return false
		}
	}
	return true
}

// Load reads a model file (as written by WriteTo). The model uses the
// built-in gazetteer.
func Load(data []byte) (*Model, error) {
	br, err := modelfile.Open(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ner model: %v", err)
	}
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("ner model: %v", err)
	}
	m.gaz = Builtin()
	return m, nil
}

func readModel(br modelfile.Reader) (*Model, error) {
	h, err := br.Header(modelfile.Want{Magic: modelMagic, Kind: "NER", Version: modelVersion, MaxBits: maxBits,
		Labels: uint64(nLabels), Templates: numTemplates, LabelWord: "label", Retrain: "parley train ner"})
	if err != nil {
		return nil, err
	}
	bits := h.Bits
	m := &Model{bits: uint(bits), info: h.Info}
	for a := range m.tr {
		for b := range m.tr[a] {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("reading transitions: %v", err)
			}
			if v > 1<<24 || v < -1<<24 {
				return nil, fmt.Errorf("transition weight %d out of range", v)
			}
			m.tr[a][b] = int32(v)
		}
	}
	nb := 1 << bits
	rows, err := br.Uvarint("row count", uint64(nb))
	if err != nil {
		return nil, err
	}
	m.idx = make([]uint32, nb)
	// rows grow as they are read, so a corrupt count cannot make Load
	// allocate more than the data it actually holds
	m.rows = make([]int8, rowLen, rowLen*min(int(rows)+1, 1<<16))
	b := -1
	for r := uint64(0); r < rows; r++ {
		gap, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("reading row %d: %v", r, err)
		}
		if gap >= uint64(nb) || b+1+int(gap) >= nb {
			return nil, fmt.Errorf("row %d: bucket out of range", r)
		}
		b += 1 + int(gap)
		m.idx[b] = uint32(r + 1)
		var row [rowLen]int8
		for l := range row {
			v, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("reading row %d: %v", r, err)
			}
			if v > 127 || v < -128 {
				return nil, fmt.Errorf("row %d: weight %d out of range", r, v)
			}
			row[l] = int8(v)
		}
		m.rows = append(m.rows, row[:]...)
	}
	if err := br.End(); err != nil {
		return nil, err
	}
	return m, nil
}

//go:embed model/ner.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model (model/ner.bin, trained by `parley
// train ner`), loading it on first use. It panics if the embedded file is
// broken, which is a build error that the package tests catch.
func Default() *Model {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(embedded)
	})
	if defaultErr != nil {
		panic("ner: embedded model: " + defaultErr.Error())
	}
	return defaultModel
}
