package pos_test

import (
	"fmt"

	"parley/internal/pos"
	"parley/internal/text"
)

func ExampleModel_Tag() {
	s := "The embassy was attacked after the talks."
	toks := text.Tokenize(s, 0, len(s), nil)
	var buf pos.Buffers // reuse across calls: no allocation per sentence
	tags := pos.Default().Tag(s, toks, nil, &buf)
	for i, t := range toks {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%s/%s", s[t.Start:t.End], tags[i])
	}
	fmt.Println()
	fmt.Println(tags[3].Verb(), tags[3] == pos.VBN, tags[6].Noun())
	// Output:
	// The/DT embassy/NN was/VBD attacked/VBN after/IN the/DT talks/NNS ./.
	// true true true
}
