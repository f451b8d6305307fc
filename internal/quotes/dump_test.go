package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// TestDump writes the predictions for every article of a PolNeAR file as
// JSON Lines, for error analysis: PARLEY_QUOTES_DUMP=in.jsonl:out.jsonl.
func TestDump(t *testing.T) {
	spec := os.Getenv("PARLEY_QUOTES_DUMP")
	if spec == "" {
		t.Skip("set PARLEY_QUOTES_DUMP=in.jsonl:out.jsonl to dump predictions")
	}
	var in, out string
	for i := len(spec) - 1; i >= 0; i-- {
		if spec[i] == ':' {
			in, out = spec[:i], spec[i+1:]
			break
		}
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	enc := json.NewEncoder(w)
	for sc.Scan() {
		var d struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		enc.Encode(map[string]any{"id": d.ID, "quotes": Default().Quotes(d.Text)})
	}
}
