// The module an embedding page includes, and all it has to do:
//   <script type="module" src="https://cdn.example/article-widget.js"></script>
// scripts/finish-dist.mjs bundles this file, wasm-bindgen's output and the
// snippets it imports (element.js, prefetch.js) into dist/article-widget.js.
// Including it starts the widget; it exports nothing (article-widget.d.ts).
import init from "trunk-staging/article-widget.js";
import { prefetchArticles, dropPrefetched } from "./prefetch.js";
import { integrity, fetchChecked, notLoaded } from "./formats.js";
import { startFailed } from "./startup.js";
import { warmDates } from "./timing.js";

// The article requests start first, so the JSON downloads while the wasm
// does. wasm-bindgen's init() is given the wasm next to this module (found
// through import.meta.url, so a page on another origin works), fetched
// against the hash this file was built with, and runs the Rust start
// function, which defines <article-widget> and window.ArticleWidget; by then
// every widget in the page has taken its response. When it cannot start,
// every widget says why (startup.js). Meanwhile, with the main thread idle,
// the browser sets up its date formatting (timing.js, warmDates).
prefetchArticles();
if (typeof document !== "undefined" && document.querySelector("article-widget:not([loading='lazy'])")) warmDates();
const wasm = new URL("article-widget_bg.wasm", import.meta.url).href;
init({ module_or_path: fetchChecked(wasm, integrity.wasm) })
  .catch(async (error) => startFailed((await notLoaded(wasm, integrity.wasm, error)).message))
  .finally(dropPrefetched);
