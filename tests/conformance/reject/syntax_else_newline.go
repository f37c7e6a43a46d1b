package main

func main() {
	if true {
	}
	else { // ERROR "syntax error: else must be followed|syntax error: unexpected else"
	}
}
