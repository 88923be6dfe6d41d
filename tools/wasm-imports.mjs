// Reads and renames a WebAssembly binary's imports (the import section only; everything else is
// copied byte for byte). tools/split.mjs uses it after merging chunks with wasm-merge, and to
// give the main module's JavaScript imports short names.
function leb(buf, pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function encodeLeb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}

const name = (s) => Buffer.concat([encodeLeb(Buffer.byteLength(s)), Buffer.from(s)]);

/** The end of an import's description starting at `pos` (after its kind byte). */
function skipDesc(buf, kind, pos) {
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = leb(buf, p);
    if (flags & 1) [, p] = leb(buf, p);
    return p;
  };
  if (kind === 0) return leb(buf, pos)[1]; // function: type index
  if (kind === 1) return limits(pos + 1); // table: reference type, limits
  if (kind === 2) return limits(pos); // memory: limits
  if (kind === 3) return pos + 2; // global: value type, mutability
  if (kind === 4) return leb(buf, pos + 1)[1]; // tag: attribute, type index
  throw new Error(`wasm: unknown import kind ${kind}`);
}

/** Returns `wasm` with every import from module `from` importing from `to` instead. */
export function renameImportModule(wasm, from, to) {
  return rewriteImports(wasm, (module, field) => [module === from ? to : module, field]);
}

/** Returns `wasm` with each import from `module` whose field `fields` maps renamed to its new
 *  field name. */
export function renameImportFields(wasm, module, fields) {
  return rewriteImports(wasm, (m, f) => [m, m === module && fields.has(f) ? fields.get(f) : f]);
}

/** Returns `wasm` with each import's module and field names replaced by what `rename(module,
 *  field)` returns as `[module, field]`; every other byte is copied. */
function rewriteImports(wasm, rename) {
  const parts = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, body] = leb(wasm, pos + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = leb(wasm, body);
    const entries = [encodeLeb(count)];
    for (let i = 0; i < count; i += 1) {
      let len;
      [len, p] = leb(wasm, p);
      const module = wasm.toString('utf8', p, p + len);
      p += len;
      [len, p] = leb(wasm, p);
      const field = wasm.toString('utf8', p, p + len);
      p += len;
      const kind = wasm[p];
      const descEnd = skipDesc(wasm, kind, p + 1);
      const [newModule, newField] = rename(module, field);
      entries.push(name(newModule), name(newField), wasm.subarray(p, descEnd));
      p = descEnd;
    }
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encodeLeb(section.length), section);
    pos = end;
  }
  return Buffer.concat(parts);
}

/** The imports of a WebAssembly binary: { module, field, kind, desc } (desc: the raw bytes). */
export function readImports(wasm) {
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, body] = leb(wasm, pos + 1);
    if (id === 2) {
      const out = [];
      let [count, p] = leb(wasm, body);
      for (let i = 0; i < count; i += 1) {
        let len;
        [len, p] = leb(wasm, p);
        const module = wasm.toString('utf8', p, p + len);
        p += len;
        [len, p] = leb(wasm, p);
        const field = wasm.toString('utf8', p, p + len);
        p += len;
        const kind = wasm[p];
        const end = skipDesc(wasm, kind, p + 1);
        out.push({ module, field, kind, desc: wasm.subarray(p + 1, end) });
        p = end;
      }
      return out;
    }
    pos = body + size;
  }
  return [];
}

/** A module that imports each of `imports` from `module` and exports it under its own field name. */
export function passThrough(imports, module) {
  const section = (id, entries) => {
    const body = Buffer.concat([encodeLeb(entries.length), ...entries]);
    return Buffer.concat([Buffer.from([id]), encodeLeb(body.length), body]);
  };
  const counts = [0, 0, 0, 0, 0];
  const exports = imports.map((im) => Buffer.concat([name(im.field), Buffer.from([im.kind]), encodeLeb(counts[im.kind]++)]));
  const entries = imports.map((im) => Buffer.concat([name(module), name(im.field), Buffer.from([im.kind]), im.desc]));
  return Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), section(2, entries), section(7, exports)]);
}
