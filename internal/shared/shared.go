// Package shared locates the development data that lives beside the
// project in ../shared (see DEVELOPERS.md). The data is research-only and
// never part of the repository, so tests and benchmarks that need it skip
// with a clear message when it is absent, and a fresh clone still passes.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar names the environment variable that overrides where the shared
// directory is looked for.
const EnvVar = "PARLEY_SHARED"

// Dir returns the shared directory: $PARLEY_SHARED if set, else the
// directory "shared" beside the module root (the nearest ancestor of the
// working directory holding go.mod). ok is false when it does not exist.
func Dir() (dir string, ok bool) {
	if d := os.Getenv(EnvVar); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			return s, isDir(s)
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}

// Path returns the path of rel inside the shared directory's data folder
// (rel = "news-corpus/bbc.jsonl" is ../shared/data/news-corpus/bbc.jsonl),
// or, failing that, directly inside the shared directory (rel =
// "examples/border-talks.txt"). When neither exists it skips the test or
// benchmark with a message naming what is missing.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	dir, ok := Dir()
	if !ok {
		tb.Skipf("skipped: shared development data not found (looked for ../shared beside the module root; set %s to override); %s is needed", EnvVar, rel)
	}
	for _, p := range []string{filepath.Join(dir, "data", rel), filepath.Join(dir, rel)} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	tb.Skipf("skipped: %s not found in the shared data at %s", rel, dir)
	return ""
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
