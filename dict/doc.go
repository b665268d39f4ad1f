// Package dict owns zhpipe's embedded language data and word segmentation,
// and is the only package that touches gse (in its tests and in make
// dict-gse, which compiles gse's dictionary: the binary reads the compiled
// form in place and does not link gse). A Set is loaded once per process
// (never in init), holds only immutable data afterwards and is shared by
// every goroutine. User dictionaries extend the embedded ones, never
// replace them.
package dict
