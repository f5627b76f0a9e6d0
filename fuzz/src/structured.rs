//! The `structured` target: the fuzzer's bytes become the string fields of
//! a document that is otherwise valid, so that they reach the HTML
//! converter, the URL checks and the text limits instead of stopping in the
//! JSON parser.
//!
//! Input layout: the first byte picks a [`TEMPLATES`] entry; the rest is
//! split at `0xFF` bytes (never part of UTF-8) into parts, each decoded as
//! UTF-8 lossily. Field `n` of the template gets part `n % parts`, so one
//! part fills every field, and more parts put different strings in
//! different places (an HTML body in one, a URL in another).

use serde_json::{json, Value};

use article_widget::formats::{self, Format};

/// The part of `parts` for field `n`.
struct Fields<'a> {
    parts: &'a [String],
    next: usize,
}

impl Fields<'_> {
    fn x(&mut self) -> Value {
        let part = self.parts[self.next % self.parts.len()].clone();
        self.next += 1;
        Value::String(part)
    }
}

/// What each selector byte builds, by name (for the README and the seeds).
pub const TEMPLATES: &[&str] = &[
    "native-text",
    "native-urls",
    "native-inlines",
    "wordpress-body",
    "wordpress-title",
    "jsonfeed",
    "ghost",
    "jsonld",
    "wordpress-list",
    "wordpress-error",
    "ghost-error",
];

