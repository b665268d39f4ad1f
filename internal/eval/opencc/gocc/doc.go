// Package gocc scores liuzl/gocc on OpenCC's test suite beside
// pipeline/convert, as opencc.gocc.<config> figures.
//
// gocc links a GPL-2.0 trie (liuzl/cedar-go via liuzl/da), so it must never
// reach zhpipe's binary: only the evaluation command (cmd/zheval) may import
// this package, and nothing under pipeline/, dict/, corpus/, out/ or
// cmd/zhpipe may.
package gocc
