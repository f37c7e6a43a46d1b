package rt

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"testing"
	"unsafe"
)

// rtMap is a typed view of one of the runtime's maps, called the way compiled code calls it:
// keys and elements by address.
type rtMap[K comparable, E any] struct{ p unsafe.Pointer }

func newMap[K comparable, E any](kind int32, hint int) rtMap[K, E] {
	var k K
	var e E
	return rtMap[K, E]{makemap(unsafe.Sizeof(k), unsafe.Sizeof(e), kind, hint)}
}

func (m rtMap[K, E]) get(k K) (E, bool) {
	p, ok := mapaccess2(m.p, unsafe.Pointer(&k))
	return *(*E)(p), ok
}

func (m rtMap[K, E]) get1(k K) E {
	return *(*E)(mapaccess1(m.p, unsafe.Pointer(&k)))
}

func (m rtMap[K, E]) set(k K, e E) {
	*(*E)(mapassign(m.p, unsafe.Pointer(&k))) = e
}

func (m rtMap[K, E]) del(k K) { mapdelete(m.p, unsafe.Pointer(&k)) }

func (m rtMap[K, E]) len() int { return maplen(m.p) }

// items iterates over the whole map without changing it.
func (m rtMap[K, E]) items() (keys []K, elems []E) {
	var it mapIter
	for mapiterinit(m.p, unsafe.Pointer(&it)); it.key != nil; mapiternext(unsafe.Pointer(&it)) {
		keys = append(keys, *(*K)(it.key))
		elems = append(elems, *(*E)(it.elem))
	}
	return keys, elems
}

// keyString is a total, bit-exact order key for sorting and comparing keys: floats by their
// bits, so that -0 and +0 and the NaNs stay apart.
func keyString(k any) string {
	switch k := k.(type) {
	case float64:
		return fmt.Sprintf("%016x", math.Float64bits(k))
	case float32:
		return fmt.Sprintf("%08x", math.Float32bits(k))
	case string:
		return k
	}
	return fmt.Sprint(k)
}

// sameKey reports whether a and b are identical keys (bit-exact for floats).
func sameKey[K comparable](a, b K) bool {
	return keyString(a) == keyString(b)
}

// sortedItems returns "key=elem" for each pair, sorted: maps compared as sets.
func sortedItems[K comparable](keys []K, elems []int64) []string {
	s := make([]string, len(keys))
	for i := range keys {
		s[i] = fmt.Sprintf("%q=%d", keyString(keys[i]), elems[i])
	}
	sort.Strings(s)
	return s
}

// orderModel predicts the runtime's iteration order: insertion order, where deleting a key and
// inserting it again moves it to the end, and where an assignment to a present key replaces the
// stored key (as Go does: -0 after +0).
type orderModel[K comparable] struct {
	pos  map[K]int // index in list of each live key (unused for NaNs, which no lookup finds)
	list []orderEntry[K]
}

type orderEntry[K comparable] struct {
	key  K
	elem int64
	dead bool
}

func newOrderModel[K comparable]() *orderModel[K] {
	return &orderModel[K]{pos: map[K]int{}}
}

func (o *orderModel[K]) set(k K, e int64) {
	if i, ok := o.pos[k]; ok {
		o.list[i] = orderEntry[K]{key: k, elem: e}
		return
	}
	o.pos[k] = len(o.list)
	o.list = append(o.list, orderEntry[K]{key: k, elem: e})
}

func (o *orderModel[K]) del(k K) {
	if i, ok := o.pos[k]; ok {
		o.list[i].dead = true
		delete(o.pos, k)
	}
}

func (o *orderModel[K]) clear() {
	o.pos = map[K]int{}
	o.list = nil
}

func (o *orderModel[K]) live() (keys []K, elems []int64) {
	for _, e := range o.list {
		if !e.dead {
			keys = append(keys, e.key)
			elems = append(elems, e.elem)
		}
	}
	return keys, elems
}

