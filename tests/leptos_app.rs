//! The components as a Leptos library: another app puts `ArticleView` in its
//! own component tree (here rendered with `ssr`; `tests/web.rs` mounts the
//! same tree in the browser). Two articles side by side keep their own ids
//! and their own language's strings.

use std::collections::BTreeSet;

use article_widget::components::ArticleView;
use article_widget::{parse_article, Article};
use leptos::prelude::*;

mod common;
use common::attribute_values;

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
