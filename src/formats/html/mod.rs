//! HTML bodies (JSON Feed `content_html`, WordPress `content.rendered`,
//! Ghost `html`) into model blocks, through an allowlist.
//!
//! The HTML is parsed by a real, spec-following parser ([`tree`]: the
//! browser's `DOMParser` in the wasm build, html5ever natively), never by
//! hand: hostile markup (`<noscript><p title="</noscript><img …>">`, broken
//! nesting, deep trees) means here exactly what it means in a browser. The
//! tree is then read once, by the code in this file, into the model. Nothing
//! from the input reaches the page as markup: text becomes text, a few
//! elements become blocks and inline runs, URLs pass `check_url`, and every
//! other element keeps at most its text.
//!
//! What becomes what:
//! - `p` → paragraph; `h1`, `h2` → heading level 2, `h3`…`h6` → level 3;
//!   `blockquote` (with a `<cite>` or `<footer>` child, or the `figcaption`
//!   of its `figure`, as attribution) → quote, a pull quote when it or its
//!   figure has a pull-quote class (`wp-block-pullquote`, `kg-blockquote-alt`);
//!   `ul`, `ol` → list, a nested list joined into its item's text; `hr` →
//!   divider; `pre` → a paragraph whose line breaks are kept.
//! - A figure (or WordPress `div.wp-caption`) with one image → figure block
//!   with the `figcaption` as caption; an image inside text → a figure
//!   block right after the block holding it (a lone image in a `p` is the
//!   common case). An image without `src` takes its largest `srcset` entry.
//!   A figure of several images (a gallery) gives one figure each; the
//!   caption of a figure with nothing kept (a video embed) goes with it.
//! - Ghost `kg-bookmark-card` → inline story; a paragraph that is only
//!   "Related:" (or "Read more:", "Read also:", "See also:") and one link →
//!   inline story; WordPress' embedded-post quote (`wp-embedded-content`,
//!   one link) → inline story.
//! - `a`, `em`/`i`, `strong`/`b`, `code`/`kbd`/`samp`, `sup`, `sub`, `br` →
//!   inline runs; `q` → its text in quotation marks.
//! - Scripts, styles, templates, frames, objects, forms and their controls,
//!   SVG, MathML, canvas, audio, video (and the audio/video cards of Ghost
//!   and WordPress) are dropped with their content. Ghost's callout card is
//!   one paragraph. Every other element is transparent: its text stays, its
//!   markup goes; block-level ones (`div`, `section`, table cells, …) end
//!   the paragraph before them.
//!
//! Limits are applied by cutting short, with a warning, never by failing:
//! the HTML is one field of an article that otherwise renders.

mod tree;

use std::mem;

use tree::{HtmlNode, Kind};

