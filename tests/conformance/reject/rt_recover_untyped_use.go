package main

func main() {
	defer func() {
		r := recover()
		s := r + "!"                  // ERROR "invalid operation: r \+ \"!\" \(mismatched types (any|interface\{\}) and (untyped )?string\)"
		println(r.Error())            // ERROR "r.Error undefined \(type (any|interface\{\}) has no field or method Error\)"
		msg := recover().(string) + 1 // ERROR "mismatched types string and untyped int|cannot convert 1 \(untyped int constant\) to type string"
		var b bool = !recover()       // ERROR "operator ! not defined on recover\(\)"
		_, _, _ = s, msg, b
	}()
	panic("x")
}
