use leptos::prelude::*;

use super::Failure;

/// Shown instead of the article when it cannot be loaded or read, so a reader
/// sees a clear message and a publisher sees where the problem is.
#[component]
pub fn ErrorCard(failure: Failure) -> impl IntoView {
    view! {
        <div part="error" class="aw-error" role="alert">
            <p class="aw-error__title">"This article could not be shown."</p>
            <p class="aw-error__message">{failure.message}</p>
            {failure.path.map(|path| view! { <p class="aw-error__path">"At "<code>{path}</code></p> })}
            // The embed code listens for clicks on data-action="retry".
            {failure.retry.then(|| view! {
                <p><button type="button" class="aw-error__retry" data-action="retry">"Try again"</button></p>
            })}
        </div>
    }
}
