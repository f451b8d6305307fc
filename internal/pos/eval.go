package pos

import (
	"fmt"
	"io"

	"parley/internal/eval/score"
	"parley/internal/ner/conll"
)

// Report is the score of a tagger against gold tags.
type Report struct {
	Name    string
	Tokens  int // tokens scored
	Correct int
	// Verbs and Nouns count the tokens whose gold tag is a verb (VB*) or
	// a noun (NN*), and VerbsOK, NounsOK those given exactly that tag.
	Verbs, VerbsOK int
	Nouns, NounsOK int
	// Confusion[g][p] counts tokens of gold tag g tagged p.
	Confusion [numTags][numTags]int
}

// Accuracy is the fraction of tokens tagged correctly.
func (r *Report) Accuracy() float64 { return score.Ratio(r.Correct, r.Tokens) }

// Add scores one sentence's predicted tags against its gold tags.
func (r *Report) Add(gold, pred []Tag) {
	for i, g := range gold {
		p := None
		if i < len(pred) {
			p = pred[i]
		}
		r.Tokens++
		if g == p {
			r.Correct++
		}
		if g.Verb() {
			r.Verbs++
			if g == p {
				r.VerbsOK++
			}
		}
		if g.Noun() {
			r.Nouns++
			if g == p {
				r.NounsOK++
			}
		}
		if g < numTags && p < numTags {
			r.Confusion[g][p]++
		}
	}
}

// Score tags sentences with m and scores them.
func (m *Model) Score(sents []Sentence, name string) *Report {
	r := &Report{Name: name}
	var buf Buffers
	var pred []Tag
	for _, s := range sents {
		pred = m.TagWords(s.Words, pred, &buf)
		r.Add(s.Tags, pred)
	}
	return r
}

// Evaluate reads a CoNLL-2003 file (WORD POS CHUNK NER; only the words
// and the POS column are used) from r, merges clitics as Merge does, tags
// it with m and scores it. name labels errors.
func Evaluate(r io.Reader, name string, m *Model) (*Report, error) {
	docs, err := conll.ReadWithPOS(r, name)
	if err != nil {
		return nil, err
	}
	data, err := Prepare(docs)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	var sents []Sentence
	for _, d := range data {
		sents = append(sents, d...)
	}
	return m.Score(sents, name), nil
}

// Write prints the report: accuracy overall, on verbs and on nouns, the
// VBN/VBD and NN/VB confusions, and the most frequent errors.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "%s: %d tokens (clitics joined as parley tokenizes)\n", r.Name, r.Tokens)
	fmt.Fprintf(w, "accuracy        %.4f (%d/%d)\n", r.Accuracy(), r.Correct, r.Tokens)
	fmt.Fprintf(w, "verbs (VB*)     %.4f (%d/%d exact tag)\n", score.Ratio(r.VerbsOK, r.Verbs), r.VerbsOK, r.Verbs)
	fmt.Fprintf(w, "nouns (NN*)     %.4f (%d/%d exact tag)\n", score.Ratio(r.NounsOK, r.Nouns), r.NounsOK, r.Nouns)
	c := &r.Confusion
	fmt.Fprintf(w, "VBN tagged VBD  %d of %d VBN\n", c[VBN][VBD], rowSum(c, VBN))
	fmt.Fprintf(w, "VBD tagged VBN  %d of %d VBD\n", c[VBD][VBN], rowSum(c, VBD))
	fmt.Fprintf(w, "NN tagged VB*   %d of %d NN\n", c[NN][VB]+c[NN][VBP]+c[NN][VBG]+c[NN][VBZ]+c[NN][VBD]+c[NN][VBN], rowSum(c, NN))
	fmt.Fprintf(w, "VB* tagged NN*  %d of %d VB*\n", verbAsNoun(c), r.Verbs)
	type cell struct {
		g, p Tag
		n    int
	}
	var top []cell
	for g := Tag(1); g < numTags; g++ {
		for p := Tag(1); p < numTags; p++ {
			if g != p && c[g][p] > 0 {
				top = append(top, cell{g, p, c[g][p]})
			}
		}
	}
	// insertion sort by count, then tag order: deterministic and short
	for i := 1; i < len(top); i++ {
		for j := i; j > 0 && (top[j].n > top[j-1].n); j-- {
			top[j], top[j-1] = top[j-1], top[j]
		}
	}
	fmt.Fprintln(w, "most frequent errors (gold -> predicted):")
	for i := 0; i < len(top) && i < 12; i++ {
		fmt.Fprintf(w, "  %-5s -> %-5s %d\n", top[i].g, top[i].p, top[i].n)
	}
}

func rowSum(c *[numTags][numTags]int, g Tag) int {
	s := 0
	for _, v := range c[g] {
		s += v
	}
	return s
}

func verbAsNoun(c *[numTags][numTags]int) int {
	s := 0
	for g := Tag(1); g < numTags; g++ {
		if g.Verb() {
			s += c[g][NN] + c[g][NNS] + c[g][NNP] + c[g][NNPS]
		}
	}
	return s
}
