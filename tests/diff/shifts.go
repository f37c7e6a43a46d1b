package main

// Shift counts at or past the width give 0 (or the sign for signed >>), unlike wasm's masking.

//export shl32
func shl32(x int32, s uint) int32 { return x << s }

//export shr32
func shr32(x int32, s uint) int32 { return x >> s }

//export shrU8
func shrU8(x uint8, s uint8) uint8 { return x >> s }

//export shl8
func shl8(x int8, s int) int8 { return x << s }

//export shl64
func shl64(x uint64, s uint32) uint64 { return x << s }

//export shr64
func shr64(x int64, s uint64) int64 { return x >> s }

//call shl32(1, 31)
//call shl32(1, 32)
//call shl32(3, 100)
//call shr32(-8, 1)
//call shr32(-8, 40)
//call shrU8(200, 3)
//call shrU8(200, 8)
//call shl8(1, 7)
//call shl8(3, 7)
//call shl64(1, 63)
//call shl64(1, 64)
//call shr64(-1, 200)
//call shr64(1024, 3)
