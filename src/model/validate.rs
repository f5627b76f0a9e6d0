//! From untrusted JSON to a valid [`Article`], naming the JSON path of every
//! problem.
//!
//! A problem that leaves nothing sensible to show (no headline, a wrong type,
//! a document over the limits) is an [`Error`]. A problem the widget can step
//! around (a block type it does not know, an unsafe URL, a bad date, more
//! cards than it keeps) is a [`Warning`]: the part is dropped and the rest
//! renders.

use serde_json::{Map, Value};

use super::limits::*;
use super::{check_url, UrlKind};
use super::{AdSize, Article, Author, Block, DateTime, Image, Inline, Site, SocialLink, StoryCard};

/// Why a document cannot be shown. Every variant but the first two names the
/// JSON path where the problem is, starting at `article`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    #[error("the document is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax { line: usize, column: usize, message: String },
    #[error("{path} is required but missing")]
    Missing { path: String },
    #[error("{path} should be {expected}, but is {found}")]
    WrongType { path: String, expected: &'static str, found: &'static str },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
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
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A valid article and what was dropped on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub article: Article,
    pub warnings: Vec<Warning>,
}

/// Parses and validates a native-format document.
pub fn parse_article(json: &str) -> Result<Parsed, Error> {
    validate_article(&parse_json(json)?)
}

/// Parses a JSON document of any format, within the size limit.
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

/// Validates an already-parsed native-format document.
pub fn validate_article(value: &Value) -> Result<Parsed, Error> {
    let mut reader = Reader::default();
    let article = reader.article(value)?;
    Ok(Parsed { article, warnings: reader.warnings })
}

/// A JSON number that is a whole number, written `2` or `2.0`.
fn whole_number(n: &serde_json::Number) -> Option<u64> {
    n.as_u64().or_else(|| n.as_f64().filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= 1e15).map(|f| f as u64))
}

