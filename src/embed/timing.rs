//! User Timing measures of reading a document and building its DOM
//! ([`Measure`]), so an embedding engineer sees in the browser's performance
//! tools where the widget's time goes (and the benchmarks read them).

use wasm_bindgen::prelude::wasm_bindgen;

use crate::contract::Measure;

#[wasm_bindgen(module = "/js/timing.js")]
extern "C" {
    fn now() -> f64;
    fn measure(name: &str, start: f64);
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
