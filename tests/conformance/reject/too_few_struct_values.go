package main

type T struct{ a, b int }

func main() {
	_ = T{1} // ERROR "too few values in (T\{…\}|struct literal of type T)"
}
