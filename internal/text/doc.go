// Package text is parley's text core: sentence segmentation and
// tokenization, the ground the later stages (entities, quotes, events)
// stand on.
//
// Both work on byte offsets into the caller's string and never copy text:
// a Sentence or Token is a half-open range [Start, End) of UTF-8 byte
// offsets, trimmed of white space, on rune boundaries, ordered and
// non-overlapping. Results are appended to the caller's slice (reset to
// length zero first), so a caller that hands back the previous result
// segments and tokenizes without allocating. Output depends only on the
// input: same text, same options, same result, byte for byte.
//
// Segmentation follows the conventions of the pragmatic_segmenter "golden
// rules": abbreviations, initials, numbers, URLs and ellipses do not end a
// sentence unless what follows starts one; a quotation or parenthesis is
// not split even when it holds several sentences; closing quotes, brackets
// and footnote marks stay with the sentence they close; list items and
// standalone headings are units of their own. The abbreviations live in
// the embedded data file abbreviations.txt and the words that typically
// start a sentence in starters.txt; both are documented in their headers and
// can be extended by editing them.
//
// The implementation scans bytes with table look-ups and ASCII fast paths;
// only the few interesting bytes (terminal punctuation, quotes, brackets,
// non-ASCII) leave the hot loop.
package text
