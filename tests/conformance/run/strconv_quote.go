package main

import (
	"strconv"
	"strings"
)

// The quoting tests of Go's own quote_test.go (Quote, QuoteToASCII, QuoteToGraphic, the rune
// versions and their Append forms, CanBackquote, Unquote, UnquoteChar, QuotedPrefix), every
// result printed (ASCII-quoted) as well as checked against the table, and IsPrint/IsGraphic over
// every rune.

type quoteTest struct {
	in      string
	out     string
	ascii   string
	graphic string
}

var quotetests = []quoteTest{
	{"\a\b\f\r\n\t\v", `"\a\b\f\r\n\t\v"`, `"\a\b\f\r\n\t\v"`, `"\a\b\f\r\n\t\v"`},
	{"\\", `"\\"`, `"\\"`, `"\\"`},
	{"abc\xffdef", `"abc\xffdef"`, `"abc\xffdef"`, `"abc\xffdef"`},
	{"\u263a", `"☺"`, `"\u263a"`, `"☺"`},
	{"\U0010ffff", `"\U0010ffff"`, `"\U0010ffff"`, `"\U0010ffff"`},
	{"\x04", `"\x04"`, `"\x04"`, `"\x04"`},
	// Some non-printable but graphic runes. Final column is double-quoted.
	{"!\u00a0!\u2000!\u3000!", `"!\u00a0!\u2000!\u3000!"`, `"!\u00a0!\u2000!\u3000!"`, "\"!\u00a0!\u2000!\u3000!\""},
	{"\x7f", `"\x7f"`, `"\x7f"`, `"\x7f"`},
}

type quoteRuneTest struct {
	in      rune
	out     string
	ascii   string
	graphic string
}

var quoterunetests = []quoteRuneTest{
	{'a', `'a'`, `'a'`, `'a'`},
	{'\a', `'\a'`, `'\a'`, `'\a'`},
	{'\\', `'\\'`, `'\\'`, `'\\'`},
	{0xFF, `'ÿ'`, `'\u00ff'`, `'ÿ'`},
	{0x263a, `'☺'`, `'\u263a'`, `'☺'`},
	{0xdead, `'�'`, `'\ufffd'`, `'�'`},
	{0xfffd, `'�'`, `'\ufffd'`, `'�'`},
	{0x0010ffff, `'\U0010ffff'`, `'\U0010ffff'`, `'\U0010ffff'`},
	{0x0010ffff + 1, `'�'`, `'\ufffd'`, `'�'`},
	{0x04, `'\x04'`, `'\x04'`, `'\x04'`},
	// Some differences between graphic and printable. Note the last column is double-quoted.
	{'\u00a0', `'\u00a0'`, `'\u00a0'`, "'\u00a0'"},
	{'\u2000', `'\u2000'`, `'\u2000'`, "'\u2000'"},
	{'\u3000', `'\u3000'`, `'\u3000'`, "'\u3000'"},
}

type canBackquoteTest struct {
	in  string
	out bool
}

var canbackquotetests = []canBackquoteTest{
	{"`", false},
	{string(rune(0)), false},
	{string(rune(1)), false},
	{string(rune(2)), false},
	{string(rune(3)), false},
	{string(rune(4)), false},
	{string(rune(5)), false},
	{string(rune(6)), false},
	{string(rune(7)), false},
	{string(rune(8)), false},
	{string(rune(9)), true}, // \t
	{string(rune(10)), false},
	{string(rune(11)), false},
	{string(rune(12)), false},
	{string(rune(13)), false},
	{string(rune(14)), false},
	{string(rune(15)), false},
	{string(rune(16)), false},
	{string(rune(17)), false},
	{string(rune(18)), false},
	{string(rune(19)), false},
	{string(rune(20)), false},
	{string(rune(21)), false},
	{string(rune(22)), false},
	{string(rune(23)), false},
	{string(rune(24)), false},
	{string(rune(25)), false},
	{string(rune(26)), false},
	{string(rune(27)), false},
	{string(rune(28)), false},
	{string(rune(29)), false},
	{string(rune(30)), false},
	{string(rune(31)), false},
	{string(rune(0x7F)), false},
	{`' !"#$%&'()*+,-./:;<=>?@[\]^_{|}~`, true},
	{`0123456789`, true},
	{`ABCDEFGHIJKLMNOPQRSTUVWXYZ`, true},
	{`abcdefghijklmnopqrstuvwxyz`, true},
	{`☺`, true},
	{"\x80", false},
	{"a\xe0\xa0z", false},
	{"\ufeffabc", false},
	{"a\ufeffz", false},
}

