package quotes

import (
	"context"
	"fmt"
	"os"
	"testing"

	"parley/internal/eval/quoteeval"
)

// TestTuneThreshold picks the cue threshold on a held-out part of train
// (set PARLEY_QUOTES_TUNE=path/to/train.jsonl); dev stays for reporting.
func TestTuneThreshold(t *testing.T) {
	path := os.Getenv("PARLEY_QUOTES_TUNE")
	if path == "" {
		t.Skip("set PARLEY_QUOTES_TUNE to the PolNeAR train file")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := quoteeval.Read(f, path)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	cut := len(docs) * 5 / 6
	var td []TrainDoc
	for _, d := range docs[:cut] {
		x := TrainDoc{Text: d.Text}
		for _, q := range d.Quotes {
			if len(q.Cue) > 0 {
				x.Cues = append(x.Cues, q.Cue[0])
			}
		}
		td = append(td, x)
	}
	x, _, err := Lexicon().TrainCues(context.Background(), td, 6, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range []int32{-40, -60, -80, -100, -120} {
		for _, un := range []int32{20, 40, 60, 80, 100} {
			x.threshold, x.unlisted = th, un
			var r quoteeval.Report
			for _, d := range docs[cut:] {
				r.Add(d.Text, d.Quotes, x.Quotes(d.Text))
			}
			fmt.Printf("th %4d un %3d  q@0.3 %.3f  src %.3f cue %.3f content %.3f  spk %.3f\n", th, un, r.Quote[0].F1(), r.Source.F1(), r.Cue.F1(), r.Content.F1(), r.SpeakerAccuracy())
		}
	}
}
