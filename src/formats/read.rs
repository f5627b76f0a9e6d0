//! The reading toolkit every format adapter shares: from untrusted JSON to
//! model values, naming the JSON path of every problem.
//!
//! A problem that leaves nothing sensible to show (no headline, a wrong type,
//! a document over the limits) is an [`Error`]. A problem the widget can step
//! around (a block type it does not know, an unsafe URL, a bad date, more
//! cards than it keeps) is a [`Warning`]: the part is dropped and the rest
//! renders.

use serde_json::{Map, Value};

use crate::model::limits::*;
use crate::model::{
    check_srcset_url, check_url, Article, Block, Candidate, DateTime, Image, Inline, StoryCard, UrlKind,
};

/// Why a document cannot be shown. Every variant but the first two names the
/// JSON path where the problem is, starting at `article`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The document is longer than [`MAX_INPUT_BYTES`] (5 MiB), so it is
    /// not parsed at all.
    #[error("the document is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// The document's length in bytes (UTF-8).
        size: usize,
        /// The limit, [`MAX_INPUT_BYTES`].
        limit: usize,
    },
    /// The document is not JSON (or nests deeper than 128 levels).
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// The line of the problem, from 1.
        line: usize,
        /// The column of the problem, from 1.
        column: usize,
        /// serde_json's description of it, without its position.
        message: String,
    },
    /// A required field is absent or `null` (`article.headline`).
    #[error("{path} is required but missing")]
    Missing {
        /// The field's JSON path (`article.authors[0].name`).
        path: String,
    },
    /// A field holds the wrong kind of JSON value.
    #[error("{path} should be {expected}, but is {found}")]
    WrongType {
        /// The field's JSON path.
        path: String,
        /// What it should be, in words ("a string", "2 or 3").
        expected: &'static str,
        /// What it is, in words ("a number", "null").
        found: &'static str,
    },
    /// A field has the right type but a value the widget cannot show: too
    /// long, empty where text is required, over a limit that is an error.
    #[error("{path}: {message}")]
    Invalid {
        /// The field's JSON path.
        path: String,
        /// What is wrong with it ("longer than 500 characters").
        message: String,
    },
}

impl Error {
    /// The JSON path of the problem, when it has one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::TooLarge { .. } | Error::Syntax { .. } => None,
            Error::Missing { path } | Error::WrongType { path, .. } | Error::Invalid { path, .. } => Some(path),
        }
    }
}

/// Something dropped or changed on the way in; the article still renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The JSON path of what was dropped or changed, from `article`
    /// (`article.related[1].url`).
    pub path: String,
    /// What happened to it ("URL scheme \"javascript:\" is not allowed
    /// here (only http, https, mailto); the story is dropped").
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A valid article and what was dropped on the way: what every reader
/// returns ([`parse_article`](crate::parse_article),
/// [`formats::parse`](crate::formats)).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The article, every value within the model's invariants.
    pub article: Article,
    /// What was dropped or changed, in document order; empty for a clean
    /// document.
    pub warnings: Vec<Warning>,
}

/// Parses a JSON document of any format, within the size limit.
///
/// # Errors
///
/// [`Error::TooLarge`] over [`MAX_INPUT_BYTES`], [`Error::Syntax`] for text
/// that is not JSON or nests deeper than 128 levels.
pub fn parse_json(json: &str) -> Result<Value, Error> {
    if json.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { size: json.len(), limit: MAX_INPUT_BYTES });
    }
    // serde_json stops at 128 levels of nesting, so a deep document fails
    // here instead of overflowing the stack.
    serde_json::from_str(json).map_err(|e| Error::Syntax {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })
}

/// serde_json appends " at line L column C"; the error says that itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// The document itself, or the first entry of a document that is a list
/// (a list of posts, an array of JSON-LD nodes): what detection looks at.
pub(crate) fn first_entry(value: &Value) -> &Value {
    match value {
        Value::Array(items) => items.first().unwrap_or(&Value::Null),
        other => other,
    }
}

