// Package dateline finds wire-report datelines at the start of article text.
//
// A dateline is a place, optionally qualified ("WASHINGTON, D.C.",
// "ST. PETERSBURG, Russia"), optionally followed by a date ("Jan. 5, 2025")
// and an agency in brackets ("(Reuters)"), closed by a dash or colon:
//
//	MOSCOW (Reuters) -
//	LONDON, Jan. 5, 2025 (AFP) –
//	GAZA CITY, Gaza Strip (AP) —
//	Washington (AP) --
//
// Detection is deliberately conservative, because a false dateline would
// turn the first words of an ordinary sentence into a place: a place in
// capitals needs a closing dash or colon or an agency; a place in mixed
// case needs an agency or a date as well; and the text after the dateline
// must not go on in lower case ("NATO - the alliance ...").
package dateline

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/internal/doc"
)

// Limits that keep a runaway match from swallowing a sentence.
const (
	maxPlaceWords = 5
	maxQualifiers = 3
	maxQualWords  = 3
	maxAgencyLen  = 48
	maxLen        = 160
)

// Find returns the dateline at the start of text (after any leading white
// space), or nil when there is none. Start and End are byte offsets into
// text; End is just after the closing dash or colon (or after the agency's
// closing bracket when there is no dash).
func Find(text string) *doc.Dateline {
	p := parser{s: text}
	p.skipSpace()
	start := p.i
	d, ok := p.dateline()
	if !ok || d.End-start > maxLen {
		return nil
	}
	d.Start = start
	return d
}

type parser struct {
	s string
	i int
}

func (p *parser) skipSpace() {
	for p.i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		if !unicode.IsSpace(r) {
			return
		}
		p.i += size
	}
}

// skipBlanks skips spaces and tabs only: a dateline never spans lines.
func (p *parser) skipBlanks() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || isNBSP(p.s[p.i:])) {
		if p.s[p.i] == ' ' || p.s[p.i] == '\t' {
			p.i++
		} else {
			p.i += 2
		}
	}
}

func isNBSP(s string) bool { return strings.HasPrefix(s, "\u00a0") }

func (p *parser) peek() rune {
	if p.i >= len(p.s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(p.s[p.i:])
	return r
}

// word is one token of a place name, with how it is written.
type word struct {
	s    string
	caps bool // written in capitals ("PETERSBURG", "D.C.", "McALLEN")
	cap  bool // starts with a capital ("Petersburg", "St.")
}

// readWord reads a run of letters with the inner punctuation place names
// use (". ' ’ - /"); a hyphen or slash only counts when a letter follows,
// so "BEIRUT-" leaves the dash to be a separator.
func (p *parser) readWord() (word, bool) {
	j := p.i
	letters, upper, lower := 0, 0, 0
	for j < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[j:])
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		case r == '.' || r == '\'' || r == '’':
			if letters == 0 {
				return word{}, false
			}
		case r == '-' || r == '/':
			if letters == 0 || !letterAt(p.s, j+size) {
				goto done
			}
		default:
			goto done
		}
		j += size
	}
