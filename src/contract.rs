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

/// The custom element's tag name.
pub const TAG: &str = "article-widget";

/// The element's class: `js/element.js` declares it by this name and
/// `article-widget.d.ts` types it.
pub const ELEMENT_CLASS: &str = "ArticleWidgetElement";

/// The global that holds the JS API ([`Api`]): `window.ArticleWidget`.
pub const API_GLOBAL: &str = "ArticleWidget";

/// The values an attribute takes, as the manifest and the .d.ts type them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Values {
    /// Any text.
    Text,
    /// A whole number of milliseconds, written in decimal.
    Milliseconds,
    /// One word, the only value it takes.
    Only(&'static str),
    /// A [`Format`] name, any of its spellings.
    Formats,
    /// A [`Theme`].
    Themes,
    /// A [`Loading`].
    Loadings,
}

impl Values {
    /// The values named one by one; empty when the value is free text.
    pub fn names(self) -> Vec<&'static str> {
        match self {
            Values::Text | Values::Milliseconds => Vec::new(),
            Values::Only(word) => vec![word],
            Values::Formats => Format::NAMES.iter().flat_map(|(_, names)| names.iter().copied()).collect(),
            Values::Themes => Theme::ALL.iter().map(|t| t.as_str()).collect(),
            Values::Loadings => Loading::ALL.iter().map(|l| l.as_str()).collect(),
        }
    }

    /// The TypeScript type of the value: `string`, `` `${number}` `` or a
    /// union of string literals, as `article-widget.d.ts` declares it.
    pub fn typescript(self) -> String {
        match self {
            Values::Text => "string".to_owned(),
            Values::Milliseconds => "`${number}`".to_owned(),
            _ => self.names().iter().map(|name| format!("\"{name}\"")).collect::<Vec<_>>().join(" | "),
        }
    }
}

/// What an attribute means, for the manifest and the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttributeDoc {
    /// The values it takes.
    pub values: Values,
    /// The value it behaves as when absent, if it has one.
    pub default: Option<&'static str>,
    /// One or two sentences for the reference.
    pub description: &'static str,
}

impl Attribute {
    /// Its values, default and meaning.
    pub const fn doc(self) -> AttributeDoc {
        let (values, default, description) = match self {
            Attribute::Src => (
                Values::Text,
                None,
                "URL of the article document, relative to the page; relative URLs inside it resolve against it. \
                 Changing it loads the new article.",
            ),
            Attribute::Format => (
                Values::Formats,
                Some("auto"),
                "The document's format; `auto` detects it from the document's shape. Any other value is an error.",
            ),
            Attribute::Item => (
                Values::Text,
                None,
                "Which entry to show where a document holds several (a feed, a list of posts): an index from 0, \
                 or the entry's id. Without it, the first.",
            ),
            Attribute::From => (
                Values::Only(FROM_PAGE),
                None,
                "`page`: read the page's own `<script type=\"application/ld+json\">` NewsArticle instead of `src`.",
            ),
            Attribute::Theme => (
                Values::Themes,
                Some(Theme::Auto.as_str()),
                "The colour scheme; `auto` follows `prefers-color-scheme`. Changes apply in place.",
            ),
            Attribute::Loading => (
                Values::Loadings,
                Some(Loading::Eager.as_str()),
                "`eager` loads at once; `lazy` waits until the element is within 300px of the viewport. \
                 Read when the element connects.",
            ),
            Attribute::Lang => (
                Values::Text,
                None,
                "The article's language (BCP 47) when the document gives none; it also picks the widget's own \
                 strings and date format. Without it, the page's `<html lang>`, else English.",
            ),
            Attribute::Font => (
                Values::Only(FONT_INHERIT),
                None,
                "`inherit`: the host page's font family instead of the widget's own. Changes apply in place.",
            ),
            Attribute::Timeout => (
                Values::Milliseconds,
                Some(DEFAULT_TIMEOUT),
                "How long to wait for `src`, in whole milliseconds, clamped to 100 to 120000.",
            ),
        };
        AttributeDoc { values, default, description }
    }
}

/// [`DEFAULT_TIMEOUT_MS`] as the `timeout` attribute writes it.
pub const DEFAULT_TIMEOUT: &str = "15000";

