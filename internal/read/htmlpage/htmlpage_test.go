package htmlpage

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// page builds a test page around an article body of our own writing.
func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" +
		"<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>" +
		"<article>" + body + "</article><footer>Contact us</footer></body></html>"
}

const para1 = "Negotiators from the two port authorities met again on Monday, officials said, after a pause of several weeks in the talks over shared berths."
const para2 = "The chair of the northern authority called the meeting useful and said a second round would follow within a month."
const para3 = "A spokesman for the southern authority was more cautious, saying that no agreement had been reached on fees and that several issues remained open."

func TestParse(t *testing.T) {
	body := "<h1>Harbour talks resume</h1><p>" + para1 + "</p><p>" + para2 + "</p><p>" + para3 + "</p>"
	tests := []struct {
		name                                string
		html, pageURL                       string
		title, url, source, published, text string // text "" means: the three paragraphs
		place                               string
	}{
		{
			name: "metadata from meta tags",
			html: page(`<title>Harbour talks resume | The Example Post</title>
				<meta property="og:site_name" content="The Example Post">
				<meta property="article:published_time" content="2025-03-12T23:30:00-05:00">
				<link rel="canonical" href="https://example.org/news/harbour">`, body),
			title: "Harbour talks resume", url: "https://example.org/news/harbour", source: "The Example Post", published: "2025-03-12",
		},
		{
			name:    "page URL wins over canonical; og:url used otherwise",
			html:    page(`<title>Harbour talks resume</title><link rel="canonical" href="https://example.org/a">`, body),
			pageURL: "https://mirror.example.net/a",
			title:   "Harbour talks resume", url: "https://mirror.example.net/a",
		},
		{
			name:  "og:url, relative canonical ignored",
			html:  page(`<title>Harbour talks resume</title><link rel="canonical" href="/a"><meta property="og:url" content="https://example.org/og">`, body),
			title: "Harbour talks resume", url: "https://example.org/og",
		},
		{
			name: "JSON-LD date in a graph",
			html: page(`<title>Harbour talks resume</title><script type="application/ld+json">
				{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-11-02T10:00:00Z"}]}</script>`, body),
			title: "Harbour talks resume", published: "2024-11-02",
		},
		{
			name:  "time element date",
			html:  page(`<title>Harbour talks resume</title>`, `<p><time datetime="2024-07-09">9 July</time></p>`+body),
			title: "Harbour talks resume", published: "2024-07-09",
			text: "9 July\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3,
		},
		{
			name:  "loose meta date form",
			html:  page(`<title>Harbour talks resume</title><meta name="pubdate" content="2024-05-06T08:00:00.000+0000">`, body),
			title: "Harbour talks resume", published: "2024-05-06",
		},
		{
			// The dateline's date stays in the dateline; the pipeline
			// decides whether it becomes the publication date.
			name:  "dateline gives agency, not the publication date",
			html:  page(`<title>Harbour talks resume</title>`, "<p>OSLO, March 3, 2025 (Example Wire) - "+para1+"</p><p>"+para2+"</p>"),
			title: "Harbour talks resume", source: "Example Wire", place: "Oslo",
			text: "OSLO, March 3, 2025 (Example Wire) - " + para1 + "\n\n" + para2,
		},
		{
			name:  "a heading that differs from the title stays in the text",
			html:  page(`<title>Port news</title>`, body),
			title: "Port news",
			text:  "Harbour talks resume\n\n" + para1 + "\n\n" + para2 + "\n\n" + para3,
		},
		{
			name: "short page falls back to the body",
			html: "<p>Rain fell.</p>",
			text: "Rain fell.",
		},
		{
			name: "malformed markup is still read",
			html: "<html><body><div><p>Rain <b>fell<p>on the <i>port</div></span></body></html></html>",
			text: "Rain fell\n\non the port",
		},
		{
			name:  "Latin-1 page",
			html:  "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Caf\xe9 au lait.</p></body></html>",
			title: "Café", text: "Café au lait.",
		},
		{
			name:  "UTF-8 page mislabelled Latin-1",
			html:  "<html><head><meta charset=\"iso-8859-1\"><title>Café</title></head><body><p>Café.</p></body></html>",
			title: "Café", text: "Café.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("page.html", []byte(tc.html), tc.pageURL)
			if err != nil {
				t.Fatal(err)
			}
			want := tc.text
			if want == "" {
				want = para1 + "\n\n" + para2 + "\n\n" + para3
			}
			if d.Text != want {
				t.Errorf("Text = %q\nwant %q", d.Text, want)
			}
			if d.Title != tc.title || d.URL != tc.url || d.Source != tc.source || d.Published != tc.published {
				t.Errorf("title, url, source, published = %q, %q, %q, %q\nwant %q, %q, %q, %q",
					d.Title, d.URL, d.Source, d.Published, tc.title, tc.url, tc.source, tc.published)
			}
			if d.Origin != "page.html" || d.ID != "" {
				t.Errorf("Origin, ID = %q, %q", d.Origin, d.ID)
			}
			switch {
			case tc.place == "" && d.Dateline != nil:
				t.Errorf("unexpected dateline %+v", *d.Dateline)
			case tc.place != "" && (d.Dateline == nil || d.Dateline.Place != tc.place):
				t.Errorf("dateline = %+v, want place %q", d.Dateline, tc.place)
			}
		})
	}
}

