package argument

import (
	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
	"slices"
	"strings"
)

// This file completes the speaker mentions the entity stage gave: the
// occurrences of a name it found elsewhere but missed there, a name it cut
// short the same way at every mention, a short form of a name written in
// full elsewhere (a double surname standing for the person), and a name it
// ran on over an adverb.

// addMissed adds the mentions the entity stage missed of names it found
// elsewhere in the text: every occurrence, not covered by a mention, of a
// person's or an organization's name of three characters or more as
// written at one of its mentions (黃大仁說, after 總理黃大仁 was found once),
// and of a two-character person name or an organization's name right
// before a speech verb (only adverbials between; not 民政部門送來的).
func (q *quoteFinder) addMissed(ms []mention) []mention {
	d := q.d
	type cand = struct {
		name string // folded, as written at a mention
		sp   *Speaker
	}
	// The candidates by their first two characters (every name has two
	// or more), longest first and then in the order of their first
	// mentions, with their first characters in a small filter to pass
	// over the others fast.
	var all []cand
	var firsts [16]uint64 // by the first rune's low 10 bits
	known := map[string]bool{}
	for _, m := range ms {
		if m.sp.Kind != Person && m.sp.Kind != Organization {
			continue
		}
		name := d.f[m.Start:m.End]
		if known[name] {
			continue
		}
		n := runeCount(name)
		if n < 2 || n == 2 && m.sp.Kind != Person || !strings.ContainsFunc(name, func(r rune) bool { return isHanRune(r) }) ||
			strings.ContainsFunc(name, func(r rune) bool { return isPunct(r) || isSpace(r) || closerOf(r) != 0 || isCloser(r) }) {
			continue
		}
		known[name] = true
		r, _ := decodeRune(name)
		firsts[r>>6&15] |= 1 << (r & 63)
		all = append(all, cand{name, m.sp})
	}
	if len(all) == 0 {
		return ms
	}
	// One stable sort by the first two characters, then longest first,
	// keeps each group's names in the order of their first mentions; the
	// groups are slices of one array.
	slices.SortStableFunc(all, func(a, b cand) int {
		if c := strings.Compare(twoRunes(a.name), twoRunes(b.name)); c != 0 {
			return c
		}
		return len(b.name) - len(a.name)
	})
	byTwo := make(map[string][]cand, len(all))
	for lo := 0; lo < len(all); {
		two := twoRunes(all[lo].name)
		hi := lo + 1
		for hi < len(all) && twoRunes(all[hi].name) == two {
			hi++
		}
		byTwo[two] = all[lo:hi:hi]
		lo = hi
	}
	out := ms
	if at, ok := q.nameStarts(all); ok {
		// Only where a name's first character stands is there
		// anything to do: from one such place to the next (see
		// nameStarts), skipping those inside a mention, as the scan
		// below would.
		k := 0
		for i, x := 0, 0; x < len(at); x++ {
			p := at[x]
			if p < i {
				continue // inside a name just added
			}
			for k < len(ms) && ms[k].End <= p {
				k++
			}
			if k < len(ms) && ms[k].Start <= p {
				continue // inside a mention
			}
			hi := len(d.f)
			if k < len(ms) {
				hi = ms[k].Start
			}
			for _, c := range byTwo[twoRunes(d.f[p:])] {
				d.work++
				e := p + len(c.name)
				if e > hi || !strings.HasPrefix(d.f[p:], c.name) {
					continue
				}
				if (runeCount(c.name) == 2 || c.sp.Kind == Organization) && !d.verbSoon(e) {
					continue
				}
				out = append(out, mention{Span{p, e}, c.sp})
				i = e
				break
			}
		}
		if len(out) == len(ms) {
			return ms
		}
		sortMentions(out)
		return out
	}
	k := 0
	for i := 0; i < len(d.f); {
		for k < len(ms) && ms[k].End <= i {
			k++
		}
		if k < len(ms) && ms[k].Start <= i {
			i = ms[k].End
			continue
		}
		r, n := rune(0), 3 // (a Han character read in line)
		if wideAt(d.f, i, len(d.f)) {
			r = hanRune(d.f, i)
		} else {
			r, n = decodeRune(d.f[i:])
		}
		hi := len(d.f)
		if k < len(ms) {
			hi = ms[k].Start
		}
		found := false
		var cs []cand
		if firsts[r>>6&15]&(1<<(r&63)) != 0 {
			cs = byTwo[twoRunes(d.f[i:])]
		}
		for _, c := range cs {
			d.work++
			e := i + len(c.name)
			if e > hi || !strings.HasPrefix(d.f[i:], c.name) {
				continue
			}
			if (runeCount(c.name) == 2 || c.sp.Kind == Organization) && !d.verbSoon(e) {
				continue
			}
			out = append(out, mention{Span{i, e}, c.sp})
			i, found = e, true
			break
		}
		if !found {
			i += n
			// Han characters that start no name, before the next
			// mention: the loop would only step over them (its mention
			// k stays, as it ends after them).
			for i < hi && (k == len(ms) || ms[k].End > i) && hanAt(d.f, i, len(d.f)) {
				if r := hanRune(d.f, i); firsts[r>>6&15]&(1<<(r&63)) != 0 {
					break
				}
				i += 3
			}
		}
	}
	if len(out) == len(ms) {
		return ms
	}
	sortMentions(out)
	return out
}

