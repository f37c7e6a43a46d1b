package runtime

import "unsafe"

// Maps.
//
// A map value is a pointer to an hmap (nil for a nil map). Keys and elements are passed by
// address; the compiler describes the key type once, in makemap, by its size and a key kind
// that says how to hash and compare it. The table is a compact ordered hash table, like
// CPython's dict: a dense array of entries in insertion order, and a sparse index of int32 slots
// that point into it.
//
//	index    mask+1 int32 slots (a power of two, at least mapMinSlots)
//	         0: empty; n > 0: entry n-1. Probing is triangular (i, i+1, i+3, i+6, ... mod size),
//	         which visits every slot of a power-of-two table.
//	entries  capacity entries of entrySize bytes, entries[0:used] in use, the rest zero:
//	         +0                       hash  uint32  of the key, so rehashing never rereads keys
//	         +4                       live  uint32  0 once deleted (a tombstone)
//	         +8                       stamp uint64  insertion sequence number, see below
//	         +16                      key   keySize bytes, padded to 8
//	         +elemOff                 elem  elemSize bytes, padded to 8
//
// capacity is 3/4 of the index size, so the index is at most 3/4 full. A deleted entry keeps
// its index slot (its tombstone keeps probe chains intact) until the next rebuild, so dead
// entries count towards the load too. When entries[] is full, mapGrow rebuilds both arrays,
// sized for twice the live entries (which shrinks a map that lost most of its entries) and
// dropping the dead ones; the survivors keep their order and stamps.
//
// Iteration walks entries[] in order. Each entry gets the next value of a per-map counter when
// it is inserted, so stamps increase along entries[] even across rebuilds and clears. An
// iterator remembers the stamp after the last entry it produced and where in entries[] that
// was; when a rebuild has moved the entries, a binary search over the stamps finds its place
// again. An iterator stops at the stamp the map had reached when the iteration began, so
// entries added during the loop are never produced (Go allows either), and a loop that keeps
// adding entries still ends.
//
// Addresses returned by mapaccess1/2, mapassign and the iterator point into entries[]: they are
// valid until the next mapassign, mapdelete or mapclear of the same map. So the compiler
// evaluates the right-hand side of m[k] = v before calling mapassign, and copies it.key and
// it.elem into the loop variables before running the body.

// Key kinds: how to hash and compare a key of keySize bytes.
const (
	mapKeyMemory  = 0 // the raw bytes, padding included: ints, bools, pointers, and structs and arrays of those
	mapKeyString  = 1 // a string header: the bytes it points at
	mapKeyFloat32 = 2 // float equality: +0 == -0, NaN != NaN
	mapKeyFloat64 = 3
	mapKeyCustom  = 4 // compiler-generated hash and equality (strings or floats inside structs and arrays, interfaces)
)

// mapZeroSize is the size of the shared zero element that lookups of absent keys point at.
// A map with larger elements allocates its own zero element in makemap. A nil map knows no
// element size, so a lookup in it always gets the shared one.
const mapZeroSize = 1024

// mapMinSlots is the smallest index: 8 slots, room for 6 entries.
const mapMinSlots = 8

type hmap struct {
	count     int32          // live entries: len(m)
	used      int32          // entries[0:used] are live or dead; the rest are zero
	capacity  int32          // entries[] has room for capacity entries
	mask      uint32         // index slots - 1; meaningless while index is nil
	index     unsafe.Pointer // nil until the first insertion (unless makemap had a hint)
	entries   unsafe.Pointer
	nextStamp uint64 // the stamp of the next inserted entry
	keySize   uintptr
	elemSize  uintptr
	elemOff   uintptr // offset of the element in an entry
	entrySize uintptr
	keyKind   int32
	zero      unsafe.Pointer                  // elemSize zero bytes when elemSize > mapZeroSize, else nil
	hashFn    func(key unsafe.Pointer) uint32 // mapKeyCustom only
	equalFn   func(a, b unsafe.Pointer) bool
}

// mapEntry is the fixed head of an entry; the key and element follow it.
type mapEntry struct {
	hash  uint32
	live  uint32
	stamp uint64
}

const entryHeaderSize = unsafe.Sizeof(mapEntry{})

