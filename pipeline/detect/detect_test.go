package detect

import (
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func converters(t *testing.T) (Converter, Converter) {
	t.Helper()
	l := convert.NewLoader()
	t2s, err := l.Converter("t2s")
	if err != nil {
		t.Fatal(err)
	}
	s2t, err := l.Converter("s2t")
	if err != nil {
		t.Fatal(err)
	}
	return t2s, s2t
}

func TestDetect(t *testing.T) {
	t2s, s2t := converters(t)
	tests := []struct {
		text   string
		script pipeline.Script
		region pipeline.Region
		config string
	}{
		{"美國總統川普表示，晶片與軟體產業的資料中心將擴建。", pipeline.Traditional, pipeline.Taiwan, "tw2sp"},
		{"特區政府表示，的士司機的軟件系統和數碼服務需要更新。", pipeline.Traditional, pipeline.HongKong, "hk2s"},
		{"美国总统特朗普表示，芯片与软件产业的数据中心将扩建。", pipeline.Simplified, pipeline.Mainland, "none"},
		{"这是一个简单的句子，没有地区词。", pipeline.Simplified, pipeline.Mainland, "none"},
		{"這個國家的經濟發展很快。", pipeline.Traditional, pipeline.RegionUnknown, "t2s"},
		{"Only Latin letters and 123.", pipeline.ScriptUnknown, pipeline.RegionUnknown, "none"},
		{"", pipeline.ScriptUnknown, pipeline.RegionUnknown, "none"},
		{"这是简体。這是繁體。这是简体。這是繁體。", pipeline.Mixed, pipeline.RegionUnknown, "t2s"},
	}
	for _, tc := range tests {
		r := Detect(tc.text, t2s, s2t)
		if r.Script != tc.script || r.Region != tc.region || r.Config() != tc.config {
			t.Errorf("Detect(%q) = %v/%v/%s; want %v/%v/%s (evidence %+v)", tc.text, r.Script, r.Region, r.Config(), tc.script, tc.region, tc.config, r)
		}
	}
}

func TestDetectSamplesLargeText(t *testing.T) {
	t2s, s2t := converters(t)
	// A cut in the middle of a character must not break the sample.
	text := strings.Repeat("資料", sample/6+1) + "软件"
	r := Detect(text, t2s, s2t)
	if r.Script != pipeline.Traditional {
		t.Errorf("script = %v; want traditional", r.Script)
	}
}

func BenchmarkDetect(b *testing.B) {
	l := convert.NewLoader()
	t2s, _ := l.Converter("t2s")
	s2t, _ := l.Converter("s2t")
	text := strings.Repeat("美國總統川普表示，晶片與軟體產業的資料中心將擴建。", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text, t2s, s2t)
	}
}
