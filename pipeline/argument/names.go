package argument

import (
	"strings"
	"unicode"
)

// This file makes whole the names of speakers that the entity stage cut
// short or ran on, from the text around them, and names the speakers that
// only the text gives.

// named returns the speaker that the text names s (as written), of kind k:
// one Speaker per distinct name and kind, so that two mentions of 電視台記者
// are one speaker.
func (q *quoteFinder) named(s Span, k SpeakerKind) mention {
	name := q.d.text[s.Start:s.End]
	key := string(rune('0'+k)) + name
	sp, ok := q.byName[key]
	if !ok {
		sp = &Speaker{Name: name, Kind: k}
		q.byName[key] = sp
	}
	return mention{s, sp}
}

// isNameRune reports whether r may be part of a person's name as written:
// a Han character, a Latin letter (邁克爾·J·克拉茨奧斯) or a name separator.
func isNameRune(r rune) bool {
	return isHanRune(r) || isNameDot(r) || r < 128 && unicode.IsLetter(r)
}

// isNameDot reports whether r separates the parts of a transliterated
// name (約翰‧史密斯, 戴維·O·薩克斯).
func isNameDot(r rune) bool {
	switch r {
	case '·', '‧', '•', '・', '﹒', '･':
		return true
	}
	return false
}

// isNameHyphen reports whether r joins the parts of a double name
// (羅德里格斯-加西亞); it counts only in a name that has a separator dot.
func isNameHyphen(r rune) bool {
	return r == '-' || r == '－' || r == '‐'
}

// notInName are characters that end or start a clause part rather than a
// name: function words, adverbs, time words and the first characters of
// speech verbs (李明直說, 川普則暗示, 王強今天表示).
const notInName = "的之和与及兼暨等是在对向于跟给被将也亦则还又更都均再并曾已就仍便才另同首仅只光竟把今昨前后周星日月年时上下午晚早说称表指强认坦透宣声承否直笑答问回续补只而却竟自戏痛怒接说道讲谈告喊批称呼吁警重透曾为以把从由经当这那其该他她它们我你长员人官师家者委使士生主任总副现新老小大女男"

// notInNameSet, notBeforeNameSet and notAfterNameSet hold the runes of
// notInName, notBeforeName and notAfterName.
var notInNameSet, notBeforeNameSet, notAfterNameSet = newRuneBits(notInName), newRuneBits(notBeforeName), newRuneBits(notAfterName)

// notBeforeName are characters that do not begin a name cut after its
// title: function words and the last characters of titles.
const notBeforeName = "的之和与及兼暨等是在对向于跟给被将也则还又都并曾已就今昨前后这那其该他她它们我你长员人官师家者委使士生主任总副现"

