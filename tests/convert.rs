//! One wire format: an article written as JSON (`article-widget convert`,
//! `formats::to_native_json`) is exactly the native format. Every fixture of
//! every format, converted and read back as native JSON, gives the same
//! article, renders the same HTML, warns about nothing and passes the
//! published schema.

use std::path::{Path, PathBuf};

use article_widget::formats::{parse, to_native_json, Format};
use article_widget::{parse_article, render_to_html, WidgetState};

mod common;
use common::schema::{article_schema, schema_errors};

/// Folders of `fixtures/` that hold no readable article: broken documents,
/// HTML bodies, images.
const NOT_ARTICLES: [&str; 3] = ["bad", "html", "img"];

/// Every document under `fixtures/` that some format accepts: the native
/// ones at the top level and every format's folder, found by listing, so a
/// new format's fixtures are round-tripped without a change here.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs = vec![root.clone()];
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() && !NOT_ARTICLES.contains(&name.as_str()) {
            dirs.push(path);
        }
    }
    let mut files = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn render(article: &article_widget::Article) -> String {
    render_to_html(&WidgetState::Ready(article.clone()))
}

// Converting is lossless: what the adapters read is what the native reader
// reads back, field for field, and the reader has nothing to warn about.
#[test]
fn every_fixture_converts_to_native_json_that_reads_back_as_the_same_article() {
    let (schemas, index) = article_schema();
    let documents = documents();
    assert!(documents.len() >= 14, "found only {} fixtures", documents.len());
    for path in documents {
        let name = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let original = parse(&text, Format::Auto, None).unwrap_or_else(|e| panic!("{name}: {e}")).article;
        let converted = to_native_json(&original);
        let back = parse_article(&converted).unwrap_or_else(|e| panic!("{name}: converted JSON refused: {e}"));
        assert_eq!(back.warnings, [], "{name}: reading the converted JSON warned");
        assert_eq!(back.article, original, "{name}: the article changed on the way");
        assert_eq!(render(&back.article), render(&original), "{name}: the rendering changed");
        let value: serde_json::Value = serde_json::from_str(&converted).unwrap();
        assert_eq!(schema_errors(&schemas, index, &value), None, "{name}: converted JSON fails the schema");
    }
}

/// Every block type, every text run type and every optional field once, so
/// the round trip covers what the fixtures leave out.
const EVERY_PART: &str = r#"{
  "id": "a-1", "url": "https://news.example/a-1", "site": {"name": "The Example", "url": "https://news.example/"},
  "section": "World", "headline": "Every part", "dek": "A dek.", "published": "2026-11-20T08:30:00Z",
  "updated": "2026-11-21", "language": "en-GB",
  "hero": {"src": "https://news.example/h.jpg", "alt": "A harbour", "width": 1200, "height": 800,
           "srcset": [{"url": "https://news.example/h-600.jpg", "width": 600}, {"url": "/h-1200.jpg", "width": 1200}],
           "sizes": "(max-width: 600px) 100vw, 600px", "caption": "The harbour.", "credit": "A. Photographer"},
  "authors": [{"name": "A. Writer", "role": "Correspondent", "bio": "Writes.", "avatar": "/a.png",
               "url": "/people/a", "social": [{"label": "Mastodon", "url": "https://social.example/@a"}],
               "stories": [{"url": "/s/1", "headline": "One", "kicker": "K", "date": "2026-11-01",
                            "summary": "S.", "image": {"src": "/i.jpg", "alt": ""}}]}],
  "body": [
    {"type": "paragraph", "content": ["Plain ", {"type": "em", "content": ["em"]}, {"type": "strong", "text": "strong"},
      {"type": "code", "text": "x < y"}, {"type": "sup", "content": ["2"]}, {"type": "sub", "content": ["i"]},
      {"type": "br"}, {"type": "link", "href": "https://ex.test/", "content": ["a link"]}]},
    {"type": "heading", "level": 3, "text": "Minor"},
    {"type": "quote", "content": ["Said."], "attribution": "Someone", "pull": true},
    {"type": "quote", "paragraphs": ["First.", ["Second, ", {"type": "em", "text": "with"}, " more."]]},
    {"type": "list", "ordered": true, "items": ["one", ["two ", {"type": "em", "content": ["b"]}],
      {"content": ["three, with"], "list": {"items": ["a", {"content": ["b"], "list": {"ordered": true, "items": ["i"]}}]}}]},
    {"type": "figure", "image": {"src": "/f.jpg", "alt": "F", "caption": "Cap"}, "link": "https://ex.test/f-full.jpg"},
    {"type": "gallery", "caption": "Three piers.", "items": [
      {"image": {"src": "/g1.jpg", "alt": "One", "caption": "North"}, "link": "/g1-full.jpg"},
      {"image": {"src": "/g2.jpg", "alt": "", "srcset": [{"url": "/g2-300.jpg", "width": 300}]}},
      {"image": {"src": "/g3.jpg", "alt": "Three", "width": 900, "height": 600}, "link": "https://ex.test/3"}]},
    {"type": "story", "story": {"url": "/s/2", "headline": "Two", "kicker": "💣 Analysis", "summary": "About two.", "publisher": "Elsewhere"}},
    {"type": "ad", "size": "banner"},
    {"type": "divider"},
    {"type": "code", "text": "fn main() {\n    println!(\"<b>&amp;</b>\");\n}", "language": "rust"},
    {"type": "table", "caption": "Ranges", "head": [["Model", {"text": "Range", "colspan": 2}]],
     "rows": [[{"text": "A", "header": true, "rowspan": 2}, "300 km", ["on ", {"type": "em", "text": "one"}, " charge"]],
              ["410 km", {"content": []}]]},
    {"type": "embed", "embed": {"url": "https://www.youtube.com/watch?v=aBcDeFgHiJk", "title": "Trials", "caption": "Day two."}},
    {"type": "embed", "embed": {"url": "https://x.com/desk/status/1", "text": "Back on time.\nMore later.", "author": "Desk (@desk)"}},
    {"type": "video", "video": {"src": "/v/trials.mp4", "encodingFormat": "video/mp4", "title": "Trials", "poster": "/v/trials.jpg",
      "width": 1280, "height": 720, "caption": "Day two.",
      "tracks": [{"src": "/v/trials.en.vtt", "kind": "captions", "srclang": "en", "label": "English"}]}},
    {"type": "audio", "audio": {"src": "/a/briefing.mp3", "title": "The morning briefing"}},
    {"type": "details", "summary": "How was this measured?", "paragraphs": ["By hand.", ["Then ", {"type": "em", "text": "checked"}, "."]], "open": true},
    {"type": "callout", "label": "💡", "paragraphs": [["A tip with ", {"type": "strong", "text": "bold"}, "."]]},
    {"type": "callout", "paragraphs": ["No label."]},
    {"type": "update", "published": "2026-11-20T09:15:00+01:00", "headline": "Latest", "url": "https://news.example/a-1#u2"},
    {"type": "paragraph", "text": "The update's text."},
    {"type": "update"}
  ],
  "related": [{"url": "/s/3", "headline": "Three"}],
  "trending": [{"url": "/s/4", "headline": "Four"}]
}"#;

