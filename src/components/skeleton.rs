use leptos::prelude::*;

/// Grey bars in the shape of an article, holding the widget's place while
/// the article loads so the page around it does not jump.
#[component]
pub fn Skeleton() -> impl IntoView {
    view! {
        <div class="aw-skeleton" role="status" aria-busy="true">
            <span class="aw-visually-hidden">"Loading article…"</span>
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
