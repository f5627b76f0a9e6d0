// Pinned releases: article-widget.js carries the SHA-384 of every file it
// loads after itself (scripts/finish-dist.mjs), so a page that pins it with
// `integrity` pins them all. A changed byte in either wasm, or in the
// formats module's script from another origin, is refused with the reason
// on the error card and in `article-widget:error`; the files served from
// another origin with CORS, as from a CDN, load and render.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { outcomesPage, openSettled } from "./outcomes.mjs";

const dist = async (file) => readFile(`dist/${file}`);
const files = {
  js: await dist("article-widget.js"),
  wasm: await dist("article-widget_bg.wasm"),
  formatsJs: await dist("article-widget-formats.js"),
  formatsWasm: await dist("article-widget-formats_bg.wasm"),
};
/** `bytes` with one byte in the middle changed. */
function tampered(bytes) {
  const copy = Buffer.from(bytes);
  copy[copy.length >> 1] ^= 0x01;
  return copy;
}
const TYPES = { js: "text/javascript", wasm: "application/wasm" };
const send = (body, type, headers = {}) => (request, response) =>
  response.writeHead(200, { "content-type": TYPES[type], ...headers }).end(body);

/** The four files under `prefix` (from dist/, or `from`), any of them replaced. */
function release(prefix, replace = {}, headers = {}, from = files) {
  const all = { ...from, ...replace };
  return {
    [`${prefix}/article-widget.js`]: send(all.js, "js", headers),
    [`${prefix}/article-widget_bg.wasm`]: send(all.wasm, "wasm", headers),
    [`${prefix}/article-widget-formats.js`]: send(all.formatsJs, "js", headers),
    [`${prefix}/article-widget-formats_bg.wasm`]: send(all.formatsWasm, "wasm", headers),
  };
}

/** A page with a native and a WordPress widget, loading the module from `script`. */
const page = (script) => (request, response) =>
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
    outcomesPage(
      "integrity",
      `<article-widget id="native" src="/fixtures/demo.json"></article-widget>
<article-widget id="wp" src="/fixtures/wordpress/post.json"></article-widget>`,
      "",
      script,
    ),
  );

let server, cdn, browser, released, folder;
before(async () => {
  // `make release`'s folder, served from another origin with CORS, as a CDN does.
  folder = await mkdtemp(join(tmpdir(), "aw-release-"));
  const { stdout } = await promisify(execFile)("node", ["scripts/release.mjs", "--out", folder, "--base", "https://cdn.example.com"]);
  const version = (await readFile("Cargo.toml", "utf8")).match(/^version\s*=\s*"([^"]+)"/m)[1];
  const dir = join(folder, `article-widget@${version}`);
  released = {
    version,
    stdout,
    integrity: JSON.parse(await readFile(join(dir, "integrity.json"), "utf8")),
    files: {
      js: await readFile(join(dir, "article-widget.js")),
      wasm: await readFile(join(dir, "article-widget_bg.wasm")),
      formatsJs: await readFile(join(dir, "article-widget-formats.js")),
      formatsWasm: await readFile(join(dir, "article-widget-formats_bg.wasm")),
    },
  };
  const cors = { "access-control-allow-origin": "*" };
  cdn = await serve("dist", {
    routes: {
      ...release(`/article-widget@${version}`, {}, cors, released.files),
      ...release("/formats-js-changed", { formatsJs: tampered(released.files.formatsJs) }, cors, released.files),
    },
  });
  const sri = released.integrity.files["article-widget.js"];
  server = await serve("dist", {
    routes: {
      ...release("/wasm-changed", { wasm: tampered(files.wasm) }),
      ...release("/formats-changed", { formatsWasm: tampered(files.formatsWasm) }),
      // What Vite's dev server does to a module it serves: the same code with a source map appended.
      ...release("/formats-js-rewritten", { formatsJs: Buffer.concat([files.formatsJs, Buffer.from("\n//# sourceMappingURL=data:application/json;base64,e30=\n")]) }),
      "/p/formats-js-rewritten": page('<script type="module" src="/formats-js-rewritten/article-widget.js"></script>'),
      "/p/cdn-formats-js-changed": (request, response) =>
        page(`<script type="module" src="${cdn.url}/formats-js-changed/article-widget.js" integrity="${sri}" crossorigin="anonymous"></script>`)(request, response),
      "/p/wasm-changed": page('<script type="module" src="/wasm-changed/article-widget.js"></script>'),
      "/p/formats-changed": page('<script type="module" src="/formats-changed/article-widget.js"></script>'),
      "/p/cdn": (request, response) =>
        page(`<script type="module" src="${cdn.url}/article-widget@${released.version}/article-widget.js" integrity="${sri}" crossorigin="anonymous"></script>`)(request, response),
    },
  });
  browser = await launch();
});
after(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  await browser?.close();
  await server?.close();
  await cdn?.close();
});

