//! schema.org `NewsArticle` and its kin in JSON-LD, as publishers already
//! embed it for search engines: one node, an array of nodes, or a `@graph`
//! whose nodes point at each other by `@id` (Yoast SEO, Rank Math).
//!
//! - Vocabulary: <https://schema.org/NewsArticle>, <https://schema.org/ImageObject>
//! - Shapes publishers use: <https://developers.google.com/search/docs/appearance/structured-data/article>
//! - `@graph` and node references: <https://www.w3.org/TR/json-ld11/#named-graphs>,
//!   <https://www.w3.org/TR/json-ld11/#node-identifiers>
//!
//! Paths in messages name the document as written, through the shared
//! `field_path` (`article["@graph"][2].headline`). A value read through a
//! reference is named where its node is defined, since that is where the
//! publisher would fix it.
//!
//! JSON-LD is read as plain JSON: no remote `@context` is fetched, and
//! compact IRIs are matched by their last segment (`schema:NewsArticle`).

// Node indices here come from this module's own node list, never from the
// input, so indexing cannot go out of bounds.
#![allow(clippy::indexing_slicing)]

pub(crate) use write::json_ld;
#[cfg(feature = "ssr")]
pub(crate) use write::object;

mod write;

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::read::{
    decoded, decoded_lines, field_path, person_name, text_paragraphs, wrong, Obj, Reader, LANGUAGE_READ_MAX,
};
use super::read::{first_entry, Error, Parsed};
use super::{Adapter, Format};
use crate::model::limits::*;
use crate::model::{check_url, Article, Author, Block, DateTime, Image, Site, SocialLink, StoryCard, UrlKind};

/// schema.org JSON-LD: a node with a `@context`, `@type` or `@graph` (in an
/// array, the first).
pub(super) const ADAPTER: Adapter = Adapter {
    format: Format::JsonLd,
    looks_like: |value| {
        let first = first_entry(value);
        ["@context", "@graph", "@type"].iter().any(|key| first.get(key).is_some())
    },
    clue: "\"@context\"/\"@type\"/\"@graph\" (schema.org JSON-LD)",
    #[cfg(feature = "converters")]
    read: parse,
};

/// schema.org types read as an article: `Article` and every type below it
/// (<https://schema.org/Article>, "More specific Types"), the postings
/// included (`SocialMediaPosting`, `BlogPosting`, `LiveBlogPosting`,
/// `DiscussionForumPosting`), as publishers' pages use them all.
pub(crate) const ARTICLE_TYPES: [&str; 19] = [
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "TechArticle",
    "APIReference",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "Report",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "SocialMediaPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
];

/// Adapts a JSON-LD document into the model. `item` picks among several
/// article nodes: an index from 0, or a node's `@id` or `url`.
pub(crate) fn parse(value: &Value, item: Option<&str>) -> Result<Parsed, Error> {
    let graph = Graph::new(std::slice::from_ref(value));
    let node = graph.pick(item)?;
    read(&graph, &node)
}

/// Picks the first article node among a page's JSON-LD blocks
/// (`from="page"`). One block is named `article`; several are named as one
/// array, `article[0]`, `article[1]`, … in page order.
pub(crate) fn parse_page(blocks: &[Value]) -> Result<Parsed, Error> {
    if blocks.is_empty() {
        return Err(Error::Invalid {
            path: "article".into(),
            message: "the page has no <script type=\"application/ld+json\"> block holding valid JSON".into(),
        });
    }
    let graph = Graph::new(blocks);
    let node = graph.pick(None)?;
    read(&graph, &node)
}

fn read(graph: &Graph, node: &Node) -> Result<Parsed, Error> {
    let mut ld = Ld { graph, reader: Reader::lenient() };
    let article = ld.article(node)?;
    Ok(Parsed { article, warnings: ld.reader.warnings })
}

/// Nesting followed when indexing; article data is never this deep, and the
/// bound keeps a hostile document from exhausting the stack.
const MAX_DEPTH: usize = 64;

/// An object in the document, with the path where it is written.
#[derive(Clone)]
struct Node<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

/// Every node of the document, indexed once up front. References are then
/// single lookups in `by_id`, never a traversal, so a cycle of references
/// cannot loop.
struct Graph<'a> {
    nodes: Vec<Node<'a>>,
    /// `@id` → the fullest node with that id (a reference that repeats a few
    /// fields, like Yoast's `"author": {"name": …, "@id": …}`, defers to the
    /// full definition).
    by_id: HashMap<&'a str, usize>,
    /// `url` → a node with a headline or name, for naming related links.
    by_url: HashMap<&'a str, usize>,
    /// Article nodes in document order, each once.
    articles: Vec<usize>,
    /// `@type`s seen, for the message when there is no article.
    types: Vec<&'a str>,
    /// The root, when it is a single object (a node without `@type` that
    /// still has a headline is read as the article).
    root: Option<&'a Map<String, Value>>,
}

