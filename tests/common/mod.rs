//! Helpers shared by the format adapters' tests.
#![allow(dead_code)] // each test file uses its own share

pub mod schema;

use article_widget::model::{Article, Block, Inline};
use article_widget::Parsed;

pub fn warning_paths(parsed: &Parsed) -> Vec<&str> {
    parsed.warnings.iter().map(|w| w.path.as_str()).collect()
}

pub fn inline_text(content: &[Inline]) -> String {
    let mut out = String::new();
    content.iter().for_each(|inline| inline.plain_text(&mut out));
    out
}

/// All the words of the body, whichever blocks the HTML became.
pub fn body_text(article: &Article) -> String {
    let mut out = String::new();
    for block in &article.body {
        match block {
            Block::Paragraph { content } => out += &inline_text(content),
            Block::Quote { content, attribution, .. } => {
                out += &inline_text(content);
                out += " ";
                out += attribution.as_deref().unwrap_or("");
            }
            Block::Heading { text, .. } => out += text,
            Block::List { items, .. } => items.iter().for_each(|item| out += &(inline_text(item) + "\n")),
            Block::Figure { image } => out += image.caption.as_deref().unwrap_or(&image.alt),
            Block::Story { story } => out += &story.headline,
            Block::Ad { .. } | Block::Divider => {}
        }
        out.push('\n');
    }
    out
}
