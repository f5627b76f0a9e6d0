// A real WordPress: Debian's package (6.1) with MariaDB and PHP, started by
// scripts/wordpress.sh on 127.0.0.1 (scripts/test.sh starts it and passes
// WORDPRESS_URL; run alone, this file starts its own). Its posts were
// written through WordPress's own functions from the block markup in
// fixtures/wordpress-real/, so what its REST API answers is what a
// publisher's site answers, kses, wpautop, wptexturize, srcset and all. The
// widget fetches the posts from that API across origins, as on a
// publisher's page, and the CLI renders the same responses: a reader must
// find what the author wrote.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { CLI } from "./cli.mjs";

const run = promisify(execFile);

let wordpress, ownSite, server, browser, scratch;
const posts = {};

/** The page a publisher would write: the module, and one element whose src is the REST API. */
function publisherPage(request, response) {
  const src = new URL(request.url, "http://x").searchParams.get("src") ?? "";
  const attribute = src.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>e2e: WordPress</title>
<script type="module" src="/article-widget.js"></script></head>
<body><article-widget id="main" src="${attribute}"></article-widget></body></html>`);
}

before(async () => {
  wordpress = process.env.WORDPRESS_URL;
  if (!wordpress) {
    const { stdout } = await run("bash", ["scripts/wordpress.sh", "start"]);
    wordpress = stdout.match(/^WORDPRESS_URL=(.*)$/m)[1];
    ownSite = stdout.match(/^WORDPRESS_DIR=(.*)$/m)[1];
  }
  for (const slug of ["every-block", "classic-editor"]) {
    const found = await (await fetch(`${wordpress}/wp-json/wp/v2/posts?slug=${slug}&_fields=id`)).json();
    assert.equal(found.length, 1, `WordPress has the post ${slug}`);
    posts[slug] = found[0].id;
  }
  server = await serve("dist", { routes: { "/e2e/wordpress.html": publisherPage } });
  browser = await launch();
  scratch = await mkdtemp(join(tmpdir(), "aw-wordpress-"));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
  if (ownSite) await run("bash", ["scripts/wordpress.sh", "stop", ownSite]);
});

/** The REST address of a post, as a publisher writes it in src. */
const restUrl = (slug) => `${wordpress}/wp-json/wp/v2/posts/${posts[slug]}?_embed`;
/** An upload of the site, by its path under wp-content/uploads/. */
const upload = (path) => `${wordpress}/wp-content/uploads/${path}`;

/**
 * The widget on the publisher's page, showing the post `slug` fetched from
 * WordPress (another origin: another port). Returns the page, the widget's
 * root part, and what the page threw.
 */
async function widget(slug) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  // Nothing leaves 127.0.0.1: the author's Gravatar (WordPress's default
  // avatar service) is answered with the project's avatar; *.example links are stubs.
  const avatar = await readFile("fixtures/img/avatar.svg");
  await page.route((url) => url.hostname.endsWith("gravatar.com"), (route) => route.fulfill({ status: 200, contentType: "image/svg+xml", body: avatar }));
  await page.route((url) => url.hostname.endsWith(".example"), (route) => route.fulfill({ status: 200, contentType: "text/html", body: "stub" }));
  await page.addInitScript(() => {
    window.__aw = [];
    for (const name of ["article-widget:ready", "article-widget:error"]) {
      document.addEventListener(name, (event) => window.__aw.push({ type: event.type, detail: { ...event.detail } }));
    }
  });
  await page.goto(`${server.url}/e2e/wordpress.html?src=${encodeURIComponent(restUrl(slug))}`);
  await page.waitForFunction(() => window.__aw.length > 0);
  const [settled] = await page.evaluate(() => window.__aw);
  assert.equal(settled.type, "article-widget:ready", `the widget shows the post (${JSON.stringify(settled.detail)})`);
  return { page, root: page.locator('article-widget [part~="widget"]'), problems };
}

/**
 * What the CLI renders from the same REST response, saved as a publisher's
 * build step would fetch it, shown in a page of its own.
 */
async function cli(slug, command = "render") {
  const response = await fetch(restUrl(slug));
  assert.equal(response.status, 200);
  const file = join(scratch, `${slug}.json`);
  await writeFile(file, await response.text());
  const { stdout } = await run(CLI, [command, file], { maxBuffer: 16 << 20 });
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><body>${stdout}</body></html>`);
  return { page, root: page.locator('[part~="widget"]') };
}

