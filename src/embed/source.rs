//! Where a widget's article comes from: the `src` URL, or a child
//! `<script type="application/json">`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, Response};

use crate::components::Failure;
use crate::model::limits::MAX_INPUT_BYTES;

fn failure(message: String) -> Failure {
    Failure { message, path: None }
}

/// The article's JSON text.
pub async fn text(host: &HtmlElement) -> Result<String, Failure> {
    if let Some(src) = host.get_attribute("src").filter(|s| !s.trim().is_empty()) {
        return fetch(&src).await;
    }
    if let Ok(Some(script)) = host.query_selector(":scope > script[type='application/json']") {
        return Ok(script.text_content().unwrap_or_default());
    }
    Err(failure(
        "No article given: set the element's src attribute, or put the JSON in a <script type=\"application/json\"> inside it."
            .into(),
    ))
}

async fn fetch(src: &str) -> Result<String, Failure> {
    let window = web_sys::window().ok_or_else(|| failure("No window to fetch from.".into()))?;
    let unreachable = || {
        failure(format!(
            "Could not load {src}: the request failed (the server may be down, or it does not allow this site to read it)."
        ))
    };
    let response: Response = JsFuture::from(window.fetch_with_str(src))
        .await
        .map_err(|_| unreachable())?
        .unchecked_into();
    if !response.ok() {
        return Err(failure(format!("Could not load {src}: the server answered {} {}.", response.status(), response.status_text())));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
    if let Some(size) = declared.filter(|&size| size > MAX_INPUT_BYTES) {
        return Err(crate::model::Error::TooLarge { size, limit: MAX_INPUT_BYTES }.into());
    }
    let body = response.text().map_err(|_| unreachable())?;
    JsFuture::from(body).await.map_err(|_| unreachable())?.as_string().ok_or_else(unreachable)
}
