// Package browsertest checks zhpipe's HTML pages in a real browser: it runs
// headless Chromium on a page to dump the DOM its script built and to take
// a screenshot, and compares both with the data the page carries — every
// highlight is an element with the right text, the outline lists the
// enumerations, each highlight type's colour is on screen where the
// highlights are, and CJK text is drawn with a real font (no tofu boxes).
//
// The tests run only with ZHPIPE_BROWSER=1 (scripts/test-browser.sh, which
// `make test-browser` calls, installs Chromium and a CJK font first).
package browsertest
