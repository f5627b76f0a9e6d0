//! Where a widget's article comes from, in order of precedence: an object
//! given to `ArticleWidget.render`, the page's own JSON-LD (`from="page"`),
//! the `src` URL, or a child `<script type="application/json">`.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, HtmlElement, RequestInit, Response};

use crate::contract::{timeout_ms, Attribute, Measure, FROM_PAGE};
use crate::formats::Parsed;
use crate::formats::{self, Format};
use crate::model::limits::MAX_INPUT_BYTES;
use crate::state::Failure;

/// The child script holding the article; one marked `data-strings` holds
/// the element's own UI strings instead (`super::language`).
const ARTICLE_SCRIPT: &str = ":scope > script[type='application/json']:not([data-strings])";

#[wasm_bindgen(module = "/js/prefetch.js")]
extern "C" {
    /// The request the module started for `url` before the wasm was ready
    /// (same timeout), handed over once; `None` if there is none.
    #[wasm_bindgen(js_name = takePrefetched)]
    fn take_prefetched(url: &str, timeout_ms: u32) -> Option<js_sys::Promise>;
}

fn failure(message: String) -> Failure {
    Failure { message, path: None, retry: false }
}

/// A failure of the network or the server, which trying again may mend.
fn network_failure(message: String) -> Failure {
    Failure { message, path: None, retry: true }
}

/// Whether the host says where its article is. One that does not yet (a
/// page about to call `ArticleWidget.render`) keeps its placeholder.
pub fn given_any(host: &HtmlElement) -> bool {
    super::given::article(host).is_some()
        || super::attribute(host, Attribute::From).as_deref() == Some(FROM_PAGE)
        || super::attribute(host, Attribute::Src).is_some_and(|s| !s.trim().is_empty())
        || matches!(host.query_selector(ARTICLE_SCRIPT), Ok(Some(_)))
}

/// The host's article, read, adapted and validated.
pub async fn article(host: &HtmlElement) -> Result<Parsed, Failure> {
    let format_attribute = super::attribute(host, Attribute::Format);
    let format = Format::from_attribute(format_attribute.as_deref()).ok_or_else(|| {
        failure(format!(
            "Unknown format \"{}\": the format attribute takes one of {}.",
            format_attribute.unwrap_or_default(),
            Format::names()
        ))
    })?;
    let mut parsed = if super::attribute(host, Attribute::From).as_deref() == Some(FROM_PAGE)
        && super::given::article(host).is_none()
    {
        let read = super::timing::Span::start(Measure::Read);
        let parsed = super::converter::page(page_json_ld()).await?;
        read.end();
        parsed
    } else {
        let (text, fetched) = text(host).await?;
        let read = super::timing::Span::start(Measure::Read);
        let value = formats::parse_json(&text).map_err(|error| match (&error, &fetched) {
            // An HTML error page or a login wall answered instead of the JSON.
            (crate::formats::Error::Syntax { .. }, Some((url, content_type))) if !content_type.contains("json") => {
                failure(format!(
                    "Could not read {url}: the server sent {}, not JSON ({error}).",
                    if content_type.is_empty() { "no content type" } else { content_type.as_str() }
                ))
            }
            _ => Failure::from(error),
        })?;
        // The native format is read here; any other by the formats module.
        let mut parsed = match formats::format_of(&value, format).map_err(Failure::from)? {
            Format::Native => formats::read_native(&value).map_err(Failure::from)?,
            other => {
                drop(value);
                let item = super::attribute(host, Attribute::Item);
                super::converter::document(&text, other, item).await?
            }
        };
        if let Some((base, _)) = fetched {
            resolve_urls(&mut parsed, &base);
        }
        read.end();
        parsed
    };
    if parsed.article.language.is_none() {
        parsed.article.language = super::attribute(host, Attribute::Lang).filter(|l| !l.trim().is_empty());
    }
    // Reading the document and building its DOM are each a long piece of
    // work (most of the first one is the browser compiling the wasm's
    // functions on their first call); returning to the event loop between
    // them makes two tasks instead of one over 50 ms.
    super::timing::next_task().await;
    Ok(parsed)
}

/// The document's text, and for a fetched one its URL (what its relative URLs
/// are relative to) and content type.
async fn text(host: &HtmlElement) -> Result<(String, Option<(String, String)>), Failure> {
    if let Some(given) = super::given::article(host) {
        let text = js_sys::JSON::stringify(&given)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| failure("ArticleWidget.render was given something that is not a JSON object.".into()))?;
        return Ok((text, None));
    }
    if let Some(src) = super::attribute(host, Attribute::Src).filter(|s| !s.trim().is_empty()) {
        let url = web_sys::Url::new_with_base(&src, &document_base()).map(|u| u.href()).unwrap_or(src);
        let (text, content_type) = fetch(&url, timeout(host)).await?;
        return Ok((text, Some((url, content_type))));
    }
    if let Ok(Some(script)) = host.query_selector(ARTICLE_SCRIPT) {
        return Ok((script.text_content().unwrap_or_default(), None));
    }
    Err(failure(
        "No article given: set the element's src attribute, or put the JSON in a <script type=\"application/json\"> inside it."
            .into(),
    ))
}

