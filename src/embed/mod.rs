//! Browser only: the `<article-widget>` custom element, its shadow root and
//! stylesheet, loading the article, and the events it sends the host page.

mod events;
mod source;

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::components::{Widget, WidgetState};

/// The element's tag name.
pub const TAG: &str = "article-widget";

/// Attributes whose change re-renders the widget. `theme` only restyles it.
const RELOAD_ATTRIBUTES: [&str; 4] = ["src", "format", "item", "lang"];

#[wasm_bindgen(module = "/src/embed/element.js")]
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

/// One rendered widget. Dropping the unmount handle removes the view and
/// disposes its reactive owner.
struct Mounted {
    host: HtmlElement,
    container: HtmlElement,
    _unmount: Box<dyn Any>,
    _on_click: Closure<dyn Fn(web_sys::Event)>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static STYLESHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// Registers `<article-widget>`; elements already in the page upgrade at
/// once, later ones as they are added. Safe to call more than once.
pub fn start() {
    console_error_panic_hook::set_once();
    let connected = Closure::<dyn Fn(HtmlElement)>::new(connect);
    let disconnected = Closure::<dyn Fn(HtmlElement)>::new(disconnect);
    let changed = Closure::<dyn Fn(HtmlElement, String)>::new(attribute_changed);
    let mut observed: Vec<JsValue> = RELOAD_ATTRIBUTES.iter().map(|a| JsValue::from_str(a)).collect();
    observed.push(JsValue::from_str("theme"));
    define_element(TAG, observed, &connected, &disconnected, &changed);
    // The element class holds these for the life of the page.
    connected.forget();
    disconnected.forget();
    changed.forget();
}

fn is_mounted(host: &HtmlElement) -> bool {
    MOUNTED.with_borrow(|mounted| mounted.iter().any(|m| &m.host == host))
}

/// One stylesheet object for the whole page, adopted by every shadow root.
fn stylesheet() -> Option<CssStyleSheet> {
    STYLESHEET.with(|sheet| {
        sheet
            .get_or_init(|| {
                let sheet = CssStyleSheet::new().ok()?;
                sheet.replace_sync(crate::STYLESHEET).ok()?;
                Some(sheet)
            })
            .clone()
    })
}

fn shadow_root(host: &HtmlElement) -> Option<ShadowRoot> {
    host.shadow_root().or_else(|| host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok())
}

fn theme(host: &HtmlElement) -> String {
    match host.get_attribute("theme").as_deref() {
        Some("light") => "light".into(),
        Some("dark") => "dark".into(),
        _ => "auto".into(),
    }
}

fn connect(host: HtmlElement) {
    if is_mounted(&host) {
        return;
    }
    let Some(root) = shadow_root(&host) else {
        web_sys::console::error_1(&"article-widget: this element cannot have a shadow root".into());
        return;
    };
    // A host moved in the page is mounted afresh: clear what it showed.
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    if let Some(sheet) = stylesheet() {
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    let Some(container) = document().create_element("div").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let _ = container.set_attribute("part", "widget");
    let _ = container.set_attribute("class", "aw");
    let _ = container.set_attribute("data-theme", &theme(&host));
    let _ = root.append_child(&container);

    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| follow_fragment_link(&event));
    let _ = container.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());

    let state_slot = Rc::new(Cell::new(None));
    let state_out = state_slot.clone();
    let unmount = leptos::mount::mount_to(container.clone(), move || {
        let state = RwSignal::new(WidgetState::Loading);
        state_out.set(Some(state));
        view! { <Widget state=state.read_only()/> }
    });
    MOUNTED.with_borrow_mut(|mounted| {
        mounted.push(Mounted { host: host.clone(), container, _unmount: Box::new(unmount), _on_click: on_click })
    });
    if let Some(state) = state_slot.take() {
        leptos::task::spawn_local(load(host, state));
    }
}

fn disconnect(host: HtmlElement) {
    // Taken out of the list before it drops, so unmounting never runs while
    // the list is borrowed.
    let removed = MOUNTED.with_borrow_mut(|mounted| {
        mounted.iter().position(|m| m.host == host).map(|i| mounted.swap_remove(i))
    });
    if let Some(Mounted { container, _unmount, _on_click, .. }) = removed {
        drop(_unmount);
        container.remove();
    }
}

/// Links to `#id` inside the widget (the byline's author names) would look
/// for the id in the host document, where the shadow root hides it; they are
/// followed here instead, inside the widget's own root.
fn follow_fragment_link(event: &web_sys::Event) {
    let Some(link) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    let id = link.get_attribute("href").unwrap_or_default();
    let Some(root) = link.get_root_node().dyn_into::<ShadowRoot>().ok() else { return };
    let Some(target) = root.get_element_by_id(id.trim_start_matches('#')) else { return };
    event.prevent_default();
    target.scroll_into_view();
    if let Ok(target) = target.dyn_into::<HtmlElement>() {
        let _ = target.focus();
    }
}

fn attribute_changed(host: HtmlElement, attribute: String) {
    if !is_mounted(&host) {
        return;
    }
    if attribute == "theme" {
        MOUNTED.with_borrow(|mounted| {
            if let Some(m) = mounted.iter().find(|m| m.host == host) {
                let _ = m.container.set_attribute("data-theme", &theme(&host));
            }
        });
    } else if RELOAD_ATTRIBUTES.contains(&attribute.as_str()) {
        disconnect(host.clone());
        connect(host);
    }
}

/// Loads, validates and shows the host's article, then tells the host page.
async fn load(host: HtmlElement, state: RwSignal<WidgetState>) {
    let result = match source::text(&host).await {
        Ok(text) => crate::parse_article(&text).map_err(crate::Failure::from),
        Err(failure) => Err(failure),
    };
    let (next, outcome) = match result {
        Ok(parsed) => {
            for warning in &parsed.warnings {
                web_sys::console::warn_1(&format!("article-widget: {warning}").into());
            }
            (WidgetState::Ready(parsed.article), Ok(()))
        }
        Err(failure) => {
            web_sys::console::error_1(&format!("article-widget: {}", failure.message).into());
            (WidgetState::Failed(failure.clone()), Err(failure))
        }
    };
    // A disposed signal means the element was removed or reloaded meanwhile:
    // this result is stale and nobody is told about it.
    if state.try_set(next).is_some() {
        return;
    }
    // Let the view update before the host hears that it has.
    leptos::task::tick().await;
    match outcome {
        Ok(()) => events::ready(&host),
        Err(failure) => events::error(&host, &failure),
    }
}