// fixNames makes whole the person mentions that the entity stage cut
// short or ran on, from the text around them:
//   - a weekday glued to the name is taken off (王建周三 → 王建);
//   - the parts of a transliterated name are joined (‧史密斯 → 約翰‧史密斯);
//   - a name cut after its title is extended back to the title
//     (知名經濟學者歐陽振華 found as 振華);
//   - a name that lost its last character before the verb is extended
//     (a four-character Japanese name found as its first three), and so
//     is a two-character name followed by the same character at every
//     mention (followers).
//
// A corrected mention names a speaker that only the text names.
func (q *quoteFinder) fixNames(ms []mention) []mention {
	d := q.d
	out := make([]mention, 0, len(ms))
	whole := newWholeIndex(wholeNames(ms))
	follow := q.followers(ms)
	for k, m := range ms {
		if m.sp.Kind != Person {
			out = append(out, m)
			continue
		}
		if w, ok := q.knownWhole(m, ms, k, whole); ok {
			out = append(out, w)
			continue
		}
		if w, ok := q.afterHonorific(m, ms, k); ok {
			out = append(out, w)
			continue
		}
		s, e := m.Start, m.End
		lo := 0
		if k > 0 {
			lo = ms[k-1].End
		}
		hi := len(d.f)
		if k+1 < len(ms) {
			hi = ms[k+1].Start
			// The next part of the same name, found as a name of its own:
			// 卡洛斯·羅德里格斯-加西亞 found as 卡洛斯·羅德里格斯 and 加西亞.
			if r, n := decodeRune(d.f[e:]); (isNameDot(r) || isNameHyphen(r) && strings.ContainsFunc(d.f[s:e], isNameDot)) &&
				e+n == ms[k+1].Start && ms[k+1].sp.Kind == Person {
				hi = ms[k+1].End
			}
		}
		// A weekday glued on: 王建周三, 林志遠周一.
		if r, n := decodeLastRune(d.f[s:e]); r == '周' && runeCount(d.f[s:e-n]) >= 2 {
			if r2, _ := decodeRune(d.f[e:]); strings.ContainsRune("一二三四五六日天末", r2) {
				e -= n
			}
		}
		// The other parts of a transliterated name.
		for s > lo {
			r, n := decodeLastRune(d.f[lo:s])
			if !isNameDot(r) {
				break
			}
			j, parts := s-n, 0
			for j > lo && parts < 8 {
				if parts > 0 && isTitle(d.f[max(lo, j-30):j]) {
					break // 美國國務卿約翰‧史密斯: the title is not the name
				}
				r2, n2 := decodeLastRune(d.f[lo:j])
				if !isNameRune(r2) || isNameDot(r2) || notInNameSet.has(r2) && parts > 0 && r2 != '尔' {
					break
				}
				j -= n2
				parts++
			}
			if parts == 0 {
				break
			}
			s = j
		}
		for e < hi {
			r, n := decodeRune(d.f[e:hi])
			if !isNameDot(r) && !(isNameHyphen(r) && strings.ContainsFunc(d.f[s:e], isNameDot)) {
				break
			}
			j, parts := e+n, 0
			for j < hi && parts < 8 {
				r2, n2 := decodeRune(d.f[j:hi])
				if !isNameRune(r2) || isNameDot(r2) || notInNameSet.has(r2) && !unicode.IsLetter(r2) {
					break
				}
				j += n2
				parts++
			}
			if parts == 0 {
				break
			}
			e = j
		}
		if s == m.Start && e == m.End && !isTitle(d.f[max(lo, s-30):s]) {
			// A name cut after its title: one or two characters between a
			// title word and the mention (not a title's own end: 助理山田太郎).
			j := s
			for n := 1; n <= 2 && j > lo; n++ {
				r, rn := decodeLastRune(d.f[lo:j])
				if !isHanRune(r) || notBeforeNameSet.has(r) {
					break
				}
				j -= rn
				if isTitle(d.f[max(lo, j-30):j]) {
					s = j
					break
				}
			}
		}
		if c, ok := follow[m.sp]; ok && s == m.Start && e == m.End && d.runeCount(s, e) == 2 && strings.HasPrefix(d.f[e:hi], c) {
			e += len(c) // cut short the same way at every mention
		}
		if s == m.Start && e == m.End && d.runeCount(s, e) >= 2 && d.runeCount(s, e) <= 3 && !strings.ContainsFunc(d.f[s:e], isNameDot) {
			// A name that lost its last character: one character, then
			// the verb or the clause's end.
			r, n := decodeRune(d.f[e:hi])
			if isHanRune(r) && !notInNameSet.has(r) && e+n <= hi {
				r2, _ := decodeRune(d.f[e+n:])
				if d.verbAt(e+n) != "" || isClauseEnd(r2) || r2 == '（' || r2 == '(' {
					e += n
				}
			}
		}
		if s == m.Start && e == m.End {
			out = append(out, m)
			continue
		}
		out = append(out, q.named(Span{s, e}, Person))
	}
	sortMentions(out)
	res := out[:0]
	for _, m := range out {
		if len(res) > 0 && m.Start < res[len(res)-1].End {
			continue
		}
		res = append(res, m)
	}
	return res
}

