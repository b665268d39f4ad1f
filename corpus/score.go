package corpus

import (
	"sync"
	"unicode/utf8"
)

// hanRanks gives each ideograph of U+4E00..U+9FFF a frequency tier in its
// low bits: 0 for characters outside the common tables, else 3 (the ~250
// most frequent), 2 (the next ~350) or 1 (the rest of the tables); and
// flags for characters found in only one of the two tables.
type hanRanks [0x9FFF - 0x4E00 + 1]uint8

const (
	tierMask        = 0x03
	simplifiedOnly  = 0x04 // in commonSimplified, not in commonTraditional
	traditionalOnly = 0x08 // in commonTraditional, not in commonSimplified
)

func (h *hanRanks) get(r rune) uint8 {
	if r < 0x4E00 || r > 0x9FFF {
		return 0
	}
	return h[r-0x4E00]
}

// commonHan ranks the union of the common Simplified and Traditional
// characters. It is built on first use and never modified afterwards.
var commonHan = sync.OnceValue(func() *hanRanks {
	h := new(hanRanks)
	in := func(table string) map[rune]bool {
		m := map[rune]bool{}
		for _, r := range table {
			m[r] = true
		}
		return m
	}
	simp, trad := in(commonSimplified), in(commonTraditional)
	for _, table := range []string{commonSimplified, commonTraditional} {
		i := 0
		for _, r := range table {
			if r < 0x4E00 || r > 0x9FFF {
				continue
			}
			t := uint8(1)
			switch {
			case i < 250:
				t = 3
			case i < 600:
				t = 2
			}
			i++
			v := &h[r-0x4E00]
			if *v&tierMask < t {
				*v = *v&^tierMask | t
			}
			switch {
			case simp[r] && !trad[r]:
				*v |= simplifiedOnly
			case trad[r] && !simp[r]:
				*v |= traditionalOnly
			}
		}
	}
	return h
})

// tally counts what kind of characters a candidate decoding produced.
type tally struct {
	nonASCII int // runes >= U+0080
	common   int // common Han characters
	weight   int // their frequency tiers, summed
	simp     int // common characters only Simplified text uses
	trad     int // common characters only Traditional text uses
	rare     int // other ideographs of U+4E00..U+9FFF
	punct    int // CJK and full-width punctuation, general punctuation
	odd      int // characters that betray a wrong decoding
}

// add counts the runes of a decoded chunk (complete UTF-8 sequences).
func (t *tally) add(p []byte) {
	ranks := commonHan()
	for i := 0; i < len(p); {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		var r rune
		if b := p[i]; (0xE1 <= b && b <= 0xEC || b == 0xEE || b == 0xEF) && i+2 < len(p) && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
			// A three-byte sequence whose lead admits any continuation
			// bytes, as utf8.DecodeRune would decode it.
			r = rune(b&0x0F)<<12 | rune(p[i+1]&0x3F)<<6 | rune(p[i+2]&0x3F)
			i += 3
		} else {
			var n int
			r, n = utf8.DecodeRune(p[i:])
			i += n
		}
		if rank := ranks.get(r); rank != 0 {
			// A common character: addRune's first case, inline.
			t.nonASCII++
			t.common++
			t.weight += int(rank & tierMask)
			if rank&simplifiedOnly != 0 {
				t.simp++
			}
			if rank&traditionalOnly != 0 {
				t.trad++
			}
			continue
		}
		t.addRune(r, ranks)
	}
}

// addRune counts one non-ASCII rune.
func (t *tally) addRune(r rune, ranks *hanRanks) {
	t.nonASCII++
	rank := ranks.get(r)
	switch {
	case rank != 0:
		t.common++
		t.weight += int(rank & tierMask)
		if rank&simplifiedOnly != 0 {
			t.simp++
		}
		if rank&traditionalOnly != 0 {
			t.trad++
		}
	case 0x4E00 <= r && r <= 0x9FFF:
		t.rare++
	case isPunct(r):
		t.punct++
	case r < 0x0100, // C1 controls and Latin-1 letters
		0x0370 <= r && r <= 0x052F, // Greek, Cyrillic
		0x1100 <= r && r <= 0x11FF, // Hangul jamo
		0x2500 <= r && r <= 0x257F, // box drawing
		0x3040 <= r && r <= 0x312F, // kana, bopomofo
		0x3130 <= r && r <= 0x318F, // Hangul compatibility jamo
		0x3400 <= r && r <= 0x4DBF, // CJK extension A
		0xAC00 <= r && r <= 0xD7AF, // Hangul syllables
		0xE000 <= r && r <= 0xF8FF, // private use
		0xF900 <= r && r <= 0xFAFF, // CJK compatibility ideographs
		0xFE30 <= r && r <= 0xFE4F, // vertical forms
		r == utf8.RuneError,
		r >= 0x10000:
		t.odd++
	}
}

// score ranks candidate decodings of the same bytes: higher is more like
// Chinese text. Frequent characters count most; rare ideographs count a
// little against, characters that betray a wrong decoding more, and so does
// mixing the scripts (a text is written in Simplified or in Traditional
// characters, while a mis-decoding scatters over both).
func (t *tally) score() int {
	return 2*t.weight + t.punct - t.rare - 4*t.odd - 6*min(t.simp, t.trad)
}