names! {
    /// `theme`: the colour scheme.
    pub enum Theme {
        /// Follows `prefers-color-scheme` (the default).
        Auto = "auto",
        /// Dark text on a light background, whatever the reader's setting.
        Light = "light",
        /// Light text on a dark background, whatever the reader's setting.
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

impl Event {
    /// The `detail` interface `article-widget.d.ts` declares for it.
    pub const fn detail_type(self) -> &'static str {
        match self {
            Event::Ready => "ArticleWidgetReadyDetail",
            Event::Error => "ArticleWidgetErrorDetail",
            Event::StoryClick => "ArticleWidgetStoryClickDetail",
            Event::AdSlot => "ArticleWidgetAdSlotDetail",
        }
    }

    /// The fields of `detail`: name and TypeScript type, as the .d.ts declares them.
    pub const fn detail(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Event::Ready => &[],
            Event::Error => &[("message", "string"), ("path", "string | null")],
            Event::StoryClick => &[
                ("url", "string"),
                ("title", "string"),
                ("placement", "ArticleWidgetPlacement"),
                ("position", "number"),
            ],
            Event::AdSlot => &[("slot", "string"), ("size", "ArticleWidgetAdSize")],
        }
    }

    /// When it is sent and what `detail` says, for the reference.
    pub const fn description(self) -> &'static str {
        match self {
            Event::Ready => "The article is on screen (again after each load).",
            Event::Error => {
                "The article could not be shown: `detail.message` says why, `detail.path` is the JSON path of \
                 the problem, or null when it is not in the document (a network error, a timeout)."
            }
            Event::StoryClick => {
                "A reader picked a story link: `detail.url`, `detail.title`, `detail.placement` (inline, related, \
                 trending, author) and `detail.position` from 1. Cancelable: `preventDefault()` stops the navigation."
            }
            Event::AdSlot => {
                "An ad box came within 200px of the viewport, once a box: `detail.slot` (`ad-1`, …) and \
                 `detail.size` (`rectangle` or `banner`)."
            }
        }
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
        /// The widget's root element, around everything it shows.
        Widget = "widget",
        /// The header: section label, headline, dek and byline.
        Header = "header",
        /// The headline, the article's `<h1>`.
        Headline = "headline",
        /// The byline: authors, dates and reading time.
        Byline = "byline",
        /// The hero image's figure.
        Hero = "hero",
        /// The article's body.
        Body = "body",
        /// A related-story card between paragraphs.
        InlineStory = "inline-story",
        /// An ad slot's reserved box.
        AdSlot = "ad-slot",
        /// The related-stories grid.
        Related = "related",
        /// One card of the related-stories grid.
        StoryCard = "story-card",
        /// An author's bio card ("More from …").
        AuthorCard = "author-card",
        /// The "Trending on …" list.
        Trending = "trending",
        /// The error card shown instead of an article.
        Error = "error",
    }
}

impl Part {
    /// What the part is, for the reference.
    pub const fn description(self) -> &'static str {
        match self {
            Part::Widget => "The widget's root, around everything it shows.",
            Part::Header => "The article's header: section, headline, dek, byline.",
            Part::Headline => "The headline.",
            Part::Byline => "Authors, dates and reading time.",
            Part::Hero => "The lead image and its caption.",
            Part::Body => "The article's text.",
            Part::InlineStory => "A related-story card between paragraphs.",
            Part::AdSlot => "An ad box, around its slot.",
            Part::Related => "The related-stories grid.",
            Part::StoryCard => "A story card in the related-stories grid.",
            Part::AuthorCard => "An author's bio card.",
            Part::Trending => "The trending list.",
            Part::Error => "The error card, shown when the article cannot be shown.",
        }
    }
}

/// The ad boxes' slot names: `ad-1`, `ad-2`, … in document order.
pub const AD_SLOT_PREFIX: &str = "ad-";

/// A CSS custom property the host page may set to theme the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CustomProperty {
    /// Its name, `--aw-…`.
    pub name: &'static str,
    /// Its CSS syntax (as `@property` writes it): `<color>`, `<length>`, `*`.
    pub syntax: &'static str,
    /// Its value when unset, in the light theme.
    pub light: &'static str,
    /// Its value when unset in the dark theme, when it differs.
    pub dark: Option<&'static str>,
    /// What it styles.
    pub description: &'static str,
}