const open = (path) => openSettled(browser, `${server.url}${path}`, ["native", "wp"]);

test("a wasm with one byte changed is refused: every widget shows why, and the page hears it", async () => {
  const { page, problems, outcomes } = await open("/p/wasm-changed");
  for (const id of ["native", "wp"]) {
    assert.equal(outcomes[id].type, "error", JSON.stringify(outcomes[id]));
    assert.match(outcomes[id].message, /article-widget_bg\.wasm at .* does not match the SHA-384 hash/);
    assert.equal(outcomes[id].path, null);
    const card = page.locator(`#${id} [part~="error"]`);
    assert.equal(await card.getAttribute("role"), "alert");
    assert.match(await card.innerText(), /could not be shown[\s\S]*does not match the SHA-384 hash/);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("a formats module's wasm with one byte changed is refused for the WordPress widget; the native one renders", async () => {
  const { page, problems, outcomes } = await open("/p/formats-changed");
  assert.equal(outcomes.native.type, "ready", JSON.stringify(outcomes.native));
  assert.equal(outcomes.wp.type, "error", JSON.stringify(outcomes.wp));
  assert.match(outcomes.wp.message, /article-widget-formats_bg\.wasm at .* does not match the SHA-384 hash/);
  // Trying again cannot help: the card says the publisher must fix it, and offers no Try again.
  const card = await page.locator('#wp [part~="error"]').innerText();
  assert.match(card, /does not match the SHA-384 hash/);
  assert.match(card, /a problem with it that the publisher needs to fix/);
  assert.doesNotMatch(card, /Check your connection/);
  assert.equal(await page.locator('#wp [data-action="retry"]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("from another origin, a formats module script with one byte changed is refused for the WordPress widget", async () => {
  const { page, problems, outcomes } = await open("/p/cdn-formats-js-changed");
  assert.equal(outcomes.native.type, "ready", JSON.stringify(outcomes.native));
  assert.equal(outcomes.wp.type, "error", JSON.stringify(outcomes.wp));
  assert.match(outcomes.wp.message, /article-widget-formats\.js at .* does not match the SHA-384 hash/);
  assert.equal(await page.locator('#wp [data-action="retry"]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("from the page's own origin, a formats module script a dev server rewrote (a source map appended) still loads", async () => {
  const { page, problems, outcomes } = await open("/p/formats-js-rewritten");
  assert.equal(outcomes.native.type, "ready", JSON.stringify(outcomes.native));
  assert.equal(outcomes.wp.type, "ready", JSON.stringify(outcomes.wp));
  assert.deepEqual(problems, []);
  await page.close();
});

test("make release writes one version's files with their SHA-384 and prints the snippet that pins them", () => {
  const { version, stdout, integrity } = released;
  assert.equal(integrity.version, version);
  for (const [file, bytes] of Object.entries({ "article-widget.js": files.js, "article-widget_bg.wasm": files.wasm })) {
    assert.equal(integrity.files[file], "sha384-" + createHash("sha384").update(bytes).digest("base64"), file);
  }
  assert.ok(
    stdout.includes(`src="https://cdn.example.com/article-widget@${version}/article-widget.js"`) &&
      stdout.includes(`integrity="${integrity.files["article-widget.js"]}"`) &&
      stdout.includes('crossorigin="anonymous"'),
    stdout,
  );
});

test("from another origin with CORS, pinned by the page's integrity, both modules load and render", async () => {
  const { page, problems, outcomes } = await open("/p/cdn");
  assert.equal(await page.evaluate(() => window.ArticleWidget.version), released.version);
  assert.equal(outcomes.native.type, "ready", JSON.stringify(outcomes.native));
  assert.equal(outcomes.wp.type, "ready", JSON.stringify(outcomes.wp));
  assert.ok((await page.locator('#wp [part~="headline"]').innerText()).length > 0);
  const loaded = await page.evaluate((cdn) => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.startsWith(cdn)), cdn.url);
  const from = `${cdn.url}/article-widget@${released.version}/`;
  for (const file of ["article-widget_bg.wasm", "article-widget-formats.js", "article-widget-formats_bg.wasm"]) {
    assert.ok(loaded.includes(from + file), `${file} from the other origin: ${loaded.join(" ")}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
