package pos

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
	"parley/internal/modelfile"
	"sync"
)

// Model is a trained tagger: hashed feature weights, int8 weights for the
// tags each feature speaks for. A Model is read-only once loaded and safe
// for concurrent use; per-call state lives in Buffers.
type Model struct {
	bits uint // 2^bits feature buckets
	// rows holds one entry per non-empty bucket, in bucket order; the
	// entry of bucket b is rows[rank(b)] (see rank), so the table the
	// hot loop reads at random is 8 bytes per non-empty bucket, not per
	// bucket (under 1 MB, not 2). A row with at most inlineMax non-zero
	// weights (most rows, after pruning) is held in its entry itself: four
	// 14-bit slots tag<<8 | uint8(weight), unused slots 0 (which add
	// nothing to tag 0's lane), so reading it costs no further fetch and no
	// branch. A row with more is dense: entry = denseFlag | r, its weights
	// at dense[r*rowWords:(r+1)*rowWords].
	rows []uint64
	// dense holds the dense rows packed four tags to a uint64: lane k
	// (bits 16k..16k+15) of word j is tag 4j+k's weight, and the word is
	// the wrapping sum of int64(weight)<<16k over its lanes, so that
	// adding it to an accumulator whose lanes start at laneBase adds each
	// weight to its own lane without carries or borrows crossing lanes
	// (lane sums stay within laneBase±numTemplates*127).
	dense []uint64
	// present has bit b set when bucket b has a row; prefix[w] counts
	// the rows of the buckets before word w of present.
	present []uint64
	prefix  []uint32
	next    int // the first bucket addRow may still fill
	pw      int // the first word of present whose prefix is not set
	info    string
}

const (
	// inlineMax is the most weights an entry of rows holds.
	inlineMax = 4
	slotBits  = 14
	denseFlag = 1 << 63
	// rowWords is the number of uint64 in a dense row.
	rowWords = (nLabels + 3) / 4
	// laneBase is every lane's starting value in an accumulator.
	laneBase = 0x4000
	laneInit = laneBase | laneBase<<16 | laneBase<<32 | laneBase<<48
)

// Info returns the provenance line stored in the model file (what it was
// trained on, with which settings).
func (m *Model) Info() string { return m.info }

// The model file: gzip of
//
//	magic "PARLEYPOS\n", then uvarints: format version, bits, number of
//	tags, number of feature templates, len(info), info bytes; the count of
//	non-zero rows; per row the uvarint gap from the previous row's bucket
//	(+1), a uvarint bit mask of the tags with a non-zero weight and one
//	byte (int8) per set bit, in tag order.
//
// Only numbers are stored: no feature string, word or name.
const (
	modelMagic   = "PARLEYPOS\n"
	modelVersion = 1
	maxBits      = 22
)

// WriteTo writes the model file to w: the common header of
// internal/modelfile, then the non-zero weight rows, each as the gap from
// the previous row's bucket, a mask of its non-zero tags and their bytes.
// The output is a pure function of the weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	raw := modelfile.NewBuffer(modelMagic, modelfile.Header{Version: modelVersion, Bits: uint64(m.bits), Labels: uint64(nLabels), Templates: numTemplates, Info: m.info})
	raw.Uvarint(uint64(m.numRows()))
	prev := -1
	for r, b := 0, 0; r < len(m.rows); b++ {
		if m.present[b>>6]>>(b&63)&1 == 0 {
			continue
		}
		e := m.rows[r]
		r++
		raw.Uvarint(uint64(b - prev - 1))
		prev = b
		var row [nLabels]int8
		m.row(e, &row)
		var mask uint64
		for l, v := range row {
			if v != 0 {
				mask |= 1 << l
			}
		}
		raw.Uvarint(mask)
		for _, v := range row {
			if v != 0 {
				raw.WriteByte(byte(v))
			}
		}
	}
	return raw.WriteTo(w)
}

// numRows returns the number of non-zero weight rows.
func (m *Model) numRows() int { return len(m.rows) }

// rank returns the index in rows of present bucket b's entry.
func (m *Model) rank(b uint32) int {
	w := b >> 6
	return int(m.prefix[w]) + bits.OnesCount64(m.present[w]&(1<<(b&63)-1))
}

// newModel returns an empty model with 2^bits buckets.
func newModel(bits uint, info string) *Model {
	return &Model{bits: bits, present: make([]uint64, 1<<bits/64), prefix: make([]uint32, 1<<bits/64), info: info}
}

