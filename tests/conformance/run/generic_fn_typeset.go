package main

func Abs[T ~int | ~int64 | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Half[T ~int | ~float64](x T) T {
	return x / 2
}

func Sign[T ~int | ~int64 | ~float64](x T) int {
	if x < 0 {
		return -1
	}
	if x > 0 {
		return 1
	}
	return 0
}

type Meters float64
type Count int
type Big int64

func main() {
	println(Abs(-5), Abs(5), Abs(-2.5), Abs(Meters(-3.25)))
	println(Abs(Count(-9)), Abs(Big(-1<<40)))
	println(Half(7), Half(7.0), Half(Count(9)), Half(Meters(9)))
	println(Sign(3.0), Sign(-0.5), Sign(0), Sign(Big(-2)), Sign(Count(0)) == Sign(0.0))

	var m Meters = Abs(Meters(-10)) + Half(Meters(1))
	println(m)
	var c Count = Half(Count(-7))
	println(c)
}
