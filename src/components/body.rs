use leptos::prelude::*;

use super::figure::GALLERY_SIZES;
use super::{AdSlot, Figure, InlineStory};
use crate::model::{Block, GalleryItem, Inline};

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
        Block::Quote { content, attribution, pull } => view! {
            <figure class="aw-quote" class:aw-quote--pull=pull>
                <blockquote class="aw-quote__text"><p><Inlines content/></p></blockquote>
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
        Block::Figure { image, link } => view! { <Figure image link/> }.into_any(),
        // A list, so a screen reader says how many pictures there are.
        Block::Gallery { items, caption } => view! {
            <figure class="aw-body__gallery">
                <ul class="aw-body__gallery-grid" role="list">
                    {items.into_iter().map(|GalleryItem { image, link }| view! {
                        <li class="aw-body__gallery-item">
                            <Figure image link class="aw-figure aw-body__gallery-figure" sizes=GALLERY_SIZES/>
                        </li>
                    }).collect_view()}
                </ul>
                {caption.map(|caption| view! { <figcaption class="aw-body__gallery-caption">{caption}</figcaption> })}
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
