// The blocks real articles hold beyond paragraphs (issue 12): tables, code
// and embeds, on the demo page with fixtures/every-block.json, in Debian's
// Chromium. What a reader sees and can do with a keyboard, and what the
// page asks of other sites: nothing, until the reader presses play.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CLI } from "./cli.mjs";

let server, browser;
before(async () => {
  server = await serve("dist");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The demo with every-block.json at `width`. Every request that would leave
 * 127.0.0.1 is recorded in `away` and answered here with a stub page.
 */
async function open(width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  const away = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      away.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title><p>player" });
    },
  );
  await page.addInitScript(() => {
    window.__settled = new Promise((done) => {
      for (const name of ["article-widget:ready", "article-widget:error"]) {
        document.addEventListener(name, (event) => done(event.type), { once: true });
      }
    });
  });
  await page.goto(`${server.url}/?fixture=every-block`);
  assert.equal(await page.evaluate(() => window.__settled), "article-widget:ready");
  return { page, problems, away };
}

const inWidget = (page, selector) => page.locator(`article-widget ${selector}`);

test("a figure's caption keeps its link, which opens the publisher's page", async () => {
  const { page, problems } = await open();
  const caption = inWidget(page, ".aw-body > .aw-figure .aw-figure__caption");
  // The credit is set in small capitals.
  assert.equal(await caption.innerText(), "The east quay, where the chargers stand. LEDGER GRAPHICS");
  const link = caption.locator("a");
  assert.equal(await link.innerText(), "the chargers");
  assert.equal(await link.getAttribute("href"), "https://meridian-ledger.example/chargers/");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a footnote number or a subscript does not push its line apart", async () => {
  const { page, problems } = await open();
  const heights = await page.evaluate(async () => {
    const height = async (content) => {
      const element = document.createElement("article-widget");
      document.body.append(element);
      await window.ArticleWidget.render(element, { headline: "Line height", body: [{ type: "paragraph", content }] });
      return element.shadowRoot.querySelector(".aw-body__paragraph").getBoundingClientRect().height;
    };
    return [await height(["One line of text."]), await height(["One line", { type: "sup", text: "1" }, " of CO", { type: "sub", text: "2" }, "."])];
  });
  assert.ok(heights[0] > 0);
  assert.equal(heights[1], heights[0]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a table shows its caption, headings and cells, and on a phone scrolls sideways inside its own region by keyboard", async () => {
  const { page, problems } = await open(360);
  const region = inWidget(page, ".aw-body__table");
  assert.equal(await region.getAttribute("role"), "region");
  assert.equal(await region.getAttribute("aria-label"), "Winter timetable by operator");
  assert.equal(await inWidget(page, ".aw-body__table caption").innerText(), "Winter timetable by operator");
  assert.deepEqual(await inWidget(page, ".aw-body__table thead th").allInnerTexts(), ["Operator", "Vessels", "Range (km)", "Crossings a day", "Charging time", "Notes"]);
  assert.deepEqual(await inWidget(page, '.aw-body__table tbody th[scope="row"]').allInnerTexts(), ["Northline", "Harbour Link", "Coastal"]);
  assert.equal(await inWidget(page, '.aw-body__table td[colspan="2"]').innerText(), "not yet reported");
  // Wider than a phone: the region scrolls, the page does not.
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
  assert.ok(sizes.scroll > sizes.client, JSON.stringify(sizes));
  assert.ok(sizes.page <= 360, JSON.stringify(sizes));
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  // Keyboard scrolling may be smooth: wait for it to move.
  await page.waitForFunction(() => document.querySelector("article-widget").shadowRoot.querySelector(".aw-body__table").scrollLeft > 0, null, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test("a code block keeps its lines and indentation", async () => {
  const { page } = await open();
  const code = await inWidget(page, "pre.aw-body__code code").innerText();
  assert.equal(code.split("\n")[1], "    # a 20% reserve, as the authority's method says");
  assert.equal(await inWidget(page, "pre.aw-body__code").getAttribute("data-language"), "python");
  await page.close();
});

test("no embedded player is requested until the reader presses play, then YouTube's privacy-enhanced player takes the focus", async () => {
  const { page, problems, away } = await open();
  const play = page.getByRole("button", { name: "Play video from YouTube: Sea trials of the first electric ferry" });
  assert.equal(await play.count(), 1);
  assert.match(await inWidget(page, ".aw-embed__note").first().innerText(), /Playing loads it from www\.youtube-nocookie\.com\./);
  assert.equal(await inWidget(page, "iframe").count(), 0);
  assert.deepEqual(away, [], "nothing requested from another site before play");
  await play.click();
  const frame = inWidget(page, "iframe.aw-embed__frame");
  await frame.waitFor();
  assert.equal(await frame.getAttribute("src"), "https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1");
  assert.equal(await frame.getAttribute("title"), "Sea trials of the first electric ferry");
  assert.match(await frame.getAttribute("sandbox"), /allow-scripts/);
  assert.equal(await frame.getAttribute("referrerpolicy"), "strict-origin-when-cross-origin");
  await page.waitForFunction(() => document.querySelector("article-widget").shadowRoot.activeElement?.tagName === "IFRAME");
  assert.ok(away.some((url) => url.startsWith("https://www.youtube-nocookie.com/embed/aBcDeFgHiJk")), away.join("\n"));
  assert.ok(away.every((url) => new URL(url).hostname === "www.youtube-nocookie.com"), away.join("\n"));
  assert.deepEqual(problems, []);
  await page.close();
});

test("the audio player opens from the keyboard, and posts and other sites are quoted and linked, never framed", async () => {
  const { page, away } = await open();
  const play = page.getByRole("button", { name: "Play audio from Spotify: The Ledger podcast: charging at sea" });
  await play.focus();
  await page.keyboard.press("Enter");
  await inWidget(page, "iframe").waitFor();
  assert.equal(await inWidget(page, "iframe").getAttribute("src"), "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk");
  assert.equal(await inWidget(page, "iframe").count(), 1, "only the player asked for");
  const post = inWidget(page, ".aw-embed--post");
  assert.equal(await post.locator("blockquote").innerText(), "The 07:10 left on time on battery power alone.\nMore crossings tomorrow.");
  assert.match(await post.locator("figcaption").innerText(), /^Harbour Desk \(@harbourdesk\) · Open on X$/);
  assert.equal(await post.getByRole("link", { name: "Open on X" }).getAttribute("href"), "https://x.com/harbourdesk/status/1234567890");
  const other = inWidget(page, ".aw-embed--link a");
  assert.equal(await other.innerText(), "Map of the four routes");
  assert.equal(await other.getAttribute("href"), "https://maps.meridian-ledger.example/embed/route-4");
  assert.ok(away.every((url) => new URL(url).hostname === "open.spotify.com"), away.join("\n"));
  await page.close();
});

test("an audio file plays in the page with its controls, captions track and title, and nothing of it loads before play", async () => {
  const { page, problems } = await open();
  const requested = [];
  page.on("request", (request) => requested.push(request.url()));
  const figure = inWidget(page, "figure.aw-media--audio");
  assert.equal(await figure.locator(".aw-media__title").innerText(), "The harbour bell at the east quay");
  const audio = figure.locator("audio");
  assert.equal(await audio.getAttribute("preload"), "none");
  assert.ok((await audio.boundingBox()).height >= 30, "the player's controls are shown");
  assert.equal(await audio.getAttribute("controls"), "");
  assert.equal(await audio.getAttribute("aria-label"), "The harbour bell at the east quay");
  assert.equal(await audio.locator("track").getAttribute("kind"), "captions");
  assert.match(await figure.locator("figcaption").innerText(), /^Rung at every departure/);
  await page.waitForTimeout(300);
  assert.deepEqual(requested.filter((url) => url.endsWith(".wav")), [], "no audio fetched before play");
  // The file is real: asked to load, it reports its length.
  const duration = await audio.evaluate((element) => new Promise((done, fail) => {
    element.addEventListener("loadedmetadata", () => done(element.duration), { once: true });
    element.addEventListener("error", () => fail(new Error("audio error")), { once: true });
    element.preload = "metadata";
    element.load();
  }));
  assert.ok(Math.abs(duration - 1.6) < 0.05, String(duration));
  assert.deepEqual(problems, []);
  await page.close();
});

test("a details block opens and closes from the keyboard (Enter, then Space) and shows its text", async () => {
  const { page, problems } = await open(360);
  const details = inWidget(page, "details.aw-details");
  const summary = inWidget(page, "details.aw-details > summary");
  const text = inWidget(page, "details.aw-details > p").first();
  assert.equal(await summary.innerText(), "Why keep a 20% reserve?");
  assert.equal(await details.evaluate((el) => el.open), false, "closed at first");
  assert.equal(await text.isVisible(), false);
  await summary.focus();
  assert.equal(await summary.evaluate((el) => el.getRootNode().activeElement === el), true, "the summary takes the focus");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("article-widget").shadowRoot.querySelector("details.aw-details").open);
  assert.equal(await text.isVisible(), true);
  assert.equal(await text.innerText(), "Wind and current against the ferry can raise its use by a fifth on a winter crossing.");
  assert.equal(await inWidget(page, "details.aw-details > p strong").innerText(), "on every crossing");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.querySelector("article-widget").shadowRoot.querySelector("details.aw-details").open);
  assert.equal(await text.isVisible(), false);
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector("article-widget").shadowRoot.querySelector("details.aw-details").open);
  assert.equal(await text.isVisible(), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a callout shows its label and text as a note, its lone emoji hidden from screen readers", async () => {
  const { page, problems } = await open(360);
  const callout = inWidget(page, ".aw-callout");
  assert.equal(await callout.getAttribute("role"), "note");
  const label = inWidget(page, ".aw-callout__label");
  assert.equal(await label.isVisible(), true);
  assert.equal(await label.innerText(), "💡");
  assert.equal(await label.getAttribute("aria-hidden"), "true");
  assert.equal(
    await inWidget(page, ".aw-callout__text").innerText(),
    "Ranges are for a full charge in winter; summer ranges are about a tenth longer.",
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test("without JavaScript, the prerendered blocks fit a phone: the wide table scrolls in its box, the page does not", async () => {
  const { stdout } = await promisify(execFile)(CLI, ["prerender", "fixtures/every-block.json"], { maxBuffer: 8 << 20 });
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
  await page.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><body>${stdout}</body></html>`);
  const sizes = await page.evaluate(() => {
    const table = document.querySelector(".aw-body__table");
    return { page: document.documentElement.scrollWidth, scroll: table.scrollWidth, client: table.clientWidth };
  });
  assert.ok(sizes.page <= 360, JSON.stringify(sizes));
  assert.ok(sizes.scroll > sizes.client, JSON.stringify(sizes));
  await page.close();
});
