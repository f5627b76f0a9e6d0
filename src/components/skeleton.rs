use leptos::prelude::*;

use crate::i18n::{Key, Strings};

/// Grey bars in the shape of an article, holding the widget's place while
/// the article loads so the page around it does not jump.
#[component]
pub fn Skeleton() -> impl IntoView {
    let strings = Strings::current();
    let lang = strings.code().to_owned();
    let dir = crate::i18n::direction(Some(&lang));
    view! {
        <div class="aw-skeleton" role="status" aria-busy="true" lang=lang dir=dir>
            <span class="aw-visually-hidden">{strings.get(Key::Loading).to_owned()}</span>
            <div class="aw-skeleton__bar aw-skeleton__bar--section"></div>
            <div class="aw-skeleton__bar aw-skeleton__bar--headline"></div>
            <div class="aw-skeleton__bar aw-skeleton__bar--headline aw-skeleton__bar--short"></div>
            <div class="aw-skeleton__bar aw-skeleton__bar--byline"></div>
            <div class="aw-skeleton__block"></div>
            <div class="aw-skeleton__bar"></div>
            <div class="aw-skeleton__bar"></div>
            <div class="aw-skeleton__bar aw-skeleton__bar--short"></div>
        </div>
    }
}
