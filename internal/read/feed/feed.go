// Package feed reads RSS, Atom and JSON Feed documents: each item becomes a
// document whose text is the item's content (else its description)
// converted from HTML to plain text.
package feed

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"

	"parley/internal/doc"
	"parley/internal/read"
)

// Parse reads a feed; each item becomes a document. errs holds one error per
// item that could not be used; a feed that cannot be parsed at all gives no
// documents and one error.
//
// Each document's Origin is origin + "#" + the item's 1-based position in
// the feed, so that messages point at the item even when it has no link.
func Parse(origin string, data []byte) (docs []doc.Document, errs []error) {
	f, err := parse(origin, data)
	if err != nil {
		return nil, []error{err}
	}
	source := clean(f.Title)
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		at := fmt.Sprintf("%s#%d", origin, i+1)
		d, err := item(at, source, it)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: feed has no items", origin))
	}
	return docs, errs
}

// parse runs gofeed, turning a panic inside it into this feed's error:
// one malformed feed must not end a whole run.
func parse(origin string, data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%s: cannot parse feed: internal error: %v", origin, r)
		}
	}()
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: empty document", origin)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("%s: binary data (NUL byte at offset %d)", origin, i)
	}
	f, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable RSS, Atom or JSON feed: %v", origin, err)
	}
	return f, nil
}

// item turns one feed item into a document; at is "origin#N".
func item(at, source string, it *gofeed.Item) (doc.Document, error) {
	name := at
	if t := clean(it.Title); t != "" {
		name = fmt.Sprintf("%s (%q)", at, t)
	} else if it.Link != "" {
		name = fmt.Sprintf("%s (%s)", at, it.Link)
	}
	text := read.FragmentText(it.Content)
	if strings.TrimSpace(text) == "" {
		text = read.FragmentText(it.Description)
	}
	if err := read.CheckText(name, text); err != nil {
		if strings.TrimSpace(text) == "" {
			return doc.Document{}, fmt.Errorf("%s: item has no text (no content or description)", name)
		}
		return doc.Document{}, err
	}
	d := doc.Document{
		Title:  clean(it.Title),
		URL:    strings.TrimSpace(it.Link),
		Source: source,
		Text:   text,
		Origin: at,
		ID:     strings.TrimSpace(it.GUID),
	}
	if d.ID == "" {
		d.ID = d.URL
	}
	d.Published = date(it)
	if dl := read.FindDateline(text); dl != nil {
		d.Dateline = dl
		if d.Source == "" {
			d.Source = dl.Agency
		}
	}
	return d, nil
}

// date is the item's publication date, else its update date. The written
// form is preferred over gofeed's parsed time, which is moved to UTC and so
// can shift the publisher's date by a day.
func date(it *gofeed.Item) string {
	if d, err := read.ParseDate(it.Published); err == nil {
		return d
	}
	if it.PublishedParsed != nil {
		return read.DateOf(*it.PublishedParsed)
	}
	if d, err := read.ParseDate(it.Updated); err == nil {
		return d
	}
	if it.UpdatedParsed != nil {
		return read.DateOf(*it.UpdatedParsed)
	}
	return ""
}

// clean folds white space in a one-line value such as a title. Feed titles
// may carry markup or entities; those are converted like item text.
func clean(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = read.FragmentText(s)
	}
	return strings.Join(strings.Fields(s), " ")
}
