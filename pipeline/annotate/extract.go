package annotate

import "github.com/zhpipe/zhpipe/pipeline"

// extractionStages returns the entity, time, quantity, document and
// argument stages.
func extractionStages(p *Pipeline) []pipeline.Stage { return nil }
