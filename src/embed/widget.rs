//! One mounted widget: its container in the host's shadow root, the Leptos
//! view in it, and everything that runs on its behalf (the click listener,
//! the lazy-load and ad-slot observers, the load). It owns all of them, so
//! dropping it (the registry does, on disconnect, reload and `destroy`)
//! stops them all and empties the shadow root.

use std::any::Any;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use super::observe::NearViewport;
use super::task::Task;
use super::{clicks, events, language, load, registry};
use crate::components::{article_strings, body_part, ArticleView, BodyCount, ErrorCard, IdScope, Skeleton};
use crate::contract::{
    data, Attribute, Loading, Part, Theme, FONT_INHERIT, PRERENDERED, PRERENDERED_SHOWN, ROOT_CLASS,
};
use crate::i18n::Setting;
use crate::model::{Article, Block};
use crate::state::WidgetState;

/// Tells one mount from the next of the same host, so a load that outlives
/// its widget cannot touch the one that replaced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct WidgetId(u32);

impl WidgetId {
    fn next() -> WidgetId {
        thread_local! { static LAST: Cell<u32> = const { Cell::new(0) }; }
        WidgetId(LAST.with(|last| {
            last.set(last.get().wrapping_add(1));
            last.get()
        }))
    }
}

thread_local! {
    static STYLESHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

pub(super) struct Widget {
    id: WidgetId,
    host: HtmlElement,
    container: HtmlElement,
    /// The element's language setting and the ids its article takes, for
    /// each view mounted.
    setting: Setting,
    scope: IdScope,
    /// Prerendered light-DOM content shows through a slot until the article
    /// replaces it (and stays if loading fails).
    prerendered: bool,
    /// The Leptos view of what is shown now; dropping it removes its DOM and
    /// disposes its owner.
    view: Option<Box<dyn Any>>,
    /// The article being built off-screen, until it is shown.
    building: Option<Building>,
    _clicks: EventListener,
    /// For `loading="lazy"`: starts the load when the host comes near.
    near: Option<NearViewport>,
    /// Tells the host when each ad box comes near, once the article is shown.
    ad_slots: Option<NearViewport>,
    load: Option<Task>,
}

impl Widget {
    /// Builds the widget in `host`'s shadow root and starts loading its
    /// article, at once or (`loading="lazy"`) when it comes near the viewport.
    pub(super) fn mount(host: HtmlElement) -> Option<Widget> {
        // Prerendered light-DOM content (`article-widget prerender`) stays in
        // view until the article replaces it, so taking over moves nothing.
        // Its ids are kept, as the page may link to them.
        let prerendered_root = host.query_selector(&format!(":scope > [{PRERENDERED}]")).ok().flatten();
        let prerendered = prerendered_root.is_some();
        let container = document().create_element("div").ok()?.dyn_into::<HtmlElement>().ok()?;
        let _ = container.set_attribute("part", Part::Widget.as_str());
        let _ = container.set_attribute("class", ROOT_CLASS);
        apply_style_attributes(&host, &container);
        // A prerendered article shows by itself: a shadow root would take it
        // into a slot and the browser would lay it all out again, a long
        // task on a phone. So its shadow root comes with the article's own
        // (`Widget::reveal`), unless the host already has one.
        if !prerendered || host.shadow_root().is_some() {
            attach(&host, &container)?;
        }

        let click_host = host.clone();
        // Not passive (gloo's default): a click may be cancelled (story
        // links the page routes, fragment links followed in the shadow root).
        let options = EventListenerOptions::enable_prevent_default();
        let clicks = EventListener::new_with_options(&container, "click", options, move |event| {
            clicks::route(&click_host, event)
        });

        let scope = prerendered_root
            .and_then(|root| root.get_attribute(PRERENDERED))
            .filter(|scope| !scope.is_empty())
            .map_or_else(IdScope::widget, IdScope);
        let mut widget = Widget {
            id: WidgetId::next(),
            setting: language::setting(&host),
            host,
            container,
            scope,
            prerendered,
            view: None,
            building: None,
            _clicks: clicks,
            near: None,
            ad_slots: None,
            load: None,
        };
        if super::attribute(&widget.host, Attribute::Loading).as_deref() == Some(Loading::Lazy.as_str()) {
            // The skeleton holds the space now; the fetch waits till it is near.
            let id = widget.id;
            widget.near = NearViewport::new("300px", move |_| {
                registry::update(id, Widget::start_loading);
                true
            });
            if let Some(near) = &widget.near {
                near.observe(&widget.host);
            }
        } else {
            widget.start_loading();
        }
        widget.show(WidgetState::Loading);
        Some(widget)
    }

    /// Shows `state` in place of what was shown, in one step. Each state is
    /// mounted once, as its own view, never rebuilt in place: an article never
    /// changes once shown, and a view that could become any state would carry
    /// the code to rebuild every one of them.
    pub(super) fn show(&mut self, state: WidgetState) {
        self.building.take();
        self.view.take();
        let container = self.container.clone();
        let with_context = self.contexts();
        let view: Box<dyn Any> = match state {
            WidgetState::Ready(article) => {
                let reading_minutes = article.reading_time();
                self.begin_article(article, reading_minutes);
                self.reveal();
                return;
            }
            WidgetState::Loading | WidgetState::Failed(_) if self.prerendered => {
                Box::new(mount_to(container, || view! { <slot></slot> }))
            }
            WidgetState::Loading => Box::new(mount_to(container, move || {
                with_context();
                view! { <Skeleton/> }
            })),
            WidgetState::Failed(failure) => Box::new(mount_to(container, move || {
                with_context();
                view! { <ErrorCard failure/> }
            })),
        };
        self.view = Some(view);
    }

    /// Starts building `article` off-screen, while the widget still shows
    /// what it showed: everything but the body's blocks it does not hold
    /// (`reading_minutes` is the whole body's: `None` for a body without words),
    /// which [`Widget::build_body`] adds a part at a time. [`Widget::reveal`]
    /// then shows it in one step. Each part is its own task, so building a
    /// long article never blocks the page for long (`load::build`).
    pub(super) fn begin_article(&mut self, article: Article, reading_minutes: Option<u32>) {
        let Some(stage) = document().create_element("div").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
            return;
        };
        let language = article.language.clone();
        let with_context = self.contexts();
        let view = mount_to(stage.clone(), move || {
            with_context();
            view! { <ArticleView article reading_minutes/> }
        });
        let body = stage
            .query_selector(&format!("[part~='{}']", Part::Body.as_str()))
            .ok()
            .flatten()
            .and_then(|body| body.dyn_into::<HtmlElement>().ok());
        self.building =
            Some(Building { stage, body, language, count: BodyCount::default(), views: vec![Box::new(view)] });
    }

    /// Adds the next `units` of blocks (`components::body_units`) to the
    /// body of the article being built.
    pub(super) fn build_body(&mut self, units: Vec<Vec<Block>>) {
        let with_context = self.contexts();
        let Some(building) = &mut self.building else { return };
        let Some(body) = building.body.clone() else { return };
        let language = building.language.clone();
        let count = Rc::new(Cell::new(building.count));
        let counted = Rc::clone(&count);
        let view = mount_to(body, move || {
            with_context();
            provide_context(article_strings(language.as_deref()));
            let mut next = counted.get();
            let views = body_part(units, &mut next);
            counted.set(next);
            views
        });
        building.count = count.get();
        building.views.push(Box::new(view));
    }

    /// Shows the article built off-screen in place of what was shown.
    pub(super) fn reveal(&mut self) {
        let Some(building) = self.building.take() else { return };
        if self.container.parent_node().is_none() && attach(&self.host, &self.container).is_none() {
            return;
        }
        self.view.take();
        while let Some(child) = building.stage.first_child() {
            let _ = self.container.append_child(&child);
        }
        if self.prerendered {
            if let Ok(Some(root)) = self.host.query_selector(&format!(":scope > [{PRERENDERED}]")) {
                let _ = root.set_attribute(PRERENDERED_SHOWN, "");
            }
        }
        self.view = Some(Box::new(building.views));
    }

    /// Provides the element's language setting and id scope to a view.
    fn contexts(&self) -> impl FnOnce() + 'static {
        let (setting, scope) = (self.setting.clone(), self.scope.clone());
        move || {
            provide_context(setting);
            provide_context(scope);
        }
    }

    pub(super) fn id(&self) -> WidgetId {
        self.id
    }

    pub(super) fn host(&self) -> &HtmlElement {
        &self.host
    }

    /// Mirrors the host's styling attributes onto the widget's root element.
    pub(super) fn restyle(&self) {
        apply_style_attributes(&self.host, &self.container);
    }

    fn start_loading(&mut self) {
        if self.load.is_none() {
            self.load = Some(Task::spawn(load::run(self.host.clone(), self.id)));
        }
    }

    /// Tells the host, once per slot, when an ad box comes near the viewport,
    /// so it can request the ad just in time.
    pub(super) fn watch_ad_slots(&mut self) {
        let Some(root) = self.host.shadow_root() else { return };
        let Ok(slots) = root.query_selector_all(&format!("[part~='{}']", Part::AdSlot.as_str())) else { return };
        if slots.length() == 0 {
            return;
        }
        let host = self.host.clone();
        let Some(observer) = NearViewport::new("200px", move |slot| {
            events::ad_slot(&host, slot);
            true
        }) else {
            return;
        };
        for i in 0..slots.length() {
            if let Some(slot) = slots.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                observer.observe(&slot);
            }
        }
        self.ad_slots = Some(observer);
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        // What runs on its behalf stops first, then the view goes.
        self.load.take();
        self.near.take();
        self.ad_slots.take();
        self.building.take();
        self.view.take();
        self.container.remove();
    }
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

