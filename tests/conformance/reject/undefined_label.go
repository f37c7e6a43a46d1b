package main

func main() {
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
}
