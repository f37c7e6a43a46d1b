package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := []struct {
		oldnew []string
		in     []string
	}{
		{[]string{"a", "1", "b", "2"}, []string{"", "abc", "aabbcc", "xyz"}},               // byte replacer
		{[]string{"a", "A", "a", "B"}, []string{"banana"}},                                 // first pair wins
		{[]string{"a", "11", "b", ""}, []string{"abcab", "", "zzz"}},                       // byte -> string
		{[]string{"hello", "HI"}, []string{"hello world hello", "hell", "hellohello", ""}}, // single string
		{[]string{"a", "1", "aa", "2", "aaa", "3"}, []string{"aaaa", "aaaaaaa"}},           // overlapping: argument order
		{[]string{"aaa", "3", "aa", "2", "a", "1"}, []string{"aaaa", "aaaaaaa"}},           // overlapping, longest first
		{[]string{"", "X"}, []string{"", "abc", "日本"}},                                     // empty old
		{[]string{"", "X", "b", "B"}, []string{"abc", "bb"}},                               // empty old and more
		{[]string{"<", "&lt;", ">", "&gt;", "&", "&amp;"}, []string{"<a href=\"x&y\">"}},   // html escaping
		{[]string{"日本", "Japan", "語", "language"}, []string{"日本語", "本日"}},
		{[]string{"abc", "x", "bcd", "y"}, []string{"abcd", "bcde", "abcbcd"}},
		{[]string{}, []string{"unchanged"}},
		{[]string{"a", "a"}, []string{"aaa"}},
		{[]string{"\xff", "?"}, []string{"a\xffb"}},
		{[]string{"cat", "dog", "category", "x"}, []string{"category cat"}},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.oldnew...)
		for _, s := range c.in {
			var sb strings.Builder
			n, err := r.WriteString(&sb, s)
			fmt.Printf("%q %q -> %q | %q %d %v\n", c.oldnew, s, r.Replace(s), sb.String(), n, err)
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
