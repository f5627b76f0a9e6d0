//! Validation: what a publisher's document turns into, and what they are
//! told when it is wrong.

use article_widget::model::limits::MAX_UPDATES;
use article_widget::model::{AdSize, Block, DateTime, Inline};
use article_widget::{parse_article, Error};

mod common;
use common::fixture;

fn parse(json: &str) -> article_widget::Parsed {
    parse_article(json).unwrap_or_else(|e| panic!("{e}"))
}

fn error(json: &str) -> Error {
    parse_article(json).expect_err("the document should be refused")
}

// The demo fixture maps field by field into the model, with nothing dropped.
#[test]
fn the_demo_fixture_parses_completely_and_without_warnings() {
    let parsed = parse(&fixture("demo.json"));
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze");
    assert_eq!(a.section.as_deref(), Some("Diplomacy"));
    assert_eq!(a.language.as_deref(), Some("en"));
    assert_eq!(a.site.as_ref().map(|s| s.name.as_str()), Some("The Meridian Ledger"));
    let hero = a.hero.as_ref().unwrap();
    assert_eq!((hero.width, hero.height), (Some(1200), Some(675)));
    assert!(!hero.alt.is_empty());
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.authors[0].stories.len(), 3);
    assert_eq!(a.authors[0].social.len(), 2);
    assert_eq!(a.trending.len(), 5);
    assert_eq!(a.related.len(), 5);
    let count = |f: fn(&Block) -> bool| a.body.iter().filter(|b| f(b)).count();
    assert_eq!(count(|b| matches!(b, Block::Story { .. })), 3);
    assert_eq!(count(|b| matches!(b, Block::Ad { .. })), 1);
    assert!(count(|b| matches!(b, Block::Heading { level: 2, .. })) >= 4);
    assert!(count(|b| matches!(b, Block::Quote { .. })) >= 2);
    assert!(a
        .body
        .iter()
        .any(|b| matches!(b, Block::Story { story } if story.kicker.as_deref().is_some_and(|k| k.starts_with('💣')))));
}

// A missing headline is an error that names article.headline.
#[test]
fn a_missing_headline_is_an_error_naming_its_path() {
    let e = error(&fixture("bad/missing-headline.json"));
    assert_eq!(e, Error::Missing { path: "article.headline".into() });
    assert_eq!(e.to_string(), "article.headline is required but missing");
}

