package mentions_test

import (
	"fmt"

	"parley/internal/actors"
	"parley/internal/analysis"
	"parley/internal/mentions"
	"parley/internal/text"
)

func ExampleResolver_Resolve() {
	txt := `Kremlin foreign policy aide Yuri Ushakov said no deal was reached. "Others are unacceptable to us," the aide said.`
	var sents []analysis.Sentence
	for _, s := range text.Segment(txt, nil) {
		sents = append(sents, analysis.Sentence{Start: s.Start, End: s.End})
	}
	r := mentions.NewResolver(actors.Default())
	out := r.Resolve(mentions.Input{Text: txt, Sentences: sents, Date: "2025-12-03"}, nil)
	for _, m := range out.Mentions {
		fmt.Printf("%-11s %-42q %s\n", m.Kind, m.Text, m.Actor)
	}
	for _, a := range out.Actors {
		fmt.Println(a.ID, a.Code)
	}
	// Output:
	// name        "Kremlin foreign policy aide Yuri Ushakov" yuri-ushakov
	// metonym     "Kremlin"                                  rus-gov
	// pronoun     "us"                                       rus-gov
	// description "the aide"                                 yuri-ushakov
	// rus-gov RUSGOV
	// yuri-ushakov RUSGOV
}