type unQuoteTest struct {
	in  string
	out string
}

var unquotetests = []unQuoteTest{
	{`""`, ""},
	{`"a"`, "a"},
	{`"abc"`, "abc"},
	{`"☺"`, "☺"},
	{`"hello world"`, "hello world"},
	{`"\xFF"`, "\xFF"},
	{`"\377"`, "\377"},
	{`"\u1234"`, "\u1234"},
	{`"\U00010111"`, "\U00010111"},
	{`"\U0001011111"`, "\U0001011111"},
	{`"\a\b\f\n\r\t\v\\\""`, "\a\b\f\n\r\t\v\\\""},
	{`"'"`, "'"},

	{`'a'`, "a"},
	{`'☹'`, "☹"},
	{`'\a'`, "\a"},
	{`'\x10'`, "\x10"},
	{`'\377'`, "\377"},
	{`'\u1234'`, "\u1234"},
	{`'\U00010111'`, "\U00010111"},
	{`'\t'`, "\t"},
	{`' '`, " "},
	{`'\''`, "'"},
	{`'"'`, "\""},

	{"``", ``},
	{"`a`", `a`},
	{"`abc`", `abc`},
	{"`☺`", `☺`},
	{"`hello world`", `hello world`},
	{"`\\xFF`", `\xFF`},
	{"`\\377`", `\377`},
	{"`\\`", `\`},
	{"`\n`", "\n"},
	{"`	`", `	`},
	{"` `", ` `},
	{"`a\rb`", "ab"},
}

var misquoted = []string{
	``,
	`"`,
	`"a`,
	`"'`,
	`b"`,
	`"\"`,
	`"\9"`,
	`"\19"`,
	`"\129"`,
	`'\'`,
	`'\9'`,
	`'\19'`,
	`'\129'`,
	`'ab'`,
	`"\x1!"`,
	`"\U12345678"`,
	`"\z"`,
	"`",
	"`xxx",
	"``x\r",
	"`\"",
	`"\'"`,
	`'\"'`,
	"\"\n\"",
	"\"\\n\n\"",
	"'\n'",
	`"\udead"`,
	`"\ud83d\ude4f"`,
}

func check(what, got, want string) {
	line := what + " " + strconv.QuoteToASCII(got)
	if got != want {
		line += " MISMATCH want " + strconv.QuoteToASCII(want)
	}
	println(line)
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func testUnquote(in, want string, wantErr error) {
	got, gotErr := strconv.Unquote(in)
	line := "Unquote " + strconv.QuoteToASCII(in) + " = " + strconv.QuoteToASCII(got) + " " + errString(gotErr)
	if got != want || gotErr != wantErr {
		line += " MISMATCH"
	}
	println(line)

	if gotErr == nil {
		want = in
	}
	suffix := "\n\r\\\"`'"
	if len(in) > 0 {
		suffix = strings.ReplaceAll(suffix, in[:1], "")
	}
	in += suffix
	got, gotErr = strconv.QuotedPrefix(in)
	if gotErr == nil && wantErr != nil {
		_, wantErr = strconv.Unquote(got)
		want = got
	}
	if got != want || gotErr != wantErr {
		println("QuotedPrefix", strconv.QuoteToASCII(in), "MISMATCH", strconv.QuoteToASCII(got), errString(gotErr))
	}
}

func main() {
	for _, tt := range quotetests {
		check("Quote", strconv.Quote(tt.in), tt.out)
		check("AppendQuote", string(strconv.AppendQuote([]byte("abc"), tt.in)), "abc"+tt.out)
		check("QuoteToASCII", strconv.QuoteToASCII(tt.in), tt.ascii)
		check("AppendQuoteToASCII", string(strconv.AppendQuoteToASCII([]byte("abc"), tt.in)), "abc"+tt.ascii)
		check("QuoteToGraphic", strconv.QuoteToGraphic(tt.in), tt.graphic)
		check("AppendQuoteToGraphic", string(strconv.AppendQuoteToGraphic([]byte("abc"), tt.in)), "abc"+tt.graphic)
	}
	for _, tt := range quoterunetests {
		check("QuoteRune", strconv.QuoteRune(tt.in), tt.out)
		check("AppendQuoteRune", string(strconv.AppendQuoteRune([]byte("abc"), tt.in)), "abc"+tt.out)
		check("QuoteRuneToASCII", strconv.QuoteRuneToASCII(tt.in), tt.ascii)
		check("AppendQuoteRuneToASCII", string(strconv.AppendQuoteRuneToASCII([]byte("abc"), tt.in)), "abc"+tt.ascii)
		check("QuoteRuneToGraphic", strconv.QuoteRuneToGraphic(tt.in), tt.graphic)
		check("AppendQuoteRuneToGraphic", string(strconv.AppendQuoteRuneToGraphic([]byte("abc"), tt.in)), "abc"+tt.graphic)
	}
	for _, tt := range canbackquotetests {
		if got := strconv.CanBackquote(tt.in); got != tt.out {
			println("CanBackquote", strconv.QuoteToASCII(tt.in), "MISMATCH")
		}
	}
	for _, tt := range unquotetests {
		testUnquote(tt.in, tt.out, nil)
	}
	for _, tt := range quotetests {
		testUnquote(tt.out, tt.in, nil)
	}
	for _, s := range misquoted {
		testUnquote(s, "", strconv.ErrSyntax)
	}
	testUnquote(`"foo"`, "foo", nil)
	testUnquote(`"foo`, "", strconv.ErrSyntax)
	testUnquote(`"`+"\xc0"+`"`, "\xef\xbf\xbd", nil)
	testUnquote(`"a`+"\xc0"+`"`, "a\xef\xbf\xbd", nil)
	testUnquote(`"\t`+"\xc0"+`"`, "\t\xef\xbf\xbd", nil)

	// UnquoteChar step by step.
	s := `\x41\u00e9\U0001F600\101\n\'z"`
	for len(s) > 0 {
		v, mb, tail, err := strconv.UnquoteChar(s, '\'')
		println("UnquoteChar", v, mb, strconv.QuoteToASCII(tail), errString(err))
		if err != nil {
			break
		}
		s = tail
	}

	// IsPrint and IsGraphic over every rune: counts and a hash of where they change.
	nPrint, nGraphic := 0, 0
	var h uint64 = 14695981039346656037
	prevP, prevG := false, false
	for r := rune(0); r <= 0x10FFFF; r++ {
		p, g := strconv.IsPrint(r), strconv.IsGraphic(r)
		if p {
			nPrint++
		}
		if g {
			nGraphic++
		}
		if p != prevP || g != prevG {
			h = (h ^ uint64(r)) * 1099511628211
			prevP, prevG = p, g
		}
	}
	println("IsPrint", nPrint, "IsGraphic", nGraphic, "hash", strconv.FormatUint(h, 16))
	println(strconv.IsPrint(-1), strconv.IsPrint(0x110000), strconv.IsGraphic('\u3000'))
}
