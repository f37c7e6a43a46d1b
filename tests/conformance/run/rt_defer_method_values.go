package main

type Box struct{ v int }

func (b Box) Show(tag string) { println(tag, b.v) }
func (b *Box) Bump()          { b.v++ }

type Shower interface{ Show(tag string) }

type Other struct{ name string }

func (o *Other) Show(tag string) { println(tag, o.name) }

func main() {
	b := Box{1}
	func() {
		// method value bound now: value receiver copied now
		show := b.Show
		defer show("bound method value:")
		defer b.Show("direct value method:")
		defer b.Bump()
		defer Box.Show(b, "method expression:")
		defer (*Box).Bump(&b)
		b.v = 10
	}()
	println("after:", b.v)

	func() {
		// interface method: receiver and dynamic type fixed at defer time
		var s Shower = Box{7}
		defer s.Show("iface value receiver:")
		o := &Other{"first"}
		s = o
		defer s.Show("iface pointer receiver:")
		o.name = "renamed"
		s = Box{99}
	}()

	// deferring a method on a nil interface panics at the defer statement
	func() {
		defer func() {
			println("recovered:", recover().(error).Error())
		}()
		var s Shower
		defer println("this deferred println still runs")
		defer s.Show("never")
		println("not reached")
	}()

	// deferring a method on a nil pointer is fine until the method uses it
	func() {
		defer func() {
			println("recovered 2:", recover().(error).Error())
		}()
		var p *Box
		defer p.Bump()
		println("deferred nil pointer method; body continues")
	}()

	// method values in a slice, deferred in a loop
	boxes := []Box{{1}, {2}, {3}}
	func() {
		for i := range boxes {
			defer boxes[i].Show("slice elem:")
			defer boxes[i].Bump()
		}
	}()
	println(boxes[0].v, boxes[1].v, boxes[2].v)
}
