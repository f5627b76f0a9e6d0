//! Every name that crosses a boundary, defined once: the element's
//! attributes and the values they take, the input formats' names, the events,
//! the CSS parts, where story links sit, the data attributes the shell reads
//! back from the markup, the prerender marker and the timeout rule.
//!
//! Rust code uses these enums; the JavaScript side and
//! `article-widget.d.ts` spell the same names, and `tests/contract.rs` checks
//! the declarations against the lists here, so a name cannot drift in one
//! place only. Compiled for every target and every feature set.

/// A closed set of names, each with its spelling in HTML, JS or JSON.
macro_rules! names {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[doc = $doc:expr])* $variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[doc = $doc])* $variant,)*
        }

        impl $name {
            /// Every name, in the order the reference lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The name as written in markup, JavaScript or JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// The name spelled exactly `text`, if there is one.
            pub fn parse(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|name| name.as_str() == text)
            }
        }
    };
}

names! {
    /// The `<article-widget>` element's attributes.
    pub enum Attribute {
        /// URL of the article document.
        Src = "src",
        /// The document's format ([`Format`]).
        Format = "format",
        /// Which entry of a feed or post list.
        Item = "item",
        /// `page`: the page's own JSON-LD.
        From = "from",
        /// [`Theme`].
        Theme = "theme",
        /// [`Loading`].
        Loading = "loading",
        /// The article's language when the document has none.
        Lang = "lang",
        /// `inherit`: the host page's font family.
        Font = "font",
        /// Milliseconds to wait for `src` ([`timeout_ms`]).
        Timeout = "timeout",
    }
}

impl Attribute {
    /// Attributes whose change loads the article again.
    pub const RELOAD: [Attribute; 6] =
        [Attribute::Src, Attribute::Format, Attribute::Item, Attribute::Lang, Attribute::From, Attribute::Timeout];
    /// Attributes whose change only restyles the widget, in place.
    pub const STYLE: [Attribute; 2] = [Attribute::Theme, Attribute::Font];
}

