package document

import "testing"

func TestStatementTitle(t *testing.T) {
	for _, tc := range []struct {
		desc, text, want string
	}{
		{"a statement page: title, issuer, place, date, who states",
			"某國對海上非法捕撈的船隊和船東實施制裁措施\n某國外交部\n發言人辦公室\n某城市(Some City)\n2031年3月4日\n外交部長某某發表聲明\n我們今天宣布新的措施。",
			"某國對海上非法捕撈的船隊和船東實施制裁措施/announcement"},
		{"a date written in words with commas", "某國宣布對數家航運公司和主管人員實施限制\n三月 4, 2031\n發言人的聲明\n我們今天宣布限制。",
			"某國宣布對數家航運公司和主管人員實施限制/announcement"},
		{"no date: a news headline and a statement", "兩國外長會談並討論地區安全局勢\n外長發表聲明\n兩國外長今天會談。", ""},
		{"no body after the statement line", "某國對海上非法捕撈的船隊實施制裁措施\n2031年3月4日\n外交部長發表聲明", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := titleKinds(t, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}
