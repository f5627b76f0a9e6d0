//! `format="auto"`: which format a document is, from its shape. Each
//! adapter says what its documents look like ([`super::Adapter`]); they are
//! tried in the order of [`super::ADAPTERS`].

use serde_json::Value;

use super::read::Error;
use super::{Format, ADAPTERS};

/// The format of `value`, or an error that says what was looked for.
///
/// # Errors
///
/// [`Error::Invalid`] at `article` when no format's shape fits, listing the
/// marks of each format it looked for.
pub fn detect(value: &Value) -> Result<Format, Error> {
    if let Some(adapter) = ADAPTERS.iter().find(|adapter| (adapter.looks_like)(value)) {
        return Ok(adapter.format);
    }
    let clues: Vec<&str> = ADAPTERS.iter().map(|adapter| adapter.clue).collect();
    Err(Error::Invalid {
        path: "article".into(),
        message: format!(
            "could not tell the format of this document. Looked for: {}. Set the format attribute to say which it is.",
            clues.join(", ")
        ),
    })
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
