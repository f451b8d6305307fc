package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/pflag"

	"parley/internal/actors"
	"parley/internal/events"
	"parley/internal/fetch"
	"parley/internal/input"
	"parley/internal/pipeline"
	"parley/internal/progress"
)

// maxMaxMB bounds --max-mb (64 GiB) so that the byte count cannot overflow.
const maxMaxMB = 1 << 16

// inputOptions are the flags of every subcommand that reads documents.
type inputOptions struct {
	workers      int
	published    string
	allowPrivate bool
	maxMB        int
	timeout      time.Duration
	noProgress   bool
	actorDirs    []string
	patternDirs  []string
}

func (o *inputOptions) addFlags(fs *pflag.FlagSet) {
	fs.IntVarP(&o.workers, "workers", "j", runtime.NumCPU(), "documents analysed in parallel (output order stays the input order)")
	fs.StringVar(&o.published, "published", "", "publication date `YYYY-MM-DD` for documents whose metadata gives none")
	fs.BoolVar(&o.allowPrivate, "allow-private", false, "allow URLs on loopback, private and link-local addresses")
	fs.IntVar(&o.maxMB, "max-mb", 16, "largest document read, in MiB (a JSON Lines file may be larger; each line is capped)")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "time limit for fetching one URL")
	fs.StringArrayVar(&o.actorDirs, "actors", nil, "`directory` of actor dictionary files that add to or override the built-in one (repeatable; format in docs/actors.md)")
	fs.StringArrayVar(&o.patternDirs, "patterns", nil, "`directory` of event pattern files (*.txt) added to the built-in verb dictionary (repeatable; format in docs/events.md)")
	fs.BoolVar(&o.noProgress, "no-progress", false, "never draw the progress line (it is drawn only when stderr is a terminal)")
}

func (o *inputOptions) check() error {
	if o.workers < 1 {
		return usagef("--workers must be at least 1, got %d", o.workers)
	}
	if o.maxMB < 1 || o.maxMB > maxMaxMB {
		return usagef("--max-mb must be between 1 and %d, got %d", maxMaxMB, o.maxMB)
	}
	if o.timeout <= 0 {
		return usagef("--timeout must be positive, got %v", o.timeout)
	}
	if o.published != "" {
		if _, err := time.Parse("2006-01-02", o.published); err != nil {
			return usagef("--published %q: want a date as YYYY-MM-DD", o.published)
		}
	}
	return nil
}

// prepare checks the flags and returns the inputs to read (args, or stdin)
// and the analysis options.
func (o *inputOptions) prepare(args []string, stdin io.Reader) ([]string, pipeline.Options, error) {
	if err := o.check(); err != nil {
		return nil, pipeline.Options{}, err
	}
	args, err := resolveArgs(args, stdin)
	if err != nil {
		return nil, pipeline.Options{}, err
	}
	popt, err := o.pipelineOptions()
	return args, popt, err
}

// pipelineOptions returns the analysis options, loading the actor
// dictionary with the --actors directories and the event patterns with
// the --patterns directories added when any are given.
func (o *inputOptions) pipelineOptions() (pipeline.Options, error) {
	opt := pipeline.Options{Published: o.published}
	if len(o.actorDirs) > 0 {
		d, err := actors.Load(o.actorDirs...)
		if err != nil {
			return opt, err
		}
		opt.Actors = d
	}
	if len(o.patternDirs) > 0 {
		d, err := events.Load(o.patternDirs...)
		if err != nil {
			return opt, err
		}
		c, err := events.New(d)
		if err != nil {
			return opt, err
		}
		opt.Events = c
	}
	return opt, nil
}

// resolveArgs returns the inputs to read: args, or stdin when there are
// none and stdin is not a terminal.
func resolveArgs(args []string, stdin io.Reader) ([]string, error) {
	if len(args) > 0 {
		return args, nil
	}
	if f, ok := stdin.(*os.File); ok && progress.IsTerminal(f) {
		return nil, usagef("no input: name files, directories, URLs, or - for stdin")
	}
	return []string{"-"}, nil
}

// source returns the pipeline source reading args.
func (o *inputOptions) source(ctx context.Context, args []string, stdin io.Reader) pipeline.Source {
	opt := input.Options{
		AllowPrivate: o.allowPrivate,
		MaxDocBytes:  int64(o.maxMB) << 20,
		Stdin:        stdin,
		Fetch: fetch.Options{
			AllowPrivate: o.allowPrivate,
			Timeout:      o.timeout,
		},
	}
	return func(emit func(pipeline.Job) error) error {
		return input.Walk(ctx, args, opt, func(it input.Item) error {
			return emit(pipeline.Job{Doc: it.Doc, Err: it.Err})
		})
	}
}

// failureReporter prints one line per failed input on stderr, keeping the
// progress line out of the way, and counts them.
type failureReporter struct {
	w      io.Writer
	meter  *progress.Meter
	failed int
}

func (f *failureReporter) report(err error) {
	f.failed++
	f.meter.Clear()
	fmt.Fprintf(f.w, "parley: %s\n", oneLineMessage(err.Error()))
}

// oneLineMessage escapes line breaks and other control characters (a file
// name may hold them), so that each failure is exactly one line on stderr.
func oneLineMessage(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
