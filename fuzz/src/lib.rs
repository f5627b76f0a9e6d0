//! What the fuzz targets run, as plain functions, so that `cargo test` here
//! can check the checks and replay the seeds without libFuzzer.
//!
//! Both targets end in [`render_checked`]: a document goes through the
//! crate's public API — detect, adapt, validate (`formats::parse`), then
//! `render_to_html` of the article, or of the error card when the document
//! is refused — and the HTML must hold every invariant in [`check`]. A
//! broken invariant panics, which libFuzzer reports as a crash.

pub mod check;
pub mod structured;

use article_widget::formats::{self, Format};
use article_widget::{render_to_html, Error, Parsed, WidgetState};

/// The formats a document is read as: `auto` first, as the element's
/// default, then each named one, as a page's `format` attribute may force.
pub fn all_formats() -> impl Iterator<Item = Format> {
    Format::NAMES.iter().map(|(format, _)| *format)
}

/// Renders what the widget shows for `result` and checks the HTML; panics
/// with the violation and the HTML if an invariant is broken.
pub fn render_checked(result: Result<Parsed, Error>) -> String {
    let state = match result {
        Ok(parsed) => WidgetState::Ready(parsed.article),
        Err(error) => WidgetState::Failed(error.into()),
    };
    let html = render_to_html(&state);
    if let Err(violation) = check::check_html(&html) {
        panic!("invariant violated: {violation}\n--- rendered HTML ---\n{html}\n--- end ---");
    }
    html
}

/// Proves, before any fuzzing, that the checks see what the renderer
/// writes: articles that skipped validation, rendered for real, must each
/// break an invariant, and markup-like text must not. A check that passed
/// everything would make every fuzzing run green; this makes such a run
/// fail at once. Both targets call it from libFuzzer's `init`.
pub fn self_test() {
    use article_widget::model::{Article, Block, Image, Inline};

    let article = |body: Vec<Block>| Article { body, ..Article::new("H") };
    let text = |text: &str| vec![Inline::Text { text: text.into() }];
    let link = |href: &str| Block::Paragraph { content: vec![Inline::Link { href: href.into(), content: text("x") }] };
    let image = |src: &str| Block::Figure { image: Image::new(src.into(), String::new()), link: None };
    for (body, what) in [
        (link("javascript:alert(1)"), "a javascript: link"),
        (link(" \tJaVa\nScRiPt:alert(1)"), "a disguised javascript: link"),
        (image("data:image/svg+xml,x"), "a data: image"),
        (image("mailto:a@b.c"), "a mailto: image"),
    ] {
        let html = render_to_html(&WidgetState::Ready(article(vec![body])));
        assert!(check::check_html(&html).is_err(), "self-test: the checks missed {what} in {html}");
    }
    let html = render_to_html(&WidgetState::Ready(article(vec![Block::Paragraph {
        content: text("<script>alert(1)</script><img src=x onerror=y> <svg onload=x> &colon; java&#x9;script:"),
    }])));
    assert_eq!(check::check_html(&html), Ok(()), "self-test: escaped text refused in {html}");
    for html in [
        r#"<p><SCRIPT>x</SCRIPT>"#,
        r#"<img src="a.png" onerror="x">"#,
        r#"<p style="x">"#,
        r#"<a href="java&#x9;script:x">"#,
    ] {
        assert!(check::check_html(html).is_err(), "self-test: the checks missed {html}");
    }
}

/// The `pipeline` target: any bytes as the body of the fetched document
/// (decoded as `Response.text()` does, lossily), read as every format.
pub fn pipeline(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    render_checked(formats::parse(&text, Format::Auto, None));
    // The other formats and the page's JSON-LD, only for JSON: anything
    // else fails in the same JSON parser as above.
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else { return };
    for format in all_formats().filter(|f| *f != Format::Auto) {
        render_checked(formats::adapt(&value, format, None));
    }
    // A feed or list entry other than the first, by index and by id.
    render_checked(formats::adapt(&value, Format::Auto, Some("1")));
    render_checked(formats::parse_page_json_ld(&[text.into_owned()]));
}