/// The text of every `<script type="application/ld+json">` in the page.
fn page_json_ld() -> Vec<String> {
    let Ok(scripts) = leptos::prelude::document().query_selector_all("script[type='application/ld+json']") else {
        return Vec::new();
    };
    (0..scripts.length()).filter_map(|i| scripts.item(i)?.text_content()).collect()
}

fn document_base() -> String {
    leptos::prelude::document().base_uri().ok().flatten().unwrap_or_default()
}

fn timeout(host: &HtmlElement) -> u32 {
    timeout_ms(super::attribute(host, Attribute::Timeout).as_deref())
}

/// Makes the article's relative URLs absolute against the document they came
/// from, so `img/a.jpg` in `https://cdn.example/a.json` loads from the CDN,
/// not from the embedding page.
fn resolve_urls(parsed: &mut Parsed, base: &str) {
    // The resolver the CLI's prerender uses too, so both write the same URLs.
    parsed.article.resolve_urls(base);
}

/// Aborts its request when dropped.
struct AbortOnDrop(AbortController);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// A signal that aborts after `timeout_ms`, or when the guard returned with
/// it is dropped. Browsers without `AbortSignal.any` (before Safari 17.4,
/// Firefox 124) get the timeout alone and no guard.
fn timeout_or_drop(timeout_ms: u32) -> (AbortSignal, Option<AbortOnDrop>) {
    let timeout = AbortSignal::timeout_with_u32(timeout_ms);
    let has_any = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into())
        .and_then(|class| js_sys::Reflect::has(&class, &"any".into()))
        .unwrap_or(false);
    match AbortController::new() {
        Ok(controller) if has_any => {
            (AbortSignal::any(&js_sys::Array::of2(&timeout, &controller.signal())), Some(AbortOnDrop(controller)))
        }
        _ => (timeout, None),
    }
}

/// The body of `url` and its content type.
async fn fetch(url: &str, timeout_ms: u32) -> Result<(String, String), Failure> {
    // Held to the end: dropped with this future (the widget was removed,
    // destroyed or loads again), it aborts the download and the read.
    let mut _abort_on_drop = None;
    // The first load of a widget that was in the page when the module ran
    // finds its request already under way (js/prefetch.js), with the
    // same timeout signal; a retry or a later load asks afresh.
    let request = match take_prefetched(url, timeout_ms) {
        Some(request) => request,
        None => {
            let window = web_sys::window().ok_or_else(|| failure("No window to fetch from.".into()))?;
            let init = RequestInit::new();
            let (signal, guard) = timeout_or_drop(timeout_ms);
            _abort_on_drop = guard;
            init.set_signal(Some(&signal));
            window.fetch_with_str_and_init(url, &init)
        }
    };
    let response = JsFuture::from(request).await.map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string());
        if name.as_deref() == Some("TimeoutError") {
            // Tenths by integer arithmetic: formatting an f64 would compile
            // the float printer (about 11 KB) into the wasm for this one line.
            let tenths = timeout_ms.div_ceil(100);
            let seconds = match tenths % 10 {
                0 => format!("{}", tenths / 10),
                tenth => format!("{}.{tenth}", tenths / 10),
            };
            network_failure(format!("Could not load {url}: no answer within {seconds} seconds (timeout)."))
        } else {
            // A refused connection, a DNS failure, a CORS refusal and a
            // redirect to another origin that does not allow this page all
            // look the same from here: the browser does not say which.
            network_failure(format!(
                "Could not load {url}: the request failed (the server may be down, or it does not allow this site to read it)."
            ))
        }
    })?;
    let response: Response = response.unchecked_into();
    if !response.ok() {
        let message =
            format!("Could not load {url}: the server answered {} {}.", response.status(), response.status_text());
        // A 4xx other than a timeout or rate limit will answer the same again.
        let retry = response.status() >= 500 || matches!(response.status(), 408 | 429);
        return Err(Failure { message, path: None, retry });
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let declared = header("content-length").and_then(|n| n.parse::<usize>().ok());
    if let Some(size) = declared.filter(|&size| size > MAX_INPUT_BYTES) {
        return Err(crate::formats::Error::TooLarge { size, limit: MAX_INPUT_BYTES }.into());
    }
    let content_type = header("content-type").unwrap_or_default();
    let unreadable =
        |_: JsValue| network_failure(format!("Could not load {url}: the connection broke while reading the article."));
    let body = response.text().map_err(unreadable)?;
    let text = JsFuture::from(body).await.map_err(unreadable)?.as_string().ok_or_else(|| unreadable(JsValue::NULL))?;
    Ok((text, content_type))
}