use super::read::Reader;
use super::read::Warning;
use crate::model::limits::{MAX_BLOCKS, MAX_INLINES, MAX_INLINE_DEPTH, MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::model::{check_url, Block, Image, Inline, StoryCard, UrlKind};

/// Element nesting read as structure. Parsers build trees as deep as the
/// input asks (html5ever has no cap; Blink caps at 512), so past this depth
/// only the text is kept, read without recursion.
const MAX_ELEMENT_DEPTH: usize = 64;

/// Deepest nesting of HTML handed to a parser. Both parsers take time that
/// grows with the square of the depth (40,000 nested elements: 10 s
/// natively, 4 s in the browser), so a hostile body would freeze the page.
const MAX_HTML_NESTING: usize = 4_000;

/// An upper estimate of how deep `html` nests, when it is over
/// [`MAX_HTML_NESTING`]. Not a parser: it counts start tags against end tags,
/// leaving out void elements, so a sloppy document that never closes its
/// paragraphs counts deeper than it is, never shallower.
fn too_deep(html: &str) -> Option<usize> {
    const VOID: [&[u8]; 14] = [
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param", b"source",
        b"track", b"wbr",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut rest = bytes;
    while let Some(at) = rest.iter().position(|&b| b == b'<') {
        rest = rest.get(at + 1..).unwrap_or_default();
        match rest.first() {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = rest.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                let name = rest.get(..name_len).unwrap_or_default().to_ascii_lowercase();
                if !VOID.contains(&name.as_slice()) {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    (deepest > MAX_HTML_NESTING).then_some(deepest)
}

/// Whether `html` is shallow enough to parse; if not, `reader` is told.
fn nesting_within_limit(html: &str, reader: &mut Reader, path: &str) -> bool {
    match too_deep(html) {
        None => true,
        Some(depth) => {
            reader.warn(path.to_owned(), format!("HTML nested about {depth} levels deep, more than the {MAX_HTML_NESTING} this widget parses; not shown"));
            false
        }
    }
}

/// Labels that make a paragraph holding one link an inline story card,
/// compared lowercase, without the colon the paragraph must have.
const STORY_LABELS: &[&str] = &["related", "read more", "read also", "also read", "see also"];

/// Converts an HTML fragment found at JSON path `path` into blocks. Problems
/// (a dropped unsafe URL, an element over a limit) become warnings on
/// `reader`, named by `path`.
pub(crate) fn html_to_blocks(html: &str, reader: &mut Reader, path: &str) -> Vec<Block> {
    if !nesting_within_limit(html, reader, path) {
        return Vec::new();
    }
    let Some((_document, body)) = tree::parse(html) else { return Vec::new() };
    let mut convert = Converter::new(reader, path, true);
    convert.blocks(&body, 0);
    convert.finish()
}

/// Converts an HTML fragment into one run of inline content, for captions
/// and other single-line places where links matter. Block edges become
/// spaces; images are left out.
pub(crate) fn html_to_inlines(html: &str, reader: &mut Reader, path: &str) -> Vec<Inline> {
    if !nesting_within_limit(html, reader, path) {
        return Vec::new();
    }
    let Some((_document, body)) = tree::parse(html) else { return Vec::new() };
    let mut convert = Converter::new(reader, path, false);
    let mut out = Inlines::default();
    convert.inlines(&mut out, &body, 0);
    convert.finish_inlines(out)
}

/// The text of an HTML fragment with its markup dropped, entities decoded
/// and whitespace collapsed, for titles and excerpts (WordPress
/// `title.rendered`, `excerpt.rendered`).
pub(crate) fn html_to_text(html: &str) -> String {
    if too_deep(html).is_some() {
        return String::new();
    }
    match tree::parse(html) {
        Some((_document, body)) => text_of(&body),
        None => String::new(),
    }
}

/// [`html_to_blocks`] for tests, with the warnings it gave, for the path
/// `article.content_html`.
#[doc(hidden)]
pub fn html_blocks_for_test(html: &str) -> (Vec<Block>, Vec<Warning>) {
    let mut reader = Reader::default();
    let blocks = html_to_blocks(html, &mut reader, "article.content_html");
    (blocks, reader.warnings)
}

/// [`html_to_inlines`] for tests, with the warnings it gave.
#[doc(hidden)]
pub fn html_inlines_for_test(html: &str) -> (Vec<Inline>, Vec<Warning>) {
    let mut reader = Reader::default();
    let inlines = html_to_inlines(html, &mut reader, "article.caption_html");
    (inlines, reader.warnings)
}

/// [`html_to_text`] for tests.
#[doc(hidden)]
pub fn html_text_for_test(html: &str) -> String {
    html_to_text(html)
}

/// Elements dropped with everything inside them: active content, embedded
/// media, form controls, and document metadata that is no part of the text.
fn is_dropped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "template"
            | "iframe"
            | "frame"
            | "frameset"
            | "noframes"
            | "object"
            | "embed"
            | "applet"
            | "param"
            | "portal"
            | "fencedframe"
            | "form"
            | "input"
            | "button"
            | "select"
            | "option"
            | "optgroup"
            | "datalist"
            | "textarea"
            | "noscript"
            | "noembed"
            | "svg"
            | "math"
            | "canvas"
            | "audio"
            | "video"
            | "source"
            | "track"
            | "area"
            | "dialog"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "base"
    )
}

/// Elements that end the paragraph before them and start a new one after,
/// as they break the line in a browser.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "legend"
            | "li"
            | "listing"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "plaintext"
            | "pre"
            | "search"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "xmp"
    )
}

fn has_class<N: HtmlNode>(node: &N, name: &str) -> bool {
    node.attr("class").is_some_and(|classes| classes.split_ascii_whitespace().any(|c| c == name))
}

fn is_element<N: HtmlNode>(node: &N, tag: &str) -> bool {
    matches!(node.kind(), Kind::Element(t) if t == tag)
}

/// Ghost and WordPress audio and video cards: their text is player chrome
/// ("0:00", "1×") and a caption for a player that is not shown.
fn is_media_card<N: HtmlNode>(node: &N, tag: &str) -> bool {
    matches!(tag, "figure" | "div")
        && ["kg-audio-card", "kg-video-card", "wp-block-audio", "wp-block-video"].iter().any(|c| has_class(node, c))
}

fn is_pull_quote<N: HtmlNode>(node: &N) -> bool {
    ["wp-block-pullquote", "kg-blockquote-alt", "pullquote", "pull-quote"].iter().any(|c| has_class(node, c))
}

/// A step of a walk without recursion: a node to read, or the edge of a
/// block-level element that was read.
enum Step<N> {
    Node(N),
    Edge,
}

/// The text under `node` as a browser lays it out, without recursion (the
/// tree may be thousands of levels deep): dropped elements contribute
/// nothing, block edges and `<br>` a space. Whitespace is not collapsed.
fn plain_text<N: HtmlNode>(node: &N, out: &mut String) {
    let mut stack = vec![Step::Node(node.clone())];
    while let Some(step) = stack.pop() {
        match step {
            Step::Edge => out.push(' '),
            Step::Node(node) => match node.kind() {
                Kind::Text(text) => out.push_str(&text),
                Kind::Element(tag) if is_dropped(&tag) || is_media_card(&node, &tag) => {}
                Kind::Element(tag) => {
                    let edge = is_block(&tag) || tag == "br";
                    if edge {
                        out.push(' ');
                        stack.push(Step::Edge);
                    }
                    stack.extend(node.children().into_iter().rev().map(Step::Node));
                }
                Kind::Foreign | Kind::Other => {}
            },
        }
    }
}

/// Runs of ASCII whitespace become one space, as in normal flow; the ends
/// are trimmed. A no-break space is text, not whitespace, and stays.
fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of<N: HtmlNode>(node: &N) -> String {
    let mut text = String::new();
    plain_text(node, &mut text);
    collapse(&text)
}

/// The first element under `node` (in document order, not `node` itself)
/// that `wanted` accepts, skipping dropped elements.
fn find_first<N: HtmlNode>(node: &N, wanted: impl Fn(&N, &str) -> bool) -> Option<N> {
    let mut stack: Vec<N> = node.children().into_iter().rev().collect();
    while let Some(node) = stack.pop() {
        if let Kind::Element(tag) = node.kind() {
            if is_dropped(&tag) {
                continue;
            }
            if wanted(&node, &tag) {
                return Some(node);
            }
            stack.extend(node.children().into_iter().rev());
        }
    }
    None
}

/// How many images are under `node`, counting to 2 at most.
fn image_count<N: HtmlNode>(node: &N) -> usize {
    let mut stack = node.children();
    let mut count = 0;
    while let Some(node) = stack.pop() {
        if let Kind::Element(tag) = node.kind() {
            if tag == "img" {
                count += 1;
                if count > 1 {
                    break;
                }
            } else if !is_dropped(&tag) {
                stack.extend(node.children());
            }
        }
    }
    count
}

/// `s` cut to `max` characters; `true` when it was cut.
fn truncate_chars(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((end, _)) => (s.get(..end).unwrap_or_default().to_owned(), true),
        None => (s.to_owned(), false),
    }
}

