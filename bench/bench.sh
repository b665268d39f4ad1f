#!/bin/bash
# bench.sh — the cost of running zhpipe, side by side in one run (make bench).
#
#   cold start   zhpipe annotate and zhpipe convert on a 1 KB article, gse's
#                own LoadDict + cut (bench/gseload), Debian's opencc:
#                median of BENCH_RUNS (5) runs, wall and CPU, peak RSS
#   throughput   the whole pipeline on the sample article (Go benchmark,
#                in process), on the People's Daily articles (3,151 files,
#                mixed encodings, -j 2) and on a 20 MB Traditional document:
#                MB/s per core (bytes / CPU seconds of the whole process,
#                start-up included), peak RSS; BENCH_RUNS_BIG (1) runs each
#   load time    per resource, in one fresh process (bench/coldstart)
#   binary       size, and what the embedded data adds
#
# Inputs are made by bench/gen (internal/corpusgen) from ../shared and kept
# in build/bench-inputs. Times come from bench/timeit (the kernel's
# accounting of each finished process); opencc is installed with apt-get
# when missing (its row is skipped if that fails).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${ZHPIPE_SHARED:-$(dirname "$root")/shared}
runs=${BENCH_RUNS:-5}
bigruns=${BENCH_RUNS_BIG:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cd "$root"
inputs=build/bench-inputs
mkdir -p "$inputs"

go build -tags ne -trimpath -o "$work/zhpipe" ./cmd/zhpipe
go build -tags ne -trimpath -o "$work/coldstart" ./bench/coldstart
go build -trimpath -o "$work/gseload" ./bench/gseload
go build -trimpath -o "$work/timeit" ./bench/timeit
if [ ! -d "$inputs/pd" ]; then
	go run ./bench/gen -shared "$shared" -dir "$inputs/pd.tmp" >/dev/null
	mv "$inputs/pd.tmp" "$inputs/pd"
fi
if [ ! -f "$inputs/doc20.txt" ]; then
	go run ./bench/gen -shared "$shared" -doc "$inputs/doc20.tmp" -mb 20 >/dev/null
	mv "$inputs/doc20.tmp" "$inputs/doc20.txt"
fi
{ head -c 1024 testdata/seed-article.txt | iconv -f UTF-8 -t UTF-8 -c > "$inputs/1k.txt"; } 2>/dev/null || true
if ! command -v opencc >/dev/null 2>&1; then
	(apt-get install -y opencc >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y opencc >/dev/null 2>&1; }) || true
fi

# measure N NAME BYTES CMD...: run CMD N times (bench/timeit; stdout
# discarded) and print the medians of wall, CPU, peak RSS, and MB/s per CPU
# second. A batch with bad inputs exits 1 by design.
measure() {
	local n=$1 name=$2 bytes=$3
	shift 3
	if ! "$work/timeit" -n "$n" -- "$@" > "$work/time" 2> "$work/err"; then
		echo "$name: failed: $(head -c 300 "$work/err")"
		return
	fi
	awk -v n="$name" -v s="$bytes" '{
		rate = (s > 0 && $2 > 0) ? sprintf("%9.2f", s / 1e6 / $2) : sprintf("%9s", "-")
		printf "%-44s %8.3f s %8.3f s %s %8.0f MB\n", n, $1, $2, rate, $3 / 1024
	}' "$work/time"
}

header() { printf "%-44s %10s %10s %9s %11s\n" "$1" wall cpu "MB/s cpu" "peak RSS"; }

echo "== cold start (median of $runs runs)"
header "1 KB article"
measure "$runs" "zhpipe annotate" 0 "$work/zhpipe" annotate "$inputs/1k.txt"
measure "$runs" "zhpipe convert -c tw2sp" 0 "$work/zhpipe" convert -c tw2sp -i "$inputs/1k.txt"
measure "$runs" "gse LoadDictStr + LoadModel + Cut" 0 "$work/gseload" -dict dict/gse/zh_s.txt "$inputs/1k.txt"
if command -v opencc >/dev/null 2>&1; then
	measure "$runs" "opencc -c tw2sp.json (Debian $(dpkg-query -W -f='${Version}' opencc 2>/dev/null || echo '?'))" 0 opencc -c tw2sp.json -i "$inputs/1k.txt"
else
	echo "opencc: not installed and apt-get failed; row skipped"
fi

echo
echo "== whole pipeline (MB/s per core: input bytes per CPU second of the whole process, start-up included)"
header "input"
pdbytes=$(find "$inputs/pd" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
pdfiles=$(find "$inputs/pd" -type f | wc -l)
measure "$bigruns" "$pdfiles People's Daily files, -j 2 --jsonl" "$pdbytes" "$work/zhpipe" annotate -q -j 2 --jsonl "$inputs/pd"
docbytes=$(wc -c < "$inputs/doc20.txt")
measure "$bigruns" "20 MB Traditional document, -j 1" "$docbytes" "$work/zhpipe" annotate -q -j 1 "$inputs/doc20.txt"
go test -tags ne -run '^$' -bench 'AnnotateSeed' -benchmem -count 1 ./pipeline/annotate | awk '/^Benchmark/ {
	for (i = 1; i <= NF; i++) if ($(i+1) == "cpu-MB/s") r = $i
	printf "%-44s %s MB/s per core, in process (go test -bench AnnotateSeed)\n", "sample article (15.7 KB)", r }'

echo
echo "== load time per resource (one fresh process)"
"$work/coldstart" -article "$inputs/1k.txt"

echo
echo "== binary"
size() { cat "$@" | wc -c; }
awk -v b="$(size "$work/zhpipe")" -v m="$(size dict/nermodel/model.bin)" -v g="$(size dict/gse/zh_s.txt)" \
	-v o="$(size dict/opencc/data/opencc.bin)" -v l="$(size dict/lexicon/data/*.tsv)" 'BEGIN {
	printf "zhpipe %.1f MB; embedded: NER model %.1f MB, gse dictionary %.1f MB, OpenCC tables %.1f MB, lexicon %.2f MB\n", b/1e6, m/1e6, g/1e6, o/1e6, l/1e6
}'
