package timex

import (
	"strings"
	"testing"
)

// benchParagraph is English news-like prose written for this benchmark, with a
// few dates among many ordinary words; benchText repeats it to about 1 MB.
const benchParagraph = `The regional council met in the old town hall to discuss the budget for
the coming season. Members argued for hours about the cost of repairing the
bridges, the price of fuel for the buses and the wages of the teachers, who
have asked for a rise of four percent. The mayor, who took office in 2023,
said the city could not afford everything at once and that some projects would
have to wait. Opposition members accused her of neglecting the northern
districts, where roads are in poor repair and the clinic has been closed since
Monday. A spokesman for the transport authority said the new timetable would
take effect on March 3, and that fares would not change before the end of the
year. Residents who attended the meeting said they had heard such promises
many times before. "We want to see the work done, not another plan," said one
shopkeeper, who has run a bakery on the main square for thirty years. The
council is expected to vote on the budget next week, after a final round of
talks with the unions and the chamber of commerce. Officials said the
shortfall had grown to about 12 million, largely because of higher energy
prices and a fall in tax receipts from the port, where traffic dropped by a
fifth compared with the previous year. The finance committee will publish its
report later, and members may propose amendments until the vote.
`

var benchText = strings.Repeat(benchParagraph, 1<<20/len(benchParagraph))

func BenchmarkFind(b *testing.B) {
	var dst []Expr
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		dst = Find(benchText, 0, len(benchText), wed, false, dst)
	}
	if len(dst) == 0 {
		b.Fatal("no dates found in the benchmark text")
	}
}

// BenchmarkFindNoDates measures the common path: prose without dates.
func BenchmarkFindNoDates(b *testing.B) {
	text := strings.Repeat("The council argued for hours about the cost of repairing the bridges and the wages of teachers. ", 10000)
	var dst []Expr
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = Find(text, 0, len(text), wed, false, dst)
	}
}
