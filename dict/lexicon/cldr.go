package lexicon

import (
	"fmt"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// addCLDR adds every CLDR country with its Simplified, Traditional (Taiwan)
// and Hong Kong names, merging them into the rows of data/places.tsv that
// name the same country.
func (lx *Lexicon) addCLDR() error {
	hk, err := language.Parse("zh-Hant-HK")
	if err != nil {
		return fmt.Errorf("lexicon: cldr: %w", err)
	}
	namers := []display.Namer{
		display.Regions(language.SimplifiedChinese),
		display.Regions(language.TraditionalChinese),
		display.Regions(hk),
	}
	en := display.Regions(language.English)
	byCountry := map[string]int{}
	for i, p := range lx.Places {
		if p.Kind == Country {
			byCountry[p.Country] = i
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code {
				continue
			}
			var names []string
			for _, n := range namers {
				if s := n.Name(r); s != "" && s != code {
					names = append(names, s)
				}
			}
			if len(names) == 0 {
				continue
			}
			if i, ok := byCountry[code]; ok {
				p := &lx.Places[i]
				p.Forms = forms(append(names, p.Forms...))
				p.CLDR = true
				continue
			}
			byCountry[code] = len(lx.Places)
			lx.Places = append(lx.Places, Place{
				Name: names[0], Forms: forms(names), English: en.Name(r),
				Kind: Country, Country: code, CLDR: true,
			})
		}
	}
	return nil
}
