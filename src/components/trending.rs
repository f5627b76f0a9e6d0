use crate::contract::Placement;
use leptos::prelude::*;

use crate::i18n::{Key, Strings};
use crate::model::StoryCard;

/// "Trending on <site>": a numbered list of headlines. A complementary
/// landmark named by its heading.
#[component]
pub fn Trending(
    /// The stories, most read first.
    stories: Vec<StoryCard>,
    /// The site's name for the heading ("Trending on The Meridian
    /// Ledger"); `None` for a plain "Trending".
    site_name: Option<String>,
) -> impl IntoView {
    let strings = Strings::current();
    let title_id = super::IdScope::current().id("trending-title");
    let labelled_by = title_id.clone();
    let title = match site_name {
        Some(site) => strings.fill(Key::TrendingOn, &[("site", &site)]),
        None => strings.get(Key::Trending).to_owned(),
    };
    view! {
        <aside part="trending" class="aw-trending" aria-labelledby=labelled_by>
            <h2 class="aw-section-title" id=title_id>{title}</h2>
            <ol class="aw-trending__list">
                {stories.into_iter().enumerate().map(|(i, story)| view! {
                    <li class="aw-trending__item">
                        {story.kicker.map(|kicker| view! { <span class="aw-kicker">{kicker}</span>" "})}
                        <a class="aw-trending__link" rel=super::rel(&story.url) href=story.url data-placement=Placement::Trending.as_str() data-position=i + 1>{story.headline}</a>
                    </li>
                }).collect_view()}
            </ol>
        </aside>
    }
}