// wholeNames returns the distinct person speakers of ms with names of at
// least three characters, in order of first mention.
func wholeNames(ms []mention) []*Speaker {
	var out []*Speaker
	seen := map[*Speaker]bool{}
	for _, m := range ms {
		if m.sp.Kind == Person && !seen[m.sp] && runeCount(m.sp.Name) >= 3 {
			seen[m.sp] = true
			out = append(out, m.sp)
		}
	}
	return out
}

// knownWhole makes whole a person mention that the entity stage cut short
// at either end where the text names the person whole elsewhere (柯林頓
// found as 林頓 in 「…」柯林頓說): the longest known name that contains the
// mention and stands in the text around it, between the neighbouring
// mentions (the first such of whole, at the latest start). The mention
// then goes to that person. The names are looked up by the two characters
// at each place the name may start, not compared one by one.
func (q *quoteFinder) knownWhole(m mention, ms []mention, k int, whole *wholeIndex) (mention, bool) {
	d := q.d
	lo, hi := 0, len(d.text)
	if k > 0 {
		lo = ms[k-1].End
	}
	if k+1 < len(ms) {
		hi = ms[k+1].Start
	}
	cut := d.text[m.Start:m.End]
	var best mention
	bestAt := -1 // best's place in whole
	for s := m.Start; s >= lo && s >= 0 && s >= m.End-whole.longest; s-- {
		for _, i := range whole.byStart[twoRunes(d.text[s:])] {
			d.work++
			sp := whole.names[i]
			name := sp.Name
			e := s + len(name)
			if sp == m.sp || len(name) <= len(cut) || e < m.End || e > hi || d.text[s:e] != name {
				continue
			}
			if n := best.End - best.Start; len(name) > n || len(name) == n && i < bestAt {
				best, bestAt = mention{Span{s, e}, sp}, i
			}
		}
	}
	return best, best.sp != nil
}

// wholeIndex holds the whole names of people (see wholeNames) by their
// first two characters, for knownWhole.
type wholeIndex struct {
	names   []*Speaker
	byStart map[string][]int // places in names
	longest int              // bytes
}

func newWholeIndex(names []*Speaker) *wholeIndex {
	ix := &wholeIndex{names: names, byStart: map[string][]int{}}
	for i, sp := range names {
		if k := twoRunes(sp.Name); k != "" {
			ix.byStart[k] = append(ix.byStart[k], i)
			ix.longest = max(ix.longest, len(sp.Name))
		}
	}
	return ix
}

// twoRunes returns the first two runes of s, or "" when s has fewer.
func twoRunes(s string) string {
	_, n := decodeRune(s)
	if n == len(s) {
		return ""
	}
	_, n2 := decodeRune(s[n:])
	return s[:n+n2]
}

// honorifics are the Malaysian titles of honour written before a name
// (衛生部長拿督斯里某某), longest first.
func honorifics() []string { return honorificsList }

var honorificsList = []string{"拿督斯里", "丹斯里", "拿督", "拿汀"}

// afterHonorific reads a person mention that opens with a title of honour,
// or follows one, and was cut inside the long name after it (拿督斯里某某
// or 某某 for 拿督斯里某某某某): the name without the honorific, run on over name characters up
// to a speech verb, a particle or punctuation (at most eight characters).
func (q *quoteFinder) afterHonorific(m mention, ms []mention, k int) (mention, bool) {
	d := q.d
	t := d.f[m.Start:m.End]
	s := -1
	for _, h := range honorifics() {
		if strings.HasPrefix(t, h) && len(t) > len(h) {
			s = m.Start + len(h)
			break
		}
		if strings.HasSuffix(d.f[:m.Start], h) {
			s = m.Start // the honorific left out of the mention: 拿督斯里[某某]某某
			break
		}
	}
	if s < 0 {
		return mention{}, false
	}
	hi := len(d.f)
	if k+1 < len(ms) {
		hi = ms[k+1].Start
	}
	e := m.End
	for e < hi && d.runeCount(s, e) < 8 && d.verbAt(e) == "" {
		r, n := decodeRune(d.f[e:hi])
		if !isHanRune(r) || notInNameSet.has(r) {
			break
		}
		e += n
	}
	return q.named(Span{s, e}, Person), true
}
