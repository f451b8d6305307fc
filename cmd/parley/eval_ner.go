package main

import (
	"context"
	"io"

	"parley/internal/eval/nereval"
	"parley/internal/ner"
)

func init() {
	evalTasks["ner"] = evalTask{
		help: `named entities, on CoNLL-2003 format files (WORD POS CHUNK TAG
        per line, IOB1 or IOB2 tags; only the words are given to the
        tagger, not the POS or chunk columns). Prints conlleval-style
        precision, recall and F1 per type and micro-averaged, with exact
        spans: an entity counts only if start, end and type all match.`,
		run: func(ctx context.Context, w io.Writer, opts evalOptions, name string, f io.Reader) error {
			rep, err := nereval.Run(f, name, ner.Default())
			if err != nil {
				return err
			}
			rep.Write(w)
			return nil
		},
	}
}
