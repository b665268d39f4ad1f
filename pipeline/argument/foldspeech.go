package argument

// foldSpeechRune maps a Traditional character used by the speech lexicon
// (speech.go: verbs, titles, roles, frames) and not by the other lexicons
// to its Simplified form; fold consults it after foldRune. The pairs are
// OpenCC s2t/s2hk/s2tw character mappings of the lexicon's words
// (TestSpeechLexiconFolds checks every word in the three conventions);
// characters that are also Simplified words of their own (著, 藉, 覆) are
// left out. The vertical-form colon ︰ folds to ：. Every pair keeps the UTF-8 length, so offsets are kept.
func foldSpeechRune(r rune) rune {
	switch r {
	case '︰':
		return '：' // the presentation form of the colon (黃志芳︰「…」)
	case '儲':
		return '储'
	case '儀':
		return '仪'
	case '勵':
		return '励'
	case '嘆':
		return '叹'
	case '囑':
		return '嘱'
	case '創':
		return '创'
	case '協':
		return '协'
	case '卻':
		return '却'
	case '嚴':
		return '严'
	case '圖':
		return '图'
	case '堅':
		return '坚'
	case '場':
		return '场'
	case '壇':
		return '坛'
	case '學':
		return '学'
	case '宮':
		return '宫'
	case '峯':
		return '峰'
	case '師':
		return '师'
	case '戲':
		return '戏'
	case '檢':
		return '检'
	case '獎':
		return '奖'
	case '當':
		return '当'
	case '監':
		return '监'
	case '祕':
		return '秘'
	case '簽':
		return '签'
	case '籤':
		return '签'
	case '約':
		return '约'
	case '終':
		return '终'
	case '網':
		return '网'
	case '緊':
		return '紧'
	case '線':
		return '线'
	case '縣':
		return '县'
	case '繼':
		return '继'
	case '聞':
		return '闻'
	case '聯':
		return '联'
	case '聽':
		return '听'
	case '華':
		return '华'
	case '衆':
		return '众'
	case '視':
		return '视'
	case '親':
		return '亲'
	case '訊':
		return '讯'
	case '詢':
		return '询'
	case '誠':
		return '诚'
	case '財':
		return '财'
	case '貼':
		return '贴'
	case '轟':
		return '轰'
	case '辦':
		return '办'
	case '鄭':
		return '郑'
	case '醫':
		return '医'
	case '針':
		return '针'
	case '銀':
		return '银'
	case '閣':
		return '阁'
	case '隨':
		return '随'
	case '電':
		return '电'
	case '頻':
		return '频'
	case '顧':
		return '顾'
	case '館':
		return '馆'
	case '駁':
		return '驳'
	}
	return r
}
