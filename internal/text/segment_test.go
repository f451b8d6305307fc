package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// sentences returns the text of each sentence, for comparison.
func sentences(text string, opt Options) []string {
	var out []string
	for _, s := range SegmentOptions(text, opt, nil) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// The cases are sentences written for these tests; each group is one hard
// case named in the package documentation.
var segmentCases = []struct {
	name string
	in   string
	pdf  bool
	want []string
}{
	// plain terminal punctuation
	{"period", "The vote was close. Turnout was high.", false, []string{"The vote was close.", "Turnout was high."}},
	{"question and exclamation", "Who won? Nobody knows! Counting goes on.", false, []string{"Who won?", "Nobody knows!", "Counting goes on."}},
	{"double punctuation", "Really?! Yes!! Fine??", false, []string{"Really?!", "Yes!!", "Fine??"}},
	{"no final punctuation", "Talks resumed on Monday", false, []string{"Talks resumed on Monday"}},
	{"lower case after exclamation", "The firm Zap! said it would grow.", false, []string{"The firm Zap! said it would grow."}},
	{"exclamation before comma", "Stop!, the guard shouted.", false, []string{"Stop!, the guard shouted."}},

	// abbreviations
	{"title before name", "Dr. Ada Byrne met Gen. Tom Holt and Sen. Li Wei. They spoke.", false,
		[]string{"Dr. Ada Byrne met Gen. Tom Holt and Sen. Li Wei.", "They spoke."}},
	{"Mr never ends", "He thanked Mr. Okafor for his help.", false, []string{"He thanked Mr. Okafor for his help."}},
	{"US mid sentence before a name", "The U.S. Treasury sold bonds.", false, []string{"The U.S. Treasury sold bonds."}},
	{"US ends sentence before a starter", "Rates rose in the U.S. The euro fell.", false, []string{"Rates rose in the U.S.", "The euro fell."}},
	{"DC", "She moved to Washington, D.C. in May.", false, []string{"She moved to Washington, D.C. in May."}},
	{"company ends sentence", "He sold shares in Acme Ltd. It made a loss.", false, []string{"He sold shares in Acme Ltd.", "It made a loss."}},
	{"company before a name", "Ward & Co. Holdings grew.", false, []string{"Ward & Co. Holdings grew."}},
	{"camel-case name starts a sentence", "Zeta Inc. sold the unit. eBay bought it.", false, []string{"Zeta Inc. sold the unit.", "eBay bought it."}},
	{"Inc lower case", "Zeta Inc. said sales rose.", false, []string{"Zeta Inc. said sales rose."}},
	{"number abbreviations", "See No. 7 on p. 12 and Fig. 3 in Vol. 2 of the report.", false,
		[]string{"See No. 7 on p. 12 and Fig. 3 in Vol. 2 of the report."}},
	{"month before day", "It closes on Sept. 30 and opens on Jan. 4 again.", false, []string{"It closes on Sept. 30 and opens on Jan. 4 again."}},
	{"no as a word", "She said no. The plan died.", false, []string{"She said no.", "The plan died."}},
	{"Latin", "Bring fruit, e.g. apples, i.e. something sweet, etc. and bread.", false,
		[]string{"Bring fruit, e.g. apples, i.e. something sweet, etc. and bread."}},
	{"etc ends sentence", "They sell pens, ink, etc. The shop is new.", false, []string{"They sell pens, ink, etc.", "The shop is new."}},
	{"versus", "It is Leeds vs. Hull tonight.", false, []string{"It is Leeds vs. Hull tonight."}},
	{"saint and street", "St. Anne's lies on Main St. near the bridge.", false, []string{"St. Anne's lies on Main St. near the bridge."}},
	{"time early in sentence", "At 7 a.m. Dr. Sato left.", false, []string{"At 7 a.m. Dr. Sato left."}},
	{"time ends sentence", "The polls shut at 10 p.m. Counting began at once.", false, []string{"The polls shut at 10 p.m.", "Counting began at once."}},
	{"possessive after abbreviation", "That is Smith Jr.'s car.", false, []string{"That is Smith Jr.'s car."}},
	{"dotted initials company", "He shops at K.T. Brown in town.", false, []string{"He shops at K.T. Brown in town."}},

	// initials
	{"middle initial", "We met Jonas E. Smith today.", false, []string{"We met Jonas E. Smith today."}},
	{"several initials", "He read J. R. R. Tolkien at school.", false, []string{"He read J. R. R. Tolkien at school."}},
	{"pronoun I ends sentence", "It was him and I. Then we left.", false, []string{"It was him and I.", "Then we left."}},
	{"initial after lower-case word", "It was written by J. Smith in May.", false, []string{"It was written by J. Smith in May."}},
	{"letter ends sentence before a starter", "Take vitamin C. The rest is rest.", false, []string{"Take vitamin C.", "The rest is rest."}},
	{"question and answer letters", "Q. Who called? A. The mayor did.", false, []string{"Q. Who called?", "A. The mayor did."}},

	// numbers
	{"decimals and thousands", "It rose 3.14% to $1.5bn, or 1,000 units.", false, []string{"It rose 3.14% to $1.5bn, or 1,000 units."}},
	{"number ends sentence", "The bill was $40.50. He paid it.", false, []string{"The bill was $40.50.", "He paid it."}},
	{"year ends sentence", "They met in 1998. Both were young.", false, []string{"They met in 1998.", "Both were young."}},
	{"leading decimal point", "Only .5% of votes and $.25 a share.", false, []string{"Only .5% of votes and $.25 a share."}},
	{"dotted date", "It is due on 12.05.2025 at noon.", false, []string{"It is due on 12.05.2025 at noon."}},

	// ellipses
	{"ellipsis then capital", "He paused... Then he spoke.", false, []string{"He paused...", "Then he spoke."}},
	{"ellipsis then lower case", "Well... maybe not.", false, []string{"Well... maybe not."}},
	{"unicode ellipsis", "She waited… Nobody came. It was late… very late.", false,
		[]string{"She waited…", "Nobody came.", "It was late… very late."}},
	{"spaced omission", "The law . . . shall apply . . . I think.", false, []string{"The law . . . shall apply . . . I think."}},
	{"four spaced dots end", "It was over . . . . Next came spring.", false, []string{"It was over . . . .", "Next came spring."}},

	// quotations
	{"quote spanning sentences", `"We are ready. We will come," she said.`, false, []string{`"We are ready. We will come," she said.`}},
	{"closing quote after period", `He said "Hi." Then he left.`, false, []string{`He said "Hi."`, "Then he left."}},
	{"quote then lower case", `"It is done." she said.`, false, []string{`"It is done." she said.`}},
	{"single quotes", "He cried, 'Run! Now!' and ran. We followed.", false, []string{"He cried, 'Run! Now!' and ran.", "We followed."}},
	{"curly quotes", "She wrote, “All is well.” Nobody believed her.", false, []string{"She wrote, “All is well.”", "Nobody believed her."}},
	{"curly single with apostrophe", "He said ‘the town’s gone. All of it’ and wept.", false, []string{"He said ‘the town’s gone. All of it’ and wept."}},
	{"apostrophes are not quotes", "I can't go. It's late and the '90s are over.", false, []string{"I can't go.", "It's late and the '90s are over."}},
	{"broken-off quote", `"If only--" Then she stopped.`, false, []string{`"If only--"`, "Then she stopped."}},
	{"spaced closing quote", `"I waited... " she said. Then "I left. " He nodded.`, false, []string{`"I waited... " she said.`, `Then "I left. "`, "He nodded."}},

	// brackets
	{"parenthetical inside", "He works in Leeds (he moved there. It was cheap.) with his wife.", false,
		[]string{"He works in Leeds (he moved there. It was cheap.) with his wife."}},
	{"parenthesised sentence", "The mill closed. (It had been losing money.) Jobs went.", false,
		[]string{"The mill closed.", "(It had been losing money.)", "Jobs went."}},
	{"closing aside stays", "The mill closed! (Nobody was surprised.)", false, []string{"The mill closed! (Nobody was surprised.)"}},
	{"footnote brackets", "It grew fast.[3][4] Then it shrank.", false, []string{"It grew fast.[3][4]", "Then it shrank."}},
	{"footnote digits", "It grew fast.12 Then it shrank.", false, []string{"It grew fast.12", "Then it shrank."}},
	{"question in brackets", "The [sic?] note was odd.", false, []string{"The [sic?] note was odd."}},

	// URLs, e-mail, files
	{"email", "Write to kim.lee@example.org. She replies.", false, []string{"Write to kim.lee@example.org.", "She replies."}},
	{"url", "See https://news.example.net/a/b.html. It has more.", false, []string{"See https://news.example.net/a/b.html.", "It has more."}},
	{"domain with capitals", "Visit www.Example.Shop.com today.", false, []string{"Visit www.Example.Shop.com today."}},
	{"file names", "Open notes.txt and save it as .pdf please.", false, []string{"Open notes.txt and save it as .pdf please."}},
	{"missing space", "It rained.Then it snowed.", false, []string{"It rained.", "Then it snowed."}},

	// lists
	{"numbered inline", "1. Buy milk 2. Call Ann 3. Pay rent", false, []string{"1. Buy milk", "2. Call Ann", "3. Pay rent"}},
	{"lettered parens inline", "a) red b) green c) blue", false, []string{"a) red", "b) green", "c) blue"}},
	{"list after a sentence", "Steps follow. (i) Mix it. (ii) Bake it.", false, []string{"Steps follow.", "(i) Mix it.", "(ii) Bake it."}},
	{"lettered list past (h)", "(a) one (b) two (c) three (d) four (e) five (f) six (g) seven (h) eight (i) nine (j) ten", false, []string{"(a) one", "(b) two", "(c) three", "(d) four", "(e) five", "(f) six", "(g) seven", "(h) eight", "(i) nine", "(j) ten"}},
	{"numbers that are not a list", "For item 1. above and item 2. below, no fee.", false, []string{"For item 1. above and item 2. below, no fee."}},
	{"bullet lines", "Plans:\n- cut taxes\n- build homes\n• fix roads", false, []string{"Plans:", "- cut taxes", "- build homes", "• fix roads"}},
	{"star and number lines", "* one thing\n2) another thing", false, []string{"* one thing", "2) another thing"}},
	{"inline bullets", "• Red car • Blue van", false, []string{"• Red car", "• Blue van"}},

	// lines and paragraphs
	{"blank line paragraphs", "First part.\n\nSecond part.", false, []string{"First part.", "Second part."}},
	{"crlf", "One line.\r\n\r\nTwo lines.\r\n", false, []string{"One line.", "Two lines."}},
	{"wrapped with trailing space", "The council met \nlate into the night.", false, []string{"The council met \nlate into the night."}},
	{"short lines are separate", "apples\npears\nfresh plums", false, []string{"apples", "pears", "fresh plums"}},
	{"long wrapped line", "The committee said on Tuesday that the new rules\nwould come into force next year.", false,
		[]string{"The committee said on Tuesday that the new rules\nwould come into force next year."}},
	{"capital after line break", "Results\nThe team won.", false, []string{"Results", "The team won."}},
	{"pdf joins lines", "The bridge was\nclosed for repairs.\nTraffic was slow.", true,
		[]string{"The bridge was\nclosed for repairs.", "Traffic was slow."}},
	{"pdf keeps list lines", "Do this:\n- stop\n- look", true, []string{"Do this:", "- stop", "- look"}},
	{"lone carriage return", "One.\rTwo.", false, []string{"One.", "Two."}},
	{"letterless lines dropped", "Intro\n\n***\n\n12\n\nEnd.", false, []string{"Intro", "End."}},
	{"decorative rules trimmed", "=====Results\n\n***\n\n#### Scores\n\nEnd of list.~~~~", false, []string{"Results", "Scores", "End of list."}},
	{"full-width stops", "Test one．Test two。", false, []string{"Test one．", "Test two。"}},
	{"white space only", " \n\t\n ", false, nil},
	{"empty", "", false, nil},
}

func TestSegment(t *testing.T) {
	for _, tc := range segmentCases {
		t.Run(tc.name, func(t *testing.T) {
			got := sentences(tc.in, Options{PDF: tc.pdf})
			if !sameStrings(got, tc.want) {
				t.Errorf("Segment(%q)\n got  %q\n want %q", tc.in, got, tc.want)
			}
			checkSentences(t, tc.in, SegmentOptions(tc.in, Options{PDF: tc.pdf}, nil))
		})
	}
}

func TestHeadings(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []bool
	}{
		{"title line", "Ad sales lift city profit\n\nProfits rose. Costs fell.", []bool{true, false, false}},
		{"subheading between paragraphs", "Prices rose.\n\nPakistan blamed\n\nTalks failed.", []bool{false, true, false}},
		{"sentence paragraph", "Prices rose sharply.\n\nTalks failed.", []bool{false, false}},
		{"long line is no heading", strings.Repeat("Word ", 30) + "\n\nEnd.", []bool{false, false}},
		{"lower-case line", "and then some\n\nEnd.", []bool{false, false}},
		{"two-line paragraph", "Results\nThe team won\n\nEnd.", []bool{false, false, false}},
		{"list item", "- first point\n\nEnd.", []bool{false, false}},
		{"colon ends", "He said:\n\nEnd.", []bool{false, false}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ss := Segment(tc.in, nil)
			var got []bool
			for _, s := range ss {
				got = append(got, s.Heading)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Segment(%q) = %d sentences %v, want %d", tc.in, len(got), ss, len(tc.want))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Segment(%q)[%d] %q: Heading = %v, want %v", tc.in, i, tc.in[ss[i].Start:ss[i].End], got[i], tc.want[i])
				}
			}
		})
	}
}

