//! Every click inside a widget: the error card's retry button reloads it,
//! in-widget fragment links are followed inside the shadow root, and story
//! links are reported to the host, which may cancel the navigation to route
//! it itself.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlAnchorElement, HtmlElement, ShadowRoot};

use super::events::{self, object};
use super::registry;
use crate::contract::data;

pub(super) fn route(host: &HtmlElement, event: &Event) {
    let target = event.target().and_then(|target| target.dyn_into::<Element>().ok());
    if target.as_ref().is_some_and(|element| {
        matches!(element.closest(&format!("[{}='{}']", data::ACTION, data::ACTION_RETRY)), Ok(Some(_)))
    }) {
        registry::reload(host.clone());
        return;
    }
    let Some(link) = target.and_then(|element| element.closest("a[href]").ok().flatten()) else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    if let Some(id) = href.strip_prefix('#') {
        follow_fragment(&link, id, event);
        return;
    }
    let Some(placement) = link.get_attribute(data::PLACEMENT) else { return };
    let position = link.get_attribute(data::POSITION).and_then(|p| p.parse::<u32>().ok()).unwrap_or(0);
    let url = link.dyn_ref::<HtmlAnchorElement>().map(HtmlAnchorElement::href).unwrap_or(href);
    let title = link.text_content().unwrap_or_default().trim().to_owned();
    let detail = object(&[
        ("url", url.into()),
        ("title", title.into()),
        ("placement", placement.into()),
        ("position", position.into()),
    ]);
    if !events::story_click(host, &detail) {
        event.prevent_default();
    }
}

/// Links to `#id` (the byline's author names, the skip links before ads)
/// would look for the id in the host document, where the shadow root hides
/// it; they are followed here, inside the widget's own root.
fn follow_fragment(link: &Element, id: &str, event: &Event) {
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
