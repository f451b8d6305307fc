package events

import (
	"slices"
	"strings"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/cameo"
	"parley/internal/places"
	"parley/internal/pos"
	"parley/internal/text"
	"parley/internal/timex"
)

// verbState is what the words before a matched verb say about it.
type verbState struct {
	future, hypo, negated, passive, conditional bool
	deontic                                     bool      // "must", "should": what someone wants done
	inCondition                                 bool      // inside "if ..." / "unless ..." itself
	wantObj, wantAt                             int       // "wants Armenia to ...": the object group and the want word, or -1
	ctl                                         wordClass // the control verb's class ("refused to"), 0 when none
	governed                                    bool      // the verb is the complement of another pattern ("urged X to meet")
	plan                                        bool      // a plan reported by others ("is scheduled to"): the act, in the future
	reduced                                     bool      // a reduced relative ("soldiers killed in the raid"): passive, its noun the target
}

// isPrepared reports whether token j is "prepared" or "preparing" with no
// form of "be" before it: "the leader prepared to attend" is getting
// ready (a plan), "he is prepared to lift the ban" willingness (intent).
func isPrepared(buf *Buffers, j int) bool {
	w := buf.word(j)
	if w != "prepared" && w != "preparing" && w != "prepares" && w != "prepare" {
		return false
	}
	return j == 0 || buf.info[j-1].class&wBe == 0
}

