// Package feed reads RSS, Atom and JSON Feed documents.
package feed

import (
	"errors"

	"parley/internal/doc"
)

// Parse reads a feed; each item becomes a document. errs holds one error per
// item that could not be used; a feed that cannot be parsed at all gives no
// documents and one error.
func Parse(origin string, data []byte) (docs []doc.Document, errs []error) {
	return nil, []error{errors.New("not implemented")} // TODO(readers helper)
}
