//! STUB: the ghost adapter replaces this file.

use serde_json::Value;

use crate::model::{Error, Parsed};

/// Adapts a ghost document into the model; `item` picks an entry where the
/// document holds several.
pub(crate) fn parse(value: &Value, item: Option<&str>) -> Result<Parsed, Error> {
    let _ = (value, item);
    Err(Error::Invalid { path: "article".into(), message: "the ghost format is not built yet".into() })
}
