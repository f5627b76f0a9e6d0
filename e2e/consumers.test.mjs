// Two real consumers of the npm package (e2e/consumers/): a Vite project in
// TypeScript and a React 19 app built with Vite. Each is copied to a fresh
// folder, gets the packed tarball (`make package`) and its own pinned
// dependencies from the npm registry, type-checks with `tsc --noEmit`, builds
// with `vite build`, and is served on 127.0.0.1 to headless Chromium, where
// its articles must show. The fixtures they show are copied into `public/`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { serve } from "./server.mjs";
import { launch, routeFixtureImages, watchProblems } from "./browser.mjs";

const run = promisify(execFile);
const ROOT = resolve(".");
let dir, tarball, browser, version;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "aw-consumers-"));
  version = (await readFile("Cargo.toml", "utf8")).match(/^version\s*=\s*"([^"]+)"/m)[1];
  await run("node", ["scripts/package.mjs", "--out", dir]);
  tarball = join(dir, `article-widget-${version}.tgz`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const built = {};
/**
 * e2e/consumers/<name> copied, installed with the tarball in place of the
 * published package, type-checked and built, once; resolves to the app's folder.
 */
function build(name) {
  return (built[name] ??= install(name));
}
async function install(name) {
  const app = join(dir, name);
  await cp(join(ROOT, "e2e", "consumers", name), app, { recursive: true });
  for (const fixture of ["demo.json", "jsonfeed/item.json", "wordpress/post.json", "img"]) {
    await cp(join(ROOT, "fixtures", fixture), join(app, "public", "fixtures", fixture), { recursive: true });
  }
  // `--prefer-offline`: what the registry sent before is used from npm's cache.
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: app });
  await run(join(app, "node_modules", ".bin", "tsc"), ["--noEmit", "-p", "."], { cwd: app });
  await run(join(app, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], { cwd: app });
  return app;
}

/**
 * The built app served, opened in Chromium, settled once `count` widgets
 * have sent ready or error; the page and server close when test `t` ends.
 */
async function open(t, app, count, url) {
  const server = url ? null : await serve(join(app, "dist"));
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  t.after(async () => {
    await page.close();
    await server?.close();
  });
  const problems = watchProblems(page);
  await routeFixtureImages(page);
  // Recorded from the first script on, before the app's module runs.
  await page.addInitScript(() => {
    window.outcomes = [];
    for (const type of ["article-widget:ready", "article-widget:error"]) {
      document.addEventListener(type, (event) => window.outcomes.push({ type, ...event.detail }), true);
    }
  });
  await page.goto(`${url ?? server.url}/`);
  await page.waitForFunction((n) => window.outcomes.length >= n, count, { timeout: 20000 });
  return { page, problems, outcomes: await page.evaluate(() => window.outcomes) };
}

/** `vite` (the dev server) in `app` on 127.0.0.1; resolves to its address once it listens. Stopped when test `t` ends. */
function devServer(t, app) {
  const child = spawn(join(app, "node_modules", ".bin", "vite"), ["--host", "127.0.0.1", "--port", "0", "--clearScreen", "false"], { cwd: app, stdio: ["ignore", "pipe", "pipe"] });
  t.after(() => child.kill());
  return new Promise((resolve, reject) => {
    let said = "";
    const timer = setTimeout(() => reject(new Error(`vite did not say where it listens: ${said}`)), 20000);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        said += chunk;
        // Its banner, without the colours: "Local:   http://127.0.0.1:5173/".
        const address = said.replace(/\x1b\[[0-9;]*m/g, "").match(/Local:\s+(http:\/\/127\.0\.0\.1:\d+)\//);
        if (address) {
          clearTimeout(timer);
          resolve(address[1]);
        }
      });
    }
    child.on("exit", (code) => reject(new Error(`vite exited with ${code}: ${said}`)));
  });
}

test("a Vite + TypeScript project: installed from the tarball, type-checked, built, and both articles shown", async (t) => {
  const app = await build("vite");
  // Vite found both wasm files and the formats module through `new URL(…, import.meta.url)` and emitted them.
  const emitted = (await readdir(join(app, "dist", "assets"))).map((name) => name.replace(/-[\w-]{8}\./, "."));
  for (const file of ["article-widget_bg.wasm", "article-widget-formats.js", "article-widget-formats_bg.wasm"]) {
    assert.ok(emitted.includes(file), `${file} in dist/assets: ${emitted.join(" ")}`);
  }
  const { page, problems, outcomes } = await open(t, app, 2);
  assert.deepEqual(outcomes.map((o) => o.type), ["article-widget:ready", "article-widget:ready"], JSON.stringify(outcomes));
  const headlines = await page.locator('article-widget [part~="headline"]').allInnerTexts();
  assert.deepEqual(headlines.sort(), [
    "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze",
    "Home crew takes the Kessel Bay regatta on the final leg",
  ]);
  // The app's typed listener wrote what it heard.
  assert.equal(await page.locator("#status").innerText(), `2 shown, version ${version}`);
  assert.deepEqual(problems, []);
});

test("a React 19 app: two widgets in its tree, a typed story-click handler routes the link inside the app", async (t) => {
  const app = await build("react");
  const { page, problems, outcomes } = await open(t, app, 2);
  assert.deepEqual(outcomes.map((o) => o.type), ["article-widget:ready", "article-widget:ready"], JSON.stringify(outcomes));
  const widgets = page.locator("main > article-widget");
  assert.equal(await widgets.count(), 2);
  assert.equal(
    await widgets.nth(0).locator('[part~="headline"]').innerText(),
    "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze",
  );
  assert.equal(await widgets.nth(1).locator('[part~="headline"]').innerText(), "It’s back: Halvard’s night ferry returns after a “trial” winter");
  // React passed the theme attribute through to the element.
  assert.equal(await widgets.nth(1).getAttribute("theme"), "dark");

  // A related story in the first widget: React's `onarticle-widget:story-click` prop heard it,
  // the handler's preventDefault kept the page where it was, and the app shows what was picked.
  const before = page.url();
  const story = widgets.nth(0).locator('[part~="related"] a').first();
  const title = (await story.innerText()).trim();
  await story.click();
  await page.waitForFunction(() => document.querySelector("#picked")?.textContent !== "No story picked yet", null, { timeout: 5000 });
  const picked = await page.locator("#picked").innerText();
  assert.ok(picked.startsWith("related story 1: "), picked);
  assert.ok(picked.includes(title.split("\n").pop()), `${picked} names ${title}`);
  assert.equal(page.url(), before);
  assert.deepEqual(problems, []);
});

test("the React app on Vite's dev server, which pre-bundles the package and rewrites what it serves: both articles shown", async (t) => {
  const app = await build("react");
  const url = await devServer(t, app);
  const { page, problems, outcomes } = await open(t, app, 2, url);
  assert.deepEqual(outcomes.map((o) => o.type), ["article-widget:ready", "article-widget:ready"], JSON.stringify(outcomes));
  const headlines = await page.locator('main > article-widget [part~="headline"]').allInnerTexts();
  assert.deepEqual(headlines, [
    "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze",
    "It’s back: Halvard’s night ferry returns after a “trial” winter",
  ]);
  assert.deepEqual(problems, []);
});
