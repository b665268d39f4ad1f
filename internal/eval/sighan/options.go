package sighan

import (
	"os"

	"github.com/zhpipe/zhpipe/dict"
)

// dictOptions: ZHPIPE_SIGHAN_DICT_ONLY=1 measures gse's dictionary-only
// Segment instead of the default DAG + HMM cut.
func dictOptions() dict.Options {
	return dict.Options{DictionaryOnly: os.Getenv("ZHPIPE_SIGHAN_DICT_ONLY") != ""}
}