/// A URL as shown in a warning: short enough to read, control characters
/// (a tab hiding a `javascript:`) spelled out.
fn shown(raw: &str) -> String {
    let (s, cut) = truncate_chars(raw.trim(), 40);
    let mut shown = String::new();
    for c in s.chars() {
        match c {
            '\t' => shown.push_str("\\t"),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            c if c.is_control() => shown.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => shown.push(c),
        }
    }
    if cut {
        shown.push('…');
    }
    shown
}

/// An `<img width>`/`height`, read as HTML reads non-negative integers
/// (leading digits: "600px" is 600), kept in the model's 1..=20000 range.
fn dimension(raw: Option<String>) -> Option<u32> {
    let raw = raw?;
    let raw = raw.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let raw = raw.strip_prefix('+').unwrap_or(raw);
    let digits = raw.split(|c: char| !c.is_ascii_digit()).next().unwrap_or_default();
    digits.parse::<u32>().ok().filter(|n| (1..=20_000).contains(n))
}

/// A density descriptor's number ("1.5") in thousandths, read by hand: a
/// float parser would cost the wasm more than this whole file.
fn thousandths(number: &str) -> Option<u64> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) || (whole.is_empty() && fraction.is_empty()) {
        return None;
    }
    let whole: u64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let fraction = fraction.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0, |n, b| n * 10 + u64::from(b - b'0'));
    whole.checked_mul(1000)?.checked_add(fraction)
}

/// The URL of the largest candidate in a `srcset`
/// (<https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute>):
/// the widest `w` descriptor, else the highest `x` density (none is 1x).
fn largest_srcset_candidate(srcset: &str) -> Option<String> {
    let mut best: Option<((u8, u64), &str)> = None;
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let (url, after) = rest.split_at(rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len()));
        let mut descriptors = "";
        let url = if url.ends_with(',') {
            rest = after;
            url.trim_end_matches(',')
        } else {
            let (d, after) = after.split_at(after.find(',').unwrap_or(after.len()));
            descriptors = d;
            rest = after;
            url
        };
        let mut size = (0u8, 1000u64);
        for descriptor in descriptors.split_ascii_whitespace() {
            if let Some(w) = descriptor.strip_suffix('w').and_then(|n| n.parse::<u32>().ok()) {
                size = (1, u64::from(w));
            } else if let Some(x) = descriptor.strip_suffix('x').and_then(thousandths) {
                size = (0, x);
            }
        }
        if !url.is_empty() && best.is_none_or(|(b, _)| size.0 > b.0 || (size.0 == b.0 && size.1 > b.1)) {
            best = Some((size, url));
        }
    }
    best.map(|(_, url)| url.to_owned())
}

/// The story card a paragraph stands for, when all of it is one of `labels`
/// with its colon and then one link, or (with `labels` empty) only one link.
fn labelled_story(content: &[Inline], labels: &[&str]) -> Option<StoryCard> {
    #[derive(Default)]
    struct Parts {
        before: String,
        after: String,
        link: Option<(String, String)>,
        links: usize,
        code: bool,
    }
    fn walk(content: &[Inline], parts: &mut Parts) {
        for inline in content {
            let side = if parts.links == 0 { &mut parts.before } else { &mut parts.after };
            match inline {
                Inline::Link { href, content } => {
                    parts.links += 1;
                    let mut text = String::new();
                    content.iter().for_each(|i| i.plain_text(&mut text));
                    parts.link = Some((href.clone(), text));
                }
                Inline::Code { .. } => parts.code = true,
                Inline::Text { text } => side.push_str(text),
                Inline::LineBreak => side.push(' '),
                Inline::Emphasis { content }
                | Inline::Strong { content }
                | Inline::Superscript { content }
                | Inline::Subscript { content } => walk(content, parts),
            }
        }
    }
    let mut parts = Parts::default();
    walk(content, &mut parts);
    let (url, text) = parts.link.filter(|_| parts.links == 1 && !parts.code)?;
    let label = parts.before.trim();
    let label_ok = if labels.is_empty() {
        label.is_empty()
    } else {
        // ASCII case folding: full Unicode lowercasing would add its tables to the wasm.
        label.strip_suffix(':').is_some_and(|l| labels.iter().any(|known| known.eq_ignore_ascii_case(l.trim_end())))
    };
    let headline = collapse(&text);
    (label_ok && parts.after.trim().is_empty() && !headline.is_empty() && headline.chars().count() <= MAX_SHORT_TEXT)
        .then_some(StoryCard { url, headline, kicker: None, image: None, date: None, summary: None })
}

