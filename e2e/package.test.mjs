// The npm package (`make package`): packed from the release build, installed
// from its tarball into a fresh project with npm (no registry needed: it has
// no dependencies), where its entry points resolve and its declarations
// type-check a consumer's use of the element.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = resolve(".");
let dir, printed, tarball, installed, version;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "aw-package-"));
  version = (await readFile("Cargo.toml", "utf8")).match(/^version\s*=\s*"([^"]+)"/m)[1];
  printed = (await run("node", ["scripts/package.mjs", "--out", dir])).stdout;
  tarball = join(dir, `article-widget-${version}.tgz`);
  const consumer = join(dir, "consumer");
  await mkdir(consumer);
  await writeFile(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], { cwd: consumer });
  installed = join(consumer, "node_modules", "article-widget");
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("the tarball holds the module, both wasm files, the formats module, the declarations, the manifest, the README and the licences", async () => {
  const { stdout } = await run("tar", ["tzf", tarball]);
  assert.deepEqual(stdout.trim().split("\n").sort(), [
    "package/LICENSE-APACHE",
    "package/LICENSE-MIT",
    "package/README.md",
    "package/article-widget-formats.js",
    "package/article-widget-formats_bg.wasm",
    "package/article-widget.d.ts",
    "package/article-widget.js",
    "package/article-widget.react.d.ts",
    "package/article-widget_bg.wasm",
    "package/custom-elements.json",
    "package/package.json",
  ]);
  assert.match(printed, /11 files, [\d,]+ B packed, [\d,]+ B unpacked/);
});

test("package.json: Cargo.toml's version, an ES module with exports (types first), its side effect, the manifest and the CDN entry", async () => {
  const pkg = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, "module");
  assert.deepEqual(Object.keys(pkg.exports["."]), ["types", "default"]);
  assert.equal(pkg.exports["."].default, "./article-widget.js");
  assert.equal(pkg.types, "./article-widget.d.ts");
  assert.deepEqual(pkg.sideEffects, ["./article-widget.js"]);
  assert.equal(pkg.customElements, "./custom-elements.json");
  assert.equal(pkg.unpkg, "./article-widget.js");
  assert.equal(pkg.jsdelivr, "./article-widget.js");
  const manifest = JSON.parse(await readFile(join(installed, "custom-elements.json"), "utf8"));
  assert.equal(manifest.schemaVersion, "2.1.0");
  assert.ok(JSON.stringify(manifest).includes('"article-widget"'));
});

test("installed, its entry points resolve and its declarations type-check a consumer", async () => {
  const consumer = join(dir, "consumer");
  const { stdout } = await run(
    "node",
    ["--input-type=module", "-e", 'console.log(import.meta.resolve("article-widget")); console.log(import.meta.resolve("article-widget/custom-elements.json"))'],
    { cwd: consumer },
  );
  assert.deepEqual(stdout.trim().split("\n"), [
    `file://${installed}/article-widget.js`,
    `file://${installed}/custom-elements.json`,
  ]);
  await writeFile(
    join(consumer, "main.ts"),
    `import "article-widget";
const widget = document.querySelector("article-widget");
widget?.addEventListener("article-widget:story-click", (event) => {
  const url: string = event.detail.url;
  console.log(url, window.ArticleWidget.version);
});
`,
  );
  await writeFile(
    join(consumer, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "es2022", strict: true, noEmit: true, lib: ["dom", "es2022"], types: [] }, files: ["main.ts"] }),
  );
  await run(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "."], { cwd: consumer });
});