// emit turns the sentence's matches into events.
func (c *Coder) emit(in Input, si int, s analysis.Sentence, codes map[string]*analysis.Actor, buf *Buffers, out []analysis.Event) []analysis.Event {
	ms := buf.matches
	// Left to right, so a subject that is the object of an earlier verb
	// ("X met Y and attacked Z") can take that verb's subject.
	sortMatches(ms)
	start := len(out)
	ref, _ := timex.ParseDay(in.Published)
	buf.issues = c.sentenceContexts(buf, buf.issues)
	for mi := range ms {
		m := &ms[mi]
		m.drop = true
		st := c.verbState(m, buf)
		if st.negated && st.ctl == wCtlIntent && !st.hypo && m.p.Code < "09" {
			// "is not ready to negotiate", "is not willing to provide
			// aid": declining to cooperate is a rejection (12x).
			st.ctl, st.negated, st.future = wCtlReject, false, false
		}
		if st.negated && st.future && st.ctl == 0 && !st.hypo {
			// "would not provide support", "will not attend": CAMEO codes
			// a refusal as a rejection.
			st.ctl, st.negated, st.future = wCtlReject, false, false
		}
		m.st = st
		if st.governed || st.inCondition {
			continue
		}
		src := c.subject(m, mi, buf, codes)
		tgt := m.target
		if st.passive && strings.HasPrefix(m.p.Code, "15") && !agentAfter(buf, m.end) {
			// "British troops deployed in Iraq", "forces were put on
			// alert": what a country mobilises is its own; the passive's
			// subject still names the side that acts.
			st.passive, st.reduced = false, false
		}
		if st.passive {
			// "Y was attacked by X": the subject is the target; the source
			// follows "by". A subject found only after a preposition ("The
			// civilians imprisoned for acting against Moscow were
			// released") is not it.
			tgt, src = src, -1
			if tgt >= 0 && buf.groups[tgt].prep {
				tgt = -1
			}
			if st.reduced {
				// Only the noun the participle follows is its target.
				tgt = -1
				if g := buf.info[m.first-1].inGroup; g >= 0 {
					tgt = int(g)
				}
			}
			// The agent may follow the verb's complements ("was accused
			// of misusing funds, much of it embezzled, by officials"):
			// the first "by" and an actor in the rest of the clause.
			if m.byGroup >= 0 {
				src = m.byGroup // "was asked by Russia to ..."
			}
			for q := m.end; src < 0 && q < len(buf.info) && q <= m.end+25; q++ {
				if q > m.end+2 && (buf.info[q].quote || buf.info[q].class&(wClause|wRelative) != 0 || buf.is(q, ";")) {
					break
				}
				if buf.is(q, "by") && q+1 < len(buf.info) {
					if q > m.end+2 && buf.info[q+1].groupAt < 0 && (q+2 >= len(buf.info) || buf.info[q+2].groupAt < 0) {
						continue
					}
					r := q + 1
					for r < len(buf.info) && buf.info[r].class&wDet != 0 && buf.info[r].groupAt < 0 {
						r++
					}
					if r+1 < len(buf.info) && buf.info[r].groupAt < 0 && buf.info[r+1].groupAt >= 0 && !capitalised(buf, r) && buf.info[r].class&(wPrep|wClause) == 0 {
						r++ // "by current Haitian officials"
					}
					if r < len(buf.info) && buf.info[r].groupAt >= 0 {
						src = int(buf.info[r].groupAt)
						m.end = max(m.end, buf.groups[src].end)
					}
					break
				}
			}
			if tgt < 0 && m.target >= 0 {
				// "a mortar bomb was fired at it": the slot holds the
				// target when the subject is no actor.
				tgt = m.target
			}
			if src < 0 && m.p.Code >= "14" {
				// "... was fired at it from the Gaza Strip": where a
				// passive attack came from is who made it.
				src = c.fromOrigin(m, buf, in, codes)
			}
			if src < 0 && (strings.HasPrefix(m.p.Code, "09") || strings.HasPrefix(m.p.Code, "17")) {
				// "was arrested in Lebanon", "has been put under
				// investigation in Italy": only a state arrests and
				// investigates, the state where it happens.
				src = c.stateOfPlace(m, buf, in, codes)
			}
		} else if m.srcSlot >= 0 {
			// "X received weapons from Y": Y is the source, X the target.
			src, tgt = m.srcSlot, src
		} else if tgt < 0 && !(m.p.TwoWay && src >= 0 && len(buf.groups[src].actors) > 1) {
			// ("Israel and Lebanon renewed negotiations on an Israeli
			// pullback": a two-way verb of a list is between its members.)
			tgt = c.looseObject(m, buf, in, codes)
			if tgt >= 0 && buf.groups[tgt].synth && !buf.groups[tgt].adjective && strings.HasPrefix(m.p.Code, "14") && src >= 0 {
				// "Tibetans marched in Kathmandu to protest against China's
				// crackdown": the location stands for the target only when
				// the clause names none.
				if g := c.farObject(m, src, buf, in, codes, true); g >= 0 {
					tgt = g
				}
			}
			if (tgt < 0 || !coded(buf, tgt, codes)) && src >= 0 && coded(buf, src, codes) {
				// ("contribute troops to a force in Liberia", "killed 20
				// civilians in Helmand": an object of no known country
				// gives way to a coded one further on.)
				if g := c.farObject(m, src, buf, in, codes, false); g >= 0 {
					tgt = g
				}
			}
			if tgt >= 0 && src >= 0 && buf.groups[tgt].adjective && sameCountry(buf.groups[src].actors, buf.groups[tgt].actors, codes) {
				// A country named only by an adjective or a place, and
				// the source's own ("Israel ... on an Israeli pullback"),
				// is no counterpart; a group of that country mentioned as
				// such is ("investigations against Chilean officials").
				tgt = -1
			}
		}
		if src < 0 && !st.passive {
			src = c.leadClauseSubject(m, buf)
		}
		if src < 0 && !st.passive {
			// "Syria's foreign minister said his country was ready to
			// resume talks": the speaker's country.
			if k := possessiveCountry(buf, m.first); k >= 0 {
				src = c.reporterBefore(m, k, buf)
			}
		}
		if (src < 0 || !coded(buf, src, codes)) && !st.passive {
			// ("Police in Karachi fired tear gas": the police of no
			// known country are Pakistan's.)
			if g := c.placedSubject(m, buf, in, codes); g >= 0 {
				src = g
			}
		}
		if src < 0 && tgt < 0 && strings.HasPrefix(m.p.Code, "01") {
			// A statement with no subject of its own ("..., adding that
			// the details would not be made public") is the speaker's.
			src = c.reporterBefore(m, m.first, buf)
		}
		if m.p.TwoWay && tgt < 0 && src >= 0 && len(buf.groups[src].actors) < 2 && buf.pair.a == nil {
			// A two-way verb with one side and no counterpart anywhere
			// ("the ministry will meet its targets") is not an
			// interaction.
			continue
		}
		if tgt < 0 && src >= 0 && (strings.HasPrefix(m.p.Code, "13") || st.ctl == wCtlThreat || st.conditional) {
			// "threatened to resume attacks unless Israel rescinded the
			// annexation", "would retaliate if Poland allowed ...": a
			// threat or conditional conflict is aimed at the condition's
			// subject.
			tgt = conditionSubject(buf, m.end)
		}
		m.source, m.tgt = src, tgt
		if src < 0 && tgt < 0 && m.p.TwoWay && buf.pair.a != nil {
			// "no agreement was reached": between the document's two sides.
			m.drop = false
			continue
		}
		// The same actor on both sides is no event, unless the target is
		// a place of the source's own country ("Thailand imposed a curfew
		// in Bangkok": a domestic act).
		if src < 0 && tgt < 0 || src >= 0 && src == tgt || src >= 0 && tgt >= 0 && !buf.groups[tgt].synth && slices.Equal(buf.groups[src].actors, buf.groups[tgt].actors) {
			continue
		}
		if !coded(buf, src, codes) && tgt >= 0 && buf.groups[tgt].synth {
			// A side known only as a place or a country adjective and the
			// other unknown or a private person ("Jamie heads to Poland",
			// "recapturing his title in Helsinki"): no event between
			// political actors.
			continue
		}
		if !coded(buf, src, codes) && !coded(buf, tgt, codes) {
			// Neither side is a known actor with a code (a private person,
			// an unknown company): not an event between political actors.
			continue
		}
		if !c.verbalIng(m, buf) {
			continue
		}
		m.drop = false
		if st.wantObj >= 0 {
			// The wanter's demand of the object (CAMEO 10x).
			w := match{first: st.wantAt, anchor: st.wantAt, p: m.p, target: -1, source: -1}
			if ws := c.subject(&w, mi, buf, codes); ws >= 0 && ws != st.wantObj {
				m.override = c.demandCode(m.p.Code)
				m.source, m.tgt = ws, st.wantObj
			}
		}
		if st.deontic && src >= 0 {
			// "Russia said Sudan must return the helicopter": Russia's
			// demand of Sudan, not Sudan returning anything.
			if sp := c.reporter(m, src, buf); sp >= 0 && !sameCountry(buf.groups[sp].actors, buf.groups[src].actors, codes) {
				m.override = c.demandCode(m.p.Code)
				m.source, m.tgt = sp, src
			}
		}
	}
	c.refineRequests(ms, buf)
	selectMatches(ms)
	for mi := range ms {
		m := &ms[mi]
		if m.drop {
			continue
		}
		st, src, tgt := m.st, m.source, m.tgt
		code, modality := c.transform(m.p.Code, st)
		if m.override != "" {
			code, modality = m.override, "asserted"
			st.negated = false
		} else if st.deontic {
			modality = "hypothetical"
		}
		if src < 0 && code != m.p.Code && m.override == "" && (strings.HasPrefix(code, "03") || strings.HasPrefix(code, "13")) && buf.pair.a == nil {
			// An intent or a threat that the grammar made of a verb but
			// whose holder the sentence does not name ("a resolution that
			// aims to impose a blockade"): no one's intent.
			continue
		}
		info, ok := cameo.Lookup(code)
		if !ok {
			continue
		}
		ev := analysis.Event{
			Sentence:   si,
			Negated:    st.negated,
			Modality:   modality,
			Confidence: confidence(m, src, tgt),
		}
		setCode(&ev, info, buf.issues)
		lo, hi := m.first, m.end
		var srcActors, tgtActors []string
		if src >= 0 {
			srcActors = buf.groups[src].actors
			lo, hi = min(lo, buf.groups[src].start), max(hi, buf.groups[src].end)
		}
		if tgt >= 0 {
			tgtActors = buf.groups[tgt].actors
			lo, hi = min(lo, buf.groups[tgt].start), max(hi, buf.groups[tgt].end)
		}
		ev.Evidence = analysis.Span{Start: int(buf.toks[lo].Start), End: int(buf.toks[hi-1].End)}
		inferred := false
		switch {
		case len(srcActors) > 0 && len(tgtActors) == 0:
			if a := codes[srcActors[0]]; a != nil {
				tgtActors = buf.pair.other(a.Country)
				inferred = tgtActors != nil
			}
		case len(srcActors) == 0 && len(tgtActors) == 0:
			srcActors, tgtActors = buf.pair.a, buf.pair.b
			inferred = true
		}
		if inferred {
			ev.Confidence = float64(int(ev.Confidence*80+0.5)) / 100
		}
		if g := viaGroup(buf, src, tgt); g >= 0 {
			ev.Via = append([]string{}, buf.groups[g].actors...)
		}
		anchorOff := int(buf.toks[m.anchor].Start)
		ev.ReportedBy = reportedBy(in.Quotes, anchorOff, code)
		day := ref
		if ev.ReportedBy != "" {
			day, buf.dates = speakingDay(in.Text, in.Sentences, quoteByID(in.Quotes, ev.ReportedBy), ref, buf.dates)
		}
		buf.dates = dateOf(&ev, in.Text, s, anchorOff, day, modality == "future", in.Published, buf.dates)
		ts, te := -1, -1
		if tgt >= 0 {
			ts, te = buf.groups[tgt].start, buf.groups[tgt].end
		}
		ev.Location = placeOf(in.Text, buf, lo, hi, code, ts, te)
		if ev.Location == nil && m.objPlace != nil {
			ev.Location = location(m.objPlace)
		}
		if ev.Location == nil && modality == "asserted" && !ev.Negated && in.Dateline != nil && ev.DateFromPublication && src >= 0 {
			// Wire copy is filed from where it happens: an event of the
			// dateline country's own actors, with no place and no other
			// date in its sentence, took place in the dateline's city.
			if loc := datelinePlace(in.Dateline.Place); loc != nil {
				if a := codes[buf.groups[src].actors[0]]; a != nil && a.Country == loc.Country {
					ev.Location = loc
				}
			}
		}
		if code == "150" && len(tgtActors) == 0 && len(srcActors) > 1 && !sameCountry(srcActors[:1], srcActors[1:], codes) {
			// "French and Egyptian warships launched war games": forces of
			// several states exercising together cooperate militarily
			// (062), as CAMEO codes joint exercises.
			if j, ok := cameo.Lookup("062"); ok {
				code = j.Code
				setCode(&ev, j, buf.issues)
			}
		}
		// Only an interaction that happens goes both ways: "X offered to
		// negotiate with Y" is X's intent alone.
		twoWay := m.p.TwoWay && code == m.p.Code && modality == "asserted"
		switch {
		case twoWay && len(tgtActors) > 0 && len(srcActors) > 0:
			out = addEvent(out, start, ev, srcActors, tgtActors, codes)
			out = addEvent(out, start, ev, tgtActors, srcActors, codes)
			if !inferred && !ev.Negated {
				buf.pair = newDialogue(srcActors, tgtActors, codes)
			}
		case len(tgtActors) == 0 && len(srcActors) > 1 && (m.p.TwoWay || code >= "03" && code < "07"):
			// A list with no counterpart ("Brazil and the United States
			// are seeking to deepen a partnership", "Russia and China will
			// meet"): its members act toward each other.
			if !ev.Negated {
				buf.pair = newDialogue(srcActors[:1], srcActors[1:2], codes)
			}
			for _, a := range srcActors {
				for _, b := range srcActors {
					if a != b {
						out = addEvent(out, start, ev, []string{a}, []string{b}, codes)
					}
				}
			}
		default:
			out = addEvent(out, start, ev, srcActors, tgtActors, codes)
		}
		// "X said Y attacked Z": the claim is X accusing Y (CAMEO 112), an
		// event of its own beside the conflict it reports.
		if info.Quad == 4 && src >= 0 && !st.negated && m.override == "" && !st.deontic {
			if sp := c.leadingReporter(m, src, buf); sp >= 0 && !sameCountry(buf.groups[sp].actors, srcActors, codes) {
				if acc, ok := cameo.Lookup("112"); ok {
					e2 := ev
					setCode(&e2, acc, buf.issues)
					e2.Modality = "asserted"
					// The accusation is made when it is reported, not
					// when the act it claims happened.
					e2.Date, e2.DateText, e2.DateFromPublication, e2.Location = "", "", false, nil
					if in.Published != "" {
						e2.Date, e2.DateFromPublication = in.Published, true
					}
					lo, hi := min(buf.groups[sp].start, buf.groups[src].start), max(buf.groups[sp].end, buf.groups[src].end)
					e2.Evidence = analysis.Span{Start: int(buf.toks[lo].Start), End: int(buf.toks[hi-1].End)}
					e2.Confidence = float64(int(ev.Confidence*80+0.5)) / 100
					out = addEvent(out, start, e2, buf.groups[sp].actors, srcActors, codes)
				}
			}
		}
	}
	return out
}

