package score

import (
	"math"
	"testing"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{Gold: 4, Predicted: 5, Correct: 3}, 0.6, 0.75, 2 * 0.6 * 0.75 / 1.35},
		{Counts{Gold: 0, Predicted: 0, Correct: 0}, 0, 0, 0},
		{Counts{Gold: 3, Predicted: 0, Correct: 0}, 0, 0, 0},
		{Counts{Gold: 2, Predicted: 2, Correct: 2}, 1, 1, 1},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); math.Abs(p-tt.p) > 1e-12 || math.Abs(r-tt.r) > 1e-12 || math.Abs(f-tt.f) > 1e-12 {
			t.Errorf("%+v: P %v R %v F1 %v, want %v %v %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
	var sum Counts
	sum.Add(Counts{1, 2, 3})
	sum.Add(Counts{10, 20, 30})
	if sum != (Counts{11, 22, 33}) {
		t.Errorf("Add: %+v", sum)
	}
}
