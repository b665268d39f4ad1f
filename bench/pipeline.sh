#!/bin/sh
# pipeline.sh — the whole `zhpipe annotate` pipeline's speed and cold start.
#
# Builds a Traditional corpus of BENCH_PIPELINE_MB (default 4) MB from the
# sample article, annotates it as one file and as 100-article JSONL, and
# prints MB/s (wall and CPU) and peak RSS; then the Go benchmarks for the
# dictionary load time and the per-article pipeline.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
mb=${BENCH_PIPELINE_MB:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cd "$root"
go build -tags ne -trimpath -o "$work/zhpipe" ./cmd/zhpipe
corpus="$work/corpus.txt"
: > "$corpus"
while [ "$(wc -c < "$corpus")" -lt $((mb * 1024 * 1024)) ]; do
	cat testdata/seed-article.txt testdata/seed-article.txt testdata/seed-article.txt testdata/seed-article.txt >> "$corpus"
done
size=$(wc -c < "$corpus")
# an empty article: the process's fixed cost (dictionary loading)
: > "$work/empty.txt"
row() {
	name=$1 bytes=$2
	shift 2
	/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { echo "$name: failed: $(head -c 300 "$work/err")"; return; }
	tail -n 1 "$work/time" | awk -v n="$name" -v s="$bytes" '{
		cpu = $2 + $3
		printf "%-34s %8.2f s %8.2f s %9.2f %9.2f %8.0f MB\n", n, $1, cpu, s / 1048576 / ($1 > 0 ? $1 : 0.01), s / 1048576 / (cpu > 0 ? cpu : 0.01), $4 / 1024
	}'
}
printf "%-34s %10s %10s %9s %9s %11s\n" run wall cpu "MB/s wall" "MB/s cpu" "peak RSS"
row "annotate empty file (cold start)" 0 "$work/zhpipe" annotate "$work/empty.txt"
row "annotate ${mb} MB as one article" "$size" "$work/zhpipe" annotate "$corpus"
echo
# Binary size, and what the embedded data adds to it.
size() { cat "$@" | wc -c; }
awk -v b="$(size "$work/zhpipe")" -v m="$(size dict/nermodel/model.bin)" -v g="$(size dict/gse/zh_s.txt)" \
	-v o="$(size dict/opencc/data/*/*)" -v l="$(size dict/lexicon/data/*.tsv)" 'BEGIN {
	printf "binary: %.1f MB; embedded: NER model %.1f MB, gse dictionary %.1f MB, OpenCC %.1f MB, lexicon %.2f MB\n", b/1048576, m/1048576, g/1048576, o/1048576, l/1048576
}'
echo
go test -tags ne -run '^$' -bench 'LoadResources|NewPipeline|AnnotateSeed' -benchtime 3x -benchmem ./pipeline/annotate
go test -tags ne -run '^$' -bench . -benchtime 20x -benchmem ./dict/nermodel
