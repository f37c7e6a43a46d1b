// Runs Go programs compiled in the page for each target (wasi through @bjorn3/browser_wasi_shim,
// direct, js) and a syscall/js program against the real window, for tests/browser/targets.spec.js.
// Everything runs under the strict CSP that scripts/serve.js sends.
import { createCompiler, instantiate, runProgram } from '../../../web/index.js';

const compiler = await createCompiler();

/**
 * Compiles and runs each program; resolves with what each printed and its exit status.
 * @param {{ name: string, source: string }[]} programs
 * @param {'direct' | 'js' | 'wasi'} target
 */
async function runAll(programs, target) {
  const results = [];
  for (const { name, source } of programs) {
    const out = compiler.compile(source, { filename: name, target });
    if (!out.ok) {
      results.push({ name, error: out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n') });
      continue;
    }
    let stdout = '';
    let stderr = '';
    try {
      const status = await runProgram(out.wasm, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      results.push({ name, status, stdout, stderr });
    } catch (err) {
      results.push({ name, error: String(err) });
    }
  }
  return results;
}

const BRIDGE = `package bridge

import "syscall/js"

//export Render
func Render(id string, n int32) int32 {
	doc := js.Global().Get("document")
	el := doc.Call("createElement", "ul")
	el.Set("id", id)
	for i := int32(0); i < n; i++ {
		li := doc.Call("createElement", "li")
		li.Set("textContent", js.ValueOf(i*i))
		el.Call("appendChild", li)
	}
	clicks := 0
	onClick := js.FuncOf(func(this js.Value, args []js.Value) any {
		clicks++
		this.Set("title", "clicked")
		return clicks
	})
	el.Call("addEventListener", "click", onClick)
	doc.Get("body").Call("appendChild", el)
	return int32(el.Get("children").Length())
}
`;

/** A syscall/js module building DOM nodes and handling a click through a Go callback. */
async function bridge() {
  const mod = await instantiate(compiler.compile(BRIDGE, { target: 'js' }));
  const count = mod.exports.Render('squares', 4);
  const list = document.getElementById('squares');
  list?.dispatchEvent(new MouseEvent('click'));
  return {
    count,
    items: [...(list?.children ?? [])].map((li) => li.textContent),
    title: list?.title,
    handles: mod.jsHandles(),
  };
}

Object.assign(window, { runAll, bridge });
document.getElementById('summary').textContent = 'ready';
document.body.dataset.state = 'ready';