// refineRequests gives a general appeal or demand (020, 100) the code of
// what it asks for, from the verb it governs: "asked Brazil to extradite
// the suspects" is an appeal for judicial cooperation (0213) as the
// demand for it is 1013; "demanded that China change its policy" a
// demand for policy change (1042), and China's changing nothing is no
// event of its own.
func (c *Coder) refineRequests(ms []match, buf *Buffers) {
	for i := range ms {
		a := &ms[i]
		if a.drop || a.override != "" || a.p.Code != "020" && a.p.Code != "100" {
			continue
		}
		for j := range ms {
			b := &ms[j]
			if j == i || b.first < a.end || b.first > a.end+3 || b.p.Code < "03" {
				continue
			}
			if b.p.Code >= "10" {
				// Only what can be asked of someone refines it:
				// cooperation, aid, reform, yielding, talks. Urging
				// someone to attack or to refuse has no appeal code of
				// its own.
				break
			}
			if b.st.ctl != 0 || b.st.negated {
				break // "demanded that its partners refuse to recognize": not asking for recognition
			}
			// Governed by a itself: "urged Russia to withdraw", the "to"
			// right after a's target.
			governed := b.st.governed && b.first == a.end+1 && buf.is(a.end, "to")
			if !governed && a.tgt >= 0 && b.source == a.tgt && !b.drop {
				// "demanded that China change its policy": the that-clause's
				// subject is the demand's target.
				governed = true
				b.drop = true
			}
			if !governed {
				continue
			}
			d := c.demandCode(b.p.Code)
			if d == "100" {
				break
			}
			if a.p.Code == "020" {
				d = "02" + d[2:]
			}
			if _, ok := cameo.Lookup(d); ok {
				a.override = d
			}
			break
		}
	}
}

// leadingReporter is reporter limited to a verb of saying before the
// event ("X said (that) Y attacked Z"): a trailing attribution (", police
// said") is the journalist's sourcing, not an accusation.
func (c *Coder) leadingReporter(m *match, src int, buf *Buffers) int {
	g, _ := reportSubjectBefore(buf, min(buf.groups[src].start, m.first))
	return g
}

// reporter returns the group whose claim reports match m (source group
// src): the subject of a verb of saying before it ("X said Y attacked"),
// of one after it ("Y attacked Z, X said"; "..., said X"), or the X of
// "according to X"; -1 when there is none.
func (c *Coder) reporter(m *match, src int, buf *Buffers) int {
	return c.reporterBefore(m, min(buf.groups[src].start, m.first), buf)
}

// reporterBefore is reporter for an event whose words start at token
// first.
func (c *Coder) reporterBefore(m *match, first int, buf *Buffers) int {
	if g, found := reportSubjectBefore(buf, first); found {
		return g
	}
	for r := m.end; r < len(buf.info); r++ {
		ti := &buf.info[r]
		if buf.is(r, "according") && buf.is(r+1, "to") {
			return groupAfter(buf, r+2)
		}
		if ti.class&wReport == 0 {
			if ti.class&wClause != 0 && !buf.is(r, "as") {
				return -1 // "..., while inspectors said": another clause
			}
			continue
		}
		// ", X said" or ", said X"
		for j := r - 1; j >= m.end; j-- {
			if g := buf.info[j].inGroup; g >= 0 {
				return int(g)
			}
			if buf.is(j, ",") || buf.info[j].quote {
				break
			}
		}
		return groupAfter(buf, r+1)
	}
	return -1
}

// reportSubjectBefore finds the nearest verb of saying before token first,
// with no quotation mark between, and returns the group that is its
// subject ("X said (that) ..."; -1 when it has none) and true; it returns
// -1 and false when there is no such verb.
func reportSubjectBefore(buf *Buffers, first int) (int, bool) {
	for r := first - 1; r >= 0; r-- {
		if buf.info[r].quote {
			break
		}
		if buf.info[r].class&wReport == 0 {
			continue
		}
		for j := r - 1; j >= 0; j-- {
			ti := &buf.info[j]
			if g := ti.inGroup; g >= 0 {
				if !buf.groups[g].prep {
					return int(g), true
				}
				j = buf.groups[g].start
				continue
			}
			if ti.quote || ti.class&wClause != 0 {
				break
			}
		}
		return -1, true
	}
	return -1, false
}

// groupAfter returns the group starting at token q, after determiners.
func groupAfter(buf *Buffers, q int) int {
	for q < len(buf.info) && buf.info[q].groupAt < 0 && buf.info[q].class&wDet != 0 {
		q++
	}
	if q < len(buf.info) && buf.info[q].groupAt >= 0 {
		return int(buf.info[q].groupAt)
	}
	return -1
}

// coded reports whether group g has a first actor with a CAMEO code.
func coded(buf *Buffers, g int, codes map[string]*analysis.Actor) bool {
	if g < 0 {
		return false
	}
	a := codes[buf.groups[g].actors[0]]
	return a != nil && a.Code != ""
}

// verbalIng reports whether the match's anchor, when it is an -ing form,
// is a verb rather than a noun: "is meeting", "after meeting", ", meeting"
// are verbs; "the G7 meeting", "tough talks" are not.
func (c *Coder) verbalIng(m *match, buf *Buffers) bool {
	w := buf.word(m.anchor)
	if !strings.HasSuffix(w, "ing") || m.first != m.anchor {
		return true
	}
	for j := m.anchor - 1; j >= 0; j-- {
		ti := &buf.info[j]
		switch {
		case ti.class&(wBe|wCtlDeny) != 0:
			return true
		case ti.class&(wSkip|wNegation) != 0 && !buf.is(j, "to"), strings.HasSuffix(buf.word(j), "ly"):
			continue
		}
		switch buf.word(j) {
		case "after", "before", "while", "since", "by", "without", "on", "upon", "when", "of", "for", ",", "and", "from", "in", "about":
			return true
		}
		return false
	}
	return true // sentence-initial: "Meeting in Geneva, the ministers ..."
}

// leadClauseSubject returns the subject of a leading participle or
// subordinate clause that has none of its own: "After meeting Putin,
// Trump said ..." takes Trump, the first actor after the clause's comma.
func (c *Coder) leadClauseSubject(m *match, buf *Buffers) int {
	j := m.first - 1
	for j >= 0 && buf.info[j].inGroup < 0 && !buf.is(j, ",") {
		j--
	}
	if j >= 0 && buf.info[j].inGroup >= 0 {
		return -1
	}
	// Now at the sentence start or a comma before the verb: the clause
	// must start the sentence.
	if j >= 0 {
		return -1
	}
	for q := m.end; q < len(buf.info); q++ {
		if buf.is(q, ",") {
			g := groupAfter(buf, q+1)
			if g >= 0 && !buf.groups[g].prep {
				return g
			}
			return -1
		}
		if buf.info[q].class&wClause != 0 || buf.info[q].quote {
			return -1
		}
	}
	return -1
}

// selectMatches keeps one event per pair of sides in a sentence (the
// first verb), and drops an event that
// lacks a side when another event of the sentence has the same known side
// and both: "agreed to provide aid for Romania" is one event, not also
// "agreed" with no target.
func selectMatches(ms []match) {
	for i := range ms {
		a := &ms[i]
		if a.drop {
			continue
		}
		for j := range ms {
			b := &ms[j]
			if i == j || b.drop {
				continue
			}
			switch {
			case a.source == b.source && a.tgt == b.tgt:
				// Two verbs for the same sides: the first is the clause's
				// main verb ("met ... for a round of talks on").
				if b.anchor < a.anchor || b.anchor == a.anchor && b.p.words > a.p.words {
					a.drop = true
				}
			case a.tgt < 0 && b.tgt >= 0 && a.source >= 0 && a.source == b.source,
				a.source < 0 && b.source >= 0 && a.tgt >= 0 && a.tgt == b.tgt:
				a.drop = true
			}
			if a.drop {
				break
			}
		}
	}
}

