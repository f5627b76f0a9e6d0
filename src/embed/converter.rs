//! The widget's second module, `article-widget-formats.js`: the JSON-LD,
//! JSON Feed, WordPress and Ghost adapters and the HTML converter, built
//! without Leptos (`src/bin/formats.rs`). `js/formats.js` imports it the
//! first time a document needs it (or earlier, when an element's `format`
//! says one will); it reads the document and hands back a native-format
//! one, which this module reads again as any native document.
//!
//! A build with the `converters` feature (the browser tests) reads them in
//! place instead, with no second module.

use wasm_bindgen::{prelude::wasm_bindgen, JsValue};

use crate::contract::Format;
use crate::formats::{self, Parsed};
use crate::state::Failure;

// Declared in every build: js/prefetch.js imports js/formats.js, and
// wasm-bindgen ships a snippet only when Rust names it.
#[cfg_attr(feature = "converters", allow(dead_code))]
#[wasm_bindgen(module = "/js/formats.js")]
extern "C" {
    /// The reply of the formats module's `convert` (`formats::to_converter_reply`).
    #[wasm_bindgen(catch)]
    async fn convert(text: &str, format: &str, item: Option<String>) -> Result<JsValue, JsValue>;
    /// The same for the page's own JSON-LD blocks (`from="page"`).
    #[wasm_bindgen(catch, js_name = convertPage)]
    async fn convert_page(blocks: Vec<String>) -> Result<JsValue, JsValue>;
}

/// `text`, a document in `format` (not native), read by the formats module.
#[cfg(not(feature = "converters"))]
pub(super) async fn document(text: &str, format: Format, item: Option<String>) -> Result<Parsed, Failure> {
    reply(convert(text, format.as_str(), item).await, format.as_str())
}

/// The article among the page's JSON-LD blocks, read by the formats module.
#[cfg(not(feature = "converters"))]
pub(super) async fn page(blocks: Vec<String>) -> Result<Parsed, Failure> {
    reply(convert_page(blocks).await, Format::JsonLd.as_str())
}

#[cfg(feature = "converters")]
pub(super) async fn document(text: &str, format: Format, item: Option<String>) -> Result<Parsed, Failure> {
    formats::parse(text, format, item.as_deref()).map_err(Failure::from)
}

#[cfg(feature = "converters")]
pub(super) async fn page(blocks: Vec<String>) -> Result<Parsed, Failure> {
    formats::parse_page_json_ld(&blocks).map_err(Failure::from)
}

#[cfg_attr(feature = "converters", allow(dead_code))]
fn reply(result: Result<JsValue, JsValue>, format: &str) -> Result<Parsed, Failure> {
    let reply = result.map_err(|error| {
        let reason = js_sys::Reflect::get(&error, &"message".into()).ok().and_then(|m| m.as_string());
        // js/formats.js says `retry: false` when a file arrived whole but is
        // not the one this build was made with: trying again cannot help.
        let retry = js_sys::Reflect::get(&error, &"retry".into()).ok().and_then(|r| r.as_bool()) != Some(false);
        Failure {
            message: format!(
                "Could not load the module that reads {format} documents (article-widget-formats.js): {}.",
                reason.as_deref().map(|r| r.trim_end_matches('.')).unwrap_or("it failed to start")
            ),
            path: None,
            // Otherwise a network failure; a retry imports it afresh.
            retry,
        }
    })?;
    formats::from_converter(&reply.as_string().unwrap_or_default()).map_err(|(message, path)| Failure {
        message,
        path,
        retry: false,
    })
}
