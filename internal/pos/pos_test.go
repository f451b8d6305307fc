package pos

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"parley/internal/eval/score"
	"parley/internal/ner/conll"
	"parley/internal/shared"
	"parley/internal/text"
)

// tagSentence tokenizes s as the pipeline does and tags it with m.
func tagSentence(m *Model, s string) ([]string, []Tag) {
	toks := text.Tokenize(s, 0, len(s), nil)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = s[t.Start:t.End]
	}
	return words, m.Tag(s, toks, nil, nil)
}

func TestTagNames(t *testing.T) {
	for tag := Tag(1); tag < numTags; tag++ {
		got, ok := ParseTag(tag.String())
		if !ok || got != tag {
			t.Errorf("ParseTag(%q) = %v, %v; want %v", tag.String(), got, ok, tag)
		}
	}
	tests := []struct {
		in   string
		want Tag
		ok   bool
	}{
		{"PRP$", PRPS, true},
		{"WP$", WPS, true},
		{"``", Quote, true},
		{"-LRB-", LRB, true},
		{"NN|SYM", NN, true},
		{"#", SYM, true},
		{"", None, false},
		{"XYZ", None, false},
		{"nn", None, false},
	}
	for _, tc := range tests {
		got, ok := ParseTag(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseTag(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	if s := Tag(200).String(); s != "Tag(200)" {
		t.Errorf("Tag(200).String() = %q", s)
	}
}

func TestTagClasses(t *testing.T) {
	tests := []struct {
		tag                       Tag
		verb, noun, modal, proper bool
	}{
		{VB, true, false, false, false},
		{VBD, true, false, false, false},
		{VBG, true, false, false, false},
		{VBN, true, false, false, false},
		{VBP, true, false, false, false},
		{VBZ, true, false, false, false},
		{MD, false, false, true, false},
		{NN, false, true, false, false},
		{NNS, false, true, false, false},
		{NNP, false, true, false, true},
		{NNPS, false, true, false, true},
		{JJ, false, false, false, false},
		{PRP, false, false, false, false},
		{None, false, false, false, false},
	}
	for _, tc := range tests {
		if tc.tag.Verb() != tc.verb || tc.tag.Noun() != tc.noun || tc.tag.Modal() != tc.modal || tc.tag.Proper() != tc.proper {
			t.Errorf("%v: Verb %v Noun %v Modal %v Proper %v; want %v %v %v %v", tc.tag,
				tc.tag.Verb(), tc.tag.Noun(), tc.tag.Modal(), tc.tag.Proper(), tc.verb, tc.noun, tc.modal, tc.proper)
		}
	}
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name      string
		words     string
		tags      string
		wantWords string
		wantTags  string
	}{
		{"possessive", "the mayor 's office", "DT NN POS NN", "the mayor's office", "DT NN NN"},
		{"negation", "they did n't go", "PRP VBD RB VB", "they didn't go", "PRP VBD VB"},
		{"copula clitic", "it 's late", "PRP VBZ JJ", "it's late", "PRP JJ"},
		{"other clitics", "we 're sure you 've seen I 'm", "PRP VBP JJ PRP VBP VBN PRP VBP", "we're sure you've seen I'm", "PRP JJ PRP VBN PRP"},
		{"plural possessive stays apart", "the girls ' books", "DT NNS POS NNS", "the girls ' books", "DT NNS POS NNS"},
		{"after punctuation stays apart", "( 's", "( POS", "( 's", "( POS"},
		{"at the start stays", "'s fine", "VBZ JJ", "'s fine", "VBZ JJ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Merge(strings.Fields(tc.words), strings.Fields(tc.tags))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(s.Words, " "); got != tc.wantWords {
				t.Errorf("words %q, want %q", got, tc.wantWords)
			}
			var tags []string
			for _, g := range s.Tags {
				tags = append(tags, g.String())
			}
			if got := strings.Join(tags, " "); got != tc.wantTags {
				t.Errorf("tags %q, want %q", got, tc.wantTags)
			}
		})
	}
	if _, err := Merge([]string{"a", "b"}, []string{"DT"}); err == nil {
		t.Error("Merge with fewer tags than words: no error")
	}
	if _, err := Merge([]string{"blorp"}, []string{"ZZ"}); err == nil || !strings.Contains(err.Error(), "blorp") || !strings.Contains(err.Error(), "ZZ") {
		t.Errorf("unknown tag: error %v, want one naming the word and the tag", err)
	}
}

