package dict

import (
	"strings"

	"github.com/go-ego/gse"
)

// loadEmbedded fills s.seg's dictionary from the embedded one exactly as
// gse's LoadDictStr does (same lines kept, same frequencies and tags, same
// insertion order), with fewer allocations per line, and without gse's
// CalcToken unless the dictionary-only cut, the only user of what it
// computes (paths and sub-segments for gse's Segment), is wanted: it took
// about 40% of the load time.
func (s *Set) loadEmbedded(shortestPath bool) {
	seg := &s.seg
	seg.Dict = gse.NewDict()
	// Load calls gse's LoadModel once everything is loaded; Init would fill
	// the HMM tables a first time.
	seg.NotLoadHMM = true
	seg.Init()
	sep := seg.DictSep + " "
	for rest := zhS; ; {
		line, tail, more := strings.Cut(rest, "\n")
		rest = tail
		var parts [3]string
		size := splitFirst3(line, sep, &parts)
		text := strings.TrimSpace(parts[0])
		freqText := ""
		if size > 1 {
			freqText = strings.TrimSpace(parts[1])
		}
		if freq := seg.Size(size, text, freqText); freq != 0 {
			pos := ""
			if size > 2 {
				pos = strings.TrimSpace(strings.Trim(parts[2], "\n"))
			}
			// gse's AddToken ignores a word already there, as LoadDictStr does.
			seg.AddToken(text, freq, pos)
		}
		if !more {
			break
		}
	}
	if shortestPath {
		seg.CalcToken()
	}
}

// splitFirst3 is strings.Split(line, sep) without the slice: it stores the
// first three parts in parts and returns how many parts there are.
func splitFirst3(line, sep string, parts *[3]string) int {
	n := 0
	for {
		before, after, found := strings.Cut(line, sep)
		if n < 3 {
			parts[n] = before
		}
		n++
		if !found {
			return n
		}
		line = after
	}
}
