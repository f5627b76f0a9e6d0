//! Loading a widget's article: read it from its source, show it, then tell
//! the page (the event on the host, and a pending `ArticleWidget.render`).

use web_sys::HtmlElement;

use super::timing::{self, Span};
use super::widget::{Widget, WidgetId};
use super::{events, given, registry, source};
use crate::components::body_units;
use crate::contract::Measure;
use crate::model::Article;
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
    // A widget removed or reloaded meanwhile (its task is stopped then too)
    // is no longer registered: this result is stale and nobody is told.
    let outcome = match result {
        Ok(parsed) => {
            for warning in &parsed.warnings {
                web_sys::console::warn_1(&format!("article-widget: {warning}").into());
            }
            if !build(id, parsed.article).await {
                return;
            }
            Ok(())
        }
        Err(failure) => {
            web_sys::console::error_1(&format!("article-widget: {}", failure.message).into());
            if !update(id, |widget| widget.show(WidgetState::Failed(failure.clone()))) {
                return;
            }
            Err(failure)
        }
    };
    // Let the view update before the host hears that it has.
    leptos::task::tick().await;
    tell(&host, &outcome);
    if outcome.is_ok() {
        registry::update(id, Widget::watch_ad_slots);
    }
}

/// How long one part of building an article may take before the widget
/// lets the page run (ms): well under the 50 ms of a long task, even on a
/// phone's slower CPU.
const PART_MS: f64 = 20.0;

/// The most body units built in one part.
const MOST_UNITS: usize = 512;

/// Builds `article` in the widget `id` off-screen, a part at a time, each
/// part its own task of about [`PART_MS`], then shows it in one step; false
/// when the widget is gone. A part starts with one unit of the body and
/// doubles while parts are quick, so a long body is not built a block at a
/// time, and the first part, which pays for compiling the view code on its
/// first call, stays small.
async fn build(id: WidgetId, mut article: Article) -> bool {
    let render = Span::start(Measure::Render);
    let reading_minutes = article.reading_time();
    let mut units = body_units(std::mem::take(&mut article.body)).into_iter().peekable();
    let mut task_start = timing::now();
    if !update(id, |widget| widget.begin_article(article, reading_minutes)) {
        return false;
    }
    let mut size = 1;
    while units.peek().is_some() {
        if timing::now() - task_start > PART_MS {
            timing::next_task().await;
            task_start = timing::now();
        }
        let part = units.by_ref().take(size).collect::<Vec<_>>();
        let part_start = timing::now();
        if !update(id, |widget| widget.build_body(part)) {
            return false;
        }
        if timing::now() - part_start < PART_MS / 4.0 {
            size = (size * 2).min(MOST_UNITS);
        }
    }
    if !update(id, Widget::reveal) {
        return false;
    }
    render.end();
    true
}

/// Runs `f` on the widget `id`; false when it is no longer registered.
fn update(id: WidgetId, f: impl FnOnce(&mut Widget)) -> bool {
    let mut found = false;
    registry::update(id, |widget| {
        f(widget);
        found = true;
    });
    found
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
