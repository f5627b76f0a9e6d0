//! The widgets mounted in the page, each found by its host element: what the
//! element's reactions, the JS API, a retry click and the panic hook act on.
//!
//! The list is never borrowed while a widget is built or dropped, or while
//! the page hears an event: each of those can call back into it (a listener
//! of `article-widget:ready` may call `ArticleWidget.render`).

use std::cell::RefCell;

use web_sys::HtmlElement;

use super::widget::{Widget, WidgetId};

thread_local! {
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
}

/// Mounts a widget in `host`, unless one is there already.
pub(super) fn mount(host: HtmlElement) {
    if is_mounted(&host) {
        return;
    }
    if let Some(widget) = Widget::mount(host) {
        WIDGETS.with_borrow_mut(|widgets| widgets.push(widget));
    }
}

/// Unmounts the widget in `host`, if any: its view, listeners, observers and
/// load all stop.
pub(super) fn unmount(host: &HtmlElement) {
    let removed = WIDGETS
        .with_borrow_mut(|widgets| widgets.iter().position(|w| w.host() == host).map(|i| widgets.swap_remove(i)));
    // Dropped here, after the borrow.
    drop(removed);
}

/// Loads `host`'s article afresh, if it is in the document.
pub(super) fn reload(host: HtmlElement) {
    unmount(&host);
    if host.is_connected() {
        mount(host);
    }
}

/// Loads every widget afresh: the page changed the strings. A reload, not a
/// re-render, so that each widget's events (ready, ad slots) stay true to
/// what is on screen.
pub(super) fn reload_all() {
    for host in hosts() {
        reload(host);
    }
}

/// Mirrors `host`'s styling attributes onto its widget, if mounted.
pub(super) fn restyle(host: &HtmlElement) {
    WIDGETS.with_borrow(|widgets| {
        if let Some(widget) = widgets.iter().find(|w| w.host() == host) {
            widget.restyle();
        }
    });
}

pub(super) fn is_mounted(host: &HtmlElement) -> bool {
    WIDGETS.with_borrow(|widgets| widgets.iter().any(|w| w.host() == host))
}

/// Runs `f` on the widget `id`, if it is still mounted (a load that outlived
/// its widget finds nothing).
pub(super) fn update(id: WidgetId, f: impl FnOnce(&mut Widget)) {
    WIDGETS.with_borrow_mut(|widgets| {
        if let Some(widget) = widgets.iter_mut().find(|w| w.id() == id) {
            f(widget);
        }
    });
}

/// The hosts of every mounted widget; none when the list cannot be read
/// (from the panic hook, in the middle of a change to it).
pub(super) fn hosts() -> Vec<HtmlElement> {
    WIDGETS
        .try_with(|widgets| {
            widgets.try_borrow().map(|w| w.iter().map(|w| w.host().clone()).collect()).unwrap_or_default()
        })
        .unwrap_or_default()
}
