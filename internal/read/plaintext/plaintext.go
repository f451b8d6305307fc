// Package plaintext reads plain-text articles.
package plaintext

import (
	"errors"

	"parley/internal/doc"
)

// Parse reads one plain-text article. origin names the input in errors.
func Parse(origin string, data []byte) (doc.Document, error) {
	return doc.Document{}, errors.New("not implemented") // TODO(readers helper)
}