/// The theming hooks: `style/widget.css` reads exactly these, with these
/// defaults (`tests/contract.rs`). A value the page sets wins in both themes.
pub const CUSTOM_PROPERTIES: &[CustomProperty] = &[
    color("--aw-color-background", "#ffffff", "#141619", "Behind the article."),
    color("--aw-color-surface", "#f6f4f0", "#1e2126", "Bio card, ad box, placeholders."),
    color("--aw-color-text", "#1b1d21", "#ebe8e3", "Text."),
    color("--aw-color-muted", "#595e66", "#a8adb4", "Byline, captions, dates."),
    color("--aw-color-border", "#e1ddd5", "#33373e", "Rules and edges."),
    color("--aw-color-accent", "#b0261c", "#ff8f7a", "Section label, kickers, trending numbers."),
    color("--aw-color-link", "#0a53a8", "#8ab8ff", "Links."),
    color("--aw-color-focus", "#1a73e8", "#8ab8ff", "Keyboard focus ring."),
    CustomProperty {
        name: "--aw-font-body",
        syntax: "*",
        light: r#"Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif"#,
        dark: None,
        description: "Article text.",
    },
    CustomProperty {
        name: "--aw-font-heading",
        syntax: "*",
        light: "var(--aw-font-body)",
        dark: None,
        description: "Headline, subheadings, card titles.",
    },
    CustomProperty {
        name: "--aw-font-ui",
        syntax: "*",
        light: r#"system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif"#,
        dark: None,
        description: "Labels, byline, cards.",
    },
    CustomProperty {
        name: "--aw-font-size",
        syntax: "<length>",
        light: "17px",
        dark: None,
        description: "Base text size; every size in the widget scales with it (the widget's own unit, not rem).",
    },
    CustomProperty {
        name: "--aw-space",
        syntax: "<length>",
        light: "16px",
        dark: None,
        description: "Spacing unit (16px at the default font size, scaling with it).",
    },
    CustomProperty {
        name: "--aw-radius",
        syntax: "<length>",
        light: "8px",
        dark: None,
        description: "Corner radius of cards (8px at the default font size, scaling with it).",
    },
    CustomProperty {
        name: "--aw-max-width",
        syntax: "<length>",
        light: "1152px",
        dark: None,
        description: "Widest the widget grows (1152px at the default font size, scaling with it).",
    },
];

const fn color(
    name: &'static str,
    light: &'static str,
    dark: &'static str,
    description: &'static str,
) -> CustomProperty {
    CustomProperty { name, syntax: "<color>", light, dark: Some(dark), description }
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

names! {
    /// The members of `window.ArticleWidget` ([`API_GLOBAL`]).
    pub enum Api {
        /// `ArticleWidget.render(element, object)`: renders an article object.
        Render = "render",
        /// `ArticleWidget.destroy(element)`: unmounts the widget on an element.
        Destroy = "destroy",
        /// `ArticleWidget.setStrings(lang, strings)`: the page's own words.
        SetStrings = "setStrings",
        /// `ArticleWidget.version`: the widget's version string.
        Version = "version",
    }
}

/// A function of the JS API: its parameters (name, TypeScript type), what it
/// returns and what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Function {
    /// Name and TypeScript type of each parameter, in order.
    pub parameters: &'static [(&'static str, &'static str)],
    /// The TypeScript type it returns.
    pub returns: &'static str,
    /// What it does.
    pub description: &'static str,
}

impl Api {
    /// Its signature, or `None` for [`Api::Version`], a read-only string.
    pub const fn function(self) -> Option<Function> {
        let (parameters, returns, description): (&'static [(&'static str, &'static str)], _, _) = match self {
            Api::Render => (
                &[("element", "ArticleWidgetElement"), ("article", "object")],
                "Promise<void>",
                "Shows `article` (an object in any supported format) in `element`, in place of its `src` or \
                 inline JSON. Resolves when it is on screen; rejects with an Error carrying `path` when it cannot \
                 be shown, and with an `AbortError` when another `render` or `destroy` of the element comes first.",
            ),
            Api::Destroy => (
                &[("element", "ArticleWidgetElement")],
                "void",
                "Empties the widget's shadow root and stops its work (fetches, observers).",
            ),
            Api::SetStrings => (
                &[("language", "string"), ("strings", "ArticleWidgetStrings")],
                "void",
                "Replaces the widget's own strings for every widget showing `language` (a BCP 47 tag, matched by \
                 its primary subtag); widgets on the page load again to show them.",
            ),
            Api::Version => return None,
        };
        Some(Function { parameters, returns, description })
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

    // The attribute's documented default is the number the rule uses.
    #[test]
    fn the_documented_default_timeout_is_the_rules() {
        assert_eq!(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT_MS.to_string());
        assert_eq!(Attribute::Timeout.doc().default, Some(DEFAULT_TIMEOUT));
        assert_eq!(Attribute::Format.doc().default, Some(Format::Auto.as_str()));
    }

    #[test]
    fn attribute_values_are_typed_as_typescript_writes_them() {
        assert_eq!(Values::Themes.typescript(), r#""auto" | "light" | "dark""#);
        assert_eq!(Values::Only(FROM_PAGE).typescript(), r#""page""#);
        assert_eq!(Values::Milliseconds.typescript(), "`${number}`");
    }

    #[test]
    fn the_root_tag_is_written_one_way() {
        assert_eq!(root_start_tag(""), r#"<div part="widget" class="aw">"#);
    }
}
