//! Issue 12: the fidelity check. Every HTML body the project has as a
//! fixture (`fixtures/html/*.html`, WordPress `content.rendered`, Ghost
//! `html`, JSON Feed `content_html`) is converted by the HTML reader
//! ([`html::convert`], what every adapter calls), and what it became is
//! held to what the source shows a reader:
//!
//! - **Visible text**: at least 99% of the source's words are in the
//!   converted blocks, compared as multisets of words. The few words the
//!   converter leaves out by design are listed in [`BY_DESIGN`], each with
//!   its reason; an entry there must still apply (its words in the source,
//!   not in the output), so the list cannot go stale.
//! - **Counts**: every image (with an address that loads; not a 1×1
//!   tracking pixel), data table (not one marked presentational, nor one of
//!   a single cell: both are read as their content), code block
//!   (`pre > code`), embed (a frame with an address, a social network's
//!   embed code, WordPress's Embed block, and players and plugins: `video`,
//!   `audio`, `object`, `embed`) and link (http, https, mailto or relative;
//!   not one to a place in the page, [`IN_PAGE_LINKS`])
//!   of the source is in the output (images, links and embeds by address,
//!   tables by their first cell, code by its text), or named in one of the
//!   converter's warnings (by its address, or by the element, player or card
//!   it is or sits in), unless [`BY_DESIGN`] lists it. A link or an address
//!   may come out as another kind: a story card's link, an embed's address.
//!
//! `cargo test --test fidelity -- --nocapture` prints the figures.
//!
//! The source is parsed by html5ever as the converter's parsers do
//! (scripting disabled, as `DOMParser`), so both sides see the same tree.
//! What counts as shown is what a browser renders from it, without the
//! page's stylesheet:
//! - not shown: `head` and document metadata, `script`, `style`,
//!   `template`, SVG's `title`/`desc`/`metadata`, an element with the
//!   `hidden` attribute, `noscript` (the reader's browser runs scripts: the
//!   widget needs them), the fallback content of `iframe`, `video`,
//!   `audio` and `canvas` (shown only by browsers without them), `noembed`
//!   and `noframes`;
//! - shown: every other text node, including an `<object>`'s fallback (a
//!   plugin that no longer loads shows it), the labels of buttons and
//!   options, and SVG text; a form control's value and an image's alt text
//!   are attributes, not text, and images are counted apart;
//! - words are split where a browser breaks the flow: at block-level and
//!   table boxes, line breaks and replaced elements, not at inline
//!   formatting (`Mis<b>nested` is one word).
//!
//! The output's text is the model's, as a reader sees each block:
//! paragraphs, headings, quotes and their attribution, list items, figure
//! captions and credits (not alt text), story cards' kicker, headline and
//! summary, table captions and cells, code, and an embed's title, text,
//! author and caption, and its address (a known player's address alone on
//! a line becomes an embed of it). Whether a component shows all of it is
//! the components' business (tests/render.rs).

#![cfg(feature = "html5ever")]

use std::collections::HashMap;
use std::fmt::Write as _;

use article_widget::formats::html;
use article_widget::model::{page_of, Block, Inline, ListItem};
use article_widget::Warning;
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use serde_json::Value;

/// The least share of a body's words that the output must keep.
const WORDS_KEPT: f64 = 0.99;

