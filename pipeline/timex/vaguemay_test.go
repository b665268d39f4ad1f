package timex

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// checkVagueMay compares, at every rune of s, vagueMay with what vague
// reads there after a year, a month of a year and a month alone: vagueMay
// must hold exactly where vague reads something.
func checkVagueMay(t *testing.T, s string) {
	t.Helper()
	fields := []struct{ y, mo, d int }{{2024, -1, -1}, {2024, 3, -1}, {-1, 11, -1}, {2024, 3, 5}}
	for _, ref := range []Reference{{Date: time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC)}, {}} {
		p := newParser(s, ref)
		for i := 0; i <= p.n(); i++ {
			for _, f := range fields {
				b := newPt()
				b.y, b.mo, b.d = f.y, f.mo, f.d
				may := p.vagueMay(i, &b)
				c := b
				got := p.vague(i, &c) > i
				if f.y >= 0 && may != got || f.y < 0 && got && !may {
					t.Errorf("%q at %d (%q) after %+v: vagueMay %v, vague reads %v", s, i, string([]rune(s)[i:]), f, may, got)
				}
			}
		}
	}
}

// TestVagueMayIsVague checks vagueMay against vague on sentences written
// for the quarters and parts of a year or month, on words that begin as
// they do (首先, 首都, 第一年, 前三名) and on random mixtures.
func TestVagueMayIsVague(t *testing.T) {
	sentences := []string{
		"第三季度，三季度，一季度末，首季度，Q1，q4，前三季度，一、二季度，第二、三季度，二和三季度，三及四季度。",
		"首先，首都，第一年，前三名，第五季度，一季，Q5，Q，前首季，第首季度，第一、三季度，一、二、三、四季度初。",
		"年底，底，年末，末，年尾，尾，年初，初，伊始，年中，上半年，下半年，前半年，后半年，年内，内地，内阁，全年。",
		"上旬，中旬，下旬，上中旬，中下旬，上半月，下半月，月尾，月初，月中，中，月底，末，第3季度，4季度，２季度。",
		"Q首季度，q一季度，2季3季，前4季度，第１，第十季度，前二季度初，一季度初，四季度末，第一季度中。",
	}
	for _, s := range sentences {
		checkVagueMay(t, s)
	}
	pieces := []string{"年", "月", "内", "上", "下", "中", "旬", "半", "底", "初", "末", "尾", "季度", "季", "个", "第", "首", "前", "后",
		"Q", "q", "一", "二", "三", "四", "五", "1", "4", "7", "、", "和", "及", "，", "先", "都", "伊始", "全"}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 400; n++ {
		var sb strings.Builder
		for k := rng.Intn(12) + 1; k > 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkVagueMay(t, sb.String())
	}
}

// TestWeekFailsUntouched checks that week, where it reads nothing (周恩来,
// 周围, 今周, 周年), has not read the reference, and that where it reads a
// week it gives what it gives against each reference.
func TestWeekFailsUntouched(t *testing.T) {
	s := "周恩来，周围，周刊，今周，三周年，周三次，周一个，周末，上周，下个星期三，这礼拜，星期 4，上周三，本周，今个周，礼拜天，周知，上下周"
	for _, ref := range memoRefs {
		p := newParser(s, ref)
		for i := 0; i < p.n(); i++ {
			b := newPt()
			p.touched = false
			if k := p.week(i, &b); k == i && (p.touched || !b.empty()) {
				t.Errorf("week at %d (%q) read nothing but touched the reference or the fields", i, string([]rune(s)[i:]))
			} else if k > i && !p.touched {
				t.Errorf("week at %d (%q) read %q without the reference", i, string([]rune(s)[i:]), string([]rune(s)[i:k]))
			}
		}
	}
}
