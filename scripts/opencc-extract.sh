#!/bin/sh
# opencc-extract.sh — re-extract OpenCC's text dictionaries and configs into
# dict/opencc/ from the pinned npm package opencc@1.4.2 (Apache-2.0).
#
# Usage: scripts/opencc-extract.sh [REPO_ROOT]   (default: the repository
# holding this script). Needs npm, tar, sha512sum/openssl, base64.
# Only data is taken (data/dictionary/*.txt, data/config/*.json, LICENSE);
# OpenCC's C++/Python sources are not copied. The generated dictionaries
# (…Rev, TSCharactersExt, STPhrases_GeneratedFromRegionalPhrases) are built
# by pipeline/convert, and everything is compiled into
# dict/opencc/data/opencc.bin by `make dict-opencc-compile` (make dict-opencc
# runs it after this script).
set -eu

VERSION=1.4.2
# npm's dist.integrity for opencc@1.4.2 (sha512, base64).
INTEGRITY='fAo8GJy0XhFyw9zIsEHmEVKL+qK8qbw0hcCjqKN5cn2UA7FPOU6b13xpqpSUf8mLNLhBMmIVZu6J+fEjJ2KcyQ=='

root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
dest="$root/dict/opencc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

(cd "$work" && npm pack --silent "opencc@$VERSION" >/dev/null)
tgz="$work/opencc-$VERSION.tgz"
[ -f "$tgz" ] || { echo "opencc-extract: npm pack did not produce $tgz" >&2; exit 1; }

got=$(openssl dgst -sha512 -binary "$tgz" | base64 | tr -d '\n')
if [ "$got" != "$INTEGRITY" ]; then
	echo "opencc-extract: integrity mismatch for opencc@$VERSION: got $got" >&2
	exit 1
fi

tar -xzf "$tgz" -C "$work"
pkg="$work/package"
v=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$pkg/package.json")
[ "$v" = "$VERSION" ] || { echo "opencc-extract: package.json says version $v" >&2; exit 1; }

rm -rf "$dest/data"
mkdir -p "$dest/data/dictionary" "$dest/data/config"
cp "$pkg"/data/dictionary/*.txt "$dest/data/dictionary/"
cp "$pkg"/data/config/*.json "$dest/data/config/"
cp "$pkg/LICENSE" "$dest/LICENSE"
echo "opencc-extract: opencc@$VERSION -> $dest ($(ls "$dest/data/dictionary" | wc -l) dictionaries, $(ls "$dest/data/config" | wc -l) configs)"
