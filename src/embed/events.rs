//! Events the widget sends its host element. They bubble and are composed,
//! so a listener on `document` hears every widget on the page.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};

use crate::contract::{data, Event};
use crate::state::Failure;

/// Dispatches `name`; returns false when a listener cancelled it.
fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => host.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

pub(crate) fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// `article-widget:ready`: the article is in the shadow root.
pub fn ready(host: &HtmlElement) {
    dispatch(host, Event::Ready.as_str(), &object(&[]), false);
}

/// `article-widget:error`, with `detail.message` and `detail.path` (or null).
pub fn error(host: &HtmlElement, failure: &Failure) {
    let path = failure.path.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let detail = object(&[("message", JsValue::from_str(&failure.message)), ("path", path)]);
    dispatch(host, Event::Error.as_str(), &detail, false);
}

/// `article-widget:ad-slot`, with `detail.slot` (`ad-1`, …) and `detail.size`.
pub fn ad_slot(host: &HtmlElement, slot: &Element) {
    let attribute = |name| JsValue::from(slot.get_attribute(name).unwrap_or_default());
    dispatch(
        host,
        Event::AdSlot.as_str(),
        &object(&[("slot", attribute(data::SLOT)), ("size", attribute(data::SIZE))]),
        false,
    );
}

/// `article-widget:story-click`, cancelable; returns false when a listener
/// cancelled it (the host routes the story itself).
pub fn story_click(host: &HtmlElement, detail: &JsValue) -> bool {
    dispatch(host, Event::StoryClick.as_str(), detail, true)
}
