package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"parley/internal/store"
)

type showOptions struct {
	db       string
	jsonLine bool
}

func newShowCommand(g *globalOptions) *cobra.Command {
	var opts showOptions
	cmd := &cobra.Command{
		Use:   "show [flags] ID",
		Short: "Print one stored document and its analysis",
		Long: `Print one stored document: its metadata, dateline and sentences (numbered,
with byte offsets; headings marked), then counts of what later stages found.
With --json, print its analysis as the one JSON line parley analyze wrote.

` + exitStatusH,
		Example: `  parley show moscow-envoys
  parley show --db news.db --json moscow-envoys | jq .sentences`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd.Context(), g, opts, args[0])
		},
	}
	cmd.Flags().StringVar(&opts.db, "db", "parley.db", "SQLite database `file`")
	cmd.Flags().BoolVar(&opts.jsonLine, "json", false, "print the analysis as JSON")
	return cmd
}

func runShow(ctx context.Context, g *globalOptions, opts showOptions, id string) error {
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if opts.jsonLine {
		line, err := st.JSONLine(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("%s: no document with id %q", opts.db, id)
		}
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(g.stdout, "%s\n", line)
		return err
	}
	a, info, err := st.Document(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("%s: no document with id %q", opts.db, id)
	}
	if err != nil {
		return err
	}
	w := g.stdout
	field := func(name, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", name+":", v)
		}
	}
	field("id", a.ID)
	field("title", a.Title)
	field("url", a.URL)
	field("source", a.Source)
	field("published", a.Published)
	if a.Dateline != nil {
		field("dateline", fmt.Sprintf("%s [%d:%d]", a.Dateline.Place, a.Dateline.Start, a.Dateline.End))
	}
	field("hash", info.Hash)
	field("ingested", info.IngestedAt.UTC().Format("2006-01-02 15:04:05Z"))
	fmt.Fprintf(w, "\n%d sentences:\n", len(a.Sentences))
	for i, s := range a.Sentences {
		mark := ""
		if s.Heading {
			mark = " (heading)"
		}
		fmt.Fprintf(w, "%4d [%d:%d]%s %s\n", i, s.Start, s.End, mark, oneLine(a.Text[s.Start:s.End]))
	}
	fmt.Fprintf(w, "\n%d entities, %d mentions, %d actors, %d quotes, %d events, %d stories\n",
		len(a.Entities), len(a.Mentions), len(a.Actors), len(a.Quotes), len(a.Events), len(a.Stories))
	for _, e := range a.Errors {
		fmt.Fprintf(w, "error: %s\n", e)
	}
	return nil
}

// oneLine folds runs of white space (line breaks included) to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
