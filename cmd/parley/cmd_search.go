package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"parley/internal/store"
)

type searchOptions struct {
	db    string
	limit int
}

func newSearchCommand(g *globalOptions) *cobra.Command {
	var opts searchOptions
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY",
		Short: "Find sentences in the store",
		Long: `Search the sentences of stored documents (SQLite FTS5 full-text search) and
print each match with its document id, sentence number, byte offsets into the
document text, and the sentence with the matching words in [brackets].

QUERY uses FTS5 syntax: words (all must match), "exact phrases", OR, NOT,
prefix* and NEAR(a b, 5). A query that is not valid FTS5 is searched as plain
words instead.

` + exitStatusH,
		Example: `  parley search "border talks"
  parley search --db news.db 'sanction* NOT lifted'
  parley search --limit 5 '"no agreement"'`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSearch(cmd.Context(), g, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.db, "db", "parley.db", "SQLite database `file`")
	cmd.Flags().IntVarP(&opts.limit, "limit", "n", 20, "most matches shown")
	return cmd
}

func runSearch(ctx context.Context, g *globalOptions, opts searchOptions, args []string) error {
	query := strings.Join(args, " ")
	if strings.TrimSpace(query) == "" {
		return usagef("empty query")
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, query, opts.limit)
	if err != nil {
		return err
	}
	if len(hits) == 0 {
		fmt.Fprintf(g.stderr, "no sentence matches %q\n", query)
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(g.stdout, "%s  sentence %d  [%d:%d]\n  %s\n", h.DocID, h.Sentence, h.Start, h.End, h.Snippet)
	}
	return nil
}

// openExisting opens the store at path, refusing to create a new empty one
// (a mistyped --db should say so, not quietly find nothing).
func openExisting(ctx context.Context, path string) (*store.Store, error) {
	if !fileExists(path) {
		return nil, fmt.Errorf("%s: no such database (create one with parley ingest --db %s)", path, path)
	}
	return store.Open(ctx, path)
}