// viaGroup returns the go-between of the sentence's exchange: the actor
// after "through", "via", "mediated by", "brokered by" or "relayed by"
// that is neither side; -1 when there is none.
func viaGroup(buf *Buffers, src, tgt int) int {
	for q := 0; q+1 < len(buf.info); q++ {
		w := buf.word(q)
		next := q + 1
		switch {
		case w == "through" || w == "via":
		case (w == "mediated" || w == "brokered" || w == "relayed" || w == "carried" || w == "conveyed") && buf.is(q+1, "by"):
			next = q + 2
		default:
			continue
		}
		if g := groupAfter(buf, next); g >= 0 && g != src && g != tgt {
			return g
		}
	}
	return -1
}

// sameCountry reports whether the first actors of a and b have the same
// country (or are the same actor).
func sameCountry(a, b []string, codes map[string]*analysis.Actor) bool {
	if a[0] == b[0] {
		return true
	}
	x, y := codes[a[0]], codes[b[0]]
	return x != nil && y != nil && x.Country != "" && x.Country == y.Country
}

func newDialogue(a, b []string, codes map[string]*analysis.Actor) dialogue {
	// Copies: the lists may be views into the sentence's buffers, and the
	// dialogue outlives the sentence.
	d := dialogue{a: slices.Clone(a), b: slices.Clone(b)}
	if x := codes[a[0]]; x != nil {
		d.ca = x.Country
	}
	if x := codes[b[0]]; x != nil {
		d.cb = x.Country
	}
	return d
}

// addEvent appends ev with its sides, unless the sentence already has an
// event with the same sides and code (events[start:] are the sentence's).
func addEvent(out []analysis.Event, start int, ev analysis.Event, src, tgt []string, codes map[string]*analysis.Actor) []analysis.Event {
	for _, o := range out[start:] {
		if o.Code == ev.Code && slices.Equal(o.Source, src) && slices.Equal(o.Target, tgt) {
			return out
		}
	}
	ev.Source = append([]string{}, src...)
	ev.Target = append([]string{}, tgt...)
	if len(src) > 0 {
		if a := codes[src[0]]; a != nil {
			ev.SourceCode = a.Code
		}
	}
	if len(tgt) > 0 {
		if a := codes[tgt[0]]; a != nil {
			ev.TargetCode = a.Code
		}
	}
	return append(out, ev)
}

func sortMatches(ms []match) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].first < ms[j-1].first; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// verbState reads the words before the match: auxiliaries, negation,
// passive "be", a control verb with "to" ("refused to"), or another
// pattern governing this one ("urged Russia to withdraw").
func (c *Coder) verbState(m *match, buf *Buffers) verbState {
	st := verbState{wantObj: -1, wantAt: -1}
	j := m.first - 1
	sawBe := false
	for ; j >= 0; j-- {
		ti := &buf.info[j]
		w := buf.word(j)
		switch {
		case ti.quote:
			// 'would "respect the pause"': a quotation mark inside the
			// chain.
			continue
		case ti.inGroup >= 0:
			// The subject: the chain ends here. "Russia's refusal to" is
			// not a chain.
			goto done
		case w == "and" && j == m.first-1:
			// "scheduled to give a speech and meet with dissidents",
			// "agreed to cut tariffs and lift sanctions": a verb joined
			// to an infinitive shares its control verb.
			k := j - 1
			for ; k > 0 && k >= j-14; k-- {
				if buf.info[k].quote || buf.info[k].class&wClause != 0 || buf.is(k, ",") || buf.is(k, "to") {
					break
				}
			}
			if k <= 0 || !buf.is(k, "to") || k+1 >= j || len(buf.tags) == len(buf.info) && buf.tags[k+1] != pos.VB {
				goto done // ("kidnapped up to 16 advisers ... and exploded": no infinitive)
			}
			j = k + 1 // the loop steps back onto the "to"
		case w == "to":
			if j == 0 {
				goto done
			}
			// The control verb, past a day or an adverb: "threatened
			// Monday to resume".
			// The control verb, past a day, an adverb or a short phrase:
			// "threatened Monday to resume", "agreed in principle on
			// Saturday to provide".
			pj := j - 1
			for pj > 0 && pj >= j-6 && buf.info[pj].class&(wCtlReject|wCtlThreat|wCtlNegate|wCtlIntent|wCtlPlan) == 0 && buf.info[pj].inGroup < 0 && !buf.info[pj].quote && buf.info[pj].class&wClause == 0 && !buf.is(pj, ",") && !buf.is(pj, "to") && !buf.tagIsVerb(pj) {
				pj--
			}
			if buf.info[pj].class&(wCtlReject|wCtlThreat|wCtlNegate|wCtlIntent|wCtlPlan) == 0 {
				pj = j - 1
			}
			prev := &buf.info[pj]
			if prev.class&(wCtlReject|wCtlThreat|wCtlNegate|wCtlIntent|wCtlPlan) != 0 && len(buf.tags) == len(buf.info) && (buf.tags[pj] == pos.NN || buf.tags[pj] == pos.NNS) {
				// "rejected a US offer to host a summit": the noun's
				// complement, governed by the clause's verb.
				if c.verbBefore(buf, j, m) {
					st.governed = true
				}
				goto done
			}
			switch {
			case prev.class&wCtlReject != 0:
				st.ctl = wCtlReject
			case prev.class&wCtlThreat != 0:
				st.ctl = wCtlThreat
			case prev.class&wCtlNegate != 0:
				st.negated = true
			case prev.class&wCtlPlan != 0, prev.class&wCtlIntent != 0 && isPrepared(buf, pj):
				// "is scheduled to attend", "prepared to attend": the act,
				// planned.
				st.future, st.plan = true, true
			case prev.class&wCtlIntent != 0:
				st.future = true
				if st.ctl == 0 {
					st.ctl = wCtlIntent
				}
			default:
				// "urged Russia to withdraw", "called on X to": a pattern
				// ends right before "to" (its target included).
				if g := buf.info[j-1].inGroup; g >= 0 && buf.groups[g].start > 0 && buf.info[buf.groups[g].start-1].class&wWant != 0 {
					// "Azerbaijan wants Armenia to change its constitution":
					// a demand by the wanter on the object, not Armenia
					// changing anything.
					st.wantObj, st.wantAt = int(g), buf.groups[g].start-1
					goto done
				}
				if c.endsPatternAt(buf, j, m) || c.verbBefore(buf, j, m) {
					// ... or an infinitive of purpose or complement after
					// another verb of the clause ("met Putin to discuss",
					// "rejected an offer to host a summit"): that verb is
					// the event.
					st.governed = true
				}
				goto done
			}
			j = pj // past the control verb
		case ti.class&wCtlDeny != 0 && j == m.first-1 && strings.HasSuffix(buf.word(m.anchor), "ing"):
			st.ctl = wCtlDeny
		case ti.class&wNegation != 0 || strings.HasSuffix(w, "n't"):
			// A contracted auxiliary ("won't", "couldn't", "mustn't") is
			// also its auxiliary's class in modality.txt.
			st.negated = true
			st.future = st.future || ti.class&wAuxFuture != 0
			st.hypo = st.hypo || ti.class&wAuxHypo != 0
			st.deontic = st.deontic || ti.class&wAuxDeontic != 0
		case ti.class&wAuxFuture != 0:
			st.future = true
		case ti.class&wAuxDeontic != 0:
			st.deontic = true
		case ti.class&wAuxHypo != 0:
			st.hypo = true
		case ti.class&wBe != 0:
			if j >= m.first-3 {
				sawBe = true
			}
		case ti.class&wSkip != 0, strings.HasSuffix(w, "ly") && len(w) > 3 && len(buf.info[j].ids) == 0:
		default:
			goto done
		}
	}
done:
	// "the withdrawal did not mean that Libya had cut its ties", "he
	// did not say that X attacked Y": a clause under a denied verb.
	for k := m.first - 1; k >= 1 && k >= m.first-8; k-- {
		if buf.info[k].quote || buf.is(k, ",") || buf.is(k, ";") {
			break
		}
		if !buf.is(k, "that") {
			continue
		}
		if buf.info[k-1].class&wCtlDeny != 0 {
			// "The government denied that its forces had bombed the
			// villages": a denial (016), as "denied bombing" is, when
			// the denier speaks of itself; "Israel denied that Hamas had
			// attacked" denies another's act, which is then negated;
			// "did not deny that" denies nothing.
			switch {
			case negatedBefore(buf, k-1) || st.ctl != 0:
			case ownClause(buf, k):
				st.ctl = wCtlDeny
			default:
				st.negated = true
			}
			break
		}
		for n := k - 1; n >= 0 && n >= k-3; n-- {
			if buf.info[n].inGroup >= 0 {
				break
			}
			if w := buf.word(n); buf.info[n].class&wNegation != 0 && w != "no" || strings.HasSuffix(w, "n't") {
				st.negated = true
				break
			}
		}
		break
	}
	if strings.HasSuffix(buf.word(m.anchor), "ing") && m.first == m.anchor && (c.endsPatternAt(buf, m.first, m) || m.first > 0 && buf.info[m.first-1].class&wPrep != 0 && c.endsPatternAt(buf, m.first-1, m)) {
		// "accused the rebels of violating the truce", "was accused of
		// blocking": the accusation is the event, not the violation.
		st.governed = true
	}
	if sawBe && c.isParticiple(buf, m.anchor) && !prepositionalState(m, buf) {
		st.passive = true
	}
	if !st.passive && m.first == m.anchor && m.first > 0 && m.target < 0 && directObject(m.p) && len(buf.tags) == len(buf.info) && reducedRelative(buf, m.anchor) {
		// "a Hamas member jailed a year ago", "soldiers killed in
		// Ukraine": a past participle right after a noun, with no
		// auxiliary and no object, is a reduced relative clause, a
		// passive whose subject is its target.
		// ... but not a relative clause's own subject ("a helicopter
		// which Chad captured").
		h := m.first - 1
		if g := buf.info[h].inGroup; g >= 0 {
			h = buf.groups[g].start
		}
		for h > 0 && buf.info[h-1].class&wDet != 0 {
			h--
		}
		relSubject := h > 0 && buf.info[h-1].class&wRelative != 0
		if buf.tags[m.first-1].Noun() && !relSubject {
			st.passive, st.reduced = true, true
		}
	}
	if buf.heading && m.target < 0 && strings.HasSuffix(buf.word(m.anchor), "ed") && restIsPunct(buf, m.end) {
		// Headline passive without "be": "Pakistan blamed".
		st.passive = true
	}
	// A verb inside the condition itself ("unless Baghdad accepted its
	// conditions") is no event: the condition's main clause carries it.
	for k := m.first - 1; k >= 0; k-- {
		if buf.info[k].class&wConditional != 0 {
			st.inCondition = true
			break
		}
		if buf.is(k, ",") || buf.is(k, ";") || buf.info[k].quote {
			break
		}
	}
	// A condition anywhere in the sentence ("if talks fail", "unless
	// Iran complies") conditions the verb.
	for k := range buf.info {
		if buf.info[k].class&wConditional != 0 {
			st.conditional = true
			break
		}
	}
	return st
}

