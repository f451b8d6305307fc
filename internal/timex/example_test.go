package timex_test

import (
	"fmt"
	"time"

	"parley/internal/timex"
)

func ExampleFind() {
	text := "The envoy arrived on Thursday and will leave next week; talks began Dec. 2."
	ref, _ := timex.ParseDay("2025-03-12") // a Wednesday
	for _, x := range timex.Find(text, 0, len(text), ref, false, nil) {
		fmt.Printf("%q %s %q relative=%v\n", text[x.Start:x.End], x.Gran, x.Date, x.Relative)
	}
	// Output:
	// "on Thursday" Day "2025-03-06" relative=true
	// "next week" Week "" relative=true
	// "Dec. 2" Day "2024-12-02" relative=true
}

func ExampleFind_future() {
	text := "The ministers will meet on Thursday."
	ref := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	x := timex.Find(text, 0, len(text), ref, true, nil)[0]
	fmt.Println(text[x.Start:x.End], x.Date)
	// Output: on Thursday 2025-03-13
}
