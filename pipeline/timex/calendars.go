package timex

import "time"

// rdDate converts a Rata Die day number (day 1 = 0001-01-01, proleptic
// Gregorian) to a date.
func rdDate(rd int, loc *time.Location) time.Time {
	return time.Date(1, 1, 1, 0, 0, 0, 0, loc).AddDate(0, 0, rd-1)
}

// orthodoxEaster returns Orthodox Easter Sunday (Julian computus) as a
// Gregorian date, valid 1900–2099.
func orthodoxEaster(y int, loc *time.Location) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, loc).AddDate(0, 0, 13)
}

// Hebrew calendar (arithmetic, after Reingold and Dershowitz).

const hebrewEpoch = -1373427 // R.D. of 1 Tishri AM 1

func hebrewElapsedDays(y int) int {
	months := (235*y - 234) / 19
	parts := 12084 + 13753*months
	days := 29*months + parts/25920
	if (3*(days+1))%7 < 3 {
		days++
	}
	return days
}

func hebrewNewYear(y int) int {
	ny0, ny1, ny2 := hebrewElapsedDays(y-1), hebrewElapsedDays(y), hebrewElapsedDays(y+1)
	corr := 0
	switch {
	case ny2-ny1 == 356:
		corr = 2
	case ny1-ny0 == 382:
		corr = 1
	}
	return hebrewEpoch + ny1 + corr
}

// Hebrew months in civil order from Tishri.
const (
	tishri = iota
	cheshvan
	kislev
	tevet
	shevat
	adar1 // only in leap years
	adar
	nisan
	iyar
	sivan
	tammuz
	av
	elul
)

// hebrewDate returns the R.D. of day d of month m of Hebrew year y.
func hebrewDate(y, m, d int) int {
	start := hebrewNewYear(y)
	length := hebrewNewYear(y+1) - start
	leap := (7*y+1)%19 < 7
	lens := [13]int{30, 29, 30, 29, 30, 30, 29, 30, 29, 30, 29, 30, 29}
	if length%10 == 5 {
		lens[cheshvan] = 30
	}
	if length%10 == 3 {
		lens[kislev] = 29
	}
	if !leap {
		lens[adar1] = 0
	}
	rd := start
	for k := 0; k < m; k++ {
		rd += lens[k]
	}
	return rd + d - 1
}

// hebrewHoliday returns the first day of a Jewish holiday falling in
// Gregorian year gy. Like the Hebrew calendar, the day starts on the
// evening before: eve is that evening's date.
func hebrewHoliday(gy, m, d int, loc *time.Location) (day time.Time) {
	y := gy + 3760 // the Hebrew year whose spring falls in gy
	if m <= kislev {
		y = gy + 3761 // Tishri to Kislev: autumn of gy
	}
	return rdDate(hebrewDate(y, m, d), loc)
}

// Islamic calendar (arithmetic).

const islamicEpoch = 227015 // R.D. of 1 Muharram AH 1

func islamicDate(y, m, d int) int {
	return islamicEpoch - 1 + (y-1)*354 + (3+11*y)/30 + 29*(m-1) + m/2 + d
}

// islamicHoliday returns the date of day d of Islamic month m that falls in
// Gregorian year gy (the first such, when two fall in one year), by Umm
// al-Qura where its table reaches, else by the arithmetical calendar.
func islamicHoliday(gy, m, d int, loc *time.Location) time.Time {
	// AH year roughly: (gy - 622) * 33 / 32.
	ah := (gy-622)*33/32 - 1
	for k := 0; k < 4; k++ {
		if t, ok := ummAlQuraDate(ah+k, m, d, loc); ok && t.Year() == gy {
			return t
		}
	}
	for k := 0; k < 4; k++ {
		t := rdDate(islamicDate(ah+k, m, d), loc)
		if t.Year() == gy {
			return t
		}
	}
	return rdDate(islamicDate(ah+1, m, d), loc)
}