/// A width or height within [`PIXELS`], from any whole number.
pub(crate) fn pixels(n: u64) -> Option<u32> {
    u32::try_from(n).ok().filter(|n| PIXELS.contains(n))
}

/// What a width or height should be, for messages.
pub(crate) const PIXELS_EXPECTED: &str = "a whole number of pixels from 1 to 20000";

/// A JSON number that is a whole number, written `2` or `2.0`.
pub(crate) fn whole_number(n: &serde_json::Number) -> Option<u64> {
    n.as_u64().or_else(|| n.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= 1e15).map(|f| f as u64))
}

pub(crate) fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// `path.key` for an identifier key, else `path["key"]`, so every path reads
/// as the JavaScript that would reach the value.
pub(crate) fn field_path(path: &str, key: &str) -> String {
    let identifier = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Value::from(key))
    }
}

pub(crate) fn wrong(path: &str, expected: &'static str, value: &Value) -> Error {
    Error::WrongType { path: path.to_owned(), expected, found: type_name(value) }
}

/// How much of a language field is read: a longer one is an error like any
/// over-long text; a shorter malformed one is dropped with a warning.
pub(crate) const LANGUAGE_READ_MAX: usize = MAX_SHORT_TEXT;

/// An object being read, with its path for messages. Shared by every format
/// adapter, so all formats are checked alike and name their own paths.
pub(crate) struct Obj<'a> {
    pub(crate) map: &'a Map<String, Value>,
    pub(crate) path: &'a str,
}

impl<'a> Obj<'a> {
    pub(crate) fn new(value: &'a Value, path: &'a str) -> Result<Self, Error> {
        match value {
            Value::Object(map) => Ok(Obj { map, path }),
            other => Err(wrong(path, "an object", other)),
        }
    }

    /// The path of a field: `path.key`, or `path["key"]` for a key that is
    /// not an identifier (`wp:featuredmedia`, `jetpack-related-posts`, `96`).
    pub(crate) fn at(&self, key: &str) -> String {
        field_path(self.path, key)
    }

    /// A field's value; `null` counts as absent.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub(crate) fn opt_str(&self, key: &str, max: usize) -> Result<Option<String>, Error> {
        let Some(value) = self.get(key) else { return Ok(None) };
        let Value::String(s) = value else { return Err(wrong(&self.at(key), "a string", value)) };
        let s = s.trim();
        if s.chars().count() > max {
            return Err(Error::Invalid { path: self.at(key), message: format!("longer than {max} characters") });
        }
        Ok((!s.is_empty()).then(|| s.to_owned()))
    }

    pub(crate) fn req_str(&self, key: &str, max: usize) -> Result<String, Error> {
        match self.opt_str(key, max)? {
            Some(s) => Ok(s),
            None if self.map.contains_key(key) => {
                Err(Error::Invalid { path: self.at(key), message: "must not be empty".into() })
            }
            None => Err(Error::Missing { path: self.at(key) }),
        }
    }

    pub(crate) fn opt_bool(&self, key: &str) -> Result<Option<bool>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(wrong(&self.at(key), "true or false", other)),
        }
    }

    pub(crate) fn opt_dimension(&self, key: &str) -> Result<Option<u32>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(value @ Value::Number(n)) => match whole_number(n).and_then(pixels) {
                Some(n) => Ok(Some(n)),
                None => Err(wrong(&self.at(key), PIXELS_EXPECTED, value)),
            },
            Some(other) => Err(wrong(&self.at(key), "a whole number of pixels", other)),
        }
    }

    pub(crate) fn opt_array(&self, key: &str) -> Result<&'a [Value], Error> {
        match self.get(key) {
            None => Ok(&[]),
            Some(Value::Array(items)) => Ok(items),
            Some(other) => Err(wrong(&self.at(key), "an array", other)),
        }
    }
}

#[derive(Default)]
pub(crate) struct Reader {
    pub(crate) warnings: Vec<Warning>,
    /// Ad slots seen so far, to name them `ad-1`, `ad-2`, … in order.
    ads: usize,
    /// Dates in publishers' forms are accepted (every format but native).
    lenient_dates: bool,
}

