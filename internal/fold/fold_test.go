package fold

import (
	"fmt"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, fold, lower, capFirst string }{
		{"Élysée", "Elysee", "elysee", "Élysée"},
		{"Erdoğan", "Erdogan", "erdogan", "Erdoğan"},
		{"Kyiv’s", "Kyiv's", "kyiv's", "Kyiv’s"},
		{"the", "the", "the", "The"},
		{"Straße", "Strasse", "strasse", "Straße"},
		{"", "", "", ""},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.fold {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.fold)
		}
		if got := Lower(tc.in); got != tc.lower {
			t.Errorf("Lower(%q) = %q, want %q", tc.in, got, tc.lower)
		}
		if got := CapFirst(tc.in); got != tc.capFirst {
			t.Errorf("CapFirst(%q) = %q, want %q", tc.in, got, tc.capFirst)
		}
	}
	if Upper("Kyiv") != "KYIV" || Upper("ÉLYSÉE") != "ÉLYSÉE" {
		t.Error("Upper")
	}
	if !IsASCII("Kyiv") || IsASCII("Kyïv") || !HasUpperASCII("aB") || HasUpperASCII("ab") {
		t.Error("IsASCII / HasUpperASCII")
	}
	var buf [32]byte
	if got := string(Append(buf[:0], "ÉLYSÉE", true)); got != "elysee" {
		t.Errorf("Append lower = %q", got)
	}
}

func ExampleFold() {
	fmt.Println(Fold("Recep Tayyip Erdoğan"), Lower("ÉLYSÉE"))
	// Output: Recep Tayyip Erdogan elysee
}
