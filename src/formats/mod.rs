//! Input formats. Each is adapted into the one [`model::Article`]; the
//! element's `format` attribute names one, or `auto` detects it.
//!
//! [`model::Article`]: crate::model::Article

use crate::model::{self, Error, Parsed};

/// A format the widget reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Detect the format from the document's shape.
    Auto,
    /// The project's own format (`schema/article.schema.json`).
    Native,
}

impl Format {
    /// The format an element's `format` attribute names; `None` if unknown.
    pub fn from_attribute(value: Option<&str>) -> Option<Format> {
        match value.map(str::trim).unwrap_or("") {
            "" | "auto" => Some(Format::Auto),
            "native" => Some(Format::Native),
            _ => None,
        }
    }
}

/// The names `format` accepts, for error messages.
pub const FORMAT_NAMES: &str = "auto, native";

/// Reads a document in `format`. `item` picks an entry where a format holds
/// several (a feed); formats with one article ignore it.
pub fn parse(text: &str, format: Format, _item: Option<&str>) -> Result<Parsed, Error> {
    match format {
        Format::Auto | Format::Native => model::parse_article(text),
    }
}
