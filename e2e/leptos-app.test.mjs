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
import { launch, routeFixtureImages } from "./browser.mjs";

const DIST = fileURLToPath(new URL("../examples/leptos-app/dist/", import.meta.url));
const RESULTS = fileURLToPath(new URL("./results/", import.meta.url));

let server, browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Both stories are on screen under the app's own masthead, each an article
// named by its own headline, every picture loaded, and nothing thrown.
test("the example Leptos app shows both articles in its own layout", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
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

  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: `${RESULTS}leptos-app.png`, fullPage: false });
  await page.close();
});