/// Whether inline content shows nothing but whitespace (`<p>&nbsp;</p>`).
fn is_blank(content: &[Inline]) -> bool {
    content.iter().all(|inline| match inline {
        Inline::Text { text } => text.trim().is_empty(),
        Inline::Code { .. } => false,
        Inline::LineBreak => true,
        Inline::Emphasis { content }
        | Inline::Strong { content }
        | Inline::Superscript { content }
        | Inline::Subscript { content }
        | Inline::Link { content, .. } => is_blank(content),
    })
}

fn plain(content: &[Inline]) -> String {
    let mut text = String::new();
    content.iter().for_each(|inline| inline.plain_text(&mut text));
    collapse(&text)
}

/// Limits met during one conversion, each warned about once.
#[derive(Clone, Copy)]
enum Limit {
    Blocks,
    Inlines,
    ListItems,
    LongText,
    InlineDepth,
    ElementDepth,
}

impl Limit {
    fn message(self) -> String {
        match self {
            Limit::Blocks => format!("more than {MAX_BLOCKS} blocks; the rest is dropped"),
            Limit::Inlines => format!("a block with more than {MAX_INLINES} runs of text; the rest of it is dropped"),
            Limit::ListItems => format!("a list with more than {MAX_INLINES} items; the rest are dropped"),
            Limit::LongText => format!("a run of text longer than {MAX_LONG_TEXT} characters; it is cut short"),
            Limit::InlineDepth => format!(
                "text formatting nested more than {MAX_INLINE_DEPTH} levels deep; the inner formatting is dropped, its text kept"
            ),
            Limit::ElementDepth => format!(
                "elements nested more than {MAX_ELEMENT_DEPTH} levels deep; their markup is dropped, their text kept"
            ),
        }
    }
}

/// One conversion: the blocks so far, the loose inline content not yet in
/// a block, and images met inside text, waiting for their block to end.
struct Converter<'r> {
    reader: &'r mut Reader,
    path: &'r str,
    out: Vec<Block>,
    /// Text and inline elements outside any `p`: a paragraph when a block
    /// starts or the input ends.
    loose: Inlines,
    /// Images found inside a block's text, shown after that block.
    figures: Vec<Image>,
    /// The caption of the figure being read, for its one image.
    caption: Option<String>,
    keep_images: bool,
    /// The limits already warned about, one bit each.
    warned: u8,
}

