//! `schema/article.schema.json` publishes the native article format. These
//! tests keep it honest against the validator in `src/model/validate.rs`:
//! the fixtures pass it, it is itself a valid draft 2020-12 schema, and what
//! the validator refuses or warns about, the schema refuses too.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

use std::path::{Path, PathBuf};

use article_widget::parse_article;

mod common;
use boon::{Compiler, Schemas};
use common::schema::{article_schema, schema_document, schema_errors, DRAFT_2020_12, SCHEMA_ID};
use serde_json::{json, Value};

fn fixture_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// A document using every part of the format, which the validator accepts
/// without a single warning. Each case below changes one thing in it, so a
/// rejection is down to that change and nothing else.
fn clean_document() -> Value {
    json!({
        "id": "a-1",
        "url": "https://news.example/world/a-1",
        "site": { "name": "The Example", "url": "https://news.example/" },
        "section": "World",
        "headline": "Talks resume after eight months",
        "dek": "Negotiators meet next month.",
        "published": "2026-11-20T08:30:00Z",
        "updated": "2026-11-20",
        "language": "en-GB",
        "hero": {
            "src": "https://img.news.example/hero.jpg",
            "alt": "An empty conference table",
            "width": 1200,
            "height": 675,
            "srcset": [{ "url": "https://img.news.example/hero-600.jpg", "width": 600 }, { "url": "/hero.jpg", "width": 1200 }],
            "sizes": "(max-width: 600px) 100vw, 600px",
            "caption": "The room is ready.",
            "credit": "Photo: A. Person"
        },
        "authors": [{
            "name": "Ana Lima",
            "role": "Diplomatic correspondent",
            "bio": "Ana covers diplomacy.",
            "avatar": "/img/ana.jpg",
            "url": "/authors/ana",
            "social": [{ "label": "Mastodon", "url": "https://social.example/@ana" }],
            "stories": [{ "url": "/world/a-0", "headline": "Talks stall" }]
        }],
        "body": [
            { "type": "paragraph", "text": "Plain text." },
            { "type": "paragraph", "content": [
                "A ",
                { "type": "em", "text": "formatted" },
                " ",
                { "type": "link", "href": "/more", "content": [{ "type": "strong", "text": "link" }] },
                { "type": "br" },
                { "type": "code", "text": "x = 1" },
                { "type": "text", "text": "." },
                { "type": "sup", "text": "1" },
                { "type": "sub", "content": ["2"] }
            ] },
            { "type": "heading", "level": 3, "text": "What comes next" },
            { "type": "quote", "text": "We are ready.", "attribution": "A minister", "pull": true },
            { "type": "list", "ordered": true, "items": ["One", [{ "type": "em", "text": "Two" }]] },
            { "type": "figure", "image": { "src": "/img/map.jpg", "alt": "" } },
            { "type": "story", "story": { "url": "/world/a-2", "headline": "Background", "kicker": "Analysis", "date": "2026-11-19" } },
            { "type": "ad", "size": "banner" },
            { "type": "divider" },
            { "type": "gallery", "caption": "Two rooms", "items": [
                { "image": { "src": "/img/g1.jpg", "alt": "One", "caption": "The first" }, "link": "/img/g1-full.jpg" },
                { "image": { "src": "/img/g2.jpg", "alt": "" } }
            ] },
            { "type": "details", "summary": "How was it measured?", "paragraphs": ["By hand.", [{ "type": "em", "text": "Twice" }]] },
            { "type": "callout", "label": "Note", "paragraphs": ["Provisional."] }
        ],
        "related": [{
            "url": "/world/a-3",
            "headline": "Related",
            "image": { "src": "/img/r.jpg", "alt": "A harbour" },
            "summary": "More."
        }],
        "trending": [{ "url": "/world/a-4", "headline": "Trending" }]
    })
}

/// Sets the value at a JSON pointer (appending when the index is one past the
/// end of an array), or removes it when `value` is `None`.
fn change(doc: &mut Value, pointer: &str, value: Option<Value>) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer with a /");
    let parent = doc.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent} in the clean document"));
    match (parent, value) {
        (Value::Object(map), Some(value)) => {
            map.insert(key.to_owned(), value);
        }
        (Value::Object(map), None) => {
            map.remove(key).unwrap_or_else(|| panic!("nothing at {pointer} to remove"));
        }
        (Value::Array(items), Some(value)) => {
            let i: usize = key.parse().expect("an array index");
            if i == items.len() {
                items.push(value);
            } else {
                items[i] = value;
            }
        }
        (Value::Array(items), None) => {
            items.remove(key.parse().expect("an array index"));
        }
        _ => panic!("{pointer} is not inside an object or array"),
    }
}

