package read

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestCheckText(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" means no error
	}{
		{"ordinary", "Rain fell on the port.", ""},
		{"tabs newlines form feed", "a\tb\r\nc\fd", ""},
		{"one stray control", "Rain\x1b fell on the port.", ""},
		{"empty", "", "doc.txt: empty document"},
		{"white space", " \t\r\n\u00a0\u2003", "doc.txt: empty document"},
		{"invalid UTF-8", "ab\xffcd", "doc.txt: invalid UTF-8 at byte offset 2"},
		{"truncated rune", "ab\xe2\x82", "doc.txt: invalid UTF-8 at byte offset 2"},
		{"NUL", "abc\x00def", "doc.txt: binary data (NUL byte at offset 3)"},
		{"many controls", "\x01\x02\x03\x04\x05\x06 some text", "doc.txt: binary data (6 control characters in 16 bytes)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckText("doc.txt", tc.text)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.want != "" && (err == nil || err.Error() != tc.want):
				t.Errorf("error = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-12", "2025-03-12"},
		{" 2025-03-12\n", "2025-03-12"},
		{"2025-03-12T08:15:00Z", "2025-03-12"},
		{"2025-03-12T23:30:00-05:00", "2025-03-12"}, // the publisher's date, not UTC's
		{"2025-03-12t23:30:00.123+01:00", "2025-03-12"},
		{"2025-03-12T08:15:00", "2025-03-12"},
		{"2025-03-12 08:15", "2025-03-12"},
		{"2025-03-12T08:15:00+0530", "2025-03-12"},
		{"2024-02-29", "2024-02-29"},
		{"2025-02-29", ""},
		{"2025-13-01", ""},
		{"2025-3-12", ""},
		{"12/03/2025", ""},
		{"March 12, 2025", ""},
		{"2025-03-12T25:00:00Z", ""},
		{"2025-03-12T08:15:00+05:00 junk", ""},
		{"2025-03-12junk", ""},
		{"", ""},
	}
	for _, tc := range tests {
		got, err := NormDate(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("NormDate(%q) = %q, want an error", tc.in, got)
			} else if !strings.Contains(err.Error(), fmt.Sprintf("%q", tc.in)) {
				t.Errorf("error %q does not name the input", err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("NormDate(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestDateHelpers(t *testing.T) {
	loc := time.FixedZone("X", -5*3600)
	if got := DateOf(time.Date(2025, 3, 12, 23, 30, 0, 0, loc)); got != "2025-03-12" {
		t.Errorf("DateOf = %q", got)
	}
	if got := DateOf(time.Time{}); got != "" {
		t.Errorf("DateOf(zero) = %q", got)
	}
	for _, tc := range []struct {
		y, m, d int
		want    string
	}{{2025, 1, 5, "2025-01-05"}, {0, 1, 5, ""}, {2025, 2, 30, ""}, {2025, 0, 1, ""}, {2025, 1, 0, ""}, {2024, 2, 29, "2024-02-29"}} {
		if got := YMD(tc.y, tc.m, tc.d); got != tc.want {
			t.Errorf("YMD(%d,%d,%d) = %q, want %q", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>One  two\nthree.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"br", "<p>Line one<br>line two<br><br>para</p>", "Line one\nline two\n\npara"},
		{"inline", "<p>A <b>bold</b> <a href=x>link</a>.</p>", "A bold link."},
		{"scripts dropped", "<div>Text<script>var x=1;</script><style>p{}</style> more</div>", "Text more"},
		{"headings and lists", "<h1>Title</h1><ul><li>one</li><li>two</li></ul>", "Title\n\none\n\ntwo"},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"},
		{"entities", "<p>Fish &amp; chips&nbsp;today</p>", "Fish & chips today"},
		{"empty", "<div> <p> </p> </div>", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := html.Parse(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := HTMLText(n); got != tc.want {
				t.Errorf("HTMLText = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"html", "<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."},
		{"plain with paragraphs", "One\nline.\n \nTwo &amp; three.", "One line.\n\nTwo & three."},
		{"escaped markup stays text", "Use &lt;b&gt; tags", "Use <b> tags"},
		{"broken markup", "<p>Unclosed <b>bold<div>and more", "Unclosed bold\n\nand more"},
		{"empty", "   ", ""},
		{"nesting too deep for the tree builder", strings.Repeat("<b>", 600) + "Deep<script>x()</script> text<p>Next", "Deep text\n\nNext"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FragmentText(tc.in); got != tc.want {
				t.Errorf("FragmentText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func ExampleFragmentText() {
	fmt.Printf("%q\n", FragmentText("<p>Talks  resumed.</p><p>Both sides<br>agreed.</p>"))
	// Output: "Talks resumed.\n\nBoth sides\nagreed."
}

func ExampleNormDate() {
	d, _ := NormDate("2025-03-12T23:30:00-05:00")
	fmt.Println(d)
	// Output: 2025-03-12
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-12", "2025-03-12"},
		{"2025-03-12T08:00:00.000+0000", "2025-03-12"},
		{"Wed, 12 Mar 2025 23:30:00 -0500", "2025-03-12"}, // not moved to UTC
		{"Sun, 2 Mar 2025 10:00:00 GMT", "2025-03-02"},
		{"Sun,  2 Mar 2025 10:00:00 GMT", "2025-03-02"},
		{"Wed, 12 Mar 25 08:00:00 +0000", "2025-03-12"},
		{"March 12, 2025", "2025-03-12"},
		{"12 March 2025", "2025-03-12"},
		{"2025/03/12", "2025-03-12"},
		{"yesterday", ""},
		{"", ""},
		{"2025-02-30", ""},
	}
	for _, tc := range tests {
		got, err := ParseDate(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %q, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestHeadlineAndFindDateline(t *testing.T) {
	tests := []struct {
		name, text, title, span string
	}{
		{"headline then dateline", "Harbour talks resume\n\nOSLO (AFP) - Talks resumed.", "Harbour talks resume", "OSLO (AFP) -"},
		{"dateline first", "OSLO (AFP) - Talks resumed.\n\nMore.", "", "OSLO (AFP) -"},
		{"headline, no dateline", "Harbour talks resume\n\nTalks resumed.", "Harbour talks resume", ""},
		{"sentence first line", "Talks resumed.\n\nOSLO (AFP) - Not at the start.", "", ""},
		{"CRLF", "Rain at the port\r\n\r\nBEIRUT — Rain fell.", "Rain at the port", "BEIRUT —"},
		{"no blank line", "Rain at the port\nBEIRUT — Rain fell.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, _, _ := Headline(tc.text)
			if title != tc.title {
				t.Errorf("Headline = %q, want %q", title, tc.title)
			}
			d := FindDateline(tc.text)
			got := ""
			if d != nil {
				got = tc.text[d.Start:d.End]
			}
			if got != tc.span {
				t.Errorf("FindDateline span = %q, want %q", got, tc.span)
			}
		})
	}
}

func TestTokenTextMatchesTree(t *testing.T) {
	for _, s := range []string{
		"<p>One  two</p><p>Three<br>four</p>",
		"<div>Text<script>var x;</script> more<style>p{}</style></div><ul><li>a</li><li>b</li></ul>",
		"<table><tr><td>a</td><td>b</td></tr></table>",
	} {
		if tree, tok := FragmentText(s), tokenText(s); tree != tok {
			t.Errorf("%q: tree %q, tokens %q", s, tree, tok)
		}
	}
}

func FuzzFragmentText(f *testing.F) {
	for _, s := range []string{"<p>One</p><p>Two<br>three</p>", "plain\n\ntext &amp; more", "<b><i>x</b></i>", "<script>x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{FragmentText(s), tokenText(s)} {
			if out != strings.TrimSpace(out) {
				t.Fatalf("untrimmed output %q", out)
			}
			if strings.Contains(out, "\n\n\n") || strings.Contains(out, "  ") {
				t.Fatalf("separators not folded: %q", out)
			}
		}
	})
}