impl<'a> Graph<'a> {
    fn new(documents: &'a [Value]) -> Self {
        let mut graph = Graph {
            nodes: Vec::new(),
            by_id: HashMap::new(),
            by_url: HashMap::new(),
            articles: Vec::new(),
            types: Vec::new(),
            root: None,
        };
        if let [only] = documents {
            graph.root = only.as_object();
            graph.walk(only, &mut String::from("article"), 0);
        } else {
            for (i, document) in documents.iter().enumerate() {
                graph.walk(document, &mut format!("article[{i}]"), 0);
            }
        }
        let mut seen = HashSet::new();
        let articles = std::mem::take(&mut graph.articles);
        for index in articles {
            let canonical = id_of(graph.nodes[index].map)
                .and_then(|id| graph.by_id.get(id).copied())
                .filter(|&full| is_article(graph.nodes[full].map))
                .unwrap_or(index);
            if seen.insert(canonical) {
                graph.articles.push(canonical);
            }
        }
        graph
    }

    fn walk(&mut self, value: &'a Value, path: &mut String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if item.is_object() || item.is_array() {
                        let len = path.len();
                        path.push_str(&format!("[{i}]"));
                        self.walk(item, path, depth + 1);
                        path.truncate(len);
                    }
                }
            }
            Value::Object(map) => {
                if !is_reference(map) && (map.contains_key("@id") || map.contains_key("@type")) {
                    self.add(map, path);
                }
                for (key, item) in map {
                    if item.is_object() || item.is_array() {
                        let len = path.len();
                        path.push_str(&field_path("", key));
                        self.walk(item, path, depth + 1);
                        path.truncate(len);
                    }
                }
            }
            _ => {}
        }
    }

    fn add(&mut self, map: &'a Map<String, Value>, path: &str) {
        let index = self.nodes.len();
        self.nodes.push(Node { map, path: path.to_owned() });
        if let Some(id) = id_of(map) {
            let fuller = |nodes: &[Node], other: usize| nodes[other].map.len() < map.len();
            match self.by_id.get(id) {
                Some(&other) if !fuller(&self.nodes, other) => {}
                _ => {
                    self.by_id.insert(id, index);
                }
            }
        }
        if let Some(Value::String(url)) = map.get("url") {
            if map.get("headline").or_else(|| map.get("name")).is_some_and(Value::is_string) {
                self.by_url.entry(url.trim()).or_insert(index);
            }
        }
        for name in type_names(map) {
            if self.types.len() < 20 && !self.types.contains(&name) {
                self.types.push(name);
            }
        }
        if is_article(map) {
            self.articles.push(index);
        }
    }

    /// The article node `item` names, or the first.
    fn pick(&self, item: Option<&str>) -> Result<Node<'a>, Error> {
        if self.articles.is_empty() {
            // A lone object with a headline and no @type is read as an article.
            if let Some(root) = self.root.filter(|root| !root.contains_key("@type") && root.contains_key("headline")) {
                return Ok(Node { map: root, path: "article".into() });
            }
            let found = if self.types.is_empty() {
                "no @type at all".to_owned()
            } else {
                format!("only {}", self.types.join(", "))
            };
            return Err(Error::Invalid {
                path: "article".into(),
                message: format!(
                    "found no schema.org article: looked for a node whose @type is {}, and found {found}",
                    ARTICLE_TYPES.join(", ")
                ),
            });
        }
        let Some(wanted) = item.map(str::trim).filter(|s| !s.is_empty()) else {
            return Ok(self.nodes[self.articles[0]].clone());
        };
        if let Some(&index) = wanted.parse::<usize>().ok().and_then(|i| self.articles.get(i)) {
            return Ok(self.nodes[index].clone());
        }
        let names = |index: &&usize| {
            let map = self.nodes[**index].map;
            id_of(map) == Some(wanted) || map.get("url").and_then(Value::as_str).map(str::trim) == Some(wanted)
        };
        match self.articles.iter().find(names) {
            Some(&index) => Ok(self.nodes[index].clone()),
            None => Err(Error::Invalid {
                path: "article".into(),
                message: format!(
                    "no article \"{wanted}\" among {} articles: item takes an index from 0 to {}, an @id or a url",
                    self.articles.len(),
                    self.articles.len() - 1
                ),
            }),
        }
    }
}

