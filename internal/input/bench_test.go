package input

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkSniff(b *testing.B) {
	heads := [][]byte{
		[]byte("<?xml version=\"1.0\"?>\n<!-- generated -->\n<rss version=\"2.0\"><channel>"),
		[]byte("<!DOCTYPE html>\n<html lang=\"en\"><head><title>t</title>"),
		[]byte("{\"id\":\"a\",\"text\":\"The council met on Monday.\"}\n"),
		bytes.Repeat([]byte("The council met on Monday. "), 300),
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Sniff(heads[i%len(heads)])
	}
}

// BenchmarkWalkJSONL streams JSON Lines from stdin through the real reader.
func BenchmarkWalkJSONL(b *testing.B) {
	var buf bytes.Buffer
	for i := range 10000 {
		fmt.Fprintf(&buf, "{\"id\":\"n%d\",\"text\":\"Record %d: the council met on Monday and agreed to meet again.\"}\n", i, i)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := Walk(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data)}, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			n++
			return nil
		})
		if err != nil || n != 10000 {
			b.Fatalf("JSON Lines reader: %d records, %v", n, err)
		}
	}
}

// BenchmarkWalkDir walks a directory of small text files with the real
// plain-text reader.
func BenchmarkWalkDir(b *testing.B) {
	dir := b.TempDir()
	for i := range 500 {
		p := filepath.Join(dir, fmt.Sprintf("d%02d", i%10), fmt.Sprintf("f%03d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("Ministers meet again\n\nThe two ministers met on Tuesday and agreed to hold a second round of talks.\n"), 0o644)
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := Walk(context.Background(), []string{dir}, Options{}, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			n++
			return nil
		})
		if err != nil || n != 500 {
			b.Fatalf("plain-text reader: %d documents, %v", n, err)
		}
	}
}
