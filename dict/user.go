package dict

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// userDict holds the words of the user dictionaries on top of the compiled
// one, as gse's AddToken would add them: a word already in the compiled
// dictionary (or earlier in the user's) is left as it is; the others add
// their frequency to the total.
type userDict struct {
	words    map[string]userWord // words not in the compiled dictionary
	all      map[string]userWord // every user word as written (the model's hard constraints)
	prefixes map[string]bool     // every rune prefix of a word of words, the words too
	maxRunes int                 // longest word of all, in runes
	added    []float64           // frequencies of words, in the order gse would add them
}

type userWord struct {
	freq float64
	tag  string
}

// loadUser reads a user dictionary (WORD [FREQ [POS]] per line, # comments)
// into s.user and writes what it read to h, for the digest.
func (s *Set) loadUser(path string, h io.Writer) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("dict: user dictionary: %w", err)
	}
	defer f.Close()
	if s.user == nil {
		s.user = &userDict{words: map[string]userWord{}, all: map[string]userWord{}, prefixes: map[string]bool{}}
	}
	u := s.user
	sc := bufio.NewScanner(f)
	n, line := 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return 0, fmt.Errorf("dict: %s:%d: not UTF-8", path, line)
		}
		fields := strings.Fields(text)
		freq, pos := 100.0, "n"
		if len(fields) > 3 {
			return 0, fmt.Errorf("dict: %s:%d: want WORD [FREQ [POS]], got %d fields", path, line, len(fields))
		}
		if len(fields) > 1 {
			freq, err = strconv.ParseFloat(fields[1], 64)
			if err != nil || freq <= 0 {
				return 0, fmt.Errorf("dict: %s:%d: frequency %q is not a positive number", path, line, fields[1])
			}
		}
		if len(fields) > 2 {
			pos = fields[2]
		}
		word := fields[0]
		if _, ok := u.all[word]; !ok {
			u.all[word] = userWord{freq, pos}
			u.maxRunes = max(u.maxRunes, utf8.RuneCountInString(word))
		}
		// gse keys Latin letters in lower case and ignores a word it has.
		key := gseKey(word)
		if slot, ok := s.trie.walk(key); ok {
			if _, _, isWord := s.trie.value(slot); isWord {
				fmt.Fprintf(h, "%s\t%g\t%s\n", word, freq, pos)
				n++
				continue
			}
		}
		if _, ok := u.words[key]; !ok {
			u.words[key] = userWord{freq, pos}
			u.added = append(u.added, freq)
			for i := range key {
				if i > 0 {
					u.prefixes[key[:i]] = true
				}
			}
			u.prefixes[key] = true
		}
		fmt.Fprintf(h, "%s\t%g\t%s\n", word, freq, pos)
		n++
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("dict: %s: %w", path, err)
	}
	return n, nil
}

// gseKey is word as gse keys it: letters and digits encoded in one or two
// bytes in lower case.
func gseKey(word string) string {
	return strings.Map(func(r rune) rune {
		if utf8.RuneLen(r) <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			return unicode.ToLower(r)
		}
		return r
	}, word)
}

// find is gse's Dictionary.Find over the compiled and user words: the
// word's frequency and tag, and whether w is at least a prefix of a word.
func (s *Set) find(w string) (freq float64, tag string, ok bool) {
	if w == "" {
		return 0, "", false
	}
	if slot, in := s.trie.walk(w); in {
		if f, t, isWord := s.trie.value(slot); isWord {
			return float64(f), s.trie.tags[t], true
		}
		ok = true
	}
	if s.user != nil {
		if uw, in := s.user.words[w]; in {
			return uw.freq, uw.tag, true
		}
		ok = ok || s.user.prefixes[w]
	}
	return 0, "", ok
}
