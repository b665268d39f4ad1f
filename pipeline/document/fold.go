package document

import "github.com/zhpipe/zhpipe/pipeline/internal/tsfold"

// fold returns text with the Traditional characters of this package's
// lexicons folded to Simplified, at the same byte offsets (see tsfold).
// The pipeline gives Extract Simplified text already; fold lets the same
// lexicons read Traditional text given directly.
func fold(text string) string {
	f, _ := tsfold.Fold(text)
	return f
}
