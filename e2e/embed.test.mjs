// The widget embedded the ways a site embeds it: in hostile pages, several to
// a page, added and changed from script, under a strict CSP, lazily, driven
// by keyboard and through the JS API. The pages are in e2e/pages/ and are
// served under /e2e/; the widget itself is the release build in dist/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

let server, browser;
/** Requests to /held: answered never; `closed` counts those the browser gave up on. */
const held = { opened: 0, closed: 0 };
before(async () => {
  server = await serve("dist", {
    routes: {
      "/held": (request, response) => {
        held.opened += 1;
        response.on("close", () => (held.closed += 1));
      },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens /e2e/`name` and waits until `settle` widgets have said ready or error.
 * Returns the page, what it threw (`problems`), its console, and the settle
 * events in order ({type, id, detail}, also in window.__aw).
 */
async function open(name, { width = 1280, height = 900, settle = 1, using = browser } = {}) {
  const page = await using.newPage({ viewport: { width, height } });
  page.setDefaultTimeout(10_000);
  const problems = [];
  const console = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => console.push({ type: message.type(), text: message.text() }));
  // Story links point at *.example hosts: answer them here so nothing leaves 127.0.0.1.
  await page.route(
    (url) => url.hostname.endsWith(".example"),
    (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>stub</title><p>stub" }),
  );
  await page.addInitScript(() => {
    window.__aw = [];
    for (const name of ["article-widget:ready", "article-widget:error"]) {
      document.addEventListener(name, (event) => {
        window.__aw.push({ type: event.type, id: event.target.id, detail: { ...event.detail } });
      });
    }
  });
  const response = await page.goto(`${server.url}/e2e/${name}`);
  if (settle > 0) await page.waitForFunction((n) => window.__aw.length >= n, settle);
  const settled = await page.evaluate(() => window.__aw);
  return { page, response, problems, console, settled };
}

// Playwright's CSS locators pierce open shadow roots, so `part` names find the widget's parts.
const part = (page, name, within = "article-widget") => page.locator(`${within} [part~="${name}"]`);

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The computed values of `properties` for the first element `locator` finds. */
function computed(locator, properties) {
  return locator.first().evaluate((element, properties) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
  }, properties);
}

// ---------------------------------------------------------------- isolation

// A site's global CSS (resets, `* {…}`, `img {display:none !important}`, a
// 10px root font size) must not change how the widget looks: the shadow root
// blocks selectors, and the widget resets what would be inherited.
test("a page with an aggressive global stylesheet renders the widget exactly as a plain page does", async () => {
  const probes = [
    ["headline", '[part~="headline"]', ["font-size", "font-family", "font-weight", "font-style", "color", "line-height", "letter-spacing", "word-spacing", "text-transform", "text-align", "text-indent", "text-shadow"]],
    ["body paragraph", '[part~="body"] p', ["font-size", "font-family", "color", "line-height", "letter-spacing", "text-transform", "text-align", "white-space", "margin-top", "padding-left"]],
    ["hero image", '[part~="hero"] img', ["display", "visibility"]],
    ["related card image", '[part~="related"] [part~="story-card"] img', ["display", "visibility"]],
    ["related card link", '[part~="related"] [part~="story-card"] a', ["color", "text-decoration-line", "font-family"]],
    ["inline story link", '[part~="inline-story"] a', ["color", "text-decoration-line"]],
    ["trending link", '[part~="trending"] a', ["color"]],
    ["widget root", '[part~="widget"]', ["background-color", "border-top-width", "box-sizing", "font-size"]],
  ];
  const plain = await open("plain.html");
  const foreign = await open("foreign.html");
  assert.equal(foreign.settled[0].type, "article-widget:ready");
  for (const [label, selector, properties] of probes) {
    const expected = await computed(plain.page.locator(`article-widget ${selector}`), properties);
    const actual = await computed(foreign.page.locator(`article-widget ${selector}`), properties);
    assert.deepEqual(actual, expected, `${label} (${selector})`);
  }
  const images = (page) => page.locator("article-widget img").evaluateAll((imgs) => imgs.map((img) => getComputedStyle(img).display));
  assert.ok(!(await images(foreign.page)).includes("none"), "no image inside the widget is hidden");
  assert.deepEqual(foreign.problems, []);
  await plain.page.close();
  await foreign.page.close();
});

// ------------------------------------------------------------ several widgets

// Widgets share one wasm module: a broken article must not take the others down.
test("three widgets with the middle one broken show two articles and one error card, and nothing is thrown", async () => {
  const { page, problems, settled } = await open("three.html", { settle: 3 });
  const outcome = Object.fromEntries(settled.map((event) => [event.id, event.type]));
  assert.deepEqual(outcome, { first: "article-widget:ready", broken: "article-widget:error", third: "article-widget:ready" });
  assert.equal(await part(page, "headline").count(), 2);
  assert.match(await part(page, "headline", "#first").innerText(), /Sable Strait talks/);
  assert.match(await part(page, "headline", "#third").innerText(), /Harbour ferry/);
  assert.equal(await part(page, "error").count(), 1);
  assert.ok(await part(page, "error", "#broken").isVisible());
  assert.match(await part(page, "error", "#broken").innerText(), /article\.authors\[0\]\.name/);
  assert.deepEqual(problems, []);
  await page.close();
});

// ------------------------------------------------------------- from script

// Custom elements upgrade whenever they are added, not only at page load.
test("a widget added after the page has loaded renders its article", async () => {
  const { page, problems } = await open("dynamic.html");
  const outcome = await page.evaluate(() => window.addWidget("/fixtures/demo.json", "added"));
  assert.equal(outcome.type, "article-widget:ready");
  assert.match(await part(page, "headline", "#added").innerText(), /Sable Strait talks/);
  assert.equal(await part(page, "headline").count(), 2);
  assert.deepEqual(problems, []);
  await page.close();
});

// docs/embedding.md: "src … Changing it loads the new article."
test("changing a widget's src replaces its article with the new one", async () => {
  const { page, problems } = await open("dynamic.html");
  assert.match(await part(page, "headline", "#first").innerText(), /Harbour ferry/);
  const outcome = await page.evaluate(() => window.setWidgetSrc("first", "/fixtures/demo.json"));
  assert.equal(outcome.type, "article-widget:ready");
  assert.match(await part(page, "headline", "#first").innerText(), /Sable Strait talks/);
  assert.equal(await part(page, "headline", "#first").count(), 1, "the old article is gone");
  assert.deepEqual(problems, []);
  await page.close();
});

// ---------------------------------------------------------------------- CSP

// DESIGN.md: no inline style attributes, no inline scripts, no eval: the
// widget works under script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.
test("under a strict Content-Security-Policy both widgets render and nothing is blocked", async () => {
  const { page, response, problems, console, settled } = await open("csp.html", { settle: 2 });
  assert.match(response.headers()["content-security-policy"] ?? "", /script-src 'self' 'wasm-unsafe-eval'/, "the page is served with the policy");
  assert.deepEqual(settled.map((event) => `${event.id} ${event.type}`).sort(), ["fetched article-widget:ready", "inline article-widget:ready"]);
  assert.match(await part(page, "headline", "#fetched").innerText(), /Sable Strait talks/);
  assert.match(await part(page, "headline", "#inline").innerText(), /Night trams/);
  await sleep(200);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const blocked = console.filter((message) => /Content Security Policy|Refused to/i.test(message.text));
  assert.deepEqual(blocked, []);
  assert.deepEqual(problems, []);
  await page.close();
});

// A relative image URL in the JSON is resolved against the JSON document's
// own URL (not the page's), so an article can be moved with its images.
// Every image in the demo article then loads, on a page in another directory.
test("the images of a fetched article resolve against the JSON's URL and load", async () => {
  const { page } = await open("plain.html");
  const images = page.locator("article-widget img");
  assert.ok((await images.count()) >= 5);
  const broken = [];
  for (let i = 0; i < (await images.count()); i++) {
    const image = images.nth(i);
    await image.scrollIntoViewIfNeeded(); // most are loading="lazy"
    const loaded = await image.evaluate(
      (img) =>
        new Promise((done) => {
          if (img.complete) return done(img.naturalWidth > 0);
          img.addEventListener("load", () => done(true), { once: true });
          img.addEventListener("error", () => done(false), { once: true });
          setTimeout(() => done(false), 3000);
        }),
    );
    if (!loaded) broken.push(await image.evaluate((img) => img.src));
  }
  assert.deepEqual(broken, [], "images that did not load");
  await page.close();
});

// ------------------------------------------------------------------- events

/** The events window.__events (e2e/pages/events.js) has recorded of `type`. */
const recorded = (page, type) => page.evaluate((type) => window.__events.filter((event) => event.type === type), `article-widget:${type}`);

// One ready per widget: a host page counting views must not count twice.
test("article-widget:ready fires exactly once for each widget, bubbling and composed", async () => {
  const { page } = await open("events.html", { settle: 2 });
  await sleep(1000);
  const ready = await recorded(page, "ready");
  assert.deepEqual(ready.map((event) => event.id).sort(), ["main", "second"]);
  for (const event of ready) {
    assert.deepEqual(event.detail, {});
    assert.equal(event.bubbles, true);
    assert.equal(event.composed, true);
  }
  await page.close();
});

/** Clicks the link `locator` finds and returns what the story-click should say. */
async function clickStory(page, locator) {
  const link = locator.first();
  const expected = await link.evaluate((a) => ({ url: a.href, title: a.textContent.trim() }));
  await link.click();
  return expected;
}

/** Waits for the `n`th story-click window.__events has recorded. */
async function storyClick(page, n = 1) {
  await page.waitForFunction((n) => window.__events.filter((e) => e.type === "article-widget:story-click").length >= n, n, { timeout: 5000 });
  return (await recorded(page, "story-click"))[n - 1];
}

// Host pages route and count clicks on the widget's stories by listening for
// story-click; the detail says which story and where in the widget it was.
test("clicking the second related card sends story-click with its url, title, placement related and position 2", async () => {
  const { page } = await open("events.html", { settle: 2 });
  await page.evaluate(() => (window.__cancelClicks = true));
  const expected = await clickStory(page, part(page, "story-card", '#main [part~="related"]').nth(1).locator("a"));
  const event = await storyClick(page);
  assert.deepEqual(event.detail, { ...expected, placement: "related", position: 2 });
  assert.equal(event.id, "main");
  assert.equal(event.cancelable, true);
  assert.equal(event.composed, true);
  await page.close();
});

test("clicking the first trending story sends story-click with placement trending and position 1", async () => {
  const { page } = await open("events.html", { settle: 2 });
  await page.evaluate(() => (window.__cancelClicks = true));
  const expected = await clickStory(page, part(page, "trending", "#main").locator("a"));
  const event = await storyClick(page);
  assert.deepEqual(event.detail, { ...expected, placement: "trending", position: 1 });
  await page.close();
});

test("clicking the first inline story sends story-click with placement inline and position 1", async () => {
  const { page } = await open("events.html", { settle: 2 });
  await page.evaluate(() => (window.__cancelClicks = true));
  const expected = await clickStory(page, part(page, "inline-story", "#main").first().locator("a"));
  const event = await storyClick(page);
  assert.deepEqual(event.detail, { ...expected, placement: "inline", position: 1 });
  await page.close();
});

// preventDefault() on story-click lets a single-page app route the click itself.
test("a story click the page cancels does not navigate", async () => {
  const { page } = await open("events.html", { settle: 2 });
  const before = page.url();
  await page.evaluate(() => (window.__cancelClicks = true));
  await clickStory(page, part(page, "story-card", '#main [part~="related"]').nth(1).locator("a"));
  const event = await storyClick(page);
  assert.equal(event.defaultPrevented, true);
  await sleep(500);
  assert.equal(page.url(), before);
  await page.close();
});

test("a story click the page does not cancel navigates to the story", async () => {
  const { page } = await open("events.html", { settle: 2 });
  const { url } = await clickStory(page, part(page, "story-card", '#main [part~="related"]').nth(1).locator("a"));
  await page.waitForURL(url);
  assert.equal(page.url(), url);
  await page.close();
});

// An ad network fills a slot when it is about to be seen, not at page load.
test("article-widget:ad-slot fires once when the ad comes into view, and not before", async () => {
  const { page } = await open("events.html", { settle: 2 });
  const ad = part(page, "ad-slot", "#main");
  const top = await ad.evaluate((element) => element.getBoundingClientRect().top);
  assert.ok(top > 900 + 1000, `the ad starts far below the fold (at ${top}px)`);
  await sleep(1000);
  assert.deepEqual(await recorded(page, "ad-slot"), [], "no ad-slot before scrolling");
  await ad.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__events.some((e) => e.type === "article-widget:ad-slot"), null, { timeout: 5000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await sleep(300);
  await ad.scrollIntoViewIfNeeded();
  await sleep(500);
  const events = await recorded(page, "ad-slot");
  assert.equal(events.length, 1, "exactly once");
  assert.deepEqual(events[0].detail, { slot: "ad-1", size: "rectangle" });
  assert.equal(events[0].id, "main");
  await page.close();
});

// ----------------------------------------------------------------- keyboard

// WCAG 2.4.3 and 2.4.7: focus order follows reading order, and focus is
// visible. The ring may be drawn by the link itself or by an element around
// it (a story card rings the whole card via :has(:focus-visible)), but then
// that element must lose its ring when focus leaves: it is a focus ring, not
// a border that is always there.
test("pressing Tab from the top of the page visits every link in the widget in order, each with a visible focus ring", async () => {
  const { page } = await open("plain.html");
  const links = await page.locator("article-widget").evaluate((host) =>
    [...host.shadowRoot.querySelectorAll("a[href]")].filter((a) => a.checkVisibility()).map((a) => a.href),
  );
  assert.ok(links.length >= 20, `the demo has many links (${links.length})`);
  // Marks the element drawing the ring with data-e2e-ring (removed again below).
  const focusState = () =>
    page.evaluate(() => {
      let element = document.activeElement;
      const inWidget = element?.localName === "article-widget";
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!inWidget || !element) return { inWidget };
      const ringed = (node) => {
        const style = getComputedStyle(node);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      };
      let ring = element;
      while (ring && ring.nodeType === 1 && !ringed(ring)) ring = ring.parentNode;
      const found = ring && ring.nodeType === 1;
      if (found && ring !== element) ring.setAttribute("data-e2e-ring", "");
      return { inWidget, href: element.href ?? null, ring: found ? (ring === element ? "self" : ring.localName) : null };
    });
  const visited = [];
  let entered = false;
  for (let press = 0; press < links.length + 20; press++) {
    await page.keyboard.press("Tab");
    const focus = await focusState();
    if (!focus.inWidget) {
      if (entered) break;
      continue;
    }
    entered = true;
    if (!focus.href) continue; // a focusable that is not a link: not counted
    assert.ok(focus.ring, `focus on ${focus.href} has a visible outline`);
    visited.push(focus.href);
  }
  assert.deepEqual(visited, links);
  // With focus gone, no element that drew a ring still shows one.
  const stillRinged = await page.locator("article-widget").evaluate((host) => {
    host.shadowRoot.activeElement?.blur();
    document.activeElement?.blur();
    const marked = [...host.shadowRoot.querySelectorAll("[data-e2e-ring]")];
    const left = marked.filter((node) => getComputedStyle(node).outlineStyle !== "none").map((node) => node.className);
    for (const node of marked) node.removeAttribute("data-e2e-ring");
    return left;
  });
  assert.deepEqual(stillRinged, [], "rings drawn around a link are focus rings");
  await page.close();
});

// --------------------------------------------------------------------- lazy

// loading="lazy": a widget far down a long page costs nothing until the reader gets near it.
test('a loading="lazy" widget does not fetch its article until it is scrolled near', async () => {
  const { page } = await open("lazy.html", { settle: 0 });
  const fetchedJson = () => page.evaluate(() => window.__fetched.filter((entry) => entry.path.endsWith(".json")).map((entry) => entry.path));
  await page.waitForFunction(() => customElements.get("article-widget"));
  await sleep(1500);
  assert.deepEqual(await fetchedJson(), [], "nothing fetched while far away");
  assert.deepEqual(await page.evaluate(() => window.__aw), [], "and not ready");
  await page.locator("#main").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__aw.length >= 1);
  assert.deepEqual(await page.evaluate(() => window.__aw.map((event) => event.type)), ["article-widget:ready"]);
  assert.deepEqual(await fetchedJson(), ["/fixtures/demo.json"]);
  await page.close();
});

// --------------------------------------------------------------------- font

// font="inherit" lets a site keep its own typeface in the article.
test('the font="inherit" widget sets its body text in the page\'s Courier New and the other widget does not', async () => {
  const { page } = await open("font.html", { settle: 2 });
  const family = (id) => part(page, "body", id).locator("p").first().evaluate((p) => getComputedStyle(p).fontFamily);
  assert.match(await family("#inherit"), /Courier New/);
  assert.doesNotMatch(await family("#own"), /Courier New/);
  await page.close();
});

// ------------------------------------------------------------------- JS API

/** Waits for the element to be defined and window.ArticleWidget to exist. */
async function api(page) {
  await page.evaluate(() => customElements.whenDefined("article-widget"));
  assert.equal(await page.evaluate(() => typeof window.ArticleWidget), "object", "window.ArticleWidget exists");
}

test("ArticleWidget.version is a non-empty string", async () => {
  const { page } = await open("dynamic.html");
  await api(page);
  const version = await page.evaluate(() => window.ArticleWidget.version);
  assert.equal(typeof version, "string");
  assert.ok(version.length > 0);
  await page.close();
});

test("ArticleWidget.render with an article object resolves and shows its headline", async () => {
  const { page, problems } = await open("dynamic.html");
  await api(page);
  await page.evaluate(() =>
    window.ArticleWidget.render(window.addEmptyWidget("api"), {
      headline: "Lighthouse keepers vote to keep the winter lamp lit",
      body: [{ type: "paragraph", text: "The vote was unanimous." }],
    }),
  );
  assert.match(await part(page, "headline", "#api").innerText(), /Lighthouse keepers/);
  assert.match(await part(page, "body", "#api").innerText(), /unanimous/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("ArticleWidget.render with a bad article object rejects with the JSON path of the problem", async () => {
  const { page } = await open("dynamic.html");
  await api(page);
  const rejection = await page.evaluate(async () => {
    try {
      await window.ArticleWidget.render(window.addEmptyWidget("api"), { headline: "A headline", authors: [{ name: 42 }] });
      return null;
    } catch (error) {
      return { message: error?.message, path: error?.path };
    }
  });
  assert.ok(rejection, "the promise rejects");
  assert.equal(rejection.path, "article.authors[0].name");
  assert.equal(typeof rejection.message, "string");
  assert.ok(await part(page, "error", "#api").isVisible());
  await page.close();
});

test("a second ArticleWidget.render before the first is shown wins, and the first promise rejects with AbortError", async () => {
  const { page, problems } = await open("dynamic.html");
  await api(page);
  const outcomes = await page.evaluate(async () => {
    const element = window.addEmptyWidget("api");
    const outcome = (promise) =>
      promise.then(
        () => "shown",
        (error) => `${error.name}: ${error.path}`,
      );
    const first = outcome(window.ArticleWidget.render(element, { headline: "The first headline", body: [] }));
    const second = outcome(window.ArticleWidget.render(element, { headline: "The second headline", body: [] }));
    const third = outcome(window.ArticleWidget.render(window.addEmptyWidget("gone"), { headline: "Never shown", body: [] }));
    window.ArticleWidget.destroy(document.getElementById("gone"));
    return Promise.all([first, second, third]);
  });
  assert.deepEqual(outcomes, ["AbortError: null", "shown", "AbortError: null"]);
  assert.equal((await part(page, "headline", "#api").innerText()).trim(), "The second headline");
  assert.deepEqual(problems, []);
  await page.close();
});

test("ArticleWidget.destroy empties the widget's shadow root", async () => {
  const { page } = await open("dynamic.html");
  await api(page);
  assert.ok(await part(page, "headline", "#first").isVisible());
  const left = await page.evaluate(() => {
    const element = document.getElementById("first");
    window.ArticleWidget.destroy(element);
    return element.shadowRoot ? element.shadowRoot.childNodes.length : 0;
  });
  assert.equal(left, 0);
  await page.close();
});

// ------------------------------------------------------- slow and stuck sources

// A single-page app takes a widget out, or points it elsewhere, while its
// article is still coming: the download stops then, not when its 30 s
// timeout ends.
test("a widget removed, destroyed or given a new src while its article downloads aborts the download", async () => {
  const { page, problems } = await open("dynamic.html");
  const until = async (count) => {
    const end = Date.now() + 3000;
    while (Date.now() < end && held.opened + held.closed < count) await new Promise((r) => setTimeout(r, 50));
  };
  const start = { ...held };
  await page.evaluate(() => void window.addWidget("/held", "removed", { timeout: "30000" }));
  await until(start.opened + start.closed + 1);
  assert.equal(held.opened, start.opened + 1, "the request reached the server");
  await page.evaluate(() => document.getElementById("removed").remove());
  await until(start.opened + start.closed + 2);
  assert.equal(held.closed, start.closed + 1, "removing the element closed its request");

  await page.evaluate(() => void window.addWidget("/held", "destroyed", { timeout: "30000" }));
  await until(start.opened + start.closed + 3);
  await page.evaluate(() => window.ArticleWidget.destroy(document.getElementById("destroyed")));
  await until(start.opened + start.closed + 4);
  assert.deepEqual(held, { opened: start.opened + 2, closed: start.closed + 2 }, "destroy() closed its request");

  await page.evaluate(() => void window.addWidget("/held", "moved", { timeout: "30000" }));
  await until(start.opened + start.closed + 5);
  await page.evaluate(() => window.setWidgetSrc("moved", "/fixtures/minimal.json"));
  await until(start.opened + start.closed + 6);
  assert.deepEqual(held, { opened: start.opened + 3, closed: start.closed + 3 }, "a new src closed the old request");
  assert.deepEqual(problems, []);
  await page.close();
});

// While the article loads, a skeleton holds its place so the page does not jump.
test("a slow source shows the skeleton, at least 300px tall, and then the article", async () => {
  const { page, problems } = await open("dynamic.html");
  await page.evaluate(() => {
    window.__slow = window.addWidget("/slow/1500/fixtures/demo.json", "slow");
  });
  const skeleton = page.locator('#slow [aria-busy="true"]');
  await skeleton.waitFor({ state: "visible", timeout: 1000 });
  const height = await page.locator("#slow").evaluate((host) => host.getBoundingClientRect().height);
  assert.ok(height >= 300, `loading height ${height}px`);
  assert.equal(await part(page, "headline", "#slow").count(), 0, "no article yet");
  const outcome = await page.evaluate(() => window.__slow);
  assert.equal(outcome.type, "article-widget:ready");
  assert.match(await part(page, "headline", "#slow").innerText(), /Sable Strait talks/);
  assert.equal(await skeleton.count(), 0, "the skeleton is gone");
  assert.deepEqual(problems, []);
  await page.close();
});

// timeout="500": a source that never answers becomes an error card, not an endless skeleton.
test('a widget with timeout="500" whose source never answers shows an error card about the timeout', async () => {
  const { page } = await open("dynamic.html");
  await page.evaluate(() => {
    window.__hung = window.addWidget("/hang", "hung", { timeout: "500" });
  });
  const outcome = await Promise.race([page.evaluate(() => window.__hung), sleep(5000).then(() => null)]);
  assert.ok(outcome, "settled within 5 s");
  assert.equal(outcome.type, "article-widget:error");
  assert.match(outcome.detail.message, /time(d)? ?out/i);
  assert.match(await part(page, "error", "#hung").innerText(), /time(d)? ?out/i);
  await page.close();
});

// ------------------------------------------------------------------- memory

// Single-page apps mount and remove widgets all day: each removal must free
// what the mount took. Measured on the JS heap after forced GC (the wasm
// linear memory is not reachable from the page).
test("1,000 mount and remove cycles leave the JS heap and the document as they were", async (t) => {
  const gcBrowser = await launch({ args: ["--js-flags=--expose-gc", "--enable-precise-memory-info"] });
  try {
    const { page } = await open("dynamic.html", { using: gcBrowser });
    await page.evaluate(() => {
      const article = JSON.stringify({
        headline: "Ferry timetable changes from Monday",
        section: "Transport",
        authors: [{ name: "Mara Quist", role: "Reporter", stories: [{ url: "https://example.example/a", headline: "Earlier story" }] }],
        body: [
          { type: "paragraph", text: "The morning ferry will leave fifteen minutes earlier." },
          { type: "story", story: { url: "https://example.example/b", headline: "Related story" } },
          { type: "ad", size: "banner" },
        ],
        related: [{ url: "https://example.example/c", headline: "Another story" }],
        trending: [{ url: "https://example.example/d", headline: "Trending story" }],
      });
      window.__cycles = async (count) => {
        const later = document.getElementById("later");
        for (let i = 0; i < count; i++) {
          const element = document.createElement("article-widget");
          const script = document.createElement("script");
          script.type = "application/json";
          script.textContent = article;
          element.append(script);
          // The timer is cleared at once: a pending one would keep the element alive.
          let timer;
          const settled = new Promise((done, fail) => {
            element.addEventListener("article-widget:ready", done, { once: true });
            element.addEventListener("article-widget:error", (event) => fail(new Error(event.detail.message)), { once: true });
            timer = setTimeout(() => fail(new Error(`cycle ${i}: no ready within 5 s`)), 5000);
          }).finally(() => clearTimeout(timer));
          later.append(element);
          await settled;
          element.remove();
        }
      };
      window.__measure = async () => {
        for (let i = 0; i < 5; i++) {
          window.gc();
          await new Promise((done) => setTimeout(done, 20));
        }
        return {
          heap: performance.memory.usedJSHeapSize,
          elements: document.getElementsByTagName("*").length,
          widgets: document.querySelectorAll("article-widget").length,
        };
      };
    });
    await page.evaluate(() => window.__cycles(200));
    const warm = await page.evaluate(() => window.__measure());
    await page.evaluate(() => window.__cycles(1000));
    const after = await page.evaluate(() => window.__measure());
    const growth = after.heap - warm.heap;
    t.diagnostic(`JS heap after 200 cycles ${warm.heap} B, after 1,200 ${after.heap} B (${growth >= 0 ? "+" : ""}${growth} B)`);
    assert.ok(growth < 2 * 1024 * 1024, `JS heap grew ${(growth / 1024).toFixed(0)} KiB over 1,000 cycles (${warm.heap} → ${after.heap})`);
    assert.equal(after.elements, warm.elements, "no elements left behind");
    assert.equal(after.widgets, 1, "only the page's own widget remains");
    await page.close();
  } finally {
    await gcBrowser.close();
  }
});

// A page that removes a widget must get its memory back even if it never
// calls destroy(): nothing in the module may keep a removed element alive,
// whether it loaded from inline JSON or was given its article by render().
test("removed widgets can be garbage-collected, including ones given their article by ArticleWidget.render", async () => {
  const gcBrowser = await launch({ args: ["--js-flags=--expose-gc"] });
  try {
    const { page } = await open("dynamic.html", { using: gcBrowser });
    await api(page);
    const alive = await page.evaluate(async () => {
      const later = document.getElementById("later");
      const article = { headline: "A short article", body: [{ type: "paragraph", text: "Text." }, { type: "ad" }] };
      // The timer is cleared at once: a pending one would keep the element alive.
      const settle = (element) => {
        let timer;
        return new Promise((done, fail) => {
          element.addEventListener("article-widget:ready", done, { once: true });
          timer = setTimeout(() => fail(new Error("no ready within 5 s")), 5000);
        }).finally(() => clearTimeout(timer));
      };
      const inline = [];
      const rendered = [];
      for (let i = 0; i < 100; i++) {
        const element = document.createElement("article-widget");
        const script = document.createElement("script");
        script.type = "application/json";
        script.textContent = JSON.stringify(article);
        element.append(script);
        const ready = settle(element);
        later.append(element);
        await ready;
        element.remove();
        inline.push(new WeakRef(element));
      }
      for (let i = 0; i < 100; i++) {
        const element = document.createElement("article-widget");
        later.append(element);
        await window.ArticleWidget.render(element, article);
        element.remove();
        rendered.push(new WeakRef(element));
      }
      for (let i = 0; i < 10; i++) {
        window.gc();
        await new Promise((done) => setTimeout(done, 50));
      }
      const count = (refs) => refs.filter((ref) => ref.deref()).length;
      return { inline: count(inline), rendered: count(rendered) };
    });
    // One may be held briefly by the last event or task; a hundred may not.
    assert.ok(alive.inline <= 2, `${alive.inline} of 100 removed inline-JSON widgets still alive`);
    assert.ok(alive.rendered <= 2, `${alive.rendered} of 100 removed render() widgets still alive`);
    await page.close();
  } finally {
    await gcBrowser.close();
  }
});

// from="page": the widget renders the NewsArticle in the page's own JSON-LD (a Yoast-style @graph), with no src.
test("a widget with from=page renders the article from the page's JSON-LD", async () => {
  const { page, settled, problems } = await open("from-page.html");
  assert.equal(settled[0].type, "article-widget:ready", JSON.stringify(settled[0]));
  assert.equal(await part(page, "headline").innerText(), 'Library roof appeal passes its target a month early');
  assert.ok((await part(page, "body").locator("p").count()) > 0, "the articleBody is shown");
  assert.ok((await part(page, "author-card").count()) >= 1, "the @id-linked Person is the author");
  assert.deepEqual(problems, []);
  await page.close();
});
