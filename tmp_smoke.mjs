import { createCompiler, instantiate, GoPanic } from 'gomethod';
import fs from 'node:fs';
const c = await createCompiler();
const src = fs.readFileSync('/tmp/abi/t.go','utf8') + `
//export mkpt
func mkpt(x int) *Point { return &Point{X: x, Y: x*2, Name: "héllo"} }
//export box
func box(b Box) Box { b.Min.X += 100; b.Data = append(b.Data, 7); return b }
//export sum
func sum(xs []int32) int32 { s := int32(0); for _, x := range xs { s += x }; return s }
//export joins
func joins(xs []string) string { s := ""; for _, x := range xs { s += x + "," }; return s }
`;
const out = c.compile(src);
console.log(out.diagnostics);
const mod = await instantiate(out);
const e = mod.exports;
console.log(e.add(2, 3), e.echo('hi ☃ 😀'), e.sl(new Int32Array([1,2,3]), ['a','b']));
console.log(e.pt({X: 1, Y: 2, Name: 'p'}, null, {Min: {X: 5}, Ids: [1,2,3], Data: new Uint8Array([1,2])}, [{X:1},{Y:2}]));
console.log(e.mkpt(7), e.box({Min: {X: 5}, Ids: [1,2,3], Data: new Uint8Array([1,2])}));
console.log(e.v(1, 2, 3), e.v());
console.log(e.idx(1));
try { e.idx(5) } catch (err) { console.log(err instanceof GoPanic, err.message, err.kind) }
console.log(e.idx(2));
try { e.add(1) } catch (err) { console.log(err.message) }
try { e.add(1, 2**31) } catch (err) { console.log(err.name, err.message) }
try { e.add('1', 2) } catch (err) { console.log(err.name, err.message) }
try { e.pt({X: 1, Q: 2}, null, {}, [{},{}]) } catch (err) { console.log(err.name, err.message) }
try { e.pt({X: 1.5}, null, {}, [{},{}]) } catch (err) { console.log(err.name, err.message) }
try { e.pt({}, null, {Ids: [1,2,2**40]}, [{},{}]) } catch (err) { console.log(err.name, err.message) }
try { e.pt({}, null, {}, [{}]) } catch (err) { console.log(err.name, err.message) }
console.log(e.sum(new Int32Array([1,2,3])), e.sum([4,5]), e.sum(null));
const a = mod.alloc(Int32Array, 4); a.view.set([1,2,3,4]); console.log(e.sum(a)); a.free();
try { e.sum(a) } catch (err) { console.log(err.name, err.message) }
console.log(JSON.stringify(e.joins(['x', 'yy', ''])));
console.log(e.all(true, -128, 32767, -1, -5n, 255, 65535, 4294967295, 2n**64n-1n, -(2**53-1), 2**53-1, 5, 1.5, -0));
console.log(out.dts);
