package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"parley/internal/analysis"
	"parley/internal/store"
)

// A store is opened (and created) at a path; analyses go in by batches and
// can be searched sentence by sentence.
func Example() {
	dir, err := os.MkdirTemp("", "parley-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "parley.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	text := "Aldora and Beneland held talks. The talks ended without a deal."
	a := &analysis.Analysis{ID: "doc-1", Title: "Talks", Text: text,
		Sentences: []analysis.Sentence{{Start: 0, End: 31}, {Start: 32, End: 63}}}
	for i := 0; i < 2; i++ { // the second time, nothing is written
		out, err := s.IngestBatch(ctx, []*analysis.Analysis{a})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(out[0])
	}

	hits, err := s.Search(ctx, "deal", 10)
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Printf("%s sentence %d [%d,%d): %s\n", h.DocID, h.Sentence, h.Start, h.End, h.Snippet)
	}
	// Output:
	// added
	// unchanged
	// doc-1 sentence 1 [32,63): The talks ended without a [deal].
}

// ExportCSV writes one table for spreadsheets and notebooks.
func ExampleStore_ExportCSV() {
	dir, err := os.MkdirTemp("", "parley-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "parley.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	a := &analysis.Analysis{ID: "doc-1", Text: "Rain fell. Then, sun.",
		Sentences: []analysis.Sentence{{Start: 0, End: 10}, {Start: 11, End: 21}}}
	if _, err := s.IngestBatch(ctx, []*analysis.Analysis{a}); err != nil {
		log.Fatal(err)
	}
	if err := s.ExportCSV(ctx, os.Stdout, "sentences"); err != nil {
		log.Fatal(err)
	}
	// Output:
	// doc_id,sentence,start,end,heading,text
	// doc-1,0,0,10,false,Rain fell.
	// doc-1,1,11,21,false,"Then, sun."
}
