// Package plaintext reads plain-text articles.
//
// The text is kept as given (only a UTF-8 byte order mark is removed), so
// analysis offsets index the file's own bytes. A short first line followed
// by a blank line is taken as the headline; a wire dateline at the start of
// the body supplies the agency and, when it names the year, the date.
package plaintext

import (
	"strings"

	"parley/internal/doc"
	"parley/internal/read"
)

// Parse reads one plain-text article. origin names the input in errors.
func Parse(origin string, data []byte) (doc.Document, error) {
	text := strings.TrimPrefix(string(data), "\uFEFF")
	if err := read.CheckText(origin, text); err != nil {
		return doc.Document{}, err
	}
	d := doc.Document{Text: text, Origin: origin}
	if title, _, ok := read.Headline(text); ok {
		d.Title = title
	}
	if dl := read.FindDateline(text); dl != nil {
		d.Dateline = dl
		d.Source = dl.Agency
		// The dateline's date is not copied into Published: the pipeline
		// uses it only after --published (CONTRACT.md, "published").
	}
	return d, nil
}
