// Makes the JPEGs that scripts/wordpress/install.php uploads to WordPress from
// the project's own SVGs (WordPress makes its image sizes only from raster
// images). Run once; the JPEGs are committed:
//   node scripts/wordpress/images.mjs
import { readFile } from "node:fs/promises";
import { launch } from "../../e2e/browser.mjs";

const IMAGES = [
  ["hero.svg", "sable-hall.jpg"],
  ["harbour.svg", "harbour.jpg"],
  ["card-ship.svg", "ferry.jpg"],
  ["card-city.svg", "old-town.jpg"],
];

const browser = await launch();
for (const [svg, jpeg] of IMAGES) {
  const text = await readFile(new URL(`../../fixtures/img/${svg}`, import.meta.url), "utf8");
  const [, width, height] = text.match(/viewBox="0 0 (\d+) (\d+)"/);
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await page.setContent(`<style>body{margin:0}</style>${text}`);
  await page.screenshot({ path: new URL(`../../fixtures/wordpress-real/${jpeg}`, import.meta.url).pathname, type: "jpeg", quality: 85 });
  await page.close();
}
await browser.close();