/** The images under `root`: src, alt, and the caption of their figure. */
const images = (root) =>
  root.locator("img").evaluateAll((imgs) =>
    imgs.map((img) => ({
      src: img.getAttribute("src"),
      alt: img.getAttribute("alt"),
      caption: img.closest("figure")?.querySelector("figcaption")?.textContent.trim() ?? null,
    })),
  );

/** The links under `root`: their text and address. */
const links = (root) => root.locator("a").evaluateAll((as) => as.map((a) => ({ text: a.textContent.trim(), href: a.getAttribute("href") })));

/** Normalised text, as a reader reads it (spacing collapsed). */
const words = async (locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();

/** Asserts that each of `texts` is somewhere in `text`. */
function includesAll(text, texts, where) {
  for (const expected of texts) assert.ok(text.includes(expected), `${where}: "${expected}" is shown`);
}

// The every-block post, as its author wrote it (fixtures/wordpress-real/every-block.html).
async function readsEveryBlockPost(root, where) {
  assert.equal(await words(root.locator('[part~="headline"]')), "Veyrmouth’s harbour ferry timetable, block by block", `${where}: headline, WordPress's curly apostrophe decoded`);
  const header = await words(root.locator('[part~="header"]'));
  assert.match(header, /^harbours /i, `${where}: the first category is the section`);
  assert.ok(header.includes("The port authority rewrites the winter timetable, and every kind of block WordPress 6.1 has tells the story."), `${where}: the excerpt is the dek`);
  const byline = root.locator('[part~="byline"]');
  assert.match(await words(byline), /^By Ilse Marrow/, `${where}: author`);
  const published = byline.locator("time").first();
  assert.equal(await published.innerText(), "March 14, 2026", `${where}: date`);
  assert.equal(await published.getAttribute("datetime"), "2026-03-14T08:30:00Z", `${where}: date_gmt, Oslo's 09:30 in UTC`);

  const hero = (await images(root.locator('[part~="hero"]')))[0];
  assert.deepEqual(hero, {
    src: upload("2026/03/sable-hall-1024x576.jpg"),
    alt: "The long table of Sable Hall, seen from above, with five chairs on each side",
    caption: "The council met at the long table in Sable Hall.",
  }, `${where}: the featured image at WordPress's large size`);

  const card = await words(root.locator('[part~="author-card"]'));
  includesAll(card, ["Ilse Marrow", "Ilse Marrow covers the port, the ferries and the town council for the Veyrmouth Post. She has sailed every route on the strait at least twice."], `${where}: author card`);

  const body = root.locator('[part~="body"]');
  const text = await words(body);
  includesAll(text, [
    // paragraph (drop cap), paragraph with inline formatting and a line break
    "The port authority will run the harbour ferry every twenty minutes from April, it said on Friday, after a winter in which the crossing ran only on the hour.",
    "The change comes with two new boats, a longer evening service and fares set in the council’s fare table.",
    "Tickets go on sale on Monday.",
    // lists, the nested item's text kept
    "Boats leave the old harbour every twenty minutes from six until midnight.",
    "The night boat runs on Fridays and Saturdays",
    "with a stop at the island pier",
    "Choose a crossing in the timetable.",
    "Pay at the quay machine or on board.",
    // quote (two paragraphs) and pullquote, with their citations
    "Twenty minutes is the promise we made to the island.",
    "We will keep it through the storms as well.",
    "Harbour master Tove Brandt",
    "A ferry you do not have to plan for is a bridge.",
    "Councillor Arvid Selm",
    // table: every cell and the caption
    "Route", "Winter", "From April", "Old harbour to island", "Hourly", "Every 20 minutes", "Island to north quay", "Twice a day",
    "Sailings on weekdays, as published by the port authority.",
    // gallery caption
    "Two views of the crossing.",
    // preformatted and verse
    "PIER NOTICE", "Boarding closes two minutes before departure.",
    "The tide goes out at the hour,", "the boat comes in at the third.",
    // embed caption
    "The first twenty-minute crossing, filmed from the bridge.",
    // columns, group, cover, media & text, custom HTML, reusable block, last paragraph
    "Island side: the pier gets a second ramp before the summer.",
    "Town side: the ticket hall moves into the old customs house.",
    "Two boats, three crossings an hour, one fare.",
    "The harbour never sleeps.",
    "The Aldra, built in 1998, stays in service as the spare boat.",
    "Fact box: the strait is 2.4 km wide at the ferry line.",
    "Corrections: the Veyrmouth Post corrects its mistakes on this page and says so at the foot of each story.",
    "The new timetable starts on the first Monday of April.",
  ], where);

  // Inline formatting keeps its meaning.
  assert.equal(await body.locator("strong").first().innerText(), "two new boats");
  assert.equal(await body.locator("em").first().innerText(), "longer evening service");
  assert.equal(await body.locator("code").first().innerText(), "VX-20");
  assert.equal(await body.locator("sup").first().innerText(), "th");
  assert.equal(await body.locator("sub").first().innerText(), "2");
  // Headings: h2 stays a section heading, h3 and h4 are subsections under the widget's h1.
  assert.equal(await body.locator("h2").first().innerText(), "What changes in April");
  assert.deepEqual(await body.locator("h3").allInnerTexts(), ["How to buy a ticket", "At a glance"]);
  assert.equal(await body.locator("ol > li").count(), 2, `${where}: the numbered list is numbered`);
  // The code block keeps its lines and spacing.
  assert.equal(await body.locator("pre").first().innerText(), "departures = every 20 min\nfirst: 06:00\nlast:  00:00");
  assert.equal(await body.locator("hr").count(), 1, `${where}: the separator`);

  // Every image block, with its alt text and caption, at the size WordPress wrote.
  assert.deepEqual(await images(body), [
    { src: upload("2026/03/harbour-1024x576.jpg"), alt: "Two quays of the old harbour at dusk", caption: "The old harbour at dusk, from the breakwater." },
    { src: upload("2026/03/ferry.jpg"), alt: "The grey ferry Aldra alongside the north quay", caption: "The Aldra at the north quay." },
    { src: upload("2026/03/old-town.jpg"), alt: "Roofs of the old town under a pale sky", caption: "The old town from the ferry deck." },
    { src: upload("2026/03/harbour.jpg"), alt: "", caption: null }, // the cover's background: decorative
    { src: upload("2026/03/ferry.jpg"), alt: "The grey ferry Aldra alongside the north quay", caption: null }, // media & text
    { src: upload("2026/03/old-town-300x169.jpg"), alt: "Roofs of the old town under a pale sky", caption: "The old town, in a shortcode caption." },
  ], `${where}: body images`);

  // Links: inline, the file block, the button, the latest posts, the social link.
  const found = await links(body);
  for (const link of [
    { text: "council’s fare table", href: "https://veyrmouth-post.example/fares" },
    { text: "Winter timetable", href: upload("2026/03/winter-timetable.pdf") },
    { text: "See the full timetable", href: "https://veyrmouth-post.example/timetable" },
    { text: "Veyrmouth’s harbour ferry timetable, block by block", href: `${wordpress}/2026/03/14/every-block/` },
    { text: "Night crossing: notes from the last boat", href: `${wordpress}/2026/02/02/classic-editor/` },
    { text: "Mastodon", href: "https://social.veyrmouth-post.example/@port" },
  ]) {
    assert.ok(found.some((a) => a.text === link.text && a.href === link.href), `${where}: link "${link.text}" to ${link.href}`);
  }
  // The table is a table: the figure's caption is its caption, the head its head.
  const table = body.locator(".aw-body__table table");
  assert.equal(await table.locator("caption").innerText(), "Sailings on weekdays, as published by the port authority.", `${where}: table caption`);
  assert.deepEqual(await table.locator("thead th").allInnerTexts(), ["Route", "Winter", "From April"], `${where}: table head`);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((cell) => cell.textContent.trim())));
  assert.deepEqual(rows, [["Old harbour to island", "Hourly", "Every 20 minutes"], ["Island to north quay", "Twice a day", "Hourly"]], `${where}: table rows`);
  // The YouTube embed: offline, WordPress leaves its address as it was
  // written; it is a play button for that video (nothing loads before a
  // click), with the embed's caption and a link to the video.
  const video = "https://www.youtube.com/watch?v=vX20ferry01";
  const embed = body.locator(".aw-embed");
  assert.equal(await embed.count(), 1, `${where}: one embed`);
  assert.equal(await embed.getByRole("button").innerText(), "Play video from YouTube", `${where}: the play button`);
  assert.equal(await embed.getByRole("link", { name: "Open on YouTube" }).getAttribute("href"), video, `${where}: the link to the video`);
  assert.match(await words(embed.locator("figcaption")), /^The first twenty-minute crossing, filmed from the bridge\. · Open on YouTube$/, `${where}: the embed's caption`);
  assert.equal(await embed.locator("iframe").count(), 0, `${where}: no player before a click`);
  // The Video and Audio blocks play in the page, with their captions, nothing fetched before play.
  const media = await body.locator("figure.aw-media").evaluateAll((figures) =>
    figures.map((f) => {
      const player = f.querySelector("video, audio");
      return { tag: player.localName, src: player.querySelector("source").getAttribute("src"), preload: player.getAttribute("preload"), caption: f.querySelector("figcaption")?.textContent };
    }),
  );
  assert.deepEqual(media, [
    { tag: "video", src: "https://media.veyrmouth-post.example/video/crossing.mp4", preload: "none", caption: "Boarding at the old harbour, in ninety seconds." },
    { tag: "audio", src: "https://media.veyrmouth-post.example/audio/harbour-master.mp3", preload: "none", caption: "Listen: the harbour master on the new timetable." },
  ], `${where}: video and audio`);
}

