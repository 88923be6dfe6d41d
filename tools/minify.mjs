// JavaScript as served: minified with terser (pinned in package.json), so no page pays for the
// comments and indentation of the generated glue or of www/'s scripts. What other files reach
// by name (a module's exports, the keys of the object the WebAssembly module imports) keeps it.
import { minify } from 'terser';

/** `code` minified; `module` for an ES module (its top-level names may then be shortened). */
export async function minifyJs(code, file, { module = true } = {}) {
  const out = await minify(code, { module, compress: true, mangle: true, format: { comments: false } });
  if (!out.code) throw new Error(`minify: terser returned nothing for ${file}`);
  return out.code;
}
