//! Browser only: the `<article-widget>` custom element, its shadow root and
//! stylesheet, loading the article, the JS API, and the events it sends the
//! host page.
//!
//! One job a file:
//! - `element`: the custom element class (in `js/element.js`) and its callbacks;
//! - `registry`: the widgets mounted in the page, found by their host element;
//! - `widget`: one mounted widget, what it owns, and its teardown on drop;
//! - `load`: reading the article into the widget and telling the page;
//! - `source`: where the article comes from (`src`, child JSON, page, `render`);
//! - `converter`: the formats module, which reads documents in other formats;
//! - `given`: what `ArticleWidget.render` gave an element, and its promise;
//! - `api`: `window.ArticleWidget`;
//! - `clicks`, `events`: clicks inside a widget, events on its host;
//! - `observe`, `task`: an IntersectionObserver and a spawned future that
//!   stop when dropped;
//! - `timing`: the User Timing measures of reading and rendering;
//! - `language`, `panic`: the element's language setting; the panic hook.

mod api;
mod clicks;
mod converter;
mod element;
mod events;
mod given;
mod language;
mod load;
mod observe;
mod panic;
mod registry;
mod source;
mod task;
mod timing;
mod widget;

pub use element::TAG;

/// Registers `<article-widget>` and `window.ArticleWidget`; elements already
/// in the page upgrade at once, later ones as they are added. Safe to call
/// more than once.
pub fn start() {
    panic::install();
    if element::define() {
        api::install();
    }
}

/// An attribute of the host element, by its contract name.
pub(crate) fn attribute(host: &web_sys::HtmlElement, name: crate::contract::Attribute) -> Option<String> {
    host.get_attribute(name.as_str())
}
