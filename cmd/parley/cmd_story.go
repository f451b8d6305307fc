package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"parley/internal/store"
)

type storyOptions struct {
	db       string
	jsonData bool
}

func newStoryCommand(g *globalOptions) *cobra.Command {
	var opts storyOptions
	cmd := &cobra.Command{
		Use:   "story [flags] ID",
		Short: "Print a brief of one story, with every side's account and its sources",
		Long: `Print a brief of one story (an id from parley stories) that can be read in
thirty seconds: what happened, who took part, when and where; then each
side's account side by side across the sources (its stance, the one-line
summary each source gives, and the quotes with their speakers and
documents); the open issues, whether the substance was kept undisclosed,
the announced next steps, go-betweens, who is blamed, and the source
documents (id, outlet, publication date, title; near-copies marked).

With --json, print the same as one JSON object: id, kind, title, date,
location {name, country}, participants [{id, name, country}], sides,
accounts [{side, stance, reports [{document, stance, summary, quotes [{text,
speaker, speaker_id, stance, document, quote}]}]}], issues, undisclosed,
next_steps [{text, document}], go_betweens and blamed [{id, name, country}],
sources [{id, outlet, published, title, story, copy_of}]. Lists are always
present (empty when there is nothing).

` + exitStatusH,
		Example: `  parley story --db news.db harbour-geneva-talks/s1
  parley story --db news.db --json harbour-geneva-talks/s1 | jq '.accounts[].side'`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStory(cmd.Context(), g, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.db, "db", "parley.db", "SQLite database `file`")
	cmd.Flags().BoolVar(&opts.jsonData, "json", false, "print the brief as JSON")
	return cmd
}

func runStory(ctx context.Context, g *globalOptions, opts storyOptions, args []string) error {
	if len(args) != 1 || strings.TrimSpace(args[0]) == "" {
		return usagef("story needs one story id (see parley stories)")
	}
	id := args[0]
	st, err := openExisting(ctx, opts.db)
	if err != nil {
		return err
	}
	defer st.Close()
	b, err := st.Story(ctx, id)
	if errors.Is(err, store.ErrNoStory) {
		return fmt.Errorf("%s: no story with id %q (parley stories lists them)", opts.db, id)
	}
	if err != nil {
		return err
	}
	if opts.jsonData {
		enc := json.NewEncoder(g.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(b)
	}
	return writeBrief(g.stdout, b)
}

// writeBrief prints a brief for a person: the facts first, then the
// accounts, then what is open and what comes next, then the sources.
func writeBrief(out io.Writer, b *store.StoryBrief) error {
	var w strings.Builder
	title := b.Title
	if title == "" {
		title = b.Kind
	}
	fmt.Fprintf(&w, "%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
	line := func(label, v string) {
		if v != "" {
			fmt.Fprintf(&w, "%-9s %s\n", label+":", v)
		}
	}
	line("what", b.Kind)
	names := make([]string, len(b.Participants))
	for i, a := range b.Participants {
		names[i] = actorLabel(a)
	}
	line("who", strings.Join(names, ", "))
	line("when", b.Date)
	if b.Location != nil {
		where := b.Location.Name
		if b.Location.Country != "" {
			where += " (" + b.Location.Country + ")"
		}
		line("where", where)
	}
	line("id", b.ID)

	if len(b.Accounts) > 0 {
		fmt.Fprintf(&w, "\nAccounts\n")
		for _, s := range b.Accounts {
			fmt.Fprintf(&w, "  %s: %s\n", s.Side, s.Stance)
			for _, r := range s.Reports {
				summary := r.Summary
				if summary == "" {
					summary = "(no summary)"
				}
				fmt.Fprintf(&w, "    [%s] %s (%s)\n", r.Document, summary, r.Stance)
				for _, q := range r.Quotes {
					who := q.Speaker
					if who == "" {
						who = "unattributed"
					}
					fmt.Fprintf(&w, "      “%s” (%s)\n", bareQuote(q.Text), who)
				}
			}
		}
	}
	if len(b.Issues) > 0 || b.Undisclosed {
		fmt.Fprintf(&w, "\nOpen\n")
		if len(b.Issues) > 0 {
			fmt.Fprintf(&w, "  issues: %s\n", strings.Join(b.Issues, ", "))
		}
		if b.Undisclosed {
			fmt.Fprintf(&w, "  the substance was not disclosed\n")
		}
	}
	if len(b.NextSteps) > 0 {
		fmt.Fprintf(&w, "\nNext\n")
		for _, s := range b.NextSteps {
			fmt.Fprintf(&w, "  %s [%s]\n", s.Text, s.Document)
		}
	}
	actorList := func(head string, as []store.BriefActor) {
		if len(as) == 0 {
			return
		}
		labels := make([]string, len(as))
		for i, a := range as {
			labels[i] = actorLabel(a)
		}
		fmt.Fprintf(&w, "\n%s: %s\n", head, strings.Join(labels, ", "))
	}
	actorList("Go-betweens", b.GoBetweens)
	actorList("Blamed", b.Blamed)

	fmt.Fprintf(&w, "\nSources (%d)\n", len(b.Sources))
	for _, s := range b.Sources {
		meta := []string{}
		for _, v := range []string{s.Outlet, s.Published} {
			if v != "" {
				meta = append(meta, v)
			}
		}
		fmt.Fprintf(&w, "  %s  %s", s.ID, strings.Join(meta, ", "))
		if s.Title != "" {
			fmt.Fprintf(&w, "  %q", s.Title)
		}
		if s.CopyOf != "" {
			fmt.Fprintf(&w, "  (copy of %s)", s.CopyOf)
		}
		fmt.Fprintln(&w)
	}
	_, err := io.WriteString(out, w.String())
	return err
}

// actorLabel is "Name (CTRY)", or the name alone.
func actorLabel(a store.BriefActor) string {
	if a.Country != "" {
		return a.Name + " (" + a.Country + ")"
	}
	return a.Name
}

// bareQuote strips the quotation marks around a quote's content (when it
// both opens and closes with one) and the comma or colon at its end, so
// that the brief can put its own marks around it; inner double quotation
// marks become single ones.
func bareQuote(s string) string {
	s = strings.TrimSpace(s)
	isMark := func(r rune) bool { return r == '"' || r == '“' || r == '”' }
	if r := []rune(s); len(r) >= 2 && isMark(r[0]) && isMark(r[len(r)-1]) {
		s = string(r[1 : len(r)-1])
	}
	s = strings.TrimRight(s, ",:; ")
	return innerQuotes.Replace(s)
}

// innerQuotes turns double quotation marks into single ones.
var innerQuotes = strings.NewReplacer(`"`, "'", "“", "‘", "”", "’")
