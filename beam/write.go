package zhbeam

import (
	"bufio"
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// ShardName is the name of shard i of n written with prefix and suffix:
// PREFIX-00003-of-00008.jsonl.
func ShardName(prefix string, i, n int, suffix string) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, suffix)
}

// Write writes the lines (each ending in a newline) to shards files named
// by ShardName; every shard is written, empty or not. A line's shard
// depends only on its bytes; the order of the lines within a shard is the
// runner's.
func Write(s beam.Scope, prefix, suffix string, shards int, lines beam.PCollection) {
	s = s.Scope("zhpipe.Write")
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	// One empty line per shard makes every shard's group exist.
	marks := make([]int, shards)
	for i := range marks {
		marks[i] = i
	}
	empty := beam.ParDo(s, markShard, beam.CreateList(s, marks))
	groups := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeFn{Prefix: prefix, Suffix: suffix, Shards: shards}, groups)
}

func markShard(i int, emit func(int, string)) { emit(i, "") }

func init() {
	register.Function2x0(markShard)
}

// writeFn writes one shard: to a temporary name first, renamed when
// complete, so a shard file is never seen half-written.
type writeFn struct {
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
	Shards int    `json:"shards"`
}

func (fn *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, shard, fn.Shards, fn.Suffix)
	tmp := name + ".tmp"
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, tmp)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	n := 0
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		if _, err := bw.WriteString(line); err != nil {
			w.Close()
			return err
		}
		n++
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := filesystem.Rename(ctx, fsys, tmp, name); err != nil {
		return err
	}
	log.Infof(ctx, "zhpipe: %s: %d lines", name, n)
	return nil
}
