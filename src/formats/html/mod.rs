//! HTML bodies (JSON Feed `content_html`, WordPress `content.rendered`,
//! Ghost `html`) into model blocks, through an allowlist.
//!
//! The HTML is parsed by a real, spec-following parser (`tree.rs`: the
//! browser's `DOMParser` in the wasm build, html5ever natively), never by
//! hand: hostile markup (`<noscript><p title="</noscript><img …>">`, broken
//! nesting, deep trees) means here exactly what it means in a browser. The
//! tree is then read once into the model (`blocks.rs`, building each block's
//! inline content with `inlines.rs`), asking the policy (`policy.rs`) what
//! each element becomes. Nothing from the input reaches the page as markup:
//! text becomes text, a few elements become blocks and inline runs, URLs
//! pass `check_url`, and every other element keeps at most its text.
//!
//! What becomes what (the policy says it exactly):
//! - `p` → paragraph; `h1`, `h2` → heading level 2, `h3`…`h6` → level 3;
//!   `blockquote` (with a `<cite>` or `<footer>` child, or the `figcaption`
//!   of its `figure`, as attribution) → quote, a pull quote when it or its
//!   figure has a pull-quote class (`wp-block-pullquote`, `kg-blockquote-alt`);
//!   `ul`, `ol` → list, a nested list joined into its item's text; `hr` →
//!   divider; `pre` → a paragraph whose line breaks are kept.
//! - A figure (or WordPress `div.wp-caption`) with one image → figure block
//!   with the `figcaption` as caption; an image inside text → a figure
//!   block right after the block holding it (a lone image in a `p` is the
//!   common case). A link whose only content is the image → the figure's
//!   link. An image without `src` takes its largest `srcset` entry; its
//!   `w` candidates (each URL checked) and `sizes` are kept. A lazy image
//!   (`data-src`, `data-srcset`, …) without a usable source takes the image
//!   of the `<noscript>` right after it; after a shown one that copy is
//!   dropped. `<picture>` → its `img`, with the first plain `source`'s
//!   `srcset` when the `img` has none.
//! - WordPress `wp-block-gallery` and `[gallery]` (`div.gallery`), Ghost
//!   `kg-gallery-card` → gallery block: each element holding one image is
//!   a picture with its caption and link, the gallery's `figcaption` its
//!   caption (one picture → a figure). Another figure of several images
//!   gives one figure each; the caption of a figure with nothing kept (a
//!   video embed) goes with it.
//! - Ghost `kg-bookmark-card` → inline story; a paragraph that is only
//!   "Related:" (or "Read more:", "Read also:", "See also:") and one link →
//!   inline story; WordPress' embedded-post quote (`wp-embedded-content`,
//!   one link) → inline story.
//! - `a`, `em`/`i`, `strong`/`b`, `code`/`kbd`/`samp`/`tt`, `sup`, `sub`,
//!   `br` → inline runs; `q` → its text in quotation marks. A link to a
//!   place in the page (`href="#…"`) → its content without the link, and
//!   without a warning: the widget keeps no ids of the publisher's page.
//!   So footnotes (WordPress's Footnotes block, Markdown's) read as the
//!   page shows them: a reference is its superscript number, the notes an
//!   ordered list, each note's link back to its reference (`↩︎`, the
//!   policy's back marks) dropped with its mark.
//! - `details` with a `summary` and Ghost's toggle card → disclosure;
//!   Ghost's callout card, GitHub's Markdown alerts, admonitions and an
//!   `aside` of a known kind (`note`, `warning`, … as DocC writes it) →
//!   callout; in both, each `p` is a paragraph and a list a line each.
//! - Scripts, styles, templates, frames, objects, forms and their controls,
//!   SVG, MathML, canvas, audio, video (and the audio/video cards of Ghost
//!   and WordPress) are dropped with their content. Every other element
//!   is transparent: its text stays, its
//!   markup goes; block-level ones (`div`, `section`, table cells, …) end
//!   the paragraph before them.
//!
//! Limits are applied by cutting short, with a warning, never by failing:
//! the HTML is one field of an article that otherwise renders.

mod blocks;
mod inlines;
mod policy;
mod srcset;
mod text;
mod tree;

use blocks::Converter;
use policy::POLICY;

use super::read::{Reader, Warning};
use crate::model::{Block, Inline};

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

/// Converts an HTML fragment found at JSON path `path` into blocks. Problems
/// (a dropped unsafe URL, an element over a limit) become warnings on
/// `reader`, named by `path`.
pub(crate) fn html_to_blocks(html: &str, reader: &mut Reader, path: &str) -> Vec<Block> {
    if !nesting_within_limit(html, reader, path) {
        return Vec::new();
    }
    let Some((_document, body)) = tree::parse(html) else { return Vec::new() };
    let mut convert = Converter::new(&POLICY, reader, path);
    convert.blocks(&body, 0);
    convert.finish()
}

/// A caption written as HTML (WordPress' `caption.rendered`, Ghost's
/// `feature_image_caption`) as formatted text, its links and emphasis kept;
/// `None` when blank. Problems become warnings on `reader`, named by `path`.
pub(crate) fn html_to_caption(html: &str, reader: &mut Reader, path: &str) -> Option<Vec<Inline>> {
    if !nesting_within_limit(html, reader, path) {
        return None;
    }
    let (_document, body) = tree::parse(html)?;
    Converter::new(&POLICY, reader, path).caption_of(&body, 0)
}

/// The text of an HTML fragment with its markup dropped, entities decoded
/// and whitespace collapsed, for titles and excerpts (WordPress
/// `title.rendered`, `excerpt.rendered`).
pub(crate) fn html_to_text(html: &str) -> String {
    if too_deep(html).is_some() {
        return String::new();
    }
    match tree::parse(html) {
        Some((_document, body)) => text::text_of(&POLICY, &body),
        None => String::new(),
    }
}

/// Converts an HTML body into the blocks an article shows, as the adapters
/// do for JSON Feed's `content_html`, WordPress' `content.rendered` and
/// Ghost's `html`, with the problems met (a dropped unsafe URL, an element
/// over a limit). The warnings are named by the path `article.content_html`.
pub fn convert(html: &str) -> (Vec<Block>, Vec<Warning>) {
    let mut reader = Reader::default();
    let blocks = html_to_blocks(html, &mut reader, "article.content_html");
    (blocks, reader.warnings)
}

/// The text of an HTML fragment: markup dropped, entities decoded,
/// whitespace collapsed, as titles and excerpts are read. Empty for markup
/// nested too deep to parse.
pub fn text(html: &str) -> String {
    html_to_text(html)
}
