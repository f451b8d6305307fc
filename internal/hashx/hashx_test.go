package hashx

import "testing"

// The values are FNV-1a's and splitmix64's published test vectors where
// they exist, so a change to these functions (which would silently move
// every trained model's buckets) fails here.
func TestVectors(t *testing.T) {
	if got := String(FNVOffset, ""); got != 0xcbf29ce484222325 {
		t.Errorf("FNV-1a of empty = %#x", got)
	}
	if got := String(FNVOffset, "a"); got != 0xaf63dc4c8601ec8c {
		t.Errorf("FNV-1a of a = %#x", got)
	}
	if got := String(FNVOffset, "foobar"); got != 0x85944171f73967e8 {
		t.Errorf("FNV-1a of foobar = %#x", got)
	}
	if Bytes(FNVOffset, []byte("foobar")) != String(FNVOffset, "foobar") || LowerASCII(FNVOffset, "FooBar") != String(FNVOffset, "foobar") {
		t.Error("Bytes / LowerASCII disagree with String")
	}
	if Mix(0) != 0 || Mix(1) == 1 || Pair(1, 2) == Pair(2, 1) {
		t.Error("Mix / Pair")
	}
}
