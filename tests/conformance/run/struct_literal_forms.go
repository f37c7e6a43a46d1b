package main

type Item struct {
	Name  string
	Count int
	Tags  []string
}

type Inv struct {
	Items []Item
	ByIdx [2]*Item
}

func main() {
	inv := Inv{
		Items: []Item{
			{"a", 1, nil},
			{Name: "b", Tags: []string{"x", "y"}},
		},
	}
	inv.ByIdx[0] = &inv.Items[1]
	println(len(inv.Items), inv.Items[1].Count, len(inv.Items[1].Tags))
	println(inv.ByIdx[0].Name, inv.ByIdx[1] == nil)
	ptrs := []*Item{{Name: "p"}, {Name: "q", Count: 2}}
	println(ptrs[1].Name, ptrs[1].Count)
	arr := [...]Item{2: {Name: "last"}}
	println(len(arr), arr[2].Name, arr[0].Name == "")
	m := map[string]Item{"k": {Name: "v", Count: 3}}
	println(m["k"].Count)
	nested := [][]Item{{{Name: "n"}}}
	println(nested[0][0].Name)
	ip := &Item{Name: "ptr"}
	ip.Count = 9
	println(ip.Name, ip.Count)
}
