package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/internal/analysis"
)

// resolve fills Speaker and SpeakerName (see Extract for the rules).
func resolve(t string, qs []analysis.Quote, mentions []analysis.Mention, x *Extractor, b *Buffers) {
	lastID, lastName := "", ""
	for i := range qs {
		q := &qs[i]
		if q.Source == nil {
			continue
		}
		s := *q.Source
		if m := headMention(mentions, s); m >= 0 {
			q.Speaker = mentions[m].Actor
			q.SpeakerName = nameOf(mentions, m)
			lastID, lastName = q.Speaker, q.SpeakerName
			continue
		}
		src := t[s.Start:s.End]
		if nameLike(src, x, b) {
			q.SpeakerName = trimName(src)
			lastID, lastName = "", q.SpeakerName
			continue
		}
		// a pronoun or a definite description ("he", "the aide"): the
		// speaker named last; an indefinite one ("two diplomats", "a
		// spokesman") is someone else, unnamed
		if refersBack(src, x, b) {
			q.Speaker, q.SpeakerName = lastID, lastName
		}
	}
}

// refersBack reports whether a source that is not a name points back to
// someone named before: a pronoun, or a phrase opening with "the".
func refersBack(s string, x *Extractor, b *Buffers) bool {
	first := s
	if i := strings.IndexAny(s, " ,"); i >= 0 {
		first = s[:i]
	}
	return x.lookup(first, &b.lower)&cPronoun != 0 || strings.EqualFold(first, "the")
}

// headMention is the index of the mention with an actor inside s that
// ends last (the head of the phrase), or -1.
func headMention(ms []analysis.Mention, s analysis.Span) int {
	best := -1
	for i, m := range ms {
		if m.Actor == "" || m.Start < s.Start || m.End > s.End {
			continue
		}
		if best < 0 || m.End > ms[best].End || (m.End == ms[best].End && m.Start < ms[best].Start) {
			best = i
		}
	}
	return best
}

// nameOf is the first name-kind mention text of mention m's actor, else
// m's own text.
func nameOf(ms []analysis.Mention, m int) string {
	for _, o := range ms {
		if o.Actor == ms[m].Actor && o.Kind == "name" && o.Text != "" {
			return o.Text
		}
	}
	return ms[m].Text
}

// nameLike reports whether a source is a name rather than a pronoun or a
// description: it starts with a capital letter and is not a pronoun or a
// determiner ("The aide").
func nameLike(s string, x *Extractor, b *Buffers) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	first := s
	if i := strings.IndexAny(s, " ,"); i >= 0 {
		first = s[:i]
	}
	return x.lookup(first, &b.lower)&(cPronoun|cNoun|cRelative) == 0
}

// trimName keeps a source's name before any apposition: "Jane Roe, a
// spokeswoman" gives "Jane Roe".
func trimName(s string) string {
	if i := strings.IndexByte(s, ','); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
