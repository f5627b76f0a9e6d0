use leptos::prelude::*;

use super::{author_anchor, time};
use crate::i18n::{Key, Strings};
use crate::model::{Author, DateTime};

/// Section label, headline, dek and byline.
#[component]
pub fn Header(
    /// The section label above the headline.
    section: Option<String>,
    /// The headline, the `<h1>`.
    headline: String,
    /// The standfirst under it.
    dek: Option<String>,
    /// When it was published.
    published: Option<DateTime>,
    /// When it was updated; shown when not the day it was published.
    updated: Option<DateTime>,
    /// The byline's authors, each linking to their bio card.
    authors: Vec<Author>,
    /// None: no reading time is shown (the body has no words).
    reading_minutes: Option<u32>,
) -> impl IntoView {
    let single_role = match authors.as_slice() {
        [only] => only.role.clone(),
        _ => None,
    };
    let strings = Strings::current();
    let count = authors.len();
    let (separator, last) = (strings.get(Key::ListSeparator).to_owned(), strings.get(Key::ListLast).to_owned());
    let names = authors
        .into_iter()
        .enumerate()
        .map(|(i, author)| {
            // None, not "": the server renders an empty text node as a space.
            let joiner = match (i, count - i) {
                (0, _) => None,
                (_, 1) => Some(last.clone()),
                _ => Some(separator.clone()),
            };
            view! { {joiner}<a class="aw-byline__author" href=format!("#{}", author_anchor(i))>{author.name}</a> }
        })
        .collect_view();
    // "Updated" the same day as published says nothing a reader needs.
    let updated = updated.filter(|u| published.as_ref().is_none_or(|p| !p.same_day(u)));
    // Text around a placeholder that stands for markup; none rather than an
    // empty text node, which the static HTML would write as a space.
    let around = |key, name| {
        let (before, after) = strings.around(key, name);
        ((!before.is_empty()).then_some(before), (!after.is_empty()).then_some(after))
    };
    let (by_before, by_after) = around(Key::Byline, "names");
    let (updated_before, updated_after) = around(Key::Updated, "date");
    let reading = reading_minutes.map(|minutes| strings.count(Key::MinutesToRead, minutes));
    // A byline with nothing in it would be two rules around a blank line.
    let has_byline = count > 0 || published.is_some() || updated.is_some() || reading.is_some();
    let byline = has_byline.then(|| {
        view! {
            <p part="byline" class="aw-byline">
                {(count > 0).then(|| view! {
                    <span class="aw-byline__authors">{by_before}{names}{by_after}</span>
                    {single_role.map(|role| view! { <span class="aw-byline__role">{role}</span> })}
                })}
                {published.map(|date| view! { <span class="aw-byline__date">{time(&date, &strings)}</span> })}
                {updated.map(|date| view! { <span class="aw-byline__date">{updated_before}{time(&date, &strings)}{updated_after}</span> })}
                {reading.map(|reading| view! { <span class="aw-byline__reading">{reading}</span> })}
            </p>
        }
    });
    view! {
        <header part="header" class="aw-header">
            {section.map(|section| view! { <p class="aw-header__section">{section}</p> })}
            <h1 part="headline" class="aw-header__headline" id=super::headline_id()>{headline}</h1>
            {dek.map(|dek| view! { <p class="aw-header__dek">{dek}</p> })}
            {byline}
        </header>
    }
}
