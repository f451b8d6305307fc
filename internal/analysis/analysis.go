// Package analysis defines Analysis, the JSON Lines record that `parley
// analyze` writes for each document. Its shape is the public contract in
// CONTRACT.md (docs/contract.md in this repository): fields are only ever
// added, never renamed or removed.
//
// Top-level arrays are always present in the JSON, empty when a stage found
// nothing; optional fields inside records are omitted when empty.
package analysis

import (
	"bytes"
	"encoding/json"

	"parley/internal/doc"
)

// Span is a half-open [Start, End) range of UTF-8 byte offsets into the
// analysed text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Dateline is the dateline as reported in the analysis.
type Dateline struct {
	Place string `json:"place"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Sentence is one sentence or heading of the text.
type Sentence struct {
	Start   int  `json:"start"`
	End     int  `json:"end"`
	Heading bool `json:"heading,omitempty"`
}

// Entity is a named entity in the CoNLL-2003 sense: names only.
type Entity struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Type    string `json:"type"`
	Subtype string `json:"subtype,omitempty"`
	Actor   string `json:"actor,omitempty"`
}

// Mention is any reference to an actor: a name, title, description,
// pronoun, demonym or metonym.
type Mention struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Kind     string   `json:"kind"`
	Actor    string   `json:"actor,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

// Actor is a person, group or institution referred to in the document, with
// the code valid on the document's date.
type Actor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Code    string   `json:"code,omitempty"`
	Country string   `json:"country,omitempty"`
	Sectors []string `json:"sectors,omitempty"`
	Role    string   `json:"role,omitempty"`
}

// Quote is an attributed statement: direct, indirect or mixed.
type Quote struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"`
	Content     []Span   `json:"content"`
	Cue         *Span    `json:"cue,omitempty"`
	Source      *Span    `json:"source,omitempty"`
	Speaker     string   `json:"speaker,omitempty"`
	SpeakerName string   `json:"speaker_name,omitempty"`
	Within      string   `json:"within,omitempty"`
	About       []string `json:"about,omitempty"`
	Stance      string   `json:"stance,omitempty"`
}

// Location is a place with its country code and, when known, coordinates.
type Location struct {
	Name    string   `json:"name"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
}

// Event is one coded event: a source actor did something to a target actor.
type Event struct {
	ID                  string    `json:"id"`
	Sentence            int       `json:"sentence"`
	Evidence            Span      `json:"evidence"`
	Source              []string  `json:"source"`
	Target              []string  `json:"target"`
	Via                 []string  `json:"via,omitempty"`
	SourceCode          string    `json:"source_code"`
	TargetCode          string    `json:"target_code"`
	Code                string    `json:"code"`
	Root                string    `json:"root"`
	Quad                int       `json:"quad"`
	Goldstein           float64   `json:"goldstein"`
	Plover              string    `json:"plover,omitempty"`
	Mode                string    `json:"mode,omitempty"`
	Contexts            []string  `json:"contexts,omitempty"`
	Negated             bool      `json:"negated"`
	Modality            string    `json:"modality,omitempty"`
	ReportedBy          string    `json:"reported_by,omitempty"`
	Date                string    `json:"date,omitempty"`
	DateText            string    `json:"date_text,omitempty"`
	DateFromPublication bool      `json:"date_from_publication,omitempty"`
	Location            *Location `json:"location,omitempty"`
	Confidence          float64   `json:"confidence"`
}

// Account is one side's account of a story.
type Account struct {
	Side    string   `json:"side"`
	Actors  []string `json:"actors,omitempty"`
	Quotes  []string `json:"quotes,omitempty"`
	Stance  string   `json:"stance,omitempty"`
	Summary string   `json:"summary,omitempty"`
}

// Story is one happening, however many times the document mentions it.
type Story struct {
	ID           string    `json:"id"`
	Kind         string    `json:"kind"`
	Title        string    `json:"title,omitempty"`
	Events       []string  `json:"events"`
	Participants []string  `json:"participants,omitempty"`
	Date         string    `json:"date,omitempty"`
	Location     *Location `json:"location,omitempty"`
	Accounts     []Account `json:"accounts,omitempty"`
	Issues       []string  `json:"issues,omitempty"`
	Undisclosed  bool      `json:"undisclosed,omitempty"`
	NextSteps    []string  `json:"next_steps,omitempty"`
	GoBetweens   []string  `json:"go_betweens,omitempty"`
	Blamed       []string  `json:"blamed,omitempty"`
}

// Analysis is the whole analysis of one document, one JSON line of output.
type Analysis struct {
	ID        string     `json:"id"`
	Title     string     `json:"title,omitempty"`
	URL       string     `json:"url,omitempty"`
	Source    string     `json:"source,omitempty"`
	Published string     `json:"published,omitempty"`
	Dateline  *Dateline  `json:"dateline,omitempty"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Mentions  []Mention  `json:"mentions"`
	Actors    []Actor    `json:"actors"`
	Quotes    []Quote    `json:"quotes"`
	Events    []Event    `json:"events"`
	Stories   []Story    `json:"stories"`
	Errors    []string   `json:"errors"`
}

// New returns the analysis skeleton for d: its metadata copied, every
// top-level array present and empty, ready for the stages to fill.
func New(d *doc.Document) *Analysis {
	a := &Analysis{
		ID:        d.ID,
		Title:     d.Title,
		URL:       d.URL,
		Source:    d.Source,
		Published: d.Published,
		Text:      d.Text,
		Sentences: []Sentence{},
		Entities:  []Entity{},
		Mentions:  []Mention{},
		Actors:    []Actor{},
		Quotes:    []Quote{},
		Events:    []Event{},
		Stories:   []Story{},
		Errors:    []string{},
	}
	if dl := d.Dateline; dl != nil {
		a.Dateline = &Dateline{Place: dl.Place, Start: dl.Start, End: dl.End}
	}
	return a
}

// Marshal encodes a as one JSON line without the trailing newline: the
// exact bytes `parley analyze` prints and the store keeps. HTML characters
// (<, >, &) are written as they are, not escaped, so text reads naturally.
func Marshal(a *Analysis) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
