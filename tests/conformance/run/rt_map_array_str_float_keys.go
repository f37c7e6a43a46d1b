package main

type Pair [2]string

func main() {
	// array of strings: contents compared, not identities
	words := map[Pair]int{}
	x := "ab"
	y := ""
	for _, c := range []byte("ab") {
		y += string(c)
	}
	words[Pair{x, "c"}] = 1
	words[Pair{y, "c"}]++
	words[Pair{"abc", ""}] = 5
	words[Pair{"", "abc"}] = 6
	println(len(words), words[Pair{"ab", "c"}], words[Pair{"abc", ""}], words[Pair{"", "abc"}])
	delete(words, Pair{"a" + "b", "c"})
	println(len(words), words[Pair{x, "c"}])

	// floats inside arrays: -0 == +0, NaN never matches
	zero := 0.0
	fm := map[[2]float64]int{}
	fm[[2]float64{zero, 1}] = 1
	fm[[2]float64{-zero, 1}] = 2
	nan := zero / zero
	fm[[2]float64{nan, 1}] = 3
	fm[[2]float64{nan, 1}] = 4
	_, ok := fm[[2]float64{nan, 1}]
	println(len(fm), fm[[2]float64{0, 1}], ok)

	// float32 arrays
	f32 := map[[3]float32]string{{1, 2, 3}: "a"}
	var z32 float32
	f32[[3]float32{-z32, 0.5, 0.25}] = "b"
	println(f32[[3]float32{1, 2, 3}], f32[[3]float32{0, 0.5, 0.25}], len(f32))

	// many string-array keys
	many := map[[2]string]int{}
	s := ""
	for i := 0; i < 300; i++ {
		s += string(rune('a' + i%26))
		many[[2]string{s, s[:len(s)/2]}] = i
	}
	println(len(many), many[[2]string{"abc", "a"}], many[[2]string{"abcd", "ab"}])
}
