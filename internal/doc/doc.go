// Package doc defines Document, the unit that every reader produces and every
// later stage consumes: one article's text with the metadata that came with it.
package doc

// Document is one input article as read, before any analysis.
//
// Text is kept exactly as the input gave it (for JSON Lines input, byte for
// byte), because every offset in the analysis indexes it.
type Document struct {
	// ID is the input's id, else the file's path stem, else a content hash.
	ID string
	// Title is the headline, when the input had one.
	Title string
	// URL is where the document was published or fetched from.
	URL string
	// Source is the outlet, else the agency named in the dateline.
	Source string
	// Published is the publication date as YYYY-MM-DD, "" when unknown.
	Published string
	// Dateline is the wire-style dateline at the start of the body, if any.
	Dateline *Dateline
	// Text is the body text that the analysis offsets index.
	Text string
	// Origin names where the document came from, for messages: a path, a
	// URL, "path:line" for a JSON Lines record, "-" for stdin, or a feed
	// item's link.
	Origin string
}

// Dateline is a wire-report dateline such as "MOSCOW (Reuters) -" or
// "KYIV, Dec 3 (AP) —". Start and End are UTF-8 byte offsets into
// Document.Text, half-open, covering the whole dateline including its
// closing dash or colon.
type Dateline struct {
	// Place is the place name in display case, e.g. "Washington, D.C.".
	Place string
	// Start and End delimit the whole dateline in the text.
	Start, End int
	// Agency is the news agency named in brackets, e.g. "Reuters"; "" if none.
	Agency string
	// Year, Month and Day are the dateline's date parts, 0 when absent.
	Year, Month, Day int
}
