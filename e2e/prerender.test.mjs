// The no-JavaScript fallback: `article-widget prerender` writes the article
// into the element as light-DOM content. These tests read it with JavaScript
// off (what a crawler or a reader without scripts gets), compare it with what
// the widget renders in its shadow root, part by part, for every fixture, and
// watch the takeover for movement. The CLI is the debug build (e2e/cli.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { CLI } from "./cli.mjs";

const run = promisify(execFile);

/** Every valid fixture, in every format. */
const FIXTURES = [
  "demo.json",
  "edge-rtl.json",
  "minimal.json",
  "jsonld/newsarticle.json",
  "jsonld/author-string.json",
  "jsonld/yoast-graph.json",
  "jsonfeed/feed-1.1.json",
  "jsonfeed/feed-1.0.json",
  "jsonfeed/item.json",
  "wordpress/post.json",
  "wordpress/posts-list.json",
  "wordpress/no-featured-image.json",
  "ghost/posts.json",
  "ghost/single-post.json",
  // Every block the model has, and a real WordPress post's every core block.
  "every-block.json",
  "wordpress/real-6.1-every-block.json",
];

/** The prerendered element for a fixture, loading from `src` (default: the fixture itself). */
async function prerender(fixture, base, { src = `/fixtures/${fixture}`, args = [] } = {}) {
  const { stdout } = await run(CLI, ["prerender", `fixtures/${fixture}`, "--src", base + src, ...args], {
    maxBuffer: 8 << 20,
  });
  return stdout;
}

/**
 * /e2e/prerendered?fixture=F[&src=/path][&module=0][&theme=dark][&ad=1]: a
 * plain page with the prerendered element for F (with ad markup for its
 * first ad box when ad=1), a paragraph after it, and the module (unless
 * module=0, for a test that adds it later).
 */
async function prerenderedPage(request, response) {
  const query = new URL(request.url, "http://x").searchParams;
  const fixture = query.get("fixture");
  if (!FIXTURES.includes(fixture)) return response.writeHead(404).end();
  const base = `http://${request.headers.host}`;
  const args = query.get("theme") ? ["--theme", query.get("theme")] : [];
  let element = await prerender(fixture, base, { src: query.get("src") ?? undefined, args });
  // The ad markup a publisher puts inside for the article's first ad box.
  if (query.get("ad") === "1") element = element.replace(/<\/article-widget>\s*$/, '<div slot="ad-1" id="slotted-ad">Ad markup</div></article-widget>');
  const module = query.get("module") === "0" ? "" : '<script type="module" src="/article-widget.js"></script>';
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Prerendered ${fixture}</title>
<meta name="viewport" content="width=device-width">
<style>body { margin: 0; font-family: sans-serif }</style>
<main>${element}<p id="after">The page goes on after the widget.</p></main>${module}`);
}

/** The page of a CMS that embeds the oEmbed response's html as it is. */
let consumerPage = "";
function consumer(request, response) {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(consumerPage);
}

let server, browser, noScript;
before(async () => {
  server = await serve("dist", { routes: { "/e2e/prerendered": prerenderedPage, "/e2e/oembed-consumer": consumer } });
  browser = await launch();
  noScript = await browser.newContext({ javaScriptEnabled: false });
});
after(async () => {
  await noScript?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits for the widget's first ready or error event. */
async function withScript(query, { width = 1280 } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ["article-widget:ready", "article-widget:error"]) {
      document.addEventListener(name, (event) => window.__events.push(event.type));
    }
  });
  await page.goto(`${server.url}/e2e/prerendered?${query}`);
  return { page, problems };
}

async function withoutScript(query, { width = 1280 } = {}) {
  const page = await noScript.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${server.url}/e2e/prerendered?${query}`);
  return page;
}

/**
 * Every element with a `part`, in document order, as normalized HTML: no
 * comments (Leptos' markers), attributes sorted, the root's own marker
 * attributes dropped. A `<time>` the widget wrote as relative time ("3 hours
 * ago", with the date in `title`) is reduced to its `datetime` on both sides,
 * since the CLI has no clock of the reader's; absolute dates must match.
 */
