package timex

import (
	"testing"
	"time"
)

// TestNewsForms checks the forms that news writing puts around dates
// (anaphora, bracketed clarifications, time zones, lists), on sentences
// written for these tests.
func TestNewsForms(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)} // a Wednesday
	tw := ref
	tw.Region = Taiwan
	tests := []struct {
		name, in, text, value string
		ref                   Reference
	}{
		{"anaphoric same day", "部長8日抵達東京。同一天，外相發表談話。", "同一天", "2024-03-08", ref},
		{"anaphoric 当天", "股市15日大跌，当天成交量创新高。", "当天", "2024-03-15", ref},
		{"anaphoric next day", "代表团于2019年5月3日抵达，次日举行会谈。", "次日", "2019-05-04", ref},
		{"anaphoric year", "2010年，全省粮食产量比上年增长。", "上年", "2009", ref},
		{"deictic year stays", "2010年的数据显示，去年出口下降。", "去年", "2023", ref},
		{"month-day near the date before", "2001年11月20日签约，12月3日生效。", "12月3日", "2001-12-03", ref},
		{"month-day crosses the year", "通知如下：2020年12月28日起施行。1月5日前报送。", "1月5日前", "../2021-01-05", ref},
		{"weekday pins the year", "放假安排：1月4日（星期六）上班。", "1月4日（星期六）", "2025-01-04", Reference{Date: time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)}},
		{"weekday before a bracketed date", "官員星期五(3月15日)表示", "星期五(3月15日)", "2024-03-15", ref},
		{"bare weekday: nearest past", "部長周一表示", "周一", "2024-03-18", ref},
		{"bare weekday: nearest coming", "預計週五公布", "週五", "2024-03-22", ref},
		{"bracketed day", "院長今（20）日出席活動", "今（20）日", "2024-03-20", ref},
		{"bracketed day wins", "院長昨（18）日表示", "昨（18）日", "2024-03-18", ref},
		{"bracketed year", "去（2023）年出口成長", "去（2023）年", "2023", ref},
		{"bracketed ROC year", "今(113)年觀光人次回升", "今(113)年", "2024", tw},
		{"bracketed ROC year, full-width", "去（112）年外銷訂單衰退", "去（112）年", "2023", tw},
		{"bracketed day before yesterday", "部長前（18）日指出", "前（18）日", "2024-03-18", ref},
		{"bracketed month", "該公司上（2）月營收年增兩成", "上（2）月", "2024-02", tw},
		{"bracketed month across the year", "本（3）月與上(12)月相比", "上(12)月", "2023-12", tw},
		{"weekday with the day of the month", "代表團週五(22日)啟程", "週五(22日)", "2024-03-22", ref},
		{"last week's weekday with its day", "他上週一（11日）表示", "上週一（11日）", "2024-03-11", ref},
		{"today with the day of the month", "署長今日(19日)巡視工地", "今日(19日)", "2024-03-19", ref},
		{"today with the day, full-width", "外长今天（21日）抵达", "今天（21日）", "2024-03-21", ref},
		{"today with its date", "今天（3月20日）上午", "今天（3月20日）上午", "2024-03-20", ref},
		{"day after tomorrow with its date", "將於後天3月22日出訪", "後天3月22日", "2024-03-22", ref},
		{"part of day on a day is the day", "週二下午召開會議", "週二下午", "2024-03-19", ref},
		{"time zone prefix", "美东时间3月5日晚，国会通过法案", "美东时间3月5日晚", "2024-03-05", ref},
		{"time zone prefix with clock", "美國東部標準時間上午10:30", "美國東部標準時間上午10:30", "2024-03-20T10:30", ref},
		{"month-day after a year", "總統在2016年520就職", "2016年520", "2016-05-20", tw},
		{"since, to now", "民國110年元旦迄今", "民國110年元旦迄今", "2021-01-01/2024-03-20", tw},
		{"two days joined by 及", "會議在二○一九年四月二日及三日舉行", "二○一九年四月二日及三日", "2019-04-02/2019-04-03", ref},
		{"two weekdays joined by 及", "本周二及周三休市", "本周二及周三", "2024-03-19/2024-03-20", ref},
		{"a deadline keeps its words", "力爭在2035年前完成", "2035年前", "../2035", ref},
		{"ROC years do not count years ago", "早在40年前就已開始", "40年前", "1984", tw},
		{"fiscal year", "今年度預算增加", "今年度", "2024", tw},
		{"from today until", "展览即日起至25日开放", "即日起至25日", "2024-03-20/2024-03-25", ref},
		{"CNA release code", "（編輯：王大明）1130320", "1130320", "2024-03-20", tw},
		{"bare third of the month after a month", "展覽五月上旬布展，中旬開幕。", "中旬", "2024-05-11/2024-05-20", ref},
		{"bare third of the month after a day", "雙方於2023年9月4日簽約，下旬完成交割。", "下旬", "2023-09-21/2023-09-30", ref},
		{"listed quarters after a year", "預計2025年第三、四季度出貨", "2025年第三、四季度", "2025-07/2025-12", ref},
		{"listed quarters without a year", "一、二季度经济回升", "一、二季度", "2024-01/2024-06", ref},
		{"middle and last thirds of a month", "新品預計8月中下旬上市", "8月中下旬", "2024-08-11/2024-08-31", ref},
		{"first and middle thirds of a month", "本月上中旬气温偏高", "本月上中旬", "2024-03-01/2024-03-20", ref},
		{"年初三: a day of the lunar new year", "他們年初三回鄉拜年", "年初三", "2024-02-12", ref},
		{"this morning, written 今晨", "消防局今晨5時接獲報案", "今晨5時", "2024-03-20T05:00", ref},
		{"tomorrow morning, written 明晨", "船隊明晨啟航", "明晨", "2024-03-21", ref},
		{"about an hour: 时许", "事故发生在昨晚11时许，", "昨晚11时许", "2024-03-19T23:00", ref},
		{"about a time, traditional: 時許", "列車於下午4時20分許抵站", "下午4時20分許", "2024-03-20T16:20", ref},
		{"first half of a month", "新制4月上半月試行", "4月上半月", "2024-04-01/2024-04-15", ref},
		{"second half of a month, after its month", "會展6月上半月籌備，下半月開幕", "下半月", "2024-06-16/2024-06-30", ref},
		{"Cantonese end of the year: 年尾", "工程預計今年年尾完成", "今年年尾", "2024-12", ref},
		{"Cantonese end of the month: 月尾", "佢哋下個月尾搬屋", "下個月尾", "2024-04-25/2024-04-30", ref},
		{"fiscal year over two years", "政府公布2023/24財政年度預算", "2023/24財政年度", "2023/2024", ref},
		{"school year over two years", "2019/20學年起實施", "2019/20學年", "2019/2020", ref},
		{"a year's lunar festival with 农历", "2023年农历春节前后客流回升", "2023年农历春节前后", "2023-01-22", ref},
		{"a year's lunar day with 農曆", "2022年農曆正月初一", "2022年農曆正月初一", "2022-02-01", ref},
		{"within this year is the year", "新系统今年年内上线", "今年年内", "2024", ref},
		{"within a written year", "工程2026年内完工", "2026年内", "2026", ref},
		{"the whole year", "今年全年出口增长", "今年全年", "2024", ref},
		{"早 with days: days ago", "佢早兩日已經交咗報告", "早兩日", "2024-03-18", ref},
		{"早 with days: days ago, simplified", "他早三天就听说了", "早三天", "2024-03-17", ref},
		{"提早 with days: an advance, a duration", "工程提早兩日完成", "兩日", "P2D", ref},
		{"比…早 with days: a comparison, a duration", "比原定日程早两天公布名单", "两天", "P2D", ref},
		{"較…早 with days, Traditional", "今年櫻花較往年早三天盛放", "三天", "P3D", ref},
		{"早 with days after a clause that compares", "比赛结束了，他早两天就离队", "早两天", "2024-03-18", ref},
		{"later this year", "部长今年晚些时候访华", "今年晚些时候", "2024", ref},
		{"evening to today's early hours", "19日晚到今天（3月20日）凌晨，多地降雨", "19日晚到今天（3月20日）凌晨", "2024-03-19/2024-03-20", ref},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in, tc.ref)
			checkSpans(t, tc.in, got)
			for _, e := range got {
				if e.Text == tc.text {
					if e.Value != tc.value {
						t.Errorf("Extract(%q): %q = %q; want %q", tc.in, e.Text, e.Value, tc.value)
					}
					return
				}
			}
			var seen []string
			for _, e := range got {
				seen = append(seen, e.Text+"="+e.Value)
			}
			t.Errorf("Extract(%q) = %q; want %q", tc.in, seen, tc.text)
		})
	}
}

