//! STUB: the jsonld adapter replaces this file.

use serde_json::Value;

use crate::model::{Error, Parsed};

/// Adapts a jsonld document into the model; `item` picks an entry where the
/// document holds several.
pub(crate) fn parse(value: &Value, item: Option<&str>) -> Result<Parsed, Error> {
    let _ = (value, item);
    Err(Error::Invalid { path: "article".into(), message: "the jsonld format is not built yet".into() })
}

/// Picks the article node among a page's JSON-LD blocks (`from="page"`).
pub(crate) fn parse_page(blocks: &[Value]) -> Result<Parsed, Error> {
    let _ = blocks;
    Err(Error::Invalid { path: "article".into(), message: "the jsonld format is not built yet".into() })
}
