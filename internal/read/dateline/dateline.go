// Package dateline finds wire-report datelines at the start of article text.
package dateline

import "parley/internal/doc"

// Find returns the dateline at the start of text (after any leading white
// space), or nil when there is none.
func Find(text string) *doc.Dateline { return nil } // TODO(readers helper)
