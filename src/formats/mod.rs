//! Input formats. Each is one adapter into the one [`model::Article`]; the
//! element's `format` attribute names one, or `auto` detects it from the
//! document's shape ([`detect`]).
//!
//! Every adapter, the native one included, reads through the same toolkit
//! (`read.rs`: `Obj`, `Reader`, `Error`, `Warning`), so every format gets the
//! same URL, date and size rules, and every problem names the JSON path in
//! the document as the publisher wrote it, from the root `article`.
//!
//! [`model::Article`]: crate::model::Article

// Without `converters` (the shipped widget's main module) only the native
// format is read here and the other adapters only recognise their
// documents; the converters module reads those.
#[cfg_attr(not(feature = "converters"), allow(dead_code))]
mod dates;
mod detect;
#[cfg_attr(not(feature = "converters"), allow(dead_code))]
mod ghost;
#[cfg_attr(not(feature = "converters"), allow(dead_code))]
pub mod html;
#[cfg_attr(not(feature = "converters"), allow(dead_code))]
mod jsonfeed;
#[cfg_attr(not(feature = "converters"), allow(dead_code))]
mod jsonld;
mod native;
pub(crate) mod read;
#[cfg_attr(not(feature = "converters"), allow(dead_code))]
mod wordpress;

use serde_json::Value;

pub use detect::detect;

pub use read::{parse_json, Error, Parsed, Warning};

pub use crate::contract::Format;

/// One input format: how `auto` recognises its documents and how they are
/// read. Each adapter file defines its own; a new format is a new file and
/// one line in [`ADAPTERS`].
pub(crate) struct Adapter {
    pub(crate) format: Format,
    /// Whether a document has this format's shape.
    pub(crate) looks_like: fn(&Value) -> bool,
    /// That shape in words, for the message when no format fits.
    pub(crate) clue: &'static str,
    /// Reads a document; `item` picks an entry where there are several.
    #[cfg(feature = "converters")]
    pub(crate) read: fn(&Value, Option<&str>) -> Result<Parsed, Error>,
}

/// Every format, in the order `auto` tries them: the formats with marks of
/// their own first, the native format (known only by its field names) last.
pub(crate) const ADAPTERS: &[Adapter] = &[
    jsonld::ADAPTER,
    jsonfeed::ADAPTER,
    wordpress::ADAPTER,
    ghost::ADAPTER,
    // Last: known only by its field names.
    native::ADAPTER,
];

/// An article as a native-format document: what `article-widget convert`
/// prints, the migration path from any supported format.
pub fn to_native_json(article: &crate::model::Article) -> String {
    native::write(article)
}

/// schema.org `NewsArticle` JSON-LD for an article, as search engines read
/// it: what `article-widget prerender` puts beside the article.
pub fn to_json_ld(article: &crate::model::Article) -> serde_json::Value {
    jsonld::json_ld(article)
}

/// A JSON object of the pairs that have a value.
#[cfg(feature = "ssr")]
pub(crate) use jsonld::object as json_object;

/// Reads a native-format document.
pub fn parse_article(json: &str) -> Result<Parsed, Error> {
    native::read(&parse_json(json)?)
}

/// Reads an already-parsed native-format document.
pub fn read_native(value: &Value) -> Result<Parsed, Error> {
    native::read(value)
}

/// The format a document is read in: `format`, or for `auto` the one its
/// shape says ([`detect`]).
pub fn format_of(value: &Value, format: Format) -> Result<Format, Error> {
    match format {
        Format::Auto => detect(value),
        known => Ok(known),
    }
}

/// Reads a document in `format`. `item` picks an entry where a format holds
/// several (a feed, a list of posts): an index from 0 or an entry's id.
#[cfg(feature = "converters")]
pub fn parse(text: &str, format: Format, item: Option<&str>) -> Result<Parsed, Error> {
    adapt(&parse_json(text)?, format, item)
}

/// Adapts an already-parsed document.
#[cfg(feature = "converters")]
pub fn adapt(value: &Value, format: Format, item: Option<&str>) -> Result<Parsed, Error> {
    let format = format_of(value, format)?;
    match ADAPTERS.iter().find(|adapter| adapter.format == format) {
        Some(adapter) => (adapter.read)(value, item),
        // Auto is never an adapter's format; detect answered with a real one.
        None => native::read(value),
    }
}

/// Reads the article among a page's own `application/ld+json` blocks
/// (`from="page"`). Blocks that are not valid JSON are skipped.
#[cfg(feature = "converters")]
pub fn parse_page_json_ld(blocks: &[String]) -> Result<Parsed, Error> {
    let values: Vec<Value> = blocks.iter().filter_map(|text| parse_json(text).ok()).collect();
    jsonld::parse_page(&values)
}

/// What the converters module hands the widget: `result` as a native-format
/// document, `{"article": …, "warnings": [{"path", "message"}]}`, or the
/// error that stopped it, `{"error": {"message", "path"}}` (the widget reads
/// it back with [`from_converter`]).
#[cfg(feature = "converters")]
pub fn to_converter_reply(result: Result<Parsed, Error>) -> String {
    let reply = match result {
        Ok(Parsed { article, warnings }) => serde_json::json!({
            "article": article,
            "warnings": warnings.iter().map(|w| serde_json::json!({"path": w.path, "message": w.message})).collect::<Vec<_>>(),
        }),
        Err(error) => serde_json::json!({"error": {"message": error.to_string(), "path": error.path()}}),
    };
    reply.to_string()
}

/// The converters module's reply ([`to_converter_reply`]) as the article,
/// read again as a native document, and the converter's warnings; or the
/// converter's error as a message and its JSON path.
pub fn from_converter(reply: &str) -> Result<Parsed, (String, Option<String>)> {
    let unreadable =
        |why: String| (format!("The formats module answered in a form this widget cannot read ({why})."), None);
    let value = parse_json(reply).map_err(|e| unreadable(e.to_string()))?;
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    if let Some(error) = value.get("error") {
        return Err((text(error, "message").unwrap_or_default(), text(error, "path")));
    }
    let article = value.get("article").ok_or_else(|| unreadable("no article".into()))?;
    let mut parsed = native::read(article).map_err(|e| unreadable(e.to_string()))?;
    let given = value.get("warnings").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    let mut warnings: Vec<Warning> = given
        .iter()
        .map(|w| Warning { path: text(w, "path").unwrap_or_default(), message: text(w, "message").unwrap_or_default() })
        .collect();
    warnings.append(&mut parsed.warnings);
    parsed.warnings = warnings;
    Ok(parsed)
}
