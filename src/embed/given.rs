//! What the page gave an element through `ArticleWidget.render`: the article
//! object, which wins over `src`, and the promise waiting for it to be shown.
//!
//! The promise is made and settled here, beside the reload that `render`
//! starts (`super::api`), rather than in JS listening for the events: one
//! side owns the whole of `render`. Both are kept by element in `WeakMap`s,
//! so an element the page drops is collected with its article and its
//! pending promise, mounted or not.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use crate::state::Failure;

thread_local! {
    /// Objects given to `render`, by element.
    static ARTICLES: js_sys::WeakMap = js_sys::WeakMap::new();
    /// The `[resolve, reject]` of each element's pending `render` promise.
    static PENDING: js_sys::WeakMap = js_sys::WeakMap::new();
}

/// The object `render` gave this element, if any.
pub(super) fn article(host: &HtmlElement) -> Option<JsValue> {
    ARTICLES.with(|articles| Some(articles.get(host)).filter(|v| !v.is_undefined()))
}

/// Gives `host` its article, and returns the promise settled by its next
/// load. A promise still pending for `host` rejects with an `AbortError`:
/// its article will never be shown.
pub(super) fn give(host: &HtmlElement, article: &JsValue) -> js_sys::Promise {
    abort(host, "ArticleWidget.render was called again for this element before this article was shown.");
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        PENDING.with(|pending| pending.set(host, &js_sys::Array::of2(&resolve, &reject)));
    });
    ARTICLES.with(|articles| articles.set(host, article));
    promise
}

/// Forgets `host`'s article; a promise still pending rejects with an
/// `AbortError` saying `why`.
pub(super) fn forget(host: &HtmlElement, why: &str) {
    ARTICLES.with(|articles| articles.delete(host));
    abort(host, why);
}

/// Settles `host`'s pending promise, if any, with its load's outcome: it
/// rejects with an `Error` carrying the failure's `path` (or null).
pub(super) fn settle(host: &HtmlElement, outcome: &Result<(), Failure>) {
    let Some([resolve, reject]) = take(host) else { return };
    let _ = match outcome {
        Ok(()) => resolve.call0(&JsValue::UNDEFINED),
        Err(failure) => reject.call1(&JsValue::UNDEFINED, &error(&failure.message, failure.path.as_deref(), None)),
    };
}

fn abort(host: &HtmlElement, why: &str) {
    if let Some([_, reject]) = take(host) {
        let _ = reject.call1(&JsValue::UNDEFINED, &error(why, None, Some("AbortError")));
    }
}

fn take(host: &HtmlElement) -> Option<[js_sys::Function; 2]> {
    let entry = PENDING.try_with(|pending| {
        let entry = pending.get(host);
        pending.delete(host);
        entry
    });
    let entry: js_sys::Array = entry.ok()?.dyn_into().ok()?;
    Some([entry.get(0).dyn_into().ok()?, entry.get(1).dyn_into().ok()?])
}

/// An `Error` with `message`, a `path` property, and `name` if given.
fn error(message: &str, path: Option<&str>, name: Option<&str>) -> JsValue {
    let error = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&error, &"path".into(), &path.map_or(JsValue::NULL, JsValue::from_str));
    if let Some(name) = name {
        error.set_name(name);
    }
    error.into()
}
