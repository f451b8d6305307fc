package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestNotATerminalDrawsNothing(t *testing.T) {
	var buf bytes.Buffer
	m := New(&buf, "analysed", true)
	if m != nil {
		t.Fatal("a bytes.Buffer is not a terminal: New should return nil")
	}
	m.Add(100, false) // a nil Meter is valid and silent
	m.Clear()
	m.Done()
	if buf.Len() != 0 {
		t.Errorf("wrote %q to a non-terminal", buf.String())
	}
}

func TestMeterDrawsCountsAndClears(t *testing.T) {
	var buf bytes.Buffer
	m := &Meter{w: &buf, verb: "ingested", start: time.Now().Add(-time.Second), interval: 0}
	m.Add(2_000_000, false)
	m.Add(0, true)
	line := buf.String()
	if !strings.Contains(line, "ingested 2 documents, 2.0 MB") || !strings.Contains(line, "1 failed") {
		t.Errorf("status line %q lacks the counts", line)
	}
	buf.Reset()
	m.Clear()
	if buf.String() != "\r\033[K" {
		t.Errorf("Clear wrote %q, want the erase-line sequence", buf.String())
	}
	buf.Reset()
	m.Clear()
	if buf.Len() != 0 {
		t.Error("a second Clear should write nothing")
	}
}
