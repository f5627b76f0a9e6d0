// The built demo page (trunk build --release), served on 127.0.0.1 and
// opened in Debian's Chromium: what a reader of the demo actually sees.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launch, routeFixtureImages } from "./browser.mjs";

let server, browser;
before(async () => {
  server = await serve("dist");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the demo with `query` at `width` and waits for the widget to settle. */
async function open(query = "", width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(() => {
    window.__settled = new Promise((done) => {
      for (const name of ["article-widget:ready", "article-widget:error"]) {
        document.addEventListener(name, (event) => done({ type: event.type, detail: { ...event.detail } }), { once: true });
      }
    });
  });
  await page.goto(`${server.url}/${query}`);
  const event = await page.evaluate(() => window.__settled);
  return { page, event, problems };
}

// Playwright's CSS locators pierce open shadow roots, so `part` names find the widget's parts.
const part = (page, name) => page.locator(`article-widget [part~="${name}"]`);

// Each part DESIGN.md lists is on screen once the demo article has loaded.
test("the demo page shows every part of the article", async () => {
  const { page, event, problems } = await open();
  assert.equal(event.type, "article-widget:ready");
  const expected = { header: 1, headline: 1, byline: 1, hero: 1, body: 1, "inline-story": 3, "ad-slot": 1, related: 1, "story-card": 5, "author-card": 1, trending: 1 };
  for (const [name, count] of Object.entries(expected)) {
    assert.equal(await part(page, name).count(), count, `${name} count`);
    for (let i = 0; i < count; i++) {
      await part(page, name).nth(i).scrollIntoViewIfNeeded();
      assert.ok(await part(page, name).nth(i).isVisible(), `${name} #${i} visible`);
    }
  }
  assert.match(await part(page, "headline").innerText(), /Sable Strait talks/);
  assert.match(await part(page, "author-card").innerText(), /^MORE FROM NADIA OKONKWO-HALE/i);
  assert.equal(await page.locator("article-widget [part~=trending] li").count(), 5);
  assert.match(await part(page, "ad-slot").innerText(), /Advertisement/i);
  assert.match(await part(page, "inline-story").nth(1).innerText(), /💣/);
  // The one h1 is the headline; every image has its alt attribute.
  assert.equal(await page.locator("article-widget h1").count(), 1);
  assert.equal(await page.locator("article-widget img:not([alt])").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

// The hero image really loads (its URL resolves from the page) and keeps its aspect ratio.
test("images load and are laid out at their intrinsic ratio", async () => {
  const { page } = await open();
  const hero = part(page, "hero").locator("img");
  await hero.evaluate((img) => img.decode());
  const box = await hero.boundingBox();
  assert.ok(await hero.evaluate((img) => img.naturalWidth) > 0, "hero loaded");
  assert.ok(Math.abs(box.width / box.height - 1200 / 675) < 0.02, `ratio ${box.width}x${box.height}`);
  await page.close();
});

// Wide containers put the bio card and trending beside the body; phones stack them after it.
test("the layout adapts to the width the widget is given", async () => {
  const wide = await open("", 1280);
  const body = await part(wide.page, "body").boundingBox();
  const card = await part(wide.page, "author-card").boundingBox();
  assert.ok(card.x > body.x + body.width, "author card to the right of the body");
  assert.ok(Math.abs(card.y - body.y) < 40, "and level with its top");
  await wide.page.close();

  const phone = await open("", 390);
  const phoneBody = await part(phone.page, "body").boundingBox();
  const phoneCard = await part(phone.page, "author-card").boundingBox();
  assert.ok(phoneCard.y > phoneBody.y + phoneBody.height, "author card below the body");
  assert.ok(phoneBody.width <= 390, "no horizontal overflow");
  const cards = await part(phone.page, "story-card").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
  assert.equal(new Set(cards.map(Math.round)).size, 1, "related cards in one column");
  await phone.page.close();
});

// A broken document shows the error card with the JSON path, not a blank page.
test("a bad fixture shows the error card naming the JSON path", async () => {
  const { page, event, problems } = await open("?fixture=bad/wrong-type");
  assert.equal(event.type, "article-widget:error");
  assert.equal(event.detail.path, "article.authors[0].name");
  const card = part(page, "error");
  assert.ok(await card.isVisible());
  assert.match(await card.innerText(), /article\.authors\[0\]\.name/);
  assert.equal(await part(page, "headline").count(), 0);
  assert.deepEqual(problems, [], "nothing thrown to the page");
  await page.close();
});

// A missing file is a clear message with the HTTP status, not an exception.
test("a src that answers 404 shows the error card with the status", async () => {
  const { page } = await open("?fixture=does-not-exist");
  assert.match(await part(page, "error").innerText(), /404/);
  await page.close();
});

// Right-to-left articles are marked and laid out from the right.
test("the Arabic fixture renders right to left", async () => {
  const { page } = await open("?fixture=edge-rtl");
  const article = page.locator("article-widget article");
  assert.equal(await article.getAttribute("dir"), "rtl");
  assert.equal(await article.getAttribute("lang"), "ar");
  const headline = await part(page, "headline").boundingBox();
  const widget = await part(page, "widget").boundingBox();
  const right = widget.x + widget.width - (headline.x + headline.width);
  assert.ok(right < 40, `headline starts at the right edge (gap ${right}px)`);
  assert.equal(await part(page, "hero").count(), 0);
  assert.equal(await part(page, "author-card").count(), 2);
  await page.close();
});

/** Every image in every widget on the page, each scrolled to and decoded: the URLs of those that do not load. */
function brokenImages(page) {
  return page.evaluate(async () => {
    const images = [...document.querySelectorAll("article-widget")].flatMap((host) => [...host.shadowRoot.querySelectorAll("img")]);
    const broken = [];
    for (const img of images) {
      img.scrollIntoView();
      await img.decode().catch(() => broken.push(img.src));
    }
    return { count: images.length, broken };
  });
}

// Issue 12, item 9: a feed item's HTML resolves against the item's page
// (here on its fictional site, answered from fixtures/img), its fields
// against the feed's address.
test("a feed item's body image resolves against the item's page, its banner against the feed", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await routeFixtureImages(page);
  await page.addInitScript(() => {
    window.__settled = new Promise((done) => document.addEventListener("article-widget:ready", done, { once: true }));
  });
  await page.goto(`${server.url}/?fixture=jsonfeed/item`);
  await page.evaluate(() => window.__settled);
  const figure = page.locator("article-widget [part~=body] figure img");
  assert.equal(await figure.getAttribute("src"), "https://tidewater-almanac.example/2026/img/card-ship.svg");
  assert.equal(await part(page, "hero").locator("img").getAttribute("src"), `${server.url}/fixtures/img/card-compass.svg`);
  assert.deepEqual(await brokenImages(page), { count: 3, broken: [] });
  await page.close();
});

// The examples load fixtures too: none of their images may be broken.
test("every image on the dark-theme example loads", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/examples/dark.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("article-widget")].every((host) => host.shadowRoot?.querySelector("[part~=headline]")),
  );
  const { count, broken } = await brokenImages(page);
  assert.ok(count > 5, `${count} images`);
  assert.deepEqual(broken, []);
  await page.close();
});
