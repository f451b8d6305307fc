package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"parley/internal/store"
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
			if cmd.Flags().Changed("table") && opts.format != "csv" {
				return usagef("--table goes with --format csv")
			}
			if !slices.Contains(store.CSVTables(), opts.table) {
				return usagef("--table %q: want one of %s", opts.table, strings.Join(store.CSVTables(), ", "))
			}
			return runExport(cmd.Context(), g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.db, "db", "parley.db", "SQLite database `file`")
	cmd.Flags().StringVarP(&opts.format, "format", "f", "jsonl", "output format: jsonl or csv")
	cmd.Flags().StringVar(&opts.table, "table", "documents", "table for --format csv: documents, sentences, entities, mentions, quotes, events")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to `file` instead of stdout")
	return cmd
}

func runExport(ctx context.Context, g *globalOptions, opts exportOptions) error {
	if opts.format != "jsonl" && opts.format != "csv" {
		return usagef("--format %q: want jsonl or csv", opts.format)
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = g.stdout
	var tmp *os.File
	if opts.output != "" {
		// Write beside the target and rename at the end, so that a failed
		// export never leaves a partial file under the requested name.
		tmp, err = os.CreateTemp(filepath.Dir(opts.output), "."+filepath.Base(opts.output)+".*")
		if err != nil {
			return err
		}
		defer func() {
			if tmp != nil {
				tmp.Close()
				os.Remove(tmp.Name())
			}
		}()
		w = tmp
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
	if err := bw.Flush(); err != nil {
		return err
	}
	if tmp != nil {
		if err := tmp.Close(); err != nil {
			return err
		}
		if err := os.Rename(tmp.Name(), opts.output); err != nil {
			return err
		}
		tmp = nil
	}
	return nil
}
