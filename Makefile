# zhpipe — two commands do all set-up on a machine with Go:
#   make run    build and annotate the sample article (JSON on stdout)
#   make test   all tests (what .ci/run calls)

SHELL    := /bin/bash
.SHELLFLAGS := -o pipefail -c
GO       ?= go
TAGS     := ne
GOFLAGS_ := -tags $(TAGS) -trimpath
BIN      := bin/zhpipe
SHARED   ?= ../shared
FUZZTIME ?= 20s

.PHONY: all build build-beam run test test-beam test-browser test-heavy eval bench bench-go bench-convert bench-pipeline bench-corpus fuzz lint train dict-opencc dict-opencc-compile dict-gse timex-lunar clean

all: build

build:
	$(GO) build $(GOFLAGS_) -o $(BIN) ./cmd/zhpipe

# Only the JSON goes to stdout, so `make run | jq` works.
run:
	@$(GO) build $(GOFLAGS_) -o $(BIN) ./cmd/zhpipe
	@./$(BIN) annotate testdata/seed-article.txt

# Unit, golden, CLI and comparison tests; then the concurrency tests under
# the race detector. scripts/testlog prints each package's result, the
# output of failed tests and every skipped test with its reason (tests that
# need ../shared or a missing tool skip; none is skipped silently).
test:
	@sh scripts/test-deps.sh
	$(GO) test -tags $(TAGS) -count=1 -json ./... | $(GO) run ./scripts/testlog
	$(GO) test -tags $(TAGS) -count=1 -race -run 'Concurrent|Race' -json ./... | $(GO) run ./scripts/testlog

# The Apache Beam pipeline (beam/, its own Go module, so the zhpipe binary's
# dependencies stay as they are) under the in-process prism runner: 300
# People's Daily articles (../shared) and the batch tests' bad inputs, each
# summary byte-identical to zhpipe annotate --jsonl, metrics checked. The
# first run downloads the Beam Go SDK's modules and builds them (minutes).
test-beam:
	cd beam && $(GO) vet ./... && $(GO) test -tags $(TAGS) -count=1 -timeout 30m -v ./...

build-beam:
	cd beam && $(GO) build $(GOFLAGS_) -o ../bin/zhpipe-beam ./cmd/zhpipe-beam

# The batch hard cases: 3,000+ files in mixed encodings with bad inputs,
# -j1 vs -j2 byte-identical, a 50 MB article's peak RSS, kill -9 and resume.
test-heavy:
	ZHPIPE_HEAVY=1 $(GO) test -tags $(TAGS) -count=1 -timeout 60m -run 'TestHeavyCorpus' -v ./cmd/zhpipe

# The HTML view in headless Chromium (installs chromium + fonts-wqy-microhei
# when it can, else skips with a reason); artifacts in build/browser/.
test-browser:
	GO=$(GO) bash scripts/test-browser.sh

# Accuracy against public gold data and reference tools (needs ../shared).
# Ends with one `EVAL name value` line per figure. AREAS picks some
# (make eval AREAS=articles); the articles area runs the built binary.
eval: build
	$(GO) run $(GOFLAGS_) ./cmd/zheval -shared $(SHARED) -out build/eval $(AREAS)

# Speed: the cost of running zhpipe side by side (cold starts against gse
# and Debian's opencc, whole-pipeline MB/s per core and peak RSS on the
# sample, 3,151 People's Daily files and a 20 MB document, load time per
# resource, binary size), then the Go benchmarks (with allocations) and the
# converter against other tools. bench-corpus (the 50 MB article and the
# kill -9 resume, as make test-heavy) is left to be run on its own.
bench: bench-pipeline bench-go bench-convert

bench-go:
	@mkdir -p build
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem -count=1 ./... | tee build/bench-go.txt

bench-convert: build
	@mkdir -p build
	ZHPIPE=$(CURDIR)/$(BIN) sh bench/convert/bench.sh | tee build/bench-convert.txt

bench-corpus:
	@mkdir -p build
	ZHPIPE_HEAVY=1 $(GO) test -tags $(TAGS) -count=1 -timeout 60m -run 'TestHeavyCorpus' -v ./cmd/zhpipe | tee build/bench-corpus.txt

bench-pipeline:
	@mkdir -p build
	bash bench/bench.sh | tee build/bench-pipeline.txt

fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -tags $(TAGS) -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; \
	    $(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet -tags $(TAGS) ./...

# Retrain the NER model and the segmentation/POS model (deterministic: the
# same data and flags give the same bytes); see cmd/zhtrain,
# dict/nermodel/NOTICE and dict/segmodel/NOTICE.
train:
	$(GO) run $(GOFLAGS_) ./cmd/zhtrain \
	  -msra $(SHARED)/eval/ner/msra/train.bio \
	  -pd $(SHARED)/eval/corpus/pd1998/199801.utf8.txt \
	  -exclude $(SHARED)/eval/ner/peoples_daily/test.bio,$(SHARED)/eval/ner/msra/test.bio \
	  -o dict/nermodel/model.bin
	$(GO) run $(GOFLAGS_) ./cmd/zhtrain seg \
	  -pd $(SHARED)/eval/corpus/pd1998/199801.utf8.txt \
	  -exclude $(SHARED)/eval/sighan2005/testing/pku_test.utf8,$(SHARED)/eval/sighan2005/testing/msr_test.utf8 \
	  -o dict/segmodel/model.bin

# Recompile gse's dictionary (dict/gse/zh_s.txt) and gse's HMM emission
# table into dict/gse/zh_s.dat, the form the segmenter reads in place.
# TestCompiledDictionary checks that the committed file is up to date.
dict-gse:
	$(GO) test -count=1 -run '^TestCompiledDictionary$$' ./dict -args -update

# Regenerate the lunar years the date rules read (1901-2099) from lunar-go
# into pipeline/timex/lunartable.go; TestLunarTable checks it is up to date.
timex-lunar:
	$(GO) test -count=1 -run '^TestLunarTable$$' ./pipeline/timex -args -update

# Re-extract OpenCC 1.4.2's dictionaries and configs from the npm package,
# then compile them.
dict-opencc:
	bash scripts/opencc-extract.sh
	$(MAKE) dict-opencc-compile

# Compile OpenCC's text dictionaries into the tables the binary embeds and
# reads in place (pipeline/convert tests check that they are up to date).
dict-opencc-compile:
	@test -f dict/opencc/data/opencc.bin || : > dict/opencc/data/opencc.bin
	$(GO) run ./dict/opencc/gen -src dict/opencc/data -o dict/opencc/data/opencc.bin

clean:
	rm -rf bin build
