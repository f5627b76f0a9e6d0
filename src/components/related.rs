use leptos::prelude::*;

use super::StoryCard;
use crate::i18n::{Key, Strings};
use crate::model;

/// The grid of related-story cards after the article: a list named by its
/// heading, not a landmark. Every widget's grid has the same name, so as
/// landmarks two widgets on a page would offer a reader two identical
/// entries; the heading and the named list are found all the same.
#[component]
pub fn Related(
    /// The cards, in the order shown.
    stories: Vec<model::StoryCard>,
) -> impl IntoView {
    let title = Strings::current().get(Key::RelatedStories).to_owned();
    let title_id = super::IdScope::current().id("related-title");
    view! {
        <section part="related" class="aw-related">
            <h2 class="aw-section-title" id=title_id.clone()>{title}</h2>
            <ul class="aw-related__list" aria-labelledby=title_id>
                {stories.into_iter().enumerate().map(|(i, story)| view! { <StoryCard story position=i + 1/> }).collect_view()}
            </ul>
        </section>
    }
}