// nameStarts returns where the first characters of the names stand in
// the folded text, in order, found by one search for each distinct first
// character: where there are few of them (four at most), cheaper than
// reading every character. ok is false otherwise, and for text that is
// not valid UTF-8. In valid UTF-8 with mentions on character boundaries
// (as mentions keeps them) the places a character's bytes stand are
// exactly the places where the scan of addMissed, stepping from boundary
// to boundary, reads that character.
func (q *quoteFinder) nameStarts(all []struct {
	name string
	sp   *Speaker
}) ([]int, bool) {
	d := q.d
	if !d.valid {
		return nil, false
	}
	var firsts [4]string
	nf := 0
	for _, c := range all {
		_, n := decodeRune(c.name)
		f := c.name[:n]
		if slices.Contains(firsts[:nf], f) {
			continue
		}
		if nf == len(firsts) {
			return nil, false
		}
		firsts[nf] = f
		nf++
	}
	var at []int
	for _, f := range firsts[:nf] {
		for pos := 0; ; {
			j := hanstr.Index(d.f[pos:], f)
			if j < 0 {
				break
			}
			at = append(at, pos+j)
			pos += j + len(f)
		}
	}
	slices.Sort(at)
	return at, true
}

// verbSoon reports whether a speech verb follows e with only adverbials
// and frames between (今天也表示, 在記者會上說).
func (d *doc) verbSoon(e int) bool {
	for j, runes := e, 0; j < len(d.f) && runes <= 12; runes++ {
		if d.verbAt(j) != "" {
			return d.trimTail(e, j) == e
		}
		r, n := decodeRune(d.f[j:])
		if isPunct(r) || r == '\n' || closerOf(r) != 0 {
			return false
		}
		j += n
	}
	return false
}

// notAfterName are the characters that do not end a person's name when
// they follow it at every mention: function words, adverbs, time words and
// the first characters of speech verbs.
const notAfterName = "的之和与及兼暨等是在对向于跟给被将也亦则还又更都均再并曾已就仍便才另同首仅只竟把今昨前后周星日月年时上下午晚早说称表指强认坦透宣声承否直笑答问回续补而却自戏痛怒接道讲谈告喊批呼吁警重为以从由经当这那其该他她它们我你"

// followers returns, for each person whose two-character name the entity
// stage found at two mentions or more and always followed by the same
// character, that character: the name lost its last character at every
// mention (a three-character name found as its first two). Not a
// function word, an adverb or a verb's first character, and not the start
// of a title or a role (王強部長, 李明總理).
func (q *quoteFinder) followers(ms []mention) map[*Speaker]string {
	d := q.d
	next := map[*Speaker]string{}
	count := map[*Speaker]int{}
	for _, m := range ms {
		if m.sp.Kind != Person || runeCount(d.f[m.Start:m.End]) != 2 {
			continue
		}
		if !strings.ContainsFunc(d.f[m.Start:m.End], func(r rune) bool { return !isHanRune(r) }) {
			r, n := decodeRune(d.f[m.End:])
			c := ""
			if isHanRune(r) && !notAfterNameSet.has(r) && !q.titleAt(m.End) {
				c = d.f[m.End : m.End+n]
			}
			if prev, ok := next[m.sp]; ok && prev != c {
				c = ""
			}
			next[m.sp] = c
			count[m.sp]++
		}
	}
	for sp, c := range next {
		if c == "" || count[sp] < 2 {
			delete(next, sp)
		}
	}
	return next
}

