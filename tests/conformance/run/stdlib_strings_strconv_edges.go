package main

import (
	"errors"
	"strconv"
	"strings"
)

func main() {
	println(strings.ToUpper("αβγ ДОМ дом ÿ straße"), strings.ToLower("ΑΒΓ ДОМ Ÿ ÀÉÎ"), strings.ToUpper("a\xffb"))
	sp := strings.Split("héllo", "")
	println(len(sp), sp[1], strings.Join(strings.SplitN("a-b-c-d", "-", 3), "|"), len(strings.Split("", ",")))
	println(strings.Replace("héllo", "", "·", 3), strings.Replace("aaaa", "a", "b", 0), strings.Fields("") == nil)
	println(strings.TrimRight("héllo¡¡", "¡"), strings.Trim("\t x \n", " \t\n"), strings.Count("aaaa", "aa"))
	for _, s := range []string{"-9223372036854775808", "9223372036854775808", "0b1011", "0o17", "017", "0x_1F", "1__0", "_1", "1_", "+42", "", "-", "zz"} {
		v, err := strconv.ParseInt(s, 0, 64)
		if err != nil {
			println(s, "->", v, err.Error(), errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			continue
		}
		println(s, "->", v)
	}
	u, err := strconv.ParseUint("zz", 36, 16)
	println(u, err == nil, strconv.FormatInt(-9223372036854775807-1, 10), strconv.FormatUint(18446744073709551615, 36))
	_, err = strconv.ParseUint("256", 10, 8)
	var ne *strconv.NumError
	ok := errors.As(err, &ne)
	println(ok, ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	var b strings.Builder
	b.Grow(10)
	println(b.Len(), b.Cap() >= 10)
	b.Reset()
	println(b.String() == "", strconv.Quote("tab\there \\ done"))
	defer func() { println("recovered:", recover().(string)) }()
	strings.Repeat("x", -1)
}
