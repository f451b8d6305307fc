package conll

import (
	"reflect"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Document
	}{
		{
			name: "two documents, IOB1, four columns",
			in: "-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nswims VBZ I-VP O\n\nOslo NNP I-NP I-LOC\n\n" +
				"-DOCSTART- -X- O O\n\nKarl NNP I-NP I-PER\n",
			want: []Document{
				{Sentences: []Sentence{
					{Words: []string{"Anna", "swims"}, Tags: []string{"I-PER", "O"}},
					{Words: []string{"Oslo"}, Tags: []string{"I-LOC"}},
				}},
				{Sentences: []Sentence{{Words: []string{"Karl"}, Tags: []string{"I-PER"}}}},
			},
		},
		{
			name: "no DOCSTART, two columns, tabs, CRLF, extra blank lines",
			in:   "Red\tB-ORG\r\nCross\tI-ORG\r\n\r\n\r\n\r\nhelps\tO\r\n",
			want: []Document{{Sentences: []Sentence{
				{Words: []string{"Red", "Cross"}, Tags: []string{"B-ORG", "I-ORG"}},
				{Words: []string{"helps"}, Tags: []string{"O"}},
			}}},
		},
		{name: "empty", in: "", want: nil},
		{name: "only DOCSTART lines", in: "-DOCSTART- -X- O O\n\n-DOCSTART- -X- O O\n", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tc.in), "t.conll")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %#v\nwant %#v", got, tc.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"word\n", "t.conll:1: token line \"word\" has no tag column"},
		{"a O\nb X-PER\n", "t.conll:2: \"X-PER\" is not an entity tag"},
		{"a NNP PER\n", "t.conll:1: \"PER\" is not an entity tag"},
	}
	for _, tc := range tests {
		_, err := Read(strings.NewReader(tc.in), "t.conll")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Read(%q) error = %v, want it to contain %q", tc.in, err, tc.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nswims VBZ I-VP O\n\n")
	f.Add("Red\tB-ORG\r\nCross\tI-ORG\r\n\r\nhelps O\n")
	f.Add("x\n")
	f.Add("a b c d e f B-\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			if len(d.Sentences) == 0 {
				t.Fatal("empty document returned")
			}
			for _, s := range d.Sentences {
				if len(s.Words) == 0 || len(s.Words) != len(s.Tags) {
					t.Fatalf("sentence with %d words and %d tags", len(s.Words), len(s.Tags))
				}
			}
		}
	})
}

func TestReadWithPOS(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nswims\tVBZ\tI-VP\tO\n\nOslo  NNP I-LOC\n"
	got, err := ReadWithPOS(strings.NewReader(in), "t.conll")
	if err != nil {
		t.Fatal(err)
	}
	want := []Document{{Sentences: []Sentence{
		{Words: []string{"Anna", "swims"}, Tags: []string{"I-PER", "O"}, POS: []string{"NNP", "VBZ"}},
		{Words: []string{"Oslo"}, Tags: []string{"I-LOC"}, POS: []string{"NNP"}},
	}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v\nwant %#v", got, want)
	}
	// Read of the same input keeps POS nil.
	plain, err := Read(strings.NewReader(in), "t.conll")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range plain[0].Sentences {
		if s.POS != nil {
			t.Errorf("Read filled POS %v", s.POS)
		}
	}
	// Two columns have no POS column.
	if _, err := ReadWithPOS(strings.NewReader("Anna I-PER\n"), "t.conll"); err == nil || !strings.Contains(err.Error(), "t.conll:1") || !strings.Contains(err.Error(), "no POS column") {
		t.Errorf("two-column line: error %v, want one naming t.conll:1 and the missing POS column", err)
	}
}

func FuzzReadWithPOS(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nswims VBZ I-VP O\n\n")
	f.Add("Red\tNNP\tB-ORG\r\nCross  NNP   I-ORG\r\n\r\nhelps VBZ O\n")
	f.Add("x O\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadWithPOS(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Words) != len(s.Tags) || len(s.Words) != len(s.POS) {
					t.Fatalf("sentence with %d words, %d tags, %d POS", len(s.Words), len(s.Tags), len(s.POS))
				}
				for _, p := range s.POS {
					if p == "" || strings.ContainsAny(p, " \t") {
						t.Fatalf("bad POS %q", p)
					}
				}
			}
		}
	})
}
