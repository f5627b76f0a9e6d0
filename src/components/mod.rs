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

/// `rel` for a link: one to another site gets `noopener noreferrer`, so the
/// page it opens can neither reach back into this one nor learn its address.
pub(crate) fn rel(url: &str) -> Option<&'static str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")).then_some("noopener noreferrer")
}

/// Images never tell their host which page the reader is on.
pub(crate) const IMAGE_REFERRER_POLICY: &str = "no-referrer";

/// The id of the headline, which names the article for assistive technology.
pub(crate) const HEADLINE_ID: &str = "aw-headline";

/// UI strings added for keyboard and screen-reader users, in English. They
/// sit together so that the strings catalogue (issue #7, Languages) can take
/// them over in one move.
pub(crate) mod a11y_text {
    /// The link before each ad box that jumps past it.
    pub const SKIP_AD: &str = "Skip advertisement";
    /// Where that link lands, just after the box; read out when it takes focus.
    pub const AD_END: &str = "End of advertisement";
}
