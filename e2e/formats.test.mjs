// The widget's second module (article-widget-formats.js and its wasm): a
// page of native articles never downloads it; a document in another format
// imports it once for the whole page, and early when the element's format
// attribute or the document's first bytes say it will be needed; when it
// cannot load, that widget shows why and may try again, and the others on
// the page are not touched.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { outcomesPage, openSettled } from "./outcomes.mjs";

const MODULE = "/article-widget-formats.js";
const MODULE_WASM = "/article-widget-formats_bg.wasm";
const WASM_DELAY_MS = 800;
const files = {
  wasm: await readFile("dist/article-widget_bg.wasm"),
  module: await readFile(`dist${MODULE}`),
  moduleWasm: await readFile(`dist${MODULE_WASM}`),
  native: await readFile("dist/fixtures/demo.json"),
  wordpress: await readFile("dist/fixtures/wordpress/post.json"),
  jsonfeed: await readFile("dist/fixtures/jsonfeed/feed-1.1.json"),
};

let server, browser;
/** Every request the server saw, in order: { path, at } (ms since the page was asked for). */
let log = [];
let pageStart = 0;
/** While true, the formats module answers 404. */
let moduleMissing = false;

const record = (path) => log.push({ path, at: Date.now() - pageStart });
const send = (path, type, body, delay = 0) => (request, response) => {
  record(path);
  setTimeout(() => response.writeHead(200, { "content-type": type }).end(body), delay);
};

/** A page with the given widgets in its HTML, and the module after them. */
function page(widgets, head = "") {
  return (request, response) => {
    pageStart = Date.now();
    log = [];
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(outcomesPage("formats module", widgets, head));
  };
}

