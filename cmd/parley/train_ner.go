package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"parley/internal/ner"
	"parley/internal/ner/conll"
)

func init() {
	trainTasks["ner"] = trainTask{
		help: `named entities (PER, ORG, LOC, MISC): an averaged perceptron over
         hashed features, trained on eng.train in --data (default
         ../shared/data/conll2003). The last 10% of the documents are held
         out first to choose the number of epochs (their F1 is printed),
         then the model is trained on all documents. Writes
         internal/ner/model/ner.bin by default, a path relative to the
         repository root, so run it from there.`,
		dataDir:    "conll2003",
		defaultOut: filepath.Join("internal", "ner", "model", "ner.bin"),
		run:        runTrainNER,
	}
}

func runTrainNER(ctx context.Context, w io.Writer, opts trainOptions) error {
	docs, err := readEngTrain("ner", opts, conll.Read)
	if err != nil {
		return err
	}
	start := time.Now()
	m, rep, err := ner.Train(ctx, docs, ner.TrainOptions{
		Seed:    opts.seed,
		HoldOut: 0.1,
		Epochs:  25,
		Log:     w,
		Info:    fmt.Sprintf("averaged perceptron on CoNLL-2003 eng.train (%d documents), seed %d", len(docs), opts.seed),
	})
	if err != nil {
		return err
	}
	var heldOut func(io.Writer)
	if rep.HeldOutReport != nil {
		heldOut = rep.HeldOutReport.Write
	}
	return writeTagger(w, "ner", opts, m, heldOut, rep.Rows, rep.Epochs, start)
}
