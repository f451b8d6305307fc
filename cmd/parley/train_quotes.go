package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"parley/internal/eval/quoteeval"
	"parley/internal/quotes"
)

// quoteEpochs is the number of passes over the training data.
const quoteEpochs = 6

func init() {
	trainTasks["quotes"] = trainTask{
		help: `the cue model of the quotes stage (which words head an attribution
         cue), an averaged perceptron over hashed features, from PolNeAR's
         train.jsonl in --data (default ../shared/data/polnear). Writes only
         int8 weights of hashed feature buckets, no text. Score it with
         parley eval quotes ../shared/data/polnear/dev.jsonl after rebuilding.`,
		dataDir:    "polnear",
		defaultOut: filepath.Join("internal", "quotes", "model", "cues.bin"),
		run:        trainQuotes,
	}
}

func trainQuotes(ctx context.Context, w io.Writer, opts trainOptions) error {
	name := filepath.Join(opts.data, "train.jsonl")
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("train quotes: %w", err)
	}
	docs, err := quoteeval.Read(f, name)
	f.Close()
	if err != nil {
		return fmt.Errorf("train quotes: %w", err)
	}
	var td []quotes.TrainDoc
	for _, d := range docs {
		t := quotes.TrainDoc{Text: d.Text}
		for _, q := range d.Quotes {
			if len(q.Cue) > 0 {
				t.Cues = append(t.Cues, q.Cue[0])
			}
		}
		td = append(td, t)
	}
	x, rep, err := quotes.Lexicon().TrainCues(ctx, td, quoteEpochs, opts.seed)
	if err != nil {
		return err
	}
	size, err := writeModel("quotes", opts, x.WriteModel)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "trained on %d articles, %d words (%d cue heads) per epoch; errors per epoch %v\n", len(docs), rep.Tokens, rep.Positives, rep.TrainErrors)
	fmt.Fprintf(w, "wrote %s (%d bytes, %d non-zero weights)\n", opts.output, size, rep.NonZero)
	return nil
}
