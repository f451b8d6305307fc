package stories

import (
	"strings"
	"testing"
)

func TestStance(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The talks were candid and constructive.", "positive"},
		{"It was a very good meeting", "positive"},
		{"We made real progress.", "positive"},
		{"There was no breakthrough.", "negative"},
		{"The talks were not constructive", "negative"},
		{"We didn't see any progress", "negative"},
		{"No agreement was reached on the border", "negative"},
		{"The proposal is unacceptable", "negative"},
		{"The claims are baseless", "negative"},
		{"the talks failed", "negative"},
		{"The talks have stalled and are in deadlock", "negative"},
		{"There has been some progress, but a lot of work remains", "mixed"},
		{"We are cautiously optimistic", "mixed"},
		{"Officials were cautious about the outcome", "mixed"},
		{"A breakthrough, but the talks then stalled", "mixed"},
		{"It was not a failure", "positive"},
		{"An agreement was reached after midnight", "positive"},
		{"The ministers met on Tuesday", ""},
		{"", ""},
		{"NOT CONSTRUCTIVE", "negative"},
		{"“Candid” and ‘useful’ talks", "positive"},
		{"Tout s’est bien passé", ""},
	}
	for _, tc := range tests {
		if got := Stance(tc.text); got != tc.want {
			t.Errorf("Stance(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestKind(t *testing.T) {
	tests := []struct{ code, want string }{
		{"040", "talks"}, {"046", "talks"}, {"041", "call"}, {"042", "visit"}, {"043", "visit"},
		{"057", "agreement"}, {"051", "support"}, {"163", "sanctions"}, {"166", "expulsion"},
		{"174", "expulsion"}, {"190", "attack"}, {"1951", "attack"}, {"0871", "ceasefire"},
		{"112", "criticism"}, {"036", "talks"}, {"141", "protest"}, {"073", "aid"},
		{"", ""}, {"9", ""}, {"999", ""},
	}
	for _, tc := range tests {
		if got := Kind(tc.code); got != tc.want {
			t.Errorf("Kind(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

// TestKindsComplete: every kind a code line names has a kind line, so
// titles and summaries have a noun for it, and the happenings of all 20
// roots are covered.
func TestKindsComplete(t *testing.T) {
	lx := defaultLexicon()
	for code, ci := range lx.codes {
		if _, ok := lx.kinds[ci.kind]; !ok {
			t.Errorf("code %s: kind %q has no kind line", code, ci.kind)
		}
	}
	for root := 1; root <= 20; root++ {
		c := string(rune('0'+root/10)) + string(rune('0'+root%10))
		if _, ok := lx.code(c + "0"); !ok {
			t.Errorf("root %s has no kind", c)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	tests := []struct{ line, want string }{
		{"code 04 talks", "want \"code CODE KIND ROLE\""},
		{"code 4x talks happening", "not a CAMEO code"},
		{"code 040 talks sometimes", "role \"sometimes\""},
		{"kind talks diplomacy", "want \"kind KIND GROUP NOUN"},
		{"positive adjective good", "form \"adjective\""},
		{"positive adj", "want \"positive FORM PHRASE\""},
		{"negator", "negator: no phrase"},
		{"frobnicate x", "unknown directive \"frobnicate\""},
		{"topic", "topic: no words"},
	}
	for _, tc := range tests {
		err := newLexicon().read(strings.NewReader("# comment\n\n"+tc.line+"\n"), "test.txt")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "test.txt:3: ") {
			t.Errorf("%q: error %v, want test.txt:3: ...%s", tc.line, err, tc.want)
		}
	}
}

func TestScanWords(t *testing.T) {
	txt := `He said: "candid, in-depth" talks didn’t fail — ‘really’`
	lower := lowerASCII(nil, txt)
	var got []string
	var brk []bool
	for _, w := range scanWords(lower, 0, len(lower), nil) {
		got = append(got, string(lower[w.start:w.end]))
		brk = append(brk, w.brk)
	}
	want := []string{"he", "said", "candid", "in-depth", "talks", "didn’t", "fail", "really"}
	wantBrk := []bool{true, false, true, true, false, false, false, true}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("words %q, want %q", got, want)
	}
	for i := range min(len(brk), len(wantBrk)) {
		if brk[i] != wantBrk[i] {
			t.Errorf("word %q: boundary %v, want %v", got[i], brk[i], wantBrk[i])
		}
	}
}
