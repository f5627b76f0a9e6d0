//! `article-widget-formats`: the widget's second module. It reads every
//! format but the native one (JSON-LD, JSON Feed, WordPress, Ghost, with the
//! HTML converter) and answers with a native-format document, which the main
//! module reads as it reads any native article (`src/embed/converter.rs`).
//! Built by Trunk without Leptos (`converter-module`); a page imports it only
//! when a document needs it (`js/formats.js`).

use article_widget::contract::Format;
use article_widget::formats;
use wasm_bindgen::prelude::wasm_bindgen;

/// `text` read as `format` (a name the `format` attribute takes; `item`
/// picks an entry), as the reply `formats::to_converter_reply` writes.
#[wasm_bindgen]
pub fn convert(text: &str, format: &str, item: Option<String>) -> String {
    let result = match Format::from_attribute(Some(format)) {
        Some(format) => formats::parse(text, format, item.as_deref()),
        None => {
            Err(formats::Error::Invalid { path: "article".into(), message: format!("unknown format \"{format}\"") })
        }
    };
    formats::to_converter_reply(result)
}

/// The article among a page's `application/ld+json` blocks.
#[wasm_bindgen(js_name = convertPage)]
pub fn convert_page(blocks: Vec<String>) -> String {
    formats::to_converter_reply(formats::parse_page_json_ld(&blocks))
}

fn main() {}
