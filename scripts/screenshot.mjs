// Screenshots of the built demo (dist/) for the README:
//   node scripts/screenshot.mjs  ->  docs/demo.png, docs/demo-phone.png, … docs/rtl.png
//   node scripts/screenshot.mjs rtl  ->  only the shots whose file name contains "rtl"
import { mkdir } from "node:fs/promises";
import { serve } from "../e2e/server.mjs";
import { launch } from "../e2e/browser.mjs";

const shots = [
  { file: "docs/demo.png", query: "", width: 1200, height: 1500 },
  { file: "docs/demo-phone.png", query: "", width: 390, height: 1400 },
  { file: "docs/demo-dark.png", query: "?theme=dark", width: 1200, height: 1500 },
  { file: "docs/edge-rtl.png", query: "?fixture=edge-rtl", width: 1000, height: 1200 },
  // README "Languages and right-to-left": Arabic strings and the mirrored two-column layout.
  { file: "docs/rtl.png", query: "?fixture=edge-rtl", width: 1000, height: 1400 },
  { file: "docs/error.png", query: "?fixture=bad/missing-headline", width: 800, height: 400 },
];
const only = process.argv[2];
await mkdir("docs", { recursive: true });
const server = await serve("dist");
const browser = await launch();
for (const shot of shots.filter((s) => !only || s.file.includes(only))) {
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
