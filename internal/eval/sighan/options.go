package sighan

import "github.com/zhpipe/zhpipe/dict"

func dictOptions() dict.Options { return dict.Options{} }