impl<'r> Converter<'r> {
    fn new(reader: &'r mut Reader, path: &'r str, keep_images: bool) -> Self {
        Converter {
            reader,
            path,
            out: Vec::new(),
            loose: Inlines::default(),
            figures: Vec::new(),
            caption: None,
            keep_images,
            warned: 0,
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.out
    }

    fn warn(&mut self, message: String) {
        self.reader.warn(self.path.to_owned(), message);
    }

    fn limit(&mut self, limit: Limit) {
        let bit = 1 << limit as u8;
        if self.warned & bit == 0 {
            self.warned |= bit;
            self.warn(limit.message());
        }
    }

    fn push(&mut self, block: Block) {
        if self.out.len() < MAX_BLOCKS {
            self.out.push(block);
        } else {
            self.limit(Limit::Blocks);
        }
    }

    fn finish_inlines(&mut self, inlines: Inlines) -> Vec<Inline> {
        let (content, hit) = inlines.finish();
        for (hit, limit) in
            [(hit.inlines, Limit::Inlines), (hit.long_text, Limit::LongText), (hit.depth, Limit::InlineDepth)]
        {
            if hit {
                self.limit(limit);
            }
        }
        content
    }

    /// Ends the loose paragraph, if any, and shows the images its text held.
    fn flush(&mut self) {
        let loose = mem::take(&mut self.loose);
        let content = self.finish_inlines(loose);
        self.paragraph_block(content);
        self.emit_figures();
    }

    fn emit_figures(&mut self) {
        for image in mem::take(&mut self.figures) {
            self.push(Block::Figure { image });
        }
    }

    fn paragraph_block(&mut self, content: Vec<Inline>) {
        if is_blank(&content) {
            return;
        }
        match labelled_story(&content, STORY_LABELS) {
            Some(story) => self.push(Block::Story { story }),
            None => self.push(Block::Paragraph { content }),
        }
    }

    /// Text cut to `max` characters, with a warning naming `what` when cut.
    fn cut(&mut self, text: &str, max: usize, what: &str) -> String {
        let (text, cut) = truncate_chars(text, max);
        if cut {
            self.warn(format!("{what} longer than {max} characters; it is cut short"));
        }
        text
    }

    // Block context: the children of `body` and of transparent containers.

    fn blocks<N: HtmlNode>(&mut self, node: &N, depth: usize) {
        for child in node.children() {
            // Past the block limit nothing more is kept: stop reading.
            if self.warned & (1 << Limit::Blocks as u8) != 0 {
                break;
            }
            self.block_node(&child, depth + 1);
        }
    }

    fn block_node<N: HtmlNode>(&mut self, node: &N, depth: usize) {
        match node.kind() {
            Kind::Text(text) => self.loose.text(&text),
            Kind::Element(tag) => self.block_element(node, &tag, depth),
            Kind::Foreign | Kind::Other => {}
        }
    }

    fn block_element<N: HtmlNode>(&mut self, node: &N, tag: &str, depth: usize) {
        if depth > MAX_ELEMENT_DEPTH {
            self.limit(Limit::ElementDepth);
            let mut loose = mem::take(&mut self.loose);
            loose.deep_text(node, tag);
            self.loose = loose;
            return;
        }
        if is_dropped(tag) || is_media_card(node, tag) {
            return;
        }
        if matches!(tag, "figure" | "div") && has_class(node, "kg-bookmark-card") && self.bookmark(node, depth) {
            return;
        }
        match tag {
            "p" => self.paragraph(node, depth, false),
            "pre" | "listing" | "xmp" | "plaintext" => self.paragraph(node, depth, true),
            "h1" | "h2" => self.heading(node, depth, 2),
            "h3" | "h4" | "h5" | "h6" => self.heading(node, depth, 3),
            "blockquote" => self.quote(node, depth, false, None),
            "ul" | "ol" | "menu" | "dir" => self.list(node, depth, tag == "ol"),
            "figure" => self.figure(node, depth, None),
            "div" if has_class(node, "wp-caption") => self.figure(node, depth, Some("wp-caption-text")),
            // Ghost's callout: an emoji and a sentence, one paragraph.
            "div" if has_class(node, "kg-callout-card") => self.paragraph(node, depth, false),
            "img" => {
                self.flush();
                let caption = self.caption.take();
                if let Some(image) = self.image(node, caption) {
                    self.push(Block::Figure { image });
                }
            }
            "hr" => {
                self.flush();
                self.push(Block::Divider);
            }
            "br" => self.loose.line_break(),
            "a" | "em" | "i" | "strong" | "b" | "sup" | "sub" | "code" | "kbd" | "samp" | "tt" | "q" => {
                let mut loose = mem::take(&mut self.loose);
                self.inline_element(&mut loose, node, tag, depth);
                self.loose = loose;
            }
            tag if is_block(tag) => {
                self.flush();
                self.blocks(node, depth);
                self.flush();
            }
            _ => self.blocks(node, depth),
        }
    }

    fn paragraph<N: HtmlNode>(&mut self, node: &N, depth: usize, pre: bool) {
        self.flush();
        let mut inlines = Inlines { pre, ..Inlines::default() };
        self.inlines(&mut inlines, node, depth);
        let content = self.finish_inlines(inlines);
        self.paragraph_block(content);
        self.emit_figures();
    }

    fn heading<N: HtmlNode>(&mut self, node: &N, depth: usize, level: u8) {
        self.flush();
        let mut inlines = Inlines::default();
        self.inlines(&mut inlines, node, depth);
        let content = self.finish_inlines(inlines);
        let text = plain(&content);
        if !text.is_empty() {
            let text = self.cut(&text, MAX_SHORT_TEXT, "a heading");
            self.push(Block::Heading { level, text });
        }
        self.emit_figures();
    }

    /// A `blockquote`; `attribution` is its figure's caption, if any. Its
    /// paragraphs become lines of the one quote the model holds.
    fn quote<N: HtmlNode>(&mut self, node: &N, depth: usize, pull: bool, attribution: Option<String>) {
        self.flush();
        let pull = pull || is_pull_quote(node);
        let mut inlines = Inlines { breaks: true, ..Inlines::default() };
        let mut cite = None;
        for child in node.children() {
            if is_element(&child, "cite") || is_element(&child, "footer") {
                cite = Some(text_of(&child));
            } else {
                self.inline_node(&mut inlines, &child, depth + 1);
            }
        }
        let content = self.finish_inlines(inlines);
        let attribution = cite.or(attribution).map(|who| {
            let who = who.trim_start_matches(['—', '–', '―', '-', ' ', '\u{a0}']).trim_end();
            self.cut(who, MAX_SHORT_TEXT, "a quote's attribution")
        });
        let attribution = attribution.filter(|who| !who.is_empty());
        if has_class(node, "wp-embedded-content") {
            if let Some(story) = labelled_story(&content, &[]) {
                self.push(Block::Story { story });
                return self.emit_figures();
            }
        }
        if !is_blank(&content) {
            self.push(Block::Quote { content, attribution, pull });
        } else if let Some(who) = attribution {
            self.push(Block::Paragraph { content: vec![Inline::Text { text: who }] });
        }
        self.emit_figures();
    }

    fn list<N: HtmlNode>(&mut self, node: &N, depth: usize, ordered: bool) {
        self.flush();
        let mut items = Vec::new();
        for child in node.children() {
            let mut inlines = Inlines::default();
            match child.kind() {
                Kind::Element(tag) if tag == "li" && depth < MAX_ELEMENT_DEPTH => {
                    self.inlines(&mut inlines, &child, depth + 1)
                }
                Kind::Element(_) | Kind::Text(_) => self.inline_node(&mut inlines, &child, depth + 1),
                Kind::Foreign | Kind::Other => continue,
            }
            let item = self.finish_inlines(inlines);
            if is_blank(&item) {
                continue;
            }
            if items.len() == MAX_INLINES {
                self.limit(Limit::ListItems);
                break;
            }
            items.push(item);
        }
        if !items.is_empty() {
            self.push(Block::List { ordered, items });
        }
        self.emit_figures();
    }

    /// A `figure`, or a figure-like `div` whose caption is the child with
    /// `caption_class`. One image: a figure block with the caption. A
    /// `blockquote`: a quote attributed to the caption. Anything else (a
    /// gallery, a table): its parts one by one, then the caption as a
    /// paragraph, unless nothing of the figure was kept (a video embed): a
    /// caption under nothing would only confuse.
    fn figure<N: HtmlNode>(&mut self, node: &N, depth: usize, caption_class: Option<&str>) {
        self.flush();
        let children = node.children();
        let is_caption =
            |child: &N| is_element(child, "figcaption") || caption_class.is_some_and(|c| has_class(child, c));
        let caption = children.iter().find(|c| is_caption(c));
        let has_quote = children.iter().any(|c| is_element(c, "blockquote"));
        if has_quote || image_count(node) == 1 {
            let mut caption = caption.map(text_of).filter(|c| !c.is_empty());
            if let Some(text) = caption.take() {
                caption = Some(self.cut(&text, MAX_LONG_TEXT, "a caption"));
            }
            let pull = is_pull_quote(node);
            if !has_quote {
                self.caption = caption.take();
            }
            for child in &children {
                if is_caption(child) {
                    continue;
                }
                if has_quote && is_element(child, "blockquote") && depth < MAX_ELEMENT_DEPTH {
                    self.quote(child, depth + 1, pull, caption.take());
                } else {
                    self.block_node(child, depth + 1);
                }
            }
            self.caption = None;
        } else {
            let before = self.out.len();
            for child in children.iter().filter(|c| !is_caption(c)) {
                self.block_node(child, depth + 1);
            }
            self.flush();
            if self.out.len() > before {
                for child in children.iter().filter(|c| is_caption(c)) {
                    self.block_node(child, depth + 1);
                }
            }
        }
        self.flush();
    }

    /// A Ghost bookmark card: a link to another story with its title, and
    /// maybe a description and a thumbnail. `false` when it has no usable
    /// link or title; then it is read as any other element.
    fn bookmark<N: HtmlNode>(&mut self, node: &N, depth: usize) -> bool {
        let Some(href) = find_first(node, |n, tag| tag == "a" && n.attr("href").is_some()).and_then(|a| a.attr("href"))
        else {
            return false;
        };
        // An unsafe link is warned about when the card is read as text.
        let Ok(url) = check_url(&href, UrlKind::Link) else { return false };
        let headline =
            find_first(node, |n, _| has_class(n, "kg-bookmark-title")).map(|n| text_of(&n)).unwrap_or_default();
        if headline.is_empty() {
            return false;
        }
        self.flush();
        let headline = self.cut(&headline, MAX_SHORT_TEXT, "a bookmark card's title");
        let summary = find_first(node, |n, _| has_class(n, "kg-bookmark-description")).map(|n| text_of(&n));
        let summary =
            summary.filter(|s| !s.is_empty()).map(|s| self.cut(&s, MAX_LONG_TEXT, "a bookmark card's description"));
        let thumbnail = find_first(node, |n, _| has_class(n, "kg-bookmark-thumbnail")).and_then(|t| {
            if is_element(&t, "img") {
                Some(t)
            } else {
                find_first(&t, |_, tag| tag == "img")
            }
        });
        let image = thumbnail.and_then(|img| self.image(&img, None));
        self.push(Block::Story { story: StoryCard { url, headline, kicker: None, image, date: None, summary } });
        // The card's caption, if it has one, stays as text.
        for child in node.children() {
            if is_element(&child, "figcaption") {
                self.block_node(&child, depth + 1);
            }
        }
        self.flush();
        true
    }

    /// An `<img>` as a model image; `None` (with a warning if it had an
    /// unsafe URL) when it has no usable source.
    fn image<N: HtmlNode>(&mut self, node: &N, caption: Option<String>) -> Option<Image> {
        let src = node.attr("src").filter(|s| !s.trim().is_empty());
        let largest = node.attr("srcset").and_then(|s| largest_srcset_candidate(&s));
        let src = match (src, largest) {
            (Some(src), largest) => match check_url(&src, UrlKind::Image) {
                Ok(url) => url,
                // A placeholder `src` (lazy loading) over a real `srcset`.
                Err(why) => match largest.and_then(|l| check_url(&l, UrlKind::Image).ok()) {
                    Some(url) => url,
                    None => {
                        self.warn(format!("<img src=\"{}\">: {why}; the image is dropped", shown(&src)));
                        return None;
                    }
                },
            },
            (None, Some(largest)) => match check_url(&largest, UrlKind::Image) {
                Ok(url) => url,
                Err(why) => {
                    self.warn(format!("<img srcset=\"{}\">: {why}; the image is dropped", shown(&largest)));
                    return None;
                }
            },
            (None, None) => return None,
        };
        let alt = collapse(&node.attr("alt").unwrap_or_default());
        let alt = self.cut(&alt, MAX_SHORT_TEXT, "an image's alt text");
        Some(Image {
            src,
            alt,
            width: dimension(node.attr("width")),
            height: dimension(node.attr("height")),
            caption,
            credit: None,
        })
    }

    // Inline context: inside a paragraph, heading, quote or list item.

    fn inlines<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        for child in node.children() {
            self.inline_node(out, &child, depth + 1);
        }
    }