// TestAnchorWindow checks that a date mentioned two paragraphs back no
// longer anchors month-days and anaphora.
func TestAnchorWindow(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)}
	in := "1997年7月1日前完成。\n其後多年。\n另一段。\n本月中旬以來，11月中旬局勢緊張。"
	for _, e := range Extract(in, ref) {
		if e.Text == "11月中旬" && e.Value != "2024-11-11/2024-11-20" {
			t.Errorf("11月中旬 = %q; want the reference's year", e.Value)
		}
	}
}

// TestRecurrences checks 每… expressions on sentences written for them.
func TestRecurrences(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 10, 0, 0, 0, time.UTC)} // a Wednesday
	tests := []struct{ in, text, value, period, anchor, rule string }{
		{"该指标每季度公布一次", "每季度", "R/P3M", "P3M", "", ""},
		{"每隔两周复查", "每隔两周", "R/P2W", "P2W", "", ""},
		{"药品每两个月抽检", "每两个月", "R/P2M", "P2M", "", ""},
		{"大会每年10月举行", "每年10月", "R/2024-10/P1Y", "P1Y", "2024-10", ""},
		{"工资每月15号发放", "每月15号", "R/2024-03-15/P1M", "P1M", "2024-03-15", ""},
		{"例会定于每周四召开", "每周四", "R/2024-03-21/P1W", "P1W", "2024-03-21", ""},
		{"每年清明节前后", "每年清明节前后", "R/2024-04-04/P1Y", "P1Y", "2024-04-04", ""},
		{"窗口每个工作日上午9点开放", "每个工作日上午9点", "R/2024-03-20T09:00/P1D", "P1D", "2024-03-20T09:00", "BYDAY=MO,TU,WE,TH,FR"},
		{"每个周末下午3点有导览", "每个周末下午3点", "R/2024-03-23T15:00/P1W", "P1W", "2024-03-23T15:00", "BYDAY=SA,SU"},
		{"每天晚上10点熄灯", "每天晚上10点", "R/2024-03-20T22:00/P1D", "P1D", "2024-03-20T22:00", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := Extract(tc.in, ref)
			checkSpans(t, tc.in, got)
			for _, e := range got {
				if e.Text == tc.text {
					if e.Kind != Recurrence || e.Value != tc.value || e.Period != tc.period || e.Anchor != tc.anchor || e.Rule != tc.rule {
						t.Errorf("%q = %v %q period %q anchor %q rule %q; want recurrence %q %q %q %q", tc.text, e.Kind, e.Value, e.Period, e.Anchor, e.Rule, tc.value, tc.period, tc.anchor, tc.rule)
					}
					return
				}
			}
			t.Errorf("Extract(%q) has no %q", tc.in, tc.text)
		})
	}
}

