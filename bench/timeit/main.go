// Command timeit runs a command several times and prints the medians of
// its wall time, its CPU time (user + system, from the kernel's accounting
// of the finished process) and its peak RSS, with microsecond resolution:
//
//	timeit -n 5 -- zhpipe annotate a.txt
//
// Output: "wall_s cpu_s maxrss_kb exit" on one line. The command's
// standard output is discarded; a non-zero exit is reported, not fatal.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

func main() {
	n := flag.Int("n", 5, "runs")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: timeit [-n RUNS] -- COMMAND [ARG...]")
		os.Exit(2)
	}
	var walls, cpus, rss []float64
	code := 0
	for range *n {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Stderr = os.Stderr
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			fmt.Fprintln(os.Stderr, "timeit:", err)
			os.Exit(1)
		}
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		walls = append(walls, wall.Seconds())
		cpus = append(cpus, float64(ru.Utime.Nano()+ru.Stime.Nano())/1e9)
		rss = append(rss, float64(ru.Maxrss))
	}
	fmt.Printf("%.4f %.4f %.0f %d\n", median(walls), median(cpus), median(rss), code)
}

func median(v []float64) float64 {
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}
