use crate::contract::data;
use leptos::prelude::*;

use crate::i18n::{direction, Key, Strings};
use crate::state::Failure;

/// Shown instead of the article when it cannot be loaded or read, so a reader
/// sees a clear message and a publisher sees where the problem is.
#[component]
pub fn ErrorCard(
    /// What failed: its message, its JSON path if any, and whether a retry
    /// button is offered (`retry`).
    failure: Failure,
) -> impl IntoView {
    let strings = Strings::current();
    let lang = strings.code().to_owned();
    let dir = direction(Some(&lang));
    let explanation = strings.get(if failure.retry { Key::ErrorNetwork } else { Key::ErrorDocument }).to_owned();
    let retry = strings.get(Key::TryAgain).to_owned();
    view! {
        <div part="error" class="aw-error" role="alert" lang=lang dir=dir>
            <p class="aw-error__title">{strings.get(Key::ErrorTitle).to_owned()}</p>
            <p class="aw-error__explanation">{explanation}</p>
            // What went wrong and where, for the publisher: English, the
            // language of the console and the docs.
            <p class="aw-error__message" lang="en" dir="ltr">{failure.message}</p>
            {failure.path.map(|path| view! { <p class="aw-error__path" lang="en" dir="ltr">"At "<code>{path}</code></p> })}
            // The embed code listens for clicks on data-action=data::ACTION_RETRY.
            {failure.retry.then(|| view! {
                <p><button type="button" class="aw-error__retry" data-action=data::ACTION_RETRY>{retry}</button></p>
            })}
        </div>
    }
}
