package quotes_test

import (
	"fmt"

	"parley/internal/quotes"
)

func Example() {
	text := `"We will not sign this text," said Ana Lind, the foreign minister. ` +
		`According to two diplomats, the envoy left Geneva early.`
	for _, q := range quotes.Default().Quotes(text) {
		fmt.Printf("%s %s: source %q, cue %q\n", q.ID, q.Kind, text[q.Source.Start:q.Source.End], text[q.Cue.Start:q.Cue.End])
		for _, c := range q.Content {
			fmt.Printf("  %s\n", text[c.Start:c.End])
		}
		fmt.Printf("  speaker name: %s\n", q.SpeakerName)
	}
	// Output:
	// q1 direct: source "Ana Lind, the foreign minister", cue "said"
	//   "We will not sign this text,"
	//   speaker name: Ana Lind
	// q2 indirect: source "two diplomats", cue "According to"
	//   the envoy left Geneva early
	//   speaker name:
}
