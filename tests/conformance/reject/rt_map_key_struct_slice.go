package main

type Tags struct {
	name string
	list []string
}

type Wrapper struct {
	t Tags
}

var byTags map[Tags]int     // ERROR "invalid map key type Tags"
var byWrap map[Wrapper]bool // ERROR "invalid map key type Wrapper"
var byArr map[[2][]int]bool // ERROR "invalid map key type \[2\]\[\]int"

func main() {
	_, _, _ = byTags, byWrap, byArr
}
