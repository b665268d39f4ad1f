// Package opencc embeds OpenCC 1.4.2's text dictionaries and conversion
// configs (Apache-2.0, from the npm package opencc@1.4.2; see NOTICE) so that
// pipeline/convert can build its converters without touching the file system.
//
// The embedded tree is exposed read-only through FS, rooted so that paths
// are "dictionary/STPhrases.txt" and "config/tw2sp.json". Nothing is parsed
// here: the data costs only its embedded bytes until a converter is built.
package opencc
