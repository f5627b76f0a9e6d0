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

mod dates;
mod detect;
mod ghost;
pub mod html;
mod jsonfeed;
mod jsonld;
mod native;
pub(crate) mod read;
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

/// Reads a document in `format`. `item` picks an entry where a format holds
/// several (a feed, a list of posts): an index from 0 or an entry's id.
pub fn parse(text: &str, format: Format, item: Option<&str>) -> Result<Parsed, Error> {
    adapt(&parse_json(text)?, format, item)
}

/// Adapts an already-parsed document.
pub fn adapt(value: &Value, format: Format, item: Option<&str>) -> Result<Parsed, Error> {
    let format = match format {
        Format::Auto => detect(value)?,
        known => known,
    };
    match ADAPTERS.iter().find(|adapter| adapter.format == format) {
        Some(adapter) => (adapter.read)(value, item),
        // Auto is never an adapter's format; detect answered with a real one.
        None => native::read(value),
    }
}

/// Reads the article among a page's own `application/ld+json` blocks
/// (`from="page"`). Blocks that are not valid JSON are skipped.
pub fn parse_page_json_ld(blocks: &[String]) -> Result<Parsed, Error> {
    let values: Vec<Value> = blocks.iter().filter_map(|text| parse_json(text).ok()).collect();
    jsonld::parse_page(&values)
}
