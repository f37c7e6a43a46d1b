package main

type ValidationErr struct {
	Field string
	Limit int
}

func (e ValidationErr) Error() string {
	s := "invalid " + e.Field + ": limit "
	digits := ""
	n := e.Limit
	for n > 0 {
		digits = string(rune('0'+n%10)) + digits
		n /= 10
	}
	return s + digits
}

func validate(age int) {
	defer println("validate deferred")
	if age > 150 {
		panic(ValidationErr{"age", 150})
	}
	println("valid", age)
}

func main() {
	validate(30)
	validate(200)
}
