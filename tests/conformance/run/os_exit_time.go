package main

import (
	"os"
	"time"
)

func main() {
	t := time.Now()
	d := time.Since(t)
	println(d >= 0, time.Duration(1500)*time.Millisecond == 1500*time.Millisecond)
	println((90 * time.Minute).String(), (1500 * time.Microsecond).String(), time.Duration(0).String())
	println(t.Unix() > 1600000000)
	defer println("deferred: must not run")
	print("bye\n")
	os.Exit(3)
}
