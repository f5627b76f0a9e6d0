// The article request starts with the module, not after the wasm: a widget
// that is in the page when the module runs has its JSON downloading while the
// wasm downloads and compiles (src/embed/prefetch.js). Here the wasm is held
// back by the server, so the order of requests shows which waited for which.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { outcomesPage, openSettled } from "./outcomes.mjs";

const WASM_DELAY_MS = 800;
const wasm = await readFile("dist/article-widget_bg.wasm");
const demo = await readFile("dist/fixtures/demo.json");

let server, browser;
/** Every request the server saw, in order: { path, at } (ms since the page was asked for). */
let log = [];
let pageStart = 0;
let flakyCalls = 0;

/** Records a request, and answers JSON for the article routes. */
const json = (body, status = 200) => (request, response) => {
  log.push({ path: new URL(request.url, "http://x").pathname, at: Date.now() - pageStart });
  response.writeHead(status, { "content-type": status === 200 ? "application/json" : "text/plain" }).end(body);
};

/** A page with the given widgets in its HTML, and the module after them. */
function page(widgets) {
  return (request, response) => {
    pageStart = Date.now();
    log = [];
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(outcomesPage("prefetch", widgets));
  };
}

before(async () => {
  server = await serve("dist", {
    routes: {
      "/article-widget_bg.wasm": (request, response) => {
        log.push({ path: "/article-widget_bg.wasm", at: Date.now() - pageStart });
        setTimeout(() => response.writeHead(200, { "content-type": "application/wasm" }).end(wasm), WASM_DELAY_MS);
      },
      "/a.json": json(demo),
      "/p/b.json": json(demo),
      "/lazy.json": json(demo),
      "/same.json": json(demo),
      "/fault/500": json("boom", 500),
      "/fault/flaky": (request, response) => {
        flakyCalls += 1;
        json(flakyCalls === 1 ? "busy" : demo, flakyCalls === 1 ? 503 : 200)(request, response);
      },
      "/hang": (request) => {
        log.push({ path: "/hang", at: Date.now() - pageStart });
      },
      "/p/one": page(`<article-widget id="a" src="/a.json"></article-widget>`),
      "/p/rules": page(`
        <article-widget id="lazy" src="/lazy.json" loading="lazy"></article-widget>
        <article-widget id="b" src="b.json" timeout="9000"></article-widget>
        <article-widget id="same1" src="/same.json"></article-widget>
        <article-widget id="same2" src="/same.json"></article-widget>
        <div style="height: 5000px"></div>
        <article-widget id="far" src="/lazy.json" loading="lazy"></article-widget>`),
      "/p/faults": page(`
        <article-widget id="e500" src="/fault/500"></article-widget>
        <article-widget id="flaky" src="/fault/flaky"></article-widget>
        <article-widget id="hang" src="/hang" timeout="300"></article-widget>`),
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

// The JSON is asked for while the wasm is still on its way, once, and the article renders from it.
test("a widget in the page requests its article before the wasm has arrived, and only once", async () => {
  const { page, problems, outcomes } = await open("/p/one", ["a"]);
  assert.equal(outcomes.a.type, "ready", JSON.stringify(outcomes.a));
  const [wasmRequest] = requests("/article-widget_bg.wasm");
  const article = requests("/a.json");
  assert.equal(article.length, 1, `the article was requested ${article.length} times`);
  assert.ok(
    article[0].at < wasmRequest.at + WASM_DELAY_MS,
    `article requested at ${article[0].at} ms, the wasm was sent at ${wasmRequest.at + WASM_DELAY_MS} ms`,
  );
  assert.match(await page.locator('#a [part~="headline"]').innerText(), /Sable Strait/);
  assert.deepEqual(problems, []);
  await page.close();
});

// Lazy widgets still wait for the viewport; relative src and a set timeout are honoured; two widgets with one src both render.
test("lazy widgets are not fetched early, and widgets sharing a src both render", async () => {
  const { page, problems, outcomes } = await open("/p/rules", ["b", "lazy", "same1", "same2"]);
  for (const id of ["b", "lazy", "same1", "same2"]) assert.equal(outcomes[id].type, "ready", `${id}: ${JSON.stringify(outcomes[id])}`);
  const sent = requests("/article-widget_bg.wasm")[0].at + WASM_DELAY_MS;
  assert.ok(requests("/p/b.json")[0].at < sent, "relative src with a timeout attribute fetched early");
  assert.equal(requests("/p/b.json").length, 1);
  assert.ok(requests("/same.json")[0].at < sent, "shared src fetched early");
  assert.equal(requests("/same.json").length, 2, "the second widget with the same src asks for itself");
  // Only the lazy widget near the viewport has asked; the far one has not, and neither asked before the wasm ran.
  assert.equal(requests("/lazy.json").length, 1);
  assert.ok(requests("/lazy.json")[0].at >= sent, "the lazy widget waited for the wasm and the viewport");
  assert.equal(outcomes.far, undefined);
  assert.deepEqual(problems, []);
  await page.close();
});

// A prefetched request that fails gives the same error card as one the widget made, and Try again asks afresh.
test("failures of a prefetched request show the usual error card, with its timeout and retry", async () => {
  flakyCalls = 0;
  const started = Date.now();
  const { page, problems, outcomes } = await open("/p/faults", ["e500", "flaky", "hang"]);
  assert.match(outcomes.e500.message, /server answered 500/);
  assert.match(outcomes.flaky.message, /server answered 503/);
  assert.match(outcomes.hang.message, /no answer within 0\.3 seconds/);
  const sent = requests("/article-widget_bg.wasm")[0].at + WASM_DELAY_MS;
  for (const path of ["/fault/500", "/fault/flaky", "/hang"]) assert.ok(requests(path)[0].at < sent, `${path} fetched early`);
  // The timeout runs from the prefetch: the card is up about when the wasm is.
  assert.ok(Date.now() - started < 5000, `timed out after ${Date.now() - started} ms`);
  assert.equal(await page.locator("#hang").getByRole("button", { name: "Try again" }).count(), 1);
  const ready = page.waitForFunction(() => window.outcomes.flaky.type === "ready");
  await page.locator("#flaky").getByRole("button", { name: "Try again" }).click();
  await ready;
  assert.equal(flakyCalls, 2, "Try again made a new request");
  assert.match(await page.locator('#flaky [part~="headline"]').innerText(), /Sable Strait/);
  assert.deepEqual(problems, []);
  await page.close();
});
