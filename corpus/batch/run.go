package batch

import (
	"context"
	"sync"
)

// Result is the outcome of processing one input.
type Result[T any] struct {
	Index int
	Value T
	Err   error
}

// Run processes n items on workers goroutines with work and calls emit for
// every result in index order, from the calling goroutine. At most
// 8×workers results wait to be emitted, so memory stays bounded however
// slow emit is. With one worker or one item, each item is worked and
// emitted in turn on the calling goroutine (runInline). Run stops early
// when ctx is cancelled or emit returns an error, and returns that error;
// errors of work are results, not failures of Run.
func Run[T any](ctx context.Context, n, workers int, work func(ctx context.Context, i int) (T, error), emit func(Result[T]) error) error {
	if workers <= 1 || n <= 1 {
		return runInline(ctx, n, work, emit)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int)
	done := make(chan Result[T], workers)
	window := make(chan struct{}, 8*workers) // results in flight or waiting
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := work(ctx, i)
				select {
				case done <- Result[T]{Index: i, Value: v, Err: err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(done)
	}()
	pending := map[int]Result[T]{}
	next := 0
	var err error
	for r := range done {
		if err != nil {
			continue // drain
		}
		pending[r.Index] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if e := emit(p); e != nil {
				err = e
				cancel()
				break
			}
		}
	}
	if err != nil {
		return err
	}
	if next < n {
		return ctx.Err()
	}
	return nil
}

// runInline is Run with one worker: each item is worked and emitted in
// turn on the calling goroutine. The result is what Run's goroutines give
// with one worker (the same calls in the same order; a cancelled context
// stops it before the next item), without two goroutine hand-offs per
// item, each of which may wake another thread.
func runInline[T any](ctx context.Context, n int, work func(ctx context.Context, i int) (T, error), emit func(Result[T]) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for i := 0; i < n; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		v, err := work(ctx, i)
		if err := emit(Result[T]{Index: i, Value: v, Err: err}); err != nil {
			return err
		}
	}
	return nil
}
