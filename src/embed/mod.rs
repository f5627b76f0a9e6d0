//! Browser only: the `<article-widget>` custom element, its shadow root and
//! stylesheet, loading the article, the JS API, and the events it sends the
//! host page.

mod api;
mod events;
mod language;
mod source;

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Element, HtmlElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    ShadowRoot, ShadowRootInit, ShadowRootMode,
};

use crate::components::Widget;
use crate::state::{Failure, WidgetState};

/// The element's tag name.
pub const TAG: &str = "article-widget";

/// Attributes whose change reloads the article.
const RELOAD_ATTRIBUTES: [&str; 6] = ["src", "format", "item", "lang", "from", "timeout"];
/// Attributes that only restyle it.
const STYLE_ATTRIBUTES: [&str; 2] = ["theme", "font"];

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

    #[wasm_bindgen(js_name = nextOutcome)]
    fn next_outcome(host: &HtmlElement) -> js_sys::Promise;

    #[wasm_bindgen(js_name = cancelOutcome)]
    fn cancel_outcome(host: &HtmlElement, why: &str);
}

/// Observers and callbacks a widget holds while mounted; released with it.
#[derive(Default)]
struct Resources {
    observers: Vec<IntersectionObserver>,
    callbacks: Vec<Box<dyn Any>>,
}

impl Drop for Resources {
    fn drop(&mut self) {
        self.observers.iter().for_each(IntersectionObserver::disconnect);
    }
}

/// One rendered widget. Dropping it removes the view, disposes its reactive
/// owner and stops its observers.
struct Mounted {
    host: HtmlElement,
    container: HtmlElement,
    resources: Rc<RefCell<Resources>>,
    _unmount: Box<dyn Any>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static STYLESHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// Registers `<article-widget>` and `window.ArticleWidget`; elements already
/// in the page upgrade at once, later ones as they are added. Safe to call
/// more than once.
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
    let connected = Closure::<dyn Fn(HtmlElement)>::new(connect);
    let disconnected = Closure::<dyn Fn(HtmlElement)>::new(disconnect);
    let changed = Closure::<dyn Fn(HtmlElement, String)>::new(attribute_changed);
    let observed: Vec<JsValue> =
        RELOAD_ATTRIBUTES.iter().chain(&STYLE_ATTRIBUTES).map(|a| JsValue::from_str(a)).collect();
    if define_element(TAG, observed, &connected, &disconnected, &changed) {
        // The element class holds these for the life of the page.
        connected.forget();
        disconnected.forget();
        changed.forget();
        api::install();
    }
}

/// A panic is a bug in the widget, never the page's fault. In the release
/// build it aborts the one wasm module every widget on the page shares, so
/// every widget is told, and the console gets the message and stack.
fn report_panic(info: &std::panic::PanicHookInfo) {
    let message = format!("article-widget stopped on an internal error: {info}");
    // Logged as an Error object, so the console shows the JS stack with it.
    web_sys::console::error_1(&js_sys::Error::new(&message).into());
    let failure = Failure { message, path: None, retry: false };
    let hosts: Vec<HtmlElement> = MOUNTED
        .try_with(|mounted| {
            mounted.try_borrow().map(|m| m.iter().map(|m| m.host.clone()).collect()).unwrap_or_default()
        })
        .unwrap_or_default();
    for host in hosts {
        events::error(&host, &failure);
    }
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

/// Mirrors the styling attributes onto the widget's root element.
fn apply_style_attributes(host: &HtmlElement, container: &HtmlElement) {
    let theme = match host.get_attribute("theme").as_deref() {
        Some("light") => "light",
        Some("dark") => "dark",
        _ => "auto",
    };
    let _ = container.set_attribute("data-theme", theme);
    if host.get_attribute("font").as_deref() == Some("inherit") {
        let _ = container.set_attribute("data-font", "inherit");
    } else {
        let _ = container.remove_attribute("data-font");
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
    apply_style_attributes(&host, &container);
    let _ = root.append_child(&container);

    let resources = Rc::new(RefCell::new(Resources::default()));
    let click_host = host.clone();
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let retry = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .is_some_and(|element| matches!(element.closest("[data-action='retry']"), Ok(Some(_))));
        if retry {
            reload(click_host.clone());
        } else {
            events::on_click(&click_host, &event);
        }
    });
    let _ = container.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    resources.borrow_mut().callbacks.push(Box::new(on_click));

    // Prerendered light-DOM content (`article-widget prerender`) stays in
    // view until the article replaces it, so taking over moves nothing.
    let prerendered = matches!(host.query_selector(":scope > [data-aw-prerendered]"), Ok(Some(_)));
    let state_slot = Rc::new(Cell::new(None));
    let state_out = state_slot.clone();
    let setting = language::setting(&host);
    let unmount = leptos::mount::mount_to(container.clone(), move || {
        provide_context(setting);
        let state = RwSignal::new(WidgetState::Loading);
        state_out.set(Some(state));
        view! { <Widget state=state.read_only() prerendered/> }
    });
    MOUNTED.with_borrow_mut(|mounted| {
        mounted.push(Mounted {
            host: host.clone(),
            container,
            resources: resources.clone(),
            _unmount: Box::new(unmount),
        })
    });
    let Some(state) = state_slot.take() else { return };
    if host.get_attribute("loading").as_deref() == Some("lazy") {
        // Boot the skeleton now (it holds the space), fetch only when near.
        let target: Element = host.clone().into();
        let weak = Rc::downgrade(&resources);
        when_near(&target, "300px", &resources, move |_| {
            if let Some(resources) = weak.upgrade() {
                leptos::task::spawn_local(load(host.clone(), state, resources));
            }
            true
        });
    } else {
        leptos::task::spawn_local(load(host, state, resources));
    }
}

