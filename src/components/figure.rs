use leptos::either::Either;
use leptos::prelude::*;

use crate::i18n::{Key, Strings};
use crate::model::{Candidate, Image};

/// How wide a figure in the body is laid out, for a `srcset` whose
/// document says nothing: the body column is at most 42 of the widget's
/// units wide (`.aw-body`, 672px at the default 17px), the whole viewport
/// at most below that.
pub(crate) const BODY_SIZES: &str = "(max-width: 672px) 100vw, 672px";
/// The hero spans the widget, at most `--aw-max-width` (1152px).
pub(crate) const HERO_SIZES: &str = "(max-width: 1152px) 100vw, 1152px";
/// A picture in a gallery: two columns on a phone, at most a third of the
/// body column (`.aw-body__gallery`) on wider screens.
pub(crate) const GALLERY_SIZES: &str = "(max-width: 672px) 50vw, 224px";

/// A `srcset` attribute from checked candidates: their URLs hold no space
/// and no edge comma (`model::check_srcset_url`), so each stays one
/// candidate.
fn srcset(candidates: &[Candidate]) -> Option<String> {
    let written: Vec<String> = candidates.iter().map(|c| format!("{} {}w", c.url, c.width)).collect();
    (!written.is_empty()).then(|| written.join(", "))
}

/// An image with its caption and credit: the hero, or a figure in the body,
/// maybe a link (`link`) around the image.
#[component]
pub fn Figure(
    /// The picture, its caption and credit.
    image: Image,
    /// The `part` name, for the hero.
    #[prop(optional)]
    part: Option<&'static str>,
    /// The `<figure>`'s classes. Default `aw-figure`.
    #[prop(default = "aw-figure")]
    class: &'static str,
    /// Load at once (the hero is usually the largest paint); others are lazy.
    #[prop(optional)]
    eager: bool,
    /// Where the image links to. Default `None`.
    #[prop(default = None)]
    link: Option<String>,
    /// `sizes` when the image's document gives none. Default: the body
    /// column's.
    #[prop(default = BODY_SIZES)]
    sizes: &'static str,
) -> impl IntoView {
    let Image { src, alt, width, height, srcset: candidates, sizes: given_sizes, caption, credit } = image;
    let has_caption = caption.is_some() || credit.is_some();
    let srcset = srcset(&candidates);
    let sizes = srcset.as_ref().map(|_| given_sizes.unwrap_or_else(|| sizes.to_owned()));
    // A link needs a name: the image's alt text, else the caption, else "Open image".
    let label = (link.is_some() && alt.is_empty()).then(|| {
        caption
            .as_deref()
            .map(crate::model::plain_text)
            .unwrap_or_else(|| Strings::current().get(Key::OpenImage).to_owned())
    });
    let img = view! {
        <img
            class="aw-figure__image"
            src=src
            srcset=srcset
            sizes=sizes
            alt=alt
            width=width.map(|w| w.to_string())
            height=height.map(|h| h.to_string())
            loading=if eager { "eager" } else { "lazy" }
            decoding="async"
            referrerpolicy=super::IMAGE_REFERRER_POLICY
        />
    };
    let img = match link {
        Some(href) => Either::Left(view! {
            <a class="aw-figure__link" rel=super::rel(&href) href=href aria-label=label>{img}</a>
        }),
        None => Either::Right(img),
    };
    view! {
        <figure part=part class=class>
            {img}
            {has_caption.then(|| view! {
                <figcaption class="aw-figure__caption">
                    {caption.map(|content| view! { <super::Inlines content/> })}
                    {credit.map(|credit| view! { " "<span class="aw-figure__credit">{credit}</span> })}
                </figcaption>
            })}
        </figure>
    }
}
