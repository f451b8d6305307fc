package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"parley/internal/modelfile"
	"reflect"
	"strings"
	"testing"
	"time"

	"parley/internal/eval/nereval"
	"parley/internal/ner/conll"
	"parley/internal/shared"
	"parley/internal/text"
)

func TestGoldLabels(t *testing.T) {
	tests := []struct {
		tags string
		want string
	}{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"}, // IOB1
		{"I-LOC B-LOC I-LOC", "B-LOC B-LOC I-LOC"},     // IOB1 split
		{"B-ORG I-ORG I-MISC", "B-ORG I-ORG B-MISC"},   // type change
		{"S-PER B-ORG E-ORG", "B-PER B-ORG I-ORG"},     // IOBES
		{"B-PER E-PER I-PER", "B-PER I-PER B-PER"},     // after E, I starts
		{"O O", "O O"},
	}
	for _, tc := range tests {
		got, err := goldLabels(strings.Fields(tc.tags), nil)
		if err != nil {
			t.Fatalf("%q: %v", tc.tags, err)
		}
		var names []string
		for _, l := range got {
			names = append(names, iobNames[l])
		}
		if strings.Join(names, " ") != tc.want {
			t.Errorf("goldLabels(%q) = %v, want %q", tc.tags, names, tc.want)
		}
	}
	for _, bad := range []string{"I-FOO", "PER", "X"} {
		if _, err := goldLabels([]string{bad}, nil); err == nil {
			t.Errorf("goldLabels(%q) accepted", bad)
		}
	}
}

func TestViterbiNeverBreaksBIO(t *testing.T) {
	// Emissions that favour I- labels everywhere must still decode to a
	// valid BIO sequence.
	const n = 6
	em := make([]int32, n*nLabels)
	for i := 0; i < n; i++ {
		for l := 0; l < nLabels; l++ {
			if continues(l) {
				em[i*nLabels+l] = int32(100 + 7*l + i)
			}
		}
	}
	var tr transitions
	out := make([]uint8, n)
	viterbi(em, n, &tr, make([]uint8, n*nLabels), out)
	prev := nLabels
	for i, l := range out {
		if !allowed(prev, int(l)) {
			t.Fatalf("label %s at %d after %d: %v", iobNames[l], i, prev, out)
		}
		prev = int(l)
	}
	if open(prev) {
		t.Fatalf("sentence ends inside an entity: %v", out)
	}
}

func TestListGazetteer(t *testing.T) {
	l := NewList()
	if err := l.Parse(GazCity, "# comment\nNew York\nYork\n\n", "city.txt"); err != nil {
		t.Fatal(err)
	}
	l.Add(GazCountry, "U.S.")
	words := strings.Fields("NEW YORK and York in the U.S")
	marks := make([]GazMark, len(words))
	l.Mark(words, marks)
	want := []GazMark{
		Begin(GazCity), Inside(GazCity) | Begin(GazCity), 0, Begin(GazCity), 0, 0, Begin(GazCountry),
	}
	if !reflect.DeepEqual(marks, want) {
		t.Errorf("marks %v, want %v", marks, want)
	}
	if err := l.Parse(GazCity, "bad \xff name\n", "x.txt"); err == nil || !strings.Contains(err.Error(), "x.txt:1") {
		t.Errorf("invalid UTF-8 not reported: %v", err)
	}
}

func TestBuiltinGazetteer(t *testing.T) {
	words := []string{"The", "United", "Nations", "met", "in", "Paris", "with", "German", "envoys"}
	marks := make([]GazMark, len(words))
	Builtin().Mark(words, marks)
	for i, c := range map[int]GazClass{1: GazOrg, 5: GazCity, 7: GazNationality} {
		if marks[i]&Begin(c) == 0 {
			t.Errorf("%q not marked as %s: %b", words[i], c, marks[i])
		}
	}
	if marks[2]&Inside(GazOrg) == 0 || marks[3] != 0 {
		t.Errorf("marks %v", marks)
	}
}

