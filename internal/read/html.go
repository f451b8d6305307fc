package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText converts the HTML tree under n to plain text: block elements
// become paragraphs separated by one blank line, <br> becomes a line break,
// and white space inside a paragraph is folded to single spaces, because
// HTML white space is layout, not content. Scripts, styles, forms and other
// non-content elements are dropped.
func HTMLText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var w textWriter
	w.node(n)
	return w.b.String()
}

// FragmentText converts an HTML fragment, such as a feed item's content or
// description, to plain text as HTMLText does. A fragment with no markup at
// all is taken as plain text (feeds carry both): entities are decoded, blank
// lines still separate paragraphs, and other white space is folded.
func FragmentText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return plainFragment(html.UnescapeString(s))
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		// The tree builder refuses pathological nesting; the tokenizer
		// does not, and gives the same text for all but odd markup.
		return tokenText(s)
	}
	var w textWriter
	for _, c := range nodes {
		w.node(c)
	}
	return w.b.String()
}

// tokenText converts markup to text token by token, without building a
// tree: the same separators as HTMLText, with the contents of skipped
// elements dropped.
func tokenText(s string) string {
	var w textWriter
	z := html.NewTokenizer(strings.NewReader(s))
	skip := atom.Atom(0)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return w.b.String()
		case html.TextToken:
			if skip == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skip != 0:
				if a == skip && tt == html.EndTagToken {
					skip = 0
				}
			case a == atom.Br:
				if w.brks < 2 {
					w.brks++
				}
			case skipped(a):
				if tt == html.StartTagToken && !voidSkip(a) {
					skip = a
				}
			case a == atom.Td || a == atom.Th:
				w.space = true
			case isBlock(a):
				w.brk(2)
			}
		}
	}
}

// plainFragment folds white space in plain text, keeping blank lines as
// paragraph breaks and single line breaks as spaces.
func plainFragment(s string) string {
	var w textWriter
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		// A blank line: newline, optional blanks, newline.
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			w.text(s[start:i])
			w.brk(2)
			start = j + 1
			i = j
		}
	}
	w.text(s[start:])
	return w.b.String()
}

// textWriter accumulates text with pending separators, so that separators
// are only written between two pieces of text and never doubled or left
// dangling at either end.
type textWriter struct {
	b     strings.Builder
	space bool // white space seen since the last text
	brks  int  // 0 none, 1 line break, 2 paragraph break pending
}

func (w *textWriter) brk(n int) {
	if n > w.brks {
		w.brks = n
	}
}

// text appends s, folding its white space.
func (w *textWriter) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				w.space = true
				i++
				continue
			}
			w.sep()
			w.b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			w.space = true
		} else {
			w.sep()
			w.b.WriteString(s[i : i+size])
		}
		i += size
	}
}

// sep writes the pending separator before new text.
func (w *textWriter) sep() {
	if w.b.Len() > 0 {
		switch {
		case w.brks >= 2:
			w.b.WriteString("\n\n")
		case w.brks == 1:
			w.b.WriteByte('\n')
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.brks, w.space = 0, false
}

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		w.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipped(n.DataAtom) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		// Two <br> in a row are how many pages mark a paragraph.
		if w.brks < 2 {
			w.brks++
		}
		return
	case atom.Td, atom.Th:
		w.space = true
		w.children(n)
		w.space = true
		return
	}
	if isBlock(n.DataAtom) {
		w.brk(2)
		w.children(n)
		w.brk(2)
		return
	}
	w.children(n)
}

func (w *textWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

// skipped reports elements whose content is not article text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head,
		atom.Title, atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed,
		atom.Canvas, atom.Audio, atom.Video, atom.Select, atom.Button,
		atom.Textarea, atom.Input, atom.Form:
		return true
	}
	return false
}

// voidSkip reports skipped elements that have no end tag.
func voidSkip(a atom.Atom) bool { return a == atom.Input || a == atom.Embed }

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Div,
		atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Li, atom.Main,
		atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr, atom.Ul:
		return true
	}
	return false
}
