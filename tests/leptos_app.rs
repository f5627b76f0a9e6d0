//! The components as a Leptos library: another app puts `ArticleView` in its
//! own component tree (here rendered with `ssr`; `tests/web.rs` mounts the
//! same tree in the browser). Two articles side by side keep their own ids
//! and their own language's strings.
//!
//! The example app in `examples/leptos-app` is rendered here too, from the
//! same source file its Trunk build mounts (`e2e/leptos-app.test.mjs` opens
//! that build in Chromium).

use std::collections::BTreeSet;

use article_widget::components::ArticleView;
use article_widget::{parse_article, Article};
use leptos::prelude::*;

mod common;
use common::attribute_values;

#[path = "../examples/leptos-app/src/app.rs"]
mod example_app;

fn article(json: &str) -> Article {
    parse_article(json).unwrap().article
}

/// Someone else's page: their heading, then two of our articles.
#[component]
fn NewsPage(lead: Article, second: Article) -> impl IntoView {
    view! {
        <main>
            <h1>"Today"</h1>
            <ArticleView article=lead/>
            <ArticleView article=second/>
        </main>
    }
}

fn render_page() -> String {
    let lead = article(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/demo.json")).unwrap());
    let second = article(
        r#"{"headline": "Segunda noticia", "language": "es", "authors": [{"name": "Ana Ruiz"}],
            "body": [{"type": "paragraph", "text": "Texto."}, {"type": "ad"}],
            "trending": [{"url": "/t", "headline": "Tendencia"}]}"#,
    );
    Owner::new().with(|| view! { <NewsPage lead second/> }.to_html())
}

// Every id in the page is unique, and every reference points at one of them.
#[test]
fn two_articles_in_one_app_never_share_an_id() {
    let html = render_page();
    let ids = attribute_values(&html, "id");
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "repeated ids in {ids:?}");
    assert_eq!(ids.iter().filter(|id| id.ends_with("-headline")).count(), 2);
    for reference in attribute_values(&html, "aria-labelledby") {
        assert!(unique.contains(&reference), "aria-labelledby={reference} points nowhere");
    }
    for href in attribute_values(&html, "href").iter().filter_map(|h| h.strip_prefix('#')) {
        assert!(unique.iter().any(|id| id.as_str() == href), "href=#{href} points nowhere");
    }
}

// Each article names itself by its own headline, in its own language.
#[test]
fn each_article_keeps_its_own_headline_label_and_strings() {
    let html = render_page();
    let articles: Vec<&str> = html.split("<article").skip(1).collect();
    assert_eq!(articles.len(), 2);
    assert!(articles[0].contains("Carvela and Lusk") && articles[0].contains(" min read"));
    assert!(articles[1].contains("Segunda noticia") && articles[1].contains("min de lectura"));
    assert!(!articles[1].contains(" min read"), "the Spanish article took the English strings");
    for article in articles {
        let label = &attribute_values(article, "aria-labelledby")[0];
        assert!(article.contains(&format!(r#"id="{label}""#)));
    }
}

fn render_example_app() -> String {
    Owner::new().with(|| view! { <example_app::App/> }.to_html())
}

// The example app shows its own page around both stories: the native demo
// article and the WordPress post, each under the format it came from.
#[test]
fn the_example_app_renders_both_stories_in_its_own_layout() {
    let html = render_example_app();
    assert!(html.contains(r#"<p class="today-masthead__title">Today</p>"#));
    let articles: Vec<&str> = html.split("<article").skip(1).collect();
    assert_eq!(articles.len(), 2);
    assert!(articles[0].contains("Carvela and Lusk agree to reopen Sable Strait talks"));
    assert!(articles[1].contains("Halvard’s night ferry returns after a “trial” winter"));
    let sources = html.find("Native JSON").zip(html.find("WordPress REST API"));
    assert!(sources.is_some_and(|(native, wordpress)| native < wordpress), "the columns are in order");
    // Each article sits in an element of the root class its stylesheet's
    // rules hang from, and the stylesheet is on the page, unescaped.
    assert_eq!(html.matches(r#"<div class="aw">"#).count(), 2);
    assert!(html.contains(article_widget::STYLESHEET));
}

// The ids of the two stories never collide, and each names itself by its
// own headline.
#[test]
fn the_example_apps_stories_keep_their_own_ids() {
    let html = render_example_app();
    let ids = attribute_values(&html, "id");
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "repeated ids in {ids:?}");
    let headlines: Vec<&String> = ids.iter().filter(|id| id.ends_with("-headline")).collect();
    assert_eq!(headlines.len(), 2);
    for (article, headline) in html.split("<article").skip(1).zip(headlines) {
        assert_eq!(&attribute_values(article, "aria-labelledby")[0], headline);
    }
}

// The native article says its language; the WordPress post, whose API
// carries none, renders without a lang of its own (the page's applies) and
// with the English strings.
#[test]
fn the_example_apps_stories_keep_their_own_language() {
    let html = render_example_app();
    // The start tag of each <article>.
    let tags: Vec<&str> = html.split("<article").skip(1).map(|a| a.split('>').next().unwrap_or_default()).collect();
    assert!(tags[0].contains(r#"lang="en""#), "the native article says its language: {}", tags[0]);
    assert!(!tags[1].contains("lang="), "the WordPress post has no language: {}", tags[1]);
    assert!(html.split("<article").nth(2).is_some_and(|post| post.contains(" min read")));
}