// checkSameMap compares the runtime's map with the real Go map ref (as sorted sets) and with
// the order model (in order).
func checkSameMap[K comparable](t *testing.T, what string, m rtMap[K, int64], ref map[K]int64, order *orderModel[K]) {
	t.Helper()
	keys, elems := m.items()
	var refKeys []K
	var refElems []int64
	for k, v := range ref {
		refKeys = append(refKeys, k)
		refElems = append(refElems, v)
	}
	cases++
	if got, want := sortedItems(keys, elems), sortedItems(refKeys, refElems); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: iteration gives %d items, Go map %d:\n%.300v\n%.300v", what, len(got), len(want), got, want)
	}
	wantKeys, wantElems := order.live()
	cases++
	for i := range keys {
		if !sameKey(keys[i], wantKeys[i]) || elems[i] != wantElems[i] {
			t.Fatalf("%s: item %d is %v=%d, insertion order says %v=%d", what, i, keys[i], elems[i], wantKeys[i], wantElems[i])
		}
	}
}

// checkInvariants checks the table's layout (see map.go): load at most 3/4, every entry in use
// reached by exactly one index slot on its hash's probe chain, stamps increasing, deleted
// entries and everything past used cleared, count the number of live entries.
func checkInvariants(t *testing.T, what string, p unsafe.Pointer) {
	t.Helper()
	h := (*hmap)(p)
	cases++
	if h.index == nil {
		if h.used != 0 || h.count != 0 || h.capacity != 0 {
			t.Fatalf("%s: no table, but used %d, count %d, capacity %d", what, h.used, h.count, h.capacity)
		}
		return
	}
	slots := int(h.mask) + 1
	if slots&(slots-1) != 0 || slots < mapMinSlots || int(h.capacity) != slots-slots/4 || h.used > h.capacity {
		t.Fatalf("%s: %d slots, capacity %d, used %d", what, slots, h.capacity, h.used)
	}
	refs := make([]int, h.used)
	for i := 0; i < slots; i++ {
		n := *(*int32)(add(h.index, uintptr(i)*4))
		if n < 0 || n > h.used {
			t.Fatalf("%s: slot %d points at entry %d of %d", what, i, n-1, h.used)
		}
		if n > 0 {
			refs[n-1]++
		}
	}
	live := int32(0)
	body := h.entrySize - entryHeaderSize
	for n := int32(0); n < h.capacity; n++ {
		e := mapEntryAt(h, n)
		if n >= h.used {
			for _, b := range unsafe.Slice((*byte)(unsafe.Pointer(e)), h.entrySize) {
				if b != 0 {
					t.Fatalf("%s: entry %d past used %d is not zero", what, n, h.used)
				}
			}
			continue
		}
		if refs[n] != 1 {
			t.Fatalf("%s: entry %d is in %d index slots", what, n, refs[n])
		}
		if n > 0 && mapEntryAt(h, n-1).stamp >= e.stamp || e.stamp >= h.nextStamp {
			t.Fatalf("%s: entry %d stamp %d out of order", what, n, e.stamp)
		}
		if e.live != 0 {
			live++
			continue
		}
		for _, b := range unsafe.Slice((*byte)(add(unsafe.Pointer(e), entryHeaderSize)), body) {
			if b != 0 {
				t.Fatalf("%s: deleted entry %d keeps its key or element", what, n)
			}
		}
	}
	if live != h.count {
		t.Fatalf("%s: %d live entries, count %d", what, live, h.count)
	}
	probeLength(h) // loops forever if an entry is off its probe chain
}

// randomOps runs n random operations on a runtime map and a Go map side by side. pick returns
// a key (repeating often, so that assignments overwrite and deletions hit).
func randomOps[K comparable](t *testing.T, what string, kind int32, seed int64, n int, pick func(r *rand.Rand) K) {
	reset()
	r := rand.New(rand.NewSource(seed))
	m := newMap[K, int64](kind, 0)
	ref := map[K]int64{}
	order := newOrderModel[K]()
	for i := 0; i < n; i++ {
		k := pick(r)
		switch op := r.Intn(100); {
		case op < 45:
			v := r.Int63()
			m.set(k, v)
			ref[k] = v
			order.set(k, v)
		case op < 65:
			m.del(k)
			delete(ref, k)
			order.del(k)
		case op < 99:
			got, ok := m.get(k)
			want, wantOK := ref[k]
			cases++
			if got != want || ok != wantOK || m.get1(k) != want {
				t.Fatalf("%s: op %d: m[%v] = %d, %v; Go %d, %v", what, i, k, got, ok, want, wantOK)
			}
		default:
			if r.Intn(300) == 0 {
				mapclear(m.p)
				ref = map[K]int64{}
				order.clear()
				checkInvariants(t, fmt.Sprintf("%s: op %d: clear", what, i), m.p)
			}
		}
		cases++
		if m.len() != len(ref) {
			t.Fatalf("%s: op %d: len %d, Go %d", what, i, m.len(), len(ref))
		}
		if i%5000 == 0 || i == n-1 {
			checkSameMap(t, fmt.Sprintf("%s: op %d", what, i), m, ref, order)
		}
		if i%997 == 0 || i == n-1 {
			checkInvariants(t, fmt.Sprintf("%s: op %d", what, i), m.p)
		}
	}
}

