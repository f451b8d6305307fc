package store

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"parley/internal/analysis"
	"parley/internal/shared"
)

// The contract's worked example holds every kind of record; it must survive
// the store unchanged: as a JSON line, and field by field from the tables.
func TestContractExampleRoundTrip(t *testing.T) {
	raw, err := os.ReadFile(shared.Path(t, "examples/border-talks.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var line bytes.Buffer
	if err := json.Compact(&line, raw); err != nil {
		t.Fatal(err)
	}
	var want analysis.Analysis
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.IngestLines(ctx, [][]byte{line.Bytes()}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := s.ExportJSONL(ctx, &out); err != nil {
		t.Fatal(err)
	}
	if got := bytes.TrimSuffix(out.Bytes(), []byte("\n")); !bytes.Equal(got, line.Bytes()) {
		t.Errorf("exported line differs from the ingested one")
	}
	got, _, err := s.Document(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Compare as JSON values: the decoded example has nil where the store
	// gives empty arrays, which encode the same once omitted or empty.
	if !reflect.DeepEqual(normalise(t, got), normalise(t, &want)) {
		gj, _ := json.Marshal(got)
		t.Errorf("rebuilt analysis differs from the example\n got: %s\nwant: %s", gj, line.Bytes())
	}
}

// normalise decodes a's JSON into generic values, dropping empty arrays,
// which the contract treats as absent.
func normalise(t *testing.T, a *analysis.Analysis) any {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return dropEmpty(v)
}

func dropEmpty(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if arr, ok := e.([]any); ok && len(arr) == 0 {
				delete(x, k)
				continue
			}
			x[k] = dropEmpty(e)
		}
	case []any:
		for i := range x {
			x[i] = dropEmpty(x[i])
		}
	}
	return v
}
