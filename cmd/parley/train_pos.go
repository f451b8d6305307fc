package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
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
	name := filepath.Join(opts.data, "eng.train")
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("train pos: %w", err)
	}
	docs, err := conll.ReadWithPOS(f, name)
	f.Close()
	if err != nil {
		return fmt.Errorf("train pos: %w", err)
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
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return fmt.Errorf("train pos: encoding the model: %w", err)
	}
	if err := os.WriteFile(opts.output, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("train pos: %w", err)
	}
	if rep.HeldOutReport != nil {
		fmt.Fprintln(w, "held-out score at the chosen epoch count:")
		rep.HeldOutReport.Write(w)
	}
	fmt.Fprintf(w, "wrote %s: %d bytes, %d non-zero weight rows, %d epochs, trained in %s\n",
		opts.output, buf.Len(), rep.Rows, rep.Epochs, time.Since(start).Round(time.Millisecond))
	return nil
}

// posEpochs is the most epochs tried on the held-out split.
const posEpochs = 12
