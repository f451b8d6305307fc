package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
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

// taskNames returns the keys of a task table in sorted order.
func taskNames[T any](tasks map[string]T) []string {
	return slices.Sorted(maps.Keys(tasks))
}

// taskHelp lists a task table for a command's long help, one task a
// paragraph, in name order.
func taskHelp[T any](tasks map[string]T, help func(T) string) string {
	var b strings.Builder
	for _, n := range taskNames(tasks) {
		fmt.Fprintf(&b, "  %-6s %s\n", n, help(tasks[n]))
	}
	if b.Len() == 0 {
		b.WriteString("  (none yet)\n")
	}
	return b.String()
}

func newEvalCommand(g *globalOptions) *cobra.Command {
	var opts evalOptions
	tasks := taskHelp(evalTasks, func(t evalTask) string { return t.help })
	cmd := &cobra.Command{
		Use:   "eval TASK FILE...",
		Short: "Score a stage against gold data",
		Long: `Score one stage of parley against gold-standard data and print the score.

Tasks:
` + tasks + `
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
		return usagef("unknown eval task %q (known: %s)", task, strings.Join(taskNames(evalTasks), ", "))
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
