package nermodel

import (
	_ "embed"

	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

//go:embed model.bin
var model []byte

// Load decodes the embedded model. Each call decodes anew (tens of
// milliseconds): load once at start-up and share the result, which is safe
// for concurrent use.
func Load() (*ner.Model, error) { return ner.Decode(model) }

// Size returns the size in bytes of the embedded model file.
func Size() int { return len(model) }
