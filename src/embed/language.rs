//! The element's say in the widget's language: its `lang` (else the page's
//! `<html lang>`) for when the article has none, and its own strings from a
//! child `<script type="application/json" data-strings>`.

use web_sys::HtmlElement;

use crate::contract::Attribute;
use std::cell::RefCell;

use crate::i18n::{read_overrides, Override, PageStrings, Setting};

/// The child script with the element's strings.
const STRINGS_SCRIPT: &str = ":scope > script[type='application/json'][data-strings]";

/// The element's language setting. Problems with its strings are warnings:
/// they never keep the article from showing.
pub fn setting(host: &HtmlElement) -> Setting {
    let given = |lang: Option<String>| lang.filter(|l| !l.trim().is_empty());
    let page = leptos::prelude::document().document_element().and_then(|root| root.get_attribute("lang"));
    let fallback = given(super::attribute(host, Attribute::Lang)).or_else(|| given(page));
    let overrides = match host.query_selector(STRINGS_SCRIPT) {
        Ok(Some(script)) => {
            const ORIGIN: &str = "<script data-strings>";
            let text = script.text_content().unwrap_or_default();
            match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(value) => {
                    let (overrides, warnings) = read_overrides(&value, ORIGIN);
                    warn(&warnings);
                    overrides
                }
                Err(error) => {
                    warn(&[format!("{ORIGIN}: not valid JSON ({error}); the widget's own strings are shown")]);
                    Vec::new()
                }
            }
        }
        _ => Vec::new(),
    };
    Setting { fallback, overrides, page: PAGE_STRINGS.with_borrow(PageStrings::clone) }
}

thread_local! {
    /// What the page gave `ArticleWidget.setStrings`, for every widget on it:
    /// page state, so the page's shell holds it and hands each widget a copy.
    static PAGE_STRINGS: RefCell<PageStrings> = RefCell::new(PageStrings::default());
}

/// `ArticleWidget.setStrings(language, …)`: for widgets loaded from now on.
pub fn set_page_strings(language: &str, overrides: Vec<Override>) {
    PAGE_STRINGS.with_borrow_mut(|page| page.set(language, overrides));
}

pub fn warn(warnings: &[String]) {
    for warning in warnings {
        web_sys::console::warn_1(&format!("article-widget: {warning}").into());
    }
}
