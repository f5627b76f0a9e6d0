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
/// prints, the migration path from any supported format. Reading it back
/// with [`parse_article`] gives an equal article.
///
/// ```
/// use article_widget::formats::to_native_json;
/// use article_widget::{model::Article, parse_article};
///
/// let article = Article { section: Some("Diplomacy".into()), ..Article::new("Talks reopen") };
/// let json = to_native_json(&article);
/// assert!(json.contains(r#""section": "Diplomacy""#));
/// assert_eq!(parse_article(&json)?.article, article);
/// # Ok::<(), article_widget::Error>(())
/// ```
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

/// Reads a native-format document (`docs/format.md` in the repository,
/// `schema/article.schema.json` its JSON Schema): the article, and a
/// [`Warning`] for every part that was dropped or changed on the way.
///
/// ```
/// use article_widget::parse_article;
///
/// let parsed = parse_article(r#"{
///     "headline": "Ferries return to Halvard",
///     "language": "es",
///     "authors": [{"name": "Ana Ruiz", "role": "Corresponsal"}],
///     "body": [{"type": "paragraph", "text": "Los transbordadores vuelven."}],
///     "related": [{"url": "javascript:alert(1)", "headline": "Not a link"}]
/// }"#)?;
/// assert_eq!(parsed.article.headline, "Ferries return to Halvard");
/// assert_eq!(parsed.article.authors[0].name, "Ana Ruiz");
/// assert_eq!(parsed.article.language.as_deref(), Some("es"));
/// // The unsafe link is dropped, and a warning names where it was.
/// assert!(parsed.article.related.is_empty());
/// assert_eq!(parsed.warnings[0].path, "article.related[0].url");
/// # Ok::<(), article_widget::Error>(())
/// ```
///
/// # Errors
///
/// [`Error::TooLarge`] or [`Error::Syntax`] for text that is not JSON within
/// the limits ([`parse_json`]); [`Error::Missing`], [`Error::WrongType`] or
/// [`Error::Invalid`], with the JSON path, for a document that has nothing
/// sensible to show (no headline, a field of the wrong type, text over its
/// limit):
///
/// ```
/// use article_widget::{parse_article, Error};
///
/// let error = parse_article(r#"{"dek": "No headline"}"#).unwrap_err();
/// assert_eq!(error, Error::Missing { path: "article.headline".into() });
/// assert_eq!(error.to_string(), "article.headline is required but missing");
/// ```
pub fn parse_article(json: &str) -> Result<Parsed, Error> {
    native::read(&parse_json(json)?)
}

/// Reads an already-parsed native-format document, as [`parse_article`]
/// does.
///
/// # Errors
///
/// As [`parse_article`], but for the size and syntax errors, which
/// [`parse_json`] reports.
pub fn read_native(value: &Value) -> Result<Parsed, Error> {
    native::read(value)
}

/// The format a document is read in: `format`, or for `auto` the one its
/// shape says ([`detect`]).
///
/// # Errors
///
/// [`Error::Invalid`] at `article` when `format` is `auto` and no format's
/// shape fits; the message lists what was looked for.
pub fn format_of(value: &Value, format: Format) -> Result<Format, Error> {
    match format {
        Format::Auto => detect(value),
        known => Ok(known),
    }
}

/// Reads a document in `format`. `item` picks an entry where a format holds
/// several (a feed, a list of posts): an index from 0 or an entry's id
/// (or a WordPress or Ghost post's slug); `None` for the first.
///
/// A WordPress REST API post (`/wp/v2/posts/<id>`), its HTML body converted
/// into blocks:
///
/// ```
/// use article_widget::formats::{parse, Format};
/// use article_widget::model::{Block, Inline};
///
/// let post = r#"{
///     "id": 42,
///     "link": "https://harbour.example/ferries",
///     "title": {"rendered": "Ferries &amp; freight return"},
///     "content": {"rendered": "<p>The first ferry <em>docked</em> at dawn.</p><script>alert(1)</script>"}
/// }"#;
/// let parsed = parse(post, Format::Auto, None)?;
/// assert_eq!(parsed.article.headline, "Ferries & freight return");
/// assert_eq!(parsed.article.url.as_deref(), Some("https://harbour.example/ferries"));
/// let Block::Paragraph { content } = &parsed.article.body[0] else { panic!() };
/// assert_eq!(content[1], Inline::Emphasis { content: vec![Inline::Text { text: "docked".into() }] });
/// assert_eq!(parsed.article.body.len(), 1, "the script is never kept");
/// # Ok::<(), article_widget::Error>(())
/// ```
///
/// schema.org JSON-LD, as a page's `<script type="application/ld+json">`
/// holds it:
///
/// ```
/// use article_widget::formats::{parse, Format};
///
/// let json_ld = r#"{
///     "@context": "https://schema.org",
///     "@type": "NewsArticle",
///     "headline": "Hafen öffnet wieder",
///     "inLanguage": "de",
///     "author": {"@type": "Person", "name": "Lena Marsh"},
///     "articleBody": "Erster Absatz.\n\nZweiter Absatz."
/// }"#;
/// let article = parse(json_ld, Format::JsonLd, None)?.article;
/// assert_eq!(article.language.as_deref(), Some("de"));
/// assert_eq!(article.authors[0].name, "Lena Marsh");
/// assert_eq!(article.body.len(), 2);
/// # Ok::<(), article_widget::Error>(())
/// ```
///
/// # Errors
///
/// As [`parse_article`]; also [`Error::Invalid`] at `article` when `format`
/// is `auto` and no format's shape fits ([`detect`]), or when `item` names
/// no entry.
#[cfg(feature = "converters")]
pub fn parse(text: &str, format: Format, item: Option<&str>) -> Result<Parsed, Error> {
    adapt(&parse_json(text)?, format, item)
}

/// Adapts an already-parsed document, as [`parse`] reads one.
///
/// # Errors
///
/// As [`parse`], but for the size and syntax errors, which [`parse_json`]
/// reports.
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
///
/// # Errors
///
/// [`Error::Invalid`] when no block holds an article node; otherwise as
/// [`parse`] for that node.
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
///
/// # Errors
///
/// The converter's error as `(message, path)`; or, for a reply that is not
/// one, a message saying the formats module's answer could not be read, and
/// no path.
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
