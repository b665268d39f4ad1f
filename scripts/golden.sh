#!/bin/bash
# golden.sh — byte-for-byte comparison of zhpipe's outputs with a reference.
#
#   scripts/golden.sh save  REFDIR [BIN]   write the inputs and BIN's outputs under REFDIR
#   scripts/golden.sh check REFDIR [BIN]   run BIN on REFDIR's inputs and diff with its outputs
#
# BIN defaults to bin/zhpipe (built first). The inputs: the seed article,
# the encoding fixtures of ../shared and 300 People's Daily articles in
# mixed encodings (with the bad and empty files corpusgen adds). The
# outputs: JSON with tokens, CoNLL-U and BRAT for every input, the HTML
# view of the seed and fixtures, `zhpipe convert` with four configs, the
# --jsonl-in stream filter, and stderr and exit codes of every run. Keep
# REFDIR outside the repository: it is made from an older binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${ZHPIPE_SHARED:-$(dirname "$root")/shared}
mode=${1:-}
ref=${2:-}
bin=${3:-}
if [ -z "$mode" ] || [ -z "$ref" ]; then
	echo "usage: $0 save|check REFDIR [BIN]" >&2
	exit 2
fi
if [ -z "$bin" ]; then
	(cd "$root" && go build -tags ne -trimpath -o bin/zhpipe ./cmd/zhpipe)
	bin=$root/bin/zhpipe
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
ref=$(mkdir -p "$ref" && cd "$ref" && pwd)

in=$ref/inputs
if [ ! -d "$in" ]; then
	[ "$mode" = save ] || { echo "golden: $in missing: run save first" >&2; exit 2; }
	mkdir -p "$in/small" "$in/pd"
	cp "$root/testdata/seed-article.txt" "$in/small/"
	cp "$shared"/fixtures/encodings/* "$in/small/"
	(cd "$root" && go run ./bench/gen -shared "$shared" -dir "$in/pd" -articles 300)
fi

# produce OUTDIR: every output of $bin, run from inside the inputs.
produce() {
	o=$1
	rm -rf "$o"
	mkdir -p "$o"
	cd "$in"
	run() { # NAME ARGS...: stdout to NAME.out (or -o inside), stderr and exit code kept
		name=$1
		shift
		set +e
		"$bin" "$@" > "$o/$name.out" 2> "$o/$name.err"
		echo $? > "$o/$name.code"
		set -e
	}
	run json-small annotate -q -j 2 --tokens -o "$o/json" small
	run json-pd annotate -q -j 2 --tokens -o "$o/json" pd
	run conllu annotate -q -j 2 --format conllu -o "$o/conllu" small pd
	run brat annotate -q -j 2 --format brat -o "$o/brat" small pd
	run html annotate -q -j 2 --format html -o "$o/html" small
	run jsonl-seed annotate -q --jsonl small/seed-article.txt
	# one input to standard output (written as it is made)
	run json-seed annotate --tokens small/seed-article.txt
	run json-big5 annotate small/seed.big5.txt
	run conllu-seed annotate --format conllu small/seed-article.txt
	run html-seed annotate --format html small/seed-article.txt
	run json-missing annotate small/no-such-file.txt
	for c in tw2sp t2s s2twp hk2s; do
		run "convert-$c" convert -c "$c" -i small/seed-article.txt
		run "convert-$c-simp" convert -c "$c" -i small/seed-simplified.utf8.txt
	done
	python3 - small/seed-article.txt > "$o/records.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
paras = [p for p in text.split("\n") if p.strip()]
for i, p in enumerate(paras[:40]):
    print(json.dumps({"id": i, "text": p, "n": len(p)}, ensure_ascii=False))
print("not json")
print(json.dumps({"id": "x"}))
PY
	run jsonl-in annotate -q -j 2 --jsonl-in < "$o/records.jsonl"
	cd - > /dev/null
}

case $mode in
save)
	produce "$ref/out"
	echo "golden: saved $(find "$ref/out" -type f | wc -l) files from $bin under $ref/out"
	;;
check)
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	produce "$tmp/out"
	if diff -r "$ref/out" "$tmp/out" > "$tmp/diff"; then
		echo "golden: identical: $(find "$tmp/out" -type f | wc -l) files"
	else
		echo "golden: DIFFERENT: $(grep -c '^diff\|^Only' "$tmp/diff") files differ" >&2
		head -c 4000 "$tmp/diff" >&2
		exit 1
	fi
	;;
*)
	echo "usage: $0 save|check REFDIR [BIN]" >&2
	exit 2
	;;
esac