/// What the converter leaves out on purpose, where the fixtures have it.
enum Dropped {
    /// These words, in this order, in the source's visible text.
    Words(&'static str),
    /// The image with this address.
    Image(&'static str),
}

/// Links that repeat the link beside them, by their class, and why: the
/// converter drops them quietly (policy.rs: `Becomes::Repeat`), so they and
/// their text are not counted in the source.
const REPEATED_LINKS: &[(&str, &str)] =
    &[("wp-block-file__button", "WordPress's File block repeats the file's link as a \"Download\" button")];

/// Why a link to a place in the page (`href="#…"`: a footnote's number and
/// its way back, a table of contents) is not counted: the converter keeps
/// its text without the link, and without a warning (blocks.rs: `link`),
/// as the widget keeps no ids of the publisher's page. Its text is counted
/// with the words (a back mark, `↩︎`, is no word); the check holds the
/// output to having no such link.
const IN_PAGE_LINKS: &str = "a link to a place in the publisher's page: its text is kept, the link dropped by design";

/// One thing a fixture's source has that its output does not, by design:
/// the body (as [`Body::name`] names it), what, and why.
struct ByDesign {
    body: &'static str,
    dropped: Dropped,
    why: &'static str,
}

const BY_DESIGN: &[ByDesign] = &[
    // A label and one link (`Related: <a>…</a>`) become an inline story card,
    // which shows the widget's own label ("Read also", i18n) before the headline.
    ByDesign {
        body: "html/ghost.html",
        dropped: Dropped::Words("Read more"),
        why: "a related-story label: the story card shows the widget's own",
    },
    ByDesign {
        body: "html/wordpress-gutenberg.html",
        dropped: Dropped::Words("Related"),
        why: "a related-story label: the story card shows the widget's own",
    },
    // Ghost's bookmark card: a story card has a headline, a summary, a
    // publisher and a thumbnail, no site icon (model::StoryCard).
    ByDesign {
        body: "html/ghost.html",
        dropped: Dropped::Image("https://ghost.example/content/images/icon/harbour-desk.png"),
        why: "a bookmark card's publisher icon: a story card has one image, its thumbnail",
    },
    ByDesign {
        body: "ghost/posts.json posts[0]",
        dropped: Dropped::Image("https://seward-harbour-board.example/favicon.png"),
        why: "a bookmark card's publisher icon: a story card has one image, its thumbnail",
    },
    // A CMS's player card becomes the widget's player: the CMS's own
    // controls ("0:00", "1×") are not content (policy.rs: MediaCard).
    ByDesign {
        body: "html/ghost.html",
        dropped: Dropped::Words("0:00 / 4:12 1×"),
        why: "a Ghost audio card's player chrome: the browser's own controls replace it",
    },
    // The hostile fixture: active and foreign content goes with its text.
    ByDesign {
        body: "html/hostile.html",
        dropped: Dropped::Words("svg text inside svg"),
        why: "SVG is dropped with its content (policy.rs: foreign content)",
    },
    ByDesign {
        body: "html/hostile.html",
        dropped: Dropped::Words("Press me typed text an option"),
        why: "a form's controls are dropped: the widget submits nothing",
    },
    ByDesign {
        body: "html/hostile.html",
        dropped: Dropped::Words("object fallback"),
        why: "an <object> is dropped with its fallback, with a warning",
    },
];

/// One HTML body of a fixture.
struct Body {
    /// The fixture, and where in it the body is.
    name: String,
    html: String,
}

fn fixtures_dir(folder: &str) -> Vec<(String, String)> {
    let dir = format!("{}/fixtures/{folder}", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "html" || ext == "json"))
        .map(|path| {
            let name = format!("{folder}/{}", path.file_name().unwrap().to_str().unwrap());
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {dir}");
    files
}

/// Every HTML body the fixtures hold.
fn bodies() -> Vec<Body> {
    let mut bodies: Vec<Body> = fixtures_dir("html").into_iter().map(|(name, html)| Body { name, html }).collect();
    let mut add = |name: String, html: Option<&Value>| {
        if let Some(html) = html.and_then(Value::as_str) {
            bodies.push(Body { name, html: html.to_owned() });
        }
    };
    for (name, text) in fixtures_dir("wordpress") {
        match serde_json::from_str(&text).unwrap() {
            Value::Array(posts) => {
                for (i, post) in posts.iter().enumerate() {
                    add(format!("{name}[{i}]"), post.pointer("/content/rendered"));
                }
            }
            post => add(name, post.pointer("/content/rendered")),
        }
    }
    for (name, text) in fixtures_dir("ghost") {
        let value: Value = serde_json::from_str(&text).unwrap();
        match value.get("posts").and_then(Value::as_array) {
            Some(posts) => {
                for (i, post) in posts.iter().enumerate() {
                    add(format!("{name} posts[{i}]"), post.get("html"));
                }
            }
            None => add(name, value.get("html")),
        }
    }
    for (name, text) in fixtures_dir("jsonfeed") {
        let value: Value = serde_json::from_str(&text).unwrap();
        match value.get("items").and_then(Value::as_array) {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    add(format!("{name} items[{i}]"), item.get("content_html"));
                }
            }
            None => add(name, value.get("content_html")),
        }
    }
    bodies
}

// ---------------------------------------------------------------------------
// The source: what a browser shows of the HTML.

/// Elements whose content a browser does not render (see the file's doc).
#[rustfmt::skip]
const NOT_SHOWN: &[&str] = &[
    "head", "title", "meta", "link", "base", "script", "style", "template", "noscript", "iframe", "video", "audio",
    "canvas", "noembed", "noframes", "desc", "metadata",
];

/// Elements that break the flow of words: block-level and table boxes
/// (<https://html.spec.whatwg.org/multipage/rendering.html>), line breaks,
/// and replaced or inline-block elements.
#[rustfmt::skip]
const BREAKS_WORDS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search",
    "section", "summary", "ul", "xmp", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td",
    "th", "optgroup", "option", "br", "img", "input", "button", "select", "textarea", "object", "embed",
    "iframe", "video", "audio", "canvas", "svg", "math",
];

