package actors_test

import (
	"fmt"

	"parley/internal/actors"
)

// A person is coded by the role held on the document's date.
func ExampleEntry_On() {
	d := actors.Default()
	trump := d.Get("donald-trump")
	for _, date := range []string{"2019-06-01", "2022-06-01", "2025-06-01"} {
		r := trump.On(date)
		fmt.Println(date, r.Code, r.Title)
	}
	// Output:
	// 2019-06-01 USAGOV President
	// 2022-06-01 USAELI former President
	// 2025-06-01 USAGOV President
}

// Names, adjectives, capitals and seats of power all lead to an entry.
func ExampleDictionary_Match() {
	d := actors.Default()
	for _, name := range []string{"the Kremlin", "Russians", "Zelenskyy", "Elysee"} {
		for _, h := range d.Match(name) {
			fmt.Printf("%s: %s (%s)\n", name, h.Entry.ID, h.As)
		}
	}
	// Output:
	// the Kremlin: rus-gov (metonym)
	// Russians: rus-gov (demonym)
	// Zelenskyy: volodymyr-zelensky (name)
	// Elysee: fra-gov (metonym)
}
