// Package opencc evaluates pipeline/convert on OpenCC's own conversion test
// suite (../shared/eval/opencc/testcases.json, 543 case × config pairs) and,
// side by side, Debian's opencc 1.1.6 command when it is installed.
//
// The comparison with liuzl/gocc lives in the subpackage gocc, so that
// gocc's GPL-2.0 trie is linked only into a command that imports it.
package opencc
