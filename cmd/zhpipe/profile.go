package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts the profiles that the environment asks for
// (ZHPIPE_CPUPROFILE=FILE, ZHPIPE_MEMPROFILE=FILE: a heap profile written
// at exit), for `make bench` and for finding hot spots in whole runs; the
// returned function stops them. A profile that cannot be written is
// reported on stderr and does not stop the run.
func startProfiles(stderr io.Writer) (stop func()) {
	cpu, mem := os.Getenv("ZHPIPE_CPUPROFILE"), os.Getenv("ZHPIPE_MEMPROFILE")
	var f *os.File
	if cpu != "" {
		var err error
		if f, err = os.Create(cpu); err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", cpu, err)
			f = nil
		}
	}
	return func() {
		if f != nil {
			pprof.StopCPUProfile()
			f.Close()
		}
		if mem != "" {
			err := writeHeapProfile(mem)
			if err != nil {
				fmt.Fprintf(stderr, "zhpipe: %s: %v\n", mem, err)
			}
		}
	}
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
