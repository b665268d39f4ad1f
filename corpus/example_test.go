package corpus_test

import (
	"fmt"

	"github.com/zhpipe/zhpipe/corpus"
)

func ExampleDecode() {
	// "中文" in Big5, with a Windows line ending.
	d, err := corpus.Decode([]byte("\xA4\xA4\xA4\xE5\r\n"), "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q %s %d\n", d.Text, d.Encoding, d.Bytes)

	_, err = corpus.Decode([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "")
	fmt.Println(err)
	// Output:
	// "中文\n" big5 6
	// corpus: binary input: NUL byte at offset 8 (UTF-16 text needs a byte-order mark or an explicit encoding)
}
