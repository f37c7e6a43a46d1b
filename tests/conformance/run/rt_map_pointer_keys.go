package main

type Node struct {
	name string
	val  int
}

func main() {
	a := &Node{"a", 1}
	b := &Node{"a", 1}
	seen := map[*Node]int{}
	seen[a]++
	seen[b]++
	seen[a]++
	println(len(seen), seen[a], seen[b], *a == *b, a == b)

	// same pointer via different paths
	c := a
	seen[c] += 10
	println(seen[a], len(seen))

	// pointer keys do not change when the pointee changes
	a.val = 99
	println(seen[a])

	// nil pointer key
	var np *Node
	seen[np] = 7
	println(seen[nil], len(seen))
	delete(seen, nil)
	_, ok := seen[np]
	println(ok, len(seen))

	// pointers to elements and fields
	arr := [4]int{}
	elems := map[*int]string{}
	for i := range arr {
		elems[&arr[i]] = string(rune('w' + i))
	}
	println(len(elems), elems[&arr[2]], elems[&arr[0]])
	p := &arr[1]
	*p = 5
	println(elems[p], arr[1])
	fields := map[*string]bool{&a.name: true}
	println(fields[&a.name], fields[&b.name])

	// new() always gives distinct pointers for non-zero-size types
	ptrs := map[*int]int{}
	for i := 0; i < 100; i++ {
		q := new(int)
		*q = i
		ptrs[q] = i
	}
	total := 0
	for k, v := range ptrs {
		if *k != v {
			println("mismatch")
		}
		total += *k
	}
	println(len(ptrs), total)

	// a set of visited nodes in a cycle
	type Ring struct {
		next *Ring
		id   int
	}
	r1 := &Ring{id: 1}
	r2 := &Ring{id: 2, next: r1}
	r3 := &Ring{id: 3, next: r2}
	r1.next = r3
	visited := map[*Ring]bool{}
	steps := 0
	for cur := r1; !visited[cur]; cur = cur.next {
		visited[cur] = true
		steps++
	}
	println(steps, len(visited))
}
