package places

import folding "parley/internal/fold"

// Name folding is shared with the actor dictionary (internal/actors) in internal/fold;
// these are its short local names.

func appendFold(dst []byte, s string, lower bool) []byte { return folding.Append(dst, s, lower) }
func fold(s string) string                               { return folding.Fold(s) }
func foldLower(s string) string                          { return folding.Lower(s) }
func upper(s string) string                              { return folding.Upper(s) }
func capFirst(s string) string                           { return folding.CapFirst(s) }
