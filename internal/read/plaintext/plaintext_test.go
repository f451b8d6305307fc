package plaintext

import (
	"os"
	"path/filepath"

	"fmt"
	"parley/internal/shared"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		text   string // "" means the input itself
		title  string
		span   string // dateline text, "" for none
		place  string
		source string
		date   [3]int // the dateline's year, month, day
	}{
		{
			name:  "headline and dateline",
			in:    "Harbour talks resume\n\nOSLO, March 3 (Example Wire) - Negotiators met again.\n",
			title: "Harbour talks resume", span: "OSLO, March 3 (Example Wire) -", place: "Oslo", source: "Example Wire",
		},
		{
			name: "dateline with a year: the date stays in the dateline",
			in:   "LIMA, Jan. 5, 2025 (AFP) – The council voted.",
			span: "LIMA, Jan. 5, 2025 (AFP) –", place: "Lima", source: "AFP", date: [3]int{2025, 1, 5},
		},
		{
			name: "no headline when the first line ends a sentence",
			in:   "The council voted on Tuesday.\n\nIt adjourned.",
		},
		{
			name: "no headline without a blank line after it",
			in:   "Harbour talks resume\nNegotiators met again.",
		},
		{
			name: "no headline when the first line is long",
			in:   strings.Repeat("word ", 21) + "\n\nBody.",
		},
		{
			name:  "CRLF kept, headline found",
			in:    "Rain in the valley\r\n\r\nBEIRUT — Rain fell.\r\n",
			title: "Rain in the valley", span: "BEIRUT —", place: "Beirut",
		},
		{
			name: "BOM stripped",
			in:   "\uFEFFRain fell.", text: "Rain fell.",
		},
		{
			name:  "leading blank lines before the headline",
			in:    "\n\n  Quiet day at the port  \n \nShips waited.",
			title: "Quiet day at the port",
		},
		{
			name: "a dateline line is not a headline",
			in:   "MOSCOW (Reuters) - Talks stalled\n\nMore later.",
			span: "MOSCOW (Reuters) -", place: "Moscow", source: "Reuters",
		},
		{
			name: "single line, no headline",
			in:   "Harbour talks resume",
		},
		{
			name:  "question headline",
			in:    "Will the talks resume?\n\nNobody knows.",
			title: "Will the talks resume?",
		},
		{
			name:  "ellipsis headline",
			in:    "Rivals of the harbour...\n\nThree ports compete.",
			title: "Rivals of the harbour...",
		},
		{
			name: "a line ending in a colon is a lead-in",
			in:   "The council said:\n\n\"We agree.\"",
		},
		{
			name: "a quoted sentence is not a headline",
			in:   "\"We agree.\"\n\nThe council said so.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("in.txt", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			want := tc.text
			if want == "" {
				want = tc.in
			}
			if d.Text != want {
				t.Errorf("Text = %q, want %q", d.Text, want)
			}
			if d.Title != tc.title {
				t.Errorf("Title = %q, want %q", d.Title, tc.title)
			}
			if d.Origin != "in.txt" || d.ID != "" {
				t.Errorf("Origin, ID = %q, %q; want in.txt and empty", d.Origin, d.ID)
			}
			if d.Source != tc.source || d.Published != "" {
				t.Errorf("Source, Published = %q, %q; want %q and none (a plain-text file has no date metadata)", d.Source, d.Published, tc.source)
			}
			if dl := d.Dateline; dl != nil && [3]int{dl.Year, dl.Month, dl.Day} != tc.date && tc.date != [3]int{} {
				t.Errorf("dateline date = %d-%d-%d, want %v", dl.Year, dl.Month, dl.Day, tc.date)
			}
			switch {
			case tc.span == "" && d.Dateline != nil:
				t.Errorf("unexpected dateline %+v", *d.Dateline)
			case tc.span != "" && d.Dateline == nil:
				t.Errorf("no dateline, want %q", tc.span)
			case tc.span != "":
				if got := d.Text[d.Dateline.Start:d.Dateline.End]; got != tc.span || d.Dateline.Place != tc.place {
					t.Errorf("dateline %q (%q), want %q (%q)", got, d.Dateline.Place, tc.span, tc.place)
				}
			}
		})
	}
}

func TestParseBadInput(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "bad.txt: empty document"},
		{"white space only", " \n\t\r\n ", "bad.txt: empty document"},
		{"BOM only", "\uFEFF", "bad.txt: empty document"},
		{"invalid UTF-8", "Caf\xe9 au lait", "bad.txt: invalid UTF-8 at byte offset 3"},
		{"NUL byte", "PK\x03\x04\x00\x00", "bad.txt: binary data (NUL byte at offset 4)"},
		{"control characters", "\x01\x02\x03\x04\x05abc", "bad.txt: binary data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("bad.txt", []byte(tc.in))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error = %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func ExampleParse() {
	d, _ := Parse("talks.txt", []byte("Harbour talks resume\n\nOSLO, March 3, 2025 (Example Wire) - Negotiators met.\n"))
	fmt.Println(d.Title)
	fmt.Println(d.Dateline.Place, d.Source, d.Dateline.Year, d.Dateline.Month, d.Dateline.Day)
	fmt.Printf("%q\n", d.Text[d.Dateline.Start:d.Dateline.End])
	// Output:
	// Harbour talks resume
	// Oslo Example Wire 2025 3 3
	// "OSLO, March 3, 2025 (Example Wire) -"
}

func FuzzPlaintext(f *testing.F) {
	for _, s := range []string{
		"Harbour talks resume\n\nOSLO, March 3 (Example Wire) - Negotiators met.\n",
		"\uFEFFLIMA, Jan. 5, 2025 (AFP) – The council voted.",
		"Rain\r\n\r\nBEIRUT — Rain fell.",
		"",
		"\x00\x01",
		"\xff\xfe",
		"  \n\n Title \n\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) || !strings.HasSuffix(string(data), d.Text) {
			t.Fatalf("text not kept as given")
		}
		if d.Title != "" && !strings.Contains(d.Text, d.Title) {
			t.Fatalf("title %q not in text", d.Title)
		}
		if dl := d.Dateline; dl != nil && (dl.Start < 0 || dl.Start > dl.End || dl.End > len(d.Text)) {
			t.Fatalf("dateline span [%d,%d) outside text of %d bytes", dl.Start, dl.End, len(d.Text))
		}
	})
}

// BenchmarkParseCorpus parses the business section of the shared news
// corpus (plain-text articles with headlines).
func BenchmarkParseCorpus(b *testing.B) {
	dir := shared.Path(b, "news-corpus/bbc/business")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no articles in %s", dir)
	}
	var files [][]byte
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			if _, err := Parse("a.txt", data); err != nil {
				b.Fatal(err)
			}
		}
	}
}
