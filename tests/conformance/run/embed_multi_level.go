package main

type Engine struct{ hp int }

func (e Engine) Describe() string { return "engine" }
func (e *Engine) Tune(d int)      { e.hp += d }
func (e Engine) Power() int       { return e.hp }

type Wheels struct{ count int }

func (w Wheels) Roll() string { return "rolling" }

type Car struct {
	Engine
	Wheels
	model string
}

func (c Car) Describe() string { return "car " + c.model + " with " + c.Engine.Describe() }

type SportsCar struct {
	Car
	turbo bool
}

func (s *SportsCar) Boost() {
	if s.turbo {
		s.Tune(50)
	}
}

type Describer interface{ Describe() string }

func main() {
	s := SportsCar{Car{Engine{100}, Wheels{4}, "zoom"}, true}
	println(s.Describe())
	println(s.Roll(), s.count, s.hp)
	s.Boost()
	s.Boost()
	println(s.Power(), s.Car.Engine.hp)
	s.Tune(-20)
	println(s.Power())
	var d Describer = s
	println(d.Describe())
	d = s.Engine
	println(d.Describe())
	d = &s.Car
	println(d.Describe())
	c := s.Car
	c.Tune(1000)
	println(c.Power(), s.Power())
}