// reducedRelative reports whether the participle-like verb at token i,
// which has no object, reads as a reduced relative clause: tagged VBN
// before a preposition, an adverb or the end ("a member jailed over a
// year ago"); or tagged either way but followed by an agent ("villages
// shelled overnight by rebels") or after "there was/were" ("there were
// ten soldiers killed in Ukraine").
func reducedRelative(buf *Buffers, i int) bool {
	t := buf.tags[i]
	if t != pos.VBN && t != pos.VBD {
		return false
	}
	next := pos.Period
	if i+1 < len(buf.tags) {
		next = buf.tags[i+1]
	}
	if t == pos.VBN && (next == pos.IN || next == pos.RB || next == pos.Comma || next == pos.Period) {
		return true
	}
	for q := i + 1; q < len(buf.info) && q <= i+3; q++ {
		if buf.tags[q] != pos.RB && buf.tags[q] != pos.IN && buf.info[q].class&wTime == 0 {
			break // an object ("rejected calls by Kofi Annan")
		}
		if buf.is(q, "by") {
			return q+1 < len(buf.info) && (buf.info[q+1].groupAt >= 0 || q+2 < len(buf.info) && buf.info[q+1].class&wDet != 0 && buf.info[q+2].groupAt >= 0)
		}
	}
	for q := i - 1; q >= 1 && q >= i-6; q-- {
		if buf.tags[q] == pos.VBD || buf.tags[q] == pos.VBZ || buf.tags[q] == pos.VBP {
			return buf.info[q].class&wBe != 0 && buf.is(q-1, "there")
		}
	}
	return false
}

// agentAfter reports whether "by" stands within three words after token
// q: a passive with its agent.
func agentAfter(buf *Buffers, q int) bool {
	for k := q; k < len(buf.info) && k <= q+3; k++ {
		if buf.is(k, "by") {
			return true
		}
	}
	return false
}

// prepositionalState reports whether m's pattern is a verb with its own
// preposition and a noun after it ("engage in ethnic cleansing"): "were
// engaged in ethnic cleansing" says what the subject did, it is no
// passive.
func prepositionalState(m *match, buf *Buffers) bool {
	el := m.p.elems
	return len(el) >= 3 && m.first == m.anchor && m.anchor+1 < len(buf.info) && buf.info[m.anchor+1].class&wPrep != 0 &&
		!el[1].target && !el[1].source && !el[1].optional && !el[2].target && !el[2].source && !el[2].optional
}

// directObject reports whether p is a verb taking its target right after
// it ("arrest +", "kill +"): only such a verb with nothing after it can be
// a reduced passive ("soldiers killed in the raid").
func directObject(p *Pattern) bool {
	return len(p.elems) >= 2 && !p.elems[0].target && !p.elems[0].source && p.elems[1].target
}

// restIsPunct reports whether tokens from q on are all punctuation.
func restIsPunct(buf *Buffers, q int) bool {
	for ; q < len(buf.toks); q++ {
		if buf.toks[q].Kind != text.Punct {
			return false
		}
	}
	return true
}

// verbBefore reports whether another match's verb stands before token j
// (the "to" of m's infinitive) in the same clause.
func (c *Coder) verbBefore(buf *Buffers, j int, m *match) bool {
	for i := range buf.matches {
		o := &buf.matches[i]
		if o.anchor >= j || o.anchor >= m.first || o == m {
			continue
		}
		clause := true
		for k := o.anchor + 1; k < j; k++ {
			if buf.info[k].class&wClause != 0 || buf.is(k, ";") || buf.info[k].quote {
				clause = false
				break
			}
		}
		if clause {
			return true
		}
	}
	return false
}

// endsPatternAt reports whether a match other than m ends at token j
// (the "to" of "urged Russia to ...").
func (c *Coder) endsPatternAt(buf *Buffers, j int, m *match) bool {
	for i := range buf.matches {
		o := &buf.matches[i]
		if o.first < m.first && o.end == j {
			return true
		}
	}
	return false
}

// isParticiple reports whether token i is a past participle: by its
// part-of-speech tag when the sentence was tagged ("are seeking to
// deepen" is no passive of "deepen"), else by its form.
func (c *Coder) isParticiple(buf *Buffers, i int) bool {
	if len(buf.tags) == len(buf.info) {
		return buf.tags[i] == pos.VBN
	}
	return participle(buf.word(i), c.dict, buf.info[i].ids)
}

// participle reports whether w looks like a past participle of one of
// the base words ids.
func participle(w string, d *Dictionary, ids []uint32) bool {
	if len(ids) == 0 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || d.irregularForm[w]
}

// demandCode is the CAMEO demand (10x) for wanting code done.
func (c *Coder) demandCode(code string) string {
	for n := len(code); n >= 2; n-- {
		if t, ok := c.mod.roots[code[:n]]; ok && t.demand != "" {
			return t.demand
		}
	}
	return "100"
}

// transform applies CAMEO's conventions for modality to code.
func (c *Coder) transform(code string, st verbState) (string, string) {
	root := code[:2]
	tr := c.mod.roots[root]
	for n := len(code); n > 2; n-- {
		if t, ok := c.mod.roots[code[:n]]; ok {
			tr = t
			break
		}
	}
	modality := "asserted"
	switch {
	case st.ctl == wCtlDeny:
		return "016", modality
	case st.ctl == wCtlReject:
		if tr.reject != "" {
			return tr.reject, modality
		}
		return "120", modality
	case st.ctl == wCtlThreat:
		if tr.threat != "" {
			return tr.threat, modality
		}
		if root >= "14" {
			return "130", modality
		}
		return code, "future"
	}
	switch {
	case st.conditional:
		modality = "conditional"
	case st.hypo:
		modality = "hypothetical"
	case st.future:
		modality = "future"
	}
	if st.future && !st.hypo && !st.plan && tr.intent != "" {
		return tr.intent, modality
	}
	if st.hypo && st.conditional && root >= "14" && tr.threat != "" {
		// "may halt mediation if ...", "could strike unless ...": a
		// conditional conflict is a threat in CAMEO.
		return tr.threat, modality
	}
	return code, modality
}

