package stories_test

import (
	"fmt"

	"parley/internal/analysis"
	"parley/internal/stories"
)

// Two governments meet; one side's spokesman speaks about the meeting.
// The stories stage makes one talks story of the two directions of the
// meeting and gives the spokesman's quote to it, with its stance.
func ExampleBuild() {
	text := "France and Germany held talks in Paris on Monday. A French spokesman called the talks productive."
	in := stories.Input{
		Text:      text,
		Sentences: []analysis.Sentence{{Start: 0, End: 49}, {Start: 50, End: 97}},
		Actors: []analysis.Actor{
			{ID: "fra-gov", Name: "Government of France", Code: "FRAGOV", Country: "FRA"},
			{ID: "deu-gov", Name: "Government of Germany", Code: "DEUGOV", Country: "DEU"},
			{ID: "fra-spokesman", Name: "French spokesman", Code: "FRAGOV", Country: "FRA"},
		},
		Events: []analysis.Event{
			{ID: "e1", Sentence: 0, Source: []string{"fra-gov"}, Target: []string{"deu-gov"}, Code: "046", Modality: "asserted", Date: "2025-03-10",
				Location: &analysis.Location{Name: "Paris", Country: "FRA"}},
			{ID: "e2", Sentence: 0, Source: []string{"deu-gov"}, Target: []string{"fra-gov"}, Code: "046", Modality: "asserted", Date: "2025-03-10",
				Location: &analysis.Location{Name: "Paris", Country: "FRA"}},
		},
		Quotes: []analysis.Quote{{ID: "q1", Kind: "indirect", Speaker: "fra-spokesman", Content: []analysis.Span{{Start: 70, End: 96}}}},
	}
	st, quotes := stories.Build(in)
	s := st[0]
	fmt.Println(s.ID, s.Kind, s.Events, s.Participants, s.Date)
	fmt.Println(s.Title)
	for _, a := range s.Accounts {
		fmt.Println(a.Side, a.Stance, a.Summary)
	}
	fmt.Println(quotes[0].About, quotes[0].Stance)
	// Output:
	// s1 talks [e1 e2] [fra-gov deu-gov] 2025-03-10
	// France-Germany talks in Paris
	// FRA positive France calls the talks productive.
	// [s1] positive
}

func ExampleStance() {
	for _, s := range []string{
		"The talks were candid and constructive.",
		"There was no breakthrough.",
		"There has been some progress, but a lot of work remains.",
	} {
		fmt.Println(stories.Stance(s))
	}
	// Output:
	// positive
	// negative
	// mixed
}
