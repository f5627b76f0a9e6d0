//! Replays the seeds the fuzz targets start from, without libFuzzer: every
//! fixture through `pipeline`, every HTML fixture through every template of
//! `structured`. A real render that trips a check is a bug in the check or
//! in the widget; either way it is found here first.

use std::fs;
use std::path::{Path, PathBuf};

use article_widget_fuzz::structured::{structured, TEMPLATES};
use article_widget_fuzz::{check, pipeline};

fn fixtures(dir: &str, ext: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir);
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no .{ext} files under {dir}");
    out
}

#[test]
fn every_fixture_passes_the_pipeline() {
    for path in fixtures("fixtures", "json").into_iter().chain(fixtures("fixtures/html", "html")) {
        pipeline(&fs::read(&path).unwrap());
    }
}

#[test]
fn every_html_fixture_passes_every_template() {
    for path in fixtures("fixtures/html", "html") {
        let html = fs::read(&path).unwrap();
        for selector in 0..TEMPLATES.len() as u8 {
            let mut input = vec![selector];
            input.extend_from_slice(&html);
            structured(&input);
            // Two parts: the HTML in every other field, a link in the rest.
            input.extend_from_slice(b"\xffjavascript:alert(1)");
            structured(&input);
        }
    }
}

#[test]
fn the_demo_renders_links_images_and_text_the_checks_accept() {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/demo.json")).unwrap();
    let html = article_widget_fuzz::render_checked(article_widget::formats::parse(
        &text,
        article_widget::formats::Format::Auto,
        None,
    ));
    // The checks saw real tags with URLs, not an error card.
    assert!(html.contains("<a ") && html.contains("<img ") && html.contains("href=\"https://"), "{html}");
    assert_eq!(check::check_html(&html), Ok(()));
}

#[test]
fn every_template_is_a_valid_document_for_plain_text() {
    use article_widget::formats::{parse, Format};
    for selector in 0..TEMPLATES.len() {
        let parts = vec!["x".to_owned()];
        let text = article_widget_fuzz::structured::document_text(selector, &parts);
        let result = parse(&text, Format::Auto, None);
        let wanted_ok = !TEMPLATES[selector].ends_with("-error");
        assert_eq!(result.is_ok(), wanted_ok, "{}: {result:?}\n{text}", TEMPLATES[selector]);
    }
}

/// The checks see what the renderer writes (what both targets run first).
#[test]
fn the_self_test_passes() {
    article_widget_fuzz::self_test();
}
