use crate::contract::Placement;
use leptos::prelude::*;

use super::{rel, time, IMAGE_REFERRER_POLICY};
use crate::i18n::{Key, Strings};
use crate::model;

/// A story's picture beside its headline. The headline says what the story
/// is, so the picture is decoration here: empty alt text.
fn thumbnail(image: model::Image, class: &'static str) -> impl IntoView {
    view! {
        <img
            class=class
            src=image.src
            alt=""
            width=image.width.map(|w| w.to_string())
            height=image.height.map(|h| h.to_string())
            loading="lazy"
            decoding="async"
            referrerpolicy=IMAGE_REFERRER_POLICY
        />
    }
}

/// A related-story card in a grid: image, kicker, headline, summary, date.
/// The headline is the link; CSS stretches it over the whole card.
#[component]
pub fn StoryCard(
    /// The story the card links to.
    story: model::StoryCard,
    /// 1-based place in the grid, reported with story clicks.
    position: usize,
) -> impl IntoView {
    let model::StoryCard { url, headline, kicker, image, date, summary, publisher } = story;
    let strings = Strings::current();
    view! {
        <li part="story-card" class="aw-card">
            {image.map(|image| thumbnail(image, "aw-card__image"))}
            {kicker.map(|kicker| view! { <p class="aw-kicker">{kicker}</p> })}
            <h3 class="aw-card__headline"><a class="aw-card__link" rel=rel(&url) href=url data-placement=Placement::Related.as_str() data-position=position>{headline}</a></h3>
            {summary.map(|summary| view! { <p class="aw-card__summary">{summary}</p> })}
            {publisher.map(|publisher| view! { <p class="aw-card__publisher">{publisher}</p> })}
            {date.map(|date| view! { <p class="aw-card__date">{time(&date, &strings)}</p> })}
        </li>
    }
}

/// A related story set between paragraphs of the body.
#[component]
pub fn InlineStory(
    /// The story the card links to.
    story: model::StoryCard,
    /// 1-based place among the body's inline stories, reported with story clicks.
    position: usize,
) -> impl IntoView {
    let model::StoryCard { url, headline, kicker, image, summary, publisher, .. } = story;
    let label = Strings::current().get(Key::ReadAlso).to_owned();
    view! {
        <div part="inline-story" class="aw-inline-story">
            {image.map(|image| thumbnail(image, "aw-inline-story__image"))}
            <p class="aw-inline-story__text">
                <span class="aw-inline-story__label">{label}</span>
                {kicker.map(|kicker| view! { <span class="aw-kicker">{kicker}</span> })}
                <a class="aw-inline-story__link" rel=rel(&url) href=url data-placement=Placement::Inline.as_str() data-position=position>{headline}</a>
                {summary.map(|summary| view! { <span class="aw-inline-story__summary">{summary}</span> })}
                {publisher.map(|publisher| view! { <span class="aw-inline-story__publisher">{publisher}</span> })}
            </p>
        </div>
    }
}
