// Trunk post-build hook: bundles the one ES module an embedding page
// includes, dist/article-widget.js, with esbuild.
//
// The entry is js/article-widget.js, which starts the widget. It imports
// wasm-bindgen's `--target web` module from Trunk's staging directory
// (`trunk-staging/…`), and that imports the JS snippets of the Rust side
// (`#[wasm_bindgen(module = "/js/…")]`) from copies under `snippets/`; those
// imports resolve to the files in js/ themselves, so the entry and the wasm
// share one instance of each (js/prefetch.js keeps the prefetched responses).
// The bundle is written over wasm-bindgen's module, its wasm stays beside it.
// The second module, article-widget-formats.js, is minified in place first,
// and the bundle carries the SHA-384 of it and of both wasm files.
import { createHash } from "node:crypto";
import { readFile, writeFile, rm, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)");
const out = join(dir, "article-widget.js");

const exists = (path) => stat(path).then(() => true, () => false);

/** `trunk-staging/<file>` is <file> in Trunk's staging directory. */
const staging = {
  name: "trunk-staging",
  setup(build) {
    build.onResolve({ filter: /^trunk-staging\// }, (args) => ({ path: join(dir, args.path.slice("trunk-staging/".length)) }));
  },
};

/**
 * `./snippets/<crate>-<hash>/<path>` (wasm-bindgen's copy of the snippet at
 * `/<path>` in the crate) is the file at <path> in the repository, checked to
 * be the same text.
 */
const snippets = {
  name: "wasm-bindgen-snippets",
  setup(build) {
    build.onResolve({ filter: /^\.\/snippets\// }, async (args) => {
      const copy = join(args.resolveDir, args.path);
      const inCrate = relative(join(dir, "snippets"), copy).split(sep).slice(1).join(sep);
      const source = join(root, inCrate);
      if (!inCrate.startsWith(`js${sep}`) || !(await exists(source))) {
        throw new Error(`${args.path}: wasm-bindgen snippet with no source under js/`);
      }
      if ((await readFile(copy, "utf8")) !== (await readFile(source, "utf8"))) {
        throw new Error(`${args.path} differs from ${inCrate}: stale staging directory?`);
      }
      return { path: source };
    });
  },
};

// The formats module (src/bin/formats.rs), which js/formats.js imports from
// next to the bundle: wasm-bindgen's module as it is, minified. Done first,
// since the bundle carries its hash.
const formats = join(dir, "article-widget-formats.js");
if (!(await exists(formats))) throw new Error("article-widget-formats.js is missing: index.html builds it with Trunk");
const minified = await esbuild.transform(await readFile(formats, "utf8"), {
  format: "esm",
  target: "es2020",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
if (!minified.code.includes("import.meta.url")) throw new Error("article-widget-formats.js no longer finds its wasm through import.meta.url");
await writeFile(formats, minified.code);

// The SHA-384 of each file the bundle loads after itself, as Subresource
// Integrity writes it, for js/formats.js `integrity`.
const sri = async (file) => "sha384-" + createHash("sha384").update(await readFile(join(dir, file))).digest("base64");
const integrity = {
  wasm: await sri("article-widget_bg.wasm"),
  formats: await sri("article-widget-formats.js"),
  formatsWasm: await sri("article-widget-formats_bg.wasm"),
};

const result = await esbuild.build({
  entryPoints: [join(root, "js", "article-widget.js")],
  bundle: true,
  format: "esm",
  // What the widget needs anyway: custom elements, shadow DOM, adopted
  // stylesheets (Chrome 73, Firefox 101, Safari 16.4).
  target: "es2020",
  minify: true,
  legalComments: "none",
  plugins: [staging, snippets],
  define: { __ARTICLE_WIDGET_INTEGRITY__: JSON.stringify(integrity) },
  write: false,
  metafile: true,
  logLevel: "warning",
});
const [bundle] = result.outputFiles;
if (!bundle || result.outputFiles.length !== 1) throw new Error("esbuild: expected one output file");
const js = bundle.text;
// Self-contained: the wasm's import table still names the snippets' paths,
// but only as keys; no import is left for the browser to fetch.
const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
if (imports.length) throw new Error(`article-widget.js still imports ${imports.map((i) => i.path).join(", ")}`);
if (!js.includes(integrity.wasm)) throw new Error("article-widget.js does not carry its wasm's hash: was __ARTICLE_WIDGET_INTEGRITY__ renamed?");
if (!js.includes("import.meta.url")) {
  throw new Error("article-widget.js no longer finds its wasm through import.meta.url; did wasm-bindgen change its output?");
}
await writeFile(out, js);
await rm(join(dir, "snippets"), { recursive: true, force: true });

// With inject_scripts off, Trunk leaves its own build directive in the page.
for (const page of ["index.html"]) {
  const path = join(dir, page);
  const html = await readFile(path, "utf8").catch(() => null);
  if (html) await writeFile(path, html.replace(/^\s*<link data-trunk rel="rust"[^>]*>\n/m, ""));
}
