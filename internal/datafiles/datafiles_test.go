package datafiles

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestRead(t *testing.T) {
	embedded := fstest.MapFS{"data/b.txt": {Data: []byte("B")}, "data/a.txt": {Data: []byte("A")}, "data/x.md": {Data: []byte("no")}}
	dir := t.TempDir()
	for name, body := range map[string]string{"2.txt": "two", "1.txt": "one", ".hidden.txt": "no", "notes.md": "no"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := Read(embedded, "data/*.txt", []string{dir}, "test data", func(layer int, r io.Reader, name string) error {
		b, _ := io.ReadAll(r)
		got = append(got, string(rune('0'+layer))+":"+filepath.Base(name)+"="+string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "0:a.txt=A 0:b.txt=B 1:1.txt=one 1:2.txt=two"; strings.Join(got, " ") != want {
		t.Errorf("read %q, want %q", strings.Join(got, " "), want)
	}
	err = Read(embedded, "data/*.txt", []string{filepath.Join(dir, "missing")}, "test data", func(int, io.Reader, string) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "test data directory") {
		t.Errorf("missing directory: %v", err)
	}
}
