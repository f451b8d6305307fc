package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"parley/internal/actors"
	"parley/internal/doc"
)

func TestAnalyzeDatelineKeptOutOfFirstSentence(t *testing.T) {
	text := "KYIV, Dec 3 (AP) — Talks resumed on Tuesday. No deal was reached."
	d := &doc.Document{ID: "d", Text: text, Dateline: &doc.Dateline{Place: "Kyiv", Start: 0, End: len("KYIV, Dec 3 (AP) —"), Month: 12, Day: 3}}
	a := NewAnalyzer(Options{}).Analyze(d)
	if len(a.Sentences) != 2 {
		t.Fatalf("sentences = %+v", a.Sentences)
	}
	if got := text[a.Sentences[0].Start:a.Sentences[0].End]; got != "Talks resumed on Tuesday." {
		t.Errorf("first sentence = %q", got)
	}
	if a.Dateline == nil || a.Dateline.Place != "Kyiv" {
		t.Errorf("dateline = %+v", a.Dateline)
	}
}

func TestAnalyzePublishedPrecedence(t *testing.T) {
	dl := &doc.Dateline{Place: "Geneva", End: 6, Year: 2025, Month: 11, Day: 18}
	tests := []struct {
		name      string
		meta      string
		flag      string
		dl        *doc.Dateline
		published string
	}{
		{"metadata wins", "2025-01-02", "2025-03-04", dl, "2025-01-02"},
		{"flag before dateline", "", "2025-03-04", dl, "2025-03-04"},
		{"dateline with a year", "", "", dl, "2025-11-18"},
		{"dateline without a year", "", "", &doc.Dateline{Place: "Geneva", End: 6, Month: 11, Day: 18}, ""},
		{"nothing", "", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{ID: "d", Text: "GENEVA Talks went on.", Published: tt.meta, Dateline: tt.dl}
			a := NewAnalyzer(Options{Published: tt.flag}).Analyze(d)
			if a.Published != tt.published {
				t.Errorf("published = %q, want %q", a.Published, tt.published)
			}
		})
	}
}

