package pipeline

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/read/plaintext"
)

// TestParallelAnalyzersAgree runs four Analyzers at once over the
// project's own example articles and checks each output against a
// sequential run, byte for byte: the stages share their models, tables
// and dictionaries (events.Default, places.Default, pos.Default, the
// stories lexicon, the cameo table) and must not share mutable state.
// Run it with -race to check for data races as well.
func TestParallelAnalyzersAgree(t *testing.T) {
	var docs []*doc.Document
	for _, glob := range []string{"../../examples/*.txt", "../../cmd/parley/testdata/*.txt"} {
		names, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			d, err := plaintext.Parse(name, b)
			if err != nil {
				t.Fatal(err)
			}
			d.ID, d.Published = filepath.Base(name), "2025-03-12"
			docs = append(docs, &d)
		}
	}
	if len(docs) < 4 {
		t.Fatalf("only %d documents found", len(docs))
	}
	encode := func(az *Analyzer, d *doc.Document) string {
		line, err := analysis.Marshal(az.Analyze(d))
		if err != nil {
			t.Error(err)
		}
		return string(line)
	}
	want := make([]string, len(docs))
	seq := NewAnalyzer(Options{})
	for i, d := range docs {
		want[i] = encode(seq, d)
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			az := NewAnalyzer(Options{})
			for k := range docs {
				i := (k + w) % len(docs) // each worker in another order
				if got := encode(az, docs[i]); got != want[i] {
					t.Errorf("worker %d, %s: output differs from the sequential run", w, docs[i].ID)
				}
			}
		}(w)
	}
	wg.Wait()
}
