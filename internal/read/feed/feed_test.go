package feed

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>The Example Post</title><link>https://example.org/</link><description>News</description>
<item>
  <title>Harbour talks resume</title>
  <link>https://example.org/news/harbour</link>
  <guid>urn:example:1</guid>
  <pubDate>Wed, 12 Mar 2025 23:30:00 -0500</pubDate>
  <description>&lt;p&gt;OSLO (Example Wire) - Negotiators met again.&lt;/p&gt;&lt;p&gt;Both sides   agreed to talk.&lt;/p&gt;</description>
</item>
<item>
  <title>Empty item</title>
  <link>https://example.org/news/empty</link>
</item>
<item>
  <link>https://example.org/news/plain</link>
  <description>Plain text, no markup.

A second paragraph &amp; more.</description>
</item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom Desk</title>
  <id>urn:example:atom</id>
  <updated>2025-01-06T00:00:00Z</updated>
  <entry>
    <title>Fog closes airport</title>
    <link href="https://example.org/fog"/>
    <id>urn:example:fog</id>
    <updated>2025-01-06T09:00:00+01:00</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;LONDON, Jan. 5, 2025 (AFP) – Fog closed the airport.&lt;/p&gt;</content>
  </entry>
</feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"Example JSON Desk",
 "items":[{"id":"j1","url":"https://example.org/j1","title":"Rain","content_html":"<p>Rain fell.</p>","date_published":"2025-02-01T10:00:00Z"},
          {"id":"j2","content_text":"Plain   text item."}]}`

func TestParseRSS(t *testing.T) {
	docs, errs := Parse("news.rss", []byte(rss))
	if len(docs) != 2 || len(errs) != 1 {
		t.Fatalf("got %d docs, %d errors (%v); want 2 and 1", len(docs), len(errs), errs)
	}
	if want := `news.rss#2 ("Empty item"): item has no text`; !strings.HasPrefix(errs[0].Error(), want) {
		t.Errorf("error = %q, want prefix %q", errs[0], want)
	}
	d := docs[0]
	if d.Title != "Harbour talks resume" || d.URL != "https://example.org/news/harbour" || d.ID != "urn:example:1" ||
		d.Source != "The Example Post" || d.Origin != "news.rss#1" {
		t.Errorf("doc 1 metadata: %+v", d)
	}
	// The publisher's own date, not the UTC one (2025-03-13).
	if d.Published != "2025-03-12" {
		t.Errorf("Published = %q, want 2025-03-12", d.Published)
	}
	if want := "OSLO (Example Wire) - Negotiators met again.\n\nBoth sides agreed to talk."; d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if d.Dateline == nil || d.Dateline.Place != "Oslo" || d.Dateline.Agency != "Example Wire" {
		t.Errorf("Dateline = %+v", d.Dateline)
	}
	d = docs[1]
	if d.Text != "Plain text, no markup.\n\nA second paragraph & more." || d.ID != "https://example.org/news/plain" || d.Origin != "news.rss#3" {
		t.Errorf("doc 3: %+v", d)
	}
}

func TestParseAtom(t *testing.T) {
	docs, errs := Parse("news.atom", []byte(atomFeed))
	if len(docs) != 1 || len(errs) != 0 {
		t.Fatalf("got %d docs, errors %v", len(docs), errs)
	}
	d := docs[0]
	if d.Text != "LONDON, Jan. 5, 2025 (AFP) – Fog closed the airport." || d.Source != "Example Atom Desk" ||
		d.ID != "urn:example:fog" || d.URL != "https://example.org/fog" || d.Published != "2025-01-06" {
		t.Errorf("doc: %+v", d)
	}
}

func TestParseJSONFeed(t *testing.T) {
	docs, errs := Parse("news.json", []byte(jsonFeed))
	if len(docs) != 2 || len(errs) != 0 {
		t.Fatalf("got %d docs, errors %v", len(docs), errs)
	}
	if d := docs[0]; d.Text != "Rain fell." || d.ID != "j1" || d.Published != "2025-02-01" || d.Source != "Example JSON Desk" {
		t.Errorf("doc 1: %+v", d)
	}
	if d := docs[1]; d.Text != "Plain text item." || d.ID != "j2" || d.Published != "" {
		t.Errorf("doc 2: %+v", d)
	}
}

