use leptos::prelude::*;

use crate::i18n::{Key, Strings};
use crate::model::AdSize;

/// A reserved, labelled box for an advertisement. The host page fills it by
/// giving its own ad markup `slot="ad-1"` (the slot's name) inside the
/// `<article-widget>` element: the shadow root projects it here.
///
/// A keyboard user meets a "Skip advertisement" link first (shown only while
/// it has focus), which moves focus to a marker just after the box, so the
/// ad's own links need not be tabbed through (WCAG 2.4.1).
#[component]
pub fn AdSlot(
    /// The `<slot>` name: `ad-1`, `ad-2`, … in order.
    name: String,
    /// The box it reserves.
    size: AdSize,
) -> impl IntoView {
    let size_class = match size {
        AdSize::Rectangle => "aw-ad aw-ad--rectangle",
        AdSize::Banner => "aw-ad aw-ad--banner",
    };
    let size_name = size.as_str();
    let slot_name = name.clone();
    let end_id = super::IdScope::current().id(&format!("{name}-end"));
    let strings = Strings::current();
    let (label, skip, end) = (
        strings.get(Key::Advertisement).to_owned(),
        strings.get(Key::SkipAd).to_owned(),
        strings.get(Key::AdEnd).to_owned(),
    );
    view! {
        <div part="ad-slot" class=size_class data-slot=name data-size=size_name>
            <a class="aw-skip" href=format!("#{end_id}")>{skip}</a>
            <p class="aw-ad__label">{label}</p>
            <div class="aw-ad__box"><slot name=slot_name></slot></div>
            <span class="aw-ad__end" id=end_id tabindex="-1">{end}</span>
        </div>
    }
}
