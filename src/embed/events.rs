//! Events the widget sends its host element. They bubble and are composed,
//! so a listener on `document` hears every widget on the page.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::components::Failure;

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// `article-widget:ready`: the article is in the shadow root.
pub fn ready(host: &HtmlElement) {
    dispatch(host, "article-widget:ready", &object(&[]));
}

/// `article-widget:error`, with `detail.message` and `detail.path` (or null).
pub fn error(host: &HtmlElement, failure: &Failure) {
    let path = failure.path.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    dispatch(host, "article-widget:error", &object(&[("message", JsValue::from_str(&failure.message)), ("path", path)]));
}
