//! An oEmbed 1.0 `rich` response for an article (<https://oembed.com/>).

use serde_json::{json, Value};

use super::escape_attribute;
use crate::formats::json_object as object;
use crate::model::{resolve_url, Article};

fn text(value: &Option<String>) -> Option<Value> {
    value.as_ref().map(|v| json!(v))
}

/// How the oEmbed response embeds the article.
#[derive(Debug, Clone)]
pub struct Embed {
    /// Where the module is hosted (`…/article-widget.js`).
    pub script: String,
    /// The article's URL, for the element's `src`.
    pub src: String,
    /// `format` for the element, as on it; `None` for `auto`.
    pub format: Option<String>,
    /// `item` for the element, as on it; `None` for the first entry.
    pub item: Option<String>,
    /// The width the consumer asked for (`maxwidth`), in CSS pixels.
    pub width: u32,
}

/// An oEmbed 1.0 `rich` response for the article (oembed.com, section 2.3.4).
/// `height` is an estimate for the given width, from the length of the text,
/// the images' proportions and the card lists: oEmbed asks for one number,
/// and the widget's real height depends on fonts and the page.
pub fn oembed(article: &Article, embed: &Embed) -> Value {
    let mut element = format!("<article-widget src=\"{}\"", escape_attribute(&embed.src));
    for (name, value) in [("format", &embed.format), ("item", &embed.item)] {
        if let Some(value) = value {
            element.push_str(&format!(" {name}=\"{}\"", escape_attribute(value)));
        }
    }
    element.push_str("></article-widget>");
    let html = format!("<script type=\"module\" src=\"{}\"></script>{element}", escape_attribute(&embed.script));
    let author = article.authors.first();
    let site = article.site.as_ref();
    let thumbnail = article.hero.as_ref().and_then(|image| {
        let (width, height) = image.width.zip(image.height)?;
        Some((resolve_url(&embed.src, &image.src), width, height))
    });
    object([
        ("version", Some(json!("1.0"))),
        ("type", Some(json!("rich"))),
        ("html", Some(json!(html))),
        ("width", Some(json!(embed.width))),
        ("height", Some(json!(estimate_height(article, embed.width)))),
        ("title", Some(json!(article.headline))),
        ("author_name", author.map(|a| json!(a.name))),
        ("author_url", author.and_then(|a| text(&a.url))),
        ("provider_name", site.map(|s| json!(s.name))),
        ("provider_url", site.and_then(|s| text(&s.url))),
        ("thumbnail_url", thumbnail.as_ref().map(|(src, _, _)| json!(src))),
        ("thumbnail_width", thumbnail.as_ref().map(|(_, w, _)| json!(w))),
        ("thumbnail_height", thumbnail.as_ref().map(|(_, _, h)| json!(h))),
    ])
}

/// The widget's height at `width` px, roughly: 17px text at 1.65 line height
/// in a column of at most 720px, about 2.1 characters per 17px of width.
fn estimate_height(article: &Article, width: u32) -> u32 {
    let width = width.clamp(280, 1152);
    let column = width.min(720).saturating_sub(32).max(240);
    let chars_per_line = (column as f32 / 8.1).max(20.0);
    let text = article.body_text();
    let paragraphs = article.body.len() as f32;
    let lines = text.chars().count() as f32 / chars_per_line + paragraphs;
    let mut height = 160.0 + lines * 28.0;
    height += (article.headline.chars().count() as f32 / (chars_per_line / 2.4)).ceil() * 50.0;
    if let Some(image) = &article.hero {
        let ratio = match (image.width, image.height) {
            (Some(w), Some(h)) if w > 0 => h as f32 / w as f32,
            _ => 0.5625,
        };
        height += (width.saturating_sub(32)) as f32 * ratio + 40.0;
    }
    height += 120.0 * article.authors.len() as f32 + 44.0 * article.trending.len() as f32;
    if !article.related.is_empty() {
        let per_row = (width / 260).clamp(1, 3) as usize;
        height += 300.0 * article.related.len().div_ceil(per_row) as f32;
    }
    height.round() as u32
}
