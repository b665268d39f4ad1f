package dict

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zhpipe/zhpipe/dict/segtag"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// lexRef is Lex as it was before the word flag: each step checks the
// slot's value.
func (s *Set) lexRef(text []rune, lex []segtag.Lex) {
	clear(lex[:len(text)])
	t := s.trie
	for i := range text {
		slot := uint32(0)
		for j := i; j < len(text) && j-i < t.maxRunes; j++ {
			var ok bool
			if slot, ok = t.child(slot, text[j]); !ok {
				break
			}
			if _, _, word := t.value(slot); !word {
				continue
			}
			n := uint8(min(j-i+1, segtag.MaxLex))
			lex[i].Start = max(lex[i].Start, n)
			lex[j].End = max(lex[j].End, n)
			for k := i + 1; k < j; k++ {
				lex[k].Cover = max(lex[k].Cover, n)
			}
		}
	}
}

// TestLexSameAsReference compares Lex with lexRef on sentences written for
// it, the PKU test file (when ../shared is there) and random text.
func TestLexSameAsReference(t *testing.T) {
	s := testSet(t)
	lines := []string{
		"中华人民共和国国务院总理在北京人民大会堂会见了来访的外国客人",
		"南京市长江大桥于一九六八年建成通车",
		"研究生命起源的科学家们发表了新的研究成果",
		"他说的确实在理，结婚的和尚未结婚的都应该参加",
		"澳门特别行政区政府的代表和文山壮族苗族自治州的代表讨论了中华人民共和国宪法",
	}
	written := len(lines)
	if d := shared.Dir(); d != "" {
		if data, err := os.ReadFile(shared.Path(t, "eval", "sighan2005", "testing", "pku_test.utf8")); err == nil {
			lines = append(lines, strings.FieldsFunc(string(data), unicode.IsSpace)...)
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	pool := []rune("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严")
	for range 2000 {
		rs := make([]rune, 1+rng.IntN(40))
		for k := range rs {
			rs[k] = pool[rng.IntN(len(pool))]
		}
		lines = append(lines, string(rs))
	}
	chars, words := 0, 0
	var sc lexScratch
	for li, line := range lines {
		rs := []rune(line)
		// dictTags on words cut at random, against DictTag (words longer
		// than maxTagged now and then).
		s.lexCodes(rs, make([]segtag.Lex, len(rs)), &sc)
		var lens []int
		for left := len(rs); left > 0; {
			l := min(left, 1+rng.IntN(4))
			if rng.IntN(8) == 0 {
				l = min(left, 1+rng.IntN(2*maxTagged))
			}
			lens = append(lens, l)
			left -= l
		}
		pos := 0
		for k, tag := range s.dictTags(lens, nil, &sc) {
			if want := s.DictTag(rs[pos : pos+lens[k]]); tag != want {
				t.Fatalf("dictTags(%q) word %d = %q; DictTag gives %q", line, k, tag, want)
			}
			pos += lens[k]
		}
		// And every word of up to 2×maxTagged characters of the written
		// sentences and the first lines of the PKU file.
		if li < written+200 {
			for i := range rs {
				for l := 1; l <= 2*maxTagged && i+l <= len(rs); l++ {
					lens = append(lens[:0], i, l, len(rs)-i-l)
					if got, want := s.dictTags(lens, nil, &sc)[1], s.DictTag(rs[i:i+l]); got != want {
						t.Fatalf("dictTags(%q) word %q = %q; DictTag gives %q", line, string(rs[i:i+l]), got, want)
					}
				}
			}
		}
		got, want := make([]segtag.Lex, len(rs)), make([]segtag.Lex, len(rs))
		s.Lex(rs, got)
		s.lexRef(rs, want)
		if !slices.Equal(got, want) {
			t.Fatalf("Lex(%q) = %v; the reference gives %v", line, got, want)
		}
		chars += len(rs)
		// And DictTag of every substring of up to 8 characters.
		for i := range rs {
			for j := i + 1; j <= min(len(rs), i+8); j++ {
				if got, want := s.DictTag(rs[i:j]), s.dictTagRef(rs[i:j]); got != want {
					t.Fatalf("DictTag(%q) = %q; the reference gives %q", string(rs[i:j]), got, want)
				}
				words++
			}
		}
	}
	t.Logf("%d characters and %d substrings the same", chars, words)
}

// dictTagRef is DictTag as it was before the tags in the checks: the tag of
// the slot's value.
func (s *Set) dictTagRef(w []rune) string {
	slot, ok := s.trie.walk(string(w))
	if !ok || len(w) == 0 {
		return ""
	}
	if _, tag, ok := s.trie.value(slot); ok {
		return s.trie.tags[tag]
	}
	return ""
}
