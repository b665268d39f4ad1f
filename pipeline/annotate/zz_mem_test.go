package annotate

import (
	"context"
	"os"
	"runtime"
	"testing"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/pipeline"
)

func heapMB() (float64, float64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	peak := float64(ms.HeapSys) / 1e6
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / 1e6, peak
}

func TestZZMem(t *testing.T) {
	path := os.Getenv("ZZ_DOC")
	if path == "" {
		t.Skip()
	}
	p := testPipeline(t, Options{})
	a, _ := heapMB()
	t.Logf("after load: %.1f MB", a)
	raw, _ := os.ReadFile(path)
	dec, _ := corpus.Decode(raw, "")
	raw = nil
	d := pipeline.NewDoc("x", pipeline.Source{}, dec.Text)
	a, _ = heapMB()
	t.Logf("doc: %.1f MB", a)
	for _, s := range p.stages {
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		a, sys := heapMB()
		t.Logf("after %s: live %.1f MB, heap sys %.1f MB (tokens %d, marks %d)", s.Name(), a, sys, len(d.Tokens), d.Align.Marks())
	}
}
