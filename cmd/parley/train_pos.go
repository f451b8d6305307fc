package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"parley/internal/ner/conll"
	"parley/internal/pos"
)

func init() {
	trainTasks["pos"] = trainTask{
		help: `part-of-speech tags (Penn Treebank): an averaged perceptron over
         hashed features with greedy left-to-right decoding, trained on the
         POS column of eng.train in --data (default
         ../shared/data/conll2003). The last 10% of the documents are held
         out first to choose the number of epochs (their accuracy is
         printed), then the model is trained on all documents. Writes
         internal/pos/model/pos.bin by default, a path relative to the
         repository root, so run it from there.`,
		dataDir:    "conll2003",
		defaultOut: filepath.Join("internal", "pos", "model", "pos.bin"),
		run:        runTrainPOS,
	}
}

func runTrainPOS(ctx context.Context, w io.Writer, opts trainOptions) error {
	docs, err := readEngTrain("pos", opts, conll.ReadWithPOS)
	if err != nil {
		return err
	}
	start := time.Now()
	m, rep, err := pos.Train(ctx, docs, pos.TrainOptions{
		Seed:    opts.seed,
		HoldOut: 0.1,
		Epochs:  posEpochs,
		Log:     w,
		Info:    fmt.Sprintf("averaged perceptron on the POS column of CoNLL-2003 eng.train (%d documents), seed %d", len(docs), opts.seed),
	})
	if err != nil {
		return err
	}
	var heldOut func(io.Writer)
	if rep.HeldOutReport != nil {
		heldOut = rep.HeldOutReport.Write
	}
	return writeTagger(w, "pos", opts, m, heldOut, rep.Rows, rep.Epochs, start)
}

// posEpochs is the most epochs tried on the held-out split.
const posEpochs = 12
