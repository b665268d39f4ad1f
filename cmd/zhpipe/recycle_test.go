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

// TestReadAllReusedBuffer reads a short input into the buffer a longer one
// filled: only the short input's bytes come back, with or without a size.
func TestReadAllReusedBuffer(t *testing.T) {
	long := strings.Repeat("長長的第一份輸入。", 500)
	buf, err := readAll(strings.NewReader(long), int64(len(long)), nil)
	if err != nil || string(buf) != long {
		t.Fatalf("readAll(long) = %d bytes, %v", len(buf), err)
	}
	for _, size := range []int64{int64(len("短")), -1, 0} {
		got, err := readAll(strings.NewReader("短"), size, buf)
		if err != nil || string(got) != "短" {
			t.Errorf("readAll(short, size %d) into a used buffer = %q, %v", size, got, err)
		}
	}
}