done:
	if letters == 0 {
		return word{}, false
	}
	w := word{s: p.s[p.i:j]}
	first, _ := utf8.DecodeRuneInString(w.s)
	w.cap = unicode.IsUpper(first)
	w.caps = upper > 0 && (lower == 0 || isMcCaps(w.s)) && (upper >= 2 || letters == 1)
	p.i = j
	return w, true
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isMcCaps reports AP's "McALLEN": Mc or Mac, then capitals only.
func isMcCaps(s string) bool {
	for _, pre := range []string{"Mc", "Mac"} {
		if rest, ok := strings.CutPrefix(s, pre); ok && len(rest) >= 2 {
			for _, r := range rest {
				if unicode.IsLower(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// dateline parses the whole dateline from p.i.
func (p *parser) dateline() (*doc.Dateline, bool) {
	words, caps, ok := p.place()
	if !ok {
		return nil, false
	}
	place := displayPlace(words, caps)
	d := &doc.Dateline{}
	hasDate := false
	for q := 0; ; q++ {
		save := p.i
		p.skipBlanks()
		if p.i >= len(p.s) || p.s[p.i] != ',' {
			p.i = save
			break
		}
		p.i++
		p.skipBlanks()
		if y, m, dd, ok := p.date(); ok {
			d.Year, d.Month, d.Day = y, m, dd
			hasDate = true
			break
		}
		if q >= maxQualifiers {
			return nil, false
		}
		qual, ok := p.qualifier()
		if !ok {
			return nil, false
		}
		place += ", " + qual
	}
	save := p.i
	p.skipBlanks()
	if agency, ok := p.agency(); ok {
		d.Agency = agency
	} else {
		p.i = save
	}
	end := p.i
	save = p.i
	p.skipBlanks()
	sep, tight := p.separator()
	if sep {
		end = p.i
	} else {
		p.i = save
	}
	switch {
	case d.Agency == "" && !sep:
		return nil, false
	case !caps && !hasDate && !isAgency(d.Agency):
		// "Apple (AAPL) - Shares rose": a mixed-case place needs a date or
		// a known agency.
		return nil, false
	case caps && len(words) == 1 && d.Agency == "" && !hasDate && isAcronym(words[0].s):
		return nil, false
	}
	for _, w := range words {
		if isLabel(w.s) {
			return nil, false
		}
	}
	if !p.goesOn(tight) {
		return nil, false
	}
	d.Place = place
	d.End = end
	return d, true
}

// place reads the place name proper, all in capitals or all capitalised.
func (p *parser) place() (words []word, caps bool, ok bool) {
	w, ok := p.readWord()
	if !ok || !w.cap {
		return nil, false, false
	}
	caps = w.caps
	if !caps && stopWord(w.s) {
		return nil, false, false
	}
	words = append(words, w)
	for len(words) < maxPlaceWords {
		save := p.i
		if p.i >= len(p.s) || p.s[p.i] != ' ' {
			break
		}
		p.i++
		n, ok := p.readWord()
		if !ok {
			p.i = save
			break
		}
		lowerParticle := isParticle(n.s) && !n.cap
		if caps && !n.caps || !caps && !n.cap && !lowerParticle || !caps && n.caps && len(n.s) > 1 && !strings.Contains(n.s, ".") {
			// A change of case ends the place: "WASHINGTON The ..." is
			// not a two-word place.
			p.i = save
			break
		}
		if !caps && isMonth(n.s) {
			p.i = save
			break
		}
		words = append(words, n)
	}
	// A particle cannot end a place name ("Rio de").
	if len(words) > 1 && isParticle(words[len(words)-1].s) {
		return nil, false, false
	}
	letters := 0
	for _, w := range words {
		for _, r := range w.s {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	if letters < 2 {
		return nil, false, false
	}
	return words, caps, true
}

// qualifier reads what follows a comma after the place: a state, country or
// region ("D.C.", "Russia", "Gaza Strip", "Calif.").
func (p *parser) qualifier() (string, bool) {
	var ws []word
	for len(ws) < maxQualWords {
		save := p.i
		if len(ws) > 0 {
			if p.i >= len(p.s) || p.s[p.i] != ' ' {
				break
			}
			p.i++
		}
		w, ok := p.readWord()
		if !ok || (!w.cap && !(len(ws) > 0 && isParticle(w.s))) || isMonth(w.s) {
			p.i = save
			break
		}
		ws = append(ws, w)
	}
	if len(ws) == 0 || isParticle(ws[len(ws)-1].s) || stopWord(ws[0].s) {
		return "", false
	}
	allCaps := true
	for _, w := range ws {
		allCaps = allCaps && (w.caps || isParticle(w.s))
	}
	if allCaps {
		if len(ws) == 1 && isAbbrev(ws[0].s) {
			return ws[0].s, true
		}
		return displayPlace(ws, true), true
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.s)
	}
	return b.String(), true
}

// isAbbrev reports a dotted abbreviation of single letters, "D.C.", "U.K.".
func isAbbrev(s string) bool {
	n := 0
	for i, r := range s {
		if i%2 == 0 {
			if !unicode.IsLetter(r) || r >= utf8.RuneSelf {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
	}
	return n >= 1 && strings.HasSuffix(s, ".")
}

// date reads "Dec 3", "Jan. 5, 2025", "March 12 2025" or "3 December".
func (p *parser) date() (year, month, day int, ok bool) {
	save := p.i
	defer func() {
		if !ok {
			p.i = save
		}
	}()
	if n, ok := p.number(2); ok {
		// Day first: "5 January".
		if p.i >= len(p.s) || p.s[p.i] != ' ' {
			return 0, 0, 0, false
		}
		p.i++
		m, ok := p.month()
		if !ok {
			return 0, 0, 0, false
		}
		day, month = n, m
	} else {
		m, ok := p.month()
		if !ok || p.i >= len(p.s) || p.s[p.i] != ' ' {
			return 0, 0, 0, false
		}
		p.i++
		n, ok := p.number(2)
		if !ok {
			return 0, 0, 0, false
		}
		day, month = n, m
	}
	// Optional year: ", 2025" or " 2025".
	s2 := p.i
	if p.i < len(p.s) && p.s[p.i] == ',' {
		p.i++
	}
	if p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
		if y, ok := p.number(4); ok && y >= 1800 && y <= 2200 {
			year = y
		} else {
			p.i = s2
		}
	} else {
		p.i = s2
	}
	if day < 1 || day > daysIn(month, year) {
		return 0, 0, 0, false
	}
	return year, month, day, true
}

// number reads 1 to max digits not followed by another digit or a letter.
func (p *parser) number(max int) (int, bool) {
	j, n := p.i, 0
	for j < len(p.s) && j-p.i < max && p.s[j] >= '0' && p.s[j] <= '9' {
		n = n*10 + int(p.s[j]-'0')
		j++
	}
	if j == p.i || max == 4 && j-p.i != 4 || letterAt(p.s, j) || (j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9') {
		return 0, false
	}
	p.i = j
	return n, true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year == 0 || year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// month reads a month name or abbreviation, with an optional full stop.
func (p *parser) month() (int, bool) {
	save := p.i
	w, ok := p.readWord()
	if !ok || !w.cap {
		p.i = save
		return 0, false
	}
	m := monthOf(w.s)
	if m == 0 {
		p.i = save
		return 0, false
	}
	return m, true
}

var months = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// monthOf returns 1-12 for "December", "DEC", "Dec.", "Sept." and the like.
func monthOf(s string) int {
	t := strings.ToLower(strings.TrimSuffix(s, "."))
	for i, m := range months {
		if t == m || len(t) == 3 && strings.HasPrefix(m, t) || t == "sept" && i == 8 {
			return i + 1
		}
	}
	return 0
}

func isMonth(s string) bool { return monthOf(s) != 0 }

// agency reads "(Reuters)", "(AP)", "(Example Wire)", "(dpa)".
func (p *parser) agency() (string, bool) {
	if p.i >= len(p.s) || p.s[p.i] != '(' {
		return "", false
	}
	end := strings.IndexByte(p.s[p.i:], ')')
	if end < 0 || end > maxAgencyLen+1 {
		return "", false
	}
	inner := p.s[p.i+1 : p.i+end]
	name := strings.TrimSpace(inner)
	if len(name) < 2 || strings.ContainsAny(name, "(\n\r\t0123456789,;:") {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLetter(first) {
		return "", false
	}
	if !unicode.IsUpper(first) && (len(name) > 4 || strings.ContainsRune(name, ' ')) {
		// Lower case only for short agency names such as "dpa", never for
		// a bracketed remark.
		return "", false
	}
	if strings.Count(name, " ") > 4 {
		return "", false
	}
	p.i += end + 1
	return name, true
}

// separator reads the closing dash or colon. tight reports a long dash
// that may touch the next word ("BEIRUT—The").
func (p *parser) separator() (sep, tight bool) {
	s := p.s[p.i:]
	switch {
	case strings.HasPrefix(s, "—"), strings.HasPrefix(s, "–"), strings.HasPrefix(s, "―"):
		_, size := utf8.DecodeRuneInString(s)
		p.i += size
		return true, true
	case strings.HasPrefix(s, "-"):
		n := 0
		for n < len(s) && n < 3 && s[n] == '-' {
			n++
		}
		p.i += n
		return true, n > 1
	case strings.HasPrefix(s, ":"):
		p.i++
		return true, false
	case strings.HasPrefix(s, "_ "):
		// Older AP copy: "NEW YORK (AP) _ The ..."
		p.i++
		return true, false
	}
	return false, false
}

// goesOn reports whether what follows the dateline can begin a sentence:
// the end of the text, or white space (a long dash may touch the next
// word) and then anything but a lower-case letter or more dateline-ish
// punctuation.
func (p *parser) goesOn(tight bool) bool {
	if p.i >= len(p.s) {
		return true
	}
	r := p.peek()
	if !unicode.IsSpace(r) {
		if !tight {
			return false
		}
	} else {
		p.skipSpace()
		if p.i >= len(p.s) {
			return true
		}
		r = p.peek()
	}
	return !unicode.IsLower(r) && r != '-' && r != '—' && r != '–' && r != ':' && r != ','
}

// displayPlace writes the place's words; words in capitals are turned into
// display case ("NEW DELHI" -> "New Delhi", "RIO DE JANEIRO" -> "Rio de
// Janeiro"), dotted abbreviations of single letters stay ("D.C.").
func displayPlace(words []word, caps bool) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch {
		case !caps || !w.caps && !isParticle(w.s), isAbbrev(w.s):
			b.WriteString(w.s)
		case isMcCaps(w.s):
			// "McALLEN" -> "McAllen": the prefix as written, the rest in
			// title case.
			n := 2
			if strings.HasPrefix(w.s, "Mac") {
				n = 3
			}
			b.WriteString(w.s[:n])
			titleWord(&b, w.s[n:])
		case i > 0 && isParticle(w.s):
			b.WriteString(strings.ToLower(w.s))
		default:
			titleWord(&b, w.s)
		}
	}
	return b.String()
}

// titleWord writes a capitals word in title case: a capital at the start
// and after a hyphen, slash or full stop, and after an apostrophe that
// follows a single letter ("N'DJAMENA" -> "N'Djamena", but "KING'S" ->
// "King's"). Particles inside hyphenated names stay lower case
// ("PORT-AU-PRINCE" -> "Port-au-Prince").
func titleWord(b *strings.Builder, s string) {
	segStart := 0
	for seg := range splitKeep(s) {
		if segStart > 0 && isParticle(strings.TrimRight(seg, "-/.")) && strings.HasSuffix(seg, "-") {
			b.WriteString(strings.ToLower(seg))
			segStart += len(seg)
			continue
		}
		upNext := true
		sinceUp := 0
		for _, r := range seg {
			switch {
			case !unicode.IsLetter(r):
				b.WriteRune(r)
				if (r == '\'' || r == '’') && sinceUp == 1 {
					upNext = true
				}
			case upNext:
				b.WriteRune(unicode.ToUpper(r))
				upNext = false
				sinceUp = 1
			default:
				b.WriteRune(unicode.ToLower(r))
				sinceUp++
			}
		}
		segStart += len(seg)
	}
}

// splitKeep yields the segments of s that end at a hyphen, slash or full
// stop (the separator kept with its segment).
func splitKeep(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i < len(s); i++ {
			if s[i] == '-' || s[i] == '/' || s[i] == '.' {
				if !yield(s[start : i+1]) {
					return
				}
				start = i + 1
			}
		}
		if start < len(s) && !yield(s[start:]) {
			return
		}
	}
}

// isParticle reports the small words that stay lower case inside place
// names ("Rio de Janeiro", "Frankfurt am Main", "Port-au-Prince").
func isParticle(s string) bool {
	switch strings.ToLower(s) {
	case "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des",
		"la", "le", "les", "el", "al", "au", "aux", "en", "es", "of", "on",
		"upon", "am", "an", "der", "den", "van", "von", "y", "sur", "and":
		return true
	}
	return false
}

// stopWord reports capitalised words that begin ordinary sentences and
// are never places, so that "The U.S. (and allies) -" or "Monday, Dec 3 -"
// is no dateline.
func stopWord(s string) bool {
	switch strings.ToLower(strings.TrimRight(s, ".")) {
	case "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of",
		"and", "but", "or", "as", "if", "when", "while", "after", "before",
		"this", "that", "these", "those", "it", "he", "she", "they", "we",
		"i", "you", "his", "her", "their", "our", "its", "mr", "mrs", "ms",
		"dr", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "today", "yesterday", "tomorrow", "update",
		"updated", "breaking", "exclusive", "photo", "photos", "video":
		return true
	}
	return false
}

// isAcronym reports organisation and country acronyms that open
// sentences ("NATO - The alliance ...", "U.S. - China talks") and would
// otherwise pass for a one-word place in capitals (words.txt, [acronyms]).
func isAcronym(s string) bool { return lists.has("acronyms", s) }

// isLabel reports the words of wire-service and web labels that open a
// text in capitals without being a place ("EXCLUSIVE-", "UPDATE:",
// "BREAKING NEWS:", "EDITOR'S NOTE:", "FILE PHOTO:") (words.txt, [labels]).
func isLabel(s string) bool { return lists.has("labels", s) }

// isAgency reports a known news agency (words.txt, [agencies]) or a name
// that says it is one ("Example Wire", "Harbour News Service").
func isAgency(s string) bool {
	if lists.has("agencies", s) {
		return true
	}
	last := s[strings.LastIndexByte(s, ' ')+1:]
	switch last {
	case "Wire", "Newswire", "News", "Press", "Agency", "Service", "Media":
		return strings.Contains(s, " ")
	}
	return false
}

//go:embed words.txt
var wordsFile string

// wordLists holds the sections of words.txt, keys folded by wordKey.
type wordLists map[string]map[string]bool

var lists = parseWordLists(wordsFile)

func (l wordLists) has(section, s string) bool {
	return l[section][wordKey(s)]
}

// wordKey folds case and drops dots, so that "U.S." matches "US".
func wordKey(s string) string {
	return strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), ".", ""))
}

// parseWordLists reads the embedded words.txt. Its format is documented at
// its top; it is part of the build, so a malformed line is a programming
// error caught by the package's tests.
func parseWordLists(src string) wordLists {
	l := wordLists{}
	section := ""
	for _, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			if l[section] == nil {
				l[section] = map[string]bool{}
			}
		case section != "":
			l[section][wordKey(line)] = true
		}
	}
	return l
}