// TestCountedDays checks working and trading days against the mainland's
// holiday table, on sentences written for them.
func TestCountedDays(t *testing.T) {
	// Friday 2025-09-26; 2025-09-28 (Sunday) is a make-up working day and
	// 1 to 8 October are off.
	ref := Reference{Date: time.Date(2025, 9, 26, 0, 0, 0, 0, time.UTC), Region: Mainland}
	tw := ref
	tw.Region = Taiwan
	tests := []struct {
		name, in, text, value, calendar string
		until                           string
		ref                             Reference
	}{
		// 9-28 (the make-up Sunday), 9-29, 9-30, then 10-9 and 10-10.
		{"working days within", "请在5个工作日内回复", "5个工作日内", "P5D", "cn-working-days", "2025-10-11", ref},
		// 9-29, 9-30, 10-9, 10-10, 10-13: the make-up days are no trading days.
		{"trading days after", "5个交易日后复牌", "5个交易日后", "2025-10-13", "cn-trading-days", "2025-10-14", ref},
		{"trading days from then on", "3个交易日之后", "3个交易日之后", "2025-10-09/..", "cn-trading-days", "", ref},
		{"a count alone", "审查需要十个工作日", "十个工作日", "P10D", "cn-working-days", "", ref},
		{"Taiwan counts weekdays", "於5個工作天內完成", "5個工作天內", "", "", "", tw},
		{"Taiwan: weekdays", "於5個工作日內完成", "5個工作日內", "P5D", "weekdays", "2025-10-04", tw},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, e := range Extract(tc.in, tc.ref) {
				if e.Text != tc.text {
					continue
				}
				if e.Value != tc.value || e.Calendar != tc.calendar {
					t.Errorf("%q = %q %q; want %q %q", e.Text, e.Value, e.Calendar, tc.value, tc.calendar)
				}
				if tc.until != "" && e.Until.Format("2006-01-02") != tc.until {
					t.Errorf("%q ends %v; want %s", e.Text, e.Until, tc.until)
				}
				return
			}
			if tc.value != "" {
				t.Errorf("Extract(%q) has no %q", tc.in, tc.text)
			}
		})
	}
}