// mapIter is the state of a for-range loop over a map. The compiler reserves mapIterSize zeroed
// bytes for it, calls mapiterinit, and runs the body while key is not nil, calling mapiternext
// after each pass. key and elem are the only fields the compiler reads.
type mapIter struct {
	key   unsafe.Pointer // the current entry's key; nil when the iteration is over
	elem  unsafe.Pointer // the current entry's element
	h     *hmap          // nil once the iteration is over
	pos   int32          // where in entries[] the iterator stood when it last ran
	from  uint64         // the stamp after the last produced entry: the resume point
	limit uint64         // entries stamped at or above limit were added during the loop
}

// mapIterSize is the size of mapIter: 32 bytes on wasm32 (tests/runtime checks the layout).
const mapIterSize = unsafe.Sizeof(mapIter{})

var (
	// mapZeroVal is what lookups of absent keys return; nothing may write to it.
	mapZeroVal [mapZeroSize]byte

	// nanKeys counts NaN keys hashed: each gets a different hash, since no two NaNs are equal
	// and the same hash would pile them all onto one probe chain.
	nanKeys uint64
)

// makemap returns make(map[K]E, hint) for keys and elements of the given sizes.
func makemap(keySize, elemSize uintptr, keyKind int32, hint int) unsafe.Pointer {
	h := (*hmap)(alloc(unsafe.Sizeof(hmap{})))
	h.keySize = keySize
	h.elemSize = elemSize
	h.keyKind = keyKind
	h.elemOff = entryHeaderSize + align8(keySize)
	h.entrySize = h.elemOff + align8(elemSize)
	if elemSize > mapZeroSize {
		// Allocated now so that lookups never allocate.
		h.zero = alloc(elemSize)
	}
	// Like Go, a negative hint or one too big to allocate is ignored rather than reported:
	// the hint is only advice (runtime.makemap sets it to 0).
	if hint > 0 && uint64(hint) <= maxAlloc {
		if slots := mapSlotsFor(h, uint64(hint)); slots != 0 {
			mapRebuild(h, slots)
		}
	}
	return unsafe.Pointer(h)
}

// mapSetKeyFuncs gives a map of key kind mapKeyCustom its key type's hash and equality.
func mapSetKeyFuncs(m unsafe.Pointer, hash func(key unsafe.Pointer) uint32, equal func(a, b unsafe.Pointer) bool) {
	h := (*hmap)(m)
	h.hashFn = hash
	h.equalFn = equal
}

// Hashes of key parts, for the compiler's generated hash functions: equal values hash alike.
func strhash(p unsafe.Pointer, n int32) uint32 { return memhash(p, uintptr(n)) }

func f64hash(f float64) uint32 {
	if f != f {
		return nanHash()
	}
	if f == 0 {
		return wordHash(0, 8) // -0 too
	}
	return wordHash(*(*uint64)(unsafe.Pointer(&f)), 8)
}

func panicUnhashable(typeName string) {
	gopanic("runtime error: hash of unhashable type " + typeName)
}

// mapHashNil hashes key with the key type's hash when m is nil: Go hashes a key even to find
// nothing, so an unhashable interface key panics. (mapaccess2 and mapdelete do it for an empty
// map with the map's own hash.)
func mapHashNil(m unsafe.Pointer, key unsafe.Pointer, hash func(key unsafe.Pointer) uint32) {
	if m == nil {
		hash(key)
	}
}

// maplen returns len(m).
func maplen(m unsafe.Pointer) int {
	if m == nil {
		return 0
	}
	return int((*hmap)(m).count)
}

