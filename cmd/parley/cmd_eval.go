package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"parley/internal/eval/segeval"
)

type evalOptions struct {
	verbose bool
}

// evalTask scores one stage on one gold file, writing its report to w.
type evalTask struct {
	help string // one paragraph for the long help
	run  func(ctx context.Context, w io.Writer, opts evalOptions, name string, f io.Reader) error
}

// evalTasks are the stages `parley eval` knows, by task name. Each stage
// adds its own entry in its own file.
var evalTasks = map[string]evalTask{
	"seg": {
		help: `sentence segmentation, on the pragmatic_segmenter golden-rules JSON
        Lines format ({"input": "...", "expected": ["...", ...]} per line). A
        case passes when the predicted sentences, trimmed and with white space
        runs folded to one space, equal the expected ones. Prints the pass
        count; -v lists each failure with what was expected and what came out.`,
		run: func(ctx context.Context, w io.Writer, opts evalOptions, name string, f io.Reader) error {
			rep, err := segeval.Run(f, name)
			if err != nil {
				return err
			}
			rep.Write(w, opts.verbose)
			return nil
		},
	},
}

func evalTaskNames() []string {
	var names []string
	for n := range evalTasks {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func newEvalCommand(g *globalOptions) *cobra.Command {
	var opts evalOptions
	var tasks strings.Builder
	for _, n := range evalTaskNames() {
		fmt.Fprintf(&tasks, "  %-6s %s\n", n, evalTasks[n].help)
	}
	cmd := &cobra.Command{
		Use:   "eval TASK FILE...",
		Short: "Score a stage against gold data",
		Long: `Score one stage of parley against gold-standard data and print the score.

Tasks:
` + tasks.String() + `
` + exitStatusH,
		Example: `  parley eval seg ../shared/data/segmentation-golden-rules/golden_en.jsonl
  parley eval seg -v ../shared/data/segmentation-golden-rules/english_spec_other.jsonl`,
		Args: usageArgs(cobra.MinimumNArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(cmd.Context(), g, opts, args[0], args[1:])
		},
	}
	cmd.Flags().BoolVarP(&opts.verbose, "verbose", "v", false, "list every failure")
	return cmd
}

func runEval(ctx context.Context, g *globalOptions, opts evalOptions, task string, files []string) error {
	t, ok := evalTasks[task]
	if !ok {
		return usagef("unknown eval task %q (known: %s)", task, strings.Join(evalTaskNames(), ", "))
	}
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		err = t.run(ctx, g.stdout, opts, filepath.Base(name), f)
		f.Close()
		if err != nil {
			return fmt.Errorf("eval %s: %w", task, err)
		}
	}
	return nil
}
