package argument

import (
	"strings"
	"testing"
)

// TestSuoweiWindow checks that termLike's search for 所謂 in the last 80
// bytes before a quote finds what strings.LastIndex over all the text
// before it finds, wherever that is within 20 characters: at every byte of
// texts we wrote with 所謂 near, at and beyond 20 characters (Han, Latin
// and a rune beyond the BMP between).
func TestSuoweiWindow(t *testing.T) {
	texts := []string{
		"所谓长期视角下的「稳定」，所谓的「改革」是所谓所谓。",
		"所谓" + strings.Repeat("长", 17) + "的「甲」所谓" + strings.Repeat("x", 18) + "的「乙」所谓" + strings.Repeat("𠀀", 17) + "的「丙」所谓" + strings.Repeat("𠀀", 19) + "的「丁」",
		strings.Repeat("所谓", 30) + "的",
	}
	found := 0
	for _, text := range texts {
		d := newDoc(text)
		for open := 0; open <= len(d.f); open++ {
			before := d.f[:open]
			want := strings.LastIndex(before, "所谓")
			if want >= 0 && d.runeCount(want, open) > 20 {
				want = -1
			}
			got := lastIndexFrom(before, "所谓", open-80)
			if got >= 0 && d.runeCount(got, open) > 20 {
				got = -1
			}
			if got != want {
				t.Fatalf("所谓 before byte %d of %q at %d; want %d", open, text, got, want)
			}
			if got >= 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("所谓 was never found: the comparison tests nothing")
	}
}
