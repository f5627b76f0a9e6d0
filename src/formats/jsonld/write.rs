//! The other direction: an article as schema.org JSON-LD, for the page that
//! prerenders it (`article-widget prerender`). Written beside the reader so
//! the two name the same properties.

use serde_json::{json, Map, Value};

use crate::model::Article;

/// A JSON object of the pairs that have a value.
pub(crate) fn object<'a>(pairs: impl IntoIterator<Item = (&'a str, Option<Value>)>) -> Value {
    Value::Object(pairs.into_iter().filter_map(|(key, value)| Some((key.to_owned(), value?))).collect::<Map<_, _>>())
}

fn text(value: &Option<String>) -> Option<Value> {
    value.as_ref().map(|v| json!(v))
}

/// schema.org `NewsArticle` for the article, as search engines read it.
pub(crate) fn json_ld(article: &Article) -> Value {
    let image = article.hero.as_ref().map(|image| {
        let sized = image.width.zip(image.height);
        object([
            ("@type", Some(json!("ImageObject"))),
            ("url", Some(json!(image.src))),
            ("width", sized.map(|(w, _)| json!(w))),
            ("height", sized.map(|(_, h)| json!(h))),
            ("caption", image.caption.as_deref().map(|caption| json!(crate::model::plain_text(caption)))),
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
