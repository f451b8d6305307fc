package pos

import (
	"strconv"
	"strings"
)

// Tag is a Penn Treebank part-of-speech tag. The zero value is None (no
// tag); the tagger never returns it.
type Tag uint8

// The Penn Treebank tags of the CoNLL-2003 data, in the order the model's
// weight rows use (changing it needs a retrained model). PRPS is "PRP$",
// WPS "WP$", Quote the straight double quote the data uses for both
// opening and closing quotes, CloseQuote "”", LRB and RRB "(" and ")".
const (
	None Tag = iota
	NNP
	NN
	CD
	IN
	DT
	JJ
	NNS
	VBD
	Period // "."
	Comma  // ","
	VB
	VBN
	RB
	CC
	TO
	PRP
	LRB // "("
	RRB // ")"
	VBG
	VBZ
	Colon // ":"
	Quote // the straight double quote
	POS
	PRPS // "PRP$"
	VBP
	MD
	NNPS
	WP
	RP
	WDT
	SYM
	Dollar // "$"
	WRB
	JJR
	JJS
	FW
	RBR
	EX
	RBS
	CloseQuote // "''"
	PDT
	UH
	WPS // "WP$"
	LS
	numTags
)

// nLabels is the number of tags the model chooses from (None excluded);
// label l is Tag(l+1).
const nLabels = int(numTags) - 1

var tagNames = [numTags]string{
	"", "NNP", "NN", "CD", "IN", "DT", "JJ", "NNS", "VBD", ".", ",", "VB", "VBN", "RB", "CC", "TO",
	"PRP", "(", ")", "VBG", "VBZ", ":", "\"", "POS", "PRP$", "VBP", "MD", "NNPS", "WP", "RP", "WDT",
	"SYM", "$", "WRB", "JJR", "JJS", "FW", "RBR", "EX", "RBS", "''", "PDT", "UH", "WP$", "LS",
}

// String returns the tag as the Penn Treebank writes it ("NN", "PRP$",
// "."), "" for None, and "Tag(N)" for a value that is no tag.
func (t Tag) String() string {
	if t < numTags {
		return tagNames[t]
	}
	return "Tag(" + strconv.Itoa(int(t)) + ")"
}

// ParseTag returns the tag written s ("NN", "PRP$", "”", ...). Treebank
// variants fold into the tag set: "“" (an opening quote) into Quote,
// "-LRB-"/"-RRB-" into LRB/RRB, "#" into SYM, and an ambiguous "A|B" into
// A. ok is false for anything else.
func ParseTag(s string) (t Tag, ok bool) {
	if i := strings.IndexByte(s, '|'); i > 0 {
		s = s[:i]
	}
	switch s {
	case "``":
		return Quote, true
	case "-LRB-", "-LCB-", "-LSB-":
		return LRB, true
	case "-RRB-", "-RCB-", "-RSB-":
		return RRB, true
	case "#":
		return SYM, true
	case "":
		return None, false
	}
	for i := Tag(1); i < numTags; i++ {
		if tagNames[i] == s {
			return i, true
		}
	}
	return None, false
}

// Verb reports whether t is a verb form: VB, VBD, VBG, VBN, VBP or VBZ.
// Modals (MD) are not; see Modal.
func (t Tag) Verb() bool {
	switch t {
	case VB, VBD, VBG, VBN, VBP, VBZ:
		return true
	}
	return false
}

// Modal reports whether t is MD (can, will, would, must, ...).
func (t Tag) Modal() bool { return t == MD }

// Noun reports whether t is a noun: NN, NNS, NNP or NNPS.
func (t Tag) Noun() bool {
	switch t {
	case NN, NNS, NNP, NNPS:
		return true
	}
	return false
}

// Proper reports whether t is a proper noun: NNP or NNPS.
func (t Tag) Proper() bool { return t == NNP || t == NNPS }

// Punct reports whether t tags punctuation: . , : ( ) and quotes.
func (t Tag) Punct() bool {
	switch t {
	case Period, Comma, Colon, LRB, RRB, Quote, CloseQuote:
		return true
	}
	return false
}
