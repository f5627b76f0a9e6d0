//! Loading a widget's article: read it from its source, show it, then tell
//! the page (the event on the host, and a pending `ArticleWidget.render`).

use web_sys::HtmlElement;

use super::widget::{Widget, WidgetId};
use super::{events, given, registry, source};
use crate::state::{Failure, WidgetState};

/// Loads, validates and shows `host`'s article in the widget `id`, then
/// tells the host page.
pub(super) async fn run(host: HtmlElement, id: WidgetId) {
    if !source::given_any(&host) {
        web_sys::console::warn_1(
            &"article-widget: no article yet. Set src, put a <script type=\"application/json\"> inside, \
              set from=\"page\", or call ArticleWidget.render(element, object)."
                .into(),
        );
        return;
    }
    let result = source::article(&host).await;
    let (next, outcome) = match result {
        Ok(parsed) => {
            for warning in &parsed.warnings {
                web_sys::console::warn_1(&format!("article-widget: {warning}").into());
            }
            (WidgetState::Ready(parsed.article), Ok(()))
        }
        Err(failure) => {
            web_sys::console::error_1(&format!("article-widget: {}", failure.message).into());
            (WidgetState::Failed(failure.clone()), Err(failure))
        }
    };
    // A widget removed or reloaded meanwhile (its task is stopped then too)
    // is no longer registered: this result is stale and nobody is told.
    let mut shown = false;
    registry::update(id, |widget| {
        widget.show(next);
        shown = true;
    });
    if !shown {
        return;
    }
    // Let the view update before the host hears that it has.
    leptos::task::tick().await;
    tell(&host, &outcome);
    if outcome.is_ok() {
        registry::update(id, Widget::watch_ad_slots);
    }
}

/// Tells the page how `host`'s load ended: settles a pending
/// `ArticleWidget.render`, then sends `article-widget:ready` or
/// `article-widget:error`. Settled first, so that a listener of the event
/// that calls `render` again starts a new promise rather than ending this
/// one; its callbacks run after the listeners all the same (a microtask).
pub(super) fn tell(host: &HtmlElement, outcome: &Result<(), Failure>) {
    given::settle(host, outcome);
    match outcome {
        Ok(()) => events::ready(host),
        Err(failure) => events::error(host, failure),
    }
}
