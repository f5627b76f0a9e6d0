//! Leptos components, one for each part of the article page. They render in
//! the browser (`csr`) and to an HTML string natively (`ssr`) alike.

mod ad_slot;
mod author_card;
mod body;
mod error;
mod figure;
mod header;
mod related;
mod skeleton;
mod story_card;
mod trending;
mod widget;

pub use ad_slot::AdSlot;
pub use author_card::AuthorCard;
pub use body::{Body, Inlines};
pub use error::ErrorCard;
pub use figure::Figure;
pub use header::Header;
pub use related::Related;
pub use skeleton::Skeleton;
pub use story_card::{InlineStory, StoryCard};
pub use trending::Trending;
pub use widget::{ArticleView, Widget};

use crate::i18n::Strings;

/// The `<time>` of a date, readable in the reader's language and
/// machine-readable; `title` holds the absolute date when the text is
/// relative ("3 hours ago"). See [`crate::i18n::show_date`].
pub(crate) fn time(date: &crate::model::DateTime, strings: &Strings) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let shown = crate::i18n::show_date(date, strings);
    view! { <time datetime=date.as_str().to_owned() title=shown.title>{shown.text}</time> }
}

/// The id of the n-th author's bio card, which the byline links to.
pub(crate) fn author_anchor(index: usize) -> String {
    format!("aw-author-{}", index + 1)
}

/// `rel` for a link: one to another site gets `noopener noreferrer`, so the
/// page it opens can neither reach back into this one nor learn its address.
pub(crate) fn rel(url: &str) -> Option<&'static str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//"))
        .then_some("noopener noreferrer")
}

/// Images never tell their host which page the reader is on.
pub(crate) const IMAGE_REFERRER_POLICY: &str = "no-referrer";

/// The id of the headline, which names the article for assistive technology.
pub(crate) const HEADLINE_ID: &str = "aw-headline";
