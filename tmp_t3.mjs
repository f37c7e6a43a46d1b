import { createCompiler } from 'gomethod';
import fs from 'node:fs';
const c = await createCompiler();
const out = c.compile(fs.readFileSync(process.argv[2],'utf8'));
console.log(out.diagnostics);
if (out.ok) for (const e of out.manifest.exports) console.log(JSON.stringify(e));