function partsOf(root, relative = []) {
  const copy = root.cloneNode(true);
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.remove());
  for (const time of copy.querySelectorAll("time")) {
    if (!relative.includes(time.getAttribute("datetime"))) continue;
    time.textContent = time.getAttribute("datetime");
    time.removeAttribute("title");
  }
  copy.removeAttribute("data-aw-prerendered");
  copy.removeAttribute("data-theme");
  copy.normalize();
  // Attribute order is not markup: Leptos sets `class` first in the browser.
  for (const element of [copy, ...copy.querySelectorAll("*")]) {
    const attributes = [...element.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  return [copy, ...copy.querySelectorAll("[part]")].map((element) => ({
    part: element.getAttribute("part"),
    html: element.outerHTML,
  }));
}

const lightRoot = (page) => page.locator("article-widget > [data-aw-prerendered]");

/** The widget's parts, and the `datetime`s it wrote as relative time. */
async function shadowParts(page) {
  const relative = await page.evaluate(() =>
    [...document.querySelector("article-widget").shadowRoot.querySelectorAll("time[title]")].map((t) =>
      t.getAttribute("datetime"),
    ),
  );
  const root = 'document.querySelector("article-widget").shadowRoot.querySelector(".aw")';
  return { relative, parts: await page.evaluate(`(${partsOf})(${root}, ${JSON.stringify(relative)})`) };
}

async function lightParts(page, relative) {
  const root = 'document.querySelector("article-widget > [data-aw-prerendered]")';
  return page.evaluate(`(${partsOf})(${root}, ${JSON.stringify(relative)})`);
}

// ------------------------------------------------------------ same markup

test("for every fixture the prerendered markup is the markup the widget renders, part by part", async () => {
  for (const fixture of FIXTURES) {
    const { page, problems } = await withScript(`fixture=${encodeURIComponent(fixture)}`);
    await page.waitForFunction(() => window.__events.length > 0);
    assert.deepEqual(await page.evaluate(() => window.__events), ["article-widget:ready"], fixture);
    const { relative, parts: rendered } = await shadowParts(page);
    await page.close();

    const quiet = await withoutScript(`fixture=${encodeURIComponent(fixture)}`);
    const prerendered = await lightParts(quiet, relative);
    await quiet.close();

    assert.ok(prerendered.length >= 3, `${fixture}: ${prerendered.length} parts prerendered`);
    assert.deepEqual(
      prerendered.map((p) => p.part),
      rendered.map((p) => p.part),
      `${fixture}: the same parts in the same order`,
    );
    for (const [i, { part, html }] of prerendered.entries()) {
      const other = rendered[i].html;
      if (html === other) continue;
      let at = 0;
      while (html[at] === other[at]) at++;
      assert.fail(
        `${fixture}: part ${i} "${part}" differs at ${at}:\n  prerendered …${html.slice(Math.max(0, at - 60), at + 60)}…\n  rendered    …${other.slice(Math.max(0, at - 60), at + 60)}…`,
      );
    }
    assert.deepEqual(problems, [], fixture);
  }
});

// ------------------------------------------------------------ without JavaScript

test("without JavaScript a reader sees the whole styled article and a crawler finds its NewsArticle", async () => {
  const page = await withoutScript("fixture=demo.json");
  const headline = lightRoot(page).locator('[part~="headline"]');
  assert.equal(
    (await headline.textContent()).trim(),
    "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze",
  );
  assert.ok((await lightRoot(page).locator('[part~="body"] p').count()) >= 10, "the body's paragraphs");
  // Styled by the element's own stylesheet, not the page's sans-serif.
  const style = await headline.evaluate((h) => {
    const s = getComputedStyle(h);
    return { family: s.fontFamily, size: parseFloat(s.fontSize) };
  });
  assert.match(style.family, /Charter|Georgia|serif/);
  assert.ok(style.size > 30, `headline ${style.size}px`);
  // The page's own paragraph is untouched by the widget's rules.
  assert.equal(await page.locator("#after").evaluate((p) => getComputedStyle(p).fontFamily), "sans-serif");
  const hero = lightRoot(page).locator('[part~="hero"] img');
  await hero.evaluate((img) => img.decode());
  assert.equal(await hero.evaluate((img) => img.naturalWidth > 0), true, "the hero image loads");
  // Side by side at this width, as in the widget: the bio card right of the body.
  const body = await lightRoot(page).locator('[part~="body"]').boundingBox();
  const bio = await lightRoot(page).locator('[part~="author-card"]').first().boundingBox();
  assert.ok(bio.x > body.x + body.width - 1, "the bio card sits beside the body");

  const ld = JSON.parse(await page.locator('article-widget script[type="application/ld+json"]').textContent());
  assert.equal(ld["@type"], "NewsArticle");
  assert.equal(ld.headline, "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze");
  assert.equal(ld.author[0].name, "Nadia Okonkwo-Hale");
  assert.equal(ld.datePublished, "2026-11-20T08:30:00Z");
  assert.match(ld.image.url, /^http:\/\/127\.0\.0\.1:\d+\/fixtures\/img\/hero\.svg$/, "absolute, resolved against src");
  await page.close();
});

test("the RTL fixture prerenders mirrored, and a dark theme prerenders dark", async () => {
  const rtl = await withoutScript("fixture=edge-rtl.json");
  assert.equal(await rtl.locator('article-widget [part~="headline"]').evaluate((h) => getComputedStyle(h).direction), "rtl");
  await rtl.close();
  const dark = await withoutScript("fixture=minimal.json&theme=dark");
  const background = await lightRoot(dark).evaluate((root) => getComputedStyle(root).backgroundColor);
  assert.equal(background, "rgb(20, 22, 25)");
  await dark.close();
});

// The fallback is what some readers get: it must be as accessible as the widget.
test("the prerendered article without JavaScript scans clean with axe-core (WCAG 2.2 A and AA)", async () => {
  const source = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // axe needs timers, which a page with JavaScript off does not run: the
  // page runs scripts but never loads the module, which shows the same.
  for (const query of ["fixture=demo.json", "fixture=edge-rtl.json", "fixture=minimal.json&theme=dark"]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/e2e/prerendered?${query}&module=0`);
    await page.evaluate(source);
    const violations = await page.evaluate(async () => {
      const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
      const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`);
    });
    assert.deepEqual(violations, [], query);
    await page.close();
  }
});