test("the widget shows a real WordPress 6.1 post with every core block, fetched from its REST API on another origin", async () => {
  const { page, root, problems } = await widget("every-block");
  await readsEveryBlockPost(root, "widget");
  // Every image on the page loads: WordPress serves each size it made.
  const broken = [];
  const all = root.locator("img");
  for (let i = 0; i < (await all.count()); i++) {
    const image = all.nth(i);
    await image.scrollIntoViewIfNeeded();
    const size = await image.evaluate(
      (img) =>
        new Promise((done) => {
          const report = () => done(img.naturalWidth);
          if (img.complete) return report();
          img.addEventListener("load", report, { once: true });
          img.addEventListener("error", report, { once: true });
          setTimeout(report, 5000);
        }),
    );
    if (!size) broken.push(await image.getAttribute("src"));
  }
  assert.deepEqual(broken, [], "images that did not load");
  // The hero offers WordPress's sizes of the featured image (srcset), and the
  // browser loads the narrowest that fills the hero's width on this screen.
  const hero = await root.locator('[part~="hero"] img').evaluate((img) => ({
    needed: img.clientWidth * devicePixelRatio,
    candidates: img.getAttribute("srcset").split(",").map((c) => {
      const [url, width] = c.trim().split(/\s+/);
      return { url: new URL(url, document.baseURI).href, width: Number.parseInt(width, 10) };
    }),
    loaded: img.currentSrc,
  }));
  assert.ok(hero.candidates.length > 1, `the hero has WordPress's sizes: ${JSON.stringify(hero)}`);
  const fits = hero.candidates.filter((c) => c.width >= hero.needed).sort((a, b) => a.width - b.width);
  assert.equal(hero.loaded, (fits[0] ?? hero.candidates.at(-1)).url, `the narrowest size that fills the hero: ${JSON.stringify(hero)}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the CLI renders the same REST response of the every-block post with the same text, images and links", async () => {
  const { page, root } = await cli("every-block");
  await readsEveryBlockPost(root, "CLI render");
  await page.close();
});

// The classic editor: no block markup; WordPress's wpautop makes the
// paragraphs and line breaks, and the [caption] shortcode a figure.
async function readsClassicPost(root, where) {
  assert.equal(await words(root.locator('[part~="headline"]')), "Night crossing: notes from the last boat", where);
  assert.match(await words(root.locator('[part~="header"]')), /^transport /i, `${where}: section`);
  const byline = root.locator('[part~="byline"]');
  assert.match(await words(byline), /^By Ilse Marrow/, `${where}: author`);
  assert.equal(await byline.locator("time").first().innerText(), "February 2, 2026", `${where}: date`);
  assert.equal(await root.locator('[part~="hero"]').count(), 0, `${where}: no featured image, no hero`);
  const body = root.locator('[part~="body"]');
  assert.deepEqual(
    (await body.locator("p").allInnerTexts()).map((text) => text.trim()),
    [
      "The last boat of the night leaves the north quay at ten past midnight. On a weekday it carries a dozen people: nurses off a late shift, a baker going the other way, and once a week a piano tuner.",
      "The crossing takes nineteen minutes. The crew say they could do it in fifteen, but nobody on the last boat is in a hurry.",
      "It is the quietest twenty minutes of my week.",
      "The boat ties up on the island at half past midnight,\nand the crew walk home along the pier.",
    ],
    `${where}: wpautop's paragraphs, the quote's and the line break kept`,
  );
  assert.equal(await body.locator("strong").innerText(), "The crossing takes nineteen minutes.");
  assert.equal(await body.locator("blockquote").count(), 1, `${where}: the quote`);
  assert.equal(await body.locator("h2").innerText(), "A short list");
  assert.deepEqual(await body.locator("ul > li").allInnerTexts(), ["Tickets are sold on board after ten.", "Bicycles travel free."]);
  assert.deepEqual(await images(body), [
    { src: upload("2026/02/ferry.jpg"), alt: "The ferry Aldra lit up at the quay", caption: "The last boat waits at the north quay." },
  ], `${where}: the [caption] shortcode's image and caption`);
  const card = await words(root.locator('[part~="author-card"]'));
  includesAll(card, ["Ilse Marrow covers the port, the ferries and the town council"], `${where}: author card`);
}

test("the widget shows a real WordPress classic-editor post: autop paragraphs and a [caption] shortcode", async () => {
  const { page, root, problems } = await widget("classic-editor");
  await readsClassicPost(root, "widget");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the CLI renders the same REST response of the classic-editor post the same way", async () => {
  const { page, root } = await cli("classic-editor");
  await readsClassicPost(root, "CLI render");
  await page.close();
});

// The native format is the migration path: converted, the post keeps its
// headline, author, bio, date, section, hero and images.
test("the CLI converts both REST responses to the native format with the author, date, section and featured image", async () => {
  for (const [slug, expected] of [
    ["every-block", { headline: "Veyrmouth’s harbour ferry timetable, block by block", section: "Harbours", published: "2026-03-14T08:30:00Z", hero: upload("2026/03/sable-hall-1024x576.jpg") }],
    ["classic-editor", { headline: "Night crossing: notes from the last boat", section: "Transport", published: "2026-02-02T21:10:00Z", hero: undefined }],
  ]) {
    const file = join(scratch, `${slug}.convert.json`);
    await writeFile(file, await (await fetch(restUrl(slug))).text());
    const { stdout } = await run(CLI, ["convert", file], { maxBuffer: 16 << 20 });
    const article = JSON.parse(stdout);
    assert.equal(article.headline, expected.headline, slug);
    assert.equal(article.section, expected.section, slug);
    assert.equal(article.published, expected.published, slug);
    assert.equal(article.hero?.src, expected.hero, slug);
    assert.equal(article.url, `${wordpress}/${expected.published.slice(0, 10).replace(/-/g, "/")}/${slug}/`, slug);
    assert.deepEqual(article.authors.map((author) => [author.name, author.bio]), [["Ilse Marrow", "Ilse Marrow covers the port, the ferries and the town council for the Veyrmouth Post. She has sailed every route on the strait at least twice."]], slug);
  }
});

// WordPress answers a cross-origin GET with the page's origin (rest_send_cors_headers),
// which is what lets a publisher's page on another host use the widget.
test("WordPress's REST API allows the widget's page, on another origin, to read the post", async () => {
  const response = await fetch(restUrl("every-block"), { headers: { origin: server.url } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("access-control-allow-origin"), server.url);
});
