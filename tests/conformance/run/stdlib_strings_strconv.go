package main

import (
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString(strconv.Itoa(i * -7))
		b.WriteByte(',')
	}
	b.WriteRune('é')
	println(b.String(), b.Len())
	println(strings.Contains("gopher", "ph"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.Count("cheese", "e"), strings.Count("five", ""))
	println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Repeat("ab", 3), strings.ToUpper("Hello, wörld"), strings.ToLower("ABC"))
	parts := strings.Split("a,b,,c", ",")
	println(len(parts), parts[2] == "", strings.Join(strings.Fields("  foo bar\tbaz \n"), "|"), len(strings.SplitN("a,b,c", ",", 2)))
	println(strings.TrimSpace("  x y \t"), strings.Trim("xxhixx", "x"), strings.TrimLeft("¡¡hola", "¡"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("ab", "", "-", -1), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	n, err := strconv.Atoi("12345")
	println(n, err == nil)
	_, err = strconv.Atoi("12a")
	println(err.Error())
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	println(err.Error())
	v, _ := strconv.ParseInt("-0x1f", 0, 16)
	u, _ := strconv.ParseUint("1_000", 0, 32)
	_, err = strconv.ParseInt("300", 10, 8)
	println(v, u, err.Error(), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2))
	bo, _ := strconv.ParseBool("True")
	_, err = strconv.ParseBool("yes")
	println(bo, err.Error(), strconv.Quote("a\"b\n\tc\x01é"), strconv.FormatBool(false))
	var ne *strconv.NumError
	_ = ne
	println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
}