    fn inline_node<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        match node.kind() {
            Kind::Text(text) => out.text(&text),
            Kind::Element(tag) => self.inline_element(out, node, &tag, depth),
            Kind::Foreign | Kind::Other => {}
        }
    }

    fn inline_element<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, tag: &str, depth: usize) {
        if depth > MAX_ELEMENT_DEPTH {
            self.limit(Limit::ElementDepth);
            out.deep_text(node, tag);
            return;
        }
        if is_dropped(tag) || is_media_card(node, tag) {
            return;
        }
        match tag {
            "a" => self.link(out, node, depth),
            "em" | "i" => self.wrapped(out, Wrap::Emphasis, node, depth),
            "strong" | "b" => self.wrapped(out, Wrap::Strong, node, depth),
            "sup" => self.wrapped(out, Wrap::Superscript, node, depth),
            "sub" => self.wrapped(out, Wrap::Subscript, node, depth),
            "code" | "kbd" | "samp" | "tt" => {
                let mut text = String::new();
                plain_text(node, &mut text);
                out.code(&text);
            }
            "br" => out.line_break(),
            "img" => {
                let caption = self.caption.take();
                if let Some(image) = self.keep_images.then(|| self.image(node, caption)).flatten() {
                    self.figures.push(image);
                }
            }
            "ul" | "ol" | "menu" | "dir" => self.nested_list(out, node, depth),
            "q" => {
                out.text("“");
                self.inlines(out, node, depth);
                out.text("”");
            }
            "pre" | "listing" | "xmp" | "plaintext" => {
                out.block_edge();
                let outer = mem::replace(&mut out.pre, true);
                self.inlines(out, node, depth);
                out.pre = outer;
                out.block_edge();
            }
            tag if is_block(tag) => {
                out.block_edge();
                self.inlines(out, node, depth);
                out.block_edge();
            }
            _ => self.inlines(out, node, depth),
        }
    }

    fn wrapped<N: HtmlNode>(&mut self, out: &mut Inlines, wrap: Wrap, node: &N, depth: usize) {
        let opened = out.open(wrap);
        self.inlines(out, node, depth);
        if opened {
            out.close();
        }
    }

    /// A link whose URL passes; otherwise its text alone. Links never nest.
    fn link<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        match node.attr("href") {
            Some(raw) if !out.in_link() => match check_url(&raw, UrlKind::Link) {
                Ok(href) => self.wrapped(out, Wrap::Link(href), node, depth),
                Err(why) => {
                    self.warn(format!("<a href=\"{}\">: {why}; the link is dropped, its text kept", shown(&raw)));
                    self.inlines(out, node, depth);
                }
            },
            _ => self.inlines(out, node, depth),
        }
    }

    /// A list inside a list item (or a quote) joined into the text: "Item:
    /// first; second", or one line an item inside a quote.
    fn nested_list<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        let mut first = true;
        for child in node.children() {
            let is_item = matches!(child.kind(), Kind::Element(_));
            if !is_item {
                self.inline_node(out, &child, depth + 1);
                continue;
            }
            if out.breaks {
                out.block_edge();
            } else if first {
                match out.last {
                    None => {}
                    Some(':') => out.space(),
                    Some(_) => out.punctuation(": "),
                }
            } else {
                out.punctuation("; ");
            }
            let before = out.written;
            if depth < MAX_ELEMENT_DEPTH && is_element(&child, "li") {
                self.inlines(out, &child, depth + 1);
            } else {
                self.inline_node(out, &child, depth + 1);
            }
            first &= out.written == before;
        }
        out.block_edge();
    }
}

