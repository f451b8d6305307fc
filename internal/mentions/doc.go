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
// Two narrow tolerances sit on top of the dictionary's exact matching
// (typo.go): a capitalised word one edit from a country's one-word name,
// adjective or demonym ("Ethopia", "Quatar", "Isreal") is that country
// when it can be nothing else (no known name or English word, see
// data/nottypos.txt; not part of a longer name; no other country as
// near), and a country in odd case ("iSrael") or a person's surname in
// lower case after a title ("President obama") is read as written
// properly.
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
// A nationality and a head noun make a generic group coded with the
// head's CAMEO sector (data/titles.txt): "Palestinian gunmen" UAF,
// "18 Rwandan rebels" REB, "Israeli intelligence officials" SPY, "two
// Brazilian men" CVL, "Chinese warships" MIL, "a Latvian court" JUD,
// "the Kenyan parliament" LEG; modifiers may stand between ("Egyptian
// riot police"), two heads may share the adjective ("Israeli
// helicopters and tanks") and two adjectives the head ("the Turkish and
// Greek sides": each government). A group word that only qualifies a
// noun is none ("US aircraft maker", "a police station"). A body placed
// by "in" a country or capital is that country's ("a court in Guyana",
// "police in Abuja"), except soldiers, diplomats, spies, journalists
// and refugees, who are as often foreign; "of" a country places any
// group ("the parliament of Kenya", "leaders of Romania's new
// government"). "Government forces" belong to the one country of the
// sentence or the dateline. Groups flagged "loose" (rebels, gunmen,
// protesters, police, troops) are actors even with no country: "The
// rebels said they ..." has an actor "rebels" with the REB sector and
// no code, so that "they" has an antecedent.
//
// Groups with no office follow the same rule with CAMEO's sectors
// (data/titles.txt): "Algerian landowners" CVL, "Kenyan farmers" AGR,
// "Angry French paper workers" LAB, "university students throughout
// Indonesia" EDU ("throughout" and "across" place a group as "in"
// does), "Russian activists" OPP, "Ibo traditional elders" ELI. Words
// that only describe ("angry", "young", "traditional", "paper") may
// stand before the head, and one before a demonym makes the people's
// civilians ("Young Algerians": DZA CVL, not the state that "the
// Algerians" would be). A people of one state (data/titles.txt, class
// people: "Ibo", "Chechen") gives its state when the text gives none;
// a people of several ("Kurds", "Druze") is placed only by the text:
// "Iraqi Kurds" IRQ, "Druze inhabitants of the Syrian Golan Heights"
// SYR (an adjective and a place name ending in a land word such as
// "Heights"). "Ethnic" before a nationality names kin abroad, so
// "ethnic Turks" are no one's (no code, rather than a wrong TUR) and
// "ethnic Turks in Bulgaria" are Bulgaria's. "Supporters of former
// President X" are of X's country. A plural group word never titles the
// name after it ("pupils Jane Doe"), and one before a noun such as
// "club" or "association" only qualifies it ("the supporters club").
//
// A titled person the dictionary does not know, whose title names no
// country ("President Levy Mwanawasa", "Judge Alejandro Rivera", "Lt.
// Gen. Prosper Avril"), takes a country only where the text shows it to
// be theirs (homeCountry): the one country of the sentence when one of
// its mentions is a home word's ("the Zambian people", "Haiti's first
// elections", a judge's "Chilean officials", "a curfew in Algiers";
// data/titles.txt), never one the person acts toward ("called for
// sanctions against Nigeria") or one before the title ("France
// criticised President X"); when the sentence names no country, for a
// state office the one country of the previous sentence if that
// sentence is about it ("Zambia's parliament met", not "the Iraq war"),
// then the dateline's. The head of a body the title names ("SMFG
// President", "Vibe magazine president") is left without one.
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
// would be") and "..., it said." are left out. After a verb of saying
// (and a phrase of time: "said on Tuesday it") "it" is a subject even
// before "is" or "would be" ("Syria says it is willing"), unless the
// predicate is one an empty "it" takes ("said it was unclear", "said it
// seemed"). "It" or "them" ending a clause after a preposition ("Israel
// said a shell was fired at it", "Police said protesters threw stones
// at them") is the speaker of the verb of saying, never the subject of
// its own clause (a pronoun that is not reflexive does not refer to its
// clause's subject), and nothing when a clause boundary intervenes. Inside a quotation a
// third-person pronoun (he, she, they, it) is never the speaker ("they"
// and "it" not the speaker's side either), and "I"/"we" are the speaker
// and the speaker's side, when the speaker is a mention next to the
// quotation in the same sentence ("..." she said; Kallas said: "...").
// Limits: no syntax, so the most recent antecedent wins even when the
// subject was meant; "they" does not join several people ("Putin and
// Trump ... they"); the quotes stage will supersede the speaker rule.
package mentions