names! {
    /// `theme`: the colour scheme.
    pub enum Theme {
        /// Follows `prefers-color-scheme` (the default).
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

impl Theme {
    /// The theme an attribute value asks for; anything else is `auto`.
    pub fn from_attribute(value: Option<&str>) -> Theme {
        value.and_then(Theme::parse).unwrap_or(Theme::Auto)
    }
}

names! {
    /// `loading`: when a widget fetches its article.
    pub enum Loading {
        /// At once (the default).
        Eager = "eager",
        /// When the element comes within 300px of the viewport.
        Lazy = "lazy",
    }
}

/// `from="page"`: read the page's own JSON-LD instead of `src`.
pub const FROM_PAGE: &str = "page";

/// `font="inherit"`: the host page's font family.
pub const FONT_INHERIT: &str = "inherit";

names! {
    /// Events dispatched on the host element, bubbling and composed.
    pub enum Event {
        /// The article is on screen.
        Ready = "article-widget:ready",
        /// It could not be shown: `detail.message`, `detail.path`.
        Error = "article-widget:error",
        /// A story link was picked (cancelable): `url`, `title`, `placement`, `position`.
        StoryClick = "article-widget:story-click",
        /// An ad box is near the viewport: `slot`, `size`.
        AdSlot = "article-widget:ad-slot",
    }
}

names! {
    /// User Timing measures (`performance.getEntriesByType("measure")`, and
    /// the Timings track of the browser's performance tools), one of each per
    /// article shown, from the start of the work to its end.
    pub enum Measure {
        /// From the document's text in hand to the validated article: parsing,
        /// the formats module for a document that is not native, validation.
        Read = "article-widget:read",
        /// Building the article's DOM in the shadow root.
        Render = "article-widget:render",
    }
}

names! {
    /// CSS `part` names, for `article-widget::part(…)` in the host page.
    pub enum Part {
        Widget = "widget",
        Header = "header",
        Headline = "headline",
        Byline = "byline",
        Hero = "hero",
        Body = "body",
        InlineStory = "inline-story",
        AdSlot = "ad-slot",
        Related = "related",
        StoryCard = "story-card",
        AuthorCard = "author-card",
        Trending = "trending",
        Error = "error",
    }
}

names! {
    /// Where a story link sits: `data-placement` in the markup and
    /// `detail.placement` of `article-widget:story-click`.
    pub enum Placement {
        /// A story card between paragraphs.
        Inline = "inline",
        /// The related-stories grid.
        Related = "related",
        /// The trending list.
        Trending = "trending",
        /// Under an author's bio.
        Author = "author",
    }
}

/// Data attributes the components write and the browser shell reads back.
pub mod data {
    /// A story link's [`super::Placement`].
    pub const PLACEMENT: &str = "data-placement";
    /// A story link's position within its placement, from 1.
    pub const POSITION: &str = "data-position";
    /// What a button does: [`ACTION_RETRY`].
    pub const ACTION: &str = "data-action";
    /// The error card's "Try again".
    pub const ACTION_RETRY: &str = "retry";
    /// An ad box's slot name (`ad-1`, …).
    pub const SLOT: &str = "data-slot";
    /// An ad box's size (`rectangle`, `banner`).
    pub const SIZE: &str = "data-size";
    /// The widget root's resolved [`super::Theme`].
    pub const THEME: &str = "data-theme";
    /// On the widget root when `font="inherit"`.
    pub const FONT: &str = "data-font";
    /// Marks a child `<script type="application/json">` holding UI strings.
    pub const STRINGS: &str = "data-strings";
}

/// The attribute on the light-DOM root that `article-widget prerender`
/// writes: the widget shows that content through a slot while it loads.
pub const PRERENDERED: &str = "data-aw-prerendered";

/// Set on that root once the widget's own rendering has replaced it, so the
/// fallback stylesheet lets the publisher's slotted ad markup show (in the
/// widget's ad boxes) only then.
pub const PRERENDERED_SHOWN: &str = "data-aw-shown";

/// The class of the widget's root element, on which every rule of the
/// stylesheet hangs.
pub const ROOT_CLASS: &str = "aw";

/// The widget's root element's start tag, with `extra` attributes (each
/// with its leading space), as the browser shell, `render_to_html` and the
/// prerendered fallback write it.
pub fn root_start_tag(extra: &str) -> String {
    format!(r#"<div part="{}" class="{ROOT_CLASS}"{extra}>"#, Part::Widget.as_str())
}

/// How long a fetch may take when the element sets no `timeout` (ms).
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// The shortest and longest `timeout` honoured (ms); others are clamped.
pub const TIMEOUT_RANGE_MS: (u32, u32) = (100, 120_000);

/// The `timeout` attribute as a number of milliseconds: a whole number,
/// clamped to [`TIMEOUT_RANGE_MS`]; [`DEFAULT_TIMEOUT_MS`] when absent or
/// unreadable. `js/prefetch.js` applies the same rule before the wasm runs.
pub fn timeout_ms(value: Option<&str>) -> u32 {
    let (shortest, longest) = TIMEOUT_RANGE_MS;
    value.and_then(|t| t.trim().parse::<u32>().ok()).map_or(DEFAULT_TIMEOUT_MS, |ms| ms.clamp(shortest, longest))
}

/// A format the widget reads: the `format` attribute, and `--format` of the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Detect the format from the document's shape.
    Auto,
    /// The project's own format (`schema/article.schema.json`).
    Native,
    /// schema.org NewsArticle / Article / BlogPosting in JSON-LD.
    JsonLd,
    /// JSON Feed 1.1 or 1.0: a whole feed or one item.
    JsonFeed,
    /// WordPress REST API posts (`/wp/v2/posts/<id>?_embed` or the list).
    WordPress,
    /// Ghost Content API `posts` response.
    Ghost,
}

impl Format {
    /// Every format and every spelling `format` accepts for it, the first
    /// the one the reference uses. Matched case-insensitively.
    pub const NAMES: &'static [(Format, &'static [&'static str])] = &[
        (Format::Auto, &["auto"]),
        (Format::Native, &["native"]),
        (Format::JsonLd, &["jsonld", "json-ld"]),
        (Format::JsonFeed, &["jsonfeed", "json-feed"]),
        (Format::WordPress, &["wordpress"]),
        (Format::Ghost, &["ghost"]),
    ];

    /// The format's name as the reference writes it.
    pub fn as_str(self) -> &'static str {
        Format::NAMES.iter().find(|(format, _)| *format == self).and_then(|(_, names)| names.first()).map_or("", |n| n)
    }

    /// The format an element's `format` attribute names (absent or empty is
    /// `auto`); `None` if unknown.
    pub fn from_attribute(value: Option<&str>) -> Option<Format> {
        let wanted = value.map(str::trim).unwrap_or("").to_ascii_lowercase();
        if wanted.is_empty() {
            return Some(Format::Auto);
        }
        Format::NAMES.iter().find(|(_, names)| names.contains(&wanted.as_str())).map(|(format, _)| *format)
    }

    /// The names `format` accepts, for messages: "auto, native, jsonld, …".
    pub fn names() -> String {
        Format::NAMES.iter().map(|(format, _)| format.as_str()).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_are_whole_milliseconds_clamped_with_a_default() {
        assert_eq!(timeout_ms(None), 15_000);
        assert_eq!(timeout_ms(Some(" 2500 ")), 2_500);
        assert_eq!(timeout_ms(Some("5")), 100);
        assert_eq!(timeout_ms(Some("999999")), 120_000);
        assert_eq!(timeout_ms(Some("1.5")), 15_000);
        assert_eq!(timeout_ms(Some("soon")), 15_000);
    }

    #[test]
    fn formats_are_named_with_their_aliases_in_any_case() {
        assert_eq!(Format::from_attribute(None), Some(Format::Auto));
        assert_eq!(Format::from_attribute(Some(" JSON-LD ")), Some(Format::JsonLd));
        assert_eq!(Format::from_attribute(Some("rss")), None);
        assert_eq!(Format::names(), "auto, native, jsonld, jsonfeed, wordpress, ghost");
    }

    #[test]
    fn the_root_tag_is_written_one_way() {
        assert_eq!(root_start_tag(""), r#"<div part="widget" class="aw">"#);
    }
}
