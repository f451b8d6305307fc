// Package mentions finds every reference to an actor in a document and
// says who it is: names ("Vladimir Putin", "Roe" after "Jane Roe"),
// titles ("the French President"), descriptions ("a senior Turkish
// official", "the delegation"), nationality words ("Iranian
// negotiators"), metonyms ("the Kremlin said", "Beijing says") and
// pronouns ("he", and "we" inside a quotation, the speaker's side).
//
// It works by rules over the text's tokens, the actor dictionary
// (internal/actors, longest match), the entity spans of the NER stage
// (optional) and a small embedded lexicon of title words, modifiers and
// verbs of saying (data/titles.txt) and of given names that tell gender
// (data/names.txt). Every actor is coded with the role it held on the
// document's date (actors.Entry.On), so "Trump" is USAGOV in 2025 and
// USAELI in 2022.
//
// Coreference is deliberately simple and local: a pronoun goes to the
// most recent compatible antecedent within three sentences (gender from
// titles, honorifics and given names; "they" only to groups and bodies);
// a definite description ("the aide", "the envoy") to the most recent
// person given that title or holding that role; "the delegation" to the
// government last mentioned. Inside a quotation a third-person pronoun
// is never the speaker, and "I"/"we" are the speaker and the speaker's
// side, when the speaker is a mention next to the quotation in the same
// sentence ("..." she said; Kallas said: "..."). Limits: "it" is not
// resolved; no syntax, so the most recent antecedent wins even when the
// subject was meant; the quotes stage will supersede the speaker rule.
package mentions
