use leptos::prelude::*;

use crate::model::Image;

/// An image with its caption and credit: the hero, or a figure in the body.
#[component]
pub fn Figure(
    image: Image,
    /// The `part` name, for the hero.
    #[prop(optional)]
    part: Option<&'static str>,
    #[prop(default = "aw-figure")] class: &'static str,
    /// Load at once (the hero is usually the largest paint); others are lazy.
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    let Image { src, alt, width, height, caption, credit } = image;
    let has_caption = caption.is_some() || credit.is_some();
    view! {
        <figure part=part class=class>
            <img
                class="aw-figure__image"
                src=src
                alt=alt
                width=width.map(|w| w.to_string())
                height=height.map(|h| h.to_string())
                loading=if eager { "eager" } else { "lazy" }
                decoding="async"
                referrerpolicy=super::IMAGE_REFERRER_POLICY
            />
            {has_caption.then(|| view! {
                <figcaption class="aw-figure__caption">
                    {caption}
                    {credit.map(|credit| view! { " "<span class="aw-figure__credit">{credit}</span> })}
                </figcaption>
            })}
        </figure>
    }
}
