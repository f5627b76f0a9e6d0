//! "Today": a page of this app's own, two columns, each an article rendered
//! by article-widget's `ArticleView`. The lead is the crate's demo article in
//! its native JSON; the second a WordPress REST API post, read by the crate's
//! WordPress reader (its HTML body parsed by the browser's DOMParser here,
//! by html5ever in the native test).
//!
//! The one source of the tree: the Trunk build mounts it (`main.rs`), and
//! the root crate's `tests/leptos_app.rs` renders it with Leptos' `ssr`.

use article_widget::components::{ArticleView, ErrorCard};
use article_widget::contract::ROOT_CLASS;
use article_widget::formats::{parse, Format};
use article_widget::{parse_article, Error, Parsed, Warning, STYLESHEET};
use leptos::either::Either;
use leptos::prelude::*;

/// The lead story, in the widget's native format.
const LEAD: &str = include_str!("../../../fixtures/demo.json");
/// The second story, as WordPress's `/wp/v2/posts/<id>` returns it.
const SECOND: &str = include_str!("../../../fixtures/wordpress/post.json");

/// The whole page: the app's masthead, then the two stories side by side.
#[component]
pub fn App() -> impl IntoView {
    // The app's own state, which the articles follow: the masthead's switch
    // sets the crate's dark theme on both (`data-theme` on the `.aw` root).
    let (dark, set_dark) = signal(false);
    view! {
        // The components' stylesheet. Outside the custom element no shadow
        // root adopts it, so the app adds it, and wraps each article in an
        // element of the widget's root class, which the sheet's rules hang
        // from. Our own compiled constant, so inner_html is safe here; as a
        // text child the server renderer would escape its `>` selectors.
        <style inner_html=STYLESHEET></style>
        <header class="today-masthead">
            <p class="today-masthead__title">"Today"</p>
            <p class="today-masthead__intro">
                "Two stories rendered by article-widget's Leptos components, in this app's own layout."
            </p>
            <button
                class="today-masthead__theme"
                type="button"
                aria-pressed=move || dark.get().to_string()
                on:click=move |_| set_dark.update(|dark| *dark = !*dark)
            >
                "Dark theme"
            </button>
        </header>
        <main class="today">
            <Column source="Native JSON" parsed=parse_article(LEAD) dark/>
            <Column source="WordPress REST API" parsed=parse(SECOND, Format::WordPress, None) dark/>
        </main>
    }
}

/// One column: where the story came from, the article (or why there is
/// none), and what the reader dropped on the way in.
#[component]
fn Column(
    /// The format the story was read from, shown above it.
    source: &'static str,
    /// What reading it gave.
    parsed: Result<Parsed, Error>,
    /// Whether the app shows its articles in the dark theme.
    dark: ReadSignal<bool>,
) -> impl IntoView {
    // Either, not `.into_any()`: natively (no `--cfg erase_components`),
    // erasing the whole article's view type overflows rustc's query depth.
    let (story, warnings) = match parsed {
        Ok(Parsed { article, warnings }) => (Either::Left(view! { <ArticleView article/> }), warnings),
        Err(error) => (Either::Right(view! { <ErrorCard failure=error.into()/> }), Vec::new()),
    };
    view! {
        <div class="today__column">
            <p class="today__source">{source}</p>
            <div class=ROOT_CLASS data-theme=move || dark.get().then_some("dark")>{story}</div>
            <Warnings warnings/>
        </div>
    }
}

/// The reader's warnings, each with the JSON path it names; nothing when
/// there are none.
#[component]
fn Warnings(warnings: Vec<Warning>) -> impl IntoView {
    (!warnings.is_empty()).then(|| {
        let count = warnings.len();
        view! {
            <details class="today__warnings">
                <summary>{format!("{count} warning(s) while reading")}</summary>
                <ul>
                    {warnings
                        .into_iter()
                        .map(|warning| view! { <li><code>{warning.path}</code>": "{warning.message}</li> })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}
