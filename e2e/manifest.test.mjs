// dist/custom-elements.json (the release build writes it with
// `article-widget manifest`) describes the element the module defines: what
// the live element observes, the API it installs and the parts and slots in
// its shadow root are all in the manifest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { outcomesPage, openSettled } from "./outcomes.mjs";

const manifest = JSON.parse(await readFile("dist/custom-elements.json", "utf8"));
const demo = await readFile("dist/fixtures/demo.json");
const [module] = manifest.modules;
const element = module.declarations.find((d) => d.customElement);
const names = (list) => new Set(list.map((entry) => entry.name));

let server, browser;
before(async () => {
  server = await serve("dist", {
    routes: {
      "/a.json": (request, response) => response.writeHead(200, { "content-type": "application/json" }).end(demo),
      "/p": (request, response) =>
        response
          .writeHead(200, { "content-type": "text/html; charset=utf-8" })
          .end(outcomesPage("manifest", `<article-widget id="a" src="/a.json" theme="light"></article-widget>`)),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the manifest describes the module it sits beside", async () => {
  assert.equal(manifest.schemaVersion, "2.1.0");
  assert.equal(module.path, "article-widget.js");
  assert.deepEqual(module.exports, [
    { kind: "custom-element-definition", name: "article-widget", declaration: { name: element.name, module: "article-widget.js" } },
  ]);
});

test("the live element, its API, parts and slots are all in the manifest", async () => {
  const { page, problems, outcomes } = await openSettled(browser, `${server.url}/p`, ["a"]);
  assert.equal(outcomes.a.type, "ready");
  const live = await page.evaluate(() => {
    const host = document.getElementById("a");
    const root = host.shadowRoot;
    return {
      observed: customElements.get("article-widget").observedAttributes,
      api: Object.keys(window.ArticleWidget),
      version: window.ArticleWidget.version,
      parts: [...root.querySelectorAll("[part]")].flatMap((e) => e.getAttribute("part").split(/\s+/)),
      slots: [...root.querySelectorAll("slot")].map((s) => s.name),
    };
  });
  const attributes = names(element.attributes);
  for (const name of live.observed) assert.ok(attributes.has(name), `observed attribute ${name}`);
  const api = new Set(module.declarations.map((d) => d.name).filter((n) => n.startsWith("ArticleWidget.")));
  assert.deepEqual(new Set(live.api.map((key) => `ArticleWidget.${key}`)), api);
  const version = module.declarations.find((d) => d.name === "ArticleWidget.version");
  assert.equal(version.default, JSON.stringify(live.version));
  const parts = names(element.cssParts);
  for (const part of live.parts) assert.ok(parts.has(part), `part ${part}`);
  assert.ok(live.slots.length > 0, "the demo article has ad slots");
  for (const slot of live.slots) assert.ok(slot.startsWith("ad-") || names(element.slots).has(slot), `slot ${slot}`);
  assert.deepEqual(problems, []);
  await page.close();
});
