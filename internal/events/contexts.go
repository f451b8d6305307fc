package events

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed data/contexts.txt
var contextsData string

// contextPhrase is one issue phrase of data/contexts.txt.
type contextPhrase struct {
	words   []string
	context string
}

// contextIndex maps a phrase's first word to its phrases, longest first.
type contextIndex map[string][]contextPhrase

func parseContexts(src, name string) (contextIndex, error) {
	idx := contextIndex{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		name0, rest, ok := strings.Cut(line, ":")
		name0 = strings.TrimSpace(name0)
		if !ok || name0 == "" {
			return nil, fmt.Errorf("%s:%d: want \"CONTEXT: phrase | phrase\"", name, ln)
		}
		for _, ph := range strings.Split(rest, "|") {
			w := strings.Fields(strings.ToLower(ph))
			if len(w) == 0 {
				return nil, fmt.Errorf("%s:%d: empty phrase", name, ln)
			}
			l := idx[w[0]]
			l = append(l, contextPhrase{words: w, context: name0})
			for i := len(l) - 1; i > 0 && len(l[i].words) > len(l[i-1].words); i-- {
				l[i], l[i-1] = l[i-1], l[i]
			}
			idx[w[0]] = l
		}
	}
	return idx, sc.Err()
}

// sentenceContexts appends to dst the contexts the sentence's words name,
// each once, in text order.
func (c *Coder) sentenceContexts(buf *Buffers, dst []string) []string {
	dst = dst[:0]
	for i := range buf.info {
		for _, ph := range c.contexts[buf.word(i)] {
			if i+len(ph.words) > len(buf.info) {
				continue
			}
			ok := true
			for k := 1; k < len(ph.words); k++ {
				if buf.word(i+k) != ph.words[k] {
					ok = false
					break
				}
			}
			if ok {
				if !slices.Contains(dst, ph.context) {
					dst = append(dst, ph.context)
				}
				break
			}
		}
	}
	return dst
}
