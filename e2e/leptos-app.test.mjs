// The example Leptos app (examples/leptos-app, built by `trunk build
// --release` there), served on 127.0.0.1 and opened in Debian's Chromium:
// another app's own component tree with two of the crate's articles in it,
// in the page's light DOM, styled by the crate's stylesheet. Writes
// e2e/results/leptos-app.png to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, routeFixtureImages, watchProblems } from "./browser.mjs";

const DIST = fileURLToPath(new URL("../examples/leptos-app/dist/", import.meta.url));
// The same app server-rendered (its `render` binary, Leptos `ssr`) into the
// page `trunk build --features hydrate` made (scripts/test.sh).
const HYDRATE = fileURLToPath(new URL("../examples/leptos-app/dist-hydrate/", import.meta.url));
const RESULTS = fileURLToPath(new URL("./results/", import.meta.url));

let server, hydrated, browser;
before(async () => {
  server = await serve(DIST);
  hydrated = await serve(HYDRATE);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await hydrated?.close();
});

// Both stories are on screen under the app's own masthead, each an article
// named by its own headline, every picture loaded, and nothing thrown.
test("the example Leptos app shows both articles in its own layout", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems = watchProblems(page);
  await routeFixtureImages(page);
  await page.goto(server.url);

  await page.locator(".today-masthead__title", { hasText: "Today" }).waitFor();
  const headlines = page.locator("article h1");
  await headlines.nth(1).waitFor();
  assert.equal(await headlines.count(), 2);
  assert.match(await headlines.nth(0).textContent(), /Carvela and Lusk agree to reopen Sable Strait talks/);
  assert.match(await headlines.nth(1).textContent(), /Halvard’s night ferry returns/);
  for (const i of [0, 1]) {
    assert.ok(await headlines.nth(i).isVisible(), `headline ${i} is visible`);
    const id = await headlines.nth(i).getAttribute("id");
    assert.equal(await page.locator("article").nth(i).getAttribute("aria-labelledby"), id);
  }
  // Two columns side by side at this width.
  const [lead, second] = await Promise.all([0, 1].map((i) => page.locator(".today__column").nth(i).boundingBox()));
  assert.ok(second.x > lead.x + lead.width - 1, `the second column is beside the first: ${JSON.stringify({ lead, second })}`);

  // The crate's stylesheet reaches the articles: the root class is a size
  // container, and the headline is set in the widget's heading size, not the
  // browser's default h1.
  const styled = await page.evaluate(() => ({
    container: getComputedStyle(document.querySelector(".aw")).containerType,
    font: getComputedStyle(document.querySelector("article h1")).fontFamily,
  }));
  assert.equal(styled.container, "inline-size");
  assert.match(styled.font, /Charter|Georgia|serif/);

  // Every picture's URL resolves (the native article's relative ones against
  // this page, the WordPress post's against the post's own site): the lazy
  // ones below the fold are asked for now rather than scrolled to.
  await page.evaluate(() => document.querySelectorAll("img[loading=lazy]").forEach((img) => (img.loading = "eager")));
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const broken = await page.evaluate(() =>
    [...document.images].filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
  );
  assert.deepEqual(broken, [], "every image loads");
  assert.deepEqual(problems, []);
  // The app loads its own module and wasm, and none of the widget's JS
  // (the custom element, the formats loader): only what a Leptos app gets.
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.endsWith(".js")),
  );
  assert.deepEqual(scripts.map((p) => p.replace(/-[0-9a-f]+\.js$/, ".js")), ["/leptos-app-example.js"]);

  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: `${RESULTS}leptos-app.png`, fullPage: false });
  await page.close();
});

// Leptos' hydrate mode: the page arrives with both articles in its HTML, and
// the wasm makes that same DOM live instead of building another (no node
// added or removed, the headline element the parser made still in place);
// the app's theme switch then works on both articles.
test("server-rendered with ssr and hydrated, the app keeps the server's DOM and comes alive", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems = watchProblems(page);
  await routeFixtureImages(page);
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", () => (window.started = true));
    // Once the parser is done and before the module runs: count what changes from here on.
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      window.parsed = { headlines: [...document.querySelectorAll("article h1")], added: 0, removed: 0 };
      new MutationObserver((records) => {
        for (const record of records) {
          window.parsed.added += record.addedNodes.length;
          window.parsed.removed += record.removedNodes.length;
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.goto(hydrated.url);
  await page.waitForFunction(() => window.started, null, { timeout: 15000 });

  const kept = await page.evaluate(() => ({
    headlines: window.parsed.headlines.map((h) => h.textContent),
    same: window.parsed.headlines.every((h, i) => h.isConnected && h === document.querySelectorAll("article h1")[i]),
    added: window.parsed.added,
    removed: window.parsed.removed,
  }));
  assert.equal(kept.headlines.length, 2, "both articles are in the server's HTML");
  assert.match(kept.headlines[0], /Carvela and Lusk agree to reopen Sable Strait talks/);
  assert.match(kept.headlines[1], /Halvard’s night ferry returns/);
  assert.ok(kept.same, "the headlines are the elements the parser made");
  assert.deepEqual([kept.added, kept.removed], [0, 0], "hydration added or removed no node");

  const theme = page.locator(".today-masthead__theme");
  assert.equal(await theme.getAttribute("aria-pressed"), "false");
  assert.deepEqual(await page.locator(".aw").evaluateAll((roots) => roots.map((r) => r.getAttribute("data-theme"))), [null, null]);
  await theme.click();
  await page.waitForFunction(() => [...document.querySelectorAll(".aw")].every((r) => r.dataset.theme === "dark"), null, { timeout: 5000 });
  assert.equal(await theme.getAttribute("aria-pressed"), "true");
  // The crate's dark theme: the article's background follows the attribute.
  const background = await page.locator("article").first().evaluate((a) => getComputedStyle(a.closest(".aw")).getPropertyValue("--_bg").trim());
  assert.notEqual(background, "#fff");
  assert.deepEqual(problems, []);
  await page.close();
});
