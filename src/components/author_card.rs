use crate::contract::Placement;
use leptos::prelude::*;

use super::{author_anchor, rel, time, IMAGE_REFERRER_POLICY};
use crate::i18n::{Key, Strings};
use crate::model::Author;

/// "More from <author>": portrait, name, role, bio, links and other stories.
/// A complementary landmark named by its heading.
#[component]
pub fn AuthorCard(
    /// The author, with their bio, links and other stories.
    author: Author,
    /// Their place in the byline from 0, for the card's id (`…-author-1`),
    /// which the byline links to.
    index: usize,
) -> impl IntoView {
    let Author { name, role, bio, avatar, url, social, stories } = author;
    let strings = Strings::current();
    let anchor = author_anchor(index);
    let title_id = format!("{anchor}-title");
    let labelled_by = title_id.clone();
    let name_view = match url {
        Some(url) => view! { <a class="aw-author__name" rel=rel(&url) href=url>{name.clone()}</a> }.into_any(),
        None => view! { <span class="aw-author__name">{name.clone()}</span> }.into_any(),
    };
    let social = (!social.is_empty()).then(|| {
        let links = social
            .into_iter()
            .map(|link| view! { <li><a rel=rel(&link.url) href=link.url>{strings.fill(Key::SocialLink, &[("name", &name), ("site", &link.label)])}</a></li> })
            .collect_view();
        view! { <ul class="aw-author__social">{links}</ul> }
    });
    let stories = (!stories.is_empty()).then(|| {
        let items = stories
            .into_iter()
            .enumerate()
            .map(|(i, story)| view! {
                <li class="aw-author__story">
                    {story.kicker.map(|kicker| view! { <span class="aw-kicker">{kicker}</span>" "})}
                    <a rel=rel(&story.url) href=story.url data-placement=Placement::Author.as_str() data-position=i + 1>{story.headline}</a>
                    {story.date.map(|date| view! { " "<span class="aw-author__story-date">{time(&date, &strings)}</span> })}
                </li>
            })
            .collect_view();
        view! { <ul class="aw-author__stories">{items}</ul> }
    });
    let title = strings.fill(Key::MoreFrom, &[("name", &name)]);
    view! {
        <aside part="author-card" class="aw-author" id=anchor tabindex="-1" aria-labelledby=labelled_by>
            <h2 class="aw-section-title" id=title_id>{title}</h2>
            <div class="aw-author__who">
                // The name sits beside the portrait, so the portrait needs no alt text of its own.
                {avatar.map(|src| view! {
                    <img class="aw-author__avatar" src=src alt="" width="64" height="64" loading="lazy" decoding="async" referrerpolicy=IMAGE_REFERRER_POLICY/>
                })}
                <p class="aw-author__identity">
                    {name_view}
                    {role.map(|role| view! { <span class="aw-author__role">{role}</span> })}
                </p>
            </div>
            {bio.map(|bio| view! { <p class="aw-author__bio">{bio}</p> })}
            {social}
            {stories}
        </aside>
    }
}