// ------------------------------------------------------------ taking over

/** Positions of every part and of the paragraph after the widget, wherever they are shown. */
function layout() {
  const host = document.querySelector("article-widget");
  const shown = host.shadowRoot?.querySelector("[part~='headline']")
    ? host.shadowRoot.querySelector(".aw")
    : host.querySelector("[data-aw-prerendered]");
  const box = (element) => {
    const r = element.getBoundingClientRect();
    return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  };
  return {
    shadow: shown !== host.querySelector("[data-aw-prerendered]"),
    parts: [shown, ...shown.querySelectorAll("[part]")].map((e) => `${e.getAttribute("part")} ${box(e)}`),
    after: box(document.getElementById("after")),
  };
}

for (const width of [1280, 390]) {
  test(`at ${width}px the widget takes over the prerendered article without moving anything`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.setDefaultTimeout(10_000);
    // The article arrives slowly, so the time before the takeover is long enough to look at.
    await page.goto(`${server.url}/e2e/prerendered?fixture=demo.json&module=0&ad=1&src=/slow/1200/fixtures/demo.json`);
    // Lazy images below the fold never load here, so wait for the eager ones only.
    await page.evaluate(() =>
      Promise.all([...document.images].filter((img) => img.loading !== "lazy").map((img) => img.decode().catch(() => {}))),
    );
    await page.evaluate(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: "layout-shift" });
      document.addEventListener("article-widget:ready", () => (window.__readyNow = true));
    });
    const before = await page.evaluate(layout);
    assert.equal(before.shadow, false);

    await page.addScriptTag({ type: "module", url: "/article-widget.js" });
    await page.waitForFunction(() => !!customElements.get("article-widget"));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // Loading: the prerendered article shows by itself, no skeleton. The
    // shadow root comes with the widget's article: attached earlier, it
    // would take the prerendered one into a slot and the browser would lay
    // it all out again.
    assert.equal(await page.evaluate(() => window.__readyNow ?? false), false, "still loading");
    const loading = await page.evaluate(layout);
    assert.equal(loading.shadow, false);
    assert.deepEqual(loading, before, "nothing moved while loading");
    assert.equal(await page.evaluate(() => document.querySelector("article-widget").shadowRoot), null);
    const adShown = () => page.evaluate(() => document.getElementById("slotted-ad").getClientRects().length > 0);
    assert.equal(await adShown(), false, "the ad markup waits for its box");

    await page.waitForFunction(() => window.__readyNow);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const taken = await page.evaluate(layout);
    assert.equal(taken.shadow, true, "the widget's own rendering is shown");
    assert.equal(await adShown(), true, "the ad markup shows in its box");
    assert.equal(
      await page.evaluate(() => document.getElementById("slotted-ad").assignedSlot?.name),
      "ad-1",
    );
    assert.deepEqual(taken.parts, before.parts, "every part is where it was");
    assert.deepEqual(taken.after, before.after, "the page after the widget did not move");
    assert.equal(await page.evaluate(() => window.__shift), 0, "no layout shift was recorded");
    await page.close();
  });
}

