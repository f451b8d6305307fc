// Package events codes events: a source actor did something to a target
// actor, in the sentence that says so. It reads the earlier stages'
// output (sentences, mentions with their actors, quotes) and writes
// contract events (CONTRACT.md "events") with CAMEO and PLOVER codes,
// modality, negation, date, place and the quote that reports them.
//
// The knowledge is data: verb and phrase patterns per CAMEO code
// (data/verbs/*.txt, format in docs/events.md), irregular verb forms
// (data/irregular.txt), the words that change a verb's modality
// (data/modality.txt) and the issue words that fill contexts
// (data/contexts.txt), including the closed word classes of the grammar
// (place prepositions, relative pronouns, words free in a pattern's gap). The grammar is a shallow one of our own: patterns
// are matched on word forms, the source is the nearest actor to the left
// that is not the object of a preposition, the target fills the pattern's
// "+" slot, passive voice swaps them, and auxiliaries and control verbs
// ("refused to", "threatened to", "will") turn the code into its intent,
// rejection or threat form as CAMEO's codebook does.
package events