func TestMapRandomInt64(t *testing.T) {
	special := []int64{0, -1, 1, math.MinInt64, math.MaxInt64, 1 << 32, 1 << 40}
	randomOps(t, "int64", mapKeyMemory, 1, 100000, func(r *rand.Rand) int64 {
		if r.Intn(50) == 0 {
			return special[r.Intn(len(special))]
		}
		return int64(r.Intn(20000)) - 1000
	})
}

func TestMapRandomInt32(t *testing.T) {
	randomOps(t, "int32", mapKeyMemory, 2, 30000, func(r *rand.Rand) int32 {
		return int32(r.Intn(3000)) << 12 // low bits all zero: the hash must still spread them
	})
}

// stringPool returns keys of every shape: empty, short, around the 8-byte word boundaries,
// long, and long with shared prefixes.
func stringPool(r *rand.Rand) []string {
	pool := []string{"", "a", "b", "ab", "ba", "\x00", "\x00\x00", strings.Repeat("x", 5000)}
	for n := 0; n <= 33; n++ {
		pool = append(pool, strings.Repeat("k", n), strings.Repeat("\x00", n))
	}
	for i := 0; i < 2000; i++ {
		pool = append(pool, fmt.Sprintf("key%d", i))
	}
	prefix := strings.Repeat("prefix/", 100)
	for i := 0; i < 500; i++ {
		pool = append(pool, fmt.Sprintf("%s%d", prefix, i), fmt.Sprintf("%d%s", i, prefix))
	}
	for i := 0; i < 300; i++ {
		b := make([]byte, r.Intn(100))
		r.Read(b)
		pool = append(pool, string(b))
	}
	return pool
}

func TestMapRandomString(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	// The runtime's entries point at the keys' bytes, which Go's collector cannot see in the
	// arena: the pool keeps them alive.
	pool := stringPool(r)
	// Equal strings with other bytes: keys compare by content, not address.
	clones := make([]string, len(pool))
	for i, s := range pool {
		clones[i] = strings.Clone(s)
	}
	randomOps(t, "string", mapKeyString, 3, 100000, func(r *rand.Rand) string {
		i := r.Intn(len(pool))
		if r.Intn(2) == 0 {
			return clones[i]
		}
		return pool[i]
	})
	runtime.KeepAlive(pool)
	runtime.KeepAlive(clones)
}

func floatPool64(r *rand.Rand) []float64 {
	pool := []float64{0, math.Copysign(0, -1), math.NaN(), math.Float64frombits(0x7ff8000000000001),
		math.Float64frombits(0xfff0000000000001), math.Inf(1), math.Inf(-1), 1, -1, 0.5,
		math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64}
	for i := 0; i < 2000; i++ {
		pool = append(pool, r.NormFloat64()*1e6, float64(i))
	}
	return pool
}

func TestMapRandomFloat64(t *testing.T) {
	pool := floatPool64(rand.New(rand.NewSource(4)))
	randomOps(t, "float64", mapKeyFloat64, 4, 100000, func(r *rand.Rand) float64 {
		if r.Intn(10) == 0 {
			return pool[r.Intn(7)] // ±0, NaNs, ±Inf
		}
		return pool[r.Intn(len(pool))]
	})
}

func TestMapRandomFloat32(t *testing.T) {
	pool := floatPool64(rand.New(rand.NewSource(5)))
	randomOps(t, "float32", mapKeyFloat32, 5, 30000, func(r *rand.Rand) float32 {
		if r.Intn(10) == 0 {
			return float32(pool[r.Intn(7)])
		}
		return float32(pool[r.Intn(len(pool))])
	})
}

