package main

import "errors" // ERROR "(imported and not used: \"errors\"|\"errors\" imported and not used)"

func main() {
}