impl Reader {
    pub(crate) fn warn(&mut self, path: String, message: impl Into<String>) {
        self.warnings.push(Warning { path, message: message.into() });
    }

    /// A URL found at `path`: an unsafe one is dropped with a warning.
    pub(crate) fn url(&mut self, raw: &str, path: &str, kind: UrlKind) -> Option<String> {
        match check_url(raw, kind) {
            Ok(url) => Some(url),
            Err(why) => {
                self.warn(path.to_owned(), format!("{why}; dropped"));
                None
            }
        }
    }

    /// A reader for a publisher's format: dates as their systems write them
    /// ([`super::dates`]) are mended into RFC 3339 before they are parsed.
    pub(crate) fn lenient() -> Reader {
        Reader { lenient_dates: true, ..Reader::default() }
    }

    /// A date found at `path`: a malformed one is dropped with a warning.
    pub(crate) fn date(&mut self, text: &str, path: &str) -> Option<DateTime> {
        let mended = if self.lenient_dates { super::dates::normalise(text) } else { None };
        match DateTime::parse(mended.as_deref().unwrap_or(text).trim()) {
            Ok(date) => Some(date),
            Err(why) => {
                self.warn(path.to_owned(), format!("\"{text}\": {why}; the date is not shown"));
                None
            }
        }
    }

    /// The next ad slot's name: `ad-1`, `ad-2`, … in document order.
    pub(crate) fn next_ad_slot(&mut self) -> String {
        self.ads += 1;
        format!("ad-{}", self.ads)
    }

    /// An optional URL field: an unsafe one is dropped with a warning.
    pub(crate) fn opt_url(&mut self, obj: &Obj, key: &str, kind: UrlKind) -> Result<Option<String>, Error> {
        // Length is check_url's to judge, so an over-long URL is dropped with
        // a warning like any other unusable one.
        let Some(raw) = obj.opt_str(key, MAX_INPUT_BYTES)? else { return Ok(None) };
        Ok(self.url(&raw, &obj.at(key), kind))
    }

    /// A URL the containing item cannot do without: `Ok(None)` means the
    /// item is dropped (the warning is already given).
    pub(crate) fn req_url(&mut self, obj: &Obj, key: &str, kind: UrlKind, item: &str) -> Result<Option<String>, Error> {
        let raw = obj.req_str(key, MAX_INPUT_BYTES)?;
        match check_url(&raw, kind) {
            Ok(url) => Ok(Some(url)),
            Err(why) => {
                self.warn(obj.at(key), format!("{why}; the {item} is dropped"));
                Ok(None)
            }
        }
    }

    pub(crate) fn opt_date(&mut self, obj: &Obj, key: &str) -> Result<Option<DateTime>, Error> {
        let Some(text) = obj.opt_str(key, MAX_SHORT_TEXT)? else { return Ok(None) };
        Ok(self.date(&text, &obj.at(key)))
    }

    /// Reads a list, keeping at most `max` items that `read` accepts.
    pub(crate) fn list<T>(
        &mut self,
        obj: &Obj,
        key: &str,
        max: usize,
        what: &str,
        mut read: impl FnMut(&mut Self, &Value, &str) -> Result<Option<T>, Error>,
    ) -> Result<Vec<T>, Error> {
        let items = obj.opt_array(key)?;
        self.cap(obj.at(key), items.len(), max, what);
        let mut out = Vec::new();
        for (i, item) in items.iter().take(max).enumerate() {
            if let Some(value) = read(self, item, &format!("{}[{i}]", obj.at(key)))? {
                out.push(value);
            }
        }
        Ok(out)
    }

    /// The one rule for every list the widget keeps only the start of: when
    /// `count` items at `path` are more than `max`, one warning, in one
    /// wording ("12 authors, only the first 10 are shown").
    pub(crate) fn cap(&mut self, path: String, count: usize, max: usize, what: &str) {
        if count > max {
            self.warn(path, format!("{count} {what}, only the first {max} are shown"));
        }
    }