// key12 is a 12-byte key of kind mapKeyMemory: no padding, size not a multiple of 8.
type key12 struct{ a, b, c int32 }

func TestMapRandomStruct12(t *testing.T) {
	randomOps(t, "key12", mapKeyMemory, 6, 100000, func(r *rand.Rand) key12 {
		return key12{int32(r.Intn(30)), int32(r.Intn(30)) - 15, int32(r.Intn(20)) << 20}
	})
}

func TestMapOddKeySizes(t *testing.T) {
	randomOps(t, "bool", mapKeyMemory, 7, 2000, func(r *rand.Rand) bool { return r.Intn(2) == 0 })
	randomOps(t, "[3]byte", mapKeyMemory, 8, 20000, func(r *rand.Rand) [3]byte {
		return [3]byte{byte(r.Intn(10)), byte(r.Intn(10)), byte(r.Intn(10))}
	})
	randomOps(t, "[20]byte", mapKeyMemory, 9, 20000, func(r *rand.Rand) [20]byte {
		var k [20]byte
		k[r.Intn(20)] = byte(r.Intn(100))
		return k
	})
	randomOps(t, "struct{}", mapKeyMemory, 10, 1000, func(r *rand.Rand) struct{} { return struct{}{} })
}

// TestMapFloatKeys checks the float semantics one by one, against Go.
func TestMapFloatKeys(t *testing.T) {
	reset()
	negZero := math.Copysign(0, -1)
	nan := math.NaN()
	m := newMap[float64, int64](mapKeyFloat64, 0)
	ref := map[float64]int64{}
	m.set(0, 1)
	ref[0] = 1
	m.set(negZero, 2) // the same key; Go stores -0 from now on
	ref[negZero] = 2
	m.set(nan, 3)
	ref[nan] = 3
	m.set(nan, 4)
	ref[nan] = 4
	m.del(nan)
	delete(ref, nan)
	for _, k := range []float64{0, negZero, nan} {
		got, ok := m.get(k)
		want, wantOK := ref[k]
		cases++
		if got != want || ok != wantOK {
			t.Errorf("m[%v] = %d, %v; Go %d, %v", k, got, ok, want, wantOK)
		}
	}
	cases++
	if m.len() != len(ref) || m.len() != 3 {
		t.Errorf("len %d, Go %d", m.len(), len(ref))
	}
	keys, elems := m.items()
	var refKeys []float64
	var refElems []int64
	for k, v := range ref {
		refKeys = append(refKeys, k)
		refElems = append(refElems, v)
	}
	cases++
	if got, want := sortedItems(keys, elems), sortedItems(refKeys, refElems); !reflect.DeepEqual(got, want) {
		t.Errorf("items %v, Go %v", got, want)
	}
	cases++
	if !math.Signbit(keys[0]) {
		t.Errorf("key after m[+0], m[-0] is +0; Go keeps -0")
	}
	mapclear(m.p)
	cases++
	if m.len() != 0 {
		t.Errorf("len after clear %d", m.len())
	}

	// float32 the same way.
	f := newMap[float32, int64](mapKeyFloat32, 0)
	f.set(float32(negZero), 1)
	f.set(0, 2)
	f.set(float32(nan), 3)
	k32, _ := f.items()
	cases++
	if v, ok := f.get(float32(negZero)); f.len() != 2 || v != 2 || !ok || math.Signbit(float64(k32[0])) {
		t.Errorf("float32 ±0: len %d, m[-0] = %d %v, key %v", f.len(), v, ok, k32)
	}
}

