//! The `<article-widget>` element class. A custom element must be an ES class
//! extending `HTMLElement`, which Rust cannot declare, so the class is in
//! `js/element.js` and hands each reaction to the registry here.
//! <https://html.spec.whatwg.org/multipage/custom-elements.html#custom-element-reactions>

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::registry;
use crate::contract::Attribute;

/// The element's tag name.
pub use crate::contract::TAG;

#[wasm_bindgen(module = "/js/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(
        name: &str,
        observed: Vec<JsValue>,
        connected: &Closure<dyn Fn(HtmlElement)>,
        disconnected: &Closure<dyn Fn(HtmlElement)>,
        changed: &Closure<dyn Fn(HtmlElement, String)>,
    ) -> bool;
}

/// Defines the element; false when the page already has one by that name.
pub(super) fn define() -> bool {
    let connected = Closure::<dyn Fn(HtmlElement)>::new(registry::mount);
    let disconnected = Closure::<dyn Fn(HtmlElement)>::new(|host: HtmlElement| registry::unmount(&host));
    let changed = Closure::<dyn Fn(HtmlElement, String)>::new(attribute_changed);
    let observed: Vec<JsValue> =
        Attribute::RELOAD.iter().chain(&Attribute::STYLE).map(|a| JsValue::from_str(a.as_str())).collect();
    let defined = define_element(TAG, observed, &connected, &disconnected, &changed);
    if defined {
        // The element class holds these for the life of the page.
        connected.forget();
        disconnected.forget();
        changed.forget();
    }
    defined
}

/// Also called for the initial attributes, before the element is connected:
/// a host that is not mounted yet is left alone.
fn attribute_changed(host: HtmlElement, attribute: String) {
    let Some(attribute) = Attribute::parse(&attribute) else { return };
    if Attribute::STYLE.contains(&attribute) {
        registry::restyle(&host);
    } else if Attribute::RELOAD.contains(&attribute) && registry::is_mounted(&host) {
        registry::reload(host);
    }
}
