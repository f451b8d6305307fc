package main

import (
	"context"
	"io"

	"parley/internal/eval/quoteeval"
	"parley/internal/quotes"
)

func init() {
	evalTasks["quotes"] = evalTask{
		help: `quotations and attributions, on PolNeAR JSON Lines (one article
        per line with content, cue and source spans as byte offsets).
        Prints exact-span precision, recall and F1 for source, cue and
        content (spans trimmed of white space, quotation marks and edge
        punctuation), quote-level F1 at content overlap 0.3 and 0.8
        (shared characters over the longer content, greedy one-to-one
        matching), and speaker accuracy over the quotes matched at 0.3.
        Nested reports (quotes with "within") are not scored: PolNeAR
        does not annotate them.`,
		run: func(ctx context.Context, w io.Writer, opts evalOptions, name string, f io.Reader) error {
			rep, err := quoteeval.Run(f, name, quotes.Default())
			if err != nil {
				return err
			}
			rep.Write(w)
			return nil
		},
	}
}
