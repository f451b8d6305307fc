package main

import (
	"bufio"
	"context"

	"github.com/spf13/cobra"

	"parley/internal/analysis"
	"parley/internal/pipeline"
	"parley/internal/progress"
)

type analyzeOptions struct {
	inputOptions
}

func newAnalyzeCommand(g *globalOptions) *cobra.Command {
	var opts analyzeOptions
	cmd := &cobra.Command{
		Use:   "analyze [flags] [PATH|URL|-]...",
		Short: "Analyse documents and print one JSON line per document",
		Long: `Analyse documents and write one JSON object per document to stdout (JSON
Lines), in the shape documented in docs/contract.md.

Inputs are plain-text articles (.txt; an optional headline line and a wire
dateline such as "MOSCOW (Reuters) -" are recognised), HTML pages, RSS, Atom
and JSON feeds (each item one document), JSON Lines documents
({"id","text","title","url","published","source"} per line, the text analysed
byte for byte), directories (read recursively, in name order), http(s) URLs,
and - for stdin. With no arguments, stdin is read when it is not a terminal.

Output order equals input order whatever --workers is. An input that cannot
be read produces no output line but one line on stderr naming it and the
reason; the other inputs go on.

` + exitStatusH,
		Example: `  parley analyze examples/moscow-envoys.txt
  parley analyze --published 2025-03-12 examples/
  cat docs.jsonl | parley analyze - > analyses.jsonl
  parley analyze --workers 1 https://example.org/feed.xml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAnalyze(cmd.Context(), g, opts, args)
		},
	}
	opts.addFlags(cmd.Flags())
	return cmd
}

func runAnalyze(ctx context.Context, g *globalOptions, opts analyzeOptions, args []string) error {
	args, popt, err := opts.prepare(args, g.stdin)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(g.stdout, 256<<10)
	meter := progress.New(g.stderr, "analysed", !opts.noProgress)
	fails := &failureReporter{w: g.stderr, meter: meter}

	err = pipeline.Run(ctx, opts.workers, popt, opts.source(ctx, args, g.stdin), func(r pipeline.Result) error {
		if r.Err != nil {
			fails.report(r.Err)
			meter.Add(0, true)
			return nil
		}
		meter.Add(len(r.Analysis.Text), false)
		line, err := analysis.Marshal(r.Analysis)
		if err != nil {
			return err
		}
		out.Write(line)
		return out.WriteByte('\n')
	})
	meter.Done()
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if fails.failed > 0 {
		return errSomeFailed
	}
	return nil
}
