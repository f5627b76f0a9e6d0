//! Helpers shared by the format adapters' tests.
#![allow(dead_code)] // each test file uses its own share

pub mod schema;

use article_widget::model::{Article, Block, Inline};
use article_widget::Parsed;

/// A file under `fixtures/`, by its path there.
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("fixtures/{name}: {e}"))
}

/// Whether reading gave a warning at `path`.
pub fn warned(parsed: &Parsed, path: &str) -> bool {
    parsed.warnings.iter().any(|w| w.path == path)
}

/// The values of `attribute` in rendered HTML, in document order.
pub fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    html.match_indices(&format!(r#" {attribute}=""#))
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            rest[..rest.find('"').unwrap_or(rest.len())].to_owned()
        })
        .collect()
}

pub fn warning_paths(parsed: &Parsed) -> Vec<&str> {
    parsed.warnings.iter().map(|w| w.path.as_str()).collect()
}

pub fn inline_text(content: &[Inline]) -> String {
    article_widget::model::plain_text(content)
}

/// All the words of the body, whichever blocks the HTML became.
pub fn body_text(article: &Article) -> String {
    let mut out = String::new();
    for block in &article.body {
        match block {
            Block::Paragraph { content } => out += &inline_text(content),
            Block::Quote { paragraphs, attribution, .. } => {
                paragraphs.iter().for_each(|content| out += &(inline_text(content) + "\n"));
                out += " ";
                out += attribution.as_deref().unwrap_or("");
            }
            Block::Heading { content, .. } => out += &inline_text(content),
            Block::Code { text, .. } => out += text,
            Block::Details { summary: label, paragraphs, .. } | Block::Callout { label: Some(label), paragraphs } => {
                out += label;
                out.push('\n');
                paragraphs.iter().for_each(|content| out += &(inline_text(content) + "\n"));
            }
            Block::Callout { label: None, paragraphs } => {
                paragraphs.iter().for_each(|content| out += &(inline_text(content) + "\n"))
            }
            Block::List { items, .. } => items.iter().for_each(|item| {
                let mut text = String::new();
                item.plain_text(&mut text);
                out += &(text + "\n");
            }),
            Block::Figure { image, .. } => out += &caption_or(&image.caption, &image.alt),
            Block::Gallery { items, caption } => {
                for item in items {
                    out += &caption_or(&item.image.caption, &item.image.alt);
                    out.push('\n');
                }
                out += &caption_or(caption, "");
            }
            Block::Story { story } => out += &story.headline,
            Block::Update { headline, .. } => out += headline.as_deref().unwrap_or(""),
            Block::Table { caption, head, rows } => {
                out += caption.as_deref().unwrap_or("");
                for row in head.iter().chain(rows) {
                    out.push('\n');
                    row.iter().for_each(|cell| out += &(inline_text(&cell.content) + " "));
                }
            }
            Block::Embed { embed } => {
                let caption = embed.caption.as_deref().map(inline_text);
                for part in [&embed.title, &embed.text, &embed.author, &caption].into_iter().flatten() {
                    out += part;
                    out.push(' ');
                }
            }
            Block::Video { video: media } | Block::Audio { audio: media } => {
                let caption = media.caption.as_deref().map(inline_text);
                for part in [&media.title, &caption].into_iter().flatten() {
                    out += part;
                    out.push(' ');
                }
            }
            Block::Ad { .. } | Block::Divider => {}
        }
        out.push('\n');
    }
    out
}

/// A caption's text, else `otherwise`.
fn caption_or(caption: &Option<Vec<Inline>>, otherwise: &str) -> String {
    caption.as_deref().map(inline_text).unwrap_or_else(|| otherwise.to_owned())
}

/// A caption that must be one run of plain text, as that text.
pub fn plain_caption(caption: &Option<Vec<Inline>>) -> Option<&str> {
    match caption.as_deref() {
        None => None,
        Some([Inline::Text { text }]) => Some(text),
        Some(other) => panic!("a formatted caption: {other:?}"),
    }
}
