package entity

// occupancy records which bytes of the text a kept mention takes: one bit
// a byte (a 20 MB text takes 2.5 MB, not 20).
type occupancy []uint64

func newOccupancy(n int) occupancy { return make(occupancy, (n+63)/64) }

// has reports whether byte i is taken.
func (o occupancy) has(i int) bool { return o[i>>6]&(1<<(uint(i)&63)) != 0 }

// set marks byte i taken.
func (o occupancy) set(i int) { o[i>>6] |= 1 << (uint(i) & 63) }

// unset marks byte i free.
func (o occupancy) unset(i int) { o[i>>6] &^= 1 << (uint(i) & 63) }

// mark marks the bytes [start, end) taken.
func (o occupancy) mark(start, end int) {
	for i := start; i < end; i++ {
		o.set(i)
	}
}

// overlaps reports whether a byte of [start, end) is taken.
func overlaps(used occupancy, start, end int) bool {
	for start < end {
		w, b := start>>6, uint(start)&63
		n := min(end-start, 64-int(b)) // bits of word w from b on
		mask := uint64(1)<<uint(n) - 1
		if n == 64 {
			mask = ^uint64(0)
		}
		if used[w]>>b&mask != 0 {
			return true
		}
		start += n
	}
	return false
}
