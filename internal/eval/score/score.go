// Package score holds the precision, recall and F1 arithmetic that every
// `parley eval` task shares.
package score

// Counts are match counts for one category (a type, a role) or for all.
type Counts struct {
	Gold, Predicted, Correct int
}

// Precision is Correct/Predicted (0 when nothing was predicted).
func (c Counts) Precision() float64 { return Ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold (0 when there is no gold item).
func (c Counts) Recall() float64 { return Ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall (0 when both are 0).
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add adds o's counts to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Predicted += o.Predicted
	c.Correct += o.Correct
}

// Ratio is a/b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
