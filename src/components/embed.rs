use leptos::prelude::*;

use crate::i18n::{Key, Strings};
use crate::model::{self, Medium};

/// Content from another site, privacy first: nothing is requested from the
/// provider until the reader asks. A video or audio player is a button that
/// names what it plays and where it loads from, swapped on activation for
/// the provider's player (YouTube's privacy-enhanced host, sandboxed); a
/// social post is quoted with a link to it, and no provider script runs;
/// anything else is a link.
///
/// One shape for all three, its parts optional: each view type would carry
/// its own build and rebuild code in the wasm.
#[component]
pub fn Embed(
    /// The embedded content's address and what is known about it.
    embed: model::Embed,
) -> impl IntoView {
    let strings = Strings::current();
    let provider = embed.provider();
    let medium = provider.medium();
    let player = embed.player().filter(|_| matches!(medium, Medium::Video | Medium::Audio));
    let model::Embed { url, title, caption, text, author } = embed;
    let rel = super::rel(&url);
    let host = || model::origin(&url).unwrap_or(&url).split("//").last().unwrap_or_default().to_owned();
    // The link: "Open on YouTube"; for a site without a player, its title or host.
    let (link_text, title) = match (&player, medium) {
        (Some(_), _) | (None, Medium::Post) => (strings.fill(Key::OpenOn, &[("provider", provider.name())]), title),
        (None, _) => (title.unwrap_or_else(|| strings.fill(Key::EmbeddedFrom, &[("host", &host())])), None),
    };
    let audio = medium == Medium::Audio && player.is_some();
    let player = player.map(|player| {
        let action =
            strings.fill(if audio { Key::PlayAudio } else { Key::PlayVideo }, &[("provider", provider.name())]);
        let loads_from = model::origin(&player).unwrap_or_default().trim_start_matches("https://");
        let note = strings.fill(Key::LoadsFrom, &[("host", loads_from)]);
        let frame_title = title.clone().unwrap_or_else(|| provider.name().to_owned());
        // Swapped by hand, once: a reactive view here would carry Leptos'
        // rebuild code for a change that happens once (+6.9 KB brotli).
        let on_play = move |event: leptos::ev::MouseEvent| {
            #[cfg(feature = "dom")]
            play(&event, &player, &frame_title);
            #[cfg(not(feature = "dom"))]
            let _ = (event, &player, &frame_title);
        };
        view! {
            <div class="aw-embed__player">
                // Named by its text, "Play video from YouTube: <title>", so
                // what a reader sees is what a voice user says.
                <button type="button" class="aw-embed__play" on:click=on_play>
                    <span class="aw-embed__icon" aria-hidden="true"></span>
                    <span class="aw-embed__action">{action}{title.is_some().then_some(":")}</span>
                    {title.map(|title| view! { <span class="aw-embed__title">{title}</span> })}
                </button>
                <p class="aw-embed__note">{note}</p>
            </div>
        }
    });
    let quote =
        text.map(|text| view! { <blockquote class="aw-embed__post" cite=url.clone()>{lines(&text)}</blockquote> });
    let class = match (audio, medium) {
        (true, _) => "aw-embed aw-embed--audio",
        (false, Medium::Post) => "aw-embed aw-embed--post",
        (false, Medium::Link) => "aw-embed aw-embed--link",
        _ if quote.is_some() => "aw-embed aw-embed--post",
        _ => "aw-embed",
    };
    view! {
        <figure class=class>
            {player}
            {quote}
            <figcaption class="aw-embed__caption">
                {author.map(|author| view! { <span class="aw-embed__author">{author}</span>" · " })}
                {caption.map(|caption| view! { <span class="aw-embed__caption-text"><super::Inlines content=caption/></span>" · " })}
                <a class="aw-embed__source" rel=rel href=url>{link_text}</a>
            </figcaption>
        </figure>
    }
}

/// Replaces the play button's box (its parent) with the player, and gives
/// the player the focus the button had. Every attribute is the widget's own
/// or was checked (`src` is built from a checked id, [`model::Embed::player`];
/// `title` is set as an attribute value, never parsed).
#[cfg(feature = "dom")]
fn play(event: &leptos::ev::MouseEvent, src: &str, title: &str) {
    use wasm_bindgen::JsCast;
    let button = event.current_target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
    let Some((button, document)) = button.and_then(|b| b.owner_document().map(|d| (b, d))) else { return };
    let (Some(player), Ok(frame)) = (button.parent_element(), document.create_element("iframe")) else { return };
    let attributes = [
        ("class", "aw-embed__frame"),
        ("src", src),
        ("title", title),
        ("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"),
        ("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture"),
        ("allowfullscreen", ""),
        ("referrerpolicy", "strict-origin-when-cross-origin"),
    ];
    for (name, value) in attributes {
        let _ = frame.set_attribute(name, value);
    }
    player.replace_children_with_node_1(&frame);
    if let Ok(frame) = frame.dyn_into::<web_sys::HtmlElement>() {
        let _ = frame.focus();
    }
}

/// Text whose newlines are line breaks, each line a text node.
fn lines(text: &str) -> impl IntoView {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| view! { {(i > 0).then(|| view! { <br/> })}{line.to_owned()} })
        .collect_view()
}