// Nothing the native format can say is lost on the way out and back.
#[test]
fn a_document_with_every_part_survives_the_round_trip() {
    let original = parse_article(EVERY_PART).unwrap();
    assert_eq!(original.warnings, []);
    let converted = to_native_json(&original.article);
    let back = parse_article(&converted).unwrap();
    assert_eq!(back.warnings, []);
    assert_eq!(back.article, original.article);
    let (schemas, index) = article_schema();
    let value: serde_json::Value = serde_json::from_str(&converted).unwrap();
    assert_eq!(schema_errors(&schemas, index, &value), None);
}

/// The `type` values of every object in `value`, however deep.
fn types_in(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(kind)) = map.get("type") {
                out.insert(kind.clone());
            }
            map.values().for_each(|v| types_in(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| types_in(v, out)),
        _ => {}
    }
}

// The every-part document is only worth its name if it holds every block and
// text run type the published schema lists: a new type in the schema fails
// here until the round trip covers it too.
#[test]
fn the_every_part_document_holds_every_type_the_schema_lists() {
    let schema = common::schema::schema_document();
    let mut listed = std::collections::BTreeSet::new();
    for def in ["block", "inline"] {
        let kinds = schema["$defs"][def]["properties"]["type"]["enum"].as_array().unwrap_or_else(|| panic!("{def}"));
        listed.extend(kinds.iter().filter_map(|k| k.as_str().map(str::to_owned)));
    }
    let mut used = std::collections::BTreeSet::new();
    types_in(&serde_json::from_str(EVERY_PART).unwrap(), &mut used);
    // Plain strings are text runs too; the document uses both forms.
    used.insert("text".to_owned());
    assert_eq!(used, listed);
}

// Formatting survives: the demo's emphasis, superscripts and line breaks are
// written with the native format's own type names, not serde's variant names.
#[test]
fn converted_json_names_text_runs_as_the_native_format_does() {
    let demo = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/demo.json")).unwrap();
    let converted = to_native_json(&parse_article(&demo).unwrap().article);
    for native in [r#""type": "em""#, r#""type": "link""#, r#""type": "quote""#, r#""type": "ad""#] {
        assert!(converted.contains(native), "{native} missing");
    }
    for serde_name in ["emphasis", "superscript", "line_break", r#""slot""#, "null"] {
        assert!(!converted.contains(serde_name), "{serde_name} written");
    }
}

// The CLI prints the same document, and its warnings go to standard error.
#[test]
fn the_convert_command_prints_native_json() {
    let feed = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/jsonfeed/feed-1.1.json");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_article-widget"))
        .args(["convert", feed, "--item", "1"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed = String::from_utf8(output.stdout).unwrap();
    let expected = parse(&std::fs::read_to_string(feed).unwrap(), Format::JsonFeed, Some("1")).unwrap().article;
    assert_eq!(parse_article(&printed).unwrap().article, expected);
}
