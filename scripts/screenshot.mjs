// Screenshots of the built demo (dist/) for the README and docs/:
//   node scripts/screenshot.mjs  ->  docs/demo.png, docs/demo-phone.png, … docs/rtl.png
//   node scripts/screenshot.mjs rtl  ->  only the shots whose file name contains "rtl"
import { mkdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { serve } from "../e2e/server.mjs";
import { launch } from "../e2e/browser.mjs";

const shots = [
  { file: "docs/demo.png", query: "", width: 1200, height: 1500 },
  { file: "docs/demo-phone.png", query: "", width: 390, height: 1400 },
  { file: "docs/demo-dark.png", query: "?theme=dark", width: 1200, height: 1500 },
  { file: "docs/edge-rtl.png", query: "?fixture=edge-rtl", width: 1000, height: 1200 },
  // docs/languages.md: Arabic strings and the mirrored two-column layout.
  { file: "docs/rtl.png", query: "?fixture=edge-rtl", width: 1000, height: 1400 },
  { file: "docs/error.png", query: "?fixture=bad/missing-headline", width: 800, height: 400 },
  // docs/prerendering.md: the prerendered article in a browser with JavaScript off.
  { file: "docs/no-js.png", query: "prerendered.html", width: 1000, height: 1100, noScript: true },
];

// A page holding `article-widget prerender` output for the demo article.
function prerendered(request, response) {
  const element = execFileSync("cargo", [
    "run", "--quiet", "--bin", "article-widget", "--", "prerender", "fixtures/demo.json",
    "--src", `http://${request.headers.host}/fixtures/demo.json`,
  ]);
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>No JavaScript</title><body style="margin:0">${element}`);
}
const only = process.argv[2];
await mkdir("docs", { recursive: true });
const server = await serve("dist", { routes: { "/prerendered.html": prerendered } });
const browser = await launch();
const noScript = await browser.newContext({ javaScriptEnabled: false });
for (const shot of shots.filter((s) => !only || s.file.includes(only))) {
  if (shot.noScript) {
    const page = await noScript.newPage();
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(server.url + "/" + shot.query);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
    continue;
  }
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
  await page.addInitScript(() => {
    window.__settled = new Promise((done) => {
      document.addEventListener("article-widget:ready", () => done(), { once: true });
      document.addEventListener("article-widget:error", () => done(), { once: true });
    });
  });
  await page.goto(server.url + "/" + shot.query);
  await page.evaluate(() => window.__settled);
  // Lazy images in view start loading once the article is in the DOM.
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: shot.file, fullPage: shot.full ?? false });
  console.log(`wrote ${shot.file}`);
  await page.close();
}
await browser.close();
await server.close();