before(async () => {
  server = await serve("dist", {
    routes: {
      "/article-widget_bg.wasm": send("/article-widget_bg.wasm", "application/wasm", files.wasm, WASM_DELAY_MS),
      [MODULE]: (request, response) => {
        record(MODULE);
        if (moduleMissing) return response.writeHead(404, { "content-type": "text/plain" }).end("gone");
        // As a versioned release is served: the import finds the copy that
        // js/formats.js checked against its hash in the HTTP cache.
        response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=31536000, immutable" }).end(files.module);
      },
      [MODULE_WASM]: send(MODULE_WASM, "application/wasm", files.moduleWasm),
      "/native.json": send("/native.json", "application/json", files.native),
      "/wp.json": send("/wp.json", "application/json", files.wordpress),
      "/feed.json": send("/feed.json", "application/json", files.jsonfeed),
      // Held back, so the order of requests shows what did not wait for it.
      "/slow-wp.json": send("/slow-wp.json", "application/json", files.wordpress, 1500),
      "/p/native": page(`<article-widget id="a" src="/native.json"></article-widget>
        <article-widget id="b"><script type="application/json">{"headline": "Inline native"}</script></article-widget>`),
      "/p/mixed": page(`<article-widget id="wp" src="/wp.json"></article-widget>
        <article-widget id="feed" src="/feed.json" format="jsonfeed"></article-widget>
        <article-widget id="native" src="/native.json"></article-widget>`),
      "/p/early": page(`<article-widget id="wp" src="/slow-wp.json" format="wordpress"></article-widget>`),
      "/p/sniffed": page(`<article-widget id="wp" src="/wp.json"></article-widget>`),
      "/p/page-jsonld": page(
        `<article-widget id="ld" from="page"></article-widget>`,
        `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "From the page's JSON-LD"}</script>`,
      ),
      "/p/broken": page(`<article-widget id="wp" src="/wp.json"></article-widget>
        <article-widget id="native" src="/native.json"></article-widget>`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path, ids) => openSettled(browser, `${server.url}${path}`, ids);

const requests = (path) => log.filter((entry) => entry.path === path);
const headline = (page, id) => page.locator(`#${id} [part~="headline"]`).innerText();

test("a page of native articles never downloads the formats module", async () => {
  const { page, problems, outcomes } = await open("/p/native", ["a", "b"]);
  assert.equal(outcomes.a.type, "ready", JSON.stringify(outcomes.a));
  assert.equal(outcomes.b.type, "ready", JSON.stringify(outcomes.b));
  assert.equal(await headline(page, "b"), "Inline native");
  // Give a late import the time to show itself.
  await page.waitForTimeout(300);
  assert.deepEqual(requests(MODULE), []);
  assert.deepEqual(requests(MODULE_WASM), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test("WordPress and JSON Feed documents render through one import of the formats module, beside a native one", async () => {
  const { page, problems, outcomes } = await open("/p/mixed", ["wp", "feed", "native"]);
  for (const id of ["wp", "feed", "native"]) assert.equal(outcomes[id].type, "ready", `${id}: ${JSON.stringify(outcomes[id])}`);
  assert.equal(await headline(page, "wp"), "It’s back: Halvard’s night ferry returns after a “trial” winter");
  assert.ok((await page.locator("#wp [part~='body'] p").count()) > 3, "the WordPress body's paragraphs are shown");
  assert.ok((await headline(page, "feed")).length > 0);
  assert.equal(requests(MODULE).length, 1, "one import serves every widget");
  assert.equal(requests(MODULE_WASM).length, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test("each article shown leaves a read and a render measure in User Timing, for the performance tools", async () => {
  const { page, outcomes } = await open("/p/mixed", ["wp", "feed", "native"]);
  for (const id of ["wp", "feed", "native"]) assert.equal(outcomes[id].type, "ready", `${id}: ${JSON.stringify(outcomes[id])}`);
  const measures = await page.evaluate(() =>
    performance.getEntriesByType("measure").map(({ name, startTime, duration }) => ({ name, startTime, duration })),
  );
  const read = measures.filter((m) => m.name === "article-widget:read");
  const render = measures.filter((m) => m.name === "article-widget:render");
  assert.equal(read.length, 3, JSON.stringify(measures));
  assert.equal(render.length, 3, JSON.stringify(measures));
  // Reading a WordPress post includes importing the formats module, so it is
  // not instant; each article's DOM is built after the first read ended.
  assert.ok(Math.max(...read.map((m) => m.duration)) > 0, JSON.stringify(read));
  const firstRead = Math.min(...read.map((m) => m.startTime + m.duration));
  for (const m of render) assert.ok(m.startTime >= firstRead && m.duration > 0, JSON.stringify(m));
  await page.close();
});

test("format=\"wordpress\" starts the formats module with the page, before the document has arrived", async () => {
  const { page, problems, outcomes } = await open("/p/early", ["wp"]);
  assert.equal(outcomes.wp.type, "ready", JSON.stringify(outcomes.wp));
  const [module] = requests(MODULE);
  const [document] = requests("/slow-wp.json");
  assert.ok(module, "the module was imported");
  // The document is answered 1.5 s after it is asked for; the module did not wait for it, nor for the main wasm.
  assert.ok(module.at < document.at + 1500, `module asked at ${module.at} ms, the document answered at ${document.at + 1500} ms`);
  assert.ok(module.at < requests("/article-widget_bg.wasm")[0].at + WASM_DELAY_MS, "the module did not wait for the main wasm");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a prefetched document whose first bytes look like WordPress starts the formats module before the main wasm has arrived", async () => {
  const { page, problems, outcomes } = await open("/p/sniffed", ["wp"]);
  assert.equal(outcomes.wp.type, "ready", JSON.stringify(outcomes.wp));
  assert.equal(requests("/wp.json").length, 1, "the prefetched response is the one the widget reads");
  const sent = requests("/article-widget_bg.wasm")[0].at + WASM_DELAY_MS;
  assert.ok(requests(MODULE)[0].at < sent, `module asked at ${requests(MODULE)[0].at} ms, the main wasm arrived at ${sent} ms`);
  assert.equal(requests(MODULE).length, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test("from=\"page\" reads the page's JSON-LD through the formats module", async () => {
  const { page, problems, outcomes } = await open("/p/page-jsonld", ["ld"]);
  assert.equal(outcomes.ld.type, "ready", JSON.stringify(outcomes.ld));
  assert.equal(await headline(page, "ld"), "From the page's JSON-LD");
  assert.equal(requests(MODULE).length, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test("when the formats module cannot load, that widget says why and Try again recovers; a native one beside it renders", async () => {
  moduleMissing = true;
  try {
    const { page, outcomes } = await open("/p/broken", ["wp", "native"]);
    assert.equal(outcomes.native.type, "ready", JSON.stringify(outcomes.native));
    assert.equal(outcomes.wp.type, "error", JSON.stringify(outcomes.wp));
    assert.match(outcomes.wp.message, /^Could not load the module that reads wordpress documents \(article-widget-formats\.js\): /);
    const card = page.locator("#wp [part~='error']");
    assert.match(await card.innerText(), /article-widget-formats\.js/);
    // The module is back: the widget's retry imports it afresh.
    moduleMissing = false;
    await page.evaluate(() => delete window.outcomes.wp);
    await card.getByRole("button").click();
    await page.waitForFunction(() => window.outcomes.wp, null, { timeout: 20_000 });
    assert.equal((await page.evaluate(() => window.outcomes.wp)).type, "ready");
    assert.equal(await headline(page, "wp"), "It’s back: Halvard’s night ferry returns after a “trial” winter");
    await page.close();
  } finally {
    moduleMissing = false;
  }
});
