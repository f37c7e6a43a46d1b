package main

type Conn struct{ open bool }

func (c *Conn) Close() {
	if !c.open {
		panic("close of closed connection")
	}
	c.open = false
}

func handle(c *Conn) {
	defer c.Close()
	c.Close()
	println("closed once")
	panic("handler failed")
}

func main() {
	defer println("deferred print in main runs")
	handle(&Conn{open: true})
	println("not reached")
}
