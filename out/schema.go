package out

import _ "embed"

// SchemaJSON is the JSON Schema (draft 2020-12) of the article summary.
//
//go:embed article.schema.json
var SchemaJSON []byte