// TestFestivals checks festivals on sentences written for them.
func TestFestivals(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
	tests := []struct{ in, text, value string }{
		{"2024年卫塞节放假一天", "2024年卫塞节", "2024-05-22"},
		{"2024年地球一小时活动", "2024年地球一小时", "2024-03-23T20:30/2024-03-23T21:30"},
		{"2024年开斋节", "2024年开斋节", "2024-04-10"},
		{"2023年古尔邦节", "2023年古尔邦节", "2023-06-28"},
		{"2024年春节第三天", "2024年春节第三天", "2024-02-12"},
		{"2025年国庆第三天", "2025年国庆第三天", "2025-10-03"},
		{"2024年庞格尔节第三天", "2024年庞格尔节第三天", "2024-01-15"},
		{"2024年正月正时", "2024年正月正时", "2024-02-10"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			for _, e := range Extract(tc.in, ref) {
				if e.Text == tc.text {
					if e.Value != tc.value {
						t.Errorf("%q = %q; want %q", e.Text, e.Value, tc.value)
					}
					return
				}
			}
			t.Errorf("Extract(%q) has no %q", tc.in, tc.text)
		})
	}
}

// TestSpansAndOffsets checks spans from now, elapsed clock time, fractional
// and vague amounts and open bounds, on sentences written for them.
func TestSpansAndOffsets(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse("2006-01-02T15:04:05", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	now := Reference{Date: at("2024-03-20T10:20:30"), Grain: Second}
	day := Reference{Date: at("2024-03-20T00:00:00")}
	tests := []struct {
		name, in, text, value, from, until string
		ref                                Reference
	}{
		{"hours ago: the hour before", "3小时前发布", "3小时前", "2024-03-20T07:20", "2024-03-20T06:20:00", "2024-03-20T07:20:30", now},
		{"quarters of an hour on", "三刻钟后出发", "三刻钟后", "2024-03-20T11:05", "2024-03-20T11:05:30", "2024-03-20T11:20:31", now},
		{"minutes, open", "40分钟以前", "40分钟以前", "../2024-03-20T09:40", "", "2024-03-20T09:40:30", now},
		{"months and a half ago", "三个半月前签约", "三个半月前", "2023-12-05", "2023-11-05T00:00:00", "2023-12-06T00:00:00", day}, // 4.5 and 3.5 months back
		{"quarters count months", "两个季度后", "两个季度后", "2024-09", "2024-09-01T00:00:00", "2024-10-01T00:00:00", day},
		{"past weeks up to now", "过去的两周里", "过去的两周", "2024-03-06/2024-03-20", "2024-03-06T10:20:30", "2024-03-20T10:20:31", now},
		{"months since", "两个多月以来", "两个多月以来", "2024-01/2024-03-20", "2024-01-01T00:00:00", "2024-03-21T00:00:00", day},
		{"next three years", "未来3年内完成", "未来3年内", "2024/2027", "2024-03-20T00:00:00", "2027-03-20T00:00:00", day},
		{"today and tomorrow", "今明两天有雨", "今明两天", "2024-03-20/2024-03-21", "2024-03-20T00:00:00", "2024-03-22T00:00:00", day},
		{"some thirty years ago", "早在三十几年前", "三十几年前", "1984/1994", "1984-01-01T00:00:00", "1995-01-01T00:00:00", day},
		{"some tens of years on", "几十年后再看", "几十年后", "2044/2124", "2044-01-01T00:00:00", "2125-01-01T00:00:00", day},
		{"at least", "判处十年以上有期徒刑", "十年以上", "P10Y/..", "", "", day},
		{"at most", "三个月以下", "三个月以下", "../P3M", "", "", day},
		{"literary years", "十载春秋", "十载春秋", "P10Y", "", "", day},
		{"summer holidays", "前年暑假", "前年暑假", "2022-07-01/2022-08-31", "2022-07-01T00:00:00", "2022-09-01T00:00:00", day},
		{"National Day holiday", "十一期间出行", "十一", "2024-10-01", "2024-10-01T00:00:00", "2024-10-02T00:00:00", day},
		{"a said-again date", "六月六月中旬", "六月中旬", "2024-06-11/2024-06-20", "", "", day},
		{"year of a document number", "依据国发〔2019〕2号文件", "2019", "2019", "", "", day},
		{"date then time", "2024-03-21-09:30", "2024-03-21-09:30", "2024-03-21T09:30", "", "", day},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.in, tc.ref)
			checkSpans(t, tc.in, got)
			for _, e := range got {
				if e.Text != tc.text {
					continue
				}
				if e.Value != tc.value {
					t.Errorf("%q = %q; want %q", e.Text, e.Value, tc.value)
				}
				if tc.from != "" && !e.From.Equal(at(tc.from)) {
					t.Errorf("%q from %v; want %s", e.Text, e.From, tc.from)
				}
				if tc.until != "" && !e.Until.Equal(at(tc.until)) {
					t.Errorf("%q until %v; want %s", e.Text, e.Until, tc.until)
				}
				return
			}
			var seen []string
			for _, e := range got {
				seen = append(seen, e.Text+"="+e.Value)
			}
			t.Errorf("Extract(%q) = %q; want %q", tc.in, seen, tc.text)
		})
	}
}