// Every fixtures/*.json file is a correct article: the schema accepts it (and there is at least one).
#[test]
fn every_fixture_validates_against_the_schema() {
    let files = fixture_files();
    assert!(!files.is_empty(), "fixtures/ holds no .json files, so there is nothing to check the schema against");
    let (schemas, index) = article_schema();
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
        if let Some(errors) = schema_errors(&schemas, index, &doc) {
            failures.push(format!("{}:\n{errors}", path.display()));
        }
    }
    assert!(failures.is_empty(), "fixtures the schema rejects:\n\n{}", failures.join("\n\n"));
}

// The schema declares draft 2020-12 and its $id, passes the 2020-12 metaschema, and compiles.
#[test]
fn the_schema_is_itself_valid_draft_2020_12_json_schema() {
    let schema = schema_document();
    assert_eq!(schema["$schema"], DRAFT_2020_12);
    assert_eq!(schema["$id"], SCHEMA_ID);
    assert!(schema["title"].as_str().is_some_and(|t| !t.is_empty()), "the schema has no title");

    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    // Format assertions on, so every `pattern` is also checked as a regex.
    compiler.enable_format_assertions();
    let meta = compiler.compile(DRAFT_2020_12, &mut schemas).expect("boon ships the 2020-12 metaschema");
    if let Err(e) = schemas.validate(&schema, meta) {
        panic!("schema/article.schema.json fails the draft 2020-12 metaschema:\n{e:#}");
    }
    article_schema();
}

// The validator accepts the clean document with no warnings, and so does the schema.
#[test]
fn a_document_the_validator_accepts_cleanly_passes_the_schema() {
    let (schemas, index) = article_schema();
    let mut cases: Vec<(&str, Value)> =
        vec![("the clean document", clean_document()), ("only a headline", json!({ "headline": "Just this" }))];
    let variants: Vec<(&str, &str, Value)> = vec![
        ("null for an optional field", "/dek", Value::Null),
        ("null for an optional object", "/site", Value::Null),
        ("null for an optional list", "/authors", Value::Null),
        ("an empty optional string", "/section", json!("")),
        ("an empty optional date", "/updated", json!("")),
        ("a leap day with seconds, fraction and offset", "/published", json!("2024-02-29T23:59:60.5-03:30")),
        ("an upper-case https URL", "/url", json!("HTTPS://news.example/a-1")),
        ("a mailto link", "/authors/0/social/0/url", json!("mailto:ana@news.example")),
        ("a fragment link", "/body/1/content/3/href", json!("#footnote")),
        ("a heading level left to default", "/body/2/level", Value::Null),
        ("an ad size left to default", "/body/7/size", Value::Null),
        ("the largest image", "/hero/width", json!(20000)),
        ("a multi-part language tag", "/language", json!("zh-Hant-TW")),
        ("paragraph text given as runs", "/body/0/text", json!(["Plain ", { "type": "strong", "content": "text" }])),
        ("null text beside content", "/body/0", json!({ "type": "paragraph", "text": null, "content": "Plain." })),
        ("a linked figure", "/body/5/link", json!("https://news.example/map-full.jpg")),
        ("a null figure link", "/body/5/link", Value::Null),
        ("a srcset URL with a comma inside", "/hero/srcset/0/url", json!("/hero,600.jpg")),
        ("a null srcset", "/hero/srcset", Value::Null),
        ("a null gallery caption", "/body/9/caption", Value::Null),
        ("a callout without a label", "/body/11/label", Value::Null),
        ("a details with no paragraphs", "/body/10/paragraphs", Value::Null),
    ];
    for (what, pointer, value) in variants {
        let mut doc = clean_document();
        change(&mut doc, pointer, Some(value));
        cases.push((what, doc));
    }
    for (what, doc) in cases {
        match parse_article(&doc.to_string()) {
            Ok(parsed) => assert!(parsed.warnings.is_empty(), "{what}: the validator warns: {:?}", parsed.warnings),
            Err(e) => panic!("{what}: the validator refuses it: {e}"),
        }
        if let Some(errors) = schema_errors(&schemas, index, &doc) {
            panic!("{what}: the validator accepts it but the schema rejects it:\n{errors}");
        }
    }
}

