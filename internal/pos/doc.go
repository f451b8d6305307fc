// Package pos is a part-of-speech tagger: it gives each token of a
// sentence its Penn Treebank tag (NN, VBD, VBN, ...), so that later stages
// can tell "the G7 meeting" (NN) from "they are meeting" (VBG), "to arm
// rebels" (VB) from "a sales arm" (NN), and a passive participle (VBN)
// from a past tense (VBD).
//
// The model is an averaged perceptron (Collins 2002) over hashed features
// (the word lower-cased, with its capitalisation, its prefixes and suffixes
// of 1 to 4 bytes, its shape, the two words on each side, the next word's
// suffix, word bigrams, the sentence position) and the tags given to the
// previous two tokens, decoded greedily left to right. It is trained on the
// POS column of CoNLL-2003 eng.train by `parley train pos`, with the
// Treebank's split clitics joined back ("Russia 's" is one token, "Russia's",
// as parley's tokenizer gives it; see Merge). The embedded model holds int8
// weights only, no words.
//
// Tagging sums about 20 int8 weight rows per token. A row with up to four
// non-zero weights (most of them) lives inside its index entry; the others
// are packed four tags to a uint64 in 16-bit lanes, so adding one costs 11
// additions. The sum of a word's own features (those that do not look at
// its neighbours) is cached per word, and a bitmap of the non-empty
// buckets skips the features the model has no weight for.
package pos
