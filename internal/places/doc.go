// Package places is parley's gazetteer: every country and territory, every
// capital, the world's large cities, the towns that diplomacy and war put
// in the news, and the regions, seas and straits used as locations, each
// with its ISO 3166-1 alpha-3 country code and a representative point.
// Events take their location from it.
//
// The gazetteer is data, not Go: the files under data/ (format in
// docs/places.md and at the top of every file) are embedded and parsed once
// (Default); users add or override places with files of their own (Load).
//
// MatchAt finds the longest place name starting at a token, for the hot
// path of later stages, without allocating: names are indexed by their
// case- and diacritics-folded first word, and matching is case-sensitive,
// because case is what tells "Nice" the city from "nice", "Reading" from
// "reading" and "Split" from "split"; names also match in ALL CAPS
// (datelines, headlines). Diacritics never matter: "Zurich" is "Zürich".
// Lookup answers for a single name and ignores case too.
//
// Where a name is ambiguous ("Georgia", "Congo", "Hyderabad") the data keeps
// the internationally dominant reading and says so in a comment.
package places