fn id_of(map: &Map<String, Value>) -> Option<&str> {
    map.get("@id").and_then(Value::as_str).map(str::trim).filter(|id| !id.is_empty())
}

/// `{"@id": "…"}` (perhaps with a `@type`): a pointer to a node defined elsewhere.
fn is_reference(map: &Map<String, Value>) -> bool {
    map.contains_key("@id") && map.keys().all(|key| key.starts_with('@'))
}

/// `@type` as a list of bare names: `schema:NewsArticle` and
/// `https://schema.org/NewsArticle` are both `NewsArticle`.
fn type_names(map: &Map<String, Value>) -> impl Iterator<Item = &str> {
    let types = match map.get("@type") {
        Some(Value::Array(items)) => items.as_slice(),
        Some(one) => std::slice::from_ref(one),
        None => &[],
    };
    types.iter().filter_map(Value::as_str).map(|t| t.rsplit(['/', ':', '#']).next().unwrap_or(t).trim())
}

fn is_article(map: &Map<String, Value>) -> bool {
    type_names(map).any(|name| ARTICLE_TYPES.contains(&name))
}

/// A value that may be one thing or an array of them, as schema.org allows
/// for nearly every property: the items, each with its path.
fn each<'v>(value: &'v Value, path: &str) -> impl Iterator<Item = (&'v Value, String)> + 'v {
    let (items, many) = match value {
        Value::Array(items) => (items.as_slice(), true),
        one => (std::slice::from_ref(one), false),
    };
    let path = path.to_owned();
    items
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.is_null())
        .map(move |(i, v)| (v, if many { format!("{path}[{i}]") } else { path.clone() }))
}

fn count(value: &Value) -> usize {
    match value {
        Value::Array(items) => items.len(),
        Value::Null => 0,
        _ => 1,
    }
}

/// A string at `path`, trimmed, within `max` characters; empty is absent.
/// The same rule as the native format's string fields.
fn string(value: &Value, path: &str, max: usize) -> Result<Option<String>, Error> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => {
            let s = s.trim();
            if s.chars().count() > max {
                return Err(Error::Invalid { path: path.to_owned(), message: format!("longer than {max} characters") });
            }
            Ok((!s.is_empty()).then(|| s.to_owned()))
        }
        other => Err(wrong(path, "a string", other)),
    }
}

/// Text as schema.org writes it: a string, the first of an array of them,
/// or a value object (`{"@value": …}`) or named thing (`{"name": …}`).
fn text(value: &Value, path: &str, max: usize) -> Result<Option<String>, Error> {
    Ok(raw_text(value, path, max)?.map(decoded).filter(|text| !text.is_empty()))
}

/// [`text`] as written, entities and all.
fn raw_text(value: &Value, path: &str, max: usize) -> Result<Option<String>, Error> {
    match value {
        Value::Array(items) => match items.first() {
            None => Ok(None),
            Some(first @ Value::Object(_)) | Some(first @ Value::Array(_)) => {
                Err(wrong(&format!("{path}[0]"), "a string", first))
            }
            Some(first) => string(first, &format!("{path}[0]"), max),
        },
        Value::Object(map) => {
            match ["@value", "name"].into_iter().find(|key| map.get(*key).is_some_and(|v| !v.is_null())) {
                Some(key) => string(&map[key], &field_path(path, key), max),
                None => Err(wrong(path, "a string", value)),
            }
        }
        other => string(other, path, max),
    }
}

fn field_text(obj: &Obj, key: &str, max: usize) -> Result<Option<String>, Error> {
    match obj.get(key) {
        None => Ok(None),
        Some(value) => text(value, &obj.at(key), max),
    }
}

/// A width or height: a number of pixels, a string of one ("1200",
/// "1200px"), or a `QuantitativeValue`. Bounds as in the native format.
fn dimension(obj: &Obj, key: &str) -> Result<Option<u32>, Error> {
    let Some(value) = obj.get(key) else { return Ok(None) };
    let path = obj.at(key);
    let value = match value {
        Value::Object(map) if map.contains_key("value") => &map["value"],
        other => other,
    };
    let pixels = match value {
        Value::Null => return Ok(None),
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().trim_end_matches("px").trim().parse::<u64>().ok(),
        other => return Err(wrong(&path, "a whole number of pixels", other)),
    };
    match pixels.and_then(super::read::pixels) {
        Some(n) => Ok(Some(n)),
        None => Err(wrong(&path, super::read::PIXELS_EXPECTED, value)),
    }
}

