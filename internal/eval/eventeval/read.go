package eventeval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Format names a gold file format.
type Format int

// The gold formats Read understands.
const (
	PETR   Format = iota + 1 // PETRARCH validation records (XML-like), CAMEO codes
	PLOVER                   // PLOVER gold-standard JSON array, PLOVER categories
)

// Gold is one gold event: source and target country codes (already reduced
// to three letters, "---" for none) and the event's code. For PETR records
// Code is a CAMEO code ("042"); for PLOVER records it is the PLOVER
// category, older names already renamed (DEMAND -> REQUEST).
type Gold struct {
	Sources, Targets []string
	Code             string
}

// Record is one gold record: a text to analyse as one document and the
// events a coder should find in it.
type Record struct {
	ID        string
	Published string // YYYY-MM-DD, or "" when the record's date is unusable
	Text      string
	Events    []Gold
	// Note says what was odd about the record (an unusable date, an
	// error coding), for the verbose report; empty when nothing was.
	Note string
}

// maxFile caps what Read accepts; the gold files are well under 1 MB.
const maxFile = 64 << 20

// Read reads a gold file, telling the format from its first non-blank
// byte: '[' is PLOVER JSON, '<' PETRARCH records. name is used in errors.
func Read(r io.Reader, name string) ([]Record, Format, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxFile {
		return nil, 0, fmt.Errorf("%s: larger than %d bytes", name, maxFile)
	}
	switch t := bytes.TrimLeft(data, " \t\r\n\ufeff"); {
	case len(t) > 0 && t[0] == '[':
		recs, err := ParsePLOVER(data, name)
		return recs, PLOVER, err
	case len(t) > 0 && t[0] == '<':
		recs, err := ParsePETR(string(data), name)
		return recs, PETR, err
	}
	return nil, 0, fmt.Errorf("%s: neither PLOVER JSON (starts with '[') nor PETRARCH records (starts with '<')", name)
}

// ParsePETR parses PETRARCH validation records. The files are not
// well-formed XML (self-closed <Sentence .../> later closed by
// </Sentence>, attributes in either quote style, comments between records),
// so they are read record by record: a <Sentence ...> tag with id and date,
// then <EventCoding> tags (eventcode, sourcecode, targetcode; or noevents,
// or error: no gold event), then <Text>...</Text>. The <Parse> is ignored:
// the coder must not see gold parses. Records with evaluate="false" and the
// FINAL-RECORD sentinel are skipped. Actor codes are cut to their country
// part (CountryOf); a quoted actor text instead of a code counts as "---".
func ParsePETR(data, name string) ([]Record, error) {
	data = stripComments(data)
	var out []Record
	for {
		i := indexTag(data, "<Sentence")
		if i < 0 {
			break
		}
		data = data[i:]
		end := strings.IndexByte(data, '>')
		if end < 0 {
			return nil, fmt.Errorf("%s: unterminated <Sentence tag", name)
		}
		attrs := parseAttrs(data[len("<Sentence"):end])
		body := data[end+1:]
		if j := indexTag(body, "<Sentence"); j >= 0 {
			body = body[:j]
		}
		data = data[end+1:]
		id := attrs["id"]
		if id == "" {
			return nil, fmt.Errorf("%s: <Sentence> without an id", name)
		}
		if strings.EqualFold(attrs["evaluate"], "false") || id == "FINAL-RECORD" {
			continue
		}
		rec := Record{ID: id}
		rec.Published = petrDate(attrs["date"])
		if rec.Published == "" {
			rec.Note = fmt.Sprintf("date %q is not YYYYMMDD: analysed without a publication date", attrs["date"])
		}
		ts := strings.Index(body, "<Text>")
		te := strings.Index(body, "</Text>")
		if ts < 0 || te < ts {
			return nil, fmt.Errorf("%s: record %s: no <Text>...</Text>", name, id)
		}
		rec.Text = strings.Join(strings.Fields(unescape(body[ts+len("<Text>"):te])), " ")
		codings := body[:ts]
		for {
			k := indexTag(codings, "<EventCoding")
			if k < 0 {
				break
			}
			codings = codings[k+len("<EventCoding"):]
			e := strings.IndexByte(codings, '>')
			if e < 0 {
				return nil, fmt.Errorf("%s: record %s: unterminated <EventCoding", name, id)
			}
			a := parseAttrs(strings.TrimSuffix(codings[:e], "/"))
			codings = codings[e+1:]
			if msg, ok := a["error"]; ok {
				rec.Note = strings.TrimSpace(rec.Note + " gold expects the coder to discard the text (" + msg + ")")
				continue
			}
			if _, ok := a["noevents"]; ok {
				continue
			}
			code := a["eventcode"]
			if code == "" {
				return nil, fmt.Errorf("%s: record %s: <EventCoding> without eventcode, noevents or error", name, id)
			}
			rec.Events = append(rec.Events, Gold{
				Sources: []string{petrActor(a["sourcecode"])},
				Targets: []string{petrActor(a["targetcode"])},
				Code:    code,
			})
		}
		out = append(out, rec)
	}
	return out, nil
}

// indexTag finds tag followed by white space, '>' or '/', so that
// "<Sentence" does not match "<Sentences>".
func indexTag(s, tag string) int {
	off := 0
	for {
		i := strings.Index(s[off:], tag)
		if i < 0 {
			return -1
		}
		i += off
		if j := i + len(tag); j < len(s) {
			switch s[j] {
			case ' ', '\t', '\r', '\n', '>', '/':
				return i
			}
		}
		off = i + len(tag)
	}
}

