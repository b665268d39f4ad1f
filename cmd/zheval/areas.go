package main

import (
	"github.com/zhpipe/zhpipe/internal/eval/articles"
	"github.com/zhpipe/zhpipe/internal/eval/entity"
	"github.com/zhpipe/zhpipe/internal/eval/ner"
	"github.com/zhpipe/zhpipe/internal/eval/numbers"
	"github.com/zhpipe/zhpipe/internal/eval/opencc"
	"github.com/zhpipe/zhpipe/internal/eval/opencc/gocc"
	"github.com/zhpipe/zhpipe/internal/eval/sighan"
	"github.com/zhpipe/zhpipe/internal/eval/timex"
)

// areas lists the evaluations in the order they run. gocc is linked here,
// in the evaluation command only, never in zhpipe.
var areas = []area{
	{"opencc", opencc.Run},
	{"gocc", gocc.Run},
	{"sighan", sighan.Run},
	{"timex", timex.Run},
	{"numbers", numbers.Run},
	{"ner", ner.Run},
	{"entity", entity.Run},
	{"articles", articles.Run},
}
