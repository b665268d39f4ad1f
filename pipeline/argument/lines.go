package argument

import (
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// lineLists builds unmarked lists of lines introduced by a line ending in
// a colon (…應符合下列條件：\nA。\nB。): the lines after it that are
// short (at most 100 characters and two sentences), end alike (。 or ；,
// the last of a run of ；-lines in 。, or no punctuation at all:
// 得獎名單如下：\n最佳影片：甲\n最佳導演：乙),
// open with no marker, no quotation mark and no heading, up to twelve.
// Two lines at least make a list. A colon line that introduces speech
// (他說：) or a line running into a long paragraph introduces no list.
// taken marks the paragraphs already items of a list; starts the
// paragraphs opening with a marker.
func (d *doc) lineLists(taken map[int]bool, starts map[int]string) []*built {
	var out []*built
	for pi := 0; pi+2 < len(d.paras); pi++ {
		p := d.paras[pi]
		last, _ := decodeLastRune(d.text[p.Start:p.End])
		if p.heading || last != '：' && last != ':' || d.introducesSpeech(p) || d.introducesText(p) {
			continue
		}
		var items []int
		end := rune(0)
		for q := pi + 1; q < len(d.paras) && len(items) < 12; q++ {
			d.work++
			pq := d.paras[q]
			first, _ := decodeRune(d.f[pq.Start:])
			l, _ := decodeLastRune(d.f[pq.Start:pq.End])
			if l == ';' {
				l = '；'
			}
			if !isPunct(l) && l != '…' {
				l = 'x' // a line without end punctuation (a name, a title)
			}
			if pq.heading || taken[q] || starts[pq.Start] != "" || closerOf(first) != 0 ||
				d.runeCount(pq.Start, pq.End) > 100 || len(pq.sents) > 2 || l != '。' && l != '；' && l != 'x' || end != 0 && l != end && !(end == '；' && l == '。') {
				break
			}
			items = append(items, q)
			if end == '；' && l == '。' {
				break // the last of a run of ；-lines ends in 。
			}
			end = l
		}
		if len(items) < 2 {
			continue
		}
		b := &built{style: "lines", family: "lines", level: "para"}
		b.e.Style = "lines"
		for _, q := range items {
			pq := d.paras[q]
			he := d.clauseEnd(pq.Start, pq.End, true)
			b.e.Items = append(b.e.Items, Item{MarkerStart: pq.Start, MarkerEnd: pq.Start, Head: d.text[pq.Start:he], HeadStart: pq.Start, HeadEnd: he, Start: pq.Start, End: pq.End})
			b.paras = append(b.paras, q)
			taken[q] = true
		}
		out = append(out, b)
		pi = items[len(items)-1]
	}
	return out
}

// introducesSpeech reports whether paragraph p's colon follows a speech
// verb (李明說： / 他表示：) or names a note (編者按：): what follows is a
// quotation or a note, not a list.
func (d *doc) introducesSpeech(p para) bool {
	f := strings.TrimRight(d.f[p.Start:p.End], "：: ")
	for _, v := range []string{"说", "表示", "指出", "强调", "称", "认为", "问", "答", "回答", "写道", "提到", "谈到", "宣布", "致词", "致辞", "讲话",
		"编者按", "编者的话", "按语", "附注", "附言", "注"} {
		if strings.HasSuffix(f, v) {
			return true
		}
	}
	return false
}

// colonItemLines takes the heading shape off short unmarked lines that
// follow, two or more in a row, a line ending in a colon that introduces
// no speech (得獎名單如下：\n最佳影片 甲\n最佳導演 乙): they are the items
// of what the colon announces, not sub-headings. It runs once the
// headings are known (newDoc).
func (d *doc) colonItemLines() {
	for pi := 0; pi+2 < len(d.paras); pi++ {
		p := d.paras[pi]
		last, _ := decodeLastRune(d.text[p.Start:p.End])
		if p.heading || last != '：' && last != ':' || d.introducesSpeech(p) || d.introducesText(p) {
			continue
		}
		q := pi + 1
		for q < len(d.paras) && q-pi <= 12 && d.paras[q].heading && d.headingMarkerLen(d.paras[q].Start, d.paras[q].End) == 0 &&
			!strings.HasPrefix(d.text[d.paras[q].Start:d.paras[q].End], "#") {
			q++
		}
		if q-pi-1 < 2 {
			continue
		}
		for k := pi + 1; k < q; k++ {
			d.paras[k].heading = false
		}
		pi = q - 1
	}
}

// introducesText reports whether paragraph p's colon introduces a text
// given in full (下面是講稿全文：, 原文如下：, 以下為英文翻譯：): its title
// block and paragraphs follow, not a list.
func (d *doc) introducesText(p para) bool {
	f := strings.TrimRight(d.f[p.Start:p.End], "：: ")
	if len(p.sents) > 0 {
		f = strings.TrimRight(d.f[p.sents[len(p.sents)-1].Start:p.End], "：: ")
	}
	if hanstr.Contains(f, "全文") || hanstr.Contains(f, "原文") {
		return true // 下面是演講全文的英譯：
	}
	for _, w := range []string{"译文", "翻译", "译本", "节录如下", "摘录如下"} {
		if strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}
