package main

type Closer interface{ Close() }

type File struct{}

func (f *File) Close() {}

type Wrapped struct{ File }

func use(c Closer) {}

func get() Closer {
	return File{} // ERROR "File does not implement Closer \((Close method|method Close) has pointer receiver\)"
}

func main() {
	use(File{})                     // ERROR "File does not implement Closer \((Close method|method Close) has pointer receiver\)"
	cs := []Closer{&File{}, File{}} // ERROR "File does not implement Closer \((Close method|method Close) has pointer receiver\)"
	var w Closer = Wrapped{}        // ERROR "Wrapped does not implement Closer \((Close method|method Close) has pointer receiver\)"
	var ok Closer = &Wrapped{}
	_, _, _ = cs, w, ok
	_ = get
}
