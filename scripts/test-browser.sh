#!/usr/bin/env bash
# Browser test of the HTML view (issue 7), run by `make test-browser` and by
# .ci/run when CI=true. Installs Debian's chromium and a CJK font
# (fonts-wqy-microhei) when missing, then runs the Go test that renders the
# seed article's page in headless Chromium and checks the DOM and the
# screenshot (internal/browsertest). Artifacts (page, DOM dumps,
# screenshots) are left in build/browser/.
#
# When the browser or the font cannot be installed (no apt-get, not root and
# no sudo, no network), it prints why and exits 0 without testing.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
OUT=${ZHPIPE_BROWSER_OUT:-$PWD/build/browser}

skip() {
	echo "test-browser: SKIP: $*" >&2
	exit 0
}

have_chromium() {
	command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
		command -v google-chrome >/dev/null 2>&1 || [ -n "${ZHPIPE_CHROMIUM:-}" ]
}

have_cjk_font() {
	if command -v fc-list >/dev/null 2>&1; then
		[ -n "$(fc-list :lang=zh family 2>/dev/null)" ]
	else
		dpkg -s fonts-wqy-microhei >/dev/null 2>&1
	fi
}

need=()
have_chromium || need+=(chromium)
have_cjk_font || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
	command -v apt-get >/dev/null 2>&1 || skip "${need[*]} missing and no apt-get to install them"
	if [ "$(id -u)" = 0 ]; then
		sudo=()
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo=(sudo -n)
	else
		skip "${need[*]} missing; installing needs root or password-less sudo"
	fi
	echo "test-browser: installing ${need[*]}" >&2
	"${sudo[@]}" apt-get update -qq >&2 || skip "apt-get update failed (no network?)"
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 ||
		skip "apt-get install ${need[*]} failed"
	have_chromium || skip "chromium still missing after installation"
	have_cjk_font || skip "no CJK font after installation"
fi

mkdir -p "$OUT"
echo "test-browser: $( (chromium --version || chromium-browser --version || google-chrome --version) 2>/dev/null | head -1)" >&2
ZHPIPE_BROWSER=1 ZHPIPE_BROWSER_OUT="$OUT" "$GO" test -tags ne -count=1 -timeout 15m -v \
	-run '^Test(Seed|Astral)InBrowser$' ./internal/browsertest
echo "test-browser: artifacts in $OUT:" >&2
ls -l "$OUT" >&2
