// Package htmlpage reads HTML pages: the article's main text (found with
// go-readability), its title, URL, outlet and publication date from the
// page's metadata, and a dateline at the start of the text.
package htmlpage

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"parley/internal/doc"
	"parley/internal/read"
)

// Parse reads one HTML page. pageURL, when not empty, is where it was
// fetched from. origin names the input in errors.
//
// A page declared in another character set (byte order mark or <meta
// charset>) is decoded to UTF-8 first; an undeclared page must be UTF-8.
func Parse(origin string, data []byte, pageURL string) (d doc.Document, err error) {
	// Readability walks arbitrary markup; a bug there must become this
	// page's error, not end the whole run.
	defer func() {
		if r := recover(); r != nil {
			d, err = doc.Document{}, fmt.Errorf("%s: cannot read HTML: internal error: %v", origin, r)
		}
	}()
	src, err := decode(origin, data)
	if err != nil {
		return doc.Document{}, err
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return doc.Document{}, fmt.Errorf("%s: cannot parse HTML: %v", origin, err)
	}
	m := metadata(root)

	var base *url.URL
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			base = u
		}
	}
	// Readability mutates the tree, so metadata is read first.
	parser := readability.NewParser()
	article, aerr := parser.ParseAndMutate(root, base)
	text := ""
	if aerr == nil && article.Node != nil {
		text = read.HTMLText(article.Node)
	}
	if text == "" {
		// Readability gives up on some short pages; the body's own text is
		// better than nothing when there is any.
		if body := m.body; body != nil {
			text = read.HTMLText(body)
		}
	}
	if strings.TrimSpace(text) == "" {
		return doc.Document{}, fmt.Errorf("%s: no article text found", origin)
	}
	if err := read.CheckText(origin, text); err != nil {
		return doc.Document{}, err
	}

	d = doc.Document{Text: text, Origin: origin, URL: pageURL}
	d.Source = cmp.Or(clean(m.siteName), clean(article.SiteName()))
	// og:title is the headline proper; the page title often carries the
	// outlet's name as well, which is cut off when it is known.
	d.Title = stripSite(cmp.Or(m.ogTitle, clean(article.Title()), m.title), d.Source)
	if d.URL == "" {
		d.URL = cmp.Or(absURL(m.canonical), absURL(m.ogURL))
	}
	d.Published = m.published
	if d.Published == "" {
		if t, err := article.PublishedTime(); err == nil {
			d.Published = read.DateOf(t)
		}
	}
	if d.Published == "" {
		d.Published = m.timeElem
	}
	if dl := read.FindDateline(text); dl != nil {
		d.Dateline = dl
		if d.Source == "" {
			d.Source = dl.Agency
		}
	}
	return d, nil
}

// decode returns the page as UTF-8 text. It trusts a byte order mark, and
// a declared charset when the bytes are not UTF-8 already (pages that
// declare Latin-1 but are UTF-8 are common; the reverse cannot be valid
// UTF-8 by accident in any useful text).
func decode(origin string, data []byte) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, "")
	declared := certain || hasCharsetDecl(data)
	if name != "utf-8" && declared && (certain || !utf8.Valid(data)) {
		out, _, err := transform.Bytes(enc.NewDecoder(), data)
		if err != nil {
			return "", fmt.Errorf("%s: cannot decode %s: %v", origin, name, err)
		}
		data = out
	}
	s := strings.TrimPrefix(string(data), "\uFEFF")
	if err := read.CheckText(origin, s); err != nil {
		return "", err
	}
	return s, nil
}

// hasCharsetDecl reports a charset declaration in the part of the page
// that charset.DetermineEncoding prescans.
func hasCharsetDecl(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// meta is what the page says about itself outside the article text.
type meta struct {
	title, ogTitle, canonical, ogURL, siteName string
	published                                  string // from meta tags or JSON-LD, normalised
	timeElem                                   string // from the first dated <time>, normalised
	body                                       *html.Node
}

// publishedKeys are the meta names and properties that carry a publication
// date, in order of preference.
var publishedKeys = []string{
	"article:published_time", "og:published_time", "datepublished",
	"publication_date", "publishdate", "publish-date", "pubdate",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.date", "date",
}

func metadata(root *html.Node) meta {
	var m meta
	dates := map[string]string{}
	var jsonLD []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
					m.title = clean(n.FirstChild.Data)
				}
			case atom.Body:
				if m.body == nil {
					m.body = n
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				key := strings.ToLower(cmp.Or(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:url":
					if m.ogURL == "" {
						m.ogURL = content
					}
				case "og:title":
					if m.ogTitle == "" {
						m.ogTitle = clean(content)
					}
				case "og:site_name":
					if m.siteName == "" {
						m.siteName = content
					}
				default:
					if _, seen := dates[key]; !seen && content != "" {
						dates[key] = content
					}
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					jsonLD = append(jsonLD, n.FirstChild.Data)
				}
			case atom.Time:
				if m.timeElem == "" {
					if d, ok := looseDate(attr(n, "datetime")); ok {
						m.timeElem = d
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, k := range publishedKeys {
		if d, ok := looseDate(dates[k]); ok {
			m.published = d
			break
		}
	}
	if m.published == "" {
		for _, s := range jsonLD {
			if d, ok := ldDate(s); ok {
				m.published = d
				break
			}
		}
	}
	return m
}

// ldDate finds datePublished (else dateCreated) in a JSON-LD block, which
// may be one object, an array of them, or an object with an @graph.
func ldDate(s string) (string, bool) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return "", false
	}
	for _, key := range []string{"datePublished", "dateCreated"} {
		if d, ok := findKey(v, key, 0); ok {
			return d, true
		}
	}
	return "", false
}

func findKey(v any, key string, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok {
			if d, ok := looseDate(s); ok {
				return d, true
			}
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if d, ok := findKey(x[k], key, depth+1); ok {
				return d, true
			}
		}
	case []any:
		for _, e := range x {
			if d, ok := findKey(e, key, depth+1); ok {
				return d, true
			}
		}
	}
	return "", false
}

// stripSite removes a trailing " | Site", " - Site" or " — Site" from a
// title when Site is the page's outlet.
func stripSite(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && t != "" {
			return t
		}
	}
	return title
}

// absURL returns s when it is an absolute http(s) URL, else "": a
// relative canonical link cannot name the page on its own.
func absURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// clean folds white space in a one-line value such as a title.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// looseDate normalises a metadata date to YYYY-MM-DD.
func looseDate(s string) (string, bool) {
	d, err := read.ParseDate(s)
	return d, err == nil
}
