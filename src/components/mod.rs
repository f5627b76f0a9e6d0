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
pub use widget::{ArticleView, Failure, Widget, WidgetState};

/// The `<time>` of a date, readable and machine-readable.
pub(crate) fn time(date: &crate::model::DateTime) -> impl leptos::IntoView {
    use leptos::prelude::*;
    view! { <time datetime=date.as_str().to_owned()>{crate::model::format_date(date)}</time> }
}

/// The id of the n-th author's bio card, which the byline links to.
pub(crate) fn author_anchor(index: usize) -> String {
    format!("aw-author-{}", index + 1)
}
