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

// "The head of X" is one mention of whoever heads X; "it" goes to the
// body that speaks.
func ExampleResolver_Resolve_heads() {
	txt := "The head of the IAEA met the head of Iran's state oil company. NATO said its members would meet."
	var sents []analysis.Sentence
	for _, s := range text.Segment(txt, nil) {
		sents = append(sents, analysis.Sentence{Start: s.Start, End: s.End})
	}
	r := mentions.NewResolver(actors.Default())
	out := r.Resolve(mentions.Input{Text: txt, Sentences: sents, Date: "2025-06-01"}, nil)
	for _, m := range out.Mentions {
		fmt.Printf("%-11s %-40q %s\n", m.Kind, m.Text, m.Actor)
	}
	for _, a := range out.Actors {
		fmt.Printf("%s %q\n", a.ID, a.Code)
	}
	// Output:
	// title       "The head of the IAEA"                   rafael-grossi
	// name        "IAEA"                                   iaea
	// description "the head of Iran's state oil company"   irn-state-oil-company-head
	// name        "Iran"                                   irn-gov
	// name        "NATO"                                   nato
	// pronoun     "its"                                    nato
	// rafael-grossi "IGOIAEA"
	// iaea "IGOIAEA"
	// irn-state-oil-company-head "IRNBUS"
	// irn-gov "IRNGOV"
	// nato "IGONATO"
}

// Groups are coded with the sector of their head noun, and a pronoun
// after a verb of saying is the speaker, even as the object of a
// preposition.
func ExampleResolver_Resolve_groups() {
	txt := "Norway says it is ready to help. A court in Guyana jailed two Brazilian men. Egypt said Sudanese rebels fired at it."
	var sents []analysis.Sentence
	for _, s := range text.Segment(txt, nil) {
		sents = append(sents, analysis.Sentence{Start: s.Start, End: s.End})
	}
	r := mentions.NewResolver(actors.Default())
	out := r.Resolve(mentions.Input{Text: txt, Sentences: sents, Date: "2020-06-01"}, nil)
	for _, m := range out.Mentions {
		fmt.Printf("%-11s %-20q %s\n", m.Kind, m.Text, m.Actor)
	}
	for _, a := range out.Actors {
		fmt.Printf("%s %q\n", a.ID, a.Code)
	}
	// Output:
	// name        "Norway"             nor-gov
	// pronoun     "it"                 nor-gov
	// description "A court in Guyana"  guy-judiciary
	// demonym     "two Brazilian men"  bra-civilians
	// name        "Egypt"              egy-gov
	// demonym     "Sudanese rebels"    sdn-rebels
	// pronoun     "it"                 egy-gov
	// nor-gov "NORGOV"
	// guy-judiciary "GUYJUD"
	// bra-civilians "BRACVL"
	// egy-gov "EGYGOV"
	// sdn-rebels "SDNREB"
}

// Misspelt and oddly cased countries, and a surname in lower case after a
// title, are read as meant; a word one edit from a country that is
// something else ("Grease") is not.
func ExampleResolver_Resolve_misspellings() {
	txt := "Ethopia and iSrael protested. President obama met envoys from Quatar. Grease fires burned in the West Bank."
	var sents []analysis.Sentence
	for _, s := range text.Segment(txt, nil) {
		sents = append(sents, analysis.Sentence{Start: s.Start, End: s.End})
	}
	r := mentions.NewResolver(actors.Default())
	out := r.Resolve(mentions.Input{Text: txt, Sentences: sents, Date: "2012-06-01"}, nil)
	for _, m := range out.Mentions {
		fmt.Printf("%-6s %-17q %s\n", m.Kind, m.Text, m.Actor)
	}
	// Output:
	// name   "Ethopia"         eth-gov
	// name   "iSrael"          isr-gov
	// name   "President obama" barack-obama
	// name   "Quatar"          qat-gov
}