// TestLooseWriting checks digits spaced from their units and the
// traditional double-hours, on sentences written for them.
func TestLooseWriting(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
	tests := []struct{ in, text, value string }{
		{"会议定于4 月 2 日举行", "4 月 2 日", "2024-04-02"},
		{"扫描件：2023 年 11 月 5 日签署", "2023 年 11 月 5 日", "2023-11-05"},
		{"每逢星期 5 开放", "星期 5", "2024-03-22"},
		{"为期10 月的计划", "10 月", "P10M"},
		{"午时三刻行刑", "午时三刻", "2024-03-20T11:45"},
		{"次日卯时出发", "次日卯时", "2024-03-21T05:00/2024-03-21T06:00"},
		{"正月十五子时正", "正月十五子时正", "2024-02-24T00:00"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := Extract(tc.in, ref)
			checkSpans(t, tc.in, got)
			for _, e := range got {
				if e.Text == tc.text {
					if e.Value != tc.value {
						t.Errorf("%q = %q; want %q", e.Text, e.Value, tc.value)
					}
					return
				}
			}
			var seen []string
			for _, e := range got {
				seen = append(seen, e.Text+"="+e.Value)
			}
			t.Errorf("Extract(%q) = %q; want %q", tc.in, seen, tc.text)
		})
	}
	for _, in := range []string{"小孩子时候", "过日子时", "下午时分", "他重申时表示"} {
		for _, e := range Extract(in, ref) {
			if e.Text != "下午" {
				t.Errorf("Extract(%q) found %q: no double-hour there", in, e.Text)
			}
		}
	}
}

