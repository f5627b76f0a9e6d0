//! # article-widget
//!
//! An embeddable news-article widget. A page adds one script tag and an
//! `<article-widget src="…">` element; the widget fetches the article as JSON,
//! validates it into [`model::Article`], and renders it with the Leptos
//! [`components`] inside a shadow root.
//!
//! The same components render to an HTML string natively (`render_to_html`,
//! feature `ssr`), which the tests and the `render` command use.
//!
//! # As a Leptos library
//!
//! [`components::ArticleView`] renders one [`Article`] in any Leptos tree.
//! Pick Leptos' mode with a feature, as with other Leptos component
//! libraries (`default-features = false` in a browser app):
//!
//! - `ssr` (the default): HTML strings natively; HTML bodies parsed by
//!   html5ever, dates in English.
//! - `csr`: a client-side app in the browser (wasm32); HTML bodies parsed by
//!   the browser's `DOMParser`, dates by `Intl`.
//! - `hydrate`: as `csr`, hydrating server-rendered markup.
//!
//! Each of them also enables the readers of every format
//! ([`formats::parse`]: JSON-LD, JSON Feed, WordPress, Ghost). The
//! components' CSS is [`STYLESHEET`]; the app adds it to its page.
//!
//! ```
//! use article_widget::{components::ArticleView, parse_article};
//! use leptos::prelude::*;
//!
//! #[component]
//! fn Today() -> impl IntoView {
//!     let lead = parse_article(r#"{"headline": "Talks reopen", "language": "en"}"#).unwrap().article;
//!     let second = parse_article(r#"{"headline": "Vuelven los ferris", "language": "es"}"#).unwrap().article;
//!     view! {
//!         <h1>"Today"</h1>
//!         <ArticleView article=lead/>
//!         <ArticleView article=second/>
//!     }
//! }
//!
//! let html = Owner::new().with(|| view! { <Today/> }.to_html());
//! assert!(html.contains("Talks reopen") && html.contains("Vuelven los ferris"));
//! assert!(html.contains(r#"lang="es""#));
//! ```

// A library other Leptos apps use: every public item says what it is, its
// default and its errors (`cargo doc` and clippy in `make test` enforce it).
#![deny(missing_docs)]
// Input never panics the widget: on wasm32 a panic aborts the one module
// every widget on the page shares. `make test` runs clippy with these.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

// docs/leptos.md's snippets, compiled and run by `cargo test --doc` (only
// then: the packaged crate has no docs/).
#[cfg(all(doctest, feature = "ssr"))]
#[doc = include_str!("../docs/leptos.md")]
struct LeptosGuide;

// The README's Leptos snippet, compiled by `cargo test --doc`.
#[cfg(all(doctest, feature = "ssr"))]
#[doc = include_str!("../README.md")]
struct Readme;

#[cfg(feature = "leptos")]
pub mod components;
pub mod contract;
pub mod formats;
pub mod i18n;
pub mod model;
pub mod state;

#[cfg(feature = "embed")]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod manifest;
#[cfg(feature = "ssr")]
pub mod prerender;

pub use formats::{parse_article, Error, Parsed, Warning};
pub use model::Article;
pub use state::{Failure, WidgetState};

/// The widget's stylesheet, compiled in so every shadow root can adopt it
/// without another request: `style/widget.css` as `build.rs` minified it.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Renders what a widget in `state` shows, as HTML: the same markup the
/// browser builds inside the shadow root, wrapped in the widget's root
/// element. Leptos' `ssr` output carries `<!>` markers between dynamic
/// children; they are comments and render as nothing.
///
/// ```
/// use article_widget::{parse_article, render_to_html, Failure, WidgetState};
///
/// let article = parse_article(r#"{"headline": "Talks reopen", "section": "Diplomacy"}"#)?.article;
/// let html = render_to_html(&WidgetState::Ready(article));
/// assert!(html.contains(r#"<h1 part="headline""#) && html.contains("Talks reopen"));
///
/// let error = parse_article("{}").unwrap_err();
/// let html = render_to_html(&WidgetState::Failed(Failure::from(error)));
/// assert!(html.contains(r#"role="alert""#) && html.contains("article.headline"));
/// # Ok::<(), article_widget::Error>(())
/// ```
#[cfg(feature = "ssr")]
pub fn render_to_html(state: &WidgetState) -> String {
    format!("{}{}</div>", contract::root_start_tag(""), render_content(state))
}

/// What [`render_to_html`] puts inside the widget's root element: the
/// shadow root's content, with the widget's own ids (`aw-headline`).
#[cfg(feature = "ssr")]
pub fn render_content(state: &WidgetState) -> String {
    render_scoped(state, components::IdScope::widget())
}

/// [`render_content`] with the article's ids in `scope`, for a caller that
/// puts it in a light DOM it may share (the prerendered fallback).
#[cfg(feature = "ssr")]
pub fn render_scoped(state: &WidgetState, scope: components::IdScope) -> String {
    use crate::components::{ArticleView, ErrorCard, Skeleton};
    use leptos::prelude::*;

    let owner = Owner::new();
    owner.with(|| {
        provide_context(scope);
        match state.clone() {
            WidgetState::Loading => view! { <Skeleton/> }.to_html(),
            WidgetState::Ready(article) => view! { <ArticleView article/> }.to_html(),
            WidgetState::Failed(failure) => view! { <ErrorCard failure/> }.to_html(),
        }
    })
}
