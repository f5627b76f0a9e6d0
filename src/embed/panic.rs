//! The panic hook. A panic is a bug in the widget, never the page's fault. In
//! the release build it aborts the one wasm module every widget on the page
//! shares, so every widget is told, and the console gets the message and stack.

use super::{load, registry};
use crate::state::Failure;

pub(super) fn install() {
    std::panic::set_hook(Box::new(report));
}

fn report(info: &std::panic::PanicHookInfo) {
    let message = format!("article-widget stopped on an internal error: {info}");
    // Logged as an Error object, so the console shows the JS stack with it.
    web_sys::console::error_1(&js_sys::Error::new(&message).into());
    let failure = Err(Failure { message, path: None, retry: false });
    for host in registry::hosts() {
        load::tell(&host, &failure);
    }
}
