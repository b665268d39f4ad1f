// Package opencc embeds OpenCC 1.4.2's conversion configs and its
// dictionaries (Apache-2.0, from the npm package opencc@1.4.2; see NOTICE)
// so that pipeline/convert builds its converters without touching the file
// system.
//
// The dictionaries are embedded in compiled form (data/opencc.bin, read in
// place by pipeline/convert; nothing is parsed at start-up), generated from
// the text dictionaries in data/dictionary by `make dict-opencc-compile`.
// The text dictionaries are the source: they are not embedded, and
// pipeline/convert's tests check that the compiled file is up to date and
// converts as they do.
package opencc
