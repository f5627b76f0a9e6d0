// What scripts/release.mjs (the versioned folder) and scripts/package.mjs
// (the npm package) share: the repository's root, their one option form,
// Cargo.toml's [package] fields (one version everywhere), and the files of a
// release in dist/.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** `--name value` from the command line, else `fallback`. */
export function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const cargo = await readFile(join(root, "Cargo.toml"), "utf8");

/** A string field of Cargo.toml's [package]; undefined when it has none. */
export const cargoField = (name) => cargo.match(new RegExp(`^\\[package\\][^[]*?^${name}\\s*=\\s*"([^"]+)"`, "ms"))?.[1];

export const version = cargoField("version");
if (!version) throw new Error("Cargo.toml: no [package] version");

/** The files of a release, in dist/ after `make release` (scripts/release.sh): what a page may load, the module first, then the types and the manifest. */
export const RELEASE_FILES = [
  "article-widget.js",
  "article-widget_bg.wasm",
  "article-widget-formats.js",
  "article-widget-formats_bg.wasm",
  "article-widget.d.ts",
  "article-widget.react.d.ts",
  "custom-elements.json",
];
