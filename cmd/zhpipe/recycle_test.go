package main

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
)

// TestRecycledRenderBuffers renders outputs of different lengths through
// single, recycling each after use as annotate does, from two goroutines:
// every output must be exactly what its document wrote, with nothing left
// over from an earlier (longer) output in a reused buffer.
func TestRecycledRenderBuffers(t *testing.T) {
	render := single(".x", func(w io.Writer, d *pipeline.Doc, _ out.Options) error {
		_, err := io.WriteString(w, d.Original)
		return err
	})
	texts := []string{strings.Repeat("長文甲", 5000), "乙", "", strings.Repeat("丙", 70000), "丁丁"}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 50; round++ {
				for _, s := range texts {
					files, err := render(&pipeline.Doc{Original: s}, out.Options{})
					if err != nil {
						t.Error(err)
						return
					}
					if len(files) != 1 || !bytes.Equal(files[0].Data, []byte(s)) {
						t.Errorf("render of a %d-byte text gave %d bytes", len(s), len(files[0].Data))
						return
					}
					files[0].recycle()
					if files[0].Data != nil {
						t.Error("recycle left Data set")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
