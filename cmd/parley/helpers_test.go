package main

import (
	"os"
	"testing"

	"parley/internal/shared"
)

func sharedPath(t *testing.T, rel string) string {
	t.Helper()
	return shared.Path(t, rel)
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
