// Package out encodes annotated Docs for users: the article summary JSON
// (schema zhpipe/article@1, one document or one line per article), and the
// corpus formats. It converts the Doc's byte ranges into the units users
// need: code points (start/end in JSON, like spaCy) and UTF-16 units for
// the HTML view.
package out
