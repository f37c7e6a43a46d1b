package main

func lower(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func isLetter(c rune) bool {
	c = lower(c)
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c > 127
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, c := range s {
		if isLetter(c) {
			rs = append(rs, lower(c))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longestPalSub(s string) string {
	best := ""
	for center := 0; center < len(s); center++ {
		for _, odd := range []bool{true, false} {
			lo, hi := center, center+1
			if odd {
				hi = center
			}
			for lo >= 0 && hi < len(s) && s[lo] == s[hi] {
				lo--
				hi++
			}
			if hi-lo-1 > len(best) {
				best = s[lo+1 : hi]
			}
		}
	}
	return best
}

func main() {
	for _, s := range []string{
		"A man, a plan, a canal: Panama",
		"racecar", "hello", "", "Was it a car or a cat I saw?",
		"été", "No 'x' in Nixon", "ab",
	} {
		println(isPalindrome(s), "|"+s+"|")
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"} {
		println(s, "->", longestPalSub(s))
	}
}