/// Classes of social networks' embed codes (a quote of the post before the
/// provider's script).
const SOCIAL_EMBEDS: &[&str] = &["twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed"];

/// An image, table, code block, embed or link of the source.
struct Item {
    /// How the failure message names it.
    what: String,
    /// The addresses that stand for it in the output (images, embeds,
    /// links), or its text (tables: the first cell; code: all of it).
    keys: Vec<String>,
    /// The elements it sits in, outermost first, and its own.
    inside: Vec<Element>,
}

/// What a warning may name an element by: its tag, classes and `src`.
#[derive(Clone, Debug)]
struct Element {
    tag: String,
    classes: Vec<String>,
    src: Option<String>,
}

impl Element {
    fn of(node: &Handle, tag: &str) -> Element {
        let src = attr(node, "src").or_else(|| attr(node, "data")).filter(|s| !s.trim().is_empty());
        Element { tag: tag.to_owned(), classes: classes(node), src: src.map(|s| url_of(&s)) }
    }
}

#[derive(Default)]
struct Source {
    text: String,
    images: Vec<Item>,
    tables: Vec<Item>,
    code: Vec<Item>,
    embeds: Vec<Item>,
    links: Vec<Item>,
}

fn parse(html: &str) -> RcDom {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
        ..Default::default()
    };
    parse_document(RcDom::default(), opts).one(html)
}

fn element(node: &Handle) -> Option<(String, bool)> {
    match &node.data {
        NodeData::Element { name, .. } => Some((name.local.to_string(), &*name.ns == "http://www.w3.org/1999/xhtml")),
        _ => None,
    }
}

fn attr(node: &Handle, name: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => {
            attrs.borrow().iter().find(|a| &*a.name.local == name).map(|a| a.value.to_string())
        }
        _ => None,
    }
}

fn classes(node: &Handle) -> Vec<String> {
    attr(node, "class").unwrap_or_default().split_ascii_whitespace().map(String::from).collect()
}

fn has_class(node: &Handle, class: &str) -> bool {
    classes(node).iter().any(|c| c == class)
}