// What the validator refuses, or only accepts with a warning, the schema rejects.
#[test]
fn documents_the_validator_refuses_or_warns_about_fail_the_schema_too() {
    let (schemas, index) = article_schema();
    let card = json!({ "url": "/s", "headline": "A story" });
    let cases: Vec<(&str, &str, Option<Value>)> = vec![
        ("a missing headline", "/headline", None),
        ("a blank headline", "/headline", Some(json!(" \u{3000} "))),
        ("an author name that is a number", "/authors/0/name", Some(json!(42))),
        ("a heading level of 4", "/body/2/level", Some(json!(4))),
        ("a heading level given as a string", "/body/2/level", Some(json!("2"))),
        ("a block of an unknown type", "/body/11", Some(json!({ "type": "poll", "question": "Yes?" }))),
        ("a date in the wrong form", "/published", Some(json!("31/11/2026"))),
        ("a date that does not exist", "/updated", Some(json!("2023-02-29"))),
        ("an image width of 0", "/hero/width", Some(json!(0))),
        ("an image width over 20000", "/hero/height", Some(json!(20001))),
        ("a fractional image width", "/hero/width", Some(json!(1.5))),
        ("an image without alt text", "/body/5/image/alt", None),
        ("a data: image", "/hero/src", Some(json!("data:image/png;base64,AAAA"))),
        ("a mailto: avatar", "/authors/0/avatar", Some(json!("mailto:ana@news.example"))),
        ("a javascript: link", "/body/1/content/3/href", Some(json!("javascript:alert(1)"))),
        ("a javascript: link hidden by a tab", "/body/1/content/3/href", Some(json!("java\tscript:alert(1)"))),
        ("a javascript: link after a wide space", "/url", Some(json!("\u{3000}javascript:alert(1)"))),
        ("a link without href", "/body/1/content/3/href", None),
        ("a text run of an unknown type", "/body/1/content/1/type", Some(json!("underline"))),
        ("a paragraph with neither text nor content", "/body/0/text", None),
        ("a story card without a URL", "/related/0/url", None),
        ("a figure without an image", "/body/5/image", None),
        ("a details without a summary", "/body/10/summary", None),
        ("a details with a blank summary", "/body/10/summary", Some(json!(" "))),
        ("a callout paragraph that is a number", "/body/11/paragraphs/0", Some(json!(3))),
        ("an unknown ad size", "/body/7/size", Some(json!("skyscraper"))),
        ("a language that is not a tag", "/language", Some(json!("en_US"))),
        ("more than 10 trending stories", "/trending", Some(Value::Array(vec![card; 11]))),
        ("a javascript: srcset candidate", "/hero/srcset/0/url", Some(json!("javascript:alert(1)"))),
        ("a srcset URL with a space", "/hero/srcset/0/url", Some(json!("/hero 600.jpg"))),
        ("a srcset URL ending in a comma", "/hero/srcset/1/url", Some(json!("/hero.jpg,"))),
        ("a srcset URL after a byte-order mark", "/hero/srcset/0/url", Some(json!("\u{feff}javascript:alert(1)"))),
        ("a srcset candidate without a width", "/hero/srcset/0/width", None),
        ("a srcset candidate 0 wide", "/hero/srcset/0/width", Some(json!(0))),
        (
            "more than 16 srcset candidates",
            "/hero/srcset",
            Some(Value::Array((1..=17).map(|w| json!({ "url": format!("/h{w}.jpg"), "width": w })).collect())),
        ),
        ("a javascript: figure link", "/body/5/link", Some(json!("javascript:alert(1)"))),
        ("a gallery without pictures", "/body/9/items", Some(json!([]))),
        ("a gallery picture without an image", "/body/9/items/1/image", None),
        ("a gallery picture with a javascript: link", "/body/9/items/0/link", Some(json!("javascript:alert(1)"))),
    ];
    for (what, pointer, value) in cases {
        let mut doc = clean_document();
        change(&mut doc, pointer, value);
        if let Ok(parsed) = parse_article(&doc.to_string()) {
            assert!(
                !parsed.warnings.is_empty(),
                "{what}: the validator accepts it without a warning, so it is no test of the schema"
            );
        }
        assert!(
            schema_errors(&schemas, index, &doc).is_some(),
            "{what}: the validator refuses it but the schema accepts it"
        );
    }
}