// subject finds the source of match mi: the nearest actor group to the
// left in the same clause that does not follow a preposition (one that
// does is taken only when nothing better is found).
func (c *Coder) subject(m *match, mi int, buf *Buffers, codes map[string]*analysis.Actor) int {
	fallback := -1
	for j := m.first - 1; j >= 0; j-- {
		if buf.is(j, ",") {
			// "Pakistan, a key U.S. ally in the war, has refused": an
			// apposition or relative clause between commas is skipped.
			if k := appositionStart(buf, j); k >= 0 {
				j = k
				continue
			}
		}
		ti := &buf.info[j]
		if g := ti.inGroup; g >= 0 {
			gr := &buf.groups[g]
			if possessivePronoun(buf, int(g)) {
				// "their political demands are met": a determiner of the
				// subject, not the subject.
				j = gr.start
				continue
			}
			if !gr.prep {
				// The object of an earlier verb is not this one's subject:
				// "X met Y and attacked Z" takes X.
				for k := 0; k < mi; k++ {
					if !m.st.passive && !buf.matches[k].st.passive && (buf.matches[k].target == int(g) || buf.matches[k].tgt == int(g)) && buf.matches[k].source >= 0 && buf.matches[k].end <= m.first && coordinated(buf, gr.end, m.first) {
						// (Not in a passive: "was indicted by the UN and
						// will resign" is the indicted's resignation.)
						return buf.matches[k].source
					}
				}
				if !coded(buf, int(g), codes) {
					// "A member of the Syrian parliament, Mohammed Mamoun,
					// started ...": an uncoded name in apposition to a
					// coded body takes the body.
					if h := codedBefore(buf, gr.start, codes); h >= 0 {
						return h
					}
				}
				return int(g)
			}
			if fallback < 0 {
				fallback = int(g)
			}
			j = gr.start
			continue
		}
		if ti.quote || ti.class&wClause != 0 && !buf.is(j, "as") {
			break
		}
		if buf.is(j, "where") && fallback < 0 {
			// "a curfew in Montenegro where 28 people have been killed":
			// the clause's subject is its own.
			return -1
		}
		if ti.class&wRelative != 0 && fallback < 0 && j > 0 && (buf.is(j, "that") || buf.is(j, "which") || buf.is(j, "who")) && buf.info[j-1].inGroup < 0 && buf.info[j-1].class&wTime == 0 && len(buf.tags) == len(buf.info) && (buf.tags[j-1] == pos.NN || buf.tags[j-1] == pos.NNS) {
			// "a helicopter that was captured by ...": the relative
			// clause's subject is its antecedent, here no actor; not an
			// actor further left ("Sudan must return a helicopter that").
			return -1
		}
	}
	return fallback
}

