package main

import (
	"github.com/zhpipe/zhpipe/internal/eval/sighan"
)

// areas lists the evaluations in the order they run.
var areas = []area{
	{"sighan", sighan.Run},
}
