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
// A title that heads a body ("head", "chief", "director", "leader") with
// "of X" is one mention of whoever heads X: the person the dictionary has
// in that role on the date ("the head of the IAEA", "the IAEA chief":
// Rafael Grossi), else a generic actor for the head of a body the
// dictionary does not know ("the head of the state oil company":
// state-oil-company-head), coded with the country the phrase names or,
// for a body marked as the state's, the one country of the sentence or
// the dateline's, and with the body noun's sector (a state company is
// BUS, see data/titles.txt); with no country it has no code. A deputy's
// or a former head's title names no one. The adjective of a CAMEO region
// makes regional groups ("European officials": eur-officials, EURGOV);
// the EU is IGOEU only when named.
//
// Coreference is deliberately simple and local: a pronoun goes to the
// most recent compatible antecedent within three sentences (gender from
// titles, honorifics and given names; "they" only to groups and bodies);
// a definite description ("the aide", "the envoy") to the most recent
// person given that title or holding that role; "the delegation" to the
// government last mentioned. "It" and "its" go to a country, government,
// IGO, state body, group or singular generic group ("the army") in the
// same or the previous sentence, never to a person or a plural group,
// and only where nothing else that might be "it" stands between: a noun
// phrase ("the plan"), a name that is no actor's ("Gazprom"), a name
// used as a modifier ("the US court", "Israel's economy"), or, across a
// paragraph boundary, any mention; the empty "it" ("it is unclear", "it
// would be") and "..., it said." are left out. Inside a quotation a
// third-person pronoun (he, she, they, it) is never the speaker ("they"
// and "it" not the speaker's side either), and "I"/"we" are the speaker
// and the speaker's side, when the speaker is a mention next to the
// quotation in the same sentence ("..." she said; Kallas said: "...").
// Limits: no syntax, so the most recent antecedent wins even when the
// subject was meant; "they" does not join several people ("Putin and
// Trump ... they"); the quotes stage will supersede the speaker rule.
package mentions
