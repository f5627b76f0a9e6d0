// Trunk post-build hook: turns wasm-bindgen's output into the one ES module
// an embedding page includes.
//
// wasm-bindgen's `--target web` module only exports an init function, and
// imports our custom-element class from a snippet file under a hashed path.
// Here the snippet is inlined, so the module is self-contained, and the
// module starts itself: including it is all a page does. Its wasm is found
// next to it through `import.meta.url`, so it works from any origin.
import { readFile, writeFile, rm } from "node:fs/promises";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)");
const file = join(dir, "article-widget.js");
let js = await readFile(file, "utf8");

// wasm-bindgen imports each snippet by name where it wraps a call, and as a
// namespace where the wasm calls it directly: both become local bindings.
// The snippets: js/element.js (the element class), js/prefetch.js
// (the article requests started before the wasm).
const snippetPaths = [...new Set([...js.matchAll(/^import .* from ["'](\.\/snippets\/[^"']+\.js)["']/gm)].map((m) => m[1]))];
for (const snippetPath of snippetPaths) {
  const snippet = await readFile(join(dir, snippetPath), "utf8");
  const names = [...snippet.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  const quoted = snippetPath.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  js = js
    .replace(new RegExp(`^import \\{[^}]*\\} from ["']${quoted}["'];?\\n`, "m"), "")
    .replace(new RegExp(`^import \\* as (\\w+) from ["']${quoted}["'];?\\n`, "m"), (_, ns) => `const ${ns} = { ${names.join(", ")} };\n`);
  js = snippet.replace(/^export function/gm, "function") + "\n" + js;
}
// The wasm's import table still names the snippets' paths as keys; only an
// `import … from` would make the browser fetch them.
if (/^import .* from ["']\.\/snippets\//m.test(js)) {
  throw new Error("article-widget.js still imports from ./snippets/ after inlining; did wasm-bindgen change its output?");
}
if (snippetPaths.length) await rm(join(dir, "snippets"), { recursive: true });
for (const name of ["defineElement", "prefetchArticles", "dropPrefetched"]) {
  if (!js.includes(`function ${name}(`)) {
    throw new Error(`article-widget.js: ${name} (a snippet of js/) was not found; did wasm-bindgen change its output?`);
  }
}

// Shipped without comments and indentation: about a fifth of the module's
// brotli size. Safe because nothing in the module spans lines except comments:
// a string cannot hold a newline, and every template literal opens and closes
// on its line (checked). Whole-line comments only; one after code stays.
const code = js.replace(/^[ \t]*\/\/.*$/gm, "").replace(/^[ \t]*\/\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*$/gm, "");
const spanning = code.split("\n").find((line) => (line.match(/`/g)?.length ?? 0) % 2 === 1);
if (spanning !== undefined) {
  throw new Error(`article-widget.js may have a template literal over several lines, which stripping could change: ${spanning.trim()}`);
}
js = js
  .replace(/^[ \t]*\/\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*\n/gm, "")
  .replace(/^[ \t]*\/\/.*\n/gm, "")
  .replace(/^[ \t]+/gm, "")
  .replace(/\n{2,}/g, "\n");

// The article requests start first, so the JSON downloads while the wasm
// does; once the wasm runs, every widget has taken its response.
const start = "\n// Started by including this module: <script type=\"module\" src=\".../article-widget.js\">.\nprefetchArticles();\n__wbg_init().finally(dropPrefetched);\n";
if (!js.includes(start)) js += start;
await writeFile(file, js);

// With inject_scripts off, Trunk leaves its own build directive in the page.
for (const page of ["index.html"]) {
  const path = join(dir, page);
  const html = await readFile(path, "utf8").catch(() => null);
  if (html) await writeFile(path, html.replace(/^\s*<link data-trunk rel="rust"[^>]*>\n/m, ""));
}
