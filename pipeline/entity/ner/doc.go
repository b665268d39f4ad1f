// Package ner is the statistical named-entity tagger of zhpipe: a
// character-level structured averaged perceptron that finds people (PER),
// places (LOC) and organizations (ORG) in Chinese text.
//
// Each character gets one of 13 BIOES tags (O, or B/I/E/S for each label),
// scored from character unigram and bigram features in a ±2 window, a
// character trigram, a character-class trigram (Han, digit, Chinese numeral,
// Latin, punctuation, space) and lexicon features (whether a known person,
// place or organization name begins, continues, ends or is the word at that
// character), and decoded with Viterbi under BIOES transition constraints,
// so every output is a well-formed set of non-overlapping spans. After
// training the averaged weights are pruned and quantized to int16 and laid
// out as the model file ([Model.WriteTo]) that the tagger reads in place
// ([Decode]): characters get dense numbers through a per-code-point table,
// unigram and dense rows are indexed directly, and character pairs, skip
// bigrams, trigrams and lexicon words are found in static hash tables of
// one word per slot, so tagging looks up no Go map and loading builds
// nothing. The shipped model lives in dict/nermodel.
//
// A [Model] is immutable once built and safe for concurrent use. [Model.Tag]
// returns byte offsets into the string it is given and cuts long texts into
// sentences, so its cost is linear in the text length. [Model.WithLexicon]
// adds names (for example current leaders, which 1990s training data does not
// know) without retraining. The model is trained on Simplified Chinese and
// expects width-folded Simplified text, as the pipeline provides; a
// per-character Traditional→Simplified fold stored in the model keeps
// Traditional input usable when it is tagged directly.
//
// Training ([Train]) is deterministic: fixed epoch count, fixed seed for the
// sentence order, integer weight updates, features numbered in key order,
// and a model file that depends only on the learned weights.
package ner
