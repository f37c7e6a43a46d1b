package main

func cleanup() {}

func main() {
	defer cleanup   // ERROR "expression in defer must be function call"
	defer (cleanup()) // ERROR "expression in defer must not be parenthesized"
}
