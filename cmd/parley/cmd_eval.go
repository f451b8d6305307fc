package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"parley/internal/eval/segeval"
)

type evalOptions struct {
	verbose bool
}

func newEvalCommand(g *globalOptions) *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "eval TASK FILE...",
		Short: "Score a stage against gold data",
		Long: `Score one stage of parley against gold-standard data and print the score.

Tasks:
  seg   sentence segmentation, on the pragmatic_segmenter golden-rules JSON
        Lines format ({"input": "...", "expected": ["...", ...]} per line). A
        case passes when the predicted sentences, trimmed and with white space
        runs folded to one space, equal the expected ones. Prints the pass
        count; -v lists each failure with what was expected and what came out.

` + exitStatusH,
		Example: `  parley eval seg ../shared/data/segmentation-golden-rules/golden_en.jsonl
  parley eval seg -v ../shared/data/segmentation-golden-rules/english_spec_other.jsonl`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), g, opts, args[0], args[1:])
		},
	}
	cmd.Flags().BoolVarP(&opts.verbose, "verbose", "v", false, "list every failure")
	return cmd
}

func runEval(ctx context.Context, g *globalOptions, opts evalOptions, task string, files []string) error {
	switch task {
	case "seg":
	default:
		return usagef("unknown eval task %q (known: seg)", task)
	}
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		rep, err := segeval.Run(f, filepath.Base(name))
		f.Close()
		if err != nil {
			return fmt.Errorf("eval seg: %w", err)
		}
		rep.Write(g.stdout, opts.verbose)
	}
	return nil
}
