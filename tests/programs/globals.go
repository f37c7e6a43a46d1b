package main

var (
	a = b + 1
	b = f()
	c = 10
	d []int
	e = [3]string{"x", "y", "z"}
	total int
)

var counter = 0

func f() int {
	counter++
	return c * 2
}

func init() {
	total = a + b
	d = append(d, a, b, c)
}

func init() {
	total *= 2
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

func main() {
	println(a, b, c, total, counter, len(d), d[2])
	println(e[1], len(e), KB, MB)
	println(Tuesday, Monday.Next(), Weekday(6).Next())
	var u8 uint8 = 250
	u8 += 10
	var i16 int16 = 32767
	i16++
	println(u8, i16, ^uint32(0), -(-128))
}