func TestParseBadFeeds(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "f.xml: empty document"},
		{"white space", "  \n", "f.xml: empty document"},
		{"binary", "\x1f\x8b\x08\x00\x00\x00", "f.xml: binary data (NUL byte at offset 3)"},
		{"not a feed", "<html><body><p>Hello</p></body></html>", "f.xml: not a readable RSS, Atom or JSON feed"},
		{"truncated RSS", `<rss version="2.0"><channel><title>T</title><item><title>A`, "f.xml: not a readable RSS, Atom or JSON feed"},
		{"broken JSON feed", `{"version":"https://jsonfeed.org/version/1.1","items":[`, "f.xml: not a readable RSS, Atom or JSON feed"},
		{"invalid UTF-8", "<rss version=\"2.0\"><channel><title>X</title><item><description>Caf\xe9</description></item></channel></rss>", "f.xml: not a readable RSS, Atom or JSON feed"},
		{"no items", `<rss version="2.0"><channel><title>T</title></channel></rss>`, "f.xml: feed has no items"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := Parse("f.xml", []byte(tc.in))
			if len(docs) != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tc.want) {
				t.Errorf("got %d docs, errors %v; want one error starting %q", len(docs), errs, tc.want)
			}
		})
	}
}

func TestParseBadItems(t *testing.T) {
	in := `<rss version="2.0"><channel><title>T</title>
<item><title>Spaces</title><description>   </description></item>
<item><title>Only markup</title><description>&lt;img src="x"&gt;</description></item>
<item><title>Good</title><description>Text.</description></item>
</channel></rss>`
	docs, errs := Parse("f.xml", []byte(in))
	if len(docs) != 1 || len(errs) != 2 {
		t.Fatalf("got %d docs, %d errors %v", len(docs), len(errs), errs)
	}
	for i, want := range []string{`f.xml#1 ("Spaces")`, `f.xml#2 ("Only markup")`} {
		if !strings.HasPrefix(errs[i].Error(), want) {
			t.Errorf("error %d = %q, want prefix %q", i, errs[i], want)
		}
	}
}

func TestParseEncodings(t *testing.T) {
	latin1 := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\xe9 Desk</title>" +
		"<item><title>Caf\xe9</title><description>Caf\xe9 au lait.</description></item></channel></rss>"
	xhtml := `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>X</title><content type="xhtml">` +
		`<div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; two.</p><p>Three.</p></div></content></entry></feed>`
	for _, tc := range []struct{ name, in, text, source string }{
		{"Latin-1 RSS", latin1, "Café au lait.", "Café Desk"},
		{"Atom XHTML content", xhtml, "One & two.\n\nThree.", "A"},
	} {
		docs, errs := Parse("f.xml", []byte(tc.in))
		if len(docs) != 1 || len(errs) != 0 || docs[0].Text != tc.text || docs[0].Source != tc.source {
			t.Errorf("%s: got %+v, %v", tc.name, docs, errs)
		}
	}
}

func ExampleParse() {
	docs, errs := Parse("desk.atom", []byte(atomFeed))
	for _, d := range docs {
		fmt.Println(d.Origin, d.Published, d.Source, d.Dateline.Place)
	}
	fmt.Println(len(errs), "errors")
	// Output:
	// desk.atom#1 2025-01-06 Example Atom Desk London
	// 0 errors
}

func FuzzFeed(f *testing.F) {
	for _, s := range []string{rss, atomFeed, jsonFeed,
		`<rss version="2.0"><channel><item><description>x</description></item></channel></rss>`,
		`{"version":"https://jsonfeed.org/version/1","items":[{"content_html":"<p>a"}]}`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>x</div></content></entry></feed>`,
		"<rss><channel><item><description>\xff</description></item></channel></rss>",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, errs := Parse("f.xml", data)
		for _, err := range errs {
			if err == nil || !strings.HasPrefix(err.Error(), "f.xml") {
				t.Fatalf("error does not name the input: %v", err)
			}
		}
		if len(docs) == 0 && len(errs) == 0 {
			t.Fatal("neither documents nor errors")
		}
		for _, d := range docs {
			if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
				t.Fatalf("bad text %q", d.Text)
			}
			if !strings.HasPrefix(d.Origin, "f.xml#") {
				t.Fatalf("origin %q", d.Origin)
			}
			if dl := d.Dateline; dl != nil && (dl.Start < 0 || dl.Start > dl.End || dl.End > len(d.Text)) {
				t.Fatalf("dateline span [%d,%d) outside text", dl.Start, dl.End)
			}
			if d.Published != "" && len(d.Published) != 10 {
				t.Fatalf("published %q", d.Published)
			}
		}
	})
}
