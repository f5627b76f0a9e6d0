use leptos::prelude::*;

use super::{AdSlot, Embed, Figure, InlineStory, MediaPlayer, Table};
use crate::model::{is_symbol, Block, Inline};

/// The article text, block by block.
#[component]
pub fn Body(blocks: Vec<Block>) -> impl IntoView {
    view! {
        <div part="body" class="aw-body">
            {blocks
                .into_iter()
                .scan(0, |stories, block| {
                    if matches!(block, Block::Story { .. }) {
                        *stories += 1;
                    }
                    Some(self::block(block, *stories))
                })
                .collect_view()}
        </div>
    }
}

/// `stories` counts the inline stories so far, this one included.
fn block(block: Block, stories: usize) -> AnyView {
    match block {
        Block::Paragraph { content } => view! { <p class="aw-body__paragraph"><Inlines content/></p> }.into_any(),
        Block::Heading { level: 3, text } => view! { <h3 class="aw-body__subheading aw-body__subheading--minor">{text}</h3> }.into_any(),
        Block::Heading { text, .. } => view! { <h2 class="aw-body__subheading">{text}</h2> }.into_any(),
        Block::Quote { paragraphs, attribution, pull } => view! {
            <figure class="aw-quote" class:aw-quote--pull=pull>
                <blockquote class="aw-quote__text">
                    {paragraphs.into_iter().map(|content| view! { <p><Inlines content/></p> }).collect_view()}
                </blockquote>
                {attribution.map(|who| view! { <figcaption class="aw-quote__attribution"><cite>{who}</cite></figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items = items.into_iter().map(|content| view! { <li><Inlines content/></li> }).collect_view();
            if ordered {
                view! { <ol class="aw-body__list">{items}</ol> }.into_any()
            } else {
                view! { <ul class="aw-body__list">{items}</ul> }.into_any()
            }
        }
        Block::Figure { image } => view! { <Figure image/> }.into_any(),
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
        // The browser's own disclosure: closed at first, opened by a click,
        // Enter or Space on its summary, and found by find-in-page.
        Block::Details { summary, paragraphs } => view! {
            <details class="aw-details">
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

/// Runs of formatted text. Every string becomes a text node: none is ever
/// parsed as HTML.
#[component]
pub fn Inlines(content: Vec<Inline>) -> impl IntoView {
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