// TestSegmentReusesDst checks that passing the previous result back reuses
// its memory and yields the same sentences.
func TestSegmentReusesDst(t *testing.T) {
	const in = "One. Two. Three."
	first := Segment(in, nil)
	second := Segment(in, first)
	if len(second) != 3 || &second[0] != &first[0] {
		t.Fatalf("Segment did not reuse dst: %v", second)
	}
	allocs := testing.AllocsPerRun(100, func() { first = Segment(in, first) })
	if allocs != 0 {
		t.Errorf("Segment with a big enough dst allocates %v times, want 0", allocs)
	}
}

func TestSegmentDeterministic(t *testing.T) {
	in := "A. B. Smith went to the U.S. In May he left... \"Why?\" (Nobody knew.)\n\nEnd"
	a := Segment(in, nil)
	for range 5 {
		b := Segment(in, nil)
		if len(a) != len(b) {
			t.Fatal("different result on a second run")
		}
		for i := range a {
			if a[i] != b[i] {
				t.Fatal("different result on a second run")
			}
		}
	}
}

// checkSentences asserts the invariants every result must satisfy.
func checkSentences(t testing.TB, text string, ss []Sentence) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or range (prev end %d, len %d)", i, s.Start, s.End, prev, len(text))
		}
		if spaceLen(text, s.Start) > 0 || spaceBefore(text, s.Start, s.End) > 0 {
			t.Fatalf("sentence %d %q not trimmed", i, text[s.Start:s.End])
		}
		if valid && (!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End]))) {
			t.Fatalf("sentence %d [%d,%d) splits a UTF-8 sequence", i, s.Start, s.End)
		}
		prev = s.End
	}
}

// List markers that start a list again and again without a second item
// ("(a) ... (a) ...") must not make the search for the next marker rescan
// the rest of the block each time: the work stays linear in the length.
func TestListMarkerSearchLinear(t *testing.T) {
	for _, unit := range []string{"(a) Talks. ", "(i) Talks. ", "1. Talks. ", "a) Talks. "} {
		scanned := func(n int) int {
			g := segmenter{t: strings.Repeat(unit, n)}
			g.run()
			return g.markerScanned
		}
		small, large := scanned(500), scanned(4000)
		if large > 10*max(small, 1) || large > 4*len(unit)*4000 {
			t.Errorf("%q: marker search scanned %d bytes for 500 repeats and %d for 4000: not linear", unit, small, large)
		}
	}
}
