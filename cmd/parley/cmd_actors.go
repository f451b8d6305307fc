package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"parley/internal/actors"
)

type actorsOptions struct {
	dirs    []string // extra dictionary directories, in order
	date    string   // YYYY-MM-DD, or "" for the latest role
	json    bool
	explain int // explain each entry when at most this many match
}

func newActorsCommand(g *globalOptions) *cobra.Command {
	var opts actorsOptions
	cmd := &cobra.Command{
		Use:   "actors [flags] [QUERY]",
		Short: "List and explain entries of the actor dictionary",
		Long: `List the entries of the actor dictionary (countries and their governments,
regions, international organisations, state bodies, groups, people and CAMEO
sectors) and explain them: names and their variants, adjectives, demonyms,
capitals and seats of power, codes, and roles with their dates.

Without QUERY every entry is listed, one line each. With QUERY, the entries
it names as text would ("the Kremlin", "Zelenskyy", "Russian"; see
docs/actors.md for the matching rules) come first, then those whose id,
names, codes or role titles contain it, ignoring case and diacritics. Up to
--explain entries are explained in full; more are listed one line each.

--date shows the role and code each entry holds on that day: a person is
coded by the role held then, as a former official (sector ELI) after their
last role, and with their base code before their first. Without --date the
latest role is shown.

--actors DIR adds a directory of dictionary files (every *.txt in it) to the
embedded dictionary; an entry with an id already defined replaces it. Give it
more than once: later directories win. The format is in docs/actors.md.

` + exitStatusH,
		Example: `  parley actors Kremlin
  parley actors --date 2022-06-01 "Donald Trump"
  parley actors --json --date 2025-03-12 Jaishankar
  parley actors --actors ./my-actors "Jane Roe"
  parley actors | grep ' igo '`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runActors(cmd.Context(), g, opts, args)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&opts.dirs, "actors", nil, "extra dictionary `DIR` (repeatable; later ones override earlier ones)")
	f.StringVar(&opts.date, "date", "", "show the role and code held on `YYYY-MM-DD`")
	f.BoolVar(&opts.json, "json", false, "print each entry as the contract's actor object on --date, one JSON line each")
	f.IntVar(&opts.explain, "explain", 10, "explain entries in full when at most `N` match")
	return cmd
}

func runActors(ctx context.Context, g *globalOptions, opts actorsOptions, args []string) error {
	if opts.date != "" {
		if _, err := time.Parse("2006-01-02", opts.date); err != nil {
			return usagef("--date %q: want a date as YYYY-MM-DD", opts.date)
		}
	}
	if opts.explain < 0 {
		return usagef("--explain must be 0 or more, got %d", opts.explain)
	}
	query := ""
	if len(args) == 1 {
		query = strings.TrimSpace(args[0])
		if query == "" {
			return usagef("empty query (leave it out to list every entry)")
		}
	}
	var d *actors.Dictionary
	if len(opts.dirs) == 0 {
		d = actors.Default()
	} else {
		var err error
		if d, err = actors.Load(opts.dirs...); err != nil {
			return err
		}
	}
	entries := d.Search(query)
	if len(entries) == 0 {
		fmt.Fprintf(g.stderr, "no actor matches %q\n", query)
		return nil
	}
	if opts.json {
		enc := json.NewEncoder(g.stdout)
		for _, e := range entries {
			if err := enc.Encode(e.Actor(opts.date)); err != nil {
				return err
			}
		}
		return nil
	}
	if query == "" || len(entries) > opts.explain {
		for _, e := range entries {
			writeActorLine(g.stdout, e, opts.date)
		}
		if query != "" {
			fmt.Fprintf(g.stderr, "%d entries match %q; give an id or a longer query to explain them, or raise --explain\n", len(entries), query)
		}
		return nil
	}
	hits := d.Match(query)
	for i, e := range entries {
		if i > 0 {
			fmt.Fprintln(g.stdout)
		}
		for _, h := range hits {
			if h.Entry == e {
				fmt.Fprintf(g.stdout, "%q is %s of %s\n", query, article(h.As.String()), e.ID)
			}
		}
		explainActor(g.stdout, d, e, opts.date)
	}
	return nil
}

func article(s string) string {
	if strings.IndexByte("aeiou", s[0]) >= 0 {
		return "an " + s
	}
	return "a " + s
}

// writeActorLine writes one line: id, kind, code on the date, name, role.
func writeActorLine(w io.Writer, e *actors.Entry, date string) {
	r := e.On(date)
	line := fmt.Sprintf("%-28s %-7s %-10s %s", e.ID, e.Kind, r.Code, e.Name)
	if r.Title != "" {
		line += " (" + r.Title + ")"
	}
	fmt.Fprintln(w, line)
}

// explainActor writes everything the dictionary knows about an entry.
func explainActor(w io.Writer, d *actors.Dictionary, e *actors.Entry, date string) {
	fmt.Fprintf(w, "%s  %s  %s\n", e.ID, e.Kind, e.Name)
	if e.Kind == actors.KindSector {
		fmt.Fprintf(w, "  sector code: %s\n", e.Code)
	} else {
		country := e.Country
		if c := d.Country(e.Country); c != nil && c != e {
			country += " (" + c.Name + ")"
		}
		fmt.Fprintf(w, "  country:     %s\n", country)
		fmt.Fprintf(w, "  base code:   %s  sectors %s\n", e.Code, sectorList(e.Sectors))
	}
	for _, l := range []struct {
		label string
		items []string
	}{{"names", e.Aliases}, {"adjectives", e.Adjectives}, {"demonyms", e.Demonyms}, {"capitals", e.Capitals}, {"metonyms", e.Metonyms}} {
		if len(l.items) > 0 {
			fmt.Fprintf(w, "  %-12s %s\n", l.label+":", strings.Join(l.items, " | "))
		}
	}
	if len(e.Roles) > 0 {
		fmt.Fprintln(w, "  roles:")
		for _, r := range e.Roles {
			fmt.Fprintf(w, "    %-24s %-10s %s  sectors %s\n", r.From+".."+r.To, r.Code, r.Title, sectorList(r.Sectors))
		}
	}
	if date != "" || len(e.Roles) > 0 {
		r := e.On(date)
		when := "on " + date
		if date == "" {
			when = "latest"
		}
		title := r.Title
		if title == "" {
			title = "(no role)"
		}
		fmt.Fprintf(w, "  %-12s %s  %s  sectors %s\n", when+":", r.Code, title, sectorList(r.Sectors))
	}
	for _, n := range e.Notes {
		fmt.Fprintf(w, "  note:        %s\n", n)
	}
	fmt.Fprintf(w, "  defined at:  %s:%d\n", e.File, e.Line)
}

func sectorList(s []string) string {
	if len(s) == 0 {
		return "(none)"
	}
	return strings.Join(s, " ")
}
