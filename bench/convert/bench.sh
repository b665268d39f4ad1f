#!/bin/sh
# bench.sh — time zhpipe's OpenCC converter against Debian's opencc (1.1.6)
# and liuzl/gocc on a >= 20 MB Traditional corpus, configs tw2sp and t2s.
#
# Usage: bench/convert/bench.sh            (from anywhere in the repo)
# Env:   ZHPIPE=path/to/zhpipe  time `zhpipe convert -c CFG` instead of the
#                               bench/convert driver (same ConvertLines code)
#        BENCH_MB=20            corpus size in MB
#        ZHPIPE_SHARED=DIR      the shared directory (default ../shared)
#
# The corpus is testdata/seed-article.txt plus the fixtures of
# shared/fixtures/encodings that are UTF-8 already (BOM removed, CRLF kept),
# repeated. Every tool
# reads the corpus and writes a file; the times include loading. The machine
# may be shared, so MB/s is given both per wall-clock second and per CPU
# second (user + sys); the CPU figure is the steadier one.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${ZHPIPE_SHARED:-$(dirname "$root")/shared}
mb=${BENCH_MB:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# --- corpus -------------------------------------------------------------
unit="$work/unit.txt"
cat "$root/testdata/seed-article.txt" > "$unit"
for f in "$shared"/fixtures/encodings/*; do
	# Only the fixtures that are UTF-8 already (the seed with BOM and CRLF,
	# the Simplified seed); Big5, GBK, GB18030 and UTF-16 are left out.
	[ -f "$f" ] && iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || continue
	sed '1s/^\xEF\xBB\xBF//' "$f" >> "$unit"
	echo "corpus: + $(basename "$f")"
done
corpus="$work/corpus.txt"
: > "$corpus"
target=$((mb * 1024 * 1024))
while [ "$(wc -c < "$corpus")" -lt "$target" ]; do
	cat "$unit" "$unit" "$unit" "$unit" "$unit" "$unit" "$unit" "$unit" >> "$corpus"
done
size=$(wc -c < "$corpus")
echo "corpus: $size bytes ($(wc -l < "$corpus") lines)"

# --- tools --------------------------------------------------------------
cd "$root"
go build -o "$work/zhconvert" ./bench/convert
go test -c -o "$work/gocc.test" ./bench/convert
if ! command -v opencc >/dev/null 2>&1; then
	(apt-get install -y opencc >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y opencc >/dev/null 2>&1; }) ||
		echo "opencc: not installed and apt-get failed; skipping Debian opencc"
fi

# measure NAME CONFIG OUT CMD... : run CMD (stdin = corpus) and print a row.
measure() {
	name=$1 cfg=$2 out=$3
	shift 3
	if ! /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" < "$corpus" > "$out" 2> "$work/err"; then
		echo "$name $cfg: failed: $(head -c 300 "$work/err")"
		return
	fi
	# GNU time may append warnings; the figures are on the last line.
	tail -n 1 "$work/time" | awk -v n="$name" -v c="$cfg" -v s="$size" '{
		cpu = $2 + $3
		printf "%-26s %-6s %7.2f s %7.2f s %9.1f %9.1f\n", n, c, $1, cpu, s / 1048576 / ($1 > 0 ? $1 : 0.01), s / 1048576 / (cpu > 0 ? cpu : 0.01)
	}'
}

printf "%-26s %-6s %9s %9s %9s %9s\n" tool config wall cpu "MB/s wall" "MB/s cpu"
for cfg in tw2sp t2s; do
	if [ -n "${ZHPIPE:-}" ]; then
		measure "zhpipe convert" "$cfg" "$work/ours.$cfg" "$ZHPIPE" convert -c "$cfg"
	else
		measure "zhpipe (bench driver)" "$cfg" "$work/ours.$cfg" "$work/zhconvert" -c "$cfg"
	fi
	if command -v opencc >/dev/null 2>&1; then
		measure "opencc 1.1.6 (Debian)" "$cfg" "$work/debian.$cfg" opencc -c "$cfg.json"
	fi
	measure "gocc" "$cfg" "$work/gocc.$cfg" env BENCH_GOCC_CONFIG="$cfg" BENCH_INPUT="$corpus" BENCH_OUTPUT="$work/gocc.$cfg" \
		"$work/gocc.test" -test.run '^TestGoccDriver$' -test.count 1
	for other in debian gocc; do
		[ -s "$work/$other.$cfg" ] || continue
		# gocc's driver writes to BENCH_OUTPUT; its stdout is test chatter.
		n=$(diff "$work/ours.$cfg" "$work/$other.$cfg" | grep -c '^<' || true)
		echo "   ours vs $other ($cfg): $n of $(wc -l < "$corpus") lines differ (older OpenCC data)"
	done
done