/// Formatting that wraps inline content.
enum Wrap {
    Root,
    Emphasis,
    Strong,
    Superscript,
    Subscript,
    Link(String),
}

struct Frame {
    wrap: Wrap,
    content: Vec<Inline>,
    /// Characters in the text run that ends `content`, if it ends in one.
    run_chars: usize,
}

/// Whitespace or line breaks seen but not yet written: they are written
/// only when visible content follows, so none trail at a block's end. The
/// level is the frame they were seen in, so that "a <em>b</em>" keeps its
/// space outside the emphasis.
#[derive(Default, Clone, Copy)]
enum Pending {
    #[default]
    None,
    Space(usize),
    Breaks(usize, usize),
}

#[derive(Default)]
struct Hit {
    inlines: bool,
    long_text: bool,
    depth: bool,
}

/// A block's inline content being built: whitespace collapsed as a browser
/// does for normal flow, formatting nested no deeper than the model allows,
/// and the number of runs capped.
struct Inlines {
    /// The root and the formatting elements open inside it.
    frames: Vec<Frame>,
    pending: Pending,
    /// Visible content was written: line breaks before it are dropped.
    started: bool,
    /// At the start or right after a line break: whitespace is dropped.
    line_start: bool,
    /// The last character written.
    last: Option<char>,
    /// Inside `pre`: a newline is a line break.
    pre: bool,
    /// Block edges inside this content are line breaks, not spaces (quotes).
    breaks: bool,
    /// Inline items written or open, against `MAX_INLINES`.
    count: usize,
    /// Words and code runs written, to tell whether something was.
    written: usize,
    hit: Hit,
}

impl Default for Inlines {
    fn default() -> Self {
        Inlines {
            frames: vec![Frame { wrap: Wrap::Root, content: Vec::new(), run_chars: 0 }],
            pending: Pending::None,
            started: false,
            line_start: true,
            last: None,
            pre: false,
            breaks: false,
            count: 0,
            written: 0,
            hit: Hit::default(),
        }
    }
}

impl Inlines {
    fn top(&self) -> usize {
        self.frames.len().saturating_sub(1)
    }

    fn in_link(&self) -> bool {
        self.frames.iter().any(|f| matches!(f.wrap, Wrap::Link(_)))
    }

    fn full(&mut self) -> bool {
        if self.count >= MAX_INLINES {
            self.hit.inlines = true;
        }
        self.hit.inlines
    }

    fn text(&mut self, text: &str) {
        let mut word_start = None;
        for (i, c) in text.char_indices() {
            if c.is_ascii_whitespace() {
                if let Some(start) = word_start.take() {
                    self.word(text.get(start..i).unwrap_or_default());
                }
                if self.pre && c == '\n' {
                    self.line_break();
                } else {
                    self.space();
                }
            } else if word_start.is_none() {
                word_start = Some(i);
            }
        }
        if let Some(start) = word_start {
            self.word(text.get(start..).unwrap_or_default());
        }
    }

