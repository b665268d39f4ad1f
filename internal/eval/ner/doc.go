// Package ner evaluates the statistical named-entity tagger
// (pipeline/entity/ner) on the public MSRA and People's Daily test sets, and
// on the MSRA test converted to Traditional Chinese with zhpipe's own s2tw:
// per-label and overall precision, recall and F1 for exact span and label
// matches.
package ner
