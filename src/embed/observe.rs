//! An IntersectionObserver owned by the widget that needs it: it stops
//! observing when dropped, so a removed widget is told nothing more.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Calls back with each observed target once it comes within a margin of
/// the viewport. Disconnected when dropped.
pub(super) struct NearViewport {
    observer: IntersectionObserver,
    _callback: Closure<dyn Fn(js_sys::Array, IntersectionObserver)>,
}

impl NearViewport {
    /// Calls `near` with each target that comes within `margin` (CSS
    /// `rootMargin`) of the viewport; `near` returns whether that target is
    /// done with (it is then no longer observed). `None` where the browser
    /// refuses the observer.
    pub(super) fn new(margin: &str, near: impl Fn(&Element) -> bool + 'static) -> Option<NearViewport> {
        let callback = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                for entry in entries.iter() {
                    let entry: IntersectionObserverEntry = entry.unchecked_into();
                    if entry.is_intersecting() && near(&entry.target()) {
                        observer.unobserve(&entry.target());
                    }
                }
            },
        );
        let options = IntersectionObserverInit::new();
        options.set_root_margin(margin);
        let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
        Some(NearViewport { observer, _callback: callback })
    }

    pub(super) fn observe(&self, target: &Element) {
        self.observer.observe(target);
    }
}

impl Drop for NearViewport {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
