// Package entity measures pipeline/entity for `make eval`: the seed article
// against its gold people, organizations and places (as score-article
// counts them), and exact-span, exact-type precision, recall and F1 on the
// MSRA and People's Daily NER test sets, for the rules and lexicon alone and
// combined with the statistical tagger.
package entity