func TestParseUTF16(t *testing.T) {
	// A byte order mark declares UTF-16 even though the bytes hold NULs.
	src := "<html><body><p>Caf\u00e9 au lait.</p></body></html>"
	data := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(src)) {
		data = append(data, byte(u), byte(u>>8))
	}
	d, err := Parse("u.html", data, "")
	if err != nil || d.Text != "Café au lait." {
		t.Errorf("got %q, %v; want the decoded text", d.Text, err)
	}
}

func TestParseBadInput(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "p.html: empty document"},
		{"white space", " \n ", "p.html: empty document"},
		{"no text", "<html><head><title>T</title><script>var a = 1;</script></head><body><img src=x></body></html>", "p.html: no article text found"},
		{"only markup", "<div><span> </span></div><p>\n</p>", "p.html: no article text found"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "p.html: binary data"},
		{"invalid UTF-8, undeclared", "<p>Caf\xe9</p>", "p.html: invalid UTF-8 at byte offset 6"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("p.html", []byte(tc.in), "")
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error = %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func TestParseDeterministic(t *testing.T) {
	src := []byte(page(`<title>T</title><meta property="og:site_name" content="S">`,
		"<div><h2>Part one</h2><p>"+para1+"</p></div><div class=\"sidebar\"><p>"+para3+"</p></div><p>"+para2+"</p>"))
	first, err := Parse("p.html", src, "")
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		d, err := Parse("p.html", src, "")
		if err != nil || d.Text != first.Text || d.Title != first.Title || d.Published != first.Published {
			t.Fatalf("run differs: %q vs %q (%v)", d.Text, first.Text, err)
		}
	}
}

func ExampleParse() {
	src := `<html><head><title>Rain at the port</title>
<meta property="article:published_time" content="2025-03-12T08:00:00Z"></head>
<body><p>BEIRUT — Rain fell on the port.</p><p>Ships waited  outside.</p></body></html>`
	d, err := Parse("rain.html", []byte(src), "https://example.org/rain")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s | %s | %s | %s\n%q\n", d.Title, d.URL, d.Published, d.Dateline.Place, d.Text)
	// Output:
	// Rain at the port | https://example.org/rain | 2025-03-12 | Beirut
	// "BEIRUT — Rain fell on the port.\n\nShips waited outside."
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		page(`<title>T</title><meta property="article:published_time" content="2025-03-12">`, "<p>OSLO (AFP) - "+para1+"</p>"),
		"<p>Rain fell.</p>",
		"<html><body><div><p>Rain <b>fell<p>on</div></span>",
		"<meta charset=\"iso-8859-1\"><p>Caf\xe9</p>",
		"<script type=\"application/ld+json\">{\"datePublished\":[[[{}]]]}</script><p>x</p>",
		"\xfe\xff\x00<\x00p\x00>\x00A",
		"<table><tr><td>a<td>b</table><br><br>c",
		"",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("<p>x</p>"), "https://example.org/x")
	f.Fuzz(func(t *testing.T, data []byte, pageURL string) {
		d, err := Parse("f.html", data, pageURL)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.html: ") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
			t.Fatalf("bad text %q", d.Text)
		}
		if dl := d.Dateline; dl != nil && (dl.Start < 0 || dl.Start > dl.End || dl.End > len(d.Text)) {
			t.Fatalf("dateline span [%d,%d) outside text", dl.Start, dl.End)
		}
		if d.Published != "" && len(d.Published) != 10 {
			t.Fatalf("published %q", d.Published)
		}
	})
}
