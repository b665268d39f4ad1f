// Package detect decides from a text itself whether it is written in
// Traditional or Simplified characters (or a mix) and whether its wording is
// Taiwan's, Hong Kong's or the mainland's, and picks the OpenCC config that
// turns it into Simplified for the rest of the pipeline. It reads the text
// (or its first 100 KB) once, looking each character up in per-character
// tables: whether t2s or s2t changes it, and whether a regional word starts
// with it.
package detect

import (
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

// Converter tells which characters a conversion changes: t2s and s2t tell
// which characters belong to one script only. *convert.Converter answers
// from its compiled per-character table.
type Converter interface {
	// Changes reports whether the conversion turns the code point r,
	// standing alone, into something else.
	Changes(r rune) bool
}

// Result is what Detect found, with the evidence counted.
type Result struct {
	Script           pipeline.Script
	Region           pipeline.Region
	TraditionalChars int // characters that t2s changes
	SimplifiedChars  int // characters that s2t changes
	TW, HK, CN       int // regional vocabulary hits
}

// sample bounds the work on large texts: script and region show in the
// first hundred thousand bytes of any real article.
const sample = 100_000

// Detect counts script-specific characters (those that t2s, or s2t,
// changes) and regional vocabulary in one pass over the text, or over its
// first sample bytes.
func Detect(text string, t2s, s2t Converter) Result {
	if len(text) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var res Result
	vocab := regionalVocabulary()
	var counts [numRegions]int
	var lastEnd []int // per word: where its last counted occurrence ended
	flags := flagsFor(t2s, s2t)
	for i, r := range text {
		var f uint8
		if flags != nil && r < 0x10000 {
			f = flags[r]
		} else {
			f = runeFlags(r, t2s, s2t, vocab)
		}
		if f == 0 {
			continue
		}
		if f&flagTrad != 0 {
			res.TraditionalChars++
		}
		if f&flagSimp != 0 {
			res.SimplifiedChars++
		}
		if f&flagWord == 0 {
			continue
		}
		ws := vocab.starting(r)
		if lastEnd == nil {
			lastEnd = make([]int, len(vocab.words))
		}
		// As strings.Count per word: occurrences that do not overlap an
		// earlier counted one of the same word.
		for _, w := range ws {
			word := &vocab.words[w]
			if i >= lastEnd[w] && strings.HasPrefix(text[i:], word.text) {
				counts[word.region]++
				lastEnd[w] = i + len(word.text)
			}
		}
	}
	trad, simp := res.TraditionalChars, res.SimplifiedChars
	switch {
	case trad == 0 && simp == 0:
		res.Script = pipeline.ScriptUnknown
	case trad >= 4*simp:
		res.Script = pipeline.Traditional
	case simp >= 4*trad:
		res.Script = pipeline.Simplified
	default:
		res.Script = pipeline.Mixed
	}
	res.TW, res.HK, res.CN = counts[regionTW], counts[regionHK], counts[regionCN]
	switch {
	case res.TW > res.HK && res.TW > res.CN:
		res.Region = pipeline.Taiwan
	case res.HK > res.TW && res.HK > res.CN:
		res.Region = pipeline.HongKong
	case res.CN > res.TW && res.CN > res.HK:
		res.Region = pipeline.Mainland
	case res.Script == pipeline.Simplified:
		res.Region = pipeline.Mainland
	}
	// Mainland wording in Traditional characters (a converted mainland
	// text) is still best read back with plain t2s.
	return res
}

// Per-character flags: t2s changes it, s2t changes it, a regional word
// starts with it.
const (
	flagTrad = 1 << iota
	flagSimp
	flagWord
)

// runeFlags computes r's flags from the converters and the vocabulary.
func runeFlags(r rune, t2s, s2t Converter, vocab *vocabulary) uint8 {
	var f uint8
	if t2s.Changes(r) {
		f |= flagTrad
	}
	if s2t.Changes(r) {
		f |= flagSimp
	}
	if vocab.starting(r) != nil {
		f |= flagWord
	}
	return f
}

// flagTable holds runeFlags for every code point of the Basic
// Multilingual Plane, so that Detect reads one byte per character instead
// of asking both converters and the vocabulary.
type flagTable [0x10000]uint8

// converterPair keys the flag tables: a pair of converters, both pointers.
type converterPair struct{ t2s, s2t Converter }

// flagTables caches one flagTable per converter pair (a process has one
// or two pairs). Converters are immutable, so a table never goes stale.
var flagTables sync.Map // converterPair -> *flagTable

// flagsFor returns the flag table of the pair, built on first use, or nil
// when a converter is not a pointer (no identity to key a cache by): then
// Detect asks the converters character by character.
func flagsFor(t2s, s2t Converter) *flagTable {
	if !isPointer(t2s) || !isPointer(s2t) {
		return nil
	}
	key := converterPair{t2s, s2t}
	if t, ok := flagTables.Load(key); ok {
		return t.(*flagTable)
	}
	vocab := regionalVocabulary()
	t := new(flagTable)
	for r := range rune(len(t)) {
		t[r] = runeFlags(r, t2s, s2t, vocab)
	}
	actual, _ := flagTables.LoadOrStore(key, t)
	return actual.(*flagTable)
}

func isPointer(c Converter) bool {
	v := reflect.ValueOf(c)
	return v.IsValid() && v.Kind() == reflect.Pointer && !v.IsNil()
}

// Config returns the OpenCC config that converts a text of this script and
// region to Simplified, or "none" when it already is.
func (r Result) Config() string {
	switch r.Script {
	case pipeline.Simplified, pipeline.ScriptUnknown:
		return "none"
	}
	switch r.Region {
	case pipeline.Taiwan:
		return "tw2sp"
	case pipeline.HongKong:
		return "hk2s"
	}
	return "t2s"
}

const (
	regionTW = iota
	regionHK
	regionCN
	numRegions
)

// vocabulary is the regional vocabulary indexed by first character: for
// a code point of the Basic Multilingual Plane, slot gives 1 + the number
// of its list in lists (0: no word starts with it); a map lists the words
// of the other code points.
type vocabulary struct {
	words []regionalWord
	slot  [0x10000]uint8
	lists [][]int
	by    map[rune][]int
}

type regionalWord struct {
	text   string
	region int
}

// starting returns the words that start with r.
func (v *vocabulary) starting(r rune) []int {
	if r < 0x10000 {
		if i := v.slot[r]; i != 0 {
			return v.lists[i-1]
		}
		return nil
	}
	return v.by[r]
}

// regionalVocabulary indexes the word lists once per process.
var regionalVocabulary = sync.OnceValue(func() *vocabulary {
	v := &vocabulary{by: map[rune][]int{}}
	for region, list := range [numRegions][]string{regionTW: twWords, regionHK: hkWords, regionCN: cnWords} {
		for _, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			v.by[r] = append(v.by[r], len(v.words))
			v.words = append(v.words, regionalWord{w, region})
		}
	}
	for r, ws := range v.by {
		if r < 0x10000 {
			if len(v.lists) == 255 {
				panic("detect: more than 255 first characters in the regional vocabulary")
			}
			v.lists = append(v.lists, ws)
			v.slot[r] = uint8(len(v.lists))
		}
	}
	return v
})

