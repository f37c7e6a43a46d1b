package main

type MyInt int
type Alias = int

type E struct{}

func (E) Error() string { return "" }

func main() {
	var x any = 1
	switch x.(type) {
	case int, string:
	case MyInt:
	case Alias: // ERROR "duplicate case (int|Alias) in type switch"
	}
	switch v := x.(type) {
	case error, E:
	case E: // ERROR "duplicate case E in type switch"
		_ = v
	case nil:
	case nil: // ERROR "(duplicate case nil|multiple nil cases) in type switch"
	}
}
