use leptos::either::Either;
use leptos::prelude::*;

use crate::model::Media;

/// A video or audio file with the browser's own controls. `preload="none"`:
/// nothing of the file is fetched until the reader plays it (a video's
/// poster, an image, is). Its title names the player.
#[component]
pub fn MediaPlayer(
    /// The file, its title, poster, caption and text tracks.
    media: Media,
    /// A `<video>` when true, else an `<audio>`.
    video: bool,
) -> impl IntoView {
    let Media { src, encoding_format, title, poster, width, height, caption, tracks } = media;
    let tracks = tracks
        .into_iter()
        .map(|track| view! { <track kind=track.kind.as_str() src=track.src srclang=track.srclang label=track.label/> })
        .collect_view();
    let source = view! { <source src=src type=encoding_format/> };
    let label = title.clone();
    let player = if video {
        Either::Left(view! {
            <video
                class="aw-media__player"
                controls=true
                preload="none"
                playsinline=true
                poster=poster
                width=width.map(|w| w.to_string())
                height=height.map(|h| h.to_string())
                aria-label=label
            >
                {source}
                {tracks}
            </video>
        })
    } else {
        Either::Right(view! {
            <audio class="aw-media__player" controls=true preload="none" aria-label=label>
                {source}
                {tracks}
            </audio>
        })
    };
    view! {
        <figure class="aw-media" class:aw-media--audio=!video>
            {title.map(|title| view! { <p class="aw-media__title">{title}</p> })}
            {player}
            {caption.map(|caption| view! { <figcaption class="aw-media__caption"><super::Inlines content=caption/></figcaption> })}
        </figure>
    }
}
