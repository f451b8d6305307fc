// Package modelfile reads and writes the common frame of the project's
// trained models (NER, part of speech): a gzip stream, with no name or
// time in its header so the file is a pure function of the weights,
// holding a magic line, then unsigned varints for the format version, the
// number of hash bits, labels and feature templates, and the model's
// provenance text. Each model writes its own weights after that header.
package modelfile

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Header is the common start of a model file.
type Header struct {
	Version, Bits, Labels, Templates uint64
	Info                             string
}

// Buffer collects a model's uncompressed bytes.
type Buffer struct {
	bytes.Buffer
	tmp [binary.MaxVarintLen64]byte
}

// Uvarint appends v as an unsigned varint.
func (b *Buffer) Uvarint(v uint64) { b.Write(b.tmp[:binary.PutUvarint(b.tmp[:], v)]) }

// Varint appends v as a signed varint.
func (b *Buffer) Varint(v int64) { b.Write(b.tmp[:binary.PutVarint(b.tmp[:], v)]) }

// NewBuffer returns a buffer holding magic and h, ready for the weights.
func NewBuffer(magic string, h Header) *Buffer {
	b := &Buffer{}
	b.WriteString(magic)
	b.Uvarint(h.Version)
	b.Uvarint(h.Bits)
	b.Uvarint(h.Labels)
	b.Uvarint(h.Templates)
	b.Uvarint(uint64(len(h.Info)))
	b.WriteString(h.Info)
	return b
}

// WriteTo writes the buffer gzip-compressed (best compression, no name or
// time) to w and returns the bytes written.
func (b *Buffer) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return cw.n, err
	}
	err = zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Reader reads a model file's varints with range checks.
type Reader struct {
	*bufio.Reader
}

// Open starts reading a gzip-compressed model file from r.
func Open(r io.Reader) (Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return Reader{}, fmt.Errorf("not a gzip stream: %v", err)
	}
	return Reader{bufio.NewReaderSize(zr, 1<<16)}, nil
}

// Uvarint reads an unsigned varint named what, at most limit.
func (r Reader) Uvarint(what string, limit uint64) (uint64, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, fmt.Errorf("reading %s: %v", what, err)
	}
	if v > limit {
		return 0, fmt.Errorf("%s %d out of range (max %d)", what, v, limit)
	}
	return v, nil
}

// Want is what a build of a model expects of a file: its magic line, the
// kind of model ("NER", for errors), the format version, the largest
// number of hash bits, the label count (and the word for a label, "tag"),
// the feature template count, and the command that retrains it.
type Want struct {
	Magic, Kind        string
	Version, MaxBits   uint64
	Labels, Templates  uint64
	LabelWord, Retrain string
}

// Header reads and checks the header against w: the magic line, the
// version, bits between 8 and w.MaxBits, the label and template counts
// (a mismatch says to retrain), then the provenance text.
func (r Reader) Header(w Want) (Header, error) {
	var h Header
	got := make([]byte, len(w.Magic))
	if _, err := io.ReadFull(r, got); err != nil || string(got) != w.Magic {
		return h, fmt.Errorf("bad magic (not a parley %s model)", w.Kind)
	}
	var err error
	if h.Version, err = r.Uvarint("version", 1<<20); err != nil {
		return h, err
	}
	if h.Version != w.Version {
		return h, fmt.Errorf("format version %d, want %d", h.Version, w.Version)
	}
	if h.Bits, err = r.Uvarint("bits", w.MaxBits); err != nil {
		return h, err
	}
	if h.Bits < 8 {
		return h, fmt.Errorf("bits %d too small (min 8)", h.Bits)
	}
	if h.Labels, err = r.Uvarint(w.LabelWord+" count", 1<<10); err != nil {
		return h, err
	}
	if h.Templates, err = r.Uvarint("template count", 1<<10); err != nil {
		return h, err
	}
	if h.Labels != w.Labels || h.Templates != w.Templates {
		return h, fmt.Errorf("model has %d %ss and %d feature templates, this build wants %d and %d (retrain with %s)", h.Labels, w.LabelWord, h.Templates, w.Labels, w.Templates, w.Retrain)
	}
	il, err := r.Uvarint("info length", 1<<16)
	if err != nil {
		return h, err
	}
	info := make([]byte, il)
	if _, err := io.ReadFull(r, info); err != nil {
		return h, fmt.Errorf("reading info: %v", err)
	}
	h.Info = string(info)
	return h, nil
}

// End reports an error unless the file has been read to its end.
func (r Reader) End() error {
	if _, err := r.ReadByte(); err != io.EOF {
		return errors.New("trailing data after the last row")
	}
	return nil
}
