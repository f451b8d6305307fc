package input

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// These tests run Walk with the real readers.

// realItems walks args with the real readers.
func realItems(t *testing.T, args []string, opt Options) []Item {
	t.Helper()
	var items []Item
	if err := Walk(context.Background(), args, opt, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}

func TestRealPlainAndJSONL(t *testing.T) {
	root := tree(t, map[string]string{
		"desk/talks.txt": "Ministers agree to meet again\n\nThe two ministers met in a lakeside town on Tuesday and agreed to hold a second round of talks next month.\n",
		"desk/wire.jsonl": `{"id":"w-1","text":"The harbour reopened on Friday after a week of repairs.","title":"Harbour reopens"}` + "\n" +
			`{"text":"A second record without an id."}` + "\n",
	})
	items := realItems(t, []string{filepath.Join(root, "desk")}, Options{})
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3: %+v", len(items), items)
	}
	for i, it := range items {
		if it.Err != nil {
			t.Fatalf("item %d: %v", i, it.Err)
		}
	}
	if d := items[0].Doc; d.ID != "talks" || !strings.Contains(d.Text, "second round of talks") || d.Origin != filepath.Join(root, "desk", "talks.txt") {
		t.Errorf("text document = %+v", d)
	}
	if d := items[1].Doc; d.ID != "w-1" || d.Text != "The harbour reopened on Friday after a week of repairs." {
		t.Errorf("first record = %+v", d)
	}
	if d := items[2].Doc; d.ID != ContentID("A second record without an id.") {
		t.Errorf("second record ID = %q, want the content hash", d.ID)
	}
}

func TestRealHTMLFromURL(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Bridge opens</title></head><body><article>
<h1>Bridge opens</h1><p>The new bridge across the estuary opened to traffic on Monday, two years after building began.</p>
<p>Officials said the crossing would cut journey times by half.</p></article></body></html>`
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/short" {
			http.Redirect(w, r, "/2026/bridge", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer s.Close()
	items := realItems(t, []string{s.URL + "/short"}, Options{AllowPrivate: true})
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items = %+v, want one document", items)
	}
	d := items[0].Doc
	if !strings.Contains(d.Text, "opened to traffic on Monday") {
		t.Errorf("text = %q", d.Text)
	}
	if d.URL != s.URL+"/2026/bridge" || d.Origin != s.URL+"/short" || d.ID != ContentID(d.Text) {
		t.Errorf("URL %q, Origin %q, ID %q: want the final URL, the URL asked for and the content hash", d.URL, d.Origin, d.ID)
	}
}

func TestRealFeedFile(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Town desk</title><link>https://news.example.invalid/</link>
<item><title>Library extends hours</title><description>The town library will open on Sundays from next week.</description><pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Market moves</title><description>The weekly market moves to the old square for the winter.</description></item>
</channel></rss>`
	root := tree(t, map[string]string{"town.rss": rss})
	items := realItems(t, []string{filepath.Join(root, "town.rss")}, Options{})
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2: %+v", len(items), items)
	}
	for i, it := range items {
		if it.Err != nil {
			t.Fatalf("item %d: %v", i, it.Err)
		}
		if it.Doc.ID == "" || it.Doc.ID == "town" || it.Doc.Origin == "" {
			t.Errorf("item %d: ID %q, Origin %q; want an item id or content hash, never the shared file stem", i, it.Doc.ID, it.Doc.Origin)
		}
	}
	if !strings.Contains(items[0].Doc.Text, "open on Sundays") {
		t.Errorf("first item text = %q", items[0].Doc.Text)
	}
}
