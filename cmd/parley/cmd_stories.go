package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"parley/internal/actors"
	"parley/internal/store"
)

type storiesOptions struct {
	db       string
	actor    string
	since    string
	jsonList bool
}

func newStoriesCommand(g *globalOptions) *cobra.Command {
	var opts storiesOptions
	cmd := &cobra.Command{
		Use:   "stories [flags]",
		Short: "List the stories in the store, merged across documents",
		Long: `List the stories of the store, newest first. A story is one happening (talks,
a visit, an attack, sanctions); when several documents tell the same one
(same kind and sides, dates at most a day apart, the same place when both
give one) they are merged into one story with every document as a source.
Near-copies of a document (syndicated or lightly edited) are sources, but
not counted again. See docs/stories.md, "Across documents".

Each line: the story id (give it to parley story), date, kind, title, the
participants and the number of sources. With --json, one JSON object per
story: id, date, kind, title, participants (names), sides (country or IGO
codes) and sources.

` + exitStatusH,
		Example: `  parley stories --db news.db
  parley stories --db news.db --actor Armenia --since 2025-03-01
  parley stories --db news.db --json | jq -r 'select(.sources > 1) | .id'`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStories(cmd.Context(), g, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.db, "db", "parley.db", "SQLite database `file`")
	cmd.Flags().StringVar(&opts.actor, "actor", "", "only stories with this participant (actor id, country code, or part of a name)")
	cmd.Flags().StringVar(&opts.since, "since", "", "only stories dated on or after this `YYYY-MM-DD`")
	cmd.Flags().BoolVar(&opts.jsonList, "json", false, "print JSON Lines")
	return cmd
}

func runStories(ctx context.Context, g *globalOptions, opts storiesOptions, args []string) error {
	if len(args) > 0 {
		return usagef("stories takes no arguments, got %q", args[0])
	}
	if opts.since != "" {
		if _, err := time.Parse("2006-01-02", opts.since); err != nil {
			return usagef("--since %q: want a date as YYYY-MM-DD", opts.since)
		}
	}
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	f := store.StoryFilter{Since: opts.since}
	if a := strings.TrimSpace(opts.actor); a != "" {
		// "Armenia" should find stories whose participants are Armenian
		// officials: add the dictionary's reading of the name.
		f.Actors = append(f.Actors, a)
		for _, h := range actors.Default().Match(a) {
			f.Actors = append(f.Actors, h.Entry.ID)
			if h.Entry.Country != "" {
				f.Actors = append(f.Actors, h.Entry.Country)
			}
		}
	}
	list, err := st.Stories(ctx, f)
	if err != nil {
		return err
	}
	if opts.jsonList {
		enc := json.NewEncoder(g.stdout)
		enc.SetEscapeHTML(false)
		for _, it := range list {
			if err := enc.Encode(it); err != nil {
				return err
			}
		}
		return nil
	}
	if len(list) == 0 {
		fmt.Fprintln(g.stderr, "no stories match")
		return nil
	}
	for _, it := range list {
		date := it.Date
		if date == "" {
			date = "(undated)"
		}
		title := it.Title
		if title == "" {
			title = it.Kind
		}
		fmt.Fprintf(g.stdout, "%s  %s  %s  %s\n    %s; %s\n", it.ID, date, it.Kind, title,
			strings.Join(it.Participants, ", "), plural(it.Sources, "source"))
	}
	return nil
}

// plural writes "1 source", "2 sources".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
