// Package document finds titled documents — every 《…》 and 〈…〉 title,
// nested ones included — in a text, resolves the aliases the text defines
// for them (以下簡稱《計畫》, 下称, 简称 …) and links every later mention of
// an alias to its document.
//
// Documents named without title brackets are found too (ExtractWords):
// a title in quotation marks that ends in a document head (「…條例」,
// 「…行動方案」, 「…特別預算」, 「對台十條」, 「三項保證」), a quoted term
// followed by a head (“数字乡村”规划), a law named bare by its head (貿易
// 法, 反詐騙條例, 安理會2231號決議) whose name runs back to punctuation, a
// stop word or a word that cannot be part of a name (with the
// segmenter's words), an official 〔issuer〕關於…的通知/決定 title, and the
// text's own title line (a first line ending in 演詞, 通知, 聲明…; the
// title line of a statement given in full). Regulations are named bare
// too (管理辦法, 施行細則: a four-character name and a regulation's
// context), and so are reports by issuer and number (某署署長第十二號報告
// 書) and well-known documents written by a generic name (施政報告,
// 政府工作報告 with their year; 基本法). A short title that
// abbreviates a longer one (個資法, 個人資料保護法) becomes its alias. Each
// document says what its title's head makes it (kind: law, plan, report…)
// and carries an English title given in brackets after a mention.
//
// It works on the pipeline's working text (width-folded Simplified) and on
// Traditional text alike: no conversion is done and every span is a byte
// range into the exact string given to Extract.
//
// Bare alias mentions (计划 without brackets) are linked only when the text
// itself defined the alias without title brackets (以下简称计划, 以下简称“计划”):
// an alias defined as 《计划》 is then written with brackets too, and its bare
// form is usually an ordinary word (战略计划, 计划加注投资) that would give
// false links.
package document
