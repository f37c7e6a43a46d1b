package main

// Untyped constants keep full precision until they meet a type.

type Weekday int32

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const huge = 1 << 100
const third = 1.0 / 3

//export thursday
func thursday() Weekday { return Thursday }

//export sizes
func sizes() (int, int, int) { return KB, MB, GB }

//export fromHuge
func fromHuge() int { return huge >> 98 }

//export exact
func exact() bool { return 0.1+0.2 == 0.3 }

//export thirds
func thirds() float64 { return third * 3 }

//export typed
func typed(x int8) int8 {
	const limit int8 = 100
	return x + limit - 'A'
}

//call thursday()
//call sizes()
//call fromHuge()
//call exact()
//call thirds()
//call typed(3)
