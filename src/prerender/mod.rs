//! Natively only: an article as a publisher can serve it without JavaScript.
//!
//! [`element`] writes a whole `<article-widget>` element whose light-DOM
//! children are the article, rendered by the same components the widget
//! uses in the browser, plus the stylesheet those children need and the
//! schema.org `NewsArticle` JSON-LD. Readers without JavaScript and crawlers
//! read that; once the module runs, the widget shows the same light-DOM
//! content through a `<slot>` until its own rendering is ready, then swaps it
//! in, so nothing moves. [`oembed`] writes an oEmbed `rich` response.

//!
//! One file a concern: [`element`] here, the stylesheet for the light-DOM
//! copy in `css.rs`, oEmbed in `oembed.rs`. The JSON-LD it writes comes from
//! the JSON-LD adapter's writer ([`crate::formats::to_json_ld`]), beside its
//! reader; relative URLs resolve with [`crate::model::resolve_url`], as in
//! the browser.

mod css;
mod oembed;

use serde_json::Value;

pub use css::fallback_css;
pub use oembed::{oembed, Embed};

use crate::components::IdScope;
use crate::contract::{data, root_start_tag, Theme, PRERENDERED};
use crate::formats::to_json_ld;
use crate::model::Article;
use crate::{render_scoped, WidgetState};

/// Where the widget gets the article from once it runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The article's URL, for the element's `src`. Relative URLs inside the
    /// article resolve against it. Without it, the source document goes
    /// inside the element as `<script type="application/json">`.
    pub src: Option<String>,
    /// `format` as on the element (`native`, `jsonld`, …); `None` leaves
    /// the attribute out, which means `auto`.
    pub format: Option<String>,
    /// `item` as on the element: which entry of a feed or post list, an
    /// index from 0 or an entry's id; `None` for the first.
    pub item: Option<String>,
    /// `theme` as on the element: `light`, `dark` or `auto`.
    pub theme: Option<String>,
}

/// The whole `<article-widget>` element for `article`, read from `source`.
pub fn element(article: &Article, source: &str, options: &Options) -> String {
    let mut article = article.clone();
    if let Some(base) = &options.src {
        article.resolve_urls(base);
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
    // The article's own id scope, as it shares the page's light DOM with
    // whatever else is there; the marker carries it so that the widget takes
    // over with the same ids.
    let scope = IdScope::for_article(&article);
    let marker = format!(r#" {}="{}" {PRERENDERED}="{}""#, data::THEME, theme.as_str(), scope.0);
    out.push_str(&root_start_tag(&marker));
    out.push_str(&render_scoped(&WidgetState::Ready(article.clone()), scope));
    out.push_str("</div>\n<script type=\"application/ld+json\">");
    out.push_str(&script_json_value(&to_json_ld(&article)));
    out.push_str("</script>\n</article-widget>\n");
    out
}

pub(crate) fn escape_attribute(value: &str) -> String {
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

    #[test]
    fn script_json_cannot_end_its_script_element() {
        let text = script_json(r#"{"headline": "</script><script>alert(1)</script><!--", "n": 1}"#);
        assert!(!text.contains('<') && !text.contains('>'), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back["headline"], "</script><script>alert(1)</script><!--");
    }
}
