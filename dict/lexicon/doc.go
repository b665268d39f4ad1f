// Package lexicon is zhpipe's curated, cross-strait gazetteer of people,
// organizations, places, titles and organization suffixes, embedded in the
// binary and parsed once by Load.
//
// The tab-separated files under data/ are written by the zhpipe authors, with
// their sources of fact noted per row; country names in Simplified,
// Traditional (Taiwan) and Hong Kong Chinese come from CLDR through
// golang.org/x/text/language/display (see NOTICE). Every row lists the
// surface forms a name takes in mainland, Taiwan and Hong Kong writing, in
// both scripts, so that one identity (川普 / 特朗普, 范斯 / 万斯) is found
// whichever text it appears in.
package lexicon
