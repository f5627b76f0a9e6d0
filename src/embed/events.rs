//! Events the widget sends its host element. They bubble and are composed,
//! so a listener on `document` hears every widget on the page.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlAnchorElement, HtmlElement, ShadowRoot};

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
    dispatch(host, "article-widget:ready", &object(&[]), false);
}

/// `article-widget:error`, with `detail.message` and `detail.path` (or null).
pub fn error(host: &HtmlElement, failure: &Failure) {
    let path = failure.path.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let detail = object(&[("message", JsValue::from_str(&failure.message)), ("path", path)]);
    dispatch(host, "article-widget:error", &detail, false);
}

/// `article-widget:ad-slot`, with `detail.slot` (`ad-1`, …) and `detail.size`.
pub fn ad_slot(host: &HtmlElement, slot: &Element) {
    let attribute = |name| JsValue::from(slot.get_attribute(name).unwrap_or_default());
    dispatch(
        host,
        "article-widget:ad-slot",
        &object(&[("slot", attribute("data-slot")), ("size", attribute("data-size"))]),
        false,
    );
}

/// Every click inside a widget: in-widget fragment links are followed inside
/// the shadow root, and story links are reported to the host, which may
/// cancel the navigation to route it itself.
pub fn on_click(host: &HtmlElement, event: &web_sys::Event) {
    let Some(link) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|element| element.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    if let Some(id) = href.strip_prefix('#') {
        follow_fragment(&link, id, event);
        return;
    }
    let Some(placement) = link.get_attribute("data-placement") else { return };
    let position = link.get_attribute("data-position").and_then(|p| p.parse::<u32>().ok()).unwrap_or(0);
    let url = link.dyn_ref::<HtmlAnchorElement>().map(HtmlAnchorElement::href).unwrap_or(href);
    let title = link.text_content().unwrap_or_default().trim().to_owned();
    let detail = object(&[
        ("url", url.into()),
        ("title", title.into()),
        ("placement", placement.into()),
        ("position", position.into()),
    ]);
    if !dispatch(host, "article-widget:story-click", &detail, true) {
        event.prevent_default();
    }
}

/// Links to `#id` (the byline's author names, the skip links before ads)
/// would look for the id in the host document, where the shadow root hides
/// it; they are followed here, inside the widget's own root.
fn follow_fragment(link: &Element, id: &str, event: &web_sys::Event) {
    let Some(root) = link.get_root_node().dyn_into::<ShadowRoot>().ok() else { return };
    let Some(target) = root.get_element_by_id(id) else { return };
    event.prevent_default();
    // Focus first: focus() scrolls a target it thinks out of view to the
    // middle of the window, which would leave a skipped ad in sight. Then
    // the target goes to the top, as a fragment link puts it.
    if let Some(target) = target.dyn_ref::<HtmlElement>() {
        let _ = target.focus();
    }
    target.scroll_into_view();
}
