// Package datafiles reads layered knowledge files: the files embedded in
// the binary, then users' directories that add to or override them
// (--actors DIR, the gazetteer's extra directories). Each layer is read in
// file-name order, so the result does not depend on the file system.
package datafiles

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Read calls add for every file of fsys matching pattern (layer 0, named
// "embedded:" and its path), then for every "*.txt" file of each
// directory of dirs (layer 1, 2, ...; subdirectories and hidden files
// skipped). what names the data in errors ("gazetteer"). The first error
// stops the reading.
func Read(fsys fs.FS, pattern string, dirs []string, what string, add func(layer int, r io.Reader, name string) error) error {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return err
	}
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			return err
		}
		err = add(0, f, "embedded:"+n)
		f.Close()
		if err != nil {
			return err
		}
	}
	for i, dir := range dirs {
		des, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("%s directory %s: %w", what, dir, err)
		}
		for _, de := range des {
			if de.IsDir() || !strings.HasSuffix(de.Name(), ".txt") || strings.HasPrefix(de.Name(), ".") {
				continue
			}
			p := filepath.Join(dir, de.Name())
			f, err := os.Open(p)
			if err != nil {
				return fmt.Errorf("%s file %s: %w", what, p, err)
			}
			err = add(i+1, f, p)
			f.Close()
			if err != nil {
				return err
			}
		}
	}
	return nil
}
