//! Leptos components, one for each part of the article page. They render in
//! the browser (`csr`) and to an HTML string natively (`ssr`) alike.

mod ad_slot;
mod author_card;
mod body;
mod embed;
mod error;
mod figure;
mod header;
mod media;
mod related;
mod skeleton;
mod story_card;
mod table;
mod trending;
mod widget;

pub use ad_slot::AdSlot;
pub use author_card::AuthorCard;
pub use body::{Body, Inlines};
// Public for the widget's incremental build (a long body a part at a time)
// and tests/render.rs, which checks it gives what `Body` gives whole.
#[doc(hidden)]
pub use body::{body_part, body_units, BodyCount};
pub use embed::Embed;
pub use error::ErrorCard;
pub use figure::Figure;
pub use header::Header;
pub use media::MediaPlayer;
pub use related::Related;
pub use skeleton::Skeleton;
pub use story_card::{InlineStory, StoryCard};
pub use table::Table;
pub use trending::Trending;
#[cfg(feature = "embed")]
pub(crate) use widget::article_strings;
pub use widget::ArticleView;

use crate::i18n::Strings;

/// The `<time>` of a date, readable in the reader's language and
/// machine-readable; `title` holds the absolute date when the text is
/// relative ("3 hours ago"). See [`crate::i18n::show_date`].
pub(crate) fn time(date: &crate::model::DateTime, strings: &Strings) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let shown = crate::i18n::show_date(date, strings);
    view! { <time datetime=date.as_str().to_owned() title=shown.title>{shown.text}</time> }
}

/// What the ids of one rendered article start with. Inside the widget's
/// shadow root ids cannot collide, and the shell provides `aw` (so
/// `aw-headline`); where articles share one light DOM (another Leptos app's
/// tree, prerendered fallbacks) each article gets its own scope, derived from
/// it when none is provided ([`IdScope::for_article`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdScope(pub String);

impl IdScope {
    /// The scope the widget uses in its shadow root.
    pub fn widget() -> IdScope {
        IdScope(crate::contract::ROOT_CLASS.to_owned())
    }

    /// A scope of the article's own (`aw-3f9a1c07`): the same for the same
    /// article every time, different for different articles.
    pub fn for_article(article: &crate::model::Article) -> IdScope {
        // FNV-1a over what identifies the article: stable across builds and
        // platforms, which a std hasher does not promise.
        let identity = [article.id.as_deref(), article.url.as_deref(), Some(article.headline.as_str())];
        let mut hash: u32 = 0x811c_9dc5;
        for byte in identity.iter().flatten().flat_map(|part| part.bytes().chain([0])) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
        IdScope(format!("{}-{hash:08x}", crate::contract::ROOT_CLASS))
    }

    /// The id of `name` in this scope: `aw-headline`.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.0)
    }

    /// The scope provided as context, for components under an article.
    pub(crate) fn current() -> IdScope {
        leptos::prelude::use_context::<IdScope>().unwrap_or_else(IdScope::widget)
    }
}

/// The id of the n-th author's bio card, which the byline links to.
pub(crate) fn author_anchor(index: usize) -> String {
    IdScope::current().id(&format!("author-{}", index + 1))
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
pub(crate) fn headline_id() -> String {
    IdScope::current().id("headline")
}
