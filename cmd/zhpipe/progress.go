package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports a batch's advance on stderr: a redrawn line while it
// runs when stderr is a terminal, and one summary line at the end.
type progress struct {
	w        io.Writer
	live     bool
	quiet    bool
	total    int
	done     int
	failed   int
	bytes    int64
	start    time.Time
	lastDraw time.Time
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	return &progress{w: w, live: !quiet && isTerminal(w), quiet: quiet, total: total, start: time.Now()}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// add records one finished input.
func (p *progress) add(bytes int64, failed bool) {
	p.done++
	p.bytes += bytes
	if failed {
		p.failed++
	}
	if p.live && (time.Since(p.lastDraw) > 200*time.Millisecond || p.done == p.total) {
		p.lastDraw = time.Now()
		el := time.Since(p.start).Seconds()
		eta := "?"
		if p.done > 0 && p.total > 0 {
			eta = (time.Duration(el/float64(p.done)*float64(p.total-p.done)) * time.Second).Round(time.Second).String()
		}
		fmt.Fprintf(p.w, "\r\x1b[K%d/%d files  %.1f MB  %.2f MB/s  %d failed  ETA %s", p.done, p.total, mb(p.bytes), mb(p.bytes)/max(el, 1e-9), p.failed, eta)
	}
}

// finish clears the live line and prints the summary unless quiet.
func (p *progress) finish() {
	if p.live {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	if p.quiet {
		return
	}
	el := time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "zhpipe: %d files, %.2f MB, %.2f MB/s, %d failed\n", p.done, mb(p.bytes), mb(p.bytes)/max(el, 1e-9), p.failed)
}

func mb(b int64) float64 { return float64(b) / 1e6 }