// toyCorpus is a small tagged corpus written for these tests, in CoNLL
// form (NER column all O).
func toyCorpus() []conll.Document {
	raw := []string{
		"the/DT cat/NN sleeps/VBZ ./.",
		"the/DT dogs/NNS bark/VBP ./.",
		"a/DT bird/NN sings/VBZ loudly/RB ./.",
		"cats/NNS were/VBD chased/VBN by/IN dogs/NNS ./.",
		"Anna/NNP chased/VBD the/DT cat/NN ./.",
		"the/DT meeting/NN ended/VBD ./.",
		"they/PRP are/VBP meeting/VBG Anna/NNP ./.",
		"Bob/NNP did/VBD n't/RB sing/VB ./.",
		"Anna/NNP 's/POS dog/NN barks/VBZ ./.",
		"we/PRP will/MD sing/VB today/NN ./.",
	}
	var docs []conll.Document
	for k := 0; k < 3; k++ {
		var d conll.Document
		for _, r := range raw {
			var s conll.Sentence
			for _, wt := range strings.Fields(r) {
				i := strings.LastIndexByte(wt, '/')
				s.Words = append(s.Words, wt[:i])
				s.POS = append(s.POS, wt[i+1:])
				s.Tags = append(s.Tags, "O")
			}
			d.Sentences = append(d.Sentences, s)
		}
		docs = append(docs, d)
	}
	return docs
}

