package main

import (
	"context"
	"io"

	"parley/internal/analysis"
	"parley/internal/doc"
	"parley/internal/eval/eventeval"
	"parley/internal/pipeline"
)

func init() {
	evalTasks["events"] = evalTask{
		help: `event coding, on PETRARCH validation records (XML-like, CAMEO
        codes: PETR2_GSR_validation, PETR.UnitTest.records) or the PLOVER
        gold-standard JSON array (PLOVER categories); the format is told
        from the first byte ('<' or '['). Each record's text is analysed as
        one document dated with the record's date. Events not negated
        become (source country, target country, code) tuples, compound
        actors expanded, an empty side "---", codes cut to three letters
        (USAGOV -> USA, IGONATO -> IGO). Prints micro precision, recall
        and F1 on dyad-root, dyad-code and root (PETRARCH) or
        dyad-category and category (PLOVER, with DEMAND, DISAPPROVE,
        INVESTIGATE and FIGHT read as REQUEST, ACCUSE, ACCUSE, ASSAULT,
        and CAMEO 0813 and 0814, easing a curfew or a state of emergency,
        read as CONCEDE as in PLOVER 0.5, the version of the records);
        a PLOVER record whose sides are all marked SRC/TAR (a reciprocal
        event) is scored once per direction, as parley writes two-way
        interactions; a material conflict that another actor claims
        ("Israel said a mortar bomb was fired at it from Gaza"), which
        parley writes both as the act (reported_by the claim) and as the
        claimant's accusation (112), is scored as the accusation only, as
        the gold coders code claims; -v lists every record with its tuples
        marked TP, FP or FN.`,
		run: func(ctx context.Context, w io.Writer, opts evalOptions, name string, f io.Reader) error {
			recs, format, err := eventeval.Read(f, name)
			if err != nil {
				return err
			}
			// One analyzer: the documents carry their own Published date.
			az := pipeline.NewAnalyzer(pipeline.Options{})
			rep := eventeval.Score(name, format, recs, func(d *doc.Document) *analysis.Analysis {
				return az.Analyze(d)
			})
			rep.Write(w, opts.verbose)
			return ctx.Err()
		},
	}
}
