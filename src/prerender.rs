//! Natively only: an article as a publisher can serve it without JavaScript.
//!
//! [`element`] writes a whole `<article-widget>` element whose light-DOM
//! children are the article, rendered by the same components the widget
//! uses in the browser, plus the stylesheet those children need and the
//! schema.org `NewsArticle` JSON-LD. Readers without JavaScript and crawlers
//! read that; once the module runs, the widget shows the same light-DOM
//! content through a `<slot>` until its own rendering is ready, then swaps it
//! in, so nothing moves. [`oembed`] writes an oEmbed `rich` response.

use serde_json::{json, Map, Value};

use crate::contract::{data, root_start_tag, Theme, PRERENDERED};
use crate::model::{Article, UrlKind};
use crate::{render_content, WidgetState};

/// Where the widget gets the article from once it runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The article's URL, for the element's `src`. Relative URLs inside the
    /// article resolve against it. Without it, the source document goes
    /// inside the element as `<script type="application/json">`.
    pub src: Option<String>,
    /// `format` and `item` as on the element.
    pub format: Option<String>,
    pub item: Option<String>,
    /// `theme` as on the element: `light`, `dark` or `auto`.
    pub theme: Option<String>,
}

/// The whole `<article-widget>` element for `article`, read from `source`.
pub fn element(article: &Article, source: &str, options: &Options) -> String {
    let mut article = article.clone();
    if let Some(base) = &options.src {
        resolve_urls(&mut article, base);
    }
    let theme = Theme::from_attribute(options.theme.as_deref());
    let mut out = String::from("<article-widget");
    for (name, value) in [("src", &options.src), ("format", &options.format), ("item", &options.item)] {
        if let Some(value) = value {
            out.push_str(&format!(" {name}=\"{}\"", escape_attribute(value)));
        }
    }
    if theme != Theme::Auto {
        out.push_str(&format!(" theme=\"{}\"", theme.as_str()));
    }
    out.push_str(">\n");
    if options.src.is_none() {
        out.push_str("<script type=\"application/json\">");
        out.push_str(&script_json(source));
        out.push_str("</script>\n");
    }
    out.push_str("<style>");
    out.push_str(&fallback_css(crate::STYLESHEET));
    out.push_str("</style>\n");
    // The root as the widget writes it in the shadow root, marked as the fallback.
    out.push_str(&root_start_tag(&format!(r#" {}="{}" {PRERENDERED}"#, data::THEME, theme.as_str())));
    out.push_str(&render_content(&WidgetState::Ready(article.clone())));
    out.push_str("</div>\n<script type=\"application/ld+json\">");
    out.push_str(&script_json_value(&json_ld(&article)));
    out.push_str("</script>\n</article-widget>\n");
    out
}

/// The widget's stylesheet for the light-DOM copy: `:host` rules become
/// rules for the element, and everything else applies only inside it
/// (`@scope`), so neither the page nor the ad markup a publisher slots into
/// the element is touched.
pub fn fallback_css(sheet: &str) -> String {
    // Selectors in @scope match below the scoping root, so the root is the
    // element and `.aw` the fallback root; the lower bound leaves out the
    // publisher's slotted ad markup.
    const SCOPE: &str = "@scope (article-widget) to (:scope > [slot])";
    // Until the module defines the element, the ad markup a publisher put
    // inside for its slots would show below the article: hide it.
    let mut out = String::from("article-widget:not(:defined) > [slot] {display:none}\n");
    let mut scoped = String::new();
    let flush = |scoped: &mut String, out: &mut String| {
        if !scoped.trim().is_empty() {
            out.push_str(&format!("{SCOPE} {{\n{scoped}}}\n"));
        }
        scoped.clear();
    };
    for (prelude, body) in top_level_rules(sheet) {
        let prelude = prelude.trim();
        if let Some(host) = prelude.strip_prefix(":host") {
            flush(&mut scoped, &mut out);
            let host = host.strip_prefix('(').and_then(|h| h.strip_suffix(')')).unwrap_or(host);
            out.push_str(&format!("article-widget{host} {{{body}}}\n"));
        } else if prelude.starts_with("@keyframes") {
            flush(&mut scoped, &mut out);
            out.push_str(&format!("{prelude} {{{body}}}\n"));
        } else if prelude.starts_with('@') {
            flush(&mut scoped, &mut out);
            out.push_str(&format!("{prelude} {{ {SCOPE} {{{body}}} }}\n"));
        } else {
            scoped.push_str(&format!("{prelude} {{{body}}}\n"));
        }
    }
    flush(&mut scoped, &mut out);
    // ASCII only (`content: "·"` becomes `"\b7 "`), so a page in any
    // encoding reads it right.
    let out: String =
        out.chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("\\{:x} ", u32::from(c)) }).collect();
    out.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

/// The top-level rules of a stylesheet as (prelude, block contents), with
/// comments dropped. Our own stylesheet only: no strings hold braces.
fn top_level_rules(sheet: &str) -> Vec<(String, String)> {
    let mut text = String::with_capacity(sheet.len());
    let mut rest = sheet;
    while let Some(start) = rest.find("/*") {
        text.push_str(rest.get(..start).unwrap_or_default());
        rest = rest.get(start + 2..).and_then(|r| r.find("*/").and_then(|end| r.get(end + 2..))).unwrap_or_default();
    }
    text.push_str(rest);
    let mut rules = Vec::new();
    let (mut depth, mut prelude_start, mut body_start) = (0usize, 0usize, 0usize);
    for (i, c) in text.char_indices() {
        match c {
            '{' => {
                if depth == 0 {
                    body_start = i + 1;
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let prelude = text.get(prelude_start..body_start.saturating_sub(1)).unwrap_or_default();
                    let body = text.get(body_start..i).unwrap_or_default();
                    rules.push((prelude.to_owned(), body.to_owned()));
                    prelude_start = i + 1;
                }
            }
            _ => {}
        }
    }
    rules
}

/// A JSON object of the pairs that have a value.
fn object<'a>(pairs: impl IntoIterator<Item = (&'a str, Option<Value>)>) -> Value {
    Value::Object(pairs.into_iter().filter_map(|(key, value)| Some((key.to_owned(), value?))).collect::<Map<_, _>>())
}