/// All the text under `node`, as written (for tables' cells and code).
fn all_text(node: &Handle, out: &mut String) {
    for child in node.children.borrow().iter() {
        match &child.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            NodeData::Element { .. } => {
                let tag = element(child).map(|(tag, _)| tag).unwrap_or_default();
                if !NOT_SHOWN.contains(&tag.as_str()) {
                    if BREAKS_WORDS.contains(&tag.as_str()) {
                        out.push(' ');
                    }
                    all_text(child, out);
                    if BREAKS_WORDS.contains(&tag.as_str()) {
                        out.push(' ');
                    }
                }
            }
            _ => {}
        }
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A URL as a browser reads it from an attribute: ASCII whitespace and
/// control characters at its ends trimmed, tabs and newlines inside removed.
fn url_of(raw: &str) -> String {
    raw.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect()
}

/// A link's scheme is one the issue counts: http, https, mailto, or none
/// (a relative reference, a fragment).
fn is_counted_link(url: &str) -> bool {
    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    !url.is_empty() && scheme.is_none_or(|s| ["http", "https", "mailto"].iter().any(|ok| s.eq_ignore_ascii_case(ok)))
}

/// An image address that loads a picture: http, https or relative, not a
/// `data:` placeholder.
fn is_picture_url(url: &str) -> bool {
    is_counted_link(url) && !url.to_ascii_lowercase().starts_with("mailto:")
}

/// The URLs of a `srcset`.
fn srcset_urls(srcset: &str) -> Vec<String> {
    srcset.split(',').filter_map(|candidate| candidate.split_whitespace().next()).map(url_of).collect()
}

/// The address of a frame's or player's content as the output names it:
/// the page of a known player (`model::page_of`), else as written.
fn frame_keys(src: &str) -> Vec<String> {
    let src = url_of(src);
    let absolute = if src.starts_with("//") { format!("https:{src}") } else { src.clone() };
    vec![page_of(&absolute), absolute, src]
}

struct Walk {
    source: Source,
    /// The open elements, outermost first.
    inside: Vec<Element>,
    /// The element being counted.
    this: Option<Element>,
}

impl Walk {
    fn item(&self, what: String, keys: Vec<String>) -> Item {
        Item { what, keys, inside: self.inside.iter().chain(&self.this).cloned().collect() }
    }

    fn node(&mut self, node: &Handle) {
        match &node.data {
            NodeData::Text { contents } => self.source.text.push_str(&contents.borrow()),
            NodeData::Element { .. } => self.element(node),
            _ => {}
        }
    }

    fn children(&mut self, node: &Handle) {
        for child in node.children.borrow().iter() {
            self.node(child);
        }
    }

    fn element(&mut self, node: &Handle) {
        let Some((tag, is_html)) = element(node) else { return };
        if attr(node, "hidden").is_some() && is_html {
            return;
        }
        if is_html {
            self.this = Some(Element::of(node, &tag));
            self.count(node, &tag);
        }
        if NOT_SHOWN.contains(&tag.as_str()) {
            return;
        }
        let breaks = BREAKS_WORDS.contains(&tag.as_str());
        if breaks {
            self.source.text.push(' ');
        }
        self.inside.push(Element::of(node, &tag));
        self.children(node);
        self.inside.pop();
        if breaks {
            self.source.text.push(' ');
        }
    }

    /// Counts `node` (an HTML element named `tag`) if it is an image, a
    /// data table, a code block, an embed or a link.
    fn count(&mut self, node: &Handle, tag: &str) {
        let in_embed_wrapper = self.inside.iter().any(|e| e.classes.iter().any(|c| c == "wp-block-embed"));
        match tag {
            "img" => {
                let mut urls: Vec<String> = ["src", "data-src", "data-lazy-src", "data-original"]
                    .iter()
                    .filter_map(|name| attr(node, name))
                    .map(|u| url_of(&u))
                    .collect();
                for name in ["srcset", "data-srcset", "data-lazy-srcset"] {
                    urls.extend(attr(node, name).map(|s| srcset_urls(&s)).unwrap_or_default());
                }
                urls.retain(|u| is_picture_url(u));
                let pixel = attr(node, "width").as_deref() == Some("1") && attr(node, "height").as_deref() == Some("1");
                // A tracking pixel is no picture; an image with no usable address shows nothing.
                if !urls.is_empty() && !pixel {
                    let item = self.item(format!("<img src=\"{}\">", urls[0]), urls);
                    self.source.images.push(item);
                }
            }
            "table" => {
                let role = attr(node, "role").unwrap_or_default().to_ascii_lowercase();
                let cells = cells_of(node);
                let first = cells.iter().find(|c| !c.is_empty()).cloned();
                if !["presentation", "none"].contains(&role.trim()) && cells.len() > 1 {
                    if let Some(first) = first {
                        let item = self.item(format!("table starting {first:?}"), vec![first]);
                        self.source.tables.push(item);
                    }
                }
            }
            "pre" => {
                let code =
                    node.children.borrow().iter().find(|c| element(c).is_some_and(|(t, _)| t == "code")).cloned();
                if let Some(code) = code {
                    let mut text = String::new();
                    all_text(&code, &mut text);
                    let text = collapse(&text);
                    let first = text.chars().take(40).collect::<String>();
                    let item = self.item(format!("code block {first:?}"), vec![text]);
                    self.source.code.push(item);
                }
            }
            "figure" | "div" if has_class(node, "wp-block-embed") => {
                // WordPress's Embed block: one embed, whatever it holds (a
                // frame, a quote and a frame, or its address as text).
                let mut keys = Vec::new();
                let mut text = String::new();
                all_text(node, &mut text);
                keys.extend(collapse(&text).split(' ').filter(|w| w.contains("://")).map(url_of));
                descendants(node, &mut |d| {
                    if let Some(src) = attr(d, "src").or_else(|| attr(d, "data-src")) {
                        keys.extend(frame_keys(&src));
                    }
                    if let Some(href) = attr(d, "href") {
                        keys.push(url_of(&href));
                    }
                });
                let item = self.item(format!("WordPress embed {:?}", keys.first()), keys);
                self.source.embeds.push(item);
            }
            "iframe" if !in_embed_wrapper => {
                let src = attr(node, "src")
                    .filter(|s| !s.trim().is_empty() && !s.trim().eq_ignore_ascii_case("about:blank"))
                    .or_else(|| attr(node, "data-src"));
                if let Some(src) = src {
                    let item = self.item(format!("<iframe src=\"{src}\">"), frame_keys(&src));
                    self.source.embeds.push(item);
                }
            }
            "video" | "audio" | "object" | "embed" => {
                // Players of the page's own media, and plugins: a reader
                // would miss them, so they count with the embeds.
                let src = attr(node, "src").or_else(|| attr(node, "data")).or_else(|| {
                    node.children
                        .borrow()
                        .iter()
                        .find_map(|c| element(c).filter(|(t, _)| t == "source").and(attr(c, "src")))
                });
                if let Some(src) = src {
                    let item = self.item(format!("<{tag} src=\"{src}\">"), vec![url_of(&src)]);
                    self.source.embeds.push(item);
                }
            }
            "blockquote" if !in_embed_wrapper && SOCIAL_EMBEDS.iter().any(|c| has_class(node, c)) => {
                let mut keys: Vec<String> = ["cite", "data-instgrm-permalink", "data-href", "data-embed-url", "src"]
                    .iter()
                    .filter_map(|name| attr(node, name))
                    .flat_map(|u| frame_keys(&u))
                    .collect();
                descendants(node, &mut |d| keys.extend(attr(d, "href").map(|h| url_of(&h))));
                let item = self.item(format!("social post {:?}", classes(node)), keys);
                self.source.embeds.push(item);
            }
            "a" if classes(node).iter().any(|c| REPEATED_LINKS.iter().any(|(class, _)| c == class)) => {}
            "a" => {
                let in_page = |href: &String| href.starts_with('#');
                if let Some(href) = attr(node, "href").map(|h| url_of(&h)).filter(|h| is_counted_link(h) && !in_page(h))
                {
                    let mut text = String::new();
                    all_text(node, &mut text);
                    let item = self.item(format!("<a href=\"{href}\"> {:?}", collapse(&text)), vec![href]);
                    self.source.links.push(item);
                }
            }
            _ => {}
        }
    }
}

fn descendants(node: &Handle, f: &mut dyn FnMut(&Handle)) {
    for child in node.children.borrow().iter() {
        if element(child).is_some() {
            f(child);
            descendants(child, f);
        }
    }
}

/// The text of each cell of `table` (not of tables inside it), collapsed.
fn cells_of(table: &Handle) -> Vec<String> {
    let mut cells = Vec::new();
    fn walk(node: &Handle, cells: &mut Vec<String>) {
        for child in node.children.borrow().iter() {
            match element(child).map(|(t, _)| t).as_deref() {
                Some("td" | "th") => {
                    let mut text = String::new();
                    all_text(child, &mut text);
                    cells.push(collapse(&text));
                }
                Some("table") => {}
                Some(_) => walk(child, cells),
                None => {}
            }
        }
    }
    walk(table, &mut cells);
    cells
}

fn source_of(html: &str) -> Source {
    let dom = parse(html);
    let mut walk = Walk { source: Source::default(), inside: Vec::new(), this: None };
    walk.children(&dom.document);
    walk.source
}

// ---------------------------------------------------------------------------
// The output: what the blocks show.

#[derive(Default)]
struct Output {
    text: String,
    images: Vec<String>,
    tables: Vec<String>,
    code: Vec<String>,
    embeds: Vec<String>,
    links: Vec<String>,
}

impl Output {
    fn line(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push('\n');
    }

    /// A block's inline content, a line.
    fn inlines(&mut self, content: &[Inline]) {
        self.runs(content);
        self.text.push('\n');
    }

    fn runs(&mut self, content: &[Inline]) {
        for inline in content {
            match inline {
                Inline::Text { text } | Inline::Code { text } => self.text.push_str(text),
                Inline::LineBreak => self.text.push(' '),
                Inline::Link { href, content } => {
                    self.links.push(href.clone());
                    self.runs(content);
                }
                Inline::Emphasis { content }
                | Inline::Strong { content }
                | Inline::Superscript { content }
                | Inline::Subscript { content } => self.runs(content),
            }
        }
    }
}

fn output_of(blocks: &[Block]) -> Output {
    let mut out = Output::default();
    for block in blocks {
        match block {
            Block::Paragraph { content } => out.inlines(content),
            Block::Heading { content, .. } => out.inlines(content),
            Block::Quote { paragraphs, attribution, .. } => {
                paragraphs.iter().for_each(|p| out.inlines(p));
                out.line(attribution.as_deref().unwrap_or_default());
            }
            Block::List { items, .. } => {
                fn walk(out: &mut Output, items: &[ListItem]) {
                    for item in items {
                        out.inlines(&item.content);
                        if let Some(list) = &item.list {
                            walk(out, &list.items);
                        }
                    }
                }
                walk(&mut out, items);
            }
            Block::Details { summary: label, paragraphs, .. } | Block::Callout { label: Some(label), paragraphs } => {
                out.line(label);
                paragraphs.iter().for_each(|p| out.inlines(p));
            }
            Block::Callout { label: None, paragraphs } => paragraphs.iter().for_each(|p| out.inlines(p)),
            Block::Figure { image, link } => {
                out.images.push(image.src.clone());
                out.images.extend(image.srcset.iter().map(|c| c.url.clone()));
                out.links.extend(link.clone());
                image.caption.iter().for_each(|c| out.inlines(c));
                image.credit.iter().for_each(|c| out.line(c));
            }
            Block::Gallery { items, caption } => {
                for item in items {
                    out.images.push(item.image.src.clone());
                    out.images.extend(item.image.srcset.iter().map(|c| c.url.clone()));
                    out.links.extend(item.link.clone());
                    item.image.caption.iter().for_each(|c| out.inlines(c));
                    item.image.credit.iter().for_each(|c| out.line(c));
                }
                caption.iter().for_each(|c| out.inlines(c));
            }
            Block::Story { story } => {
                out.links.push(story.url.clone());
                out.images.extend(story.image.iter().map(|image| image.src.clone()));
                for part in [&story.kicker, &Some(story.headline.clone()), &story.summary, &story.publisher]
                    .into_iter()
                    .flatten()
                {
                    out.line(part);
                }
            }
            Block::Table { caption, head, rows } => {
                out.line(caption.as_deref().unwrap_or_default());
                let mut first = None;
                for cell in head.iter().chain(rows).flatten() {
                    let mut text = String::new();
                    cell.content.iter().for_each(|inline| inline.plain_text(&mut text));
                    if first.is_none() && !text.trim().is_empty() {
                        first = Some(collapse(&text));
                    }
                    out.inlines(&cell.content);
                }
                out.tables.push(first.unwrap_or_default());
            }
            Block::Code { text, .. } => {
                out.code.push(collapse(text));
                out.line(text);
            }
            Block::Embed { embed } => {
                out.embeds.push(embed.url.clone());
                out.links.push(embed.url.clone());
                // An address alone (a paragraph, WordPress's wrapper of an
                // embed it could not fetch) became this embed: it shows it.
                out.line(&embed.url);
                for part in [&embed.title, &embed.text, &embed.author].into_iter().flatten() {
                    out.line(part);
                }
                embed.caption.iter().for_each(|c| out.inlines(c));
            }
            Block::Video { video: media } | Block::Audio { audio: media } => {
                out.embeds.push(media.src.clone());
                media.title.iter().for_each(|t| out.line(t));
                media.caption.iter().for_each(|c| out.inlines(c));
            }
            Block::Update { headline, url, .. } => {
                out.line(headline.as_deref().unwrap_or_default());
                out.links.extend(url.clone());
            }
            Block::Ad { .. } | Block::Divider => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Comparing them.

/// The words of `text`: split at white space (a no-break space too),
/// typographic quotes, apostrophes and dashes made plain, punctuation at
/// either end dropped; punctuation alone is no word.
fn words(text: &str) -> Vec<String> {
    text.split(char::is_whitespace)
        .map(|word| {
            let plain: String = word
                .chars()
                .map(|c| match c {
                    '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
                    '\u{201c}' | '\u{201d}' => '"',
                    '\u{2010}'..='\u{2015}' => '-',
                    c => c,
                })
                .collect();
            plain.trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

/// Whether `phrase` occurs in `words` in order, side by side; its start.
fn find_phrase(words: &[String], phrase: &[String]) -> Option<usize> {
    (!phrase.is_empty()).then_some(())?;
    words.windows(phrase.len()).position(|window| window == phrase)
}

/// What a body's check measured.
struct Figures {
    kept: usize,
    counted: usize,
    excluded: usize,
    /// The source's words not in the output.
    missing: Vec<String>,
    /// Per kind: (found in the output, dropped with a warning, in the source).
    kinds: Vec<(&'static str, usize, usize, usize)>,
}

/// The part of a warning that names an address: the converter quotes at
/// most 40 characters of it, then "…".
fn names_url(warnings: &[Warning], url: &str) -> bool {
    let quoted: String = url.chars().take(40).collect();
    !quoted.is_empty() && warnings.iter().any(|w| w.message.contains(&format!("\"{quoted}")))
}

/// Whether a warning names `item` (by one of its addresses) or the
/// element, player or card it is (by its tag and `src`, or a class).
fn warned_about(warnings: &[Warning], item: &Item) -> bool {
    item.keys.iter().any(|key| names_url(warnings, key))
        || item.inside.iter().any(|element| {
            let Element { tag, classes, src } = element;
            warnings.iter().any(|w| {
                let by_tag = match src {
                    Some(src) => {
                        w.message.starts_with(&format!("<{tag} src=\"{}", src.chars().take(40).collect::<String>()))
                    }
                    None => w.message.starts_with(&format!("<{tag}>")),
                };
                by_tag || classes.iter().any(|c| w.message.contains(&format!("(class \"{c}\")")))
            })
        })
}

/// Checks one body; failures are added to `failures`.
fn check(body: &Body, failures: &mut Vec<String>) -> Figures {
    let source = source_of(&body.html);
    let (blocks, warnings) = html::convert(&body.html);
    let mut output = output_of(&blocks);
    let fail = |failures: &mut Vec<String>, message: String| failures.push(format!("{}: {message}", body.name));

    // Visible text.
    let mut source_words = words(&source.text);
    let output_words = words(&output.text);
    let mut excluded = 0;
    let by_design: Vec<&ByDesign> = BY_DESIGN.iter().filter(|entry| entry.body == body.name).collect();
    for entry in &by_design {
        if let Dropped::Words(phrase) = entry.dropped {
            let phrase = words(phrase);
            match find_phrase(&source_words, &phrase) {
                None => fail(failures, format!("BY_DESIGN lists {phrase:?}, which the source does not show")),
                Some(_) if find_phrase(&output_words, &phrase).is_some() => {
                    fail(failures, format!("BY_DESIGN lists {phrase:?} as dropped, but the output has it"))
                }
                Some(at) => {
                    source_words.drain(at..at + phrase.len());
                    excluded += phrase.len();
                }
            }
        }
    }
    let mut available: HashMap<&str, usize> = HashMap::new();
    for word in &output_words {
        *available.entry(word).or_default() += 1;
    }
    let mut missing = Vec::new();
    for word in &source_words {
        match available.get_mut(word.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => missing.push(word.as_str()),
        }
    }
    let counted = source_words.len();
    let kept = counted - missing.len();
    if counted > 0 && (kept as f64) < WORDS_KEPT * counted as f64 {
        fail(failures, format!("{kept} of {counted} words kept, under {}%; missing: {missing:?}", WORDS_KEPT * 100.0));
    }

    // Counts: each source item found in the output (each output item
    // standing for one source item), or named in a warning.
    let designed_images: Vec<&str> = by_design
        .iter()
        .filter_map(|entry| match entry.dropped {
            Dropped::Image(url) => Some(url),
            Dropped::Words(_) => None,
        })
        .collect();
    for url in &designed_images {
        if !source.images.iter().any(|item| item.keys.iter().any(|k| k == url)) {
            fail(failures, format!("BY_DESIGN lists the image {url}, which the source does not have"));
        }
        if output.images.iter().any(|src| src == url) {
            fail(failures, format!("BY_DESIGN lists the image {url} as dropped, but the output has it"));
        }
    }
    let images: Vec<Item> = source
        .images
        .into_iter()
        .filter(|item| !item.keys.iter().any(|k| designed_images.contains(&k.as_str())))
        .collect();
    let mut kinds = Vec::new();
    if let Some(href) = output.links.iter().find(|href| href.starts_with('#')) {
        fail(failures, format!("links: the output links to {href:?}, but {IN_PAGE_LINKS}"));
    }
    for (kind, items, found) in [
        ("images", images, &mut output.images),
        ("tables", source.tables, &mut output.tables),
        ("code", source.code, &mut output.code),
        ("embeds", source.embeds, &mut output.embeds),
        ("links", source.links, &mut output.links),
    ] {
        let (mut present, mut warned) = (0, 0);
        for item in &items {
            // The item's first key is its own address; the others (srcset
            // candidates, a player's page) are tried after it.
            let at = item.keys.iter().find_map(|key| found.iter().position(|f| f == key));
            if let Some(at) = at {
                found.remove(at);
                present += 1;
            } else if warned_about(&warnings, item) {
                warned += 1;
            } else {
                let inside: Vec<String> = item.inside.iter().map(|e| format!("{}{:?}", e.tag, e.classes)).collect();
                fail(
                    failures,
                    format!(
                        "{kind}: {} is not in the output and no warning names it (inside {})",
                        item.what,
                        inside.join(" > ")
                    ),
                );
            }
        }
        kinds.push((kind, present, warned, items.len()));
    }
    let missing = missing.into_iter().map(String::from).collect();
    Figures { kept, counted, excluded, missing, kinds }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

// Every HTML body of the fixtures keeps 99% of its words and every image,
// data table, code block, embed and link, or says in a warning what it
// dropped; the figures are printed for each.
#[test]
fn every_fixture_body_keeps_its_text_and_media() {
    let bodies = bodies();
    let mut failures = Vec::new();
    let mut table =
        String::from("\nfidelity of the HTML fixtures (found / in the source; +n dropped with a warning)\n");
    for body in &bodies {
        let figures = check(body, &mut failures);
        let share = if figures.counted == 0 { 100.0 } else { 100.0 * figures.kept as f64 / figures.counted as f64 };
        let _ = write!(
            table,
            "{}: {} of {} words ({share:.1}%)",
            body.name,
            thousands(figures.kept),
            thousands(figures.counted)
        );
        if figures.excluded > 0 {
            let _ = write!(table, " [{} dropped by design]", figures.excluded);
        }
        for (kind, present, warned, total) in figures.kinds {
            let _ = write!(table, ", {kind} {present}/{total}");
            if warned > 0 {
                let _ = write!(table, " (+{warned} warned)");
            }
        }
        if !figures.missing.is_empty() {
            let _ = write!(table, "\n    not in the output: {}", figures.missing.join(" "));
        }
        table.push('\n');
    }
    table.push_str("dropped by design:\n");
    for entry in BY_DESIGN {
        let what = match entry.dropped {
            Dropped::Words(words) => format!("{words:?}"),
            Dropped::Image(url) => format!("<img src=\"{url}\">"),
        };
        let _ = writeln!(table, "  {}: {what}: {}", entry.body, entry.why);
    }
    eprintln!("{table}");
    // Every folder gave bodies, and every BY_DESIGN entry names one of them.
    for folder in ["html/", "wordpress/", "ghost/", "jsonfeed/"] {
        assert!(bodies.iter().any(|b| b.name.starts_with(folder)), "no HTML body read from fixtures/{folder}");
    }
    for entry in BY_DESIGN {
        assert!(bodies.iter().any(|b| b.name == entry.body), "BY_DESIGN names {}, which is no body", entry.body);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
