package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func b(s string) []byte { return []byte(s) }

func main() {
	// Map, ToUpper/ToLower/ToTitle/Title, ToValidUTF8, Runes.
	drop := func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}
	for _, s := range []string{"", "hello", "héllo wörld", "a\xffb", "привет мир", "ρωμαικα"} {
		fmt.Printf("%q %q %q %q %q %q\n", bytes.Map(drop, b(s)), bytes.ToUpper(b(s)), bytes.ToLower(b(s)), bytes.ToTitle(b(s)), bytes.Title(b(s)), bytes.ToValidUTF8(b(s), b("?")))
		fmt.Printf("%q\n", bytes.Runes(b(s)))
	}
	fmt.Printf("%q %v\n", bytes.ToValidUTF8(b("a\xff\xfe\xe2\x82b"), nil), bytes.Map(drop, nil) == nil)

	// Index family.
	for _, c := range [][2]string{{"", ""}, {"abc", ""}, {"golang", "ng"}, {"héllo", "lé"}, {"a\xffb\xff", "\xff"}, {"a\uFFFDb", "\xff"}, {"long string here", "xyz e"}, {"日本語日本語", "語本"}} {
		fmt.Println(bytes.IndexAny(b(c[0]), c[1]), bytes.LastIndexAny(b(c[0]), c[1]), bytes.ContainsAny(b(c[0]), c[1]))
	}
	for _, r := range []rune{'a', 'é', '語', unicode.ReplacementChar, -1, 0x110000} {
		fmt.Println(bytes.IndexRune(b("aé語\xff"), r), bytes.ContainsRune(b("aé語"), r))
	}
	fmt.Println(bytes.LastIndexByte(b("abca"), 'a'), bytes.LastIndexByte(nil, 'a'))
	fmt.Println(bytes.IndexFunc(b("ab1c2"), unicode.IsDigit), bytes.LastIndexFunc(b("ab1c2"), unicode.IsDigit), bytes.IndexFunc(nil, unicode.IsDigit))

	// Cut.
	for _, c := range [][2]string{{"key=value", "="}, {"key", "="}, {"", ""}, {"a==b", "=="}} {
		bf, af, f := bytes.Cut(b(c[0]), b(c[1]))
		fmt.Printf("%q %q %v\n", bf, af, f)
	}

	// Split family.
	for _, c := range [][2]string{{"a,b,c", ","}, {"", ","}, {"", ""}, {"日本\xff", ""}, {",,", ","}} {
		for _, n := range []int{-1, 0, 1, 2} {
			fmt.Printf("%q %q %d: %q %q\n", c[0], c[1], n, bytes.SplitN(b(c[0]), b(c[1]), n), bytes.SplitAfterN(b(c[0]), b(c[1]), n))
		}
		fmt.Printf("%q %q\n", bytes.Split(b(c[0]), b(c[1])), bytes.SplitAfter(b(c[0]), b(c[1])))
	}
	// Split results have capacity limited to their length.
	parts := bytes.Split(b("a,b"), b(","))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q\n", parts)

	// Fields / FieldsFunc.
	for _, s := range []string{"", "   ", " a b\tc\n", "日本 語\u00a0x", "a\xffb"} {
		fmt.Printf("%q %q\n", bytes.Fields(b(s)), bytes.FieldsFunc(b(s), func(r rune) bool { return r == ' ' || r == 0xFFFD }))
	}

	// Trim family.
	for _, s := range []string{"", "  x  ", "xxhixx", "\u00a0 hi\u2000", "123abc456", "\xffa\xff"} {
		fmt.Printf("%q %q %q %q %q %q %q\n", bytes.TrimSpace(b(s)), bytes.Trim(b(s), "x "), bytes.TrimLeft(b(s), "x1"), bytes.TrimRight(b(s), "x6\xff"), bytes.TrimFunc(b(s), unicode.IsDigit), bytes.TrimLeftFunc(b(s), unicode.IsSpace), bytes.TrimRightFunc(b(s), unicode.IsDigit))
	}
	fmt.Println(bytes.TrimSpace(b("   ")) == nil, bytes.Trim(nil, "a") == nil, bytes.Trim(b("aa"), "a") == nil)

	// Replace / EqualFold.
	fmt.Printf("%q %q %q %q\n", bytes.Replace(b("oink oink oink"), b("k"), b("ky"), 2), bytes.Replace(b("oink oink"), b("oink"), b("moo"), -1), bytes.ReplaceAll(b("abc"), nil, b("-")), bytes.Replace(b("日本"), b(""), b("|"), 2))
	for _, c := range [][2]string{{"Go", "GO"}, {"ΣΙΣΥΦΟΣ", "σισυφος"}, {"a", "b"}, {"", "a"}} {
		fmt.Println(bytes.EqualFold(b(c[0]), b(c[1])))
	}
}