    fn space(&mut self) {
        if !self.line_start && matches!(self.pending, Pending::None) {
            self.pending = Pending::Space(self.top());
        }
    }

    fn line_break(&mut self) {
        if !self.started {
            return;
        }
        let top = self.top();
        self.pending = match self.pending {
            Pending::Breaks(level, n) => Pending::Breaks(level.min(top), n + 1),
            Pending::None | Pending::Space(_) => Pending::Breaks(top, 1),
        };
        self.line_start = true;
    }

    /// The edge of a block-level element inside inline content.
    fn block_edge(&mut self) {
        if !self.breaks {
            self.space();
        } else if !matches!(self.pending, Pending::Breaks(..)) {
            self.line_break();
        }
    }

    /// Separator text that replaces any pending space before it.
    fn punctuation(&mut self, text: &str) {
        if let Pending::Space(_) = self.pending {
            self.pending = Pending::None;
        }
        self.line_start = false;
        self.text(text);
    }

    /// A run of non-whitespace characters.
    fn word(&mut self, word: &str) {
        if word.is_empty() || self.full() {
            return;
        }
        self.write_pending();
        let top = self.top();
        self.push_text(top, word);
        self.after_content(word.chars().last());
    }

    fn code(&mut self, text: &str) {
        if text.is_empty() || self.full() {
            return;
        }
        self.write_pending();
        let (text, cut) = truncate_chars(text, MAX_LONG_TEXT);
        self.hit.long_text |= cut;
        let last = text.chars().last();
        let top = self.top();
        self.push_item(top, Inline::Code { text });
        self.after_content(last);
    }

    fn after_content(&mut self, last: Option<char>) {
        self.written += 1;
        self.started = true;
        self.line_start = false;
        self.last = last;
    }

    fn write_pending(&mut self) {
        match mem::take(&mut self.pending) {
            Pending::None => {}
            Pending::Space(level) => self.push_text(level, " "),
            Pending::Breaks(level, n) => {
                for _ in 0..n {
                    self.push_item(level, Inline::LineBreak);
                }
            }
        }
    }

    fn push_item(&mut self, level: usize, inline: Inline) {
        if self.full() {
            return;
        }
        self.count += 1;
        if let Some(frame) = self.frames.get_mut(level) {
            frame.content.push(inline);
            frame.run_chars = 0;
        }
    }

    /// Appends to the text run that ends frame `level`, or starts one; a
    /// run stops growing at `MAX_LONG_TEXT` characters.
    fn push_text(&mut self, level: usize, text: &str) {
        let ends_in_text = matches!(self.frames.get(level).and_then(|f| f.content.last()), Some(Inline::Text { .. }));
        if !ends_in_text {
            if self.full() {
                return;
            }
            self.count += 1;
            if let Some(frame) = self.frames.get_mut(level) {
                frame.content.push(Inline::Text { text: String::new() });
                frame.run_chars = 0;
            }
        }
        let Some(frame) = self.frames.get_mut(level) else { return };
        let room = MAX_LONG_TEXT.saturating_sub(frame.run_chars);
        let (text, cut) = truncate_chars(text, room);
        self.hit.long_text |= cut;
        frame.run_chars += text.chars().count();
        if let Some(Inline::Text { text: run }) = frame.content.last_mut() {
            run.push_str(&text);
        }
    }

    /// Opens a formatting element; `false` when the model's nesting limit
    /// is reached, and its content then joins the enclosing run.
    fn open(&mut self, wrap: Wrap) -> bool {
        if self.top() + 1 >= MAX_INLINE_DEPTH {
            self.hit.depth = true;
            return false;
        }
        if self.full() {
            return false;
        }
        // Counted now, so that a block that fills up cannot go over.
        self.count += 1;
        self.frames.push(Frame { wrap, content: Vec::new(), run_chars: 0 });
        true
    }

    fn close(&mut self) {
        if self.frames.len() <= 1 {
            return;
        }
        let Some(frame) = self.frames.pop() else { return };
        let parent = self.top();
        match &mut self.pending {
            Pending::Space(level) | Pending::Breaks(level, _) if *level > parent => *level = parent,
            _ => {}
        }
        if frame.content.is_empty() {
            self.count = self.count.saturating_sub(1);
            return;
        }
        let content = frame.content;
        let inline = match frame.wrap {
            Wrap::Root => return,
            Wrap::Emphasis => Inline::Emphasis { content },
            Wrap::Strong => Inline::Strong { content },
            Wrap::Superscript => Inline::Superscript { content },
            Wrap::Subscript => Inline::Subscript { content },
            Wrap::Link(href) => Inline::Link { href, content },
        };
        if let Some(frame) = self.frames.get_mut(parent) {
            frame.content.push(inline);
            frame.run_chars = 0;
        }
    }

    /// The text of an element past `MAX_ELEMENT_DEPTH`, read flat.
    fn deep_text<N: HtmlNode>(&mut self, node: &N, tag: &str) {
        let block = is_block(tag);
        if block {
            self.block_edge();
        }
        let mut text = String::new();
        plain_text(node, &mut text);
        self.text(&text);
        if block {
            self.block_edge();
        }
    }

    fn finish(mut self) -> (Vec<Inline>, Hit) {
        while self.frames.len() > 1 {
            self.close();
        }
        let content = self.frames.pop().map(|f| f.content).unwrap_or_default();
        (content, self.hit)
    }
}