func TestMapNil(t *testing.T) {
	reset()
	var m rtMap[int64, int64]
	var ref map[int64]int64
	cases++
	if m.len() != len(ref) {
		t.Errorf("len(nil) = %d", m.len())
	}
	v, ok := m.get(1)
	cases++
	if v != 0 || ok || m.get1(2) != 0 {
		t.Errorf("nil[1] = %d, %v", v, ok)
	}
	m.del(1) // no-op, as delete(ref, 1)
	delete(ref, 1)
	mapclear(nil)
	keys, _ := m.items()
	cases++
	if len(keys) != 0 {
		t.Errorf("iterating nil gives %v", keys)
	}
	// mapiternext after the end stays at the end.
	var it mapIter
	mapiterinit(nil, unsafe.Pointer(&it))
	mapiternext(unsafe.Pointer(&it))
	cases++
	if it.key != nil || it.elem != nil {
		t.Errorf("mapiternext past the end of nil: %v", it)
	}

	cases++
	if got, want := ourPanic(t, func() { m.set(1, 1) }), goPanic(func() { ref[1] = 1 }); got != want {
		t.Errorf("assigning to nil: %q, Go %q", got, want)
	}

	// A nil map of large elements still reads as zero in its first mapZeroSize bytes.
	p, ok := mapaccess2(nil, unsafe.Pointer(&v))
	cases++
	for _, b := range unsafe.Slice((*byte)(p), mapZeroSize) {
		if b != 0 || ok {
			t.Fatalf("nil map lookup: non-zero element or ok")
		}
	}
}

func TestMapHint(t *testing.T) {
	// Go ignores a negative hint or one too big to allocate (runtime.makemap sets it to 0);
	// there is no "size out of range" panic for maps. (1<<40 would be allocated on amd64, but
	// is past maxAlloc on wasm, where Go ignores it too.)
	for _, hint := range []int{-1, math.MinInt64, math.MaxInt64, 0, 1, 5, 6, 7, 1000, 1 << 30, 1 << 40} {
		hint := hint
		want := "no panic"
		if hint < 1<<30 {
			want = goPanic(func() {
				m := make(map[int64]int64, hint)
				m[1] = 1
			})
		}
		reset()
		cases++
		if catch(func() {
			m := newMap[int64, int64](mapKeyMemory, hint)
			m.set(1, 1)
		}) || want != "no panic" {
			t.Errorf("make(map, %d): ours panics %q, Go %q", hint, panicText(), want)
		}
	}

	// A hint reserves room for that many entries: filling it does not move the entries.
	for _, hint := range []int{1, 6, 7, 100, 1000, 12345} {
		reset()
		m := newMap[int64, int64](mapKeyMemory, hint)
		h := (*hmap)(m.p)
		entries := h.entries
		for i := 0; i < hint; i++ {
			m.set(int64(i), int64(i))
		}
		cases++
		if h.entries != entries || int(h.capacity) < hint || int(h.capacity) >= 2*hint+mapMinSlots {
			t.Errorf("hint %d: capacity %d, rebuilt while filling: %v", hint, h.capacity, h.entries != entries)
		}
	}
	reset()
	cases++
	if h := (*hmap)(newMap[int64, int64](mapKeyMemory, 0).p); h.index != nil {
		t.Errorf("make(map) allocated a table before the first insertion")
	}
}

func TestMapGrowth(t *testing.T) {
	reset()
	const n = 100000
	m := newMap[int64, int64](mapKeyMemory, 0)
	r := rand.New(rand.NewSource(11))
	keys := r.Perm(n)
	h := (*hmap)(m.p)
	rebuilds := 0
	for i, k := range keys {
		entries := h.entries
		m.set(int64(k)*7919, int64(i))
		if h.entries != entries {
			rebuilds++
		}
		if m.len() != i+1 {
			t.Fatalf("len %d after %d insertions", m.len(), i+1)
		}
		if 4*int(h.used) > 3*int(h.mask+1) {
			t.Fatalf("load %d/%d above 3/4", h.used, h.mask+1)
		}
	}
	checkInvariants(t, "100000 entries", m.p)
	cases++
	if rebuilds > 20 {
		t.Errorf("%d rebuilds while growing to %d entries: the table does not double", rebuilds, n)
	}
	for i, k := range keys {
		if v, ok := m.get(int64(k) * 7919); !ok || v != int64(i) {
			t.Fatalf("m[%d] = %d, %v; want %d", k*7919, v, ok, i)
		}
		if _, ok := m.get(int64(k)*7919 + 1); ok {
			t.Fatalf("absent key %d found", k*7919+1)
		}
	}
	cases += 3 * n
	got, elems := m.items()
	cases++
	if len(got) != n {
		t.Fatalf("iteration gives %d keys, want %d", len(got), n)
	}
	for i := range got {
		if got[i] != int64(keys[i])*7919 || elems[i] != int64(i) {
			t.Fatalf("item %d is %d=%d: not insertion order", i, got[i], elems[i])
		}
	}
	// Deleting nearly everything and churning shrinks the table on its next rebuild.
	for i := 0; i < n-10; i++ {
		m.del(int64(keys[i]) * 7919)
	}
	rebuilds = 0
	for i := 0; i < 200000; i++ {
		entries := h.entries
		m.set(int64(-i), 1)
		m.del(int64(-i))
		if h.entries != entries {
			rebuilds++
		}
	}
	checkInvariants(t, "after churn", m.p)
	cases++
	if m.len() != 10 || h.mask+1 > 64 || rebuilds > 200000/10 {
		t.Errorf("after deleting all but 10 and churning: len %d, %d slots, %d rebuilds", m.len(), h.mask+1, rebuilds)
	}
}

