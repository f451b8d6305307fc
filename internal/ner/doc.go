// Package ner finds named entities in news text: PER, ORG, LOC and MISC in
// the sense of CoNLL-2003 (names only; a title such as "Mr" or "President"
// is not part of the name), with a finer subtype (GPE, NORP) where the
// gazetteer knows the exact name.
//
// # Method
//
// A linear model scores BILOU labels (Begin, Inside, Last, Unit, or O) for
// every token; Viterbi decoding finds the best label sequence of each
// sentence under the BILOU constraints. The weights were learnt by an
// averaged structured perceptron (Collins 2002) in `parley train ner`.
//
// Features are hashed: each is a template id combined with FNV-1a hashes
// of token text, mapped to one of 2^18 buckets, and only the buckets'
// weights are stored, so the model holds no word, name or text. The
// templates cover the word and its lower-cased form, shape ("Xx", "X.X.",
// "d-d"), prefixes and suffixes, neighbouring words and shapes, runs of
// capitalised words, upper-case headlines, gazetteer hits (see Gazetteer),
// and two document-level signals computed from the input document alone:
// whether the word occurs elsewhere in lower case or capitalised in
// mid-sentence, and which types the same word has received so far in the
// document. Mixed-case sentences are decoded before upper-case headlines,
// so that what the body says about a word informs the headline, where case
// gives no clue.
//
// # Speed
//
// Tagging allocates nothing once a Buffers has grown. Weights are stored
// relative to the O label and quantised to int8, so a weight row is 16
// bytes; the summed rows of the word-only templates are cached per word.
//
// # Tokens
//
// Raw text is tokenized by package text; the possessive "'s" is split off
// as the Penn Treebank tokenization of the training data does, and the
// lexical features ignore a word's final period ("Mr." and "Mr", "U.S." and
// the sentence-final "U.S" are the same word), so that raw-text tokens and
// CoNLL tokens look alike to the model.
package ner
