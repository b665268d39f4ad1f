// Package ner is the statistical named-entity tagger of zhpipe: a
// character-level structured averaged perceptron that finds people (PER),
// places (LOC) and organizations (ORG) in Chinese text.
//
// Each character gets one of 13 BIOES tags (O, or B/I/E/S for each label),
// scored from character n-gram and character-class features in a ±2 window
// and decoded with Viterbi under transition constraints, so every output is a
// well-formed set of non-overlapping spans. Feature keys are 64-bit hashes;
// after training the averaged weights are pruned and quantized to int16 and
// serialized in a compact binary format (see [Model.WriteTo] and [Load]).
//
// A [Model] is immutable once built and safe for concurrent use. [Model.Tag]
// returns byte offsets into the string it is given and splits long texts into
// sentences so its cost is linear in the text length. The model is trained on
// Simplified Chinese; a per-character Traditional→Simplified fold stored in the
// model (when the trainer was given one) keeps Traditional input usable, but
// the pipeline should convert to Simplified first.
//
// Training ([Train]) is deterministic: fixed epoch count, fixed seed for the
// sentence order, integer weight updates.
package ner
