//! `format="auto"`: which format a document is, from its shape.

use serde_json::Value;

use super::read::Error;
use super::Format;

/// schema.org types read as an article.
pub(crate) const ARTICLE_TYPES: [&str; 8] = [
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "TechArticle",
];

fn has_rendered(value: &Value, key: &str) -> bool {
    value.get(key).and_then(|v| v.get("rendered")).is_some_and(Value::is_string)
}

fn is_wordpress_post(value: &Value) -> bool {
    has_rendered(value, "title") && has_rendered(value, "content")
}

/// What WordPress sends instead of a post:
/// `{"code": "rest_post_invalid_id", "message": "…", "data": {"status": 404}}`.
fn is_wordpress_error(value: &Value) -> bool {
    value.get("code").is_some_and(Value::is_string)
        && value.get("message").is_some_and(Value::is_string)
        && value.get("data").is_some()
}

/// What Ghost sends instead of posts: `{"errors": [{"message": "…", "type": "NotFoundError"}]}`.
fn is_ghost_error(value: &Value) -> bool {
    value
        .get("errors")
        .and_then(Value::as_array)
        .and_then(|errors| errors.first())
        .is_some_and(|e| e.get("type").is_some())
}

fn is_json_feed(value: &Value) -> bool {
    value.get("version").and_then(Value::as_str).is_some_and(|v| v.starts_with("https://jsonfeed.org/version/"))
}

fn is_json_feed_item(value: &Value) -> bool {
    value.get("id").is_some() && (value.get("content_html").is_some() || value.get("content_text").is_some())
}

fn is_ghost_post(value: &Value) -> bool {
    value.get("html").is_some() && value.get("title").is_some_and(Value::is_string) && value.get("uuid").is_some()
        || value.get("primary_author").is_some()
        || value.get("feature_image").is_some() && value.get("title").is_some_and(Value::is_string)
}

fn is_json_ld(value: &Value) -> bool {
    value.get("@context").is_some() || value.get("@graph").is_some() || value.get("@type").is_some()
}

/// Fields only the native format has at its top level.
const NATIVE_KEYS: [&str; 8] = ["headline", "dek", "body", "authors", "hero", "related", "trending", "section"];

/// The format of `value`, or an error that says what was looked for.
pub fn detect(value: &Value) -> Result<Format, Error> {
    let first = match value {
        Value::Array(items) => items.first().unwrap_or(&Value::Null),
        other => other,
    };
    let format = if is_json_ld(first) {
        Format::JsonLd
    } else if is_json_feed(value) || is_json_feed_item(value) {
        Format::JsonFeed
    } else if is_wordpress_post(first) || is_wordpress_error(value) {
        Format::WordPress
    } else if value.get("posts").and_then(Value::as_array).is_some() || is_ghost_post(value) || is_ghost_error(value) {
        Format::Ghost
    } else if NATIVE_KEYS.iter().any(|key| value.get(key).is_some()) {
        // Native, even without its headline: the validator then says that
        // article.headline is missing, which is the useful message.
        Format::Native
    } else {
        return Err(Error::Invalid {
            path: "article".into(),
            message: "could not tell the format of this document. Looked for: a \"headline\" (native), \
                      \"@context\"/\"@type\"/\"@graph\" (schema.org JSON-LD), a \"version\" of https://jsonfeed.org/version/… \
                      or an item with \"content_html\" (JSON Feed), \"title.rendered\" and \"content.rendered\" (WordPress), \
                      a \"posts\" array or a post with \"html\" and \"uuid\" (Ghost). Set the format attribute to say which it is."
                .into(),
        });
    };
    Ok(format)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_format_is_told_apart_by_its_shape() {
        assert_eq!(detect(&json!({"headline": "h"})).unwrap(), Format::Native);
        assert_eq!(
            detect(&json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "h"})).unwrap(),
            Format::JsonLd
        );
        assert_eq!(detect(&json!({"@graph": []})).unwrap(), Format::JsonLd);
        assert_eq!(detect(&json!([{"@type": "NewsArticle"}])).unwrap(), Format::JsonLd);
        assert_eq!(
            detect(&json!({"version": "https://jsonfeed.org/version/1.1", "items": []})).unwrap(),
            Format::JsonFeed
        );
        assert_eq!(detect(&json!({"id": "1", "content_html": "<p>x</p>"})).unwrap(), Format::JsonFeed);
        assert_eq!(
            detect(&json!({"title": {"rendered": "t"}, "content": {"rendered": "c"}})).unwrap(),
            Format::WordPress
        );
        assert_eq!(
            detect(&json!([{"title": {"rendered": "t"}, "content": {"rendered": "c"}}])).unwrap(),
            Format::WordPress
        );
        assert_eq!(detect(&json!({"posts": [{"title": "t", "html": "<p>x</p>"}]})).unwrap(), Format::Ghost);
    }

    #[test]
    fn an_unplaceable_document_lists_what_was_looked_for() {
        let error = detect(&json!({"name": "not an article"})).unwrap_err();
        assert_eq!(error.path(), Some("article"));
        for clue in ["headline", "@context", "jsonfeed", "title.rendered", "posts"] {
            assert!(error.to_string().contains(clue), "{clue}");
        }
    }
}
