package sighan

import (
	"github.com/zhpipe/zhpipe/dict"
)

// dictOptions are the resources' options: the default segmenter.
func dictOptions() dict.Options {
	return dict.Options{}
}
