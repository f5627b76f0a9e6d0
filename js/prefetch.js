// Starts the article requests before the wasm is compiled. The entry module
// (js/article-widget.js) runs `prefetchArticles()` first and only then loads
// the wasm, so the JSON and the wasm download side by side; without it the
// first request for the article would wait for the wasm to download, compile
// and start.
//
// Only what the Rust side would fetch at once is fetched here: an
// `<article-widget>` already in the document with a non-empty `src`, not
// `loading="lazy"` (that one waits for the viewport) and not `from="page"`
// (the page's JSON-LD wins over `src`). The rules are those of
// src/embed/source.rs; a widget this guesses wrong about simply fetches for
// itself, as it would without this file.
import { loadFormats } from "./formats.js";

const prefetchPending = new Map();

// Marks, near its start, of a document in a format the formats module reads
// (JSON-LD, JSON Feed, WordPress, Ghost). A guess that only starts the
// module's download early; src/embed/source.rs decides, and a native
// document that matches costs one unused download.
const FOREIGN_MARKS = ['"@context"', '"@graph"', '"@type"', "jsonfeed.org/version", '"rendered"', '"posts"', '"content_html"'];

// Whether the element's format attribute names a format the formats module
// reads: anything but absent, "auto" and "native" (src/contract.rs).
function namesForeignFormat(element) {
  const format = (element.getAttribute("format") ?? "").trim().toLowerCase();
  return format !== "" && format !== "auto" && format !== "native";
}

// Starts the formats module when the response's first bytes look like a
// document it reads. The widget reads the response itself; this reads a copy.
function peek(response) {
  response
    .then((r) => r.clone().text())
    .then((text) => {
      const start = text.slice(0, 2048);
      if (FOREIGN_MARKS.some((mark) => start.includes(mark))) loadFormats().catch(() => {});
    })
    .catch(() => {});
}

// The `timeout` attribute as src/embed/source.rs reads it: a whole number of
// milliseconds, clamped to 100..=120000, 15000 when absent or unreadable.
function prefetchTimeout(element) {
  const text = (element.getAttribute("timeout") ?? "").trim();
  if (!/^\+?\d{1,10}$/.test(text) || Number(text) > 0xffffffff) return 15000;
  return Math.min(Math.max(Number(text), 100), 120000);
}

export function prefetchArticles() {
  if (typeof document === "undefined") return;
  // An element that says its document needs the formats module (its format
  // attribute, or from="page": a page's JSON-LD) starts it now, beside the wasm.
  for (const element of document.querySelectorAll("article-widget[format], article-widget[from='page']")) {
    if (element.getAttribute("loading") !== "lazy" && (namesForeignFormat(element) || element.getAttribute("from") === "page")) {
      loadFormats().catch(() => {});
      break;
    }
  }
  for (const element of document.querySelectorAll("article-widget[src]")) {
    const src = element.getAttribute("src");
    if (!src.trim() || element.getAttribute("loading") === "lazy" || element.getAttribute("from") === "page") continue;
    let url;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      continue;
    }
    if (prefetchPending.has(url)) continue;
    const timeout = prefetchTimeout(element);
    const response = fetch(url, { signal: AbortSignal.timeout(timeout) });
    // A failure is reported by the widget that takes the response; one nobody
    // takes must not reach the page as an unhandled rejection.
    response.catch(() => {});
    if (!namesForeignFormat(element)) peek(response);
    prefetchPending.set(url, { response, timeout });
  }
}

// Called once the wasm has started. Every widget in the document upgrades as
// it starts, and takes its response in its first step; what is left (a widget
// removed meanwhile, a second one with the same src) is dropped after that
// turn, so a later load of the same URL asks the server afresh.
export function dropPrefetched() {
  setTimeout(() => prefetchPending.clear(), 0);
}

// The response promise started for `url` with this timeout, once; undefined
// if there is none. Imported by the Rust side (src/embed/source.rs); the
// bundle holds one copy of this module, so it sees what the entry started.
export function takePrefetched(url, timeout) {
  const entry = prefetchPending.get(url);
  if (!entry || entry.timeout !== timeout) return undefined;
  prefetchPending.delete(url);
  return entry.response;
}