// mapaccess1 returns the address of m[key]'s element, or of zero bytes when key is absent.
func mapaccess1(m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer {
	p, _ := mapaccess2(m, key)
	return p
}

// mapaccess2 is mapaccess1 that also reports whether key is present.
func mapaccess2(m unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool) {
	h := (*hmap)(m)
	if h == nil || h.count == 0 {
		if h != nil && h.keyKind == mapKeyCustom {
			h.hashFn(key)
		}
		return mapZero(h), false
	}
	i, _ := mapFind(h, key, mapHash(h, key))
	if i < 0 {
		return mapZero(h), false
	}
	return add(unsafe.Pointer(mapEntryAt(h, i)), h.elemOff), true
}

// mapassign returns the address of m[key]'s element, inserting a zero element if key is absent.
// The caller stores the value through it at once.
func mapassign(m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer {
	h := (*hmap)(m)
	if h == nil {
		gopanic("assignment to entry in nil map")
	}
	hash := mapHash(h, key)
	if h.index != nil {
		i, slot := mapFind(h, key, hash)
		if i >= 0 {
			e := unsafe.Pointer(mapEntryAt(h, i))
			if h.keyKind != mapKeyMemory {
				// Equal keys need not be identical: Go keeps the last one assigned (-0 after
				// +0 shows when iterating), as its needkeyupdate does.
				memmove(add(e, entryHeaderSize), key, h.keySize)
			}
			return add(e, h.elemOff)
		}
		if h.used < h.capacity {
			return mapInsert(h, key, hash, slot)
		}
	}
	mapGrow(h)
	return mapInsert(h, key, hash, mapFreeSlot(h, hash))
}

// mapdelete removes key from m, if present.
func mapdelete(m unsafe.Pointer, key unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil || h.count == 0 {
		if h != nil && h.keyKind == mapKeyCustom {
			h.hashFn(key)
		}
		return
	}
	i, _ := mapFind(h, key, mapHash(h, key))
	if i < 0 {
		return
	}
	e := mapEntryAt(h, i)
	e.live = 0
	h.count--
	// The hash and stamp stay for probing and iteration; the key and element go, so that a
	// future garbage collector does not see what they pointed to.
	memclr(add(unsafe.Pointer(e), entryHeaderSize), h.entrySize-entryHeaderSize)
}

// mapclear removes every entry of m, keeping the memory for new ones (like Go's clear).
func mapclear(m unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil || h.index == nil {
		return
	}
	memclr(h.index, uintptr(h.mask+1)*4)
	memclr(h.entries, uintptr(h.used)*h.entrySize)
	h.used = 0
	h.count = 0
}

// mapiterinit starts a for-range loop over m with the zeroed mapIter at it, and moves to the
// first entry.
func mapiterinit(m unsafe.Pointer, it unsafe.Pointer) {
	t := (*mapIter)(it)
	h := (*hmap)(m)
	t.h = h
	t.pos = 0
	t.from = 0
	t.limit = 0
	if h != nil {
		t.limit = h.nextStamp
	}
	mapiternext(it)
}

// mapiternext moves it to the next live entry, or sets its key to nil when there is none.
func mapiternext(it unsafe.Pointer) {
	t := (*mapIter)(it)
	h := t.h
	if h != nil {
		for i := mapIterResume(h, t.pos, t.from); i < h.used; i++ {
			e := mapEntryAt(h, i)
			if e.stamp >= t.limit {
				break
			}
			if e.live != 0 {
				t.key = add(unsafe.Pointer(e), entryHeaderSize)
				t.elem = add(unsafe.Pointer(e), h.elemOff)
				t.pos = i + 1
				t.from = e.stamp + 1
				return
			}
		}
	}
	// Done. Dropping h makes further calls harmless.
	t.h = nil
	t.key = nil
	t.elem = nil
}

// mapIterResume returns the number of the first entry stamped at or after from. pos is where
// that was when the iterator last ran, still right unless a rebuild or clear moved the entries.
func mapIterResume(h *hmap, pos int32, from uint64) int32 {
	// Stamps increase strictly along entries[], so pos is right exactly when it splits them at
	// from.
	if pos <= h.used && (pos == 0 || mapEntryAt(h, pos-1).stamp < from) &&
		(pos == h.used || mapEntryAt(h, pos).stamp >= from) {
		return pos
	}
	lo, hi := int32(0), h.used
	for lo < hi {
		mid := lo + (hi-lo)/2
		if mapEntryAt(h, mid).stamp < from {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// mapEntryAt returns entry i.
func mapEntryAt(h *hmap, i int32) *mapEntry {
	return (*mapEntry)(add(h.entries, uintptr(i)*h.entrySize))
}

// mapZero returns zero bytes for an absent key's element.
func mapZero(h *hmap) unsafe.Pointer {
	if h != nil && h.zero != nil {
		return h.zero
	}
	return unsafe.Pointer(&mapZeroVal[0])
}

// mapFind returns the number of the live entry whose key equals key (hash is its hash), or -1
// and the empty index slot that ended the search, which is where key's entry would go.
// h.index must not be nil.
func mapFind(h *hmap, key unsafe.Pointer, hash uint32) (int32, uintptr) {
	mask := uintptr(h.mask)
	i := uintptr(hash) & mask
	for step := uintptr(1); ; step++ {
		n := *(*int32)(add(h.index, i*4))
		if n == 0 {
			return -1, i
		}
		e := mapEntryAt(h, n-1)
		if e.hash == hash && e.live != 0 && mapKeyEqual(h, add(unsafe.Pointer(e), entryHeaderSize), key) {
			return n - 1, i
		}
		i = (i + step) & mask
	}
}

// mapFreeSlot returns the first empty slot on hash's probe chain.
func mapFreeSlot(h *hmap, hash uint32) uintptr {
	return indexFreeSlot(h.index, uintptr(h.mask), hash)
}

func indexFreeSlot(index unsafe.Pointer, mask uintptr, hash uint32) uintptr {
	i := uintptr(hash) & mask
	for step := uintptr(1); *(*int32)(add(index, i*4)) != 0; step++ {
		i = (i + step) & mask
	}
	return i
}

// mapInsert appends a new entry for key and points the empty index slot at it. There must be
// room in entries[].
func mapInsert(h *hmap, key unsafe.Pointer, hash uint32, slot uintptr) unsafe.Pointer {
	n := h.used
	e := mapEntryAt(h, n)
	e.hash = hash
	e.live = 1
	e.stamp = h.nextStamp
	h.nextStamp++
	h.used++
	h.count++
	memmove(add(unsafe.Pointer(e), entryHeaderSize), key, h.keySize)
	*(*int32)(add(h.index, slot*4)) = n + 1
	// The element is zero: entries past used always are.
	return add(unsafe.Pointer(e), h.elemOff)
}

// mapGrow makes room for at least one more entry.
func mapGrow(h *hmap) {
	// Twice the live entries leaves as many insertions as there are entries before the next
	// rebuild, so rebuilds cost O(1) per insertion, churn (insert one, delete one) included.
	slots := mapSlotsFor(h, 2*uint64(h.count))
	if slots == 0 {
		gothrow("out of memory")
	}
	mapRebuild(h, slots)
}

// mapSlotsFor returns the index size for n entries, or 0 if the arrays would be too big.
func mapSlotsFor(h *hmap, n uint64) uintptr {
	slots := uint64(mapMinSlots)
	for slots-slots/4 < n {
		slots *= 2
	}
	if slots*4 > maxAlloc || (slots-slots/4)*uint64(h.entrySize) > maxAlloc {
		return 0
	}
	return uintptr(slots)
}

// mapRebuild moves the live entries, in order, into new arrays with an index of slots slots.
func mapRebuild(h *hmap, slots uintptr) {
	capacity := slots - slots/4
	index := allocNoscan(slots * 4)
	entries := alloc(capacity * h.entrySize)
	mask := slots - 1
	n := int32(0)
	for i := int32(0); i < h.used; i++ {
		e := mapEntryAt(h, i)
		if e.live == 0 {
			continue
		}
		memmove(add(entries, uintptr(n)*h.entrySize), unsafe.Pointer(e), h.entrySize)
		n++
		*(*int32)(add(index, indexFreeSlot(index, mask, e.hash)*4)) = n
	}
	if h.index != nil {
		free(h.index, uintptr(h.mask+1)*4)
		free(h.entries, uintptr(h.capacity)*h.entrySize)
	}
	h.index = index
	h.entries = entries
	h.mask = uint32(mask)
	h.capacity = int32(capacity)
	h.used = n
}

// mapHash returns the hash of the key at key.
func mapHash(h *hmap, key unsafe.Pointer) uint32 {
	switch h.keyKind {
	case mapKeyCustom:
		return h.hashFn(key)
	case mapKeyString:
		s := (*stringHeader)(key)
		return memhash(s.data, uintptr(s.len))
	case mapKeyFloat32:
		f := *(*float32)(key)
		if f != f {
			return nanHash()
		}
		if f == 0 {
			return wordHash(0, 4) // -0 too
		}
		return wordHash(uint64(*(*uint32)(key)), 4)
	case mapKeyFloat64:
		f := *(*float64)(key)
		if f != f {
			return nanHash()
		}
		if f == 0 {
			return wordHash(0, 8)
		}
		return wordHash(*(*uint64)(key), 8)
	}
	return memhash(key, h.keySize)
}

// mapKeyEqual reports whether the keys at a and b are equal.
func mapKeyEqual(h *hmap, a, b unsafe.Pointer) bool {
	switch h.keyKind {
	case mapKeyCustom:
		return h.equalFn(a, b)
	case mapKeyString:
		x := (*stringHeader)(a)
		y := (*stringHeader)(b)
		return x.len == y.len && (x.data == y.data || memequal(x.data, y.data, uintptr(x.len)))
	case mapKeyFloat32:
		return *(*float32)(a) == *(*float32)(b)
	case mapKeyFloat64:
		return *(*float64)(a) == *(*float64)(b)
	}
	switch h.keySize {
	case 8:
		return *(*uint64)(a) == *(*uint64)(b)
	case 4:
		return *(*uint32)(a) == *(*uint32)(b)
	}
	return memequal(a, b, h.keySize)
}

// The hash is MurmurHash64A's mixing over 8-byte little-endian words (the last one padded with
// zeros), folded to 32 bits: only 64-bit multiplies, which wasm has, and every input bit
// reaches the low bits that pick the index slot. The seed is fixed: iteration order does not
// depend on hashes, so there is nothing to randomize.
const (
	hashM    = 0xc6a4a7935bd1e995
	hashSeed = 0x2f0b3c9d5e6a7184
)

// memhash returns the hash of the n bytes at p.
func memhash(p unsafe.Pointer, n uintptr) uint32 {
	// The common int keys, without the loops; same result as the general case.
	switch n {
	case 8:
		return wordHash(*(*uint64)(p), 8)
	case 4:
		return wordHash(uint64(*(*uint32)(p)), 4)
	}
	h := hashStart(n)
	i := uintptr(0)
	for ; i+8 <= n; i += 8 {
		h = hashMix(h, *(*uint64)(add(p, i)))
	}
	if i < n {
		// Byte loads, so the tail never reads past the end of memory.
		t := uint64(0)
		for j := n; j > i; j-- {
			t = t<<8 | uint64(*(*byte)(add(p, j-1)))
		}
		h = hashMix(h, t)
	}
	return hashFinish(h)
}

// wordHash returns the hash of n (at most 8) bytes whose little-endian value is v.
func wordHash(v uint64, n uintptr) uint32 {
	return hashFinish(hashMix(hashStart(n), v))
}

// nanHash returns a new hash for each NaN key.
func nanHash() uint32 {
	nanKeys++
	return hashFinish(hashMix(hashSeed, nanKeys))
}

func hashStart(n uintptr) uint64 {
	return hashSeed ^ uint64(n)*hashM
}

func hashMix(h, k uint64) uint64 {
	k *= hashM
	k ^= k >> 47
	k *= hashM
	return (h ^ k) * hashM
}

func hashFinish(h uint64) uint32 {
	h ^= h >> 47
	h *= hashM
	h ^= h >> 47
	return uint32(h) ^ uint32(h>>32)
}

// align8 rounds n up to a multiple of 8, so that every key and element is 8-byte aligned.
func align8(n uintptr) uintptr {
	return (n + 7) &^ 7
}

// mapiterAt walks a map for library code (fmt prints maps, through internal/rtype): the first
// live entry at index i of entries[] or after, as the addresses of its key and element and the
// index to continue from. key is nil after the last entry. Like the iterator's addresses, they
// are valid until the map changes.
func mapiterAt(m unsafe.Pointer, i int) (int, unsafe.Pointer, unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil {
		return i, nil, nil
	}
	for ; i < int(h.used); i++ {
		e := mapEntryAt(h, int32(i))
		if e.live != 0 {
			key := add(unsafe.Pointer(e), entryHeaderSize)
			return i + 1, key, add(unsafe.Pointer(e), h.elemOff)
		}
	}
	return i, nil, nil
}
