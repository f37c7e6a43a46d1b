// TypeScript declarations for a compiled module's exports, generated from its ABI manifest.
//
// The output declares `interface Exports` (one method per export, with the Go signature as its
// doc comment) and, for every named struct type, two interfaces: `T` (what results look like:
// every exported field present) and `TInput` (what arguments accept: every field optional,
// integer fields also accepting bigint, slices accepting plain arrays). Use it as
//
//     import type { Exports } from './shapes.js';     // shapes.d.ts = out.dts
//     const mod = await instantiate<Exports>(out);
//
// The types follow the marshaller exactly (web/marshal/*.js); see docs/abi.md, "The JS side".

import { goTypeString } from './marshal/codec.js';
import { TYPED_FOR_KIND } from './marshal/slices.js';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with implements interface let package private protected public static ' +
    'yield arguments eval await'
  ).split(' '),
);

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Arrays up to this length become tuple types. */
const MAX_TUPLE = 16;

/** @param {string} name */
function propertyName(name) {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

/** @param {string} doc */
function comment(doc) {
  return doc.replace(/\*\//g, '*\\/');
}

/**
 * @param {any} manifest a compile result's `manifest`
 * @returns {string} the text of a .d.ts module
 */
export function manifestToDts(manifest) {
  if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.exports)) {
    throw new TypeError('manifestToDts: expected a gomethod manifest (a compile result\'s `manifest`)');
  }
  /** @type {Map<string, { key: string, ident: string, type: any }>} Go name → declared interface */
  const named = new Map();
  /** @type {Set<string>} */
  const idents = new Set(['Exports']);
  /** @type {string[]} */
  const decls = [];
  let usesModuleArray = false;

  /**
   * The interface name for a named struct type, declaring it on first use; null when the name
   * cannot be used (clashes), in which case the caller inlines the type.
   * @param {any} type
   * @returns {string | null}
   */
  function structName(type) {
    const goName = String(type.name);
    const key = JSON.stringify(type);
    const known = named.get(goName);
    if (known) return known.key === key ? known.ident : null;
    let ident = goName.replace(/[^A-Za-z0-9_$]/g, '_');
    if (!IDENT.test(ident)) ident = `_${ident}`;
    if (idents.has(ident) || idents.has(`${ident}Input`)) return null;
    idents.add(ident);
    idents.add(`${ident}Input`);
    named.set(goName, { key, ident, type });
    const fields = visibleFields(type);
    const doc = `/** Go: type ${goName} ${comment(goTypeString({ ...type, name: undefined }))} */`;
    const outFields = fields.map((/** @type {any} */ f) => `  ${propertyName(f.name)}: ${tsOut(f.type)};`);
    const inFields = fields.map((/** @type {any} */ f) => `  ${propertyName(f.name)}?: ${tsIn(f.type)};`);
    decls.push(
      `${doc}\nexport interface ${ident} {\n${outFields.join('\n')}${outFields.length ? '\n' : ''}}`,
      `/** ${goName} as an argument: a missing field is its zero value. */\nexport interface ${ident}Input {\n${inFields.join('\n')}${inFields.length ? '\n' : ''}}`,
    );
    return ident;
  }

  /** @param {any} type */
  function visibleFields(type) {
    return (type.fields ?? []).filter((/** @type {any} */ f) => f.exported && supported(f.type));
  }

  /** @param {string} t */
  function paren(t) {
    return /[|&]/.test(t) ? `(${t})` : t;
  }

  /**
   * @param {any} type
   * @returns {string} the TS type of a value coming out of Go
   */
  function tsOut(type) {
    switch (type?.kind) {
      case 'bool':
        return 'boolean';
      case 'int8': case 'int16': case 'int32': case 'uint8': case 'uint16': case 'uint32':
      case 'uintptr': case 'float32': case 'float64': case 'int': case 'uint':
        return 'number';
      case 'int64': case 'uint64':
        return 'bigint';
      case 'string':
        return 'string';
      case 'jsvalue':
        return 'unknown';
      case 'pointer':
        return type.elem ? `${tsOut(type.elem)} | null` : 'number';
      case 'slice': {
        const typed = typedName(type.elem);
        return typed ?? `${paren(tsOut(type.elem))}[]`;
      }
      case 'array': {
        const elem = tsOut(type.elem);
        return type.len <= MAX_TUPLE ? `[${Array(type.len).fill(elem).join(', ')}]` : `${paren(elem)}[]`;
      }
      case 'struct': {
        if (type.name) {
          const n = structName(type);
          if (n) return n;
        }
        const fields = visibleFields(type).map((/** @type {any} */ f) => `${propertyName(f.name)}: ${tsOut(f.type)}`);
        return fields.length ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
      }
      default:
        return 'never';
    }
  }

  /**
   * @param {any} type
   * @returns {string} the TS type a Go parameter of this type accepts
   */
  function tsIn(type) {
    switch (type?.kind) {
      case 'int': case 'uint':
        return 'number | bigint';
      case 'int64': case 'uint64':
        return 'bigint | number';
      case 'pointer':
        return type.elem ? `${tsIn(type.elem)} | null` : 'number';
      case 'slice': {
        const typed = typedName(type.elem);
        if (typed) {
          usesModuleArray = true;
          const k = type.elem.kind;
          const elems = k === 'int' || k === 'int64' || k === 'uint' || k === 'uint64' ? '(number | bigint)' : 'number';
          const views = k === 'uint8' ? 'ArrayBufferView | ArrayBuffer' : typed;
          return `${views} | readonly ${elems}[] | ModuleArray<${typed}> | null`;
        }
        return `readonly ${paren(tsIn(type.elem))}[] | null`;
      }
      case 'array': {
        const elem = tsIn(type.elem);
        return type.len <= MAX_TUPLE ? `readonly [${Array(type.len).fill(elem).join(', ')}]` : `readonly ${paren(elem)}[]`;
      }
      case 'struct': {
        if (type.name) {
          const n = structName(type);
          if (n) return `${n}Input`;
        }
        const fields = visibleFields(type).map((/** @type {any} */ f) => `${propertyName(f.name)}?: ${tsIn(f.type)}`);
        return fields.length ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
      }
      default:
        return tsOut(type);
    }
  }

  /** One callable member: its doc comment and `name(params): result` line. */
  const member = (/** @type {any} */ entry, /** @type {string} */ indent) => {
    // Tolerate sparse entries (hand-written or older manifests): missing lists are empty.
    const e = {
      ...entry,
      name: String(entry?.name ?? ''),
      params: Array.isArray(entry?.params) ? entry.params : [],
      results: Array.isArray(entry?.results) ? entry.results : [],
    };
    const doc = `${indent}/** ${comment(String(e.go ?? `func ${e.name}`))} */`;
    // A final error result is not returned: a non-nil one is thrown as GoError.
    const lastIsError = e.results.length > 0 && e.results[e.results.length - 1]?.type?.kind === 'error';
    const results = lastIsError ? e.results.slice(0, -1) : e.results;
    const all = [...e.params, ...results];
    if (!all.every((p) => supported(p.type))) {
      return `${doc}\n${indent}${propertyName(e.name)}(...args: never[]): never; // cannot be called from JS yet`;
    }
    const used = new Set();
    const params = e.params.map((/** @type {any} */ p, /** @type {number} */ i) => {
      let n = typeof p.name === 'string' && IDENT.test(p.name) && p.name !== '_' ? p.name : `arg${i}`;
      if (RESERVED.has(n)) n = `${n}_`;
      while (used.has(n)) n = `${n}_`;
      used.add(n);
      const last = i === e.params.length - 1;
      if (e.variadic && last && p.type?.kind === 'slice') return `...${n}: ${paren(tsIn(p.type.elem))}[]`;
      return `${n}: ${tsIn(p.type)}`;
    });
    let result;
    if (results.length === 0) result = 'void';
    else if (results.length === 1) result = tsOut(results[0].type);
    else result = `[${results.map((/** @type {any} */ r) => tsOut(r.type)).join(', ')}]`;
    const withThrows = lastIsError
      ? doc.replace(/ \*\/$/, ' — throws GoError when the Go error is non-nil */')
      : doc;
    return `${withThrows}\n${indent}${propertyName(e.name)}(${params.join(', ')}): ${result};`;
  };
  const methods = manifest.exports.map((/** @type {any} */ entry) => member(entry, '  '));

  // Exported types: classes over a Go object (web/classes.js).
  const classes = (Array.isArray(manifest.classes) ? manifest.classes : []).map((/** @type {any} */ c) => {
    const type = c.type ?? {};
    const body = [];
    if (type.kind === 'struct') {
      body.push(`  constructor(init?: ${tsIn(type)});`);
      for (const f of visibleFields(type)) body.push(`  ${propertyName(f.name)}: ${tsOut(f.type)};`);
    } else {
      body.push(`  constructor(value?: ${tsIn(type)});`, `  value: ${tsOut(type)};`);
    }
    for (const m of c.methods ?? []) body.push(member({ ...m, name: m.method }, '  '));
    body.push('  /** Releases the Go object now; using the instance afterwards throws. */', '  free(): void;');
    const plain = type.kind === 'struct'
      ? `{ ${visibleFields(type).map((/** @type {any} */ f) => `${propertyName(f.name)}: ${tsOut(f.type)}`).join('; ')} }`
      : tsOut(type);
    body.push(`  /** A plain copy of the Go object. */`, `  toJSON(): ${plain};`);
    return `/** Go type ${comment(String(c.go ?? c.name))}, exported as a class. */\nexport declare class ${c.name} {\n${body.join('\n')}\n}`;
  });
  for (const c of manifest.classes ?? []) methods.push(`  ${propertyName(c.name)}: typeof ${c.name};`);

  const lines = [
    `// Types for the exports of a gomethod module (package ${manifest.package ?? 'main'}), generated from its ABI manifest.`,
  ];
  if (usesModuleArray) lines.push(`import type { ModuleArray } from 'gomethod';`);
  lines.push('');
  for (const d of decls) lines.push(d, '');
  for (const c of classes) lines.push(c, '');
  lines.push('/** The module\'s exported Go functions: `mod.exports` of `instantiate<Exports>(…)`. */');
  lines.push(`export interface Exports {\n${methods.join('\n')}${methods.length ? '\n' : ''}}`, '');
  return lines.join('\n');
}

/** @param {any} type */
function typedName(type) {
  const Typed = type && TYPED_FOR_KIND[type.kind];
  return Typed ? Typed.name : null;
}

/**
 * @param {any} type
 * @returns {boolean}
 */
function supported(type) {
  switch (type?.kind) {
    case 'pointer':
      return !type.elem || supported(type.elem);
    case 'slice':
    case 'array':
      return supported(type.elem);
    case 'struct':
      return true;
    case 'bool': case 'int8': case 'int16': case 'int32': case 'int64': case 'int':
    case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uint': case 'uintptr':
    case 'float32': case 'float64': case 'string': case 'jsvalue':
      return true;
    default:
      return false;
  }
}