    /// An image's `srcset` from other renditions of it a format lists
    /// (WordPress's media sizes, JSON-LD's ImageObjects), the one rule:
    /// only renditions of the same shape as the image (a square thumbnail
    /// is another crop, not a smaller copy), the image's own size among
    /// them, one a width, narrowest first, at most `MAX_SRCSET` (one
    /// warning at `path` when more).
    pub(crate) fn srcset_of(
        &mut self,
        image: &Image,
        renditions: impl IntoIterator<Item = (String, u32, u32)>,
        path: &str,
    ) -> Vec<Candidate> {
        let Some((width, height)) = image.width.zip(image.height) else { return Vec::new() };
        let same_shape = |w: u32, h: u32| {
            (u64::from(w) * u64::from(height)).abs_diff(u64::from(width) * u64::from(h)) <= u64::from(w.max(width))
        };
        let mut out: Vec<Candidate> = Vec::new();
        let own = std::iter::once((image.src.clone(), width, height));
        for (url, w, h) in own.chain(renditions) {
            if same_shape(w, h) && !out.iter().any(|c| c.width == w) {
                if let Ok(url) = check_srcset_url(&url) {
                    out.push(Candidate { url, width: w });
                }
            }
        }
        if out.len() < 2 {
            return Vec::new();
        }
        out.sort_by_key(|c| c.width);
        self.cap(path.to_owned(), out.len(), MAX_SRCSET, "renditions of one image");
        out.truncate(MAX_SRCSET);
        out
    }

    /// An image's alt text from `key`, the one alt-text rule: absent (or
    /// null) is worth a warning and makes the image decorative; present but
    /// empty is the publisher saying it is decorative.
    pub(crate) fn alt(&mut self, obj: &Obj, key: &str) -> Result<String, Error> {
        match obj.get(key) {
            None => {
                self.warn(obj.at(key), "missing; the image is treated as decorative");
                Ok(String::new())
            }
            Some(_) => Ok(obj.opt_str(key, MAX_SHORT_TEXT)?.unwrap_or_default()),
        }
    }

    /// Related-story cards made from a document's other entries (a feed's
    /// other items, a list's other posts), the one rule for every format:
    /// after the cards `article` already has, in document order, the chosen
    /// entry left out, each story once and never the article itself, at most
    /// `MAX_RELATED` in all, with one warning at `path` when some are left out.
    pub(crate) fn related_entries(
        &mut self,
        article: &mut Article,
        entries: &[Value],
        chosen: usize,
        path: &str,
        path_of: impl Fn(usize) -> String,
        mut card: impl FnMut(&mut Self, &Value, &str) -> Result<Option<StoryCard>, Error>,
    ) -> Result<(), Error> {
        let others = entries.len().saturating_sub(1);
        let room = MAX_RELATED.saturating_sub(article.related.len());
        self.cap(path.to_owned(), article.related.len() + others, MAX_RELATED, "related stories");
        for (i, entry) in entries.iter().enumerate().filter(|&(i, _)| i != chosen).take(room) {
            if let Some(card) = card(self, entry, &path_of(i))? {
                article.related.push(card);
            }
        }
        let mut seen: Vec<String> = article.url.iter().cloned().collect();
        article.related.retain(|card| {
            let fresh = !seen.contains(&card.url);
            seen.push(card.url.clone());
            fresh
        });
        Ok(())
    }

    /// A language tag found at `path`: a malformed one is dropped with a
    /// warning. Shared with the format adapters.
    pub(crate) fn language_tag(&mut self, tag: String, path: &str) -> Option<String> {
        if is_language_tag(&tag) {
            Some(tag)
        } else {
            self.warn(path.to_owned(), format!("\"{tag}\" is not a language tag like \"en\" or \"pt-BR\"; ignored"));
            None
        }
    }
}

