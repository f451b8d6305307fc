package ner_test

import (
	"fmt"

	"parley/internal/ner"
	"parley/internal/text"
)

func ExampleModel_Tag() {
	txt := "Mr Karl Holm, the German envoy, met United Nations officials in Paris on Monday."
	var buf ner.Buffers // reuse across documents to avoid allocation
	for _, e := range ner.Default().Tag(txt, text.Segment(txt, nil), &buf) {
		fmt.Printf("%s %s %q\n", e.Type, e.Subtype, txt[e.Start:e.End])
	}
	// Output:
	// PER  "Karl Holm"
	// MISC NORP "German"
	// ORG  "United Nations"
	// LOC GPE "Paris"
}