// isPunct reports the punctuation of Chinese running text: the ideographic
// comma, full stop, space and brackets, full-width forms, dashes, curly
// quotes and ellipses. Rarer CJK symbols (〃, 〓, 〒) are left out: they
// are what Big5 punctuation becomes when misread as GBK.
func isPunct(r rune) bool {
	switch {
	case 0x3000 <= r && r <= 0x3002, 0x3008 <= r && r <= 0x3011, 0x3014 <= r && r <= 0x3017:
		return true
	case 0xFF01 <= r && r <= 0xFF5E, r == 0x30FB, r == 0x00B7:
		return true
	case 0x2014 <= r && r <= 0x201D, r == 0x2026, r == 0x2027:
		return true
	}
	return false
}

// plausible reports whether the decoded sample reads as Chinese text. Real
// text of any register is 85–95% common characters and punctuation (by
// non-ASCII runes); a wrong decoding of Chinese, Korean or Japanese bytes
// stays under 30%. Short samples are judged leniently: a handful of
// characters cannot show much.
func (t *tally) plausible() bool {
	good := t.common + t.punct
	switch {
	case t.nonASCII >= 16:
		return 2*good >= t.nonASCII
	case t.nonASCII >= 4:
		return good > 0 && t.odd < t.nonASCII
	default:
		return true
	}
}

// percent is the share of common characters and punctuation among the
// non-ASCII runes, for messages.
func (t *tally) percent() int {
	if t.nonASCII == 0 {
		return 100
	}
	return 100 * (t.common + t.punct) / t.nonASCII
}

// commonSimplified lists about 1178 of the most frequent characters of
// Simplified Chinese running text (news and general prose), most frequent
// first, written from general knowledge of character frequency.
const commonSimplified = "" +
	"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于" +
	"着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还" +
	"进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情" +
	"明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或" +
	"新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员" +
	"解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太" +
	"量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基" +
	"眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交" +
	"规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济" +
	"车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调" +
	"深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越" +
	"器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历" +
	"首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维" +
	"革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧" +
	"黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值" +
	"仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印" +
	"晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财" +
	"环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担" +
	"州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养" +
	"伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央" +
	"户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮" +
	"露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移" +
	"娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶" +
	"春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣" +
	"择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶" +
	"玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌" +
	"店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞" +
	"努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱" +
	"埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁" +
	"伸摩盟末乃悲拍丁赵滑壁岗恋淡厅署澳召"

// commonTraditional holds the Traditional forms of the same characters
// (Taiwan and Hong Kong variants where they differ, and the same character
// where Traditional text uses it too), 1205 in all.
const commonTraditional = "" +
	"的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於" +
	"著下自之年過發髮後后作裡裏里用道行所然家種事成方多經麼去法學如都同現當沒動麵面起" +
	"看定天分還進好小部其些主樣理心她本前開但因隻只從想實日軍者意無力它與長把機十民第" +
	"公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被" +
	"利什二等產或新己製制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原" +
	"東聲提立及比員解水名真論處走義各入幾口認條平係系氣題活爾更別打女變四神總何電數安" +
	"少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空" +
	"決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求" +
	"據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根" +
	"幹乾干造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準准布始怎呢存未遠叫臺台" +
	"單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復複病" +
	"息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝" +
	"廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參" +
	"希古眾構房半節土投某案黑維革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例" +
	"防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害鬥斗雙境客紀採彩" +
	"舉殺攻父蘇密低朝友訴止細願千值仍男錢破網熱助倒育屬坐帝限船臉職速刻樂否剛威毛狀率" +
	"甚獨球般普怕彈校苦創假久錯承印晚蘭試股拿腦預誰益陽若哪微尼繼送急血驚傷素藥適波夜" +
	"省初喜衛源食險待述陸習置居勞財環排福納歡雷警獲模充負雲停木遊游龍樹疑層冷洲衝沖射" +
	"略範范竟句室異激漢村哈策演簡卡罪判擔州靜退既衣您宗積餘余痛檢差富靈協角佔占配徵征" +
	"修皮揮勝降階審沉堅善媽劉讀啊超免壓銀買皇養伊懷執副亂抗犯追幫宣佛歲航優怪香田鐵控" +
	"稅左右份穿藝背陣草腳概惡塊頓敢守酒島託托央戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互" +
	"付伯慢歐換聞危忙核暗姐介壞討麗良序升監臨亮露永呼味野架域沙掉括艦魚雜誤灣吉減編楚" +
	"肯測敗屋跑夢散溫困劍漸封救貴槍缺樓縣尚毫移娘朋畫班智亦耳恩短掌恐遺固席鬆松祕秘謝" +
	"魯遇康慮幸均銷鐘鍾詩藏趕劇票損忽巨炮舊端探湖錄葉春鄉附吸予禮港雨呀板庭婦歸睛飯額" +
	"含順輸搖招婚脫補謂督毒油療旅澤材滅逐莫筆亡鮮詞聖擇尋廠睡博勒煙授諾倫岸奧唐賣俄炸" +
	"載洛健堂旁宮喝借君禁陰園謀宋避抓榮姑孫逃牙束跳頂玉鎮雪午練迫爺篇肉嘴館遍凡礎洞卷" +
	"坦牛寧紙諸訓私莊祖絲翻暴森塔默握戲隱熟骨訪弱濛蒙歌店鬼軟典欲薩夥伙遭盤爸擴蓋弄雄" +
	"穩忘億刺擁徒姆楊齊賽趣曲刀床迎冰虛玩析窗醒妻透購替塞努休虎揚途侵刑綠兄迅套貿畢唯" +
	"穀谷輪庫跡尤競街促延震棄甲偉麻川申緩潛閃售燈針哲絡抵朱埃抱鼓植純夏忍頁傑築折鄭貝" +
	"尊吳秀混臣雅振染盛怒舞圓搞狂措姓殘秋培迷誠寬宇猛擺梅毀伸摩盟末乃悲拍丁趙滑壁崗戀" +
	"淡廳署澳召"
