package main

import "errors"

type Code int
type Reason string
type Detail struct {
	Where string
	Line  int
}
type Fail struct{ msg string }

func (f *Fail) Error() string { return "fail: " + f.msg }

var ErrSentinel = errors.New("sentinel")

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := catch(func() { panic(7) })
	println(r.(int) + 1)

	r = catch(func() { panic(Code(404)) })
	_, isInt := r.(int)
	println(int(r.(Code)), isInt)

	r = catch(func() { panic(Reason("bad")) })
	_, isStr := r.(string)
	println(string(r.(Reason)), isStr)

	r = catch(func() { panic(Detail{"parse", 12}) })
	d := r.(Detail)
	println(d.Where, d.Line, r == any(Detail{"parse", 12}))

	// pointer identity survives the panic
	f := &Fail{"disk"}
	r = catch(func() { panic(f) })
	println(r == any(f), r.(*Fail) == f, r.(error).Error())

	// sentinel errors compare equal after recovery
	r = catch(func() { panic(ErrSentinel) })
	err := r.(error)
	println(err == ErrSentinel, errors.Is(err, ErrSentinel), err.Error())

	// float, bool, uint8 and a func value
	r = catch(func() { panic(2.5) })
	println(r.(float64) * 2)
	r = catch(func() { panic(false) })
	println(r == false, r == any(0))
	r = catch(func() { panic(uint8(255)) })
	println(r.(uint8)+1, r == any(255))

	// a slice value can be recovered and used, just not compared
	r = catch(func() { panic([]string{"a", "b"}) })
	println(len(r.([]string)), r.([]string)[1])

	// no panic: nil
	r = catch(func() {})
	println(r == nil)

	// type switch over recovered values
	for _, v := range []any{1, "s", Code(3), &Fail{"x"}, Detail{}} {
		got := catch(func() { panic(v) })
		switch x := got.(type) {
		case error:
			println("error", x.Error())
		case Code:
			println("code", int(x))
		case int, string:
			println("basic")
		default:
			println("other")
		}
	}
}
