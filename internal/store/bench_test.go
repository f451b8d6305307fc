package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"parley/internal/analysis"
)

// benchDocs makes n small invented documents of six sentences (about 600
// bytes), like today's pipeline output: text and sentences, other arrays
// empty.
func benchDocs(n int) []*analysis.Analysis {
	words := strings.Fields("aldora beneland talks border envoy minister ceasefire harbour delegation summit " +
		"statement agreement trade sanctions visit meeting officials spokesman capital river")
	docs := make([]*analysis.Analysis, n)
	for i := range docs {
		var b strings.Builder
		for s := 0; s < 6; s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("The")
			for w := 0; w < 14; w++ {
				b.WriteByte(' ')
				b.WriteString(words[(i*7+s*3+w*w)%len(words)])
			}
			fmt.Fprintf(&b, " %d.", i)
		}
		a := smallAnalysis(fmt.Sprintf("bench-%05d", i), b.String())
		a.Title = fmt.Sprintf("Bench document %d", i)
		a.URL = fmt.Sprintf("https://example.test/%d", i)
		a.Published = "2031-06-01"
		docs[i] = a
	}
	return docs
}

// BenchmarkIngest measures ingesting 2000 small documents into a new store
// in batches of 200; docs/s is the figure to watch.
func BenchmarkIngest(b *testing.B) {
	const n, batchSize = 2000, 200
	docs := benchDocs(n)
	benchIngest(b, docs, batchSize)
}

// benchIngest ingests docs into a new store per iteration, in batches,
// timing only the ingest.
func benchIngest(b *testing.B, docs []*analysis.Analysis, batchSize int) {
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for j := 0; j < len(docs); j += batchSize {
			if _, err := s.IngestBatch(ctx, docs[j:min(j+batchSize, len(docs))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkIngestFull is BenchmarkIngest with every contract array filled
// (the full test fixture), as the complete pipeline will produce.
func BenchmarkIngestFull(b *testing.B) {
	const n, batchSize = 2000, 200
	docs := make([]*analysis.Analysis, n)
	for i := range docs {
		docs[i] = fullAnalysis(b, fmt.Sprintf("full-%05d", i))
	}
	benchIngest(b, docs, batchSize)
}

// BenchmarkReingestUnchanged measures the idempotent path: every document
// is already stored, so only hashes are compared.
func BenchmarkReingestUnchanged(b *testing.B) {
	const n, batchSize = 2000, 200
	docs := benchDocs(n)
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for j := 0; j < n; j += batchSize {
		if _, err := s.IngestBatch(ctx, docs[j:j+batchSize]); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := 0; j < n; j += batchSize {
			if _, err := s.IngestBatch(ctx, docs[j:j+batchSize]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSearch measures a two-word query over 2000 documents.
func BenchmarkSearch(b *testing.B) {
	const n = 2000
	docs := benchDocs(n)
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.IngestBatch(ctx, docs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Search(ctx, "ceasefire summit", 20); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocuments measures rebuilding every analysis from the tables
// (2000 full-fixture documents).
func BenchmarkDocuments(b *testing.B) {
	const n = 2000
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := make([]*analysis.Analysis, n)
	for i := range docs {
		docs[i] = fullAnalysis(b, fmt.Sprintf("full-%05d", i))
	}
	if _, err := s.IngestBatch(ctx, docs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got := 0
		if err := s.Documents(ctx, func(*analysis.Analysis) error { got++; return nil }); err != nil || got != n {
			b.Fatalf("Documents: %d documents, %v", got, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}
