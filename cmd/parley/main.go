// Command parley turns news reports into structured, sourced records of who
// said and did what to whom, when and where. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit statuses, the same for every subcommand.
const (
	exitOK      = 0 // everything went fine
	exitFailed  = 1 // some inputs failed (each named on stderr), or the command failed
	exitUsage   = 2 // the command line was wrong
	exitStatusH = "EXIT STATUS\n  0  all inputs were processed\n  1  some inputs failed (each is named on stderr) or the command failed\n  2  usage error (unknown flag, missing argument, bad value)"
)

// errSomeFailed reports that a run went through but some inputs failed;
// they have already been named on stderr.
var errSomeFailed = errors.New("some inputs failed")

// usageError marks errors in the command line itself (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// globalOptions are shared by every subcommand.
type globalOptions struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func newRootCommand(g *globalOptions) *cobra.Command {
	root := &cobra.Command{
		Use:   "parley",
		Short: "Turn news reports into sourced records of who said and did what to whom",
		Long: `parley reads news reports (plain text, HTML pages, RSS/Atom/JSON feeds,
JSON Lines) and turns each into a structured analysis: sentences today, and
entities, actors, quotations, coded events and stories as they are built, each
with the byte offsets of the text it came from. Analyses go to stdout as JSON
Lines (parley analyze) or into an SQLite store (parley ingest) that can be
searched, shown and exported.

` + exitStatusH,
		Example: `  parley analyze examples/*.txt
  parley ingest --db news.db examples/
  parley search --db news.db "border talks"`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(g.stdin)
	root.SetOut(g.stdout)
	root.SetErr(g.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{err}
	})
	// With arguments that name no subcommand, root itself runs and says so;
	// without any, it prints its help.
	root.Args = cobra.ArbitraryArgs
	root.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usagef("unknown command %q for parley", args[0])
		}
		return cmd.Help()
	}
	root.AddCommand(
		newAnalyzeCommand(g),
		newIngestCommand(g),
		newSearchCommand(g),
		newShowCommand(g),
		newExportCommand(g),
		newEvalCommand(g),
		newTrainCommand(g),
		newActorsCommand(g),
		newStoriesCommand(g),
		newStoryCommand(g),
	)
	return root
}

// run executes the command line args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := &globalOptions{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCommand(g)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSomeFailed):
		return exitFailed
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "parley: %v\n", err)
		fmt.Fprintln(stderr, "Run 'parley --help' for usage.")
		return exitUsage
	default:
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitFailed
	}
}

// usageArgs wraps a cobra argument check so that its complaint (too many or
// too few arguments) is reported as a usage error, exit status 2.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
