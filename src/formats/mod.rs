//! Input formats. Each is one adapter into the one [`model::Article`]; the
//! element's `format` attribute names one, or `auto` detects it from the
//! document's shape ([`detect`]).
//!
//! Adapters read through the same helpers as the native validator
//! (`model::validate::{Obj, Reader}`), so every format gets the same URL,
//! date and size rules, and every problem names the JSON path in the
//! document as the publisher wrote it, from the root `article`.
//!
//! [`model::Article`]: crate::model::Article

mod detect;
mod ghost;
pub(crate) mod html;
mod jsonfeed;
mod jsonld;
mod wordpress;

use serde_json::Value;

pub use detect::detect;
#[doc(hidden)]
pub use html::{html_blocks_for_test, html_inlines_for_test, html_text_for_test};

use crate::model::limits::MAX_INPUT_BYTES;
use crate::model::validate::{Obj, Reader};
use crate::model::{self, check_url, Error, Parsed, UrlKind};

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

/// Reads a document in `format`. `item` picks an entry where a format holds
/// several (a feed, a list of posts): an index from 0 or an entry's id.
pub fn parse(text: &str, format: Format, item: Option<&str>) -> Result<Parsed, Error> {
    adapt(&model::parse_json(text)?, format, item)
}

/// Adapts an already-parsed document.
pub fn adapt(value: &Value, format: Format, item: Option<&str>) -> Result<Parsed, Error> {
    let format = match format {
        Format::Auto => detect(value)?,
        known => known,
    };
    match format {
        Format::Auto | Format::Native => model::validate_article(value),
        Format::JsonLd => jsonld::parse(value, item),
        Format::JsonFeed => jsonfeed::parse(value, item),
        Format::WordPress => wordpress::parse(value, item),
        Format::Ghost => ghost::parse(value, item),
    }
}

/// The index of the entry `item` names among `entries` (at JSON path
/// `path`): a number below the count is an index from 0; otherwise the entry
/// whose `id` or `slug` equals it. No `item` picks the first entry.
pub(crate) fn pick_entry(entries: &[Value], item: Option<&str>, path: &str, what: &str) -> Result<usize, Error> {
    if entries.is_empty() {
        return Err(Error::Invalid { path: path.to_owned(), message: format!("has no {what}") });
    }
    let Some(wanted) = item.map(str::trim).filter(|s| !s.is_empty()) else { return Ok(0) };
    if let Ok(index) = wanted.parse::<usize>() {
        if index < entries.len() {
            return Ok(index);
        }
    }
    let names = |entry: &Value, key: &str| match entry.get(key) {
        Some(Value::String(s)) => s.trim() == wanted,
        Some(Value::Number(n)) => n.to_string() == wanted,
        _ => false,
    };
    entries.iter().position(|entry| names(entry, "id") || names(entry, "slug")).ok_or_else(|| Error::Invalid {
        path: path.to_owned(),
        message: format!(
            "no entry \"{wanted}\" among {} {what}: item takes an index from 0 to {}, an id or a slug",
            entries.len(),
            entries.len() - 1
        ),
    })
}

/// HTML found at `path` (a title, an excerpt, a caption) as one line of
/// plain text: markup dropped, entities decoded. Over `max` characters once
/// decoded is an error, as for any text field.
pub(crate) fn plain(html: &str, path: &str, max: usize) -> Result<Option<String>, Error> {
    let text = html::html_to_text(html).split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > max {
        return Err(Error::Invalid {
            path: path.to_owned(),
            message: format!("longer than {max} characters once its markup is dropped"),
        });
    }
    Ok((!text.is_empty()).then_some(text))
}

/// The link of a related-story card made from another entry of a document:
/// missing or unsafe drops that card, with a warning, never the article.
pub(crate) fn card_url(reader: &mut Reader, obj: &Obj, key: &str) -> Result<Option<String>, Error> {
    // Length is check_url's to judge, as in `Reader::opt_url`.
    let Some(raw) = obj.opt_str(key, MAX_INPUT_BYTES)? else {
        reader.warn(obj.at(key), "missing; the story is skipped");
        return Ok(None);
    };
    match check_url(&raw, UrlKind::Link) {
        Ok(url) => Ok(Some(url)),
        Err(why) => {
            reader.warn(obj.at(key), format!("{why}; the story is dropped"));
            Ok(None)
        }
    }
}

/// Reads the article among a page's own `application/ld+json` blocks
/// (`from="page"`). Blocks that are not valid JSON are skipped.
pub fn parse_page_json_ld(blocks: &[String]) -> Result<Parsed, Error> {
    let values: Vec<Value> = blocks.iter().filter_map(|text| model::parse_json(text).ok()).collect();
    jsonld::parse_page(&values)
}
