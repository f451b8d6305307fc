package pipeline

import (
	"context"
	"errors"
	"sync"

	"parley/internal/analysis"
	"parley/internal/doc"
)

// Job is one unit of input to Run: a document to analyse, or an input that
// failed before analysis (Err set, Doc ignored).
type Job struct {
	Doc doc.Document
	Err error
}

// Result is the outcome of one Job, handed to the sink in input order.
type Result struct {
	// Seq is the job's position in the input, from 0.
	Seq int
	// Doc is the document that was analysed (zero when Err is set).
	Doc *doc.Document
	// Analysis is set when the document was analysed.
	Analysis *analysis.Analysis
	// Err is the input's error, when it could not be read.
	Err error
}

// Source produces jobs by calling emit once per job, in input order. It
// stops and returns emit's error when emit fails.
type Source func(emit func(Job) error) error

// Run analyses the jobs that src produces on workers goroutines and calls
// sink with each result in input order, so that output order equals input
// order whatever the number of workers. At most a bounded number of
// results wait for an earlier one, so memory stays flat on long inputs.
//
// Run returns the first error of src or sink, or ctx's error when it is
// cancelled; results already handed to sink stay handed.
func Run(ctx context.Context, workers int, opt Options, src Source, sink func(Result) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		Job
	}
	jobs := make(chan job, workers)
	results := make(chan Result, workers)
	// window bounds the jobs in flight between the producer and the
	// in-order sink: a slow document holds back at most this many others.
	window := make(chan struct{}, workers*8)

	// srcErr is written before jobs is closed; the collector reads it only
	// after results is closed, which follows every worker seeing jobs
	// closed, so the write happens before the read.
	var srcErr error
	go func() {
		defer close(jobs)
		seq := 0
		srcErr = src(func(j Job) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq, j}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			az := NewAnalyzer(opt)
			// Workers drain jobs to the end, even after cancellation (doing
			// no more work then), so that the producer always finishes
			// before results is closed: Run never returns while src runs.
			for j := range jobs {
				if ctx.Err() != nil {
					continue
				}
				r := Result{Seq: j.seq, Err: j.Err}
				if j.Err == nil {
					d := j.Doc
					r.Doc = &d
					r.Analysis = az.Analyze(&d)
				}
				results <- r // the collector reads until results closes
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]Result)
	next := 0
	var sinkErr error
	for r := range results {
		if sinkErr != nil {
			continue // drain so the workers can exit
		}
		pending[r.Seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if err := sink(p); err != nil {
				sinkErr = err
				cancel()
				break
			}
		}
	}
	switch {
	case sinkErr != nil:
		return sinkErr
	case srcErr != nil && !errors.Is(srcErr, context.Canceled):
		return srcErr
	}
	return ctx.Err()
}
