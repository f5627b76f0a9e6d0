//! The widget's time: User Timing measures of reading a document and
//! building its DOM ([`Measure`]), so an embedding engineer sees in the
//! browser's performance tools where it goes (and the benchmarks read
//! them); and yielding to the page between two pieces of work.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::contract::Measure;

#[wasm_bindgen(module = "/js/timing.js")]
extern "C" {
    /// `performance.now()`, in milliseconds.
    pub(super) fn now() -> f64;
    fn measure(name: &str, start: f64);
    #[wasm_bindgen(js_name = nextTask)]
    fn next_task_promise() -> js_sys::Promise;
}

/// Resolves in a later task, so the page can run between two pieces of the
/// widget's work (`scheduler.yield()`, else a message to itself). Dropped
/// before then, nothing more happens.
pub(super) async fn next_task() {
    let _ = wasm_bindgen_futures::JsFuture::from(next_task_promise()).await;
}

/// A measure begun: [`Span::end`] records it.
pub(super) struct Span {
    measure: Measure,
    start: f64,
}

impl Span {
    pub(super) fn start(measure: Measure) -> Span {
        Span { measure, start: now() }
    }

    pub(super) fn end(self) {
        measure(self.measure.as_str(), self.start);
    }
}