/// An article being built off-screen ([`Widget::begin_article`]).
struct Building {
    /// A detached element holding the article until it is shown.
    stage: HtmlElement,
    /// The article's body element, which the parts are added to.
    body: Option<HtmlElement>,
    /// The article's language, for the strings of each part.
    language: Option<String>,
    /// What the body's parts so far held, so numbering runs on.
    count: BodyCount,
    /// The views of the article and of each part.
    views: Vec<Box<dyn Any>>,
}

/// Puts `container` in `host`'s shadow root, made now if it has none, in
/// place of what it showed, with the widget's stylesheet.
fn attach(host: &HtmlElement, container: &HtmlElement) -> Option<()> {
    let Some(root) = shadow_root(host) else {
        web_sys::console::error_1(&"article-widget: this element cannot have a shadow root".into());
        return None;
    };
    // A host moved in the page is mounted afresh: clear what it showed.
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    if let Some(sheet) = stylesheet() {
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    root.append_child(container).ok().map(|_| ())
}

fn shadow_root(host: &HtmlElement) -> Option<ShadowRoot> {
    host.shadow_root().or_else(|| host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok())
}

/// Mirrors the styling attributes onto the widget's root element.
fn apply_style_attributes(host: &HtmlElement, container: &HtmlElement) {
    let theme = Theme::from_attribute(super::attribute(host, Attribute::Theme).as_deref());
    let _ = container.set_attribute(data::THEME, theme.as_str());
    if super::attribute(host, Attribute::Font).as_deref() == Some(FONT_INHERIT) {
        let _ = container.set_attribute(data::FONT, FONT_INHERIT);
    } else {
        let _ = container.remove_attribute(data::FONT);
    }
}