// TestWesternOrder checks dates written in Western order and with commas
// inside Chinese text, on sentences written for these tests.
func TestWesternOrder(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
	tests := []struct{ in, text, value string }{
		{"大使館網頁日期：十一月 3, 2022", "十一月 3, 2022", "2022-11-03"},
		{"國務院於January 9, 2023發表聲明", "January 9, 2023", "2023-01-09"},
		{"聲明發布於Oct. 2, 2019。", "Oct. 2, 2019", "2019-10-02"},
		{"報告日期為14 February 2021", "14 February 2021", "2021-02-14"},
		{"會議定於Dec 1st, 2025舉行", "Dec 1st, 2025", "2025-12-01"},
		{"（本台记者采访报道2018,3,9）", "2018,3,9", "2018-03-09"},
		{"數據截至September 2023", "September 2023", "2023-09"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := Extract(tc.in, ref)
			checkSpans(t, tc.in, got)
			for _, e := range got {
				if e.Text == tc.text {
					if e.Value != tc.value {
						t.Errorf("%q = %q; want %q", e.Text, e.Value, tc.value)
					}
					return
				}
			}
			t.Errorf("Extract(%q) = %v; want %q", tc.in, got, tc.text)
		})
	}
	// Not dates: figures joined by commas, a month word alone, English words.
	for _, in := range []string{"產量2018,312,9噸", "比例為2018,3,9,12", "八月 27 人", "you may 5 times"} {
		for _, e := range Extract(in, ref) {
			if e.Kind == Date && e.Grain == Day {
				t.Errorf("Extract(%q) read %q as the day %s", in, e.Text, e.Value)
			}
		}
	}
}

// TestBareTenDaysNeedMonth checks that 中旬 with no month mentioned before
// it in the paragraph or the one before names no date.
func TestBareTenDaysNeedMonth(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
	for _, in := range []string{"工程中旬完工", "2021年6月開工。\n第二段。\n第三段，下旬完工"} {
		for _, e := range Extract(in, ref) {
			if e.Text == "中旬" || e.Text == "下旬" {
				t.Errorf("Extract(%q) read %q as %s", in, e.Text, e.Value)
			}
		}
	}
}

// TestNewYearDayNotACount checks that 年初 followed by a count stays the
// start of the year (年初三个月 is the first three months, not 年初三).
func TestNewYearDayNotACount(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
	for _, in := range []string{"年初三个月销量回升", "年初三季度预测", "2023年初三家银行合并"} {
		for _, e := range Extract(in, ref) {
			if e.Text == "年初三" || e.Text == "2023年初三" {
				t.Errorf("Extract(%q) read %q as %s", in, e.Text, e.Value)
			}
		}
	}
}