// An empty headline is as bad as none.
#[test]
fn an_empty_headline_is_refused() {
    assert_eq!(error(r#"{"headline": "   "}"#).path(), Some("article.headline"));
}

// A wrong type names the path and both types.
#[test]
fn a_wrong_type_names_the_path_and_what_was_expected() {
    let e = error(&fixture("bad/wrong-type.json"));
    assert_eq!(e.to_string(), "article.authors[0].name should be a string, but is a number");
    assert_eq!(
        error(r#"{"headline": "h", "body": {}}"#).to_string(),
        "article.body should be an array, but is an object"
    );
    assert_eq!(error(r#"["headline"]"#).path(), Some("article"));
}

// Broken JSON gives its line and column.
#[test]
fn truncated_json_reports_line_and_column() {
    match error(&fixture("bad/not-json.json")) {
        Error::Syntax { line, column, .. } => assert!(line > 1 && column > 0),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

// Unknown block types are skipped with a warning; the blocks around them stay.
#[test]
fn an_unknown_block_type_is_skipped_and_reported() {
    let parsed = parse(&fixture("bad/unknown-block.json"));
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].path, "article.body[2].type");
    assert!(parsed.warnings[0].message.contains("\"poll\""));
    assert!(parsed.article.body.len() >= 2);
    assert!(parsed.article.body.iter().all(|b| matches!(b, Block::Paragraph { .. } | Block::Heading { .. })));
}

// An unparseable date is dropped with a warning; the article still renders.
#[test]
fn a_bad_date_is_dropped_with_a_warning() {
    let parsed = parse(&fixture("bad/bad-date.json"));
    assert_eq!(parsed.article.published, None);
    assert_eq!(parsed.warnings.len(), 1);
    assert_eq!(parsed.warnings[0].path, "article.published");
}

// Unsafe URLs never reach the model: the link, image or card goes, with a warning each.
#[test]
fn unsafe_urls_are_dropped_and_reported_by_path() {
    let parsed = parse(&fixture("bad/unsafe-urls.json"));
    let paths: Vec<&str> = parsed.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["article.hero.src", "article.authors[0].social[1].url", "article.related[1].url"]);
    let a = parsed.article;
    assert!(a.hero.is_none());
    let all_urls = serde_json::to_string(&a).unwrap().to_lowercase();
    for scheme in ["javascript:", "vbscript:", "data:"] {
        assert!(!all_urls.contains(scheme), "{scheme} survived");
    }
}

// A link with an unsafe href keeps its words as plain text.
#[test]
fn an_unsafe_inline_link_keeps_its_text() {
    let parsed = parse(
        r#"{"headline": "h", "body": [{"type": "paragraph", "content": ["see ", {"type": "link", "href": "javascript:x", "text": "this"}]}]}"#,
    );
    assert_eq!(
        parsed.article.body,
        vec![Block::Paragraph {
            content: vec![Inline::Text { text: "see ".into() }, Inline::Text { text: "this".into() }]
        }]
    );
    assert_eq!(parsed.warnings[0].path, "article.body[0].content[1].href");
}

// Ad slots are named in order, so the host knows which slot="ad-N" to fill.
#[test]
fn ad_slots_are_numbered_in_document_order() {
    let parsed = parse(
        r#"{"headline": "h", "body": [{"type": "ad"}, {"type": "paragraph", "text": "x"}, {"type": "ad", "size": "banner"}]}"#,
    );
    let slots: Vec<_> = parsed
        .article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Ad { slot, size } => Some((slot.as_str(), *size)),
            _ => None,
        })
        .collect();
    assert_eq!(slots, [("ad-1", AdSize::Rectangle), ("ad-2", AdSize::Banner)]);
}

// Documents over the size limit fail before parsing.
#[test]
fn an_oversized_document_fails_fast_with_the_limit() {
    let huge = format!(r#"{{"headline": "h", "dek": "{}"}}"#, "x".repeat(6 * 1024 * 1024));
    assert!(matches!(error(&huge), Error::TooLarge { limit, .. } if limit == 5 * 1024 * 1024));
}

// Deep nesting is refused, by serde_json's recursion limit or by the inline depth limit.
#[test]
fn deeply_nested_documents_are_refused_without_overflowing() {
    let deep = format!(r#"{{"headline": "h", "x": {}{}}}"#, "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(error(&deep), Error::Syntax { .. }));
    let mut run = r#""text""#.to_owned();
    for _ in 0..12 {
        run = format!(r#"{{"type": "em", "content": [{run}]}}"#);
    }
    let nested = format!(r#"{{"headline": "h", "body": [{{"type": "paragraph", "content": [{run}]}}]}}"#);
    assert!(error(&nested).to_string().contains("nested more than 8 levels"));
}

// Card lists over their cap are cut with a warning, not refused.
#[test]
fn too_many_trending_stories_are_truncated_with_a_warning() {
    let cards: Vec<String> = (0..15).map(|i| format!(r#"{{"url": "/s/{i}", "headline": "Story {i}"}}"#)).collect();
    let parsed = parse(&format!(r#"{{"headline": "h", "trending": [{}]}}"#, cards.join(",")));
    assert_eq!(parsed.article.trending.len(), 10);
    assert_eq!(parsed.warnings[0].path, "article.trending");
}

// More body blocks than the limit is an error naming the count.
#[test]
fn more_blocks_than_the_limit_is_an_error() {
    let blocks = vec![r#"{"type":"paragraph","text":"x"}"#; 10_001].join(",");
    let e = error(&format!(r#"{{"headline": "h", "body": [{blocks}]}}"#));
    assert_eq!(e.path(), Some("article.body"));
    assert!(e.to_string().contains("10001 blocks"));
}

// A live update block is read as written, each field optional, and the
// body holds at most MAX_UPDATES of them; the next is refused by its path.
#[test]
fn live_update_blocks_are_read_and_bounded() {
    let parsed = parse(
        r#"{"headline": "h", "body": [{"type": "update", "published": "2026-11-18T16:40:00+01:00",
            "headline": "Latest", "url": "https://news.example/live#u5"}, {"type": "update"}]}"#,
    );
    assert_eq!(parsed.warnings, vec![]);
    let published = DateTime::parse("2026-11-18T16:40:00+01:00").ok();
    assert_eq!(
        parsed.article.body,
        [
            Block::Update {
                published,
                headline: Some("Latest".into()),
                url: Some("https://news.example/live#u5".into())
            },
            Block::Update { published: None, headline: None, url: None }
        ]
    );
    let updates = vec![r#"{"type":"update","headline":"u"}"#; MAX_UPDATES + 1].join(",");
    let e = error(&format!(r#"{{"headline": "h", "body": [{{"type":"paragraph","text":"x"}},{updates}]}}"#));
    assert_eq!(e.path(), Some(format!("article.body[{}]", MAX_UPDATES + 1).as_str()));
    assert!(e.to_string().ends_with(&format!("more than {MAX_UPDATES} live updates")), "{e}");
}

// Headings are h2 or h3 only, under the widget's own h1.
#[test]
fn a_heading_level_outside_2_and_3_is_refused() {
    let e = error(r#"{"headline": "h", "body": [{"type": "heading", "level": 1, "text": "x"}]}"#);
    assert_eq!(e.path(), Some("article.body[0].level"));
}

// Reading time counts the words of the body at 230 a minute.
#[test]
fn reading_time_follows_the_word_count() {
    let words = vec!["word"; 700].join(" ");
    let parsed = parse(&format!(r#"{{"headline": "h", "body": [{{"type": "paragraph", "text": "{words}"}}]}}"#));
    assert_eq!(parsed.article.reading_minutes(), 4);
    assert_eq!(parse(r#"{"headline": "h"}"#).article.reading_minutes(), 1);
}
