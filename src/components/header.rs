use leptos::prelude::*;

use super::{author_anchor, time};
use crate::model::{format_date, Author, DateTime};

/// Section label, headline, dek and byline.
#[component]
pub fn Header(
    section: Option<String>,
    headline: String,
    dek: Option<String>,
    published: Option<DateTime>,
    updated: Option<DateTime>,
    authors: Vec<Author>,
    reading_minutes: u32,
) -> impl IntoView {
    let single_role = match authors.as_slice() {
        [only] => only.role.clone(),
        _ => None,
    };
    let count = authors.len();
    let names = authors
        .into_iter()
        .enumerate()
        .map(|(i, author)| {
            // None, not "": the server renders an empty text node as a space.
            let joiner = match (i, count - i) {
                (0, _) => None,
                (_, 1) => Some(" and "),
                _ => Some(", "),
            };
            view! { {joiner}<a class="aw-byline__author" href=format!("#{}", author_anchor(i))>{author.name}</a> }
        })
        .collect_view();
    // "Updated" the same day as published says nothing a reader needs.
    let updated = updated.filter(|u| published.as_ref().is_none_or(|p| format_date(p) != format_date(u)));
    view! {
        <header part="header" class="aw-header">
            {section.map(|section| view! { <p class="aw-header__section">{section}</p> })}
            <h1 part="headline" class="aw-header__headline" id=super::HEADLINE_ID>{headline}</h1>
            {dek.map(|dek| view! { <p class="aw-header__dek">{dek}</p> })}
            <p part="byline" class="aw-byline">
                {(count > 0).then(|| view! {
                    <span class="aw-byline__authors">"By "{names}</span>
                    {single_role.map(|role| view! { <span class="aw-byline__role">{role}</span> })}
                })}
                {published.map(|date| view! { <span class="aw-byline__date">{time(&date)}</span> })}
                {updated.map(|date| view! { <span class="aw-byline__date">"Updated "{time(&date)}</span> })}
                <span class="aw-byline__reading">{reading_minutes}" min read"</span>
            </p>
        </header>
    }
}
