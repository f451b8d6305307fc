// Package jsonl reads JSON Lines documents as described in the contract.
package jsonl

import (
	"errors"
	"io"

	"parley/internal/doc"
)

// Read streams the JSON Lines documents in r, calling fn once per non-blank
// line with either the document or an error naming origin and the line
// number. A line longer than maxLine bytes is an error for that line only.
// Read stops early when fn returns an error, and returns it.
func Read(origin string, r io.Reader, maxLine int, fn func(d doc.Document, err error) error) error {
	return errors.New("not implemented") // TODO(readers helper)
}