fn type_name(value: &Value) -> &'static str {
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
            Some(value @ Value::Number(n)) => match whole_number(n) {
                Some(n @ 1..=20_000) => Ok(Some(n as u32)),
                _ => Err(wrong(&self.at(key), "a whole number of pixels from 1 to 20000", value)),
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

pub(crate) struct Reader {
    pub(crate) warnings: Vec<Warning>,
    /// Ad slots seen so far, to name them `ad-1`, `ad-2`, … in order.
    ads: usize,
}

impl Default for Reader {
    fn default() -> Self {
        Reader { warnings: Vec::new(), ads: 0 }
    }
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

    /// A date found at `path`: a malformed one is dropped with a warning.
    pub(crate) fn date(&mut self, text: &str, path: &str) -> Option<DateTime> {
        match DateTime::parse(text.trim()) {
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
        if items.len() > max {
            self.warn(obj.at(key), format!("{} {what}, only the first {max} are shown", items.len()));
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().take(max).enumerate() {
            if let Some(value) = read(self, item, &format!("{}[{i}]", obj.at(key)))? {
                out.push(value);
            }
        }
        Ok(out)
    }

    fn article(&mut self, value: &Value) -> Result<Article, Error> {
        let obj = Obj::new(value, "article")?;
        Ok(Article {
            id: obj.opt_str("id", MAX_SHORT_TEXT)?,
            url: self.opt_url(&obj, "url", UrlKind::Link)?,
            site: match obj.get("site") {
                None => None,
                Some(site) => self.site(site, &obj.at("site"))?,
            },
            section: obj.opt_str("section", MAX_SHORT_TEXT)?,
            headline: obj.req_str("headline", MAX_SHORT_TEXT)?,
            dek: obj.opt_str("dek", MAX_LONG_TEXT)?,
            published: self.opt_date(&obj, "published")?,
            updated: self.opt_date(&obj, "updated")?,
            language: self.language(&obj)?,
            hero: match obj.get("hero") {
                None => None,
                Some(hero) => self.image(hero, &obj.at("hero"))?,
            },
            authors: self.list(&obj, "authors", MAX_AUTHORS, "authors", |r, v, p| r.author(v, p).map(Some))?,
            body: self.body(&obj)?,
            related: self.list(&obj, "related", MAX_RELATED, "related stories", Self::story)?,
            trending: self.list(&obj, "trending", MAX_TRENDING, "trending stories", Self::story)?,
        })
    }

    fn site(&mut self, value: &Value, path: &str) -> Result<Option<Site>, Error> {
        let obj = Obj::new(value, path)?;
        Ok(Some(Site { name: obj.req_str("name", MAX_SHORT_TEXT)?, url: self.opt_url(&obj, "url", UrlKind::Link)? }))
    }

    /// A BCP 47 tag is letters, digits and hyphens; anything else would be a
    /// strange thing to put in a `lang` attribute, so it is dropped.
    fn language(&mut self, obj: &Obj) -> Result<Option<String>, Error> {
        let Some(tag) = obj.opt_str("language", LANGUAGE_READ_MAX)? else { return Ok(None) };
        Ok(self.language_tag(tag, &obj.at("language")))
    }

    /// A language tag found at `path`: a malformed one is dropped with a
    /// warning. Shared with the format adapters.
    pub(crate) fn language_tag(&mut self, tag: String, path: &str) -> Option<String> {
        let well_formed = tag.len() <= 35
            && tag
                .split('-')
                .all(|part| !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric()));
        if well_formed {
            Some(tag)
        } else {
            self.warn(path.to_owned(), format!("\"{tag}\" is not a language tag like \"en\" or \"pt-BR\"; ignored"));
            None
        }
    }

    /// An image; `Ok(None)` when its `src` was unsafe.
    pub(crate) fn image(&mut self, value: &Value, path: &str) -> Result<Option<Image>, Error> {
        let obj = Obj::new(value, path)?;
        let Some(src) = self.req_url(&obj, "src", UrlKind::Image, "image")? else { return Ok(None) };
        let alt = match obj.get("alt") {
            None => {
                self.warn(obj.at("alt"), "missing; the image is treated as decorative");
                String::new()
            }
            Some(_) => obj.opt_str("alt", MAX_SHORT_TEXT)?.unwrap_or_default(),
        };
        Ok(Some(Image {
            src,
            alt,
            width: obj.opt_dimension("width")?,
            height: obj.opt_dimension("height")?,
            caption: obj.opt_str("caption", MAX_LONG_TEXT)?,
            credit: obj.opt_str("credit", MAX_SHORT_TEXT)?,
        }))
    }

    pub(crate) fn author(&mut self, value: &Value, path: &str) -> Result<Author, Error> {
        let obj = Obj::new(value, path)?;
        Ok(Author {
            name: obj.req_str("name", MAX_SHORT_TEXT)?,
            role: obj.opt_str("role", MAX_SHORT_TEXT)?,
            bio: obj.opt_str("bio", MAX_LONG_TEXT)?,
            avatar: self.opt_url(&obj, "avatar", UrlKind::Image)?,
            url: self.opt_url(&obj, "url", UrlKind::Link)?,
            social: self.list(&obj, "social", MAX_SOCIAL, "social links", |r, v, p| {
                let link = Obj::new(v, p)?;
                let label = link.req_str("label", MAX_SHORT_TEXT)?;
                Ok(r.req_url(&link, "url", UrlKind::Link, "link")?.map(|url| SocialLink { label, url }))
            })?,
            stories: self.list(&obj, "stories", MAX_AUTHOR_STORIES, "stories", Self::story)?,
        })
    }

    /// A story card; `Ok(None)` when its URL was unsafe.
    pub(crate) fn story(&mut self, value: &Value, path: &str) -> Result<Option<StoryCard>, Error> {
        let obj = Obj::new(value, path)?;
        let headline = obj.req_str("headline", MAX_SHORT_TEXT)?;
        let Some(url) = self.req_url(&obj, "url", UrlKind::Link, "story")? else { return Ok(None) };
        Ok(Some(StoryCard {
            url,
            headline,
            kicker: obj.opt_str("kicker", MAX_SHORT_TEXT)?,
            image: match obj.get("image") {
                None => None,
                Some(image) => self.image(image, &obj.at("image"))?,
            },
            date: self.opt_date(&obj, "date")?,
            summary: obj.opt_str("summary", MAX_LONG_TEXT)?,
        }))
    }

    fn body(&mut self, obj: &Obj) -> Result<Vec<Block>, Error> {
        let items = obj.opt_array("body")?;
        if items.len() > MAX_BLOCKS {
            return Err(Error::Invalid {
                path: obj.at("body"),
                message: format!("{} blocks, more than the limit of {MAX_BLOCKS}", items.len()),
            });
        }
        let mut blocks = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(block) = self.block(item, &format!("article.body[{i}]"))? {
                blocks.push(block);
            }
        }
        Ok(blocks)
    }

    fn block(&mut self, value: &Value, path: &str) -> Result<Option<Block>, Error> {
        let obj = Obj::new(value, path)?;
        let kind = obj.req_str("type", 64)?;
        Ok(Some(match kind.as_str() {
            "paragraph" => Block::Paragraph { content: self.content(&obj, 0)? },
            "heading" => {
                let level = match obj.get("level") {
                    None => 2,
                    Some(Value::Number(n)) if matches!(whole_number(n), Some(2 | 3)) => {
                        whole_number(n).unwrap_or(2) as u8
                    }
                    Some(other) => return Err(wrong(&obj.at("level"), "2 or 3", other)),
                };
                Block::Heading { level, text: obj.req_str("text", MAX_SHORT_TEXT)? }
            }
            "quote" => Block::Quote {
                content: self.content(&obj, 0)?,
                attribution: obj.opt_str("attribution", MAX_SHORT_TEXT)?,
                pull: obj.opt_bool("pull")?.unwrap_or(false),
            },
            "list" => {
                let items = obj.opt_array("items")?;
                if items.len() > MAX_INLINES {
                    return Err(Error::Invalid {
                        path: obj.at("items"),
                        message: format!("more than {MAX_INLINES} items"),
                    });
                }
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(self.inlines_or_text(item, &format!("{path}.items[{i}]"), 0)?);
                }
                Block::List { ordered: obj.opt_bool("ordered")?.unwrap_or(false), items: out }
            }
            "figure" => {
                let Some(image) = obj.get("image") else { return Err(Error::Missing { path: obj.at("image") }) };
                match self.image(image, &obj.at("image"))? {
                    Some(image) => Block::Figure { image },
                    None => return Ok(None),
                }
            }
            "story" => {
                let Some(story) = obj.get("story") else { return Err(Error::Missing { path: obj.at("story") }) };
                match self.story(story, &obj.at("story"))? {
                    Some(story) => Block::Story { story },
                    None => return Ok(None),
                }
            }
            "ad" => {
                let size = match obj.opt_str("size", 32)?.as_deref() {
                    None | Some("rectangle") => AdSize::Rectangle,
                    Some("banner") => AdSize::Banner,
                    Some(other) => {
                        self.warn(obj.at("size"), format!("unknown ad size \"{other}\"; using \"rectangle\""));
                        AdSize::Rectangle
                    }
                };
                Block::Ad { slot: self.next_ad_slot(), size }
            }
            "divider" => Block::Divider,
            other => {
                self.warn(obj.at("type"), format!("unknown block type \"{other}\"; the block is skipped"));
                return Ok(None);
            }
        }))
    }

    /// A block's text: `"text": "…"` for plain text, or `"content": [...]`
    /// for formatted runs.
    fn content(&mut self, obj: &Obj, depth: usize) -> Result<Vec<Inline>, Error> {
        if let Some(text) = obj.get("text") {
            return self.inlines_or_text(text, &obj.at("text"), depth);
        }
        match obj.get("content") {
            Some(content) => self.inlines_or_text(content, &obj.at("content"), depth),
            None => Err(Error::Missing { path: obj.at("content") }),
        }
    }

    /// A string (plain text) or an array of inline runs.
    fn inlines_or_text(&mut self, value: &Value, path: &str, depth: usize) -> Result<Vec<Inline>, Error> {
        match value {
            Value::String(_) => Ok(vec![self.text_run(value, path)?]),
            Value::Array(items) => {
                if items.len() > MAX_INLINES {
                    return Err(Error::Invalid {
                        path: path.to_owned(),
                        message: format!("more than {MAX_INLINES} runs of text"),
                    });
                }
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    if let Some(inline) = self.inline(item, &format!("{path}[{i}]"), depth)? {
                        out.push(inline);
                    }
                }
                Ok(out)
            }
            other => Err(wrong(path, "a string or an array of text runs", other)),
        }
    }

    fn text_run(&mut self, value: &Value, path: &str) -> Result<Inline, Error> {
        match value {
            Value::String(s) if s.chars().count() > MAX_LONG_TEXT => Err(Error::Invalid {
                path: path.to_owned(),
                message: format!("longer than {MAX_LONG_TEXT} characters"),
            }),
            // Inline text keeps its spaces: "a " + <em>b</em> must stay two words.
            Value::String(s) => Ok(Inline::Text { text: s.clone() }),
            other => Err(wrong(path, "a string", other)),
        }
    }

    fn inline(&mut self, value: &Value, path: &str, depth: usize) -> Result<Option<Inline>, Error> {
        if value.is_string() {
            return self.text_run(value, path).map(Some);
        }
        if depth >= MAX_INLINE_DEPTH {
            return Err(Error::Invalid {
                path: path.to_owned(),
                message: format!("text formatting is nested more than {MAX_INLINE_DEPTH} levels deep"),
            });
        }
        let obj = Obj::new(value, path)?;
        let kind = obj.req_str("type", 64)?;
        Ok(Some(match kind.as_str() {
            "text" => {
                self.text_run(obj.get("text").ok_or_else(|| Error::Missing { path: obj.at("text") })?, &obj.at("text"))?
            }
            "em" => Inline::Emphasis { content: self.content(&obj, depth + 1)? },
            "strong" => Inline::Strong { content: self.content(&obj, depth + 1)? },
            "code" => Inline::Code { text: obj.req_str("text", MAX_LONG_TEXT)? },
            "sup" => Inline::Superscript { content: self.content(&obj, depth + 1)? },
            "sub" => Inline::Subscript { content: self.content(&obj, depth + 1)? },
            "br" => Inline::LineBreak,
            "link" => {
                let content = self.content(&obj, depth + 1)?;
                match self.opt_url(&obj, "href", UrlKind::Link)? {
                    Some(href) => Inline::Link { href, content },
                    // The words stay; only the unusable link goes.
                    None if obj.get("href").is_some() => {
                        if obj.opt_str("href", MAX_INPUT_BYTES)?.is_none() {
                            self.warn(obj.at("href"), "empty link address; the text is kept without the link");
                        }
                        Inline::Emphasis { content }.unwrap_plain()
                    }
                    None => return Err(Error::Missing { path: obj.at("href") }),
                }
            }
            other => {
                self.warn(obj.at("type"), format!("unknown text type \"{other}\"; skipped"));
                return Ok(None);
            }
        }))
    }
}

impl Inline {
    /// Keeps the text of a run whose formatting was dropped.
    fn unwrap_plain(self) -> Inline {
        let mut text = String::new();
        self.plain_text(&mut text);
        Inline::Text { text }
    }
}
