package stories

import (
	"slices"
	"strings"

	"parley/internal/actors"
	"parley/internal/analysis"
)

// title builds the short label of a story: its sides, a topic word the
// text puts before the noun ("border talks"), the noun of its kind and its
// place: "India-China border talks in Beijing".
func (b *builder) title(st *story, kind string, loc *analysis.Location) string {
	var sb strings.Builder
	names := 0
	for _, sd := range st.sides {
		if names == 3 {
			sb.WriteString(" and others")
			break
		}
		if names > 0 {
			sb.WriteByte('-')
		}
		sb.WriteString(strings.TrimPrefix(b.sideName(sd), "the "))
		names++
	}
	if sb.Len() > 0 {
		sb.WriteByte(' ')
	}
	if t := b.topic(st, kind); t != "" {
		sb.WriteString(t)
		sb.WriteByte(' ')
	}
	sb.WriteString(b.lx.noun(kind))
	if loc != nil && loc.Name != "" {
		sb.WriteString(" in ")
		sb.WriteString(loc.Name)
	}
	return sb.String()
}

// topic returns the topic word ("border", "trade") written right before
// the kind's noun or one of its anaphors in a sentence of the story's
// happenings, or "".
func (b *builder) topic(st *story, kind string) string {
	s, lx := b.s, b.lx
	for _, i := range st.anchors {
		si := s.info[i].sent
		if si < 0 {
			continue
		}
		ws := s.words[s.sentWords[si]:s.sentWords[si+1]]
		for k := 1; k < len(ws); k++ {
			w := string(s.lower[ws[k].start:ws[k].end])
			if w != lx.noun(kind) && lx.anaphors[w] != kind {
				continue
			}
			if t := string(s.lower[ws[k-1].start:ws[k-1].end]); lx.topics[t] && !ws[k].brk {
				return t
			}
		}
	}
	return ""
}

// sideName names a side for people: the country's or organisation's short
// name from the dictionary ("India", "US", "NATO"), else the name of an
// actor of that side in the document, else the code.
func (b *builder) sideName(side string) string {
	d := b.in.Dictionary
	if d == nil {
		d = actors.Default()
	}
	if e := d.Country(side); e != nil && len(e.Aliases) > 0 {
		return shortName(e.Aliases)
	}
	for _, a := range b.in.Actors {
		if a.ID == side || a.Country == side && a.Name != "" {
			return a.Name
		}
	}
	return side
}

// shortName picks the name a headline uses: the first alias, unless it is
// several words and an alias is their initials ("United States" -> "US",
// "United Arab Emirates" -> "UAE"; but "South Korea", not "ROK").
func shortName(aliases []string) string {
	first := aliases[0]
	if !strings.Contains(first, " ") {
		return first
	}
	var initials strings.Builder
	for _, w := range strings.Fields(first) {
		switch strings.ToLower(w) {
		case "of", "the", "and":
			continue
		}
		initials.WriteByte(w[0])
	}
	for _, a := range aliases[1:] {
		if len(a) >= 2 && len(a) <= 5 && a == strings.ToUpper(initials.String()) {
			return a
		}
	}
	return first
}

// accounts groups the quotes about a story by the speaker's side, in the
// order the sides first speak, each with its stance and a summary.
func (b *builder) accounts(st *story, kind string, qs []int) []analysis.Account {
	var out []analysis.Account
	var hits [][]hit
	for _, qi := range qs {
		q := &b.quotes[qi]
		if q.Speaker == "" {
			continue
		}
		side := b.s.side[q.Speaker]
		if side == "" {
			continue // no country or organisation: no side to speak for
		}
		k := slices.IndexFunc(out, func(a analysis.Account) bool { return a.Side == side })
		if k < 0 {
			k = len(out)
			out = append(out, analysis.Account{Side: side})
			hits = append(hits, nil)
		}
		a := &out[k]
		if !slices.Contains(a.Actors, q.Speaker) {
			a.Actors = append(a.Actors, q.Speaker)
		}
		a.Quotes = append(a.Quotes, q.ID)
		if q.Stance != "" {
			for _, c := range q.Content {
				b.s.qwords, hits[k], _, _ = b.lx.stanceHits(b.s.lower, c.Start, c.End, b.s.qwords, hits[k])
			}
		}
	}
	for k := range out {
		out[k].Stance = stanceOf(hits[k])
		if out[k].Stance == "" {
			out[k].Stance = "neutral"
		}
		out[k].Summary = b.summary(out[k].Side, kind, out[k].Stance, hits[k])
	}
	return out
}

// summary says in one line what a side says about the story, from the
// stance phrases of its statements: "China calls the talks candid and
// constructive.", "India sees some progress but no agreement."
func (b *builder) summary(side, kind, stance string, hits []hit) string {
	noun := b.lx.noun(kind)
	var adjs, nouns, verbs []string
	var nounCls []class
	for _, h := range hits {
		t := string(b.s.lower[h.start:h.end])
		switch h.form {
		case formAdj:
			if !slices.Contains(adjs, t) {
				adjs = append(adjs, t)
			}
		case formNoun:
			if !slices.Contains(nouns, t) {
				nouns = append(nouns, t)
				nounCls = append(nounCls, h.class)
			}
		case formVerb:
			if !slices.Contains(verbs, t) {
				verbs = append(verbs, t)
			}
		}
	}
	var clauses []string
	if len(adjs) > 0 {
		clauses = append(clauses, "calls the "+noun+" "+list(adjs[:min(len(adjs), 3)]))
	}
	if len(nouns) > 0 {
		clauses = append(clauses, "sees "+nounClause(nouns, nounCls))
	}
	if len(verbs) > 0 && len(clauses) < 2 {
		clauses = append(clauses, "says the "+noun+" "+verbs[0])
	}
	name := capitalise(b.sideName(side))
	if len(clauses) == 0 {
		switch stance {
		case "positive":
			return name + " speaks well of the " + noun + "."
		case "negative":
			return name + " speaks critically of the " + noun + "."
		case "mixed":
			return name + " is guarded about the " + noun + "."
		}
		return name + " comments on the " + noun + "."
	}
	if len(clauses) > 2 {
		clauses = clauses[:2]
	}
	return name + " " + strings.Join(clauses, " and ") + "."
}

// nounClause puts the first favourable (positive or guarded) phrase before
// the first unfavourable one ("some progress but no agreement"); phrases
// that agree are joined by "and".
func nounClause(nouns []string, cls []class) string {
	fav, unfav := -1, -1
	for i, c := range cls {
		if c != clsNegative && fav < 0 {
			fav = i
		}
		if c == clsNegative && unfav < 0 {
			unfav = i
		}
	}
	if fav >= 0 && unfav >= 0 {
		return nouns[fav] + " but " + nouns[unfav]
	}
	return list(nouns[:min(len(nouns), 2)])
}

// capitalise upper-cases the first letter of an ASCII name ("the West").
func capitalise(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// list joins words as English does: "a", "a and b", "a, b and c".
func list(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}
