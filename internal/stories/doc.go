// Package stories groups the events of one document into stories, one per
// happening, and reads each side's account of it (CONTRACT.md `stories`).
//
// A story starts at an event that is a happening (talks, a visit, an
// attack, sanctions) and gathers every other event that is a mention of the
// same happening: the same participants up to direction, a kind of the same
// group (a visit and the talks held during it), no conflicting date or
// place. Statements connected to it (said in a sentence that mentions it,
// by its own sides in its paragraphs, or through "the meeting", "the talks",
// "the round" later on) join it; announced future steps become its
// next_steps; accusations made about it give its blamed. Quotes about a
// story are grouped by the speaker's side into accounts, each with a stance
// read from a lexicon and a one-line summary in the system's own words.
//
// The knowledge is data: data/kinds.txt maps CAMEO codes to kinds of
// happening and lists the words that refer back to one; data/stance.txt is
// the stance and non-disclosure lexicon. Both are embedded and documented
// at their top and in docs/stories.md.
//
// This stage works within one document; merging stories across documents
// belongs to the store.
package stories