test("when the source fails, the prerendered article stays and the page hears the error", async () => {
  const { page, problems } = await withScript("fixture=demo.json&src=/fixtures/no-such-article.json");
  await page.waitForFunction(() => window.__events.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__events), ["article-widget:error"]);
  const headline = page.locator("article-widget > [data-aw-prerendered] [part~='headline']");
  assert.ok(await headline.isVisible(), "the prerendered headline is still shown");
  assert.equal(await page.locator("article-widget [part~='error']").count(), 0, "no error card over it");
  assert.deepEqual(problems, []);
  await page.close();
});

// ------------------------------------------------------------ oEmbed

test("the oEmbed response is a rich embed whose html renders the article", async () => {
  const { stdout } = await run(CLI, [
    "oembed",
    "fixtures/demo.json",
    "--src",
    `${server.url}/fixtures/demo.json`,
    "--script",
    `${server.url}/article-widget.js`,
    "--width",
    "600",
  ]);
  const oembed = JSON.parse(stdout);
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.type, "rich");
  assert.equal(oembed.width, 600);
  assert.ok(Number.isInteger(oembed.height) && oembed.height > 1000, `height ${oembed.height}`);
  assert.equal(oembed.title, "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze");
  assert.equal(oembed.provider_name, "The Meridian Ledger");
  assert.equal(oembed.thumbnail_url, `${server.url}/fixtures/img/hero.svg`);

  // A consumer puts the html in its page as it is.
  const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
  consumerPage = `<!doctype html><html lang="en"><title>oEmbed</title><body>${oembed.html}`;
  await page.goto(`${server.url}/e2e/oembed-consumer`);
  await page.waitForFunction(() =>
    document.querySelector("article-widget")?.shadowRoot?.querySelector("[part~='headline']"),
  );
  const height = await page.evaluate(() => document.querySelector("article-widget").getBoundingClientRect().height);
  // The estimate is for reserving space; it should be within a factor of 1.5.
  assert.ok(
    height / oembed.height < 1.5 && oembed.height / height < 1.5,
    `estimated ${oembed.height}px, rendered ${height}px`,
  );
  await page.close();
});