// Regional vocabulary: words one region uses where the others say something
// else (written by us from common usage; both scripts where a word is
// written in both).
var (
	twWords = []string{
		"軟體", "软体", "資料庫", "晶片", "川普", "網路", "网路", "程式", "資訊", "资讯", "影片",
		"品質", "人工智慧", "螢幕", "伺服器", "記憶體", "數位", "数位", "網際網路",
		"計程車", "捷運", "民國", "臺灣", "台灣", "部落格", "簡訊", "行動電話", "列印", "硬碟",
		"滑鼠", "範例", "預設", "檔案", "介面", "訊息", "鮭魚", "奈米", "雷射", "賓士", "紐西蘭",
		"雪梨", "義大利", "寮國", "衣索比亞", "龐佩奧", "范斯", "馬克宏", "梅克爾",
		"立法院", "行政院", "國防部長", "總統府", "新臺幣", "新台幣", "中共", "陸委會", "國軍",
	}
	hkWords = []string{
		"軟件", "特朗普", "的士", "巴士", "港府", "立法會", "港元", "港幣", "數碼", "網絡",
		"特區政府", "行政長官", "特首", "屋邨", "私家車", "咗", "嘅", "唔", "佢", "喺", "冇",
		"蓬佩奧", "馬克龍", "默克爾", "朗拿度", "萬斯", "警務處", "廉政公署", "新界", "九龍",
		"港島", "資訊科技", "電郵", "手提電話", "升降機",
	}
	cnWords = []string{
		"软件", "特朗普", "数据", "芯片", "网络", "人工智能", "信息", "视频", "质量", "屏幕",
		"服务器", "内存", "数字化", "互联网", "出租车", "地铁", "鼠标", "默认", "文件", "界面",
		"纳米", "激光", "新西兰", "悉尼", "意大利", "蓬佩奥", "马克龙", "默克尔", "万斯",
		"国务院", "党中央", "人民币", "全国人大", "总书记", "我国", "两会", "十四五",
	}
)
