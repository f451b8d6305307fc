// Package nereval scores named-entity tagging on CoNLL-format gold data
// with the semantics of the CoNLL shared task's conlleval script: an
// entity counts as found only when a predicted chunk has exactly the gold
// chunk's start, end and type. Precision, recall and F1 are reported per
// type and micro-averaged over all chunks.
//
// Chunk boundaries follow conlleval's startOfChunk/endOfChunk rules, so
// IOB1 (the original CoNLL-2003 files), IOB2 and IOBES tags all work, and
// gold and predicted sequences may even use different schemes: an I-X tag
// after O or after another type starts a chunk, a B-X always does.
package nereval

import (
	"fmt"
	"io"
	"parley/internal/eval/score"
	"sort"

	"parley/internal/ner/conll"
)

// Tagger tags one document: for each sentence (a slice of tokens) it
// returns one tag per token, in IOB1, IOB2 or IOBES.
type Tagger interface {
	TagDocument(sents [][]string) [][]string
}

// TaggerFunc adapts a function to Tagger.
type TaggerFunc func(sents [][]string) [][]string

// TagDocument calls f.
func (f TaggerFunc) TagDocument(sents [][]string) [][]string { return f(sents) }

// Counts are chunk counts for one type or for all.
type Counts = score.Counts

// Report accumulates the scores of one evaluation.
type Report struct {
	// Name labels the report, usually the gold file's name.
	Name string
	// Documents, Sentences and Tokens count what was scored;
	// TokensCorrect counts tokens whose predicted type (or O) equals the
	// gold one. Unlike conlleval's accuracy it ignores the B-/I- prefix, so
	// that IOB1 gold and IOB2 predictions compare fairly.
	Documents, Sentences, Tokens, TokensCorrect int
	// Micro counts all chunks.
	Micro Counts
	// ByType counts chunks per entity type (gold or predicted).
	ByType map[string]*Counts

	gold, pred []Chunk
}

// Chunk is an entity span over token indices [Start, End) of a sentence.
type Chunk struct {
	Start, End int
	Type       string
}

// Run reads CoNLL-format gold data from r (name labels errors and the
// report), tags each document with t and scores the result.
func Run(r io.Reader, name string, t Tagger) (*Report, error) {
	docs, err := conll.Read(r, name)
	if err != nil {
		return nil, err
	}
	rep := &Report{Name: name}
	var words [][]string
	for di, d := range docs {
		words = words[:0]
		for _, s := range d.Sentences {
			words = append(words, s.Words)
		}
		pred := t.TagDocument(words)
		if len(pred) != len(d.Sentences) {
			return nil, fmt.Errorf("%s: document %d: tagger returned %d sentences for %d", name, di+1, len(pred), len(d.Sentences))
		}
		for si, s := range d.Sentences {
			if len(pred[si]) != len(s.Tags) {
				return nil, fmt.Errorf("%s: document %d sentence %d: tagger returned %d tags for %d tokens", name, di+1, si+1, len(pred[si]), len(s.Tags))
			}
			rep.Add(s.Tags, pred[si])
		}
		rep.Documents++
	}
	return rep, nil
}

// Add scores one sentence: gold and predicted tags of the same tokens
// (extra tags of the longer slice are ignored).
func (r *Report) Add(gold, pred []string) {
	if r.ByType == nil {
		r.ByType = map[string]*Counts{}
	}
	n := min(len(gold), len(pred))
	gold, pred = gold[:n], pred[:n]
	r.Sentences++
	r.Tokens += n
	for i := range n {
		_, gty := split(gold[i])
		_, pty := split(pred[i])
		if gty == pty {
			r.TokensCorrect++
		}
	}
	r.gold = Chunks(gold, r.gold)
	r.pred = Chunks(pred, r.pred)
	for _, c := range r.gold {
		r.Micro.Gold++
		r.counts(c.Type).Gold++
	}
	for _, c := range r.pred {
		r.Micro.Predicted++
		r.counts(c.Type).Predicted++
	}
	// both lists are ordered by start and non-overlapping
	i, j := 0, 0
	for i < len(r.gold) && j < len(r.pred) {
		g, p := r.gold[i], r.pred[j]
		switch {
		case g.Start < p.Start:
			i++
		case p.Start < g.Start:
			j++
		default:
			if g.End == p.End && g.Type == p.Type {
				r.Micro.Correct++
				r.counts(g.Type).Correct++
			}
			i++
			j++
		}
	}
}

func (r *Report) counts(t string) *Counts {
	c := r.ByType[t]
	if c == nil {
		c = &Counts{}
		r.ByType[t] = c
	}
	return c
}

// Types returns the entity types seen, sorted.
func (r *Report) Types() []string {
	ts := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// Write prints the report in the layout of conlleval: a summary line,
// the micro scores, then one line per type. Percentages have two decimals.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "%s: processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		r.Name, r.Tokens, r.Micro.Gold, r.Micro.Predicted, r.Micro.Correct)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*score.Ratio(r.TokensCorrect, r.Tokens), 100*r.Micro.Precision(), 100*r.Micro.Recall(), 100*r.Micro.F1())
	for _, t := range r.Types() {
		c := r.ByType[t]
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Predicted)
	}
}

// split returns a tag's chunk role ('B', 'I', 'E', 'S' or 'O') and type.
// Anything malformed counts as O, as conlleval does for unknown prefixes.
func split(tag string) (byte, string) {
	if len(tag) >= 3 && tag[1] == '-' {
		switch tag[0] {
		case 'B', 'I', 'E', 'S':
			return tag[0], tag[2:]
		case 'L':
			return 'E', tag[2:]
		case 'U':
			return 'S', tag[2:]
		}
	}
	return 'O', ""
}

// Chunks appends to dst[:0] the chunks of one sentence's tags, by
// conlleval's rules, ordered by start.
func Chunks(tags []string, dst []Chunk) []Chunk {
	dst = dst[:0]
	prevTag, prevType := byte('O'), ""
	start := -1
	for i, tg := range tags {
		t, ty := split(tg)
		if start >= 0 && endOfChunk(prevTag, t, prevType, ty) {
			dst = append(dst, Chunk{start, i, prevType})
			start = -1
		}
		if startOfChunk(prevTag, t, prevType, ty) {
			start = i
		}
		prevTag, prevType = t, ty
	}
	if start >= 0 {
		dst = append(dst, Chunk{start, len(tags), prevType})
	}
	return dst
}

// endOfChunk is conlleval's endOfChunk: does a chunk end between the
// previous tag and this one?
func endOfChunk(prev, cur byte, prevType, curType string) bool {
	switch {
	case prev == 'E' || prev == 'S':
		return true
	case prev == 'B' && (cur == 'B' || cur == 'S' || cur == 'O'):
		return true
	case prev == 'I' && (cur == 'B' || cur == 'S' || cur == 'O'):
		return true
	case prev != 'O' && prevType != curType:
		return true
	}
	return false
}

// startOfChunk is conlleval's startOfChunk: does a chunk start at this
// tag?
func startOfChunk(prev, cur byte, prevType, curType string) bool {
	switch {
	case cur == 'B' || cur == 'S':
		return true
	case (prev == 'E' || prev == 'S' || prev == 'O') && (cur == 'E' || cur == 'I'):
		return true
	case cur != 'O' && prevType != curType:
		return true
	}
	return false
}
