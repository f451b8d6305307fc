package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"parley/internal/ner/conll"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"parley/internal/shared"
)

type trainOptions struct {
	data   string // directory of the training data
	output string // model file to write
	seed   int64
}

// trainTask trains one model from the data under opts.data and writes it to
// opts.output, reporting progress on w.
type trainTask struct {
	help       string // one paragraph for the long help
	dataDir    string // the training data's folder under ../shared/data, used when --data is not given
	defaultOut string // where the embedded model lives in the source tree
	run        func(ctx context.Context, w io.Writer, opts trainOptions) error
}

// trainTasks are the models `parley train` can build, by name. Each stage
// registers its own entry (in an init function of its own file).
var trainTasks = map[string]trainTask{}

func newTrainCommand(g *globalOptions) *cobra.Command {
	var opts trainOptions
	tasks := taskHelp(trainTasks, func(t trainTask) string { return t.help })
	cmd := &cobra.Command{
		Use:   "train MODEL",
		Short: "Train a model from development data, reproducibly",
		Long: `Train one of parley's models from the development data and write it where
the build embeds it, so that a rebuilt binary uses it. Training is
deterministic: the same data and --seed give the same model file, byte for
byte.

Models:
` + tasks + `
` + exitStatusH,
		Example: `  parley train ner --data ../shared/data/conll2003`,
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTrain(cmd.Context(), g, opts, args[0])
		},
	}
	cmd.Flags().StringVar(&opts.data, "data", "", "directory of the training data (default: the model's folder under ../shared/data)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "model file to write (default: the embedded model's path in the source tree)")
	cmd.Flags().Int64Var(&opts.seed, "seed", 1, "random seed (shuffling)")
	return cmd
}

func runTrain(ctx context.Context, g *globalOptions, opts trainOptions, model string) error {
	t, ok := trainTasks[model]
	if !ok {
		return usagef("unknown model %q (known: %s)", model, strings.Join(taskNames(trainTasks), ", "))
	}
	if opts.output == "" {
		opts.output = t.defaultOut
	}
	if opts.data == "" {
		dir, ok := shared.Dir()
		if !ok {
			return fmt.Errorf("train %s: no --data given and the shared data directory was not found (set %s)", model, shared.EnvVar)
		}
		opts.data = filepath.Join(dir, "data", t.dataDir)
	}
	return t.run(ctx, g.stdout, opts)
}

// readEngTrain reads eng.train of the --data folder with read (conll.Read,
// or conll.ReadWithPOS to keep the part-of-speech column).
func readEngTrain(task string, opts trainOptions, read func(io.Reader, string) ([]conll.Document, error)) ([]conll.Document, error) {
	name := filepath.Join(opts.data, "eng.train")
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", task, err)
	}
	defer f.Close()
	docs, err := read(f, name)
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", task, err)
	}
	return docs, nil
}

// writeModel encodes a trained model with encode and writes it to the
// --output file, returning its size in bytes.
func writeModel(task string, opts trainOptions, encode func(io.Writer) error) (int, error) {
	var buf bytes.Buffer
	if err := encode(&buf); err != nil {
		return 0, fmt.Errorf("train %s: encoding the model: %w", task, err)
	}
	if err := os.WriteFile(opts.output, buf.Bytes(), 0o644); err != nil {
		return 0, fmt.Errorf("train %s: %w", task, err)
	}
	return buf.Len(), nil
}

// writeTagger writes a perceptron tagger's model (ner, pos) to
// opts.output, then prints its held-out score, when there was a held-out
// split, and what was written.
func writeTagger(w io.Writer, task string, opts trainOptions, m io.WriterTo, heldOut func(io.Writer), rows, epochs int, start time.Time) error {
	size, err := writeModel(task, opts, func(out io.Writer) error { _, err := m.WriteTo(out); return err })
	if err != nil {
		return err
	}
	if heldOut != nil {
		fmt.Fprintln(w, "held-out score at the chosen epoch count:")
		heldOut(w)
	}
	fmt.Fprintf(w, "wrote %s: %d bytes, %d non-zero weight rows, %d epochs, trained in %s\n",
		opts.output, size, rows, epochs, time.Since(start).Round(time.Millisecond))
	return nil
}
