package main

type Enum interface {
	~int | ~uint8
	String() string
}

type Day int

func (d Day) String() string {
	names := [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	return names[int(d)%7]
}

type Level uint8

func (l Level) String() string {
	if l >= 3 {
		return "high"
	}
	return "low"
}

func Next[T Enum](x T) T { return x + 1 }

func Range[T Enum](from, to T) string {
	s := ""
	for v := from; v <= to; v += 1 {
		s += v.String() + " "
	}
	return s
}

func Describe[T Enum](x T) string {
	s := x.String()
	if x > 5 {
		s += ">5"
	}
	if x%2 == 0 {
		s += ",even"
	}
	return s
}

type Incr interface {
	~int
	Inc() int
}

type Counter int

func (c Counter) Inc() int { return int(c) + 100 }

func Use[T Incr](x T) int {
	y := x * 2
	return x.Inc() + y.Inc()
}

func main() {
	println(Next(Day(5)).String(), Next(Day(6)).String(), int(Next(Day(6))))
	println(Range(Day(1), Day(3)))
	println(Range(Level(1), Level(4)))
	println(Describe(Day(12)), Describe(Level(255)))
	println(Next(Level(255)).String(), Next(Level(255)))
	println(Use(Counter(5)))
}