/// Whether `tag` is shaped as a BCP 47 language tag: subtags of 1 to 8
/// ASCII letters or digits joined by hyphens, 35 characters at most.
pub(crate) fn is_language_tag(tag: &str) -> bool {
    tag.len() <= 35
        && tag
            .split('-')
            .all(|part| !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether `s` is shaped as a MIME type's essence (`video/mp4`): a type and
/// a subtype, no control character or quote, 255 characters at most.
pub(crate) fn is_mime_type(s: &str) -> bool {
    s.len() <= 255
        && s.split_once('/').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && !s.contains(|c: char| c.is_control() || c == '"')
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
    let text = super::html::html_to_text(html).split_ascii_whitespace().collect::<Vec<_>>().join(" ");
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

/// The one rule for relative URLs in an entry's HTML (a feed item's
/// `content_html`, a post's `html` or `content.rendered`): they were written
/// for the page the entry was published on, so they resolve against it, as
/// feed readers resolve them. `page` is that page's URL, which may itself be
/// relative (then what this leaves relative resolves, later, against the
/// document, as the page does); with no page they stay as they are, for the
/// document's URL. The entry's other fields (its image, its authors' links)
/// are values in the document, not in the HTML, and resolve against the
/// document with the rest of the article ([`Article::resolve_urls`]).
pub(crate) fn resolve_entry_html(body: &mut [Block], page: Option<&str>) {
    if let Some(page) = page {
        body.iter_mut().for_each(|block| block.resolve_urls(page));
    }
}

/// Plain text into paragraphs: blank lines separate them; a text with no
/// blank line has one paragraph a line. JSON-LD's
/// `articleBody` and JSON Feed's `content_text`.
pub(crate) fn text_paragraphs(text: &str, path: &str) -> Result<Vec<Block>, Error> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.trim().lines().map(str::trim).collect();
    let blank_separated = lines.iter().any(|line| line.is_empty());
    let paragraphs: Vec<String> = if blank_separated {
        lines.split(|line| line.is_empty()).filter(|group| !group.is_empty()).map(|group| group.join(" ")).collect()
    } else {
        lines.iter().filter(|line| !line.is_empty()).map(|line| (*line).to_owned()).collect()
    };
    if paragraphs.len() > MAX_BLOCKS {
        return Err(Error::Invalid {
            path: path.to_owned(),
            message: format!("{} paragraphs, more than the limit of {MAX_BLOCKS} blocks", paragraphs.len()),
        });
    }
    if let Some(i) = paragraphs.iter().position(|p| p.chars().count() > MAX_LONG_TEXT) {
        return Err(Error::Invalid {
            path: path.to_owned(),
            message: format!("paragraph {} is longer than {MAX_LONG_TEXT} characters", i + 1),
        });
    }
    Ok(paragraphs.into_iter().map(|text| Block::Paragraph { content: vec![Inline::Text { text }] }).collect())
}

/// Text that a publisher's system wrote for an HTML page into a field that is
/// plain text (`It&#8217;s`, `News &amp; Politics`, `Read <a href=…>here</a>`):
/// entities decoded and markup dropped, as feed readers do, when it holds
/// any; otherwise as it is. The one rule for the plain-text fields of every
/// format but the native one, whose text is text by contract.
pub(crate) fn decoded(text: String) -> String {
    if text.contains(['&', '<']) {
        super::html::text(&text)
    } else {
        text
    }
}

/// [`decoded`] for text whose line breaks matter (a JSON-LD `articleBody`,
/// split into paragraphs afterwards): each line on its own.
pub(crate) fn decoded_lines(text: String) -> String {
    if text.contains(['&', '<']) {
        text.lines().map(super::html::text).collect::<Vec<_>>().join("\n")
    } else {
        text
    }
}

/// A person's name as a byline shows it: a leading "By " that the
/// publisher's system put in the name field is dropped, since the byline
/// says "By" itself.
pub(crate) fn person_name(name: String) -> String {
    match name.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => name.get(3..).unwrap_or_default().trim_start().to_owned(),
        _ => name,
    }
}
