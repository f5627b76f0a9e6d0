// `make release`: the files of one version in a folder named for it,
// release/article-widget@<version>/ (the version is Cargo.toml's), as a CDN
// serves them, with integrity.json (each file's SHA-384, as Subresource
// Integrity writes it), and prints the snippet that pins it.
//
//   node scripts/release.mjs [--base https://cdn.example.com/path] [--out release]
//
// Needs the release build in dist/ (scripts/release.sh). article-widget.js carries the hashes of
// the files it loads after itself (scripts/finish-dist.mjs), so pinning it
// pins them all.
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

const cargo = await readFile(join(root, "Cargo.toml"), "utf8");
const version = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms)?.[1];
if (!version) throw new Error("Cargo.toml: no [package] version");

/** What a page may load, in the order the snippet needs them; the types travel with them. */
const FILES = [
  "article-widget.js",
  "article-widget_bg.wasm",
  "article-widget-formats.js",
  "article-widget-formats_bg.wasm",
  "article-widget.d.ts",
  "article-widget.react.d.ts",
  "custom-elements.json",
];

const name = `article-widget@${version}`;
const folder = join(resolve(root, option("--out", "release")), name);
await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
const integrity = {};
for (const file of FILES) {
  const bytes = await readFile(join(root, "dist", file)).catch(() => {
    throw new Error(`dist/${file} is missing: run \`make release\` (scripts/release.sh) first`);
  });
  await copyFile(join(root, "dist", file), join(folder, file));
  integrity[file] = "sha384-" + createHash("sha384").update(bytes).digest("base64");
}
await writeFile(join(folder, "integrity.json"), JSON.stringify({ version, files: integrity }, null, 2) + "\n");

const base = option("--base", "https://cdn.example.com").replace(/\/$/, "");
console.log(`wrote ${folder} (${FILES.length} files and integrity.json)

Serve the folder as it is, with CORS (Access-Control-Allow-Origin) and
long-lived caching, at ${base}/${name}/, and embed:

<script type="module" src="${base}/${name}/article-widget.js"
        integrity="${integrity["article-widget.js"]}"
        crossorigin="anonymous"></script>
<article-widget src="/articles/example.json"></article-widget>`);
