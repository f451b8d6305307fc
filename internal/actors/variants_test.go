package actors

import (
	"strings"
	"testing"
)

// A person's name with an Arabic article answers to its other spellings;
// a spelling the data gives to someone else, or that two people's names
// produce, is not taken.
func TestArticleVariants(t *testing.T) {
	parse := func(src string) *Dictionary {
		t.Helper()
		es, err := Parse(strings.NewReader(src), "test.txt")
		if err != nil {
			t.Fatal(err)
		}
		base, err := Parse(strings.NewReader("usa-gov country USA\n  alias Ruritania\n\nsec-gov sector\n  code GOV\n  name Government\n"), "base.txt")
		if err != nil {
			t.Fatal(err)
		}
		d, err := New(append(base, es...))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	d := parse(`jane-al-roe person USA
  name    Jane al-Roe
  alias   al-Roe

jack-el-doe person USA
  name    Jack el-Doe

jim-doe person USA
  name    Jim Doe
  alias   El Doe

ann-al-foo person USA
  name    Ann al-Foo
  alias   ~al-Foo

bob-al-foo person USA
  name    Bob al-Foo
  alias   ~al-Foo

cy-al-bar person USA
  name    Cy al-Bar
  alias   al-Bar

di-al-bar person USA
  name    Di al-Bar
  alias   Al Bar
`)
	tests := []struct {
		text string
		want []string // ids, in order
	}{
		{"Jane al-Roe", []string{"jane-al-roe"}},
		{"Jane el-Roe", []string{"jane-al-roe"}},
		{"Jane El Roe", []string{"jane-al-roe"}},
		{"Jane Al-Roe", []string{"jane-al-roe"}},
		{"JANE EL ROE", []string{"jane-al-roe"}},
		{"El Roe", []string{"jane-al-roe"}},
		{"Jack al-Doe", []string{"jack-el-doe"}},
		{"Jack Al Doe", []string{"jack-el-doe"}},
		{"El Doe", []string{"jim-doe"}},                  // given to another entry: not derived
		{"el-Doe", []string{"jim-doe"}},                  // derived from Jim Doe's own "El Doe"
		{"El Foo", []string{"ann-al-foo", "bob-al-foo"}}, // shared on purpose: shared again
		{"Al Bar", []string{"di-al-bar"}},                // the data's own phrase wins
		{"Jane Roe", nil},                                // the article is never dropped
	}
	for _, tt := range tests {
		var got []string
		for _, h := range d.Match(tt.text) {
			got = append(got, h.Entry.ID)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestArticleVariantsOfAlias(t *testing.T) {
	tests := []struct {
		alias string
		want  int // number of variants
		has   string
	}{
		{"Omar al-Bashir", 7, "Omar El Bashir"},
		{"El Baradei", 7, "el-Baradei"},
		{"al-Qaeda", 7, "Al Qaeda"},
		{"Alan Smith", 0, ""},
		{"Al Gore", 0, ""}, // a given name
		{"Gore al-Al", 7, "Gore El Al"},
		{"Hal-Smith", 0, ""},
		{"al-qaeda", 0, ""}, // no capital after the article
		{"al-", 0, ""},
		{"", 0, ""},
	}
	for _, tt := range tests {
		vs := articleVariants(tt.alias)
		if len(vs) != tt.want {
			t.Errorf("articleVariants(%q) = %q, want %d variants", tt.alias, vs, tt.want)
			continue
		}
		if tt.has != "" && !strings.Contains(strings.Join(vs, "|"), tt.has) {
			t.Errorf("articleVariants(%q) = %q, want %q among them", tt.alias, vs, tt.has)
		}
	}
}
