package main

import (
	"context"
	"io"

	"parley/internal/pos"
)

func init() {
	evalTasks["pos"] = evalTask{
		help: `part-of-speech tags, on CoNLL-2003 format files (WORD POS CHUNK TAG
        per line; the POS column is the gold). Clitics the Treebank splits
        off ("'s", "n't") are joined to the word before as parley's tokenizer
        does, taking its tag. Prints token accuracy, exact-tag accuracy on
        verbs (VB*) and nouns (NN*), the VBN/VBD and noun/verb confusions
        and the most frequent errors.`,
		run: func(ctx context.Context, w io.Writer, opts evalOptions, name string, f io.Reader) error {
			rep, err := pos.Evaluate(f, name, pos.Default())
			if err != nil {
				return err
			}
			rep.Write(w)
			return nil
		},
	}
}
