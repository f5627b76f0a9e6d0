// The widget's second module, article-widget-formats.js (with its wasm,
// article-widget-formats_bg.wasm), next to this bundle: the JSON-LD, JSON
// Feed, WordPress and Ghost adapters and the HTML converter. A page that
// shows only native articles never downloads it. It is imported the first
// time a widget needs it (src/embed/converter.rs), or earlier when an
// element's format attribute says it will be needed (js/prefetch.js); one
// import serves every widget in the page.
let formatsModule;

// The SHA-384 hashes of the files the widget loads after article-widget.js,
// baked in by scripts/finish-dist.mjs when it bundles that file (esbuild
// `define`): the main wasm, this formats module and its wasm. A page that
// pins article-widget.js with `integrity` so pins everything it runs; a
// changed or mismatched file is refused with the reason. Unbundled (the
// browser tests load these snippets as they are) there are none, and nothing
// is checked. They live here, in a file the Rust side imports, so that
// wasm-bindgen copies them wherever it copies this.
/* global __ARTICLE_WIDGET_INTEGRITY__ */
export const integrity = typeof __ARTICLE_WIDGET_INTEGRITY__ === "object" ? __ARTICLE_WIDGET_INTEGRITY__ : {};

/** `fetch(url)` checked against `hash` when there is one. */
export function fetchChecked(url, hash) {
  return fetch(url, hash ? { integrity: hash } : {});
}

/**
 * The SHA-384 of `response`'s body in the form `integrity` takes; null where
 * the page cannot compute it (crypto.subtle is only in secure contexts).
 */
async function digest(response) {
  try {
    const bytes = new Uint8Array(await crypto.subtle.digest("SHA-384", await response.arrayBuffer()));
    return "sha384-" + btoa(String.fromCharCode(...bytes));
  } catch {
    return null;
  }
}

/**
 * Why `url` could not be loaded, for a page's engineer, as an Error: fetched
 * again without the check, an answer that arrives whole and differs from
 * the hash this module was built with (or cannot be hashed here) means the
 * file was changed or belongs to another version, and then `retry` is false
 * (trying again cannot help); otherwise it is true.
 */
export async function notLoaded(url, hash, error) {
  const name = new URL(url).pathname.split("/").pop();
  const said = (message, retry = true) => Object.assign(new Error(message), { retry });
  let response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch {
    return said(`${name} could not be downloaded from ${url} (${error?.message ?? error}).`);
  }
  if (!response.ok) return said(`${name} could not be downloaded from ${url}: the server answered ${response.status}.`);
  if (hash && (await digest(response)) !== hash) {
    return said(
      `${name} at ${url} does not match the SHA-384 hash this article-widget.js was built with: the file was changed, or it belongs to another version. Serve the files of one release together.`,
      false,
    );
  }
  return said(`${name} from ${url} could not be started (${error?.message ?? error}).`);
}

/**
 * Starts importing the formats module, once; a failed import is forgotten,
 * so a retry imports it afresh.
 */
export function loadFormats() {
  if (!formatsModule) {
    const url = new URL("./article-widget-formats.js", import.meta.url).href;
    const wasm = new URL("./article-widget-formats_bg.wasm", import.meta.url).href;
    formatsModule = (async () => {
      // From another origin (a CDN), checked first, then imported: the
      // import finds the checked copy in the HTTP cache (an import cannot
      // carry an integrity hash itself). From the page's own origin it is
      // imported as it is: a bundler's dev server serves it rewritten (Vite
      // appends a source map), and that origin already serves the page. Its
      // wasm is checked wherever it comes from.
      if (integrity.formats && new URL(url).origin !== location.origin) {
        try {
          await fetchChecked(url, integrity.formats);
        } catch (error) {
          throw await notLoaded(url, integrity.formats, error);
        }
      }
      const module = await import(url);
      try {
        await module.default({ module_or_path: fetchChecked(wasm, integrity.formatsWasm) });
      } catch (error) {
        throw await notLoaded(wasm, integrity.formatsWasm, error);
      }
      return module;
    })();
    formatsModule.catch(() => {
      formatsModule = undefined;
    });
  }
  return formatsModule;
}

/** A document in `format`, read by the formats module: its reply, a JSON string. */
export async function convert(text, format, item) {
  return (await loadFormats()).convert(text, format, item);
}

/** The article among the page's JSON-LD blocks (`from="page"`). */
export async function convertPage(blocks) {
  return (await loadFormats()).convertPage(blocks);
}