/// Builds the document for `selector` with fields from `f`.
fn document(selector: usize, f: &mut Fields) -> Value {
    match selector {
        // Every text field of the native format; the headline fixed, so the
        // article renders unless a field is over its limit.
        0 => json!({
            "headline": "H", "dek": f.x(), "section": f.x(), "id": f.x(),
            "site": {"name": f.x(), "url": "https://s.test/"},
            "hero": {"src": "h.png", "alt": f.x(), "caption": f.x(), "credit": f.x(), "sizes": f.x(),
                     "srcset": [{"url": "h-600.png", "width": 600}]},
            "authors": [{"name": f.x(), "role": f.x(), "bio": f.x(), "social": [{"label": f.x(), "url": "https://m.test/@a"}],
                          "stories": [{"headline": f.x(), "url": "/s", "kicker": f.x(), "summary": f.x()}]}],
            "body": [
                {"type": "paragraph", "text": f.x()},
                {"type": "heading", "text": f.x()},
                {"type": "quote", "text": f.x(), "attribution": f.x()},
                {"type": "quote", "paragraphs": [f.x(), [f.x(), {"type": "em", "text": f.x()}]]},
                {"type": "list", "items": [f.x(), {"content": [f.x()], "list": {"ordered": true, "items": [f.x()]}}]},
                {"type": "figure", "image": {"src": "f.png", "alt": f.x(), "caption": [f.x(), {"type": "link", "href": f.x(), "text": f.x()}]}},
                {"type": "story", "story": {"headline": f.x(), "url": "/t", "kicker": f.x()}},
                {"type": "ad", "size": f.x()},
                {"type": "code", "text": f.x(), "language": f.x()},
                {"type": "table", "caption": f.x(), "head": [[f.x(), {"text": f.x(), "colspan": 2}]],
                 "rows": [[{"text": f.x(), "header": true, "rowspan": 2}, f.x()], [f.x()]]},
                {"type": "embed", "embed": {"url": "https://youtu.be/aBcDeFgHiJk", "title": f.x(), "caption": f.x()}},
                {"type": "embed", "embed": {"url": "https://x.com/a/status/1", "text": f.x(), "author": f.x()}},
                {"type": "video", "video": {"src": "v.mp4", "title": f.x(), "caption": f.x(), "encodingFormat": f.x(),
                 "tracks": [{"src": "v.vtt", "kind": f.x(), "srclang": f.x(), "label": f.x()}]}},
                {"type": "audio", "audio": {"src": "a.mp3", "title": f.x()}},
                {"type": "update", "published": f.x(), "headline": f.x(), "url": f.x()},
                {"type": "paragraph", "text": f.x()},
                {"type": "gallery", "caption": f.x(), "items": [
                    {"image": {"src": "g.png", "alt": f.x(), "caption": f.x()}, "link": "/g"},
                    {"image": {"src": "g2.png", "alt": f.x()}}]},
                {"type": "details", "summary": f.x(), "paragraphs": [f.x(), [f.x(), {"type": "strong", "text": f.x()}]]},
                {"type": "callout", "label": f.x(), "paragraphs": [f.x()]},
                {"type": f.x()}
            ],
            "related": [{"headline": f.x(), "url": "/r", "summary": f.x(), "kicker": f.x(), "date": f.x()}],
            "trending": [{"headline": f.x(), "url": "/u"}],
            "published": f.x(), "language": f.x()
        }),
        // Every URL field of the native format.
        1 => json!({
            "headline": "H", "url": f.x(),
            "site": {"name": "S", "url": f.x()},
            "hero": {"src": f.x(), "alt": "", "srcset": [{"url": f.x(), "width": 300}, {"url": f.x(), "width": 600}]},
            "authors": [{"name": "A", "avatar": f.x(), "url": f.x(), "social": [{"label": "L", "url": f.x()}],
                          "stories": [{"headline": "S", "url": f.x(), "image": {"src": f.x(), "alt": ""}}]}],
            "body": [
                {"type": "paragraph", "content": [{"type": "link", "href": f.x(), "text": "l"}]},
                {"type": "figure", "image": {"src": f.x(), "alt": ""}, "link": f.x()},
                {"type": "gallery", "items": [{"image": {"src": f.x(), "alt": "", "srcset": [{"url": f.x(), "width": 300}]}, "link": f.x()},
                                              {"image": {"src": "g.png", "alt": ""}, "link": f.x()}]},
                {"type": "story", "story": {"headline": "S", "url": f.x(), "image": {"src": f.x(), "alt": ""}}},
                {"type": "embed", "embed": {"url": f.x(), "title": "E"}},
                {"type": "video", "video": {"src": f.x(), "poster": f.x(), "tracks": [{"src": f.x()}]}}
            ],
            "related": [{"headline": "R", "url": f.x(), "image": {"src": f.x(), "alt": ""}}],
            "trending": [{"headline": "T", "url": f.x()}]
        }),
        // Inline runs, and the headline itself.
        2 => json!({
            "headline": f.x(),
            "body": [{"type": "paragraph", "content": [
                f.x(),
                {"type": "text", "text": f.x()},
                {"type": "em", "content": [f.x(), {"type": "strong", "text": f.x()}]},
                {"type": "code", "text": f.x()},
                {"type": "sup", "text": f.x()}, {"type": "sub", "text": f.x()},
                {"type": "link", "href": f.x(), "content": [{"type": "em", "text": f.x()}]},
                {"type": "br"},
                {"type": f.x(), "text": f.x()}
            ]}, {"type": "list", "ordered": true, "items": [[{"type": "link", "href": f.x(), "text": f.x()}]]}]
        }),
        // A WordPress post: the body, excerpt, author and media fields.
        3 => json!({
            "id": 1, "title": {"rendered": "T"}, "content": {"rendered": f.x()}, "excerpt": {"rendered": f.x()},
            "link": f.x(), "date_gmt": f.x(),
            "_embedded": {
                "author": [{"name": "A", "description": f.x(), "link": f.x(), "url": f.x(), "avatar_urls": {"96": f.x()}}],
                "wp:featuredmedia": [{"source_url": f.x(), "alt_text": f.x(), "caption": {"rendered": f.x()},
                                       "media_details": {"sizes": {"large": {"source_url": f.x()}}}}],
                "wp:term": [[{"taxonomy": "category", "slug": "news", "name": f.x()}]]
            },
            "jetpack-related-posts": [{"url": f.x(), "title": f.x(), "excerpt": f.x(), "img": {"src": f.x()}}]
        }),
        // The brief's shape: title and content from the input.
        4 => json!({"title": {"rendered": f.x()}, "content": {"rendered": f.x()}}),
        5 => json!({
            "version": "https://jsonfeed.org/version/1.1", "title": f.x(), "home_page_url": f.x(), "language": f.x(),
            "items": [{
                "id": "1", "title": "T", "url": f.x(), "content_html": f.x(), "summary": f.x(),
                "image": f.x(), "banner_image": f.x(), "date_published": f.x(), "tags": [f.x()],
                "authors": [{"name": "A", "url": f.x(), "avatar": f.x()}]
            }, {"id": "2", "title": f.x(), "url": f.x(), "content_text": f.x(), "image": f.x()}]
        }),
        6 => json!({"posts": [{
            "id": "1", "uuid": "u", "title": "T", "html": f.x(), "url": f.x(),
            "feature_image": f.x(), "feature_image_alt": f.x(), "feature_image_caption": f.x(), "custom_excerpt": f.x(),
            "primary_author": {"name": "A", "website": f.x(), "profile_image": f.x(), "bio": f.x(),
                                "twitter": f.x(), "facebook": f.x(), "url": f.x()},
            "primary_tag": {"name": f.x()}, "published_at": f.x()
        }, {"id": "2", "title": f.x(), "url": f.x(), "feature_image": f.x(), "excerpt": f.x()}]}),
        7 => json!({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": "T",
            "articleBody": f.x(), "url": f.x(), "description": f.x(), "articleSection": f.x(), "inLanguage": f.x(),
            "image": {"@type": "ImageObject", "url": f.x(), "caption": f.x(), "description": f.x()},
            "author": {"@type": "Person", "name": "A", "url": f.x(), "image": f.x(), "sameAs": [f.x()], "description": f.x()},
            "publisher": {"@type": "Organization", "name": f.x(), "url": f.x()},
            "mainEntityOfPage": f.x(),
            "relatedLink": [f.x()]
        }),
        // A list of posts: the others become related cards.
        8 => json!([
            {"id": 1, "title": {"rendered": "T"}, "content": {"rendered": f.x()}},
            {"id": 2, "title": {"rendered": f.x()}, "link": f.x(), "excerpt": {"rendered": f.x()}}
        ]),
        // What a server sends instead of a post: its text reaches the error card.
        9 => json!({"code": f.x(), "message": f.x(), "data": {"status": 404}}),
        _ => json!({"errors": [{"message": f.x(), "type": f.x(), "context": f.x()}]}),
    }
}

/// The JSON text of template `selector` filled from `parts` (not empty).
pub fn document_text(selector: usize, parts: &[String]) -> String {
    document(selector, &mut Fields { parts, next: 0 }).to_string()
}

/// The `structured` target.
pub fn structured(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else { return };
    let parts: Vec<String> = rest.split(|&b| b == 0xFF).map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    let selector = usize::from(selector) % TEMPLATES.len();
    // Through the text, as the widget reads a fetched document.
    let text = document_text(selector, &parts);
    super::render_checked(formats::parse(&text, Format::Auto, None));
}
