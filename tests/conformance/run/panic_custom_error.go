package main

type errorString string

func (e errorString) Error() string { return string(e) }

func main() {
	panic(errorString("custom err"))
}