// negatedBefore reports whether a negation stands within three words
// before token j ("did not deny that").
func negatedBefore(buf *Buffers, j int) bool {
	for n := j - 1; n >= 0 && n >= j-3; n-- {
		if w := buf.word(n); buf.info[n].class&wNegation != 0 || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// ownClause reports whether the subject of the that-clause opening at
// token k (the "that") is the speaker's own: a pronoun or a possessive
// ("it had attacked", "its forces had bombed") or the same actor as the
// group before the verb of saying; false for another named side.
func ownClause(buf *Buffers, k int) bool {
	q := k + 1
	for q < len(buf.info) && buf.info[q].class&wDet != 0 && buf.info[q].groupAt < 0 {
		q++
	}
	if q >= len(buf.info) {
		return false
	}
	if buf.info[q].class&wPossessive != 0 {
		return true
	}
	g := buf.info[q].inGroup
	if g < 0 {
		return false
	}
	switch buf.word(q) {
	case "it", "they", "he", "she", "we", "i":
		return true
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if d := buf.info[j].inGroup; d >= 0 {
			return slices.Equal(buf.groups[d].actors, buf.groups[g].actors)
		}
	}
	return false
}

// coordinated reports whether an "and" stands between tokens from and
// to, or a comma before a participle at to: a verb joined to an earlier
// one ("X met Y and attacked Z", "opened fire on demonstrators, killing
// one"), not the object's own verb ("West Africans ordered out of
// Nigeria").
func coordinated(buf *Buffers, from, to int) bool {
	for k := from; k < to; k++ {
		if buf.is(k, "and") {
			return true
		}
	}
	// ", killing one person": a participle clause after the object.
	return to > from && buf.is(to-1, ",") && strings.HasSuffix(buf.word(to), "ing")
}

// conditionSubject returns the group right after the "unless" or "if"
// that follows token from, or -1.
func conditionSubject(buf *Buffers, from int) int {
	for q := from; q < len(buf.info); q++ {
		if buf.is(q, "unless") || buf.is(q, "if") {
			return groupAfter(buf, q+1)
		}
		if buf.info[q].quote || buf.is(q, ";") {
			break
		}
	}
	return -1
}

// appositionStart returns the comma opening the apposition or relative
// clause that the comma at token j closes (", a key U.S. ally ...,", ",
// which ...,"), or -1.
func appositionStart(buf *Buffers, j int) int {
	for k := j - 1; k >= 0 && k >= j-15; k-- {
		if buf.info[k].quote || buf.info[k].class&wClause != 0 && !buf.is(k, "as") {
			return -1
		}
		if !buf.is(k, ",") {
			continue
		}
		if k+1 >= j {
			return -1
		}
		if buf.info[k+1].class&wAppositive != 0 {
			return k
		}
		return -1
	}
	return -1
}

// codedBefore returns a coded group in the noun phrase ending before token
// end, reached across one comma ("A member of the Syrian parliament,"),
// or -1.
func codedBefore(buf *Buffers, end int, codes map[string]*analysis.Actor) int {
	j := end - 1
	if j < 0 || !buf.is(j, ",") {
		return -1
	}
	for j--; j >= 0 && j >= end-8; j-- {
		ti := &buf.info[j]
		if g := ti.inGroup; g >= 0 {
			if coded(buf, int(g), codes) {
				return int(g)
			}
			j = buf.groups[g].start
			continue
		}
		if ti.quote || ti.class&wClause != 0 || buf.is(j, ",") || len(ti.ids) > 0 && buf.tagIsVerb(j) {
			return -1
		}
	}
	return -1
}

// looseObject finds the target of a pattern whose trailing "+" found no
// actor right after it: the first actor group after the match in the
// same clause, within a few words ("attacked positions of Ukrainian
// forces").
func (c *Coder) looseObject(m *match, buf *Buffers, in Input, codes map[string]*analysis.Actor) int {
	// Where an action happens is its target for conflict and visits
	// ("threatened to resume attacks in Israel", "arrived in Amman"), a
	// mere place for meetings and cooperation ("met in Moscow").
	placeIsTarget := m.p.Code >= "09" || strings.HasPrefix(m.p.Code, "042")
	at := func(q int) bool { return q > 0 && (buf.is(q-1, "in") || buf.is(q-1, "at")) }
	// The object starts right after the verb: words of the pattern's own
	// gaps ("rejected a Senegalese peace plan") are part of it.
	for q := m.anchor + 1; q < len(buf.info) && q < m.end+10; q++ {
		ti := &buf.info[q]
		if ti.groupAt >= 0 {
			if possessivePronoun(buf, int(ti.groupAt)) {
				continue // "withdraw its troops from Lebanon"
			}
			if at(q) && !placeIsTarget && q-1 <= m.end {
				// "met in Moscow": where the act happened. But "troops
				// to a force in Liberia" names whose the object is.
				return -1
			}
			return int(ti.groupAt)
		}
		if ti.inGroup < 0 && in.Dictionary != nil && capitalised(buf, q) {
			if g := c.adjectiveActor(buf, q, in, codes); g >= 0 {
				return g
			}
			// A place stands for its country only as the target of a
			// conflict or a visit ("shelled Kharkiv", "arrived in Amman")
			// or as whose the object is ("released the mayor of Nablus");
			// "Chelsea meet Barcelona" is no meeting with Spain.
			if (placeIsTarget || ofBefore(buf, q)) && !buf.is(q-1, "from") || fromRequester(buf, q) {
				if g := c.placeActor(m, buf, q, in, codes); g >= 0 {
					return g
				}
			}
		}
		if ti.quote || ti.class&wClause != 0 || buf.is(q, ",") || buf.is(q, "by") && q == m.anchor+1 {
			// ("rejected calls by Kofi Annan": after a noun, "by" names
			// whose the object is; right after the verb it is a passive's
			// agent.)
			break
		}
		if ti.class&wRelative != 0 || purposeClause(buf, q, m) {
			return -1
		}
		switch buf.word(q) {
		case "and":
			// "and exploded bombs": a new verb phrase ends the object;
			// "inspectors and aid workers from Iraq" does not.
			if q+1 >= len(buf.info) || buf.tagIsVerb(q+1) || len(buf.tags) != len(buf.info) {
				return -1
			}
		}
	}
	return -1
}

// possessiveCountry returns the position of "his country", "our
// nation" (a possessive pronoun and a word of the home class, such as
// country or nation) as the subject right before token first, past
// auxiliaries and control words; -1 when there is none.
func possessiveCountry(buf *Buffers, first int) int {
	j := first - 1
	for j >= 0 && buf.info[j].inGroup < 0 && buf.info[j].class&(wAuxFuture|wAuxHypo|wAuxDeontic|wBe|wSkip|wNegation|wCtlIntent|wCtlPlan|wCtlReject|wCtlThreat) != 0 {
		j--
	}
	if j < 1 || buf.info[j].class&wHomeNoun == 0 || buf.info[j-1].class&wPossessive == 0 {
		return -1
	}
	return j - 1
}

// placedSubject finds the source of a match whose subject is no actor
// but is placed in a country ("a report released in the Rwandan capital
// alleged", "a court in Guyana issued"): the country of a place or
// country adjective after "in" or "from" inside the subject, before the
// verb in the same clause; -1 when there is none.
func (c *Coder) placedSubject(m *match, buf *Buffers, in Input, codes map[string]*analysis.Actor) int {
	if in.Dictionary == nil {
		return -1
	}
	for j := m.first - 1; j >= 1; j-- {
		ti := &buf.info[j]
		if ti.quote || ti.class&(wClause|wRelative) != 0 || buf.is(j, ",") || buf.is(j, ";") || ti.groupAt >= 0 || ti.inGroup >= 0 {
			return -1
		}
		if !capitalised(buf, j) || ti.class&wTime != 0 {
			continue
		}
		k := j - 1
		for k > 0 && k >= j-2 && buf.info[k].class&wDet != 0 {
			k--
		}
		if !buf.is(k, "in") && !buf.is(k, "from") || k == 0 {
			continue
		}
		// The noun the place belongs to, past a participle and a day
		// ("a report released Tuesday in").
		h := k - 1
		for h > 0 && h >= k-3 && buf.info[h].class&wPlacedHead == 0 && (buf.info[h].class&wTime != 0 || len(buf.tags) == len(buf.info) && (buf.tags[h] == pos.VBN || buf.tags[h] == pos.VBD)) {
			h--
		}
		if buf.info[h].class&wPlacedHead == 0 {
			continue
		}
		if g := c.adjectiveActor(buf, j, in, codes); g >= 0 {
			return g
		}
		p := m.objPlace
		g := c.placeActor(m, buf, j, in, codes)
		m.objPlace = p // where the subject is, not where the act happened
		if g >= 0 {
			return g
		}
	}
	return -1
}

// purposeClause reports whether token q starts an infinitive of purpose
// after match m ("resigned yesterday to allow Haiti's first elections"):
// "to" and a base verb after the verb, an adverb or a day, not after a
// noun ("a plan to open a centre" is the plan's). A protest's purpose
// names its target ("to demand the return of property seized by the
// government"), so it is not cut there.
func purposeClause(buf *Buffers, q int, m *match) bool {
	if q <= m.anchor || !buf.is(q, "to") || q+1 >= len(buf.info) || len(buf.tags) != len(buf.info) || buf.tags[q+1] != pos.VB || strings.HasPrefix(m.p.Code, "14") {
		return false
	}
	if buf.info[q-1].class&(wCtlIntent|wCtlReject|wCtlThreat|wCtlPlan|wCtlNegate|wWant) != 0 || buf.info[q-1].class&wCtlDeny != 0 {
		return false // "threatened to deliver blows to the US": the control verb's complement
	}
	if buf.tags[q-1].Noun() {
		return buf.info[q-1].class&wTime != 0 // "resigned yesterday to allow"
	}
	return true
}

// farObject finds the target of a match whose object named no actor (with
// groupsOnly, only a mention, no place or adjective)
// near the verb: the first actor, or the country of the first place,
// further on in the same clause ("agreed to set up a research centre in
// Tokyo", "opened an embassy in Tehran", "attend a summit on the unrest
// in Iran"), as CAMEO coders code the country an act is aimed at or
// carried out in. A place right after the verb of a meeting ("will meet
// in Zurich") is where it happens, not a side; a place after "from" is
// an origin. -1 when the clause names none.
func (c *Coder) farObject(m *match, src int, buf *Buffers, in Input, codes map[string]*analysis.Actor, groupsOnly bool) int {
	meeting := strings.HasPrefix(m.p.Code, "04") && !strings.HasPrefix(m.p.Code, "042") && !strings.HasPrefix(m.p.Code, "043") || strings.HasPrefix(m.p.Code, "036")
	for q := m.end; q < len(buf.info); q++ {
		ti := &buf.info[q]
		if buf.is(q, "that") && (strings.HasPrefix(m.p.Code, "10") || strings.HasPrefix(m.p.Code, "02")) {
			continue // "insisted on its demands that Burundi's government grant ...": whom the demand is made of
		}
		if purposeClause(buf, q, m) {
			return -1
		}
		if ti.quote || ti.class&(wClause|wRelative) != 0 || buf.is(q, ",") || buf.is(q, "(") || buf.is(q, "by") && !strings.HasPrefix(m.p.Code, "14") {
			// ("by": an agent, "a plan proposed by France", is no target;
			// but what protesters protest is often someone's deed, "the
			// return of property seized by government forces".)
			return -1
		}
		if q > m.end && len(buf.tags) == len(buf.info) {
			switch buf.tags[q] {
			case pos.VBD:
				// A new finite verb: another clause; but "a bill signed
				// in by the minister" is a participle the tagger missed.
				if q+1 >= len(buf.tags) || buf.tags[q+1] != pos.IN || buf.tags[q-1] != pos.NN && buf.tags[q-1] != pos.NNS {
					return -1
				}
			case pos.VBZ, pos.VBP, pos.MD:
				return -1
			}
		}
		g := int(ti.groupAt)
		if g >= 0 && buf.groups[g].synth && groupsOnly {
			continue
		}
		if g < 0 && !groupsOnly && ti.inGroup < 0 && in.Dictionary != nil && capitalised(buf, q) && (q == 0 || !buf.is(q-1, "from") || q-1 == m.end-1) {
			// (A place after "from" is an origin, unless the pattern ends
			// in "from" itself: "recalled its ambassador from Washington".)
			if meeting && q >= 1 && buf.info[q-1].class&wPlacePrep != 0 && q-1 >= m.end && q-1 <= m.end+1 {
				// (A pattern that ends in "in" itself, "attend summit in
				// +", asks for the place.)
				continue
			}
			if q+1 < len(buf.info) && !capitalised(buf, q+1) && buf.info[q+1].class == 0 && buf.info[q+1].groupAt < 0 {
				// "his commitment to the Zambian people", "a meeting of
				// Palestinian factions": a country's people or groups.
				if a := c.adjectiveActor(buf, q, in, codes); a >= 0 {
					g = a
				}
			}
			if g < 0 {
				g = c.placeActor(m, buf, q, in, codes)
			}
		}
		if g < 0 || g == src || possessivePronoun(buf, g) || !coded(buf, g, codes) {
			continue
		}
		if src >= 0 && slices.Equal(buf.groups[src].actors, buf.groups[g].actors) {
			continue
		}
		if e := buf.groups[g].end; e < len(buf.tags) && len(buf.tags) == len(buf.info) && !buf.groups[g].synth && !strings.HasPrefix(m.p.Code, "10") && !strings.HasPrefix(m.p.Code, "02") {
			// (A demand's target is the subject of its that-clause:
			// "demands that Burundi's government grant ...".)
			switch buf.tags[e] {
			case pos.VBD, pos.VBZ, pos.VBP, pos.MD:
				// "resigned Sunday as the opposition threatened to ...":
				// the subject of another clause, no object.
				return -1
			}
		}
		return g
	}
	return -1
}

// stateOfPlace returns the government of the country of the place after
// "in" that follows a passive match in its clause (within a few words),
// or -1.
func (c *Coder) stateOfPlace(m *match, buf *Buffers, in Input, codes map[string]*analysis.Actor) int {
	if in.Dictionary == nil {
		return -1
	}
	for q := m.end; q+1 < len(buf.info) && q <= m.end+4; q++ {
		if buf.info[q].quote || buf.info[q].class&(wClause|wRelative) != 0 || buf.is(q, ",") {
			return -1
		}
		if !buf.is(q, "in") {
			continue
		}
		r := q + 1
		for r < len(buf.info) && buf.info[r].class&wDet != 0 {
			r++
		}
		if r >= len(buf.info) || !capitalised(buf, r) {
			return -1
		}
		if g := buf.info[r].groupAt; g >= 0 {
			return int(g)
		}
		// (placeActor records the place as where it happened, too.)
		return c.placeActor(m, buf, r, in, codes)
	}
	return -1
}

// fromOrigin returns the group after "from" within a few words of a
// passive match (a mention, or the country of a place), or -1.
func (c *Coder) fromOrigin(m *match, buf *Buffers, in Input, codes map[string]*analysis.Actor) int {
	for q := m.end; q < len(buf.info) && q <= m.end+3; q++ {
		if !buf.is(q, "from") {
			continue
		}
		r := q + 1
		for r < len(buf.info) && buf.info[r].class&wDet != 0 && buf.info[r].groupAt < 0 {
			r++
		}
		if r >= len(buf.info) {
			return -1
		}
		if g := buf.info[r].groupAt; g >= 0 {
			return int(g)
		}
		if in.Dictionary != nil && capitalised(buf, r) {
			return c.placeActor(m, buf, r, in, codes)
		}
		return -1
	}
	return -1
}

// fromRequester reports whether token q follows "a request from", "an
// offer from" (a noun of the request-noun class and "from"): the place
// names whose request it is ("turned down a request from Washington"),
// not an origin.
func fromRequester(buf *Buffers, q int) bool {
	return q >= 2 && buf.is(q-1, "from") && buf.info[q-2].class&wRequestNoun != 0
}

// ofBefore reports whether an "of" stands in the three words before
// token q: "the mayor of the northern West Bank city" (a place that says
// whose the object is).
func ofBefore(buf *Buffers, q int) bool {
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		if buf.is(k, "of") {
			return true
		}
	}
	return false
}

// placeActor makes a group of the government of the country where a
// place acted on lies ("shelled Kharkiv": Ukraine, as CAMEO coders code a
// place in the object), and records the place as the event's location;
// -1 when token q starts no place of the gazetteer.
func (c *Coder) placeActor(m *match, buf *Buffers, q int, in Input, codes map[string]*analysis.Actor) int {
	n, p := places.Default().MatchAt(buf.src, buf.toks, q)
	if n == 0 || p.Country == "" || p.Kind == places.KindSea {
		return -1
	}
	if q+n < len(buf.info) && (buf.info[q+n].class&wPlaceNamed != 0 || buf.info[q+n].class&wBizNoun != 0 && !capitalised(buf, q+n)) {
		return -1 // "the Kyoto protocol", "UK bank Barclays"
	}
	if possessiveIn(buf, q, q+n) {
		for k := q + n; k < len(buf.info) && k <= q+n+1; k++ {
			if buf.info[k].class&wRelation != 0 {
				return -1 // "Israel's militia ally"
			}
		}
	}
	e := in.Dictionary.Country(p.Country)
	if e == nil {
		return -1
	}
	m.objPlace = p
	return countryGroup(buf, e, group{start: q, end: q + n}, in.Published, codes)
}

// countryGroup adds g, standing for the country e, to the sentence's
// groups as one the mentions did not make, and e's actor to the document's
// when it is not there yet; it returns g's index.
func countryGroup(buf *Buffers, e *actors.Entry, g group, published string, codes map[string]*analysis.Actor) int {
	if codes[e.ID] == nil {
		buf.extra = append(buf.extra, e.Actor(published))
		a := buf.extra[len(buf.extra)-1]
		codes[e.ID] = &a
	}
	g.actors, g.synth = []string{e.ID}, true
	buf.groups = append(buf.groups, g)
	return len(buf.groups) - 1
}

// adjectiveActor makes a group of a country named by its adjective at
// token q ("an Australian ultimatum"), adding the country's actor to the
// document when the mentions did not; -1 when q is no such adjective.
func (c *Coder) adjectiveActor(buf *Buffers, q int, in Input, codes map[string]*analysis.Actor) int {
	n, hits := in.Dictionary.MatchAt(buf.src, buf.toks, q)
	if n == 0 || q+n < len(buf.info) && (buf.info[q+n].class&wAdjThing != 0 || buf.info[q+n].class&wBizNoun != 0 && !capitalised(buf, q+n)) {
		return -1 // "the Russian language", "US firm Exxon"
	}
	for _, h := range hits {
		if h.As != actors.AsAdjective || h.Entry.Kind != actors.KindCountry {
			continue
		}
		return countryGroup(buf, h.Entry, group{start: q, end: q + n, adjective: true}, in.Published, codes)
	}
	return -1
}

func quoteByID(qs []analysis.Quote, id string) *analysis.Quote {
	for i := range qs {
		if qs[i].ID == id {
			return &qs[i]
		}
	}
	return nil
}

// reportedBy returns the id of the quote whose content holds byte off,
// else of the quote whose cue it is: a statement event ("accused
// Pakistan of ...", "declined to comment") is reported by the quote it is
// the cue of (CONTRACT.md: reported_by).
func reportedBy(qs []analysis.Quote, off int, code string) string {
	for i := range qs {
		if inContent(&qs[i], off) {
			return qs[i].ID
		}
	}
	switch code[:2] {
	case "01", "02", "03", "10", "11", "12", "13": // verbal acts
	default:
		return ""
	}
	for _, q := range qs {
		if q.Cue != nil && q.Cue.Start <= off && off < q.Cue.End {
			return q.ID
		}
	}
	return ""
}

func confidence(m *match, src, tgt int) float64 {
	c := 0.4 + 0.1*float64(min(m.p.words, 3))
	if src >= 0 && tgt >= 0 {
		c += 0.2
	}
	if m.gaps > 0 {
		c -= 0.05 * float64(m.gaps)
	}
	return float64(int(c*100+0.5)) / 100
}

// dropHeadingRepeats removes events of heading sentences that a body
// sentence codes again (same sides and code): CONTRACT.md counts them
// once.
func dropHeadingRepeats(sents []analysis.Sentence, evs []analysis.Event) []analysis.Event {
	n := 0
outer:
	for _, e := range evs {
		if e.Sentence < len(sents) && sents[e.Sentence].Heading {
			for _, o := range evs {
				if o.Sentence != e.Sentence && !sents[o.Sentence].Heading && o.Code == e.Code && slices.Equal(o.Source, e.Source) && slices.Equal(o.Target, e.Target) {
					continue outer
				}
			}
		}
		evs[n] = e
		n++
	}
	return evs[:n]
}

// setCode gives ev the CAMEO code info and what the ontology says of it,
// and as its contexts the code's own followed by the sentence's issues.
func setCode(ev *analysis.Event, info *cameo.Code, issues []string) {
	ev.Code, ev.Root, ev.Quad, ev.Goldstein, ev.Plover, ev.Mode = info.Code, info.Root, info.Quad, info.Goldstein, info.Plover, info.Mode
	ev.Contexts = nil
	if info.Context != "" {
		for _, cx := range strings.Split(info.Context, ";") {
			if cx = strings.TrimSpace(cx); cx != "" {
				ev.Contexts = append(ev.Contexts, cx)
			}
		}
	}
	for _, cx := range issues {
		if !slices.Contains(ev.Contexts, cx) {
			ev.Contexts = append(ev.Contexts, cx)
		}
	}
}
