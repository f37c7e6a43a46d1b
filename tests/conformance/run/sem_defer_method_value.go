package main

type Logger struct {
	prefix string
	lines  int
}

func (l Logger) Say(msg string)   { println(l.prefix, msg) }
func (l *Logger) PSay(msg string) { l.lines++; println(l.prefix, msg, l.lines) }

type Sayer interface{ Say(string) }

type Loud struct{ name string }

func (l Loud) Say(msg string) { println(l.name, "!!", msg) }

func run() {
	l := Logger{prefix: "v1"}
	defer l.Say("value receiver copied at defer")
	defer l.PSay("pointer receiver sees later state")
	say := l.Say
	defer say("method value bound before change")
	psay := l.PSay
	defer psay("pointer method value")
	var s Sayer = Loud{"first"}
	defer s.Say("iface evaluated at defer")
	sm := s.Say
	s = Loud{"second"}
	defer sm("iface method value")
	defer s.Say("iface after reassignment")
	l.prefix = "v2"
	l.lines = 10
	println("end of run")
}

func withLoop() {
	ls := []Logger{{prefix: "a"}, {prefix: "b"}, {prefix: "c"}}
	for i := range ls {
		defer ls[i].Say("loop value")
		defer ls[i].PSay("loop ptr")
	}
	for i := range ls {
		ls[i].prefix += "'"
	}
}

func recoverNilIface() {
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var s Sayer
	defer println("registered before nil defer")
	defer s.Say("never")
	println("not reached")
}

func main() {
	run()
	withLoop()
	recoverNilIface()
	println("done")
}
