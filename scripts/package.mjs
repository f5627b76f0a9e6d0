// `make package`: the npm package, as `npm pack` writes it, from the release
// build in dist/ (scripts/release.sh): the module, both wasm files and the
// formats module, the declarations, the Custom Elements Manifest, the README
// and the licences, with a package.json whose version is Cargo.toml's.
//
//   node scripts/package.mjs [--out release]
//
// Writes release/npm/ (the package folder) and release/article-widget-<version>.tgz,
// and prints the tarball's packed and unpacked sizes.
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { RELEASE_FILES as FROM_DIST, cargoField as field, option, root, version } from "./release-files.mjs";

const out = resolve(root, option("--out", "release"));
/** Beside the release files: the README and the licences. */
const FROM_REPO = ["README.md", "LICENSE-MIT", "LICENSE-APACHE"];

const manifest = {
  name: "article-widget",
  version,
  description: field("description"),
  license: field("license"),
  type: "module",
  // The module registers <article-widget> when it is imported.
  sideEffects: ["./article-widget.js"],
  exports: {
    ".": { types: "./article-widget.d.ts", default: "./article-widget.js" },
    "./react": { types: "./article-widget.react.d.ts" },
    "./custom-elements.json": "./custom-elements.json",
    "./article-widget_bg.wasm": "./article-widget_bg.wasm",
    "./article-widget-formats.js": "./article-widget-formats.js",
    "./article-widget-formats_bg.wasm": "./article-widget-formats_bg.wasm",
    "./package.json": "./package.json",
  },
  module: "./article-widget.js",
  types: "./article-widget.d.ts",
  // What CDNs serve for the bare package name (unpkg, jsDelivr).
  unpkg: "./article-widget.js",
  jsdelivr: "./article-widget.js",
  customElements: "./custom-elements.json",
  files: [...FROM_DIST, ...FROM_REPO.filter((f) => f !== "README.md")],
  keywords: ["web-component", "custom-element", "news", "article", "webassembly", "leptos", "json-ld", "jsonfeed", "wordpress", "ghost"],
};

const folder = join(out, "npm");
await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
for (const file of FROM_DIST) {
  await stat(join(root, "dist", file)).catch(() => {
    throw new Error(`dist/${file} is missing: run \`make release\` (scripts/release.sh) first`);
  });
  await copyFile(join(root, "dist", file), join(folder, file));
}
for (const file of FROM_REPO) await copyFile(join(root, file), join(folder, file));
await writeFile(join(folder, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

const [packed] = JSON.parse(
  execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }),
);
const tarball = join(out, packed.filename);
console.log(`wrote ${tarball}: ${packed.entryCount} files, ${packed.size.toLocaleString("en")} B packed, ${packed.unpackedSize.toLocaleString("en")} B unpacked`);
