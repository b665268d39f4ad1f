// Package dict owns zhpipe's embedded language data and is the only package
// that touches gse: a Set is loaded once per process (never in init), holds
// only immutable data afterwards and is shared by every goroutine. User
// dictionaries extend the embedded ones, never replace them.
package dict
