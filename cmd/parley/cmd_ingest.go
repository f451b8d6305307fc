package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"parley/internal/analysis"
	"parley/internal/pipeline"
	"parley/internal/progress"
	"parley/internal/store"
)

type ingestOptions struct {
	inputOptions
	db    string
	batch int
}

func newIngestCommand(g *globalOptions) *cobra.Command {
	var opts ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest [flags] [PATH|URL|-]...",
		Short: "Analyse documents and store them in an SQLite database",
		Long: `Analyse documents (the same inputs as parley analyze) and write the documents
and their analyses to an SQLite database (one file, created when missing).

Ingest is idempotent: a document whose content (text and metadata) is
already stored is left alone and counted as unchanged, so running the same
ingest twice changes nothing and says so; a known id with new content is
replaced. Each batch of documents is one transaction: an interrupted ingest
(Ctrl-C, a crash) loses nothing that was committed, and running it again
resumes where it stopped.

` + exitStatusH,
		Example: `  parley ingest examples/
  parley ingest --db news.db --batch 500 archive.jsonl
  parley ingest --db news.db https://example.org/feed.xml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), g, opts, args)
		},
	}
	opts.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&opts.db, "db", "parley.db", "SQLite database `file`")
	cmd.Flags().IntVar(&opts.batch, "batch", 100, "documents per transaction")
	return cmd
}

func runIngest(ctx context.Context, g *globalOptions, opts ingestOptions, args []string) error {
	if opts.batch < 1 {
		return usagef("--batch must be at least 1, got %d", opts.batch)
	}
	args, popt, err := opts.prepare(args, g.stdin)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()

	meter := progress.New(g.stderr, "ingested", !opts.noProgress)
	fails := &failureReporter{w: g.stderr, meter: meter}
	var counts [3]int // by store.Outcome
	committed := 0
	batch := make([]*analysis.Analysis, 0, opts.batch)
	seen := make(map[string]string) // id → origin of the document stored under it
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		outcomes, err := st.IngestBatch(ctx, batch)
		if err != nil {
			return err
		}
		for _, o := range outcomes {
			if int(o) >= 0 && int(o) < len(counts) {
				counts[o]++
			}
		}
		committed += len(batch)
		batch = batch[:0]
		return nil
	}
	err = pipeline.Run(ctx, opts.workers, popt, opts.source(ctx, args, g.stdin), func(r pipeline.Result) error {
		if r.Err != nil {
			fails.report(r.Err)
			meter.Add(0, true)
			return nil
		}
		if first, dup := seen[r.Analysis.ID]; dup {
			// Storing both would replace one by the other on every run,
			// and re-ingesting would never settle to "nothing changed".
			fails.report(fmt.Errorf("%s: duplicate id %q (already used by %s in this run); not stored", r.Doc.Origin, r.Analysis.ID, first))
			meter.Add(0, true)
			return nil
		}
		seen[r.Analysis.ID] = r.Doc.Origin
		meter.Add(len(r.Analysis.Text), false)
		batch = append(batch, r.Analysis)
		if len(batch) >= opts.batch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	meter.Done()
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted: %d documents were committed to %s and are kept; run the same ingest again to resume", committed, opts.db)
		}
		return fmt.Errorf("%s: %w (%d documents committed before the error are kept)", opts.db, err, committed)
	}
	added, unchanged, replaced := counts[store.Added], counts[store.Unchanged], counts[store.Replaced]
	switch {
	case added+replaced == 0 && unchanged > 0:
		fmt.Fprintf(g.stdout, "%s: nothing changed: all %d documents were already stored\n", opts.db, unchanged)
	default:
		fmt.Fprintf(g.stdout, "%s: %d added, %d replaced, %d unchanged (already stored)\n", opts.db, added, replaced, unchanged)
	}
	if fails.failed > 0 {
		fmt.Fprintf(g.stderr, "parley: %d inputs failed (named above)\n", fails.failed)
		return errSomeFailed
	}
	return nil
}
