package main

type S struct {
	A byte
	b []rune
}

func main() {
	defer func() { println(recover().(error).Error()) }()
	var x interface{} = struct {
		X int `json:"x"`
		S
	}{}
	_ = x.(func(int, ...string) (bool, error))
}
