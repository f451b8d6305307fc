// Package progress draws a one-line progress display on a terminal for long
// runs. It draws nothing when its writer is not a terminal, so piped and
// logged runs stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
)

// Meter counts documents, bytes and failures and redraws a status line at
// most every interval. The total is unknown while inputs stream in, so it
// shows counts and rates rather than a percentage. A nil *Meter is valid
// and does nothing.
type Meter struct {
	mu       sync.Mutex
	w        io.Writer
	verb     string
	start    time.Time
	last     time.Time
	interval time.Duration
	docs     int
	failed   int
	bytes    int64
	drawn    bool
}

// New returns a Meter drawing on w, or nil when w is not a terminal (or
// enabled is false). verb names the work, e.g. "analysed".
func New(w io.Writer, verb string, enabled bool) *Meter {
	if !enabled || !IsTerminal(w) {
		return nil
	}
	now := time.Now()
	return &Meter{w: w, verb: verb, start: now, interval: 100 * time.Millisecond}
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// Add records one finished document of n bytes, failed or not.
func (m *Meter) Add(n int, failed bool) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs++
	m.bytes += int64(n)
	if failed {
		m.failed++
	}
	if now := time.Now(); now.Sub(m.last) >= m.interval {
		m.last = now
		m.draw(now)
	}
}

// Clear erases the status line, so that a message can be printed on a
// clean line; the next Add draws it again.
func (m *Meter) Clear() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.drawn {
		fmt.Fprint(m.w, "\r\033[K")
		m.drawn = false
	}
}

// Done erases the status line for good.
func (m *Meter) Done() { m.Clear() }

func (m *Meter) draw(now time.Time) {
	secs := now.Sub(m.start).Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	mb := float64(m.bytes) / 1e6
	line := fmt.Sprintf("\r\033[K%s %d documents, %.1f MB (%.1f docs/s, %.2f MB/s)", m.verb, m.docs, mb, float64(m.docs)/secs, mb/secs)
	if m.failed > 0 {
		line += fmt.Sprintf(", %d failed", m.failed)
	}
	fmt.Fprint(m.w, line)
	m.drawn = true
}
