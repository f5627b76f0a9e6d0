//! Input formats. Each is one adapter into the one [`model::Article`]; the
//! element's `format` attribute names one, or `auto` detects it from the
//! document's shape ([`detect`]).
//!
//! Every adapter, the native one included, reads through the same toolkit
//! ([`read`]: `Obj`, `Reader`, `Error`, `Warning`), so every format gets the
//! same URL, date and size rules, and every problem names the JSON path in
//! the document as the publisher wrote it, from the root `article`.
//!
//! [`model::Article`]: crate::model::Article

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

/// A format the widget reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Detect the format from the document's shape.
    Auto,
    /// The project's own format (`schema/article.schema.json`).
    Native,
    /// schema.org NewsArticle / Article / BlogPosting in JSON-LD.
    JsonLd,
    /// JSON Feed 1.1 or 1.0: a whole feed or one item.
    JsonFeed,
    /// WordPress REST API posts (`/wp/v2/posts/<id>?_embed` or the list).
    WordPress,
    /// Ghost Content API `posts` response.
    Ghost,
}

impl Format {
    /// The format an element's `format` attribute names; `None` if unknown.
    pub fn from_attribute(value: Option<&str>) -> Option<Format> {
        Some(match value.map(str::trim).unwrap_or("").to_ascii_lowercase().as_str() {
            "" | "auto" => Format::Auto,
            "native" => Format::Native,
            "jsonld" | "json-ld" => Format::JsonLd,
            "jsonfeed" | "json-feed" => Format::JsonFeed,
            "wordpress" => Format::WordPress,
            "ghost" => Format::Ghost,
            _ => return None,
        })
    }
}

/// The names `format` accepts, for error messages.
pub const FORMAT_NAMES: &str = "auto, native, jsonld, jsonfeed, wordpress, ghost";

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
    match format {
        Format::Auto | Format::Native => native::read(value),
        Format::JsonLd => jsonld::parse(value, item),
        Format::JsonFeed => jsonfeed::parse(value, item),
        Format::WordPress => wordpress::parse(value, item),
        Format::Ghost => ghost::parse(value, item),
    }
}

/// Reads the article among a page's own `application/ld+json` blocks
/// (`from="page"`). Blocks that are not valid JSON are skipped.
pub fn parse_page_json_ld(blocks: &[String]) -> Result<Parsed, Error> {
    let values: Vec<Value> = blocks.iter().filter_map(|text| parse_json(text).ok()).collect();
    jsonld::parse_page(&values)
}