// probeLength returns the average number of index slots a successful lookup reads.
func probeLength(h *hmap) float64 {
	total := 0
	for n := int32(0); n < h.used; n++ {
		e := mapEntryAt(h, n)
		i := uintptr(e.hash & h.mask)
		probes := 1
		for step := uintptr(1); *(*int32)(add(h.index, i*4)) != n+1; step++ {
			i = (i + step) & uintptr(h.mask)
			probes++
		}
		total += probes
	}
	return float64(total) / float64(h.used)
}

// TestMapHashSpread fills tables to their maximum load with keys that share most of their
// bits: a weak hash would show as long probe chains.
func TestMapHashSpread(t *testing.T) {
	const n = 3 << 14 // exactly 3/4 of 1<<16 slots
	check := func(what string, p unsafe.Pointer) {
		t.Helper()
		h := (*hmap)(p)
		avg := probeLength(h)
		cases++
		// Random hashing with triangular probing averages about 1.85 at load 3/4.
		if h.used != n || avg > 2.2 {
			t.Errorf("%s: %d entries, %.2f probes per lookup", what, h.used, avg)
		}
	}
	reset()
	ints := newMap[int64, int64](mapKeyMemory, 0)
	strs := newMap[string, int64](mapKeyString, 0)
	structs := newMap[key12, int64](mapKeyMemory, 0)
	floats := newMap[float64, int64](mapKeyFloat64, 0)
	pool := make([]string, n)
	for i := 0; i < n; i++ {
		ints.set(int64(i)<<20, 1)
		pool[i] = fmt.Sprintf("%013d", i) // the digits that differ are in the last, partial word
		strs.set(pool[i], 1)
		structs.set(key12{0, int32(i), 0}, 1)
		floats.set(float64(i), 1)
	}
	check("int64 multiples of 1<<20", ints.p)
	check("13-digit strings", strs.p)
	check("key12 differing in the middle", structs.p)
	check("small whole float64s", floats.p)
	runtime.KeepAlive(pool)

	nans := newMap[float64, int64](mapKeyFloat64, 0)
	for i := 0; i < n; i++ {
		nans.set(math.NaN(), int64(i))
	}
	check("NaNs", nans.p)
}

func TestMapLargeAndEmptyElements(t *testing.T) {
	reset()
	type big [3000]byte
	m := newMap[int64, big](mapKeyMemory, 0)
	var b big
	for i := range b {
		b[i] = byte(i)
	}
	m.set(1, b)
	got, ok := m.get(1)
	cases++
	if !ok || got != b {
		t.Errorf("big element did not survive")
	}
	absent, ok := m.get(2)
	cases++
	if ok || absent != (big{}) {
		t.Errorf("absent big element is not zero")
	}
	// Writing the element of one key must not show through the zero value of others.
	p := mapaccess1(m.p, unsafe.Pointer(&[]int64{3}[0]))
	cases++
	if p != (*hmap)(m.p).zero || uintptr(p) == uintptr(unsafe.Pointer(&mapZeroVal[0])) {
		t.Errorf("big element lookup did not use the map's own zero element")
	}

	set := newMap[string, struct{}](mapKeyString, 0)
	words := []string{"a", "b", "c", "a"}
	for _, w := range words {
		mapassign(set.p, unsafe.Pointer(&w))
	}
	keys, _ := set.items()
	cases++
	if set.len() != 3 || !reflect.DeepEqual(keys, []string{"a", "b", "c"}) {
		t.Errorf("set of strings: len %d, keys %v", set.len(), keys)
	}
	_, ok = set.get("b")
	cases++
	if !ok {
		t.Errorf("set lookup failed")
	}
	runtime.KeepAlive(words)
}