func stripComments(s string) string {
	if !strings.Contains(s, "<!--") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			return b.String() // an unterminated comment runs to the end
		}
		s = s[i+4+j+3:]
	}
}

// parseAttrs reads name="value" and name='value' pairs, with optional
// spaces around '=' (the unit-test file writes noevents = "True").
func parseAttrs(s string) map[string]string {
	m := map[string]string{}
	for {
		s = strings.TrimLeft(s, " \t\r\n/")
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			return m
		}
		key := strings.TrimSpace(s[:eq])
		rest := strings.TrimLeft(s[eq+1:], " \t\r\n")
		if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
			return m
		}
		q := rest[0]
		end := strings.IndexByte(rest[1:], q)
		if end < 0 {
			return m
		}
		m[key] = unescape(rest[1 : 1+end])
		s = rest[end+2:]
	}
}

var xmlEntities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&amp;", "&")

func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return xmlEntities.Replace(s)
}

// petrDate turns "20080804" into "2008-08-04"; anything else gives "".
func petrDate(s string) string {
	if len(s) != 8 || strings.Trim(s, "0123456789") != "" || s[4:6] < "01" || s[4:6] > "12" || s[6:] < "01" || s[6:] > "31" {
		return ""
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:]
}

// petrActor reduces a PETRARCH actor code to its country part; a quoted
// actor text (the coder found no code for it) is no country.
func petrActor(code string) string {
	if strings.HasPrefix(code, `"`) {
		return "---"
	}
	return CountryOf(code)
}

// CountryOf reduces an actor or country code to the three letters the
// scores compare: its first three characters ("USAGOV" -> "USA",
// "IGONATO" -> "IGO", "---LEG" -> "---"), and "---" for an empty or
// shorter code.
func CountryOf(code string) string {
	code = strings.TrimSpace(code)
	if len(code) < 3 {
		return "---"
	}
	return code[:3]
}

// ploverCountry maps the older CAMEO country spellings the PLOVER gold
// records use to ISO 3166-1 alpha-3.
var ploverCountry = map[string]string{"JAP": "JPN", "ITL": "ITA"}

// PloverCategory renames the PLOVER 0.5 categories of the gold records to
// today's (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT ->
// ASSAULT); other names pass through.
func PloverCategory(c string) string {
	switch c {
	case "DEMAND":
		return "REQUEST"
	case "DISAPPROVE", "INVESTIGATE":
		return "ACCUSE"
	case "FIGHT":
		return "ASSAULT"
	}
	return c
}

type ploverRecord struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
	Info   struct {
		Markup string `json:"markup"`
	} `json:"textInfo"`
}

type ploverActor struct {
	Code string `json:"code"`
}

// ParsePLOVER parses the PLOVER gold-standard JSON array. The DOCUMENT
// header record is skipped; source and target are lists of {actorText,
// code, sector}, and a side that is missing, null or not a list (a stray
// string in some records) has no actor ("---"). Codes are cut to three
// letters, with JAP and ITL read as JPN and ITA. The event is the PLOVER
// category, renamed by PloverCategory. A reciprocal record (markup
// "SRC/TAR", several sources and no target) becomes one gold event per
// direction between its sides, as the contract writes two-way
// interactions.
func ParsePLOVER(data []byte, name string) ([]Record, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: not a PLOVER JSON array: %w", name, err)
	}
	out := make([]Record, 0, len(raw))
	for i, m := range raw {
		var p ploverRecord
		if err := json.Unmarshal(m, &p); err != nil {
			return nil, fmt.Errorf("%s: record %d: %w", name, i, err)
		}
		if p.Event == "DOCUMENT" {
			continue
		}
		if p.ID == "" || p.Event == "" {
			return nil, fmt.Errorf("%s: record %d: no id or no event", name, i)
		}
		rec := Record{ID: p.ID, Text: p.Text, Published: p.Date}
		if petrDate(strings.ReplaceAll(p.Date, "-", "")) != p.Date {
			rec.Published = ""
			rec.Note = fmt.Sprintf("date %q is not YYYY-MM-DD: analysed without a publication date", p.Date)
		}
		g := Gold{Sources: ploverSide(p.Source), Targets: ploverSide(p.Target), Code: PloverCategory(p.Event)}
		rec.Events = []Gold{g}
		if strings.Contains(p.Info.Markup, "SRC/TAR") && len(g.Sources) > 1 && g.Targets[0] == "---" {
			// A reciprocal record ("Israel and Lebanon renewed negotiations")
			// lists both sides as sources. The contract writes a two-way
			// interaction once per direction, so it is scored that way:
			// each side as source with each other side as target.
			rec.Events = rec.Events[:0]
			for _, a := range g.Sources {
				for _, b := range g.Sources {
					if a != b {
						rec.Events = append(rec.Events, Gold{Sources: []string{a}, Targets: []string{b}, Code: g.Code})
					}
				}
			}
			rec.Note = "reciprocal (SRC/TAR): scored once per direction"
			if len(rec.Events) == 0 { // every side the same country
				rec.Events, rec.Note = []Gold{g}, ""
			}
		}
		out = append(out, rec)
	}
	return out, nil
}

func ploverSide(m json.RawMessage) []string {
	var as []ploverActor
	if len(m) == 0 || m[0] != '[' || json.Unmarshal(m, &as) != nil || len(as) == 0 {
		return []string{"---"}
	}
	out := make([]string, 0, len(as))
	for _, a := range as {
		c := CountryOf(a.Code)
		if v, ok := ploverCountry[c]; ok {
			c = v
		}
		out = append(out, c)
	}
	return out
}
