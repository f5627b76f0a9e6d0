use leptos::prelude::*;

use super::figure::GALLERY_SIZES;
use super::{AdSlot, Embed, Figure, IdScope, InlineStory, MediaPlayer, Table};
use crate::i18n::{show_date_time, Strings};
use crate::model::{is_symbol, Block, DateTime, GalleryItem, Image, Inline, ListItem, SubList};

/// The article text, block by block; a live blog's updates each a section
/// of the blocks after it.
#[component]
pub fn Body(
    /// The body's blocks, in reading order.
    blocks: Vec<Block>,
) -> impl IntoView {
    let views = body_part(body_units(blocks), &mut BodyCount::default());
    view! { <div part="body" class="aw-body">{views}</div> }
}

/// How many inline stories and live updates a body's earlier parts held, so
/// their numbering runs on when a long body is built in parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BodyCount {
    stories: usize,
    updates: usize,
}

/// A body's blocks as the units it is built from: a block on its own, or a
/// live update with the blocks after it (its section). A body built in
/// parts is split only between units.
pub fn body_units(blocks: Vec<Block>) -> Vec<Vec<Block>> {
    let mut units: Vec<Vec<Block>> = Vec::new();
    let mut in_update = false;
    for block in blocks {
        let update = matches!(block, Block::Update { .. });
        match units.last_mut() {
            Some(unit) if in_update && !update => unit.push(block),
            _ => units.push(vec![block]),
        }
        in_update |= update;
    }
    units
}

/// The views of `units` (from [`body_units`]), the next part of a body whose
/// earlier parts held `count`; `count` is updated for the part after.
pub fn body_part(units: Vec<Vec<Block>>, count: &mut BodyCount) -> Vec<AnyView> {
    let view_of = |block: Block, count: &mut BodyCount| {
        if matches!(block, Block::Story { .. }) {
            count.stories += 1;
        }
        self::block(block, count.stories)
    };
    let mut views = Vec::with_capacity(units.len());
    for unit in units {
        let mut blocks = unit.into_iter();
        let Some(first) = blocks.next() else { continue };
        let Block::Update { published, headline, url } = first else {
            views.push(view_of(first, count));
            continue;
        };
        count.updates += 1;
        let text = blocks.map(|block| view_of(block, count)).collect();
        views.push(update(count.updates, published, headline, url, text));
    }
    views
}

/// The `n`-th live update: a section named by its time and headline,
/// its time linking to the update's own page (its headline does when it
/// has no time), then its blocks.
fn update(
    n: usize,
    published: Option<DateTime>,
    headline: Option<String>,
    url: Option<String>,
    text: Vec<AnyView>,
) -> AnyView {
    let scope = IdScope::current();
    let time_id = published.as_ref().map(|_| scope.id(&format!("update-{n}-time")));
    let heading_id = headline.as_ref().map(|_| scope.id(&format!("update-{n}")));
    let labelled_by = [&time_id, &heading_id].into_iter().flatten().cloned().collect::<Vec<_>>().join(" ");
    let link = |content: AnyView, url: Option<String>| match url {
        Some(href) => view! { <a rel=super::rel(&href) href=href>{content}</a> }.into_any(),
        None => content,
    };
    let (time_url, heading_url) = if published.is_some() { (url, None) } else { (None, url) };
    let time = published.map(|date| {
        let shown = show_date_time(&date, &Strings::current());
        let time = view! { <time id=time_id datetime=date.as_str().to_owned() title=shown.title>{shown.text}</time> };
        view! { <p class="aw-update__time">{link(time.into_any(), time_url)}</p> }
    });
    let heading = headline.map(|text| {
        view! { <h2 class="aw-update__headline" id=heading_id>{link(text.into_any(), heading_url)}</h2> }
    });
    view! {
        <section class="aw-update" aria-labelledby=(!labelled_by.is_empty()).then_some(labelled_by)>
            <header class="aw-update__header">{time}{heading}</header>
            {text}
        </section>
    }
    .into_any()
}