func jobsSource(n int, failEvery int) Source {
	return func(emit func(Job) error) error {
		for i := range n {
			j := Job{Doc: doc.Document{ID: fmt.Sprint(i), Text: strings.Repeat("A sentence here. ", 1+(i*13)%50)}}
			if failEvery > 0 && i%failEvery == 0 {
				j = Job{Err: fmt.Errorf("input %d: broken", i)}
			}
			if err := emit(j); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		var seqs []int
		failures := 0
		err := Run(context.Background(), workers, Options{}, jobsSource(500, 9), func(r Result) error {
			seqs = append(seqs, r.Seq)
			if r.Err != nil {
				failures++
				if r.Analysis != nil {
					t.Errorf("result %d has both an error and an analysis", r.Seq)
				}
			} else if r.Analysis.ID != fmt.Sprint(r.Seq) {
				t.Errorf("result %d carries document %s", r.Seq, r.Analysis.ID)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(seqs) != 500 || failures != 56 {
			t.Fatalf("workers=%d: %d results, %d failures", workers, len(seqs), failures)
		}
		for i, s := range seqs {
			if s != i {
				t.Fatalf("workers=%d: result %d has seq %d", workers, i, s)
			}
		}
	}
}

func TestRunStopsOnSinkError(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := Run(context.Background(), 3, Options{}, jobsSource(1000, 0), func(r Result) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Fatalf("err = %v after %d results, want the sink's error after 10", err, n)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Run(ctx, 2, Options{}, jobsSource(100000, 0), func(r Result) error {
		n++
		if n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n >= 100000 {
		t.Fatal("cancellation did not stop the run")
	}
}

func TestAnalyzeTrimsUnicodeSpaceAfterDateline(t *testing.T) {
	text := "MOSCOW (Reuters) -\u00a0The Kremlin said talks would go on."
	d := &doc.Document{ID: "d", Text: text, Dateline: &doc.Dateline{Place: "Moscow", End: len("MOSCOW (Reuters) -")}}
	a := NewAnalyzer(Options{}).Analyze(d)
	if len(a.Sentences) != 1 {
		t.Fatalf("sentences = %+v", a.Sentences)
	}
	if got := text[a.Sentences[0].Start:a.Sentences[0].End]; got != "The Kremlin said talks would go on." {
		t.Errorf("first sentence = %q, want it to start after the no-break space", got)
	}
}

func TestAnalyzeHeadlineIsHeading(t *testing.T) {
	text := "Can the talks survive?\n\nNegotiators met again on Monday. They did not agree."
	d := &doc.Document{ID: "d", Text: text, Title: "Can the talks survive?"}
	a := NewAnalyzer(Options{}).Analyze(d)
	if len(a.Sentences) != 3 || !a.Sentences[0].Heading || a.Sentences[1].Heading {
		t.Fatalf("sentences = %+v, want the headline marked as a heading and the body not", a.Sentences)
	}
}

// Run returns only after its source has returned, also when the sink
// fails early, so no input is still being read (a file open, a fetch
// running) after Run.
func TestRunWaitsForSource(t *testing.T) {
	var srcDone atomic.Bool
	src := func(emit func(Job) error) error {
		defer srcDone.Store(true)
		for i := 0; ; i++ {
			if err := emit(Job{Doc: doc.Document{ID: fmt.Sprint(i), Text: "One. Two."}}); err != nil {
				time.Sleep(20 * time.Millisecond) // a slow close of a file or connection
				return err
			}
		}
	}
	stop := errors.New("stop")
	err := Run(context.Background(), 3, Options{}, src, func(r Result) error {
		if r.Seq == 20 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v", err)
	}
	if !srcDone.Load() {
		t.Fatal("Run returned while its source was still running")
	}
}

// Analyze fills entities, mentions and actors, coded on the document's
// date, with the dictionary of the options.
func TestAnalyzeMentionsAndActors(t *testing.T) {
	dir := t.TempDir()
	def := "rudolf-v person RUS\n  name Rudolf Fictional\n  alias Rudolf\n  role 2019.. | Envoy to the Marches | GOV DIP\n"
	if err := os.WriteFile(filepath.Join(dir, "extra.txt"), []byte(def), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := actors.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	txt := "Russian envoy Rudolf Fictional met the Kremlin's allies on Monday. He said talks would go on."
	tests := []struct {
		name  string
		opt   Options
		actor string // actor of "He"
	}{
		{"user dictionary", Options{Published: "2025-01-10", Actors: d}, "rudolf-v"},
		{"embedded dictionary", Options{Published: "2025-01-10"}, "rudolf-fictional"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnalyzer(tt.opt).Analyze(&doc.Document{ID: "d", Text: txt})
			var he string
			for _, m := range a.Mentions {
				if m.Text == "He" {
					he = m.Actor
				}
				if txt[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v does not match its span", m)
				}
			}
			if he != tt.actor {
				t.Errorf("He = %q, want %q; mentions %+v", he, tt.actor, a.Mentions)
			}
			found := false
			for _, ac := range a.Actors {
				if ac.ID == tt.actor {
					found = true
					if ac.Code != "RUSGOV" {
						t.Errorf("actor %+v: want code RUSGOV", ac)
					}
				}
			}
			if !found {
				t.Errorf("no actor %s in %+v", tt.actor, a.Actors)
			}
			if a.Entities == nil || a.Mentions == nil || a.Actors == nil {
				t.Error("nil arrays")
			}
		})
	}
}

// The dateline's place is a name (entities include datelines), kept in
// text order after a headline; its agency is not an entity.
func TestAnalyzeDatelinePlaceIsEntity(t *testing.T) {
	text := "Talks resume in Oslo\n\nOSLO (Reuters) - Norway hosted the talks on Monday."
	dlStart := strings.Index(text, "OSLO")
	d := &doc.Document{ID: "d", Text: text, Title: "Talks resume in Oslo",
		Dateline: &doc.Dateline{Place: "Oslo", Start: dlStart, End: dlStart + len("OSLO (Reuters) -"), Agency: "Reuters"}}
	a := NewAnalyzer(Options{}).Analyze(d)
	found := false
	for i, e := range a.Entities {
		if i > 0 && e.Start < a.Entities[i-1].Start {
			t.Errorf("entities out of order: %+v", a.Entities)
		}
		if e.Start == dlStart && e.Text == "OSLO" && e.Type == "LOC" {
			found = true
		}
		if e.Text == "Reuters" {
			t.Errorf("the dateline's agency became an entity: %+v", e)
		}
	}
	if !found {
		t.Errorf("no LOC entity for the dateline place in %+v", a.Entities)
	}
}
