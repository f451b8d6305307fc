package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

type exportOptions struct {
	db     string
	format string
	table  string
	output string
}

func newExportCommand(g *globalOptions) *cobra.Command {
	var opts exportOptions
	cmd := &cobra.Command{
		Use:   "export [flags]",
		Short: "Write the store's contents as JSON Lines or CSV",
		Long: `Write what the store holds to stdout (or --output FILE).

--format jsonl writes every stored analysis as the JSON line parley analyze
printed for it, in ingest order. --format csv writes one table as CSV with a
header row: documents (the default), sentences, entities, mentions, quotes or
events.

` + exitStatusH,
		Example: `  parley export --format jsonl > all.jsonl
  parley export --db news.db --format csv --table sentences -o sentences.csv`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.db, "db", "parley.db", "SQLite database `file`")
	cmd.Flags().StringVarP(&opts.format, "format", "f", "jsonl", "output format: jsonl or csv")
	cmd.Flags().StringVar(&opts.table, "table", "documents", "table for --format csv: documents, sentences, entities, mentions, quotes, events")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to `file` instead of stdout")
	return cmd
}

func runExport(ctx context.Context, g *globalOptions, opts exportOptions) (err error) {
	if opts.format != "jsonl" && opts.format != "csv" {
		return usagef("--format %q: want jsonl or csv", opts.format)
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = g.stdout
	if opts.output != "" {
		f, err := os.Create(opts.output)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = cerr
			}
		}()
		w = f
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	if opts.format == "jsonl" {
		err = st.ExportJSONL(ctx, bw)
	} else {
		err = st.ExportCSV(ctx, bw, opts.table)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return bw.Flush()
}
