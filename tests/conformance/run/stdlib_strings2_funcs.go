package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// Map, including dropping runes and invalid UTF-8.
	rot := func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	drop := func(r rune) rune {
		if r == 'l' || r == 'é' {
			return -1
		}
		return r
	}
	for _, s := range []string{"", "hello", "héllo wörld", "a\xffb", "\xff", "日本語"} {
		fmt.Printf("%q %q %q %q\n", strings.Map(rot, s), strings.Map(drop, s), strings.Map(unicode.ToUpper, s), strings.Map(func(r rune) rune { return r }, s))
	}
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 'ö' }, "abc"))

	// IndexAny / LastIndexAny / ContainsAny / LastIndexByte.
	anyCases := [][2]string{{"", ""}, {"abc", ""}, {"", "a"}, {"golang", "ng"}, {"golang", "xyz"}, {"héllo", "lé"}, {"a\xffb\xff", "\xff"}, {"a\uFFFDb", "\xff"}, {"a\xffb", "\uFFFD"}, {"long string here", "xyz e"}, {"aaaaaaaaaaaaab", "b"}, {"日本語日本語", "語本"}, {"x", "日x"}, {"\xff", "\xff"}}
	for _, c := range anyCases {
		fmt.Println(strings.IndexAny(c[0], c[1]), strings.LastIndexAny(c[0], c[1]), strings.ContainsAny(c[0], c[1]))
	}
	fmt.Println(strings.LastIndexByte("", 'a'), strings.LastIndexByte("abca", 'a'), strings.LastIndexByte("abc", 'z'))

	// IndexFunc / LastIndexFunc.
	for _, s := range []string{"", "abc", "ab1c2", "日本1", "\xff1\xff"} {
		fmt.Println(strings.IndexFunc(s, unicode.IsDigit), strings.LastIndexFunc(s, unicode.IsDigit), strings.IndexFunc(s, func(r rune) bool { return r == unicode.ReplacementChar }))
	}

	// Cut.
	for _, c := range [][2]string{{"key=value", "="}, {"key", "="}, {"", ""}, {"abc", ""}, {"a==b", "=="}, {"héllo", "é"}} {
		b, a, f := strings.Cut(c[0], c[1])
		fmt.Printf("%q %q %v\n", b, a, f)
	}

	// SplitAfter / SplitAfterN / SplitN.
	for _, c := range [][2]string{{"a,b,c", ","}, {"a,b,c,", ","}, {"", ","}, {"", ""}, {"abc", ""}, {"日本\xff", ""}, {"abc", "abc"}, {",,", ","}, {"a--b--c", "--"}} {
		for _, n := range []int{-1, 0, 1, 2, 5} {
			fmt.Printf("%q %q %d: %q %v | %q %v\n", c[0], c[1], n, strings.SplitAfterN(c[0], c[1], n), strings.SplitAfterN(c[0], c[1], n) == nil, strings.SplitN(c[0], c[1], n), strings.SplitN(c[0], c[1], n) == nil)
		}
		fmt.Printf("%q %q\n", strings.SplitAfter(c[0], c[1]), strings.Split(c[0], c[1]))
	}

	// FieldsFunc / Fields.
	for _, s := range []string{"", "   ", "a b  c", "  foo1;bar2,baz3...", "héllo wörld\u00a0x", "a\xffb"} {
		f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		fmt.Printf("%q %d %q\n", f, len(f), strings.Fields(s))
	}

	// Trim*Func.
	for _, s := range []string{"", "123abc456", "123", "abc", "\xff1a1\xff", "1日本1"} {
		fmt.Printf("%q %q %q\n", strings.TrimFunc(s, unicode.IsDigit), strings.TrimLeftFunc(s, unicode.IsDigit), strings.TrimRightFunc(s, unicode.IsDigit))
	}
	fmt.Printf("%q\n", strings.TrimRightFunc("ab\xff", func(r rune) bool { return r == unicode.ReplacementChar }))

	// Title / ToTitle / ToUpper / ToLower.
	for _, s := range []string{"", "hello world", "her royal highness", "o'neil_x is.here", "élan vital", "ünïcode test", "ρωμαικα γραμματα", "привет мир", "a\xffb c"} {
		fmt.Printf("%q %q %q %q\n", strings.Title(s), strings.ToTitle(s), strings.ToUpper(s), strings.ToLower(s))
	}

	// ToValidUTF8.
	for _, s := range []string{"", "abc", "a\xffb", "a\xff\xfeb", "\xff", "\xe2\x82", "日本\xe6語", "\xed\xa0\x80x"} {
		fmt.Printf("%q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), strings.ToValidUTF8(s, "\uFFFD"))
	}

	// EqualFold / Clone.
	for _, c := range [][2]string{{"Go", "GO"}, {"go", "og"}, {"", ""}, {"a", ""}, {"ÉLAN", "élan"}, {"ΣΙΣΥΦΟΣ", "σισυφος"}, {"ς", "σ"}, {"ς", "τ"}, {"ПРИВЕТ", "привет"}, {"a\xff", "A\xff"}, {"\xff", "\uFFFD"}, {"k", "K"}, {"k", "l"}} {
		fmt.Println(strings.EqualFold(c[0], c[1]))
	}
	fmt.Printf("%q %q\n", strings.Clone(""), strings.Clone("abc"))
}
