// Package actors is parley's actor dictionary: countries and their
// governments, regions, international organisations, state bodies, armed
// and political groups, CAMEO sectors and the people who matter in
// diplomacy and conflict, each with a stable id, the names the news uses
// for it and the CAMEO-style code it has on a given date.
//
// The dictionary is data, not Go: the files under data/ are embedded and
// loaded once (Default), and users add or replace entries with files of
// the same format in directories of their own (Load). The format is
// documented in docs/actors.md and at the top of every data file.
//
// Looking names up is meant for the hot path of later stages: MatchAt and
// MatchTokens find the longest alias starting at a token without
// allocating, through a map keyed by the case- and diacritics-folded first
// word. Matching is case-sensitive, because case is what tells "US" from
// "us" and "Chad" the country from a chad; an alias also matches in ALL
// CAPS (datelines, headlines) and with its first letter capitalised ("The
// Kremlin" at the start of a sentence). Diacritics never matter: "Elysee"
// matches "Élysée" and "Erdogan" matches "Erdoğan".
//
// Codes follow CAMEO: a country (ISO 3166-1 alpha-3), region (EUR, MEA,
// ...) or IGO code (IGONATO) followed by the first sector (USAGOV,
// RUSMIL). A person's code depends on the date: Entry.On picks the role
// held that day; before any role the person has their base code, after
// their last role they are coded as an elite (ELI), CAMEO's sector for
// former officials.
package actors
