//! What one widget is showing, apart from how it is shown: the view layer
//! (`components`) renders it, the browser shell (`embed`) and the CLI set it.

use crate::model::Article;

/// What a widget shows: a placeholder while loading, the article, or why not.
// One state a widget, replaced whole: boxing the article would cost an
// allocation and a harder API for no memory saved.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetState {
    /// The article is on its way: a placeholder of its shape (the
    /// `Skeleton` component).
    Loading,
    /// The article, rendered whole.
    Ready(Article),
    /// Why there is no article: the error card.
    Failed(Failure),
}

/// A failure as the error card shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// What went wrong, in a sentence the error card shows.
    pub message: String,
    /// The JSON path of the problem, when it lies in the document.
    pub path: Option<String>,
    /// Whether trying again may help (the network failed, not the document).
    pub retry: bool,
}

impl From<crate::formats::Error> for Failure {
    fn from(error: crate::formats::Error) -> Self {
        Failure { path: error.path().map(str::to_owned), message: error.to_string(), retry: false }
    }
}