func TestMapDeleteWhileIterating(t *testing.T) {
	reset()
	r := rand.New(rand.NewSource(12))
	const n = 1000
	m := newMap[int64, int64](mapKeyMemory, 0)
	order := r.Perm(n)
	for _, k := range order {
		m.set(int64(k), int64(k)*10)
	}
	visited := map[int64]bool{}
	deleted := map[int64]bool{}
	var seq []int64
	var it mapIter
	for mapiterinit(m.p, unsafe.Pointer(&it)); it.key != nil; mapiternext(unsafe.Pointer(&it)) {
		k := *(*int64)(it.key)
		cases++
		if visited[k] || deleted[k] || *(*int64)(it.elem) != k*10 {
			t.Fatalf("produced %d (elem %d): visited %v, deleted %v", k, *(*int64)(it.elem), visited[k], deleted[k])
		}
		visited[k] = true
		seq = append(seq, k)
		for j := 0; j < 3; j++ {
			d := int64(r.Intn(n))
			m.del(d)
			deleted[d] = true
		}
		if r.Intn(2) == 0 {
			m.del(k)
		}
	}
	for k := int64(0); k < n; k++ {
		cases++
		if !visited[k] && !deleted[k] {
			t.Errorf("%d was never deleted and never produced", k)
		}
	}
	// What was produced came in insertion order.
	rank := map[int64]int{}
	for i, k := range order {
		rank[int64(k)] = i
	}
	cases++
	if !sort.SliceIsSorted(seq, func(i, j int) bool { return rank[seq[i]] < rank[seq[j]] }) {
		t.Errorf("deleting during iteration broke the order")
	}
}

func TestMapInsertWhileIterating(t *testing.T) {
	reset()
	const n = 100
	m := newMap[int64, int64](mapKeyMemory, 0)
	for k := int64(0); k < n; k++ {
		m.set(k, k)
	}
	seen := map[int64]bool{}
	next := int64(1000)
	var it mapIter
	for mapiterinit(m.p, unsafe.Pointer(&it)); it.key != nil; mapiternext(unsafe.Pointer(&it)) {
		k := *(*int64)(it.key)
		cases++
		if seen[k] || k >= n {
			t.Fatalf("produced %d: again, or added during the loop", k)
		}
		seen[k] = true
		// Enough insertions to rebuild the table several times under the iterator.
		for j := 0; j < 50; j++ {
			m.set(next, next)
			next++
		}
		m.set(k, -k)   // assignment to the current key
		m.set(n-1, 77) // and to one not reached yet
		if k == 10 {
			// Deleted and inserted again: a new entry at the end.
			m.del(20)
			m.set(20, 20)
		}
	}
	cases++
	if len(seen) != n-1 || seen[20] {
		t.Errorf("produced %d of %d keys (20 produced: %v)", len(seen), n, seen[20])
	}
	cases++
	if v, _ := m.get(n - 1); m.len() != n+len(seen)*50 || v != 77 {
		t.Errorf("len %d after the loop, m[%d] = %d", m.len(), n-1, v)
	}

	// A loop that inserts forever still ends.
	count := 0
	for mapiterinit(m.p, unsafe.Pointer(&it)); it.key != nil; mapiternext(unsafe.Pointer(&it)) {
		k := *(*int64)(it.key)
		m.del(k)
		m.set(k, 0) // moves k to the end
		count++
	}
	cases++
	if count != m.len() {
		t.Errorf("re-inserting loop ran %d times for %d keys", count, m.len())
	}

	// Clearing ends the iteration.
	count = 0
	for mapiterinit(m.p, unsafe.Pointer(&it)); it.key != nil; mapiternext(unsafe.Pointer(&it)) {
		count++
		mapclear(m.p)
		m.set(1, 1)
	}
	cases++
	if count != 1 || m.len() != 1 {
		t.Errorf("clearing during iteration: %d passes, len %d", count, m.len())
	}
}

