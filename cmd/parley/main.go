package main

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/mattn/go-isatty"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/spf13/cobra"
	_ "modernc.org/sqlite"
)

func main() {}
