package modelfile

import (
	"bytes"
	"strings"
	"testing"
)

func TestHeaderRoundTrip(t *testing.T) {
	want := Want{Magic: "TESTMODEL\n", Kind: "test", Version: 2, MaxBits: 20, Labels: 3, Templates: 5, LabelWord: "label", Retrain: "parley train test"}
	write := func(h Header) []byte {
		b := NewBuffer(want.Magic, h)
		b.Uvarint(7) // a model's own data after the header
		var out bytes.Buffer
		if _, err := b.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	good := write(Header{Version: 2, Bits: 12, Labels: 3, Templates: 5, Info: "seed 1"})
	r, err := Open(bytes.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	h, err := r.Header(want)
	if err != nil || h.Bits != 12 || h.Info != "seed 1" {
		t.Fatalf("header %+v, %v", h, err)
	}
	if v, err := r.Uvarint("data", 10); err != nil || v != 7 || r.End() != nil {
		t.Errorf("data %d %v, end %v", v, err, r.End())
	}
	if again := write(Header{Version: 2, Bits: 12, Labels: 3, Templates: 5, Info: "seed 1"}); !bytes.Equal(good, again) {
		t.Error("the same header gives different bytes")
	}
	for _, tc := range []struct {
		h    Header
		want string
	}{
		{Header{Version: 9, Bits: 12, Labels: 3, Templates: 5}, "format version 9"},
		{Header{Version: 2, Bits: 4, Labels: 3, Templates: 5}, "too small"},
		{Header{Version: 2, Bits: 30, Labels: 3, Templates: 5}, "out of range"},
		{Header{Version: 2, Bits: 12, Labels: 4, Templates: 5}, "retrain with parley train test"},
	} {
		r, _ := Open(bytes.NewReader(write(tc.h)))
		if _, err := r.Header(want); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.h, err, tc.want)
		}
	}
	if _, err := Open(strings.NewReader("not gzip")); err == nil {
		t.Error("Open accepted a non-gzip stream")
	}
}
