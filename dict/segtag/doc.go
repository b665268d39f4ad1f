// Package segtag is zhpipe's trained word segmenter and part-of-speech
// tagger: a character tagger (B, M, E, S: begins, inside, ends, or is a
// whole word), a linear-chain CRF decoded with Viterbi (the averaged
// perceptron, the other trainer, measured a little worse with the same
// features), then a word tagger (PKU/ICTCLAS tags) over the words it cut,
// an averaged perceptron decoded greedily left to right, with a tag
// dictionary for the frequent unambiguous words.
//
// The character tagger's features are character n-grams of a five-character
// window, character classes (digits, Latin, Chinese numerals, date units,
// punctuation), and what a dictionary says about each character: the
// longest word that starts, ends or strictly contains it (Lex, filled by
// the caller from gse's dictionary, so that the words gse knows help on
// text unlike the training data). The word tagger's features are the word,
// its neighbours, its first and last characters, its length and class, the
// dictionary's tag for it and the two previous tags.
//
// A Model is read where it lies (see format.go): opening one slices its
// bytes and allocates nothing per feature, so a model embedded in the
// binary costs no start-up time. A Model is immutable and safe for
// concurrent use; a Tagger holds the scratch space of one goroutine.
package segtag