/// What a reader would call a link to another site: its host without
/// `www.` ("mastodon.social"), or the URL itself when it has no host.
fn host_label(url: &str) -> String {
    let rest = match url.find("://") {
        Some(i) => &url[i + 3..],
        None => url.strip_prefix("//").unwrap_or(""),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("").split(':').next().unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let label = if host.is_empty() { url } else { host };
    label.chars().take(MAX_SHORT_TEXT).collect()
}

/// A headline for a bare link: its last path segment made readable
/// (`/2026/11/harbour-pilots-strike.html` → "Harbour pilots strike"), else
/// its host, else the URL.
fn headline_from_url(url: &str) -> String {
    let without_query = url.split(['?', '#']).next().unwrap_or(url);
    let (host, path) = match without_query.find("://") {
        Some(i) => {
            let rest = &without_query[i + 3..];
            rest.split_once('/').unwrap_or((rest, ""))
        }
        None => ("", without_query),
    };
    let segment = path.split('/').rev().find(|s| !s.is_empty() && !s.chars().all(|c| c.is_ascii_digit())).unwrap_or("");
    let stem = match segment.rsplit_once('.') {
        Some((stem, ext)) if ["html", "htm", "php", "aspx", "shtml"].contains(&ext.to_ascii_lowercase().as_str()) => {
            stem
        }
        _ => segment,
    };
    let words: Vec<&str> = stem.split(['-', '_', '+']).filter(|w| !w.is_empty()).collect();
    let mut headline = words.join(" ");
    if let Some(first) = headline.chars().next() {
        headline = first.to_uppercase().chain(headline.chars().skip(1)).collect();
    }
    if headline.is_empty() {
        headline = host.strip_prefix("www.").unwrap_or(host).to_owned();
    }
    if headline.is_empty() {
        headline = url.to_owned();
    }
    headline.chars().take(MAX_SHORT_TEXT).collect()
}

/// A live update found: its node, the node's path, its date and instant.
type Found<'m> = (&'m Map<String, Value>, String, Option<DateTime>, Option<i64>);

/// Reads the article node and what it points at.
struct Ld<'g> {
    graph: &'g Graph<'g>,
    reader: Reader,
}

