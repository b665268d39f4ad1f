// Package document finds titled documents — every 《…》 and 〈…〉 title,
// nested ones included — in a text, resolves the aliases the text defines
// for them (以下簡稱《計畫》, 下称, 简称 …) and links every later mention of
// an alias to its document.
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
