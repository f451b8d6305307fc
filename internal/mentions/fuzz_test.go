package mentions

import (
	"reflect"
	"strings"
	"testing"

	"parley/internal/analysis"
	"parley/internal/text"
)

// FuzzResolve checks that any text, with entity spans on its tokens,
// resolves without panicking, deterministically, and with mentions that
// match their spans and actors that exist.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		`U.S. President Donald Trump said "we" would see. He left.`,
		"Elysee spokeswoman Jane Roe said talks would go on. Roe added she was hopeful.",
		"A senior Turkish official said Russian troops advanced; the official declined to say more.",
		`"They are not at the table," Putin said. "We are."`,
		"The former president, the aide, the delegation and the envoy met in Beijing.",
		"Hungary's foreign minister, Peter Szijjarto, said Budapest had not blocked it.",
		"Mr. Mr. Mr. the the former former President President",
		"“Curly quotes,” she said. “Unclosed",
		"Army spokesman Brig. Gen. Nabil Abdallah said the military would wait.",
		"The head of Iran's state oil company, Ali Rezaei, said it would. The head of the IAEA, the deputy head of the",
		"Beijing said it welcomed it. NATO said its. It is. \n\nIt said, it said. Sudan's army said it",
		"European officials and Western capitals said they; the director of the Office of Management and Budget of",
		"the head of of the the state the company's board head of US TV network Fox chief of",
		"Norway said on Tuesday that it was unclear. Egypt said a shell was fired at it. Police said protesters threw stones at them",
		"The Turkish and Greek sides, the rebels in the Ivory Coast, a court in Guyana and 18 Rwandan rebels said they",
		"Israeli helicopters and tanks and US aircraft maker and government forces in Lt. Gen. Gen. at it, at them",
		"President Jane Roe reneged on her promise to the Zambian people. Judge Ana Soto opened inquiries against 12 Chilean government officials in",
		"Zambia's parliament met. Lt. Gen. Paul Renard declared a state of siege in Haiti's a curfew in Algiers in. SMFG President Ken Ito of",
		"Yoruba traditional elders and Angry Dutch dock workers, Young Tunisians, ethnic Greeks in Albania and ethnic Hungarians of",
		"Druze villagers of the Lebanese Chouf Mountains, students throughout Peru, supporters of former President Hosni Mubarak, supporters of the",
		"Hundreds of Syrian Kurds, pupils Jane Doe, the Kenyan Farmers Association, inhabitants of the Syrian, of the Syrian Golan",
		"Ethopia agreed. Afganistan's offer, Quatar, PHILLIPPINES, iSrael and jApan; President obama met Prime Minister cleverly in the West Bank",
		"President Dos Sontas conceded to UNITA. Isreal, Ethiopain troops, Nigerin, Grease and Roland. the West Bank's the West",
		"China assured the president of Pakistan that it would supply jets. by soldiers of Washington its it. offer nation a police of Ethopia its asked that in meet ;",
	} {
		f.Add(s, uint8(3))
	}
	var buf Buffers
	var sbuf []text.Sentence
	f.Fuzz(func(t *testing.T, txt string, every uint8) {
		in := Input{Text: txt, Sentences: toSentences(txt, &sbuf), Date: "2025-06-01"}
		if every > 0 {
			// PER entities on every n-th token, one or two tokens long.
			toks := text.Tokenize(txt, 0, len(txt), nil)
			for i := 0; i < len(toks); i += int(every) {
				j := min(i+1+int(every)%2, len(toks))
				in.Entities = append(in.Entities, analysis.Entity{Start: int(toks[i].Start), End: int(toks[j-1].End), Type: "PER"})
			}
		}
		out := testResolver.Resolve(in, &buf)
		checkOutput(t, txt, out)
		again := testResolver.Resolve(in, nil)
		if !reflect.DeepEqual(out, again) {
			t.Fatalf("not deterministic:\n%+v\n%+v", out, again)
		}
	})
}

// FuzzParseLexicon checks that any title lexicon is either parsed or
// refused with an error, never a panic.
func FuzzParseLexicon(f *testing.F) {
	for _, s := range []string{
		"president | person | GOV | top state\nsenior | mod | |\n",
		"ewe | people | | GHA\nheights | land | |\n",
		"ewe | people | |\n",
		"= a | b | c\n=\n| | |\n",
		"x | nosuch | |\n",
		"farmers | group | AGR | pl farmers loose\n",
	} {
		f.Add(s, "m John\nf Jane\n")
	}
	f.Fuzz(func(t *testing.T, titles, names string) {
		lx, err := parseLexicon(titles, names)
		if err == nil && lx == nil {
			t.Fatal("no lexicon and no error")
		}
	})
}

// FuzzTypoLookup checks that any word is either read as one country or
// not, without panicking, the same way twice, and that a word read as a
// country is within one edit of one of its names or spells one of them
// in odd case.
func FuzzTypoLookup(f *testing.F) {
	for _, w := range []string{"Ethopia", "Afganistan's", "Quatar", "Phillippines", "iSrael", "Grease", "Nigerin", "", "É", "ISrael", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Ethiopia’s", "X'"} {
		f.Add(w)
	}
	x := testResolver.typos
	f.Fuzz(func(t *testing.T, w string) {
		h, ok := x.lookup(w)
		h2, ok2 := x.lookup(w)
		if ok != ok2 || h != h2 {
			t.Fatalf("lookup(%q) not deterministic", w)
		}
		if !ok {
			return
		}
		if h.Entry == nil {
			t.Fatalf("lookup(%q): no entry", w)
		}
		low := strings.ToLower(stripPoss(w))
		for _, n := range x.names {
			if n.hit == h && withinOneEdit(low, n.word) {
				return
			}
		}
		t.Fatalf("lookup(%q) = %s, which has no name within one edit", w, h.Entry.ID)
	})
}
