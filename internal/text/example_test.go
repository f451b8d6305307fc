package text_test

import (
	"fmt"

	"parley/internal/text"
)

func ExampleSegment() {
	const doc = "Storm hits coast\n\n" +
		"Gen. Ana Ruiz arrived at 6 a.m. on Monday. \"We are ready. We will help,\" she said. " +
		"Damage in the U.S. Gulf states was heavy."
	for _, s := range text.Segment(doc, nil) {
		fmt.Printf("%v %q\n", s.Heading, doc[s.Start:s.End])
	}
	// Output:
	// true "Storm hits coast"
	// false "Gen. Ana Ruiz arrived at 6 a.m. on Monday."
	// false "\"We are ready. We will help,\" she said."
	// false "Damage in the U.S. Gulf states was heavy."
}

func ExampleTokenize() {
	const s = "Mr. Li paid $1.5bn, he said."
	for _, t := range text.Tokenize(s, 0, len(s), nil) {
		fmt.Printf("%s:%s ", t.Kind, s[t.Start:t.End])
	}
	fmt.Println()
	// Output:
	// Word:Mr. Word:Li Word:paid Symbol:$ Number:1.5bn Punct:, Word:he Word:said Punct:.
}