/// `stories` counts the inline stories so far, this one included.
fn block(block: Block, stories: usize) -> AnyView {
    match block {
        Block::Paragraph { content } => view! { <p class="aw-body__paragraph"><Inlines content/></p> }.into_any(),
        Block::Heading { level: 3, content } => view! { <h3 class="aw-body__subheading aw-body__subheading--minor"><Inlines content/></h3> }.into_any(),
        Block::Heading { content, .. } => view! { <h2 class="aw-body__subheading"><Inlines content/></h2> }.into_any(),
        Block::Quote { paragraphs, attribution, pull } => view! {
            <figure class="aw-quote" class:aw-quote--pull=pull>
                <blockquote class="aw-quote__text">
                    {paragraphs.into_iter().map(|content| view! { <p><Inlines content/></p> }).collect_view()}
                </blockquote>
                {attribution.map(|who| view! { <figcaption class="aw-quote__attribution"><cite>{who}</cite></figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => list(SubList { ordered, items }),
        Block::Figure { image, link } => view! { <Figure image link/> }.into_any(),
        // A list, so a screen reader says how many pictures there are.
        Block::Gallery { items, caption } => view! {
            <figure class="aw-body__gallery">
                <ul class="aw-body__gallery-grid" role="list">
                    // A CMS writes an image's sizes for it at full width
                    // (WordPress: "(max-width: 1024px) 100vw, 1024px"); in a
                    // cell the widget knows the width, so its own sizes win.
                    {items.into_iter().map(|GalleryItem { image, link }| view! {
                        <li class="aw-body__gallery-item">
                            <Figure image=Image { sizes: None, ..image } link class="aw-figure aw-body__gallery-figure" sizes=GALLERY_SIZES/>
                        </li>
                    }).collect_view()}
                </ul>
                {caption.map(|caption| view! { <figcaption class="aw-body__gallery-caption"><Inlines content=caption/></figcaption> })}
            </figure>
        }
        .into_any(),
        Block::Story { story } => view! { <InlineStory story position=stories/> }.into_any(),
        Block::Ad { slot, size } => view! { <AdSlot name=slot size/> }.into_any(),
        Block::Divider => view! { <hr class="aw-body__divider"/> }.into_any(),
        // Focusable, so a keyboard can scroll a line wider than the column.
        Block::Code { text, language } => view! {
            <pre class="aw-body__code" tabindex="0" data-language=language><code>{text}</code></pre>
        }
        .into_any(),
        Block::Table { caption, head, rows } => view! { <Table caption head rows/> }.into_any(),
        Block::Embed { embed } => view! { <Embed embed/> }.into_any(),
        Block::Video { video: media } => view! { <MediaPlayer media video=true/> }.into_any(),
        Block::Audio { audio: media } => view! { <MediaPlayer media video=false/> }.into_any(),
        // Body groups an update with its blocks; it never reaches here.
        Block::Update { .. } => ().into_any(),
        // The browser's own disclosure: closed at first unless its source
        // had it open, opened by a click, Enter or Space on its summary, and
        // found by find-in-page.
        Block::Details { summary, paragraphs, open } => view! {
            <details class="aw-details" open=open>
                <summary class="aw-details__summary">{summary}</summary>
                {paragraphs.into_iter().map(|content| view! { <p><Inlines content/></p> }).collect_view()}
            </details>
        }
        .into_any(),
        Block::Callout { label, paragraphs } => view! {
            <div class="aw-callout" role="note">
                {label.map(|label| {
                    // A lone emoji is decoration: the note's role says what it is.
                    let symbol = is_symbol(&label);
                    view! {
                        <p class="aw-callout__label" class:aw-callout__label--symbol=symbol aria-hidden=symbol.then_some("true")>
                            {label}
                        </p>
                    }
                })}
                <div class="aw-callout__text">
                    {paragraphs.into_iter().map(|content| view! { <p><Inlines content/></p> }).collect_view()}
                </div>
            </div>
        }
        .into_any(),
    }
}

/// A list, and the lists inside its items (boxed: a view type cannot
/// contain itself).
fn list(SubList { ordered, items }: SubList) -> AnyView {
    let items = items
        .into_iter()
        .map(|ListItem { content, list }| view! { <li><Inlines content/>{list.map(self::list)}</li> })
        .collect_view();
    if ordered {
        view! { <ol class="aw-body__list">{items}</ol> }.into_any()
    } else {
        view! { <ul class="aw-body__list">{items}</ul> }.into_any()
    }
}

/// Runs of formatted text. Every string becomes a text node: none is ever
/// parsed as HTML.
#[component]
pub fn Inlines(
    /// The runs, in order.
    content: Vec<Inline>,
) -> impl IntoView {
    content.into_iter().map(inline).collect_view()
}

// Boxed as AnyView because formatting nests: a view type cannot contain itself.
fn inline(inline: Inline) -> AnyView {
    match inline {
        Inline::Text { text } => text.into_any(),
        Inline::Emphasis { content } => {
            view! { <em>{content.into_iter().map(self::inline).collect_view()}</em> }.into_any()
        }
        Inline::Strong { content } => {
            view! { <strong>{content.into_iter().map(self::inline).collect_view()}</strong> }.into_any()
        }
        Inline::Code { text } => view! { <code>{text}</code> }.into_any(),
        Inline::Superscript { content } => {
            view! { <sup>{content.into_iter().map(self::inline).collect_view()}</sup> }.into_any()
        }
        Inline::Subscript { content } => {
            view! { <sub>{content.into_iter().map(self::inline).collect_view()}</sub> }.into_any()
        }
        Inline::Link { href, content } => view! {
            <a rel=super::rel(&href) href=href>{content.into_iter().map(self::inline).collect_view()}</a>
        }
        .into_any(),
        Inline::LineBreak => view! { <br/> }.into_any(),
    }
}