// addRow sets bucket b's weights. Rows must be added in increasing
// bucket order (training and reading both do); a bucket at or before the
// last one added is ignored. An all-zero row is not stored.
func (m *Model) addRow(b int, row *[nLabels]int8) {
	if b < m.next || b >= len(m.present)*64 {
		return
	}
	nz := 0
	for _, v := range row {
		if v != 0 {
			nz++
		}
	}
	if nz == 0 {
		return
	}
	// the words of present up to b's that have no prefix yet get the
	// count of rows so far
	for ; m.pw <= b>>6; m.pw++ {
		m.prefix[m.pw] = uint32(len(m.rows))
	}
	m.next = b + 1
	switch {
	case nz > inlineMax:
		r := len(m.dense) / rowWords
		var packed [rowWords]uint64
		for l, v := range row {
			packed[l/4] += uint64(int64(v) << (16 * (l % 4)))
		}
		m.dense = append(m.dense, packed[:]...)
		m.rows = append(m.rows, denseFlag|uint64(r))
	default:
		var e uint64
		k := 0
		for l, v := range row {
			if v != 0 {
				e |= uint64(l<<8|int(uint8(v))) << (slotBits * k)
				k++
			}
		}
		m.rows = append(m.rows, e)
	}
	m.present[b>>6] |= 1 << (b & 63)
}

// row unpacks the weights of entry e of rows into dst.
func (m *Model) row(e uint64, dst *[nLabels]int8) {
	clear(dst[:])
	if e&denseFlag == 0 {
		for k := 0; k < inlineMax; k++ {
			x := e >> (slotBits * k) & (1<<slotBits - 1)
			if x != 0 {
				dst[int(x>>8)%nLabels] = int8(x)
			}
		}
		return
	}
	off := int(e &^ denseFlag)
	for j, w := range m.dense[off*rowWords : off*rowWords+rowWords] {
		for k := 0; k < 4 && 4*j+k < nLabels; k++ {
			v := int16(w) // this lane's weight, borrowing from the next
			dst[4*j+k] = int8(v)
			w = (w - uint64(int64(v))) >> 16
		}
	}
}

// Read reads a model file (as written by WriteTo) from r.
func Read(r io.Reader) (*Model, error) {
	br, err := modelfile.Open(r)
	if err != nil {
		return nil, fmt.Errorf("pos model: %v", err)
	}
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("pos model: %v", err)
	}
	return m, nil
}

// Load reads a model file held in memory.
func Load(data []byte) (*Model, error) { return Read(bytes.NewReader(data)) }

func readModel(br modelfile.Reader) (*Model, error) {
	h, err := br.Header(modelfile.Want{Magic: modelMagic, Kind: "POS", Version: modelVersion, MaxBits: maxBits,
		Labels: uint64(nLabels), Templates: numTemplates, LabelWord: "tag", Retrain: "parley train pos"})
	if err != nil {
		return nil, err
	}
	nb := h.Bits
	m := newModel(uint(nb), h.Info)
	buckets := 1 << nb
	rows, err := br.Uvarint("row count", uint64(buckets))
	if err != nil {
		return nil, err
	}
	if rows > 0 {
		// weights grow as they are read, so a corrupt count cannot make
		// Load allocate more than the data holds
		m.dense = make([]uint64, 0, min(int(rows), 1<<12)*rowWords)
	}
	b := -1
	var row [nLabels]int8
	for r := uint64(0); r < rows; r++ {
		gap, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("reading row %d: %v", r, err)
		}
		if gap >= uint64(buckets) || b+1+int(gap) >= buckets {
			return nil, fmt.Errorf("row %d: bucket out of range", r)
		}
		b += 1 + int(gap)
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("reading row %d: %v", r, err)
		}
		if mask == 0 || mask>>nLabels != 0 {
			return nil, fmt.Errorf("row %d: tag mask %#x invalid", r, mask)
		}
		clear(row[:])
		for mm := mask; mm != 0; mm &= mm - 1 {
			c, err := br.ReadByte()
			if err != nil {
				return nil, fmt.Errorf("reading row %d: %v", r, err)
			}
			row[bits.TrailingZeros64(mm)] = int8(c)
		}
		m.addRow(b, &row)
	}
	if err := br.End(); err != nil {
		return nil, err
	}
	return m, nil
}

//go:embed model/pos.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model (model/pos.bin, trained by `parley
// train pos`), loading it on first use. It panics if the embedded file is
// broken, which is a build error that the package tests catch.
func Default() *Model {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(embedded)
	})
	if defaultErr != nil {
		panic("pos: embedded model: " + defaultErr.Error())
	}
	return defaultModel
}