fn text(value: &Option<String>) -> Option<Value> {
    value.as_ref().map(|v| json!(v))
}

/// schema.org `NewsArticle` for the article, as search engines read it.
pub fn json_ld(article: &Article) -> Value {
    let image = article.hero.as_ref().map(|image| {
        let sized = image.width.zip(image.height);
        object([
            ("@type", Some(json!("ImageObject"))),
            ("url", Some(json!(image.src))),
            ("width", sized.map(|(w, _)| json!(w))),
            ("height", sized.map(|(_, h)| json!(h))),
            ("caption", text(&image.caption)),
        ])
    });
    let authors: Vec<Value> = article
        .authors
        .iter()
        .map(|author| {
            object([
                ("@type", Some(json!("Person"))),
                ("name", Some(json!(author.name))),
                ("url", text(&author.url)),
                ("jobTitle", text(&author.role)),
            ])
        })
        .collect();
    let publisher = article.site.as_ref().map(|site| {
        object([("@type", Some(json!("Organization"))), ("name", Some(json!(site.name))), ("url", text(&site.url))])
    });
    object([
        ("@context", Some(json!("https://schema.org"))),
        ("@type", Some(json!("NewsArticle"))),
        ("headline", Some(json!(article.headline))),
        ("description", text(&article.dek)),
        ("url", text(&article.url)),
        ("mainEntityOfPage", text(&article.url)),
        ("inLanguage", text(&article.language)),
        ("articleSection", text(&article.section)),
        ("datePublished", article.published.as_ref().map(|d| json!(d.as_str()))),
        ("dateModified", article.updated.as_ref().or(article.published.as_ref()).map(|d| json!(d.as_str()))),
        ("image", image),
        ("author", (!authors.is_empty()).then(|| json!(authors))),
        ("publisher", publisher),
        ("wordCount", Some(json!(article.word_count()))),
    ])
}

