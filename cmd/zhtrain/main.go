// Command zhtrain trains zhpipe's statistical NER model (make train):
//
//	go run ./cmd/zhtrain \
//	    -msra ../shared/eval/ner/msra/train.bio \
//	    -pd ../shared/eval/corpus/pd1998/199801.utf8.txt \
//	    -exclude ../shared/eval/ner/peoples_daily/test.bio,../shared/eval/ner/msra/test.bio \
//	    -o dict/nermodel/model.bin
//
// It trains on the MSRA sentences, uses the People's Daily 1998 nr/ns/nt
// words and the training entities (jackknifed) as a lexicon, drops training
// sentences that occur in the given test sets (92% of the People's Daily
// NER test is in MSRA's training file), stores a Traditional→Simplified
// character fold from pipeline/convert, and writes the model atomically.
// The output is byte-identical for the same inputs and flags. -eval FILES
// scores the new model on BIO files; -h lists the other flags.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	var code int
	if len(os.Args) > 1 && os.Args[1] == "seg" {
		code = runSeg(ctx, os.Args[2:], os.Stderr)
	} else {
		code = run(ctx, os.Args[1:], os.Stderr)
	}
	stop()
	os.Exit(code)
}
