// Network faults: each way a source can fail gives its widget the error card
// with a human message, a retry button where trying again may help, and
// nothing thrown to the page; the other widgets are unaffected.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

const demo = await readFile("dist/fixtures/demo.json");
let server, other, browser, closedPort;
let flakyCalls = 0;
const HUGE = 50 * 1024 * 1024;

/** A second origin that sends no CORS headers. */
function otherOrigin() {
  return new Promise((done) => {
    const s = createServer((request, response) => {
      response.writeHead(200, { "content-type": "application/json" }).end(demo);
    });
    s.listen(0, "127.0.0.1", () => done({ port: s.address().port, close: () => new Promise((r) => s.close(r)) }));
  });
}

before(async () => {
  other = await otherOrigin();
  const probe = await otherOrigin();
  closedPort = probe.port;
  await probe.close();
  server = await serve("dist", {
    routes: {
      "/fault/500": (_, response) => response.writeHead(500, { "content-type": "text/plain" }).end("boom"),
      "/fault/html": (_, response) =>
        response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Sign in</title><p>Please sign in"),
      // Promises 5,000 bytes, sends 100, then hangs up.
      "/fault/truncated": (_, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
        response.write(demo.subarray(0, 100));
        setTimeout(() => response.socket.destroy(), 50);
      },
      "/fault/redirect": (_, response) =>
        response.writeHead(302, { location: `http://127.0.0.1:${other.port}/demo.json` }).end(),
      // 50 MB, declared up front, and the same again streamed without a length.
      "/fault/huge": (_, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": String(HUGE) });
        response.end(Buffer.alloc(HUGE, 0x20));
      },
      "/fault/huge-chunked": (_, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(1 << 20, 0x20);
        for (let i = 0; i < HUGE >> 20; i++) response.write(chunk);
        response.end();
      },
      "/fault/deep": (_, response) =>
        response.writeHead(200, { "content-type": "application/json" }).end(`{"headline": "h", "x": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`),
      // Fails once, then works: what the retry button is for.
      "/fault/flaky": (_, response) => {
        flakyCalls += 1;
        if (flakyCalls === 1) return response.writeHead(503, { "content-type": "text/plain" }).end("busy");
        response.writeHead(200, { "content-type": "application/json" }).end(demo);
      },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** Opens the faults page with one widget per source, and waits for each to settle. */
async function widgets(sources) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.url}/e2e/faults.html`);
  const settled = await page.evaluate(async (sources) => {
    await customElements.whenDefined("article-widget");
    return Promise.all(
      sources.map(({ src, timeout }) => {
        const element = document.createElement("article-widget");
        element.setAttribute("src", src);
        if (timeout) element.setAttribute("timeout", timeout);
        const outcome = new Promise((done) => {
          element.addEventListener("article-widget:ready", () => done({ type: "ready" }), { once: true });
          element.addEventListener("article-widget:error", (e) => done({ type: "error", ...e.detail }), { once: true });
        });
        document.body.append(element);
        return outcome;
      }),
    );
  }, sources);
  return { page, problems, settled };
}

const card = (page, n) => page.locator("article-widget").nth(n).locator('[part~="error"]');

// Every fault shows the error card with a message a reader understands; the good widget beside them renders.
test("each network fault gives its own widget a clear error card and leaves the others working", async () => {
  const faults = [
    { name: "404", src: "/fixtures/missing.json", message: /server answered 404/, retry: false },
    { name: "500", src: "/fault/500", message: /server answered 500/, retry: true },
    { name: "timeout", src: "/hang", timeout: "400", message: /no answer within 0\.4 seconds/, retry: true },
    { name: "refused", src: `http://127.0.0.1:${closedPort}/a.json`, message: /request failed/, retry: true },
    { name: "wrong type", src: "/fault/html", message: /sent text\/html, not JSON/, retry: false },
    { name: "truncated", src: "/fault/truncated", message: /connection broke while reading|request failed/, retry: true },
    { name: "redirect to another origin", src: "/fault/redirect", message: /request failed/, retry: true },
    { name: "CORS refusal", src: `http://127.0.0.1:${other.port}/demo.json`, message: /does not allow this site/, retry: true },
  ];
  const { page, problems, settled } = await widgets([...faults, { src: "/fixtures/demo.json" }]);
  for (const [i, fault] of faults.entries()) {
    assert.equal(settled[i].type, "error", `${fault.name}: ${JSON.stringify(settled[i])}`);
    assert.match(settled[i].message, fault.message, fault.name);
    assert.equal(settled[i].path, null, `${fault.name}: not a problem in the document`);
    assert.ok(await card(page, i).isVisible(), `${fault.name}: card visible`);
    assert.equal(await card(page, i).getByRole("button", { name: "Try again" }).count(), fault.retry ? 1 : 0, `${fault.name}: retry button`);
  }
  assert.equal(settled[faults.length].type, "ready", "the good widget renders");
  assert.deepEqual(problems, [], "nothing thrown to the page");
  await page.close();
});

// "Try again" loads the source afresh and shows the article once the server answers.
test("the retry button reloads a widget whose source failed", async () => {
  flakyCalls = 0;
  const { page, settled } = await widgets([{ src: "/fault/flaky" }]);
  assert.equal(settled[0].type, "error");
  const ready = page.evaluate(
    () => new Promise((done) => document.querySelector("article-widget").addEventListener("article-widget:ready", done, { once: true })),
  );
  await card(page, 0).getByRole("button", { name: "Try again" }).click();
  await ready;
  assert.match(await page.locator('article-widget [part~="headline"]').innerText(), /Sable Strait/);
  assert.equal(flakyCalls, 2);
  await page.close();
});

// A 50 MB document or one nested 10,000 levels deep fails fast with a clear message, and the page stays responsive.
test("huge and deeply nested documents fail fast and the page stays responsive", async () => {
  const started = Date.now();
  const { page, settled, problems } = await widgets([{ src: "/fault/huge" }, { src: "/fault/huge-chunked" }, { src: "/fault/deep" }]);
  assert.match(settled[0].message, /52428800 bytes, over the limit of 5242880 bytes/);
  assert.match(settled[1].message, /over the limit of 5242880 bytes/);
  assert.match(settled[2].message, /recursion limit/);
  assert.ok(Date.now() - started < 20_000, `settled in ${Date.now() - started} ms`);
  // The main thread answers at once: a click handler round trip under 500 ms.
  const roundTrip = await page.evaluate(async () => {
    const t0 = performance.now();
    await new Promise((done) => setTimeout(done, 0));
    return performance.now() - t0;
  });
  assert.ok(roundTrip < 500, `event loop answered in ${roundTrip} ms`);
  assert.deepEqual(problems, []);
  await page.close();
});