// TestMapMutateWhileIterating interleaves random operations with iterations and checks Go's
// rules: each live entry present at the start and never deleted is produced exactly once, with
// its current element; deleted entries not yet reached are not produced; entries added during
// the loop are not produced (this runtime's choice). Order follows insertion order.
func TestMapMutateWhileIterating(t *testing.T) {
	reset()
	r := rand.New(rand.NewSource(13))
	m := newMap[int64, int64](mapKeyMemory, 0)
	ref := map[int64]int64{}
	stamp := map[int64]int{} // insertion number of each live key
	clock := 0
	var gone map[int64]bool // keys deleted (or added) since the loop began
	mutate := func(ops int) {
		for ; ops > 0; ops-- {
			k := int64(r.Intn(300))
			switch op := r.Intn(20000); {
			case op < 10000:
				if _, ok := ref[k]; !ok {
					clock++
					stamp[k] = clock
					gone[k] = true
				}
				v := r.Int63()
				m.set(k, v)
				ref[k] = v
			case op < 19999:
				m.del(k)
				delete(ref, k)
				gone[k] = true
			default:
				mapclear(m.p)
				for k := range ref {
					gone[k] = true
				}
				ref = map[int64]int64{}
			}
		}
	}
	searches := 0
	for round := 0; round < 300; round++ {
		gone = map[int64]bool{}
		mutate(r.Intn(1000))
		start := map[int64]bool{}
		for k := range ref {
			start[k] = true
		}
		gone = map[int64]bool{}
		produced := map[int64]bool{}
		last := -1
		var it mapIter
		for mapiterinit(m.p, unsafe.Pointer(&it)); it.key != nil; mapiternext(unsafe.Pointer(&it)) {
			k, e := *(*int64)(it.key), *(*int64)(it.elem)
			cases++
			if produced[k] || gone[k] || !start[k] || e != ref[k] || stamp[k] <= last {
				t.Fatalf("round %d: produced %d=%d (Go %d): again %v, deleted %v, new %v, out of order %v",
					round, k, e, ref[k], produced[k], gone[k], !start[k], stamp[k] <= last)
			}
			produced[k] = true
			last = stamp[k]
			entries := (*hmap)(m.p).entries
			mutate(r.Intn(8))
			if (*hmap)(m.p).entries != entries {
				searches++
			}
		}
		for k := range start {
			cases++
			if !produced[k] && !gone[k] {
				t.Fatalf("round %d: %d was present throughout but never produced", round, k)
			}
		}
		cases++
		if m.len() != len(ref) {
			t.Fatalf("round %d: len %d, Go %d", round, m.len(), len(ref))
		}
		checkInvariants(t, fmt.Sprintf("round %d", round), m.p)
	}
	// The test is only as good as the rebuilds it makes the iterator survive.
	cases++
	if searches < 50 {
		t.Errorf("only %d rebuilds during iterations", searches)
	}
}

// TestMapIterSize checks mapIter's wasm32 layout (4-byte pointers, 8-byte-aligned 64-bit
// fields), which the compiler relies on through mapIterSize, and that key and elem come first.
func TestMapIterSize(t *testing.T) {
	typ := reflect.TypeOf(mapIter{})
	off, align := uintptr(0), uintptr(1)
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		var size uintptr
		switch f.Type.Kind() {
		case reflect.Pointer, reflect.UnsafePointer, reflect.Uintptr, reflect.Int32, reflect.Uint32:
			size = 4
		case reflect.Int64, reflect.Uint64, reflect.Int, reflect.Uint:
			size = 8
		default:
			t.Fatalf("mapIter.%s: unexpected kind %v", f.Name, f.Type.Kind())
		}
		off = (off + size - 1) &^ (size - 1)
		if size > align {
			align = size
		}
		off += size
	}
	wasmSize := (off + align - 1) &^ (align - 1)
	cases++
	if wasmSize != 32 || mapIterSize != unsafe.Sizeof(mapIter{}) {
		t.Errorf("mapIter is %d bytes on wasm32; the documented size is 32", wasmSize)
	}
	cases++
	if typ.Field(0).Name != "key" || typ.Field(1).Name != "elem" {
		t.Errorf("mapIter must start with key, elem")
	}
}
