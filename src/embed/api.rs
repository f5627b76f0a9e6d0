//! `window.ArticleWidget`: render an object into an element, destroy a
//! widget, replace the widget's strings, and the version. Each acts through
//! the registry of mounted widgets and what `render` gave each element.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::events::object;
use super::{given, language, registry};
use crate::contract::{Api, API_GLOBAL};

fn as_widget(element: &JsValue) -> Option<HtmlElement> {
    let element = element.dyn_ref::<HtmlElement>()?;
    element.tag_name().eq_ignore_ascii_case(super::TAG).then(|| element.clone())
}

fn rejected(message: &str) -> js_sys::Promise {
    let error = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&error, &"path".into(), &JsValue::NULL);
    js_sys::Promise::reject(&error)
}

/// `render(element, object)`: shows `object` (any supported format) in the
/// `<article-widget>` `element`. Resolves when it is shown; rejects with an
/// `Error` whose `path` names the JSON path of the problem.
fn render(element: JsValue, article: JsValue) -> js_sys::Promise {
    let Some(host) = as_widget(&element) else {
        return rejected("ArticleWidget.render needs an <article-widget> element as its first argument.");
    };
    if !article.is_object() {
        return rejected("ArticleWidget.render needs the article as an object.");
    }
    let shown = given::give(&host, &article);
    registry::reload(host);
    shown
}

/// `destroy(element)`: removes the widget's content and stops it.
fn destroy(element: JsValue) {
    if let Some(host) = as_widget(&element) {
        given::forget(&host, "ArticleWidget.destroy was called for this element before its article was shown.");
        registry::unmount(&host);
    }
}

/// `setStrings(language, strings)`: replaces the widget's own strings for
/// every widget showing `language` (matched by primary subtag); widgets
/// already on the page load again to show them. `strings` is an object of texts by name; an unknown name
/// or a value that is not a string is left out with a console warning.
/// Throws when the arguments are not a language tag and an object.
fn set_strings(language: JsValue, strings: JsValue) -> Result<(), JsValue> {
    let tag = language.as_string().filter(|tag| crate::i18n::primary_subtag(tag).is_some()).ok_or_else(|| {
        js_sys::Error::new("ArticleWidget.setStrings needs a language tag such as \"es\" as its first argument.")
    })?;
    let value = (strings.is_object() && !js_sys::Array::is_array(&strings))
        .then(|| js_sys::JSON::stringify(&strings).ok()?.as_string())
        .flatten()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .ok_or_else(|| {
            js_sys::Error::new(
                "ArticleWidget.setStrings needs the strings as an object, such as { trending: \"Lo más leído\" }.",
            )
        })?;
    let (overrides, warnings) = crate::i18n::read_overrides(&value, &format!("ArticleWidget.setStrings(\"{tag}\")"));
    language::warn(&warnings);
    language::set_page_strings(&tag, overrides);
    registry::reload_all();
    Ok(())
}

/// Puts `window.ArticleWidget` in place, unless the page already has one.
pub(super) fn install() {
    let Some(window) = web_sys::window() else { return };
    // An own property, not `in`: a page element with id or name
    // "ArticleWidget" is also reachable as window.ArticleWidget, and must not
    // stop the API from being installed.
    let own = js_sys::Object::has_own(window.unchecked_ref::<js_sys::Object>(), &API_GLOBAL.into());
    if own {
        return;
    }
    let render = Closure::<dyn Fn(JsValue, JsValue) -> js_sys::Promise>::new(render);
    let destroy = Closure::<dyn Fn(JsValue)>::new(destroy);
    let set_strings = Closure::<dyn Fn(JsValue, JsValue) -> Result<(), JsValue>>::new(set_strings);
    let api = object(&[
        (Api::Render.as_str(), render.into_js_value()),
        (Api::Destroy.as_str(), destroy.into_js_value()),
        (Api::SetStrings.as_str(), set_strings.into_js_value()),
        (Api::Version.as_str(), JsValue::from_str(env!("CARGO_PKG_VERSION"))),
    ]);
    js_sys::Object::freeze(api.unchecked_ref::<js_sys::Object>());
    let _ = js_sys::Reflect::set(&window, &API_GLOBAL.into(), &api);
}