impl<'g> Ld<'g> {
    /// The node an object stands for: itself, or the fullest node sharing its
    /// `@id`. `None` for a reference to a node the document does not define
    /// (the caller decides whether the `@id` alone is of use).
    fn resolve<'m>(&self, map: &'m Map<String, Value>, path: &str) -> Option<(&'m Map<String, Value>, String)>
    where
        'g: 'm,
    {
        if let Some(&index) = id_of(map).and_then(|id| self.graph.by_id.get(id)) {
            let node = &self.graph.nodes[index];
            return Some((node.map, node.path.clone()));
        }
        (!is_reference(map)).then(|| (map, path.to_owned()))
    }

    fn dangling(&mut self, map: &Map<String, Value>, path: &str, what: &str) {
        let id = id_of(map).unwrap_or("");
        self.reader.warn(
            path.to_owned(),
            format!("refers to @id \"{id}\", which is not in the document; the {what} is skipped"),
        );
    }

    /// A URL (a string, the first of an array, or `{"@id"}` / `{"url"}`): an
    /// unsafe one is dropped with a warning, as in the native format.
    fn url(&mut self, value: &Value, path: &str, kind: UrlKind) -> Result<Option<String>, Error> {
        let (value, path) = match value {
            Value::Array(items) => match items.first() {
                Some(first) => (first, format!("{path}[0]")),
                None => return Ok(None),
            },
            other => (other, path.to_owned()),
        };
        let (value, path) = match value {
            Value::Object(map) => {
                match ["url", "@id"].into_iter().find(|key| map.get(*key).is_some_and(Value::is_string)) {
                    Some(key) => (&map[key], field_path(&path, key)),
                    None => return Err(wrong(&path, "a URL", value)),
                }
            }
            other => (other, path),
        };
        let Some(raw) = string(value, &path, MAX_URL)? else { return Ok(None) };
        Ok(self.reader.url(&raw, &path, kind))
    }

    fn field_url(&mut self, obj: &Obj, key: &str, kind: UrlKind) -> Result<Option<String>, Error> {
        match obj.get(key) {
            None => Ok(None),
            Some(value) => self.url(value, &obj.at(key), kind),
        }
    }

    fn article(&mut self, node: &Node) -> Result<Article, Error> {
        let obj = Obj { map: node.map, path: &node.path };
        let headline = match field_text(&obj, "headline", MAX_SHORT_TEXT)? {
            Some(headline) => headline,
            None => {
                field_text(&obj, "name", MAX_SHORT_TEXT)?.ok_or_else(|| Error::Missing { path: obj.at("headline") })?
            }
        };
        let dek = match field_text(&obj, "alternativeHeadline", MAX_LONG_TEXT)? {
            Some(dek) => Some(dek),
            None => field_text(&obj, "description", MAX_LONG_TEXT)?,
        };
        let url = match self.field_url(&obj, "url", UrlKind::Link)? {
            Some(url) => Some(url),
            None => self.page_url(&obj)?,
        };
        let hero = match (obj.get("image"), obj.get("thumbnailUrl")) {
            (Some(image), _) => self.image(image, &obj.at("image"))?,
            (None, Some(thumbnail)) => self.image(thumbnail, &obj.at("thumbnailUrl"))?,
            (None, None) => None,
        };
        let mut body = self.article_body(&obj)?;
        if let Some(updates) = obj.get("liveBlogUpdate") {
            self.updates(updates, &obj.at("liveBlogUpdate"), &mut body);
        }
        Ok(Article {
            id: field_text(&obj, "@id", MAX_SHORT_TEXT)?,
            url,
            site: self.site(&obj)?,
            section: field_text(&obj, "articleSection", MAX_SHORT_TEXT)?,
            dek,
            published: self.date(&obj, "datePublished")?,
            updated: self.date(&obj, "dateModified")?,
            language: self.language(&obj)?,
            hero,
            authors: self.authors(&obj)?,
            body,
            related: self.related(&obj)?,
            ..Article::new(headline)
        })
    }

    /// `articleBody`: plain text, entities decoded, as paragraphs.
    fn article_body(&mut self, obj: &Obj) -> Result<Vec<Block>, Error> {
        let Some(value) = obj.get("articleBody") else { return Ok(Vec::new()) };
        match raw_text(value, &obj.at("articleBody"), MAX_INPUT_BYTES)?.map(decoded_lines) {
            Some(body) => text_paragraphs(&body, &obj.at("articleBody")),
            None => Ok(Vec::new()),
        }
    }

    /// `liveBlogUpdate`: a `LiveBlogPosting`'s updates, each a `BlogPosting`
    /// (or a reference to one), appended to the body after the live blog's
    /// own text as a [`Block::Update`] and the update's image and text.
    /// Newest first: by `datePublished` (else `dateModified`), latest first,
    /// with updates of the same time, then those without a date, in
    /// document order. The newest [`MAX_UPDATES`] are kept. An update is
    /// read leniently: one that cannot be read, or has neither headline,
    /// text nor image, is skipped with a warning, never costing the article.
    fn updates(&mut self, value: &Value, path: &str, body: &mut Vec<Block>) {
        // The newest MAX_UPDATES so far, newest first, each with its instant
        // (undated: None, before every date). Each is placed after those as
        // new or newer, so equal instants keep document order. By hand, as
        // a sort would cost the wasm 1.5 KB.
        let mut kept: Vec<Found> = Vec::new();
        let mut found = 0;
        for (value, path) in each(value, path) {
            let Value::Object(map) = value else {
                self.reader.warn(path, "not a BlogPosting; the update is skipped");
                continue;
            };
            let Some((map, path)) = self.resolve(map, &path) else {
                self.dangling(map, &path, "update");
                continue;
            };
            let obj = Obj { map, path: &path };
            let date = match self.date(&obj, "datePublished") {
                Ok(None) => self.date(&obj, "dateModified"),
                date => date,
            };
            match date {
                Ok(date) => {
                    found += 1;
                    let instant = date.as_ref().map(DateTime::timestamp);
                    let at = kept.partition_point(|update| update.3 >= instant);
                    if at < MAX_UPDATES {
                        kept.insert(at, (map, path, date, instant));
                        kept.truncate(MAX_UPDATES);
                    }
                }
                Err(error) => self.reader.warn(path, format!("{error}; the update is skipped")),
            }
        }
        if found > MAX_UPDATES {
            let message = format!("{found} live updates, only the newest {MAX_UPDATES} are shown");
            self.reader.warn(path.to_owned(), message);
        }
        for (map, path, published, _) in kept {
            let obj = Obj { map, path: &path };
            match self.update(&obj, published) {
                Ok(Some(blocks)) if body.len() + blocks.len() > MAX_BLOCKS => {
                    self.reader.warn(
                        path,
                        format!("the body would pass {MAX_BLOCKS} blocks; this and older updates are not shown"),
                    );
                    return;
                }
                Ok(Some(blocks)) => body.extend(blocks),
                Ok(None) => {
                    self.reader.warn(path, "has no headline, articleBody or image; the update is skipped");
                }
                Err(error) => self.reader.warn(path, format!("{error}; the update is skipped")),
            }
        }
    }

    /// One update's blocks: its [`Block::Update`], its image, its text.
    fn update(&mut self, obj: &Obj, published: Option<DateTime>) -> Result<Option<Vec<Block>>, Error> {
        let headline = field_text(obj, "headline", MAX_SHORT_TEXT)?;
        let image = match obj.get("image") {
            Some(image) => self.image(image, &obj.at("image"))?,
            None => None,
        };
        let text = self.article_body(obj)?;
        if headline.is_none() && image.is_none() && text.is_empty() {
            return Ok(None);
        }
        let url = self.field_url(obj, "url", UrlKind::Link)?;
        let mut blocks = vec![Block::Update { published, headline, url }];
        blocks.extend(image.map(|image| Block::Figure { image, link: None }));
        blocks.extend(text);
        Ok(Some(blocks))
    }

    fn date(&mut self, obj: &Obj, key: &str) -> Result<Option<crate::model::DateTime>, Error> {
        let Some(value) = obj.get(key) else { return Ok(None) };
        let path = obj.at(key);
        Ok(text(value, &path, 64)?.and_then(|date| self.reader.date(&date, &path)))
    }

    /// `mainEntityOfPage`: the page's URL, or a `WebPage` node with a `url`
    /// or an `@id` that is the URL.
    fn page_url(&mut self, obj: &Obj) -> Result<Option<String>, Error> {
        let Some(value) = obj.get("mainEntityOfPage") else { return Ok(None) };
        let path = obj.at("mainEntityOfPage");
        match value {
            Value::Object(map) => {
                let (map, path) = self.resolve(map, &path).unwrap_or((map, path));
                let page = Obj { map, path: &path };
                match self.field_url(&page, "url", UrlKind::Link)? {
                    Some(url) => Ok(Some(url)),
                    None => self.field_url(&page, "@id", UrlKind::Link),
                }
            }
            // `true` says the article is the page's main entity, and no more.
            Value::Bool(_) => Ok(None),
            other => self.url(other, &path, UrlKind::Link),
        }
    }

    /// `inLanguage`: a tag, or a `Language` node whose `alternateName` is the
    /// tag (its `name` is "English", a name rather than a tag).
    fn language(&mut self, obj: &Obj) -> Result<Option<String>, Error> {
        let Some(value) = obj.get("inLanguage") else { return Ok(None) };
        let mut path = obj.at("inLanguage");
        let tag = match value {
            Value::Object(map) => {
                let Some((map, node_path)) = self.resolve(map, &path) else { return Ok(None) };
                let language = Obj { map, path: &node_path };
                let key = if language.get("alternateName").is_some() { "alternateName" } else { "name" };
                path = language.at(key);
                field_text(&language, key, LANGUAGE_READ_MAX)?
            }
            other => text(other, &path, LANGUAGE_READ_MAX)?,
        };
        Ok(tag.and_then(|tag| self.reader.language_tag(tag, &path)))
    }

    /// `publisher` (an `Organization`, or its name) as the site.
    fn site(&mut self, obj: &Obj) -> Result<Option<Site>, Error> {
        let Some(value) = obj.get("publisher") else { return Ok(None) };
        let Some((value, path)) = each(value, &obj.at("publisher")).next() else { return Ok(None) };
        match value {
            Value::String(_) => Ok(string(value, &path, MAX_SHORT_TEXT)?.map(|name| Site { name, url: None })),
            Value::Object(map) => {
                let Some((map, path)) = self.resolve(map, &path) else {
                    self.dangling(map, &path, "publisher");
                    return Ok(None);
                };
                let publisher = Obj { map, path: &path };
                let Some(name) = field_text(&publisher, "name", MAX_SHORT_TEXT)? else {
                    self.reader.warn(publisher.at("name"), "missing; the publisher is not shown");
                    return Ok(None);
                };
                Ok(Some(Site { name, url: self.field_url(&publisher, "url", UrlKind::Link)? }))
            }
            other => Err(wrong(&path, "an Organization or a name", other)),
        }
    }

    /// `image`: a URL, an `ImageObject`, or an array of either; the first
    /// usable one. An `ImageObject`'s `caption` is the caption; its
    /// `description` or `name` the alt text, unless it only repeats the
    /// caption. Without either the image is decorative: JSON-LD images
    /// rarely carry alt text, so this is not warned about.
    fn image(&mut self, value: &Value, path: &str) -> Result<Option<Image>, Error> {
        for (value, path) in each(value, path) {
            let image = match value {
                Value::String(_) => self.url(value, &path, UrlKind::Image)?.map(|src| Image::new(src, String::new())),
                Value::Object(map) => self.image_object(map, &path)?,
                other => return Err(wrong(&path, "a URL or an ImageObject", other)),
            };
            if image.is_some() {
                return Ok(image);
            }
        }
        Ok(None)
    }

    fn image_object(&mut self, map: &Map<String, Value>, path: &str) -> Result<Option<Image>, Error> {
        let Some((map, path)) = self.resolve(map, path) else {
            self.dangling(map, path, "image");
            return Ok(None);
        };
        let obj = Obj { map, path: &path };
        let Some(key) = ["url", "contentUrl"].into_iter().find(|key| obj.get(key).is_some()) else {
            self.reader.warn(obj.at("url"), "missing (and no contentUrl); the image is skipped");
            return Ok(None);
        };
        let Some(src) = self.field_url(&obj, key, UrlKind::Image)? else { return Ok(None) };
        let caption = field_text(&obj, "caption", MAX_LONG_TEXT)?;
        let description = field_text(&obj, "description", MAX_LONG_TEXT)?;
        let name = field_text(&obj, "name", MAX_LONG_TEXT)?;
        let alt = [description, name]
            .into_iter()
            .flatten()
            .find(|alt| alt.chars().count() <= MAX_SHORT_TEXT && Some(alt) != caption.as_ref())
            .unwrap_or_default();
        Ok(Some(Image {
            width: dimension(&obj, "width")?,
            height: dimension(&obj, "height")?,
            caption: caption.map(|text| vec![crate::model::Inline::Text { text }]),
            credit: field_text(&obj, "creditText", MAX_SHORT_TEXT)?,
            ..Image::new(src, alt)
        }))
    }

    /// `author`: a `Person` or `Organization`, a reference to one, or a
    /// plain name; one or an array.
    fn authors(&mut self, obj: &Obj) -> Result<Vec<Author>, Error> {
        let Some(value) = obj.get("author") else { return Ok(Vec::new()) };
        let path = obj.at("author");
        let total = count(value);
        self.reader.cap(path.clone(), total, MAX_AUTHORS, "authors");
        let mut authors = Vec::new();
        for (value, path) in each(value, &path).take(MAX_AUTHORS) {
            match value {
                Value::String(name) => match self.graph.by_id.get(name.trim()) {
                    Some(&index) => {
                        let node = &self.graph.nodes[index];
                        authors.push(self.person(node.map, &node.path)?);
                    }
                    None => {
                        if let Some(name) = string(value, &path, MAX_SHORT_TEXT)? {
                            authors.push(Author::new(person_name(decoded(name))));
                        }
                    }
                },
                Value::Object(map) => match self.resolve(map, &path) {
                    Some((map, path)) => authors.extend(self.people(map, &path)?),
                    None => self.dangling(map, &path, "author"),
                },
                other => return Err(wrong(&path, "a Person, an Organization or a name", other)),
            }
        }
        Ok(authors)
    }

    /// A `Person` node, or several people in one: sites that credit two
    /// writers sometimes give one node a `name` array. The others get their
    /// names alone, since the node's role and profile may be the first's.
    fn people(&mut self, map: &Map<String, Value>, path: &str) -> Result<Vec<Author>, Error> {
        let mut people = vec![self.person(map, path)?];
        if let Some(Value::Array(names)) = map.get("name") {
            let obj = Obj { map, path };
            for (i, name) in names.iter().enumerate().skip(1) {
                if let Some(name) = text(name, &format!("{}[{i}]", obj.at("name")), MAX_SHORT_TEXT)? {
                    people.push(Author::new(person_name(name)));
                }
            }
        }
        Ok(people)
    }

    fn person(&mut self, map: &Map<String, Value>, path: &str) -> Result<Author, Error> {
        let obj = Obj { map, path };
        let name = match field_text(&obj, "name", MAX_SHORT_TEXT)? {
            Some(name) => person_name(name),
            None => {
                let given = field_text(&obj, "givenName", MAX_SHORT_TEXT)?;
                let family = field_text(&obj, "familyName", MAX_SHORT_TEXT)?;
                let name = [given, family].into_iter().flatten().collect::<Vec<_>>().join(" ");
                if name.is_empty() {
                    return Err(Error::Missing { path: obj.at("name") });
                }
                name.chars().take(MAX_SHORT_TEXT).collect()
            }
        };
        // A Person's portrait is `image`; an Organization's is its `logo`.
        let avatar = match obj.get("image").map(|v| (v, "image")).or_else(|| obj.get("logo").map(|v| (v, "logo"))) {
            Some((value, key)) => self.image(value, &obj.at(key))?.map(|image| image.src),
            None => None,
        };
        Ok(Author {
            role: field_text(&obj, "jobTitle", MAX_SHORT_TEXT)?,
            bio: field_text(&obj, "description", MAX_LONG_TEXT)?,
            avatar,
            url: self.field_url(&obj, "url", UrlKind::Link)?,
            social: self.social(&obj)?,
            ..Author::new(name)
        })
    }

    /// `sameAs`: the author's profiles elsewhere, labelled by host.
    fn social(&mut self, obj: &Obj) -> Result<Vec<SocialLink>, Error> {
        let Some(value) = obj.get("sameAs") else { return Ok(Vec::new()) };
        let path = obj.at("sameAs");
        let total = count(value);
        self.reader.cap(path.clone(), total, MAX_SOCIAL, "social links");
        let mut links = Vec::new();
        for (value, path) in each(value, &path).take(MAX_SOCIAL) {
            let Some(raw) = string(value, &path, MAX_URL)? else { continue };
            match check_url(&raw, UrlKind::Link) {
                Ok(url) => links.push(SocialLink { label: host_label(&url), url }),
                Err(why) => self.reader.warn(path, format!("{why}; the link is dropped")),
            }
        }
        Ok(links)
    }

    /// `relatedLink` and `significantLink`, as related-story cards. A link
    /// the document describes elsewhere (a node with that `@id` or `url`)
    /// takes that node's headline and description.
    fn related(&mut self, obj: &Obj) -> Result<Vec<StoryCard>, Error> {
        let keys = ["relatedLink", "significantLink"];
        let total: usize = keys.iter().filter_map(|key| obj.get(key)).map(count).sum();
        let key = if obj.get(keys[0]).is_some() { keys[0] } else { keys[1] };
        self.reader.cap(obj.at(key), total, MAX_RELATED, "related stories");
        let mut cards: Vec<StoryCard> = Vec::new();
        for key in keys {
            let Some(value) = obj.get(key) else { continue };
            for (value, path) in each(value, &obj.at(key)) {
                if cards.len() == MAX_RELATED {
                    return Ok(cards);
                }
                if let Some(card) = self.story(value, &path)? {
                    if !cards.iter().any(|c| c.url == card.url) {
                        cards.push(card);
                    }
                }
            }
        }
        Ok(cards)
    }

    fn story(&mut self, value: &Value, path: &str) -> Result<Option<StoryCard>, Error> {
        let (raw, node, url_path) = match value {
            Value::String(_) => {
                let Some(raw) = string(value, path, MAX_URL)? else { return Ok(None) };
                let node = self
                    .graph
                    .by_id
                    .get(raw.as_str())
                    .or_else(|| self.graph.by_url.get(raw.as_str()))
                    .map(|&i| self.graph.nodes[i].map);
                (raw, node, path.to_owned())
            }
            Value::Object(map) => {
                // A dangling `{"@id": …}` still names the page it links to.
                let (source, source_path) = self.resolve(map, path).unwrap_or((map, path.to_owned()));
                let Some(key) = ["url", "@id"].into_iter().find(|key| source.get(*key).is_some_and(Value::is_string))
                else {
                    return Err(Error::Missing { path: field_path(&source_path, "url") });
                };
                let url_path = field_path(&source_path, key);
                let Some(raw) = string(&source[key], &url_path, MAX_URL)? else { return Ok(None) };
                (raw, Some(source), url_path)
            }
            other => return Err(wrong(path, "a URL", other)),
        };
        let url = match check_url(&raw, UrlKind::Link) {
            Ok(url) => url,
            Err(why) => {
                self.reader.warn(url_path, format!("{why}; the story is dropped"));
                return Ok(None);
            }
        };
        // The linked node only adds words; a problem there never costs the
        // article, so its fields are read leniently.
        let lenient =
            |key: &str, max: usize| node.and_then(|n| n.get(key)).and_then(|v| text(v, "", max).ok().flatten());
        let headline = lenient("headline", MAX_SHORT_TEXT)
            .or_else(|| lenient("name", MAX_SHORT_TEXT))
            .unwrap_or_else(|| headline_from_url(&url));
        Ok(Some(StoryCard {
            summary: lenient("description", MAX_LONG_TEXT),
            date: lenient("datePublished", 64)
                .and_then(|d| crate::model::DateTime::parse(super::dates::normalise(&d).as_deref().unwrap_or(&d)).ok()),
            ..StoryCard::new(url, headline)
        }))
    }
}
