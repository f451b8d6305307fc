// Package htmlpage reads HTML pages.
package htmlpage

import (
	"errors"

	"parley/internal/doc"
)

// Parse reads one HTML page. pageURL, when not empty, is where it was
// fetched from. origin names the input in errors.
func Parse(origin string, data []byte, pageURL string) (doc.Document, error) {
	return doc.Document{}, errors.New("not implemented") // TODO(readers helper)
}