// tinyCorpus is a synthetic training corpus: invented names of three
// types in three sentence frames.
func tinyCorpus() []conll.Document {
	type slot struct{ name, typ string }
	people := []string{"Anna Berg", "Karl Holm", "Mira Lund"}
	places := []string{"Oslo", "Lima", "Quito"}
	orgs := []string{"Acme Corp", "Zeta Bank"}
	var docs []conll.Document
	for i := 0; i < 12; i++ {
		frames := []struct {
			frame string
			slots []slot
		}{
			{"%s visited %s on Monday .", []slot{{people[i%3], "PER"}, {places[i%3], "LOC"}}},
			{"Officials from %s met %s in the morning .", []slot{{orgs[i%2], "ORG"}, {people[(i+1)%3], "PER"}}},
			{"%s said %s would reply .", []slot{{people[(i+2)%3], "PER"}, {orgs[(i+1)%2], "ORG"}}},
		}
		var d conll.Document
		for _, fr := range frames {
			var s conll.Sentence
			k := 0
			for _, w := range strings.Fields(fr.frame) {
				if w != "%s" {
					s.Words = append(s.Words, w)
					s.Tags = append(s.Tags, "O")
					continue
				}
				sl := fr.slots[k]
				k++
				for j, nw := range strings.Fields(sl.name) {
					s.Words = append(s.Words, nw)
					if j == 0 {
						s.Tags = append(s.Tags, "B-"+sl.typ)
					} else {
						s.Tags = append(s.Tags, "I-"+sl.typ)
					}
				}
			}
			d.Sentences = append(d.Sentences, s)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestTrainDeterministicAndLearns(t *testing.T) {
	docs := tinyCorpus()
	opt := TrainOptions{Epochs: 4, Seed: 7, Bits: 12, Info: "tiny"}
	encode := func() []byte {
		m, _, err := Train(context.Background(), docs, opt)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := encode(), encode()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same seed differ")
	}
	m, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	if m.Info() != "tiny; 4 epochs" {
		t.Errorf("info %q", m.Info())
	}
	// the model must reproduce its (easy, repetitive) training data
	var r nereval.Report
	for _, d := range docs {
		var sents [][]string
		for _, s := range d.Sentences {
			sents = append(sents, s.Words)
		}
		pred := m.TagDocument(sents)
		for i, s := range d.Sentences {
			r.Add(s.Tags, pred[i])
		}
	}
	if r.Micro.F1() < 0.95 {
		t.Errorf("training-set F1 %.3f on the tiny corpus", r.Micro.F1())
	}
	// hold-out mode picks an epoch count within range
	opt.HoldOut = 0.25
	_, rep, err := Train(context.Background(), docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.HeldOut) != 4 || rep.Epochs < 1 || rep.Epochs > 4 || rep.HeldOutReport == nil {
		t.Errorf("hold-out report %+v", rep)
	}
}

func TestTrainErrors(t *testing.T) {
	ctx := context.Background()
	bad := []conll.Document{{Sentences: []conll.Sentence{{Words: []string{"x"}, Tags: []string{"I-FOO"}}}}}
	if _, _, err := Train(ctx, bad, TrainOptions{Bits: 10}); err == nil || !strings.Contains(err.Error(), "document 1 sentence 1") {
		t.Errorf("bad tag: %v", err)
	}
	if _, _, err := Train(ctx, nil, TrainOptions{Bits: 10}); err == nil {
		t.Error("no data accepted")
	}
	if _, _, err := Train(ctx, tinyCorpus(), TrainOptions{Bits: 40}); err == nil {
		t.Error("bits 40 accepted")
	}
	if _, _, err := Train(ctx, tinyCorpus()[:1], TrainOptions{Bits: 10, HoldOut: 0.5}); err == nil {
		t.Error("hold-out of one document accepted")
	}
}

func TestLoadErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	var good bytes.Buffer
	m, _, err := Train(context.Background(), tinyCorpus(), TrainOptions{Epochs: 1, Bits: 10})
	if err != nil {
		t.Fatal(err)
	}
	m.WriteTo(&good)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a gzip stream"},
		{"not gzip", []byte("hello"), "not a gzip stream"},
		{"bad magic", gz("NOTAMODEL\n"), "bad magic"},
		{"truncated", good.Bytes()[:len(good.Bytes())/2], "ner model"},
		{"wrong version", gz(modelMagic + "\x07"), "format version 7"},
	}
	for _, tc := range tests {
		if _, err := Load(tc.data); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestDefaultLoads(t *testing.T) {
	start := time.Now()
	m := Default()
	t.Logf("model load: %s, %d bytes embedded, info %q", time.Since(start), len(embedded), m.Info())
	if len(embedded) > 4<<20 {
		t.Errorf("embedded model is %d bytes; keep it under 4 MB", len(embedded))
	}
}

func TestTagRawText(t *testing.T) {
	const txt = "Talks in Geneva\n\nGERMAN foreign minister Anna Berglund met her French counterpart " +
		"in Paris on Monday. The United Nations said Germany's proposal was welcome, " +
		"and Berglund later flew to Brussels."
	ents := Default().Tag(txt, nil, nil)
	got := map[string]string{}
	for _, e := range ents {
		got[txt[e.Start:e.End]] = e.Type + "/" + e.Subtype
	}
	for name, want := range map[string]string{
		"Geneva":         "LOC/GPE",
		"Anna Berglund":  "PER/",
		"French":         "MISC/NORP",
		"Paris":          "LOC/GPE",
		"United Nations": "ORG/",
		"Germany":        "LOC/GPE", // without the possessive
		"Berglund":       "PER/",
		"Brussels":       "LOC/GPE",
	} {
		if got[name] != want {
			t.Errorf("%q: got %q, want %q (all: %v)", name, got[name], want, got)
		}
	}
	if _, ok := got["Monday"]; ok {
		t.Errorf("Monday tagged: %v", got)
	}
}

func TestTagNoAllocs(t *testing.T) {
	const txt = "Anna Berglund met officials of the United Nations in Paris. She said talks would go on."
	m := Default()
	var buf Buffers
	sents := text.Segment(txt, nil)
	m.Tag(txt, sents, &buf)
	if n := testing.AllocsPerRun(20, func() { m.Tag(txt, sents, &buf) }); n != 0 {
		t.Errorf("Tag allocates %v times per call with warm buffers", n)
	}
}

// TestTagDeterministic checks that a Buffers reused across documents gives
// the same result as a fresh one (no state leaks between documents).
func TestTagDeterministic(t *testing.T) {
	a := "Karl Holm flew to Oslo. Holm said the Oslo talks went well."
	b := "OSLO TALKS END\n\nThe talks in Lima ended on Friday."
	m := Default()
	var buf Buffers
	m.Tag(a, nil, &buf)
	got := append([]Entity(nil), m.Tag(b, nil, &buf)...)
	want := m.Tag(b, nil, nil)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reused buffers: %v, fresh: %v", got, want)
	}
}

// TestTesta asserts the bar: micro F1 >= 0.91 on CoNLL-2003 eng.testa.
func TestTesta(t *testing.T) {
	p := shared.Path(t, "conll2003/eng.testa")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := nereval.Run(f, "eng.testa", Default())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	r.Write(&out)
	t.Log("\n" + out.String())
	if f1 := r.Micro.F1(); f1 < 0.91 {
		t.Errorf("eng.testa micro F1 %.4f < 0.91", f1)
	}
}

func FuzzTag(f *testing.F) {
	f.Add("Anna Berglund met officials of the United Nations in Paris. She said Germany's talks would go on.")
	f.Add("OSLO (Wire) - THE TALKS ENDED.\n\n* Karl Holm ’s visit\n1. U.S. envoy")
	f.Add("\xff\xfe broken \x00 bytes’s 's ' s")
	f.Add("")
	m := Default()
	var buf Buffers
	f.Fuzz(func(t *testing.T, txt string) {
		ents := m.Tag(txt, nil, &buf)
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, s := range text.Segment(txt, nil) {
			for _, tok := range text.Tokenize(txt, s.Start, s.End, nil) {
				st, en := int(tok.Start), int(tok.End)
				starts[st], ends[en] = true, true
				if p := possessive(txt[st:en]); p > 0 && tok.Kind == text.Word {
					ends[st+p] = true
				}
			}
		}
		prev := 0
		for _, e := range ents {
			if e.Start < prev || e.End <= e.Start || e.End > len(txt) {
				t.Fatalf("bad span %+v after %d in %q", e, prev, txt)
			}
			if !starts[e.Start] || !ends[e.End] {
				t.Fatalf("span %+v not on token boundaries in %q", e, txt)
			}
			if typeIndex(e.Type) < 0 {
				t.Fatalf("bad type %q", e.Type)
			}
			prev = e.End
		}
	})
}

func FuzzLoad(f *testing.F) {
	m, _, err := Train(context.Background(), tinyCorpus(), TrainOptions{Epochs: 1, Bits: 8})
	if err != nil {
		f.Fatal(err)
	}
	var good bytes.Buffer
	m.WriteTo(&good)
	f.Add(good.Bytes())
	f.Add([]byte("PARLEYNER\n"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(data)
		if err != nil {
			return
		}
		// a model that loads must tag without panicking
		m.Tag("Karl Holm met Anna Berg in Oslo.", nil, nil)
	})
}

func FuzzGazetteer(f *testing.F) {
	f.Add("New York\nYork\n# comment\n", "new YORK york .")
	f.Add("U.S.\n", "the U.S")
	f.Add("a b c\n\n", "a b a b c")
	f.Fuzz(func(t *testing.T, list, sent string) {
		l := NewList()
		if err := l.Parse(GazCity, list, "fuzz.txt"); err != nil {
			return
		}
		words := strings.Fields(sent)
		marks := make([]GazMark, len(words))
		l.Mark(words, marks)
		for i, m := range marks {
			if m&^(Begin(GazCity)|Inside(GazCity)) != 0 {
				t.Fatalf("token %d marked with another class: %b", i, m)
			}
			if i == 0 && m&Inside(GazCity) != 0 {
				t.Fatalf("first token marked inside a name")
			}
		}
	})
}

// FuzzReadModel fuzzes the model format below the gzip layer, whose
// checksum would otherwise stop almost every mutation.
func FuzzReadModel(f *testing.F) {
	m, _, err := Train(context.Background(), tinyCorpus(), TrainOptions{Epochs: 1, Bits: 8})
	if err != nil {
		f.Fatal(err)
	}
	var good bytes.Buffer
	m.WriteTo(&good)
	zr, err := gzip.NewReader(&good)
	if err != nil {
		f.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(modelMagic + "\x03\x08"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := readModel(modelfile.Reader{Reader: bufio.NewReader(bytes.NewReader(data))})
		if err != nil {
			return
		}
		m.gaz = Builtin()
		m.Tag("Karl Holm met Anna Berg in Oslo.", nil, nil)
	})
}

// TestTagConcurrent runs one model from several goroutines, each with its
// own Buffers (run with -race).
func TestTagConcurrent(t *testing.T) {
	const txt = "Karl Holm flew to Oslo on Monday. Holm met Anna Berg of the United Nations there."
	m := Default()
	want := append([]Entity(nil), m.Tag(txt, nil, nil)...)
	done := make(chan []Entity)
	for range 4 {
		go func() {
			var buf Buffers
			var got []Entity
			for range 20 {
				got = m.Tag(txt, nil, &buf)
			}
			done <- append([]Entity(nil), got...)
		}()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("concurrent result %v, want %v", got, want)
		}
	}
}

func TestWithGazetteer(t *testing.T) {
	const txt = "Zorbland sent envoys."
	extra := NewList()
	extra.Add(GazCountry, "Zorbland")
	m := Default().WithGazetteer(Combine(Builtin(), extra))
	ents := m.Tag(txt, nil, nil)
	if len(ents) != 1 || txt[ents[0].Start:ents[0].End] != "Zorbland" || ents[0].Subtype != "GPE" {
		t.Errorf("with the extra gazetteer: %v", ents)
	}
	for _, e := range Default().Tag(txt, nil, nil) {
		if e.Subtype == "GPE" {
			t.Errorf("Default() changed by WithGazetteer: %v", e)
		}
	}
}