func trainToy(t *testing.T, seed int64) (*Model, []byte) {
	t.Helper()
	m, rep, err := Train(context.Background(), toyCorpus(), TrainOptions{Epochs: 5, Seed: seed, Bits: 12, HoldOut: 1.0 / 3, Info: "toy"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Epochs < 1 || rep.Epochs > 5 || len(rep.HeldOut) != 5 || rep.Rows == 0 {
		t.Errorf("report %+v", rep)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return m, b.Bytes()
}

func TestTrainDeterministic(t *testing.T) {
	m, a := trainToy(t, 7)
	_, b := trainToy(t, 7)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same data and seed differ")
	}
	if !strings.HasPrefix(m.Info(), "toy; ") {
		t.Errorf("Info() = %q, want the provenance line with the epoch count", m.Info())
	}
	// The toy model learns its own corpus.
	data, err := Prepare(toyCorpus())
	if err != nil {
		t.Fatal(err)
	}
	if acc := m.Score(data[0], "toy").Accuracy(); acc < 0.9 {
		t.Errorf("accuracy on the training sentences %.3f, want >= 0.9", acc)
	}
}

func TestTrainErrors(t *testing.T) {
	docs := toyCorpus()
	noPOS := []conll.Document{{Sentences: []conll.Sentence{{Words: []string{"a"}, Tags: []string{"O"}}}}}
	badTag := []conll.Document{{Sentences: []conll.Sentence{{Words: []string{"a"}, Tags: []string{"O"}, POS: []string{"QQ"}}}}}
	tests := []struct {
		name string
		docs []conll.Document
		opt  TrainOptions
		want string
	}{
		{"no POS column", noPOS, TrainOptions{}, "no POS column"},
		{"unknown tag", badTag, TrainOptions{}, "unknown POS tag"},
		{"no data", nil, TrainOptions{}, "no sentences"},
		{"bits", docs, TrainOptions{Bits: 40}, "bits 40"},
		{"hold-out", docs, TrainOptions{HoldOut: 1.5}, "hold-out"},
		{"too few to hold out", docs[:1], TrainOptions{HoldOut: 0.1}, "too few"},
	}
	for _, tc := range tests {
		_, _, err := Train(context.Background(), tc.docs, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Train(ctx, docs, TrainOptions{}); err == nil {
		t.Error("cancelled context: no error")
	}
}

func TestRoundTrip(t *testing.T) {
	m, a := trainToy(t, 3)
	m2, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b.Bytes()) {
		t.Error("model changed through WriteTo/Load/WriteTo")
	}
	s := "the dogs chased Anna ."
	_, t1 := tagSentence(m, s)
	_, t2 := tagSentence(m2, s)
	if !slicesEqual(t1, t2) {
		t.Errorf("tags differ after the round trip: %v vs %v", t1, t2)
	}
	// the embedded model round-trips byte for byte too
	var e bytes.Buffer
	if _, err := Default().WriteTo(&e); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(e.Bytes(), embedded) {
		t.Error("embedded model changed through Load/WriteTo")
	}
}

func slicesEqual(a, b []Tag) bool {
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

func TestReadErrors(t *testing.T) {
	_, good := trainToy(t, 1)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a gzip stream"},
		{"not gzip", []byte("hello"), "not a gzip stream"},
		{"truncated", good[:len(good)/2], "pos model"},
		{"ner model", gz([]byte("PARLEYNER\n\x03")), "bad magic"},
		{"future version", gz([]byte("PARLEYPOS\n\x09")), "format version 9"},
		{"other tag count", gz([]byte("PARLEYPOS\n\x01\x10\x05\x17")), "retrain"},
	}
	for _, tc := range tests {
		_, err := Load(tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func gz(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// TestDistinctions checks, on sentences written for this test, the
// distinctions event coding relies on.
func TestDistinctions(t *testing.T) {
	tests := []struct {
		sentence, word string
		want           Tag
	}{
		{"The G7 meeting ended without a deal.", "meeting", NN},
		{"They are meeting the minister on Friday.", "meeting", VBG},
		{"The talks collapsed on Monday.", "talks", NNS},
		{"He talks to reporters every week.", "talks", VBZ},
		{"The embassy was attacked by gunmen.", "attacked", VBN},
		{"Gunmen attacked the embassy on Tuesday.", "attacked", VBD},
		{"The rebels, who were backed by Iran, seized the town.", "backed", VBN},
		{"The rebels, who were backed by Iran, seized the town.", "seized", VBD},
		{"The company's US sales arm reported losses.", "arm", NN},
		{"Iran agreed to arm the rebels.", "arm", VB},
		{"France plans to arm Ukraine.", "arm", VB},
		{"He has visited Kyiv twice and will meet the president.", "visited", VBN},
		{"He has visited Kyiv twice and will meet the president.", "will", MD},
		{"He has visited Kyiv twice and will meet the president.", "meet", VB},
		{"The ministry said it didn't expect a deal.", "didn't", VBD},
		{"Russia's troops crossed the border.", "Russia's", NNP},
		{"China’s foreign ministry condemned the attack.", "China’s", NNP},
		{"China’s foreign ministry condemned the attack.", "condemned", VBD},
		{"Two men were arrested after the protest.", "arrested", VBN},
		{"Soldiers killed three civilians in the village.", "killed", VBD},
		{"Officials said the ceasefire was holding.", "holding", VBG},
	}
	m := Default()
	for _, tc := range tests {
		words, tags := tagSentence(m, tc.sentence)
		found := false
		for i, w := range words {
			if w == tc.word {
				found = true
				if tags[i] != tc.want {
					t.Errorf("%q: %q tagged %v, want %v (all: %v)", tc.sentence, w, tags[i], tc.want, tags)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tc.sentence, tc.word)
		}
	}
}

func TestTagEdgeCases(t *testing.T) {
	m := Default()
	if got := m.Tag("", nil, nil, nil); len(got) != 0 {
		t.Errorf("no tokens: %v", got)
	}
	// out-of-range tokens are tagged, not a panic
	got := m.Tag("abc", []text.Token{{Start: 2, End: 10, Kind: text.Word}, {Start: -1, End: 1}}, nil, nil)
	if len(got) != 2 || got[0] == None || got[1] == None {
		t.Errorf("bad token ranges: %v", got)
	}
	// unambiguous punctuation gets its Treebank tag by rule
	words, tags := tagSentence(m, `He said: "yes" (twice), then left; why?`)
	punct := map[string]Tag{":": Colon, `"`: Quote, "(": LRB, ")": RRB, ",": Comma, ";": Colon, "?": Period}
	for i, w := range words {
		if want, ok := punct[w]; ok && tags[i] != want {
			t.Errorf("%q tagged %v, want %v", w, tags[i], want)
		}
	}
	// dst is reused
	s := "Police arrested two men."
	toks := text.Tokenize(s, 0, len(s), nil)
	dst := make([]Tag, 0, 64)
	out := m.Tag(s, toks, dst, nil)
	if &out[0] != &dst[:1][0] {
		t.Error("dst with room was not reused")
	}
}

func TestNoAllocs(t *testing.T) {
	m := Default()
	s := "The embassy was attacked by gunmen on Tuesday, officials said."
	toks := text.Tokenize(s, 0, len(s), nil)
	var buf Buffers
	dst := m.Tag(s, toks, nil, &buf)
	allocs := testing.AllocsPerRun(100, func() {
		dst = m.Tag(s, toks, dst, &buf)
	})
	if allocs != 0 {
		t.Errorf("%v allocations per call in the steady state, want 0", allocs)
	}
}

// TestAccuracyTesta scores the embedded model on CoNLL-2003 eng.testa
// (never used for training or for choosing settings). Measured: 0.9531.
func TestAccuracyTesta(t *testing.T) {
	p := shared.Path(t, "conll2003/eng.testa")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := Evaluate(f, p, Default())
	if err != nil {
		t.Fatal(err)
	}
	if r.Tokens < 50000 {
		t.Errorf("only %d tokens scored", r.Tokens)
	}
	if acc := r.Accuracy(); acc < 0.95 {
		t.Errorf("accuracy %.4f on eng.testa, want >= 0.95", acc)
	}
	if acc := score.Ratio(r.VerbsOK, r.Verbs); acc < 0.90 {
		t.Errorf("verb accuracy %.4f on eng.testa, want >= 0.90", acc)
	}
	if acc := score.Ratio(r.NounsOK, r.Nouns); acc < 0.94 {
		t.Errorf("noun accuracy %.4f on eng.testa, want >= 0.94", acc)
	}
	var b bytes.Buffer
	r.Write(&b)
	for _, want := range []string{"accuracy", "verbs (VB*)", "VBN tagged VBD", "most frequent errors"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func FuzzTag(f *testing.F) {
	f.Add("The G7 meeting ended. They are meeting again on Friday!")
	f.Add("Russia's troops didn't withdraw, officials said -- \"not yet\".")
	f.Add("PROTESTERS CLASH WITH POLICE IN PARIS")
	f.Add("1,000 people (roughly 3.5%) visited www.example.com/x on 12.03.2025")
	f.Add("\xff\xfe bad utf8 \x80")
	f.Add("")
	m := Default()
	var buf Buffers
	var dst []Tag
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range text.Segment(s, nil) {
			toks := text.Tokenize(s, sent.Start, sent.End, nil)
			dst = m.Tag(s, toks, dst, &buf)
			if len(dst) != len(toks) {
				t.Fatalf("%d tags for %d tokens", len(dst), len(toks))
			}
			for _, g := range dst {
				if g == None || g >= numTags {
					t.Fatalf("invalid tag %d", g)
				}
			}
			// same input, same output, with fresh buffers too
			again := m.Tag(s, toks, nil, nil)
			if !slicesEqual(dst, again) {
				t.Fatalf("tags differ between calls: %v vs %v", dst, again)
			}
		}
		// Load must not panic on arbitrary bytes
		if utf8.ValidString(s) {
			Load([]byte(s))
		}
	})
}

func FuzzLoad(f *testing.F) {
	f.Add(embedded[:min(len(embedded), 200)])
	f.Add(gz([]byte("PARLEYPOS\n\x01\x10\x2c\x17\x00\x01\x00\x01\x05")))
	f.Add(gz([]byte("PARLEYPOS\n\x01\x08\x2c\x17\x00\x02\x00\x03\x05\x06\x00\x01\x07")))
	f.Fuzz(func(t *testing.T, b []byte) {
		Load(b)
		Load(gz(b))
	})
}

// TestConcurrent tags from several goroutines at once, each with its own
// Buffers, and expects what one goroutine alone gives (run with -race).
func TestConcurrent(t *testing.T) {
	m := Default()
	sents := []string{
		"The G7 meeting ended without a deal.",
		"Two men were arrested after the protest.",
		"Iran agreed to arm the rebels, officials said.",
	}
	want := make([][]Tag, len(sents))
	for i, s := range sents {
		_, want[i] = tagSentence(m, s)
	}
	done := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			var buf Buffers
			var dst []Tag
			for r := 0; r < 50; r++ {
				for i, s := range sents {
					toks := text.Tokenize(s, 0, len(s), nil)
					dst = m.Tag(s, toks, dst, &buf)
					if !slicesEqual(dst, want[i]) {
						done <- fmt.Errorf("%q: %v, want %v", s, dst, want[i])
						return
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