// titleAt reports whether a title or a role word starts at i (部長, 總理,
// 先生, 議員).
func (q *quoteFinder) titleAt(i int) bool {
	t := q.d.f[i:]
	for _, w := range titleWords() {
		if w != "长" && strings.HasPrefix(t, w) {
			return true
		}
	}
	for _, w := range roleHeads() {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	for _, w := range []string{"先生", "女士", "小姐", "太太", "夫人", "本人", "一家", "家族", "家人", "团队", "阵营", "政府", "当局", "时期", "时代", "任内"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// linkShort points the person mentions written as a short form to the
// person whose name the text writes in full: a run-on adverb is taken off
// (林陳又 → 林陳), and a name of two characters or more that begins
// exactly one longer person name, written before it outside the headline,
// stands for that person (a double surname, 林陳 for 林陳美華).
func (q *quoteFinder) linkShort(ms []mention) []mention {
	d := q.d
	type whole struct {
		name  string // folded
		sp    *Speaker
		first int
	}
	var wholes []whole
	at := map[*Speaker]int{}
	for _, m := range ms {
		if m.sp.Kind != Person {
			continue
		}
		name := d.f[m.Start:m.End]
		if runeCount(name) < 3 {
			continue
		}
		if k, ok := at[m.sp]; ok {
			if wholes[k].name != name && !strings.HasPrefix(wholes[k].name, name) && strings.HasPrefix(name, wholes[k].name) {
				wholes[k].name = name
			}
			continue
		}
		at[m.sp] = len(wholes)
		wholes = append(wholes, whole{name, m.sp, m.Start})
	}
	// A name run on over an adverb (林陳又) is no whole name.
	const runOn = "又也亦则还都就再并曾已仍便才更均"
	kept := wholes[:0:0]
	for _, w := range wholes {
		r, rn := decodeLastRune(w.name)
		short := w.name[:len(w.name)-rn]
		if strings.ContainsRune(runOn, r) && slices.ContainsFunc(wholes, func(x whole) bool {
			return x.sp != w.sp && len(x.name) > len(short) && strings.HasPrefix(x.name, short) && x.name != w.name
		}) {
			continue
		}
		kept = append(kept, w)
	}
	wholes = kept
	if len(wholes) == 0 {
		return ms
	}
	names := map[string]bool{}
	var lengths []int // the byte lengths of names, ascending
	for _, m := range ms {
		if m.sp.Kind == Person && d.runeCount(m.Start, m.End) >= 2 {
			n := d.f[m.Start:m.End]
			if !names[n] {
				names[n] = true
				if k, ok := slices.BinarySearch(lengths, len(n)); !ok {
					lengths = slices.Insert(lengths, k, len(n))
				}
			}
		}
	}
	// startsWithName looks up each prefix of s as long as a name.
	startsWithName := func(s string) bool {
		for _, n := range lengths {
			if n > len(s) {
				break
			}
			if names[s[:n]] {
				return true
			}
		}
		return false
	}
	// The whole names by their first two characters: a name that t (two
	// characters or more) begins starts with the same two.
	byStart := map[string][]int{}
	all := make([]int, len(wholes))
	for k, w := range wholes {
		two := twoRunes(w.name)
		byStart[two] = append(byStart[two], k)
		all[k] = k
	}
	headEnd := d.paras[0].End
	longer := func(t string, sp *Speaker, pos int) *Speaker {
		var found *Speaker
		cands := byStart[twoRunes(t)]
		if twoRunes(t) == "" {
			cands = all // (not reached: t has two characters or more)
		}
		for _, k := range cands {
			w := wholes[k]
			d.work++
			if w.sp == sp || len(w.name) <= len(t) || !strings.HasPrefix(w.name, t) {
				continue
			}
			// A full name of three characters or more is short for a
			// longer one only before a name dot (薩米亞 for 薩米亞·侯賽因),
			// and no name is short for a run of names written together
			// (李明王強).
			rest := w.name[len(t):]
			if r, _ := decodeRune(rest); runeCount(t) >= 3 && !isNameDot(r) || startsWithName(rest) {
				continue
			}
			if w.first > pos && pos >= headEnd {
				continue
			}
			if found != nil && found != w.sp {
				return nil // two people it may stand for
			}
			found = w.sp
		}
		return found
	}
	for k := range ms {
		m := &ms[k]
		if m.sp.Kind != Person {
			continue
		}
		t := d.f[m.Start:m.End]
		n := runeCount(t)
		if n < 2 || n > 4 {
			continue
		}
		// A name run on over an adverb: 林陳又說.
		if r, rn := decodeLastRune(t); n >= 3 && strings.ContainsRune(runOn, r) {
			short := t[:len(t)-rn]
			w := longer(short, m.sp, m.Start)
			for _, x := range wholes {
				if x.name == short && x.sp != m.sp {
					w = x.sp
				}
			}
			if w != nil {
				m.End -= rn
				m.sp = w
				continue
			}
		}
		if w := longer(t, m.sp, m.Start); w != nil {
			m.sp = w
		}
	}
	return ms
}