/// Calls `f` with each of `targets` once it comes within `margin` of the
/// viewport; `f` returns whether that target is done with.
fn when_near(
    target: &Element,
    margin: &str,
    resources: &Rc<RefCell<Resources>>,
    f: impl Fn(&Element) -> bool + 'static,
) -> Option<IntersectionObserver> {
    let callback = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            for entry in entries.iter() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                if entry.is_intersecting() && f(&entry.target()) {
                    observer.unobserve(&entry.target());
                }
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(target);
    let mut held = resources.borrow_mut();
    held.callbacks.push(Box::new(callback));
    held.observers.push(observer.clone());
    Some(observer)
}

fn disconnect(host: HtmlElement) {
    // Taken out of the list before it drops, so unmounting never runs while
    // the list is borrowed.
    let removed =
        MOUNTED.with_borrow_mut(|mounted| mounted.iter().position(|m| m.host == host).map(|i| mounted.swap_remove(i)));
    if let Some(Mounted { container, _unmount, resources, .. }) = removed {
        drop(_unmount);
        drop(resources);
        container.remove();
    }
}

/// Loads every widget afresh: the page changed the strings. A reload, not
/// a re-render, so that each widget's events (ready, ad slots) stay true to
/// what is on screen.
fn reload_all() {
    let hosts: Vec<HtmlElement> = MOUNTED.with_borrow(|mounted| mounted.iter().map(|m| m.host.clone()).collect());
    for host in hosts {
        // Outside the borrow: reloading changes MOUNTED.
        reload(host);
    }
}

fn reload(host: HtmlElement) {
    disconnect(host.clone());
    if host.is_connected() {
        connect(host);
    }
}

fn attribute_changed(host: HtmlElement, attribute: String) {
    if !is_mounted(&host) {
        return;
    }
    if STYLE_ATTRIBUTES.contains(&attribute.as_str()) {
        MOUNTED.with_borrow(|mounted| {
            if let Some(m) = mounted.iter().find(|m| m.host == host) {
                apply_style_attributes(&host, &m.container);
            }
        });
    } else if RELOAD_ATTRIBUTES.contains(&attribute.as_str()) {
        reload(host);
    }
}

/// Loads, validates and shows the host's article, then tells the host page.
async fn load(host: HtmlElement, state: RwSignal<WidgetState>, resources: Rc<RefCell<Resources>>) {
    if !source::given_any(&host) {
        web_sys::console::warn_1(
            &"article-widget: no article yet. Set src, put a <script type=\"application/json\"> inside, \
              set from=\"page\", or call ArticleWidget.render(element, object)."
                .into(),
        );
        return;
    }
    let result = source::article(&host).await;
    let (next, outcome) = match result {
        Ok(parsed) => {
            for warning in &parsed.warnings {
                web_sys::console::warn_1(&format!("article-widget: {warning}").into());
            }
            (WidgetState::Ready(parsed.article), Ok(()))
        }
        Err(failure) => {
            web_sys::console::error_1(&format!("article-widget: {}", failure.message).into());
            (WidgetState::Failed(failure.clone()), Err::<(), Failure>(failure))
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
        Ok(()) => {
            events::ready(&host);
            watch_ad_slots(&host, &resources);
        }
        Err(failure) => events::error(&host, &failure),
    }
}

/// Tells the host, once per slot, when an ad box comes near the viewport, so
/// it can request the ad just in time.
fn watch_ad_slots(host: &HtmlElement, resources: &Rc<RefCell<Resources>>) {
    let Some(root) = host.shadow_root() else { return };
    let Ok(slots) = root.query_selector_all("[part~='ad-slot']") else { return };
    if slots.length() == 0 {
        return;
    }
    let Some(first) = slots.item(0).and_then(|n| n.dyn_into::<Element>().ok()) else { return };
    let event_host = host.clone();
    let observer = when_near(&first, "200px", resources, move |slot| {
        events::ad_slot(&event_host, slot);
        true
    });
    if let Some(observer) = observer {
        for i in 1..slots.length() {
            if let Some(slot) = slots.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                observer.observe(&slot);
            }
        }
    }
}
