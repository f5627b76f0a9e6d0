// The widget's second module, article-widget-formats.js (with its wasm,
// article-widget-formats_bg.wasm), next to this bundle: the JSON-LD, JSON
// Feed, WordPress and Ghost adapters and the HTML converter. A page that
// shows only native articles never downloads it. It is imported the first
// time a widget needs it (src/embed/converter.rs), or earlier when an
// element's format attribute says it will be needed (js/prefetch.js); one
// import serves every widget in the page.
let formatsModule;

/**
 * Starts importing the formats module, once; a failed import is forgotten,
 * so a retry imports it afresh.
 */
export function loadFormats() {
  if (!formatsModule) {
    const url = new URL("./article-widget-formats.js", import.meta.url).href;
    formatsModule = import(url).then(async (module) => {
      await module.default();
      return module;
    });
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