/// How the oEmbed response embeds the article.
#[derive(Debug, Clone)]
pub struct Embed {
    /// Where the module is hosted (`…/article-widget.js`).
    pub script: String,
    /// The article's URL, for the element's `src`.
    pub src: String,
    pub format: Option<String>,
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
        let mut src = image.src.clone();
        resolve(&embed.src, &mut src);
        Some((src, width, height))
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

/// Makes the article's relative URLs absolute against `base`, as the widget
/// does with a fetched document's.
pub fn resolve_urls(article: &mut Article, base: &str) {
    article.visit_urls(&mut |url: &mut String, _kind: UrlKind| resolve(base, url));
}

/// Resolves `reference` against the absolute URL `base` (RFC 3986, section
/// 5.2, for the reference forms articles use). Absolute references, fragments
/// and `mailto:` are left alone.
fn resolve(base: &str, reference: &mut String) {
    let has_scheme = reference.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme {
        // As a browser's URL parser does: `https://Site.example` is
        // `https://site.example/`.
        if let Some((scheme, rest)) = reference.split_once("://") {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let (authority, tail) = rest.split_at(end);
            let slash = if tail.starts_with('/') { "" } else { "/" };
            *reference = format!("{}://{}{slash}{tail}", scheme.to_ascii_lowercase(), authority.to_ascii_lowercase());
        }
        return;
    }
    if reference.starts_with('#') {
        return;
    }
    let Some((scheme, rest)) = base.split_once("://") else { return };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..authority_end).unwrap_or_default();
    let base_path = rest.get(authority_end..).unwrap_or_default();
    let base_path = base_path.split(['?', '#']).next().unwrap_or_default();
    let resolved_path = if let Some(network) = reference.strip_prefix("//") {
        *reference = format!("{scheme}://{network}");
        return;
    } else if reference.starts_with('/') {
        reference.clone()
    } else if reference.starts_with('?') {
        format!("{base_path}{reference}")
    } else {
        let directory = base_path.rfind('/').and_then(|i| base_path.get(..=i)).unwrap_or("/");
        format!("{directory}{reference}")
    };
    let (path, tail) = match resolved_path.find(['?', '#']) {
        Some(i) => resolved_path.split_at(i),
        None => (resolved_path.as_str(), ""),
    };
    let mut segments: Vec<&str> = Vec::new();
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    for (i, segment) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match *segment {
            "." => {
                if last {
                    segments.push("");
                }
            }
            ".." => {
                segments.pop();
                if last {
                    segments.push("");
                }
            }
            other => segments.push(other),
        }
    }
    *reference = format!("{scheme}://{authority}/{}{tail}", segments.join("/"));
}

fn escape_attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// JSON text safe inside a `<script>` element: `<`, `>` and `&` only occur
/// inside JSON strings, where `\u003c` etc. mean the same characters, so no
/// `</script>` or `<!--` can end or bend the element.
fn script_json_value(value: &Value) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The source document, re-serialized safe for a `<script>` element.
fn script_json(source: &str) -> String {
    match serde_json::from_str::<Value>(source) {
        Ok(value) => script_json_value(&value),
        Err(_) => String::from("null"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(base: &str, reference: &str) -> String {
        let mut reference = reference.to_owned();
        resolve(base, &mut reference);
        reference
    }

    #[test]
    fn relative_urls_resolve_like_a_browser() {
        let base = "https://news.example/articles/2026/sable.json?v=2";
        assert_eq!(resolved(base, "img/a.svg"), "https://news.example/articles/2026/img/a.svg");
        assert_eq!(resolved(base, "../b.html"), "https://news.example/articles/b.html");
        assert_eq!(resolved(base, "../../../../c"), "https://news.example/c");
        assert_eq!(resolved(base, "/d?x=1#y"), "https://news.example/d?x=1#y");
        assert_eq!(resolved(base, "//cdn.example/e.png"), "https://cdn.example/e.png");
        assert_eq!(resolved(base, "./"), "https://news.example/articles/2026/");
        assert_eq!(resolved(base, "https://other.example/f"), "https://other.example/f");
        assert_eq!(resolved(base, "HTTPS://Other.example"), "https://other.example/");
        assert_eq!(resolved(base, "https://other.example?q#top"), "https://other.example/?q#top");
        assert_eq!(resolved(base, "mailto:desk@news.example"), "mailto:desk@news.example");
        assert_eq!(resolved("http://127.0.0.1:8080", "g.json"), "http://127.0.0.1:8080/g.json");
    }

    #[test]
    fn the_fallback_css_keeps_every_rule_and_scopes_all_but_the_host_ones() {
        let css = fallback_css(crate::STYLESHEET);
        assert!(!css.contains(":host"), "a :host rule means nothing outside a shadow root");
        assert!(css.contains("article-widget {"), "the :host rule becomes the element's");
        assert!(css.contains("article-widget[hidden] {"));
        assert_eq!(css.matches('{').count(), css.matches('}').count());
        let rules = top_level_rules(crate::STYLESHEET).len();
        assert!(rules > 50, "the widget stylesheet has {rules} top-level rules");
        assert!(css.contains("@keyframes"), "keyframes stay global: @scope cannot hold them");
        assert!(css.contains("@container aw (min-width: 864px) { @scope"), "{css}");
        assert!(css.is_ascii());
    }

    #[test]
    fn script_json_cannot_end_its_script_element() {
        let text = script_json(r#"{"headline": "</script><script>alert(1)</script><!--", "n": 1}"#);
        assert!(!text.contains('<') && !text.contains('>'), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back["headline"], "</script><script>alert(1)</script><!--");
    }
}
