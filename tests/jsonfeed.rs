//! JSON Feed 1.1 and 1.0: which item becomes the article, what it carries
//! over, and what a publisher is told when the feed is wrong.

use article_widget::formats::{detect, parse, Format};
use article_widget::model::limits::{MAX_AUTHORS, MAX_RELATED};
use article_widget::model::{Article, Block, Inline, Media, UrlKind};
use article_widget::{render_to_html, Error, Parsed, WidgetState};

mod common;
use common::{body_text, fixture, warned};

fn feed(json: &str, item: Option<&str>) -> Parsed {
    parse(json, Format::JsonFeed, item).unwrap_or_else(|e| panic!("{e}"))
}

fn feed_error(json: &str, item: Option<&str>) -> Error {
    parse(json, Format::JsonFeed, item).expect_err("the document should be refused")
}

fn paragraph(block: &Block) -> Option<String> {
    match block {
        Block::Paragraph { content } => {
            let mut out = String::new();
            content.iter().for_each(|i| i.plain_text(&mut out));
            Some(out)
        }
        _ => None,
    }
}

// The first item of a 1.1 feed maps field by field; the feed is its site.
#[test]
fn the_first_item_of_a_feed_maps_field_by_field() {
    let parsed = feed(&fixture("jsonfeed/feed-1.1.json"), None);
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Sea wall holds as the January storm surge tops the spring tide");
    assert_eq!(
        a.dek.as_deref(),
        Some("Water reached the top step of the promenade, but the new flood gates kept the old town dry.")
    );
    assert_eq!(a.id.as_deref(), Some("https://harbourside-notes.example/2026/01/storm-surge-sea-wall"));
    assert_eq!(a.url.as_deref(), Some("https://harbourside-notes.example/2026/01/storm-surge-sea-wall"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-01-18T21:05:00Z"));
    assert_eq!(a.updated.as_ref().map(|d| d.as_str()), Some("2026-01-19T07:30:00Z"));
    // The item's own language wins over the feed's.
    assert_eq!(a.language.as_deref(), Some("en-GB"));
    assert_eq!(a.section.as_deref(), Some("Weather"));
    let site = a.site.as_ref().unwrap();
    assert_eq!(
        (site.name.as_str(), site.url.as_deref()),
        ("Harbourside Notes", Some("https://harbourside-notes.example/"))
    );
    let hero = a.hero.as_ref().unwrap();
    assert_eq!((hero.src.as_str(), hero.alt.as_str()), ("../img/harbour.svg", ""));

    assert_eq!(a.authors.len(), 1);
    let author = &a.authors[0];
    assert_eq!(author.name, "Maren Holt");
    assert_eq!(author.url.as_deref(), Some("https://harbourside-notes.example/people/maren-holt"));
    assert_eq!(author.avatar.as_deref(), Some("../img/avatar.svg"));
    assert_eq!((author.role.as_ref(), author.bio.as_ref()), (None, None));

    // content_html goes through the HTML converter; its text all arrives.
    let text = body_text(&a);
    for words in [
        "The surge arrived an hour before high water",
        "The flood gates",
        "Ten years ago the fish market",
        "What comes next",
        "story of how the gates were built",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    // Its structure survives: subheadings, the quote, the link.
    let count = |f: fn(&Block) -> bool| a.body.iter().filter(|b| f(b)).count();
    assert_eq!(count(|b| matches!(b, Block::Heading { level: 2, .. })), 2, "{:?}", a.body);
    assert_eq!(count(|b| matches!(b, Block::Quote { .. })), 1);
    assert!(a.body.iter().any(|b| matches!(b, Block::Paragraph { content }
        if content.iter().any(|i| matches!(i, Inline::Link { href, .. } if href == "https://harbourside-notes.example/2025/10/flood-gates-finished")))));
    assert!(paragraph(&a.body[0])
        .unwrap()
        .starts_with("The surge arrived an hour before high water on Sunday evening"));

    // The other three items are the related stories.
    assert_eq!(a.related.len(), 3);
    let card = &a.related[0];
    assert_eq!(card.url, "https://harbourside-notes.example/2026/01/ferry-timetable");
    assert_eq!(card.headline, "Winter ferry timetable cut to four crossings a day");
    assert_eq!(card.summary.as_deref(), Some("The island service drops its early and late runs until March."));
    assert_eq!(card.date.as_ref().map(|d| d.as_str()), Some("2026-01-12T09:00:00Z"));
    assert_eq!(card.image.as_ref().map(|i| i.src.as_str()), Some("../img/card-ship.svg"));
    assert_eq!(a.related[2].image, None);
    assert!(a.trending.is_empty());
}

// content_text becomes paragraphs; an item without authors takes the feed's.
#[test]
fn a_text_item_gets_paragraphs_and_the_feeds_authors() {
    let a = feed(&fixture("jsonfeed/feed-1.1.json"), Some("1")).article;
    assert_eq!(a.headline, "Winter ferry timetable cut to four crossings a day");
    assert_eq!(a.section.as_deref(), Some("Transport"));
    assert_eq!(a.language.as_deref(), Some("en"), "the feed's language");
    assert_eq!(a.authors.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(), ["Harbourside Notes desk"]);
    assert_eq!(a.body.len(), 3);
    assert_eq!(
        paragraph(&a.body[0]).as_deref(),
        Some("From Monday the island ferry will run four times a day instead of six.")
    );
    // The first item is now among the related stories, in feed order.
    assert_eq!(a.related.len(), 3);
    assert_eq!(a.related[0].headline, "Sea wall holds as the January storm surge tops the spring tide");
}

// item selects by index from 0 and by id; an unknown one names article.items.
#[test]
fn item_selects_by_index_or_id_and_a_missing_one_is_an_error() {
    let json = fixture("jsonfeed/feed-1.1.json");
    let headline = |item| feed(&json, Some(item)).article.headline;
    assert_eq!(headline("3"), "Fish market prices steady despite a short week");
    assert_eq!(
        headline("https://harbourside-notes.example/2026/01/lifeboat-open-day"),
        "Lifeboat station opens its doors for the first time since the refit"
    );
    for missing in ["4", "no-such-id"] {
        let e = feed_error(&json, Some(missing));
        assert_eq!(e.path(), Some("article.items"), "{missing}");
        assert!(e.to_string().contains(missing) && e.to_string().contains("0 to 3"), "{e}");
    }
    let e = feed_error(r#"{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": []}"#, None);
    assert_eq!(e.path(), Some("article.items"));
}

// A 1.0 feed's single author is used for items without one; an item's own author wins.
#[test]
fn a_version_1_0_feed_uses_its_author_objects() {
    let json = fixture("jsonfeed/feed-1.0.json");
    let parsed = feed(&json, None);
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Route 12 bus to return to Quarry Lane after the bridge repairs");
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.authors[0].name, "Priya Castellane");
    assert_eq!(a.authors[0].avatar.as_deref(), Some("../img/avatar.svg"));
    assert_eq!(a.site.as_ref().map(|s| s.name.as_str()), Some("The Quarry Lane Gazette"));
    assert_eq!(a.language, None);
    assert_eq!(a.section.as_deref(), Some("Transport"));
    assert_eq!(a.hero.as_ref().map(|h| h.src.as_str()), Some("../img/card-city.svg"));
    assert_eq!(a.body.len(), 2);
    assert!(body_text(&a).contains("Repairs to the Millrace bridge finished ahead of schedule"));
    assert_eq!(a.related.len(), 1);
    assert_eq!(a.related[0].url, "https://quarry-lane.example/2026/03/allotment-waiting-list");

    let second = feed(&json, Some("2026-03-allotment-waiting-list")).article;
    assert_eq!(second.authors.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(), ["Owen Starling"]);
    // No blank lines: one paragraph a line.
    assert_eq!(second.body.len(), 2);
}

// A single item on its own is an article with no site and no related stories.
#[test]
fn a_single_item_is_read_on_its_own() {
    let parsed = feed(&fixture("jsonfeed/item.json"), None);
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Home crew takes the Kessel Bay regatta on the final leg");
    assert_eq!(a.id.as_deref(), Some("tidewater-2026-07-regatta"));
    assert_eq!(a.url.as_deref(), Some("https://tidewater-almanac.example/2026/07/regatta-results"));
    assert_eq!(a.dek.as_deref(), Some("A wind shift off the point turned a third place into a win by eleven seconds."));
    assert_eq!(a.section.as_deref(), Some("Sport"));
    assert_eq!(a.language.as_deref(), Some("en"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-07-27T18:40:00+01:00"));
    // No image: the banner image is the hero.
    assert_eq!(a.hero.as_ref().map(|h| h.src.as_str()), Some("../img/card-compass.svg"));
    assert_eq!(a.authors[0].name, "Lotte Brannigan");
    assert_eq!(a.site, None);
    assert!(a.related.is_empty());
    assert_eq!(a.body.len(), 3);
    assert!(body_text(&a).contains("The Kessel Bay crew were third at the last mark"));
    // The body's image was written for the item's page, the banner image
    // (a field of the document) stays relative to the document.
    assert_eq!(images(&a.body), ["https://tidewater-almanac.example/2026/img/card-ship.svg"]);
}

// Without a url, the item's external_url is the article's address.
#[test]
fn external_url_stands_in_for_a_missing_url() {
    let a =
        feed(r#"{"id": "1", "title": "t", "content_text": "x", "external_url": "https://elsewhere.example/a"}"#, None)
            .article;
    assert_eq!(a.url.as_deref(), Some("https://elsewhere.example/a"));
}

// format=auto recognises every feed fixture as JSON Feed and reads it the same.
#[test]
fn auto_detection_reads_each_fixture_as_json_feed() {
    for name in ["jsonfeed/feed-1.1.json", "jsonfeed/feed-1.0.json", "jsonfeed/item.json"] {
        let json = fixture(name);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(detect(&value).unwrap(), Format::JsonFeed, "{name}");
        assert_eq!(parse(&json, Format::Auto, None).unwrap(), feed(&json, None), "{name}");
    }
}

// Every fixture renders with its headline and a body paragraph.
#[test]
fn each_fixture_renders_its_headline_and_body() {
    for (name, words) in [
        ("jsonfeed/feed-1.1.json", "The surge arrived an hour before high water"),
        ("jsonfeed/feed-1.0.json", "The route 12 bus will stop on Quarry Lane again"),
        ("jsonfeed/item.json", "The wind backed twenty degrees off the point"),
    ] {
        let article = feed(&fixture(name), None).article;
        let html = render_to_html(&WidgetState::Ready(article.clone())).replace("<!>", "");
        assert!(html.contains(&article.headline), "{name}: headline");
        assert!(html.contains(words), "{name}: paragraph");
    }
}

// An item with neither a title nor any text to take one from is refused at
// its own path. (Until issue 12 any item without a title was refused; JSON
// Feed 1.1 allows them, see the test after next.)
#[test]
fn a_missing_title_is_an_error_naming_the_item() {
    let e = feed_error(
        r#"{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "summary": " ", "content_text": ""}]}"#,
        None,
    );
    assert_eq!(e, Error::Missing { path: "article.items[0].title".into() });
    let e = feed_error(r#"{"id": "a", "content_html": "<p> </p>"}"#, None);
    assert_eq!(e, Error::Missing { path: "article.title".into() });
}

// A wrong type names its JSON path.
#[test]
fn a_wrong_type_names_its_path() {
    let base = r#"{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "title": "t", "content_text": "x", FIELD}]}"#;
    for (field, path) in [
        (r#""authors": [{"name": 5}]"#, "article.items[0].authors[0].name"),
        (r#""tags": "news""#, "article.items[0].tags"),
        (r#""tags": [1]"#, "article.items[0].tags[0]"),
        (r#""content_html": ["<p>"]"#, "article.items[0].content_html"),
        (r#""date_published": 2026"#, "article.items[0].date_published"),
    ] {
        let e = feed_error(&base.replace("FIELD", field), None);
        assert!(matches!(e, Error::WrongType { .. }), "{field}: {e}");
        assert_eq!(e.path(), Some(path), "{field}");
    }
    assert_eq!(
        feed_error(r#"{"version": "https://jsonfeed.org/version/1", "items": {}}"#, None).path(),
        Some("article.items")
    );
    assert_eq!(
        feed_error(r#"{"version": "https://jsonfeed.org/version/1", "items": [7]}"#, None).path(),
        Some("article.items[0]")
    );
}

// Fields the widget does not use, from the spec or an extension, are ignored.
#[test]
fn unknown_extra_fields_are_ignored() {
    let parsed = feed(
        r#"{"version": "https://jsonfeed.org/version/1.1", "title": "F", "user_comment": "hi", "hubs": [{"type": "WebSub", "url": "https://hub.example/"}],
            "_ext": {"a": [1]}, "expired": false, "next_url": "https://f.example/2",
            "items": [{"id": 7, "title": "t", "content_text": "x", "attachments": [{"url": "https://f.example/a.mp3", "mime_type": "audio/mpeg"}], "_ext": 1}]}"#,
        None,
    );
    assert_eq!(parsed.warnings, vec![]);
    // A numeric id is read as its string, as the spec asks.
    assert_eq!(parsed.article.id.as_deref(), Some("7"));
}

// Unsafe URLs are dropped with a warning naming their path; the rest renders.
#[test]
fn unsafe_urls_are_dropped_with_a_warning_naming_their_path() {
    let parsed = feed(
        r#"{"version": "https://jsonfeed.org/version/1.1", "title": "F", "home_page_url": "javascript:alert(0)", "items": [
            {"id": "a", "title": "t", "content_text": "x", "image": "javascript:alert(1)", "banner_image": "https://img.example/b.jpg",
             "url": "data:text/html,x", "authors": [{"name": "A", "url": "javascript:alert(2)", "avatar": "vbscript:y"}]},
            {"id": "b", "title": "Other", "url": "javascript:alert(3)"},
            {"id": "c", "title": "Fine", "url": "/c", "image": "data:image/png;base64,AAAA"}]}"#,
        None,
    );
    let a = &parsed.article;
    assert_eq!(
        a.hero.as_ref().map(|h| h.src.as_str()),
        Some("https://img.example/b.jpg"),
        "the banner stands in for a dropped image"
    );
    assert_eq!(a.url, None);
    assert_eq!((a.authors[0].url.as_ref(), a.authors[0].avatar.as_ref()), (None, None));
    assert_eq!(a.site.as_ref().map(|s| (s.name.as_str(), s.url.as_ref())), Some(("F", None)));
    assert_eq!(a.related.len(), 1);
    assert_eq!((a.related[0].url.as_str(), a.related[0].image.as_ref()), ("/c", None));
    for path in [
        "article.home_page_url",
        "article.items[0].image",
        "article.items[0].url",
        "article.items[0].authors[0].url",
        "article.items[0].authors[0].avatar",
        "article.items[1].url",
        "article.items[2].image",
    ] {
        assert!(warned(&parsed, path), "no warning at {path}: {:?}", parsed.warnings);
    }
    assert_eq!(parsed.warnings.len(), 7);
}

// A nameless author, or a related item without a title or url, is skipped with a warning.
#[test]
fn incomplete_authors_and_related_items_are_skipped_with_a_warning() {
    let parsed = feed(
        r#"{"version": "https://jsonfeed.org/version/1.1", "items": [
            {"id": "a", "title": "t", "content_text": "x", "authors": [{"url": "https://a.example/"}, {"name": "Named"}]},
            {"id": "b", "url": "/b", "content_text": "untitled micro-post"},
            {"id": "c", "title": "No link"}]}"#,
        None,
    );
    assert_eq!(parsed.article.authors.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(), ["Named"]);
    assert!(parsed.article.related.is_empty());
    for path in ["article.items[0].authors[0].name", "article.items[1].title", "article.items[2].url"] {
        assert!(warned(&parsed, path), "no warning at {path}: {:?}", parsed.warnings);
    }
}

// Caps, dates and language tags behave exactly as in the native format.
#[test]
fn limits_dates_and_language_tags_behave_as_in_the_native_format() {
    let authors: Vec<String> = (0..MAX_AUTHORS + 1).map(|i| format!(r#"{{"name": "A{i}"}}"#)).collect();
    let others: Vec<String> =
        (0..MAX_RELATED + 2).map(|i| format!(r#"{{"id": "{i}", "title": "S{i}", "url": "/s/{i}"}}"#)).collect();
    let json = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "language": "not a tag", "items": [
            {{"id": "main", "title": "t", "content_text": "x", "date_published": "yesterday", "authors": [{}]}}, {}]}}"#,
        authors.join(","),
        others.join(",")
    );
    let parsed = feed(&json, None);
    let a = &parsed.article;
    assert_eq!(a.authors.len(), MAX_AUTHORS);
    assert!(parsed.warnings.iter().any(|w| w.path == "article.items[0].authors"
        && w.message == format!("11 authors, only the first {MAX_AUTHORS} are shown")));
    assert_eq!(a.related.len(), MAX_RELATED);
    assert!(parsed.warnings.iter().any(|w| w.path == "article.items"
        && w.message == format!("{} related stories, only the first {MAX_RELATED} are shown", MAX_RELATED + 2)));
    assert_eq!(a.published, None);
    assert!(warned(&parsed, "article.items[0].date_published"));
    assert_eq!(a.language, None);
    assert!(warned(&parsed, "article.language"));
}

// The feed's other items become related cards by the rule every format shares:
// each story once, and never the article itself (feeds repeat items across
// pages, and some list the item itself among "more stories").
#[test]
fn related_cards_from_a_feed_hold_each_story_once_and_never_the_article() {
    let parsed = feed(
        r#"{"version": "https://jsonfeed.org/version/1.1", "items": [
            {"id": "a", "title": "The article", "url": "https://ex.test/a", "content_text": "x"},
            {"id": "b", "title": "Second", "url": "https://ex.test/b"},
            {"id": "a2", "title": "The article again", "url": "https://ex.test/a"},
            {"id": "b2", "title": "Second again", "url": "https://ex.test/b"},
            {"id": "c", "title": "Third", "url": "https://ex.test/c"}]}"#,
        None,
    );
    let urls: Vec<&str> = parsed.article.related.iter().map(|card| card.url.as_str()).collect();
    assert_eq!(urls, ["https://ex.test/b", "https://ex.test/c"]);
    assert_eq!(parsed.article.related[0].headline, "Second");
}

// Issue 12, item 5: JSON Feed 1.1 items need no title (micro-blogs publish
// nothing else). The headline is the first sentence of the summary or text,
// and the publisher is told.
#[test]
fn an_item_without_a_title_takes_its_first_sentence_as_the_headline() {
    let parsed = feed(
        r#"{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1",
            "content_html": "<p>Ferries run &amp; late again today. More at noon.</p>"}]}"#,
        None,
    );
    assert_eq!(parsed.article.headline, "Ferries run & late again today.");
    assert!(warned(&parsed, "article.items[0].title"));
    let long = "word ".repeat(60);
    let parsed = feed(&format!(r#"{{"id": "2", "content_text": "{long}"}}"#), None);
    assert!(parsed.article.headline.ends_with('…') && parsed.article.headline.chars().count() <= 100);
    let error = feed_error(r#"{"id": "3", "content_text": "  "}"#, None);
    assert_eq!(error.path(), Some("article.title"));
}

// Issue 12, items 6 and 8 in JSON Feed: entities in the title decoded, a
// "By " in an author's name dropped.
#[test]
fn feed_titles_are_decoded_and_author_names_lose_a_leading_by() {
    let parsed = feed(
        r#"{"id": "1", "title": "Rock &amp; roll", "content_text": "x", "authors": [{"name": "By Ana Ruiz"}]}"#,
        None,
    );
    assert_eq!(parsed.article.headline, "Rock & roll");
    assert_eq!(parsed.article.authors[0].name, "Ana Ruiz");
}

/// The `src` of every figure and the `href` of every link in `body`, in order.
fn images(body: &[Block]) -> Vec<String> {
    urls(body).into_iter().filter(|(_, image)| *image).map(|(url, _)| url).collect()
}

fn links(body: &[Block]) -> Vec<String> {
    urls(body).into_iter().filter(|(_, image)| !*image).map(|(url, _)| url).collect()
}

fn urls(body: &[Block]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for block in body {
        block.clone().visit_urls(&mut |url, kind| out.push((url.clone(), kind == UrlKind::Image)));
    }
    out
}

/// The article as the widget shows it: read, then its relative URLs resolved
/// against the document's address (what `embed/source.rs` does with `src`).
fn fetched_from(document_url: &str, json: &str) -> Article {
    let mut article = feed(json, None).article;
    article.resolve_urls(document_url);
    article
}

const CONTENT: &str = r##"<p><img src=\"/i/a.jpg\" alt=\"A\"></p><p><img src=\"b.jpg\" alt=\"B\"></p><p><a href=\"../c/\">C</a> <a href=\"#fn1\">1</a></p>"##;

// Issue 12, item 9: an item's HTML was written for the item's page, so its
// relative URLs resolve against the item's `url`, as feed readers do; not
// against the feed's address.
#[test]
fn an_items_html_resolves_against_the_items_url() {
    let json = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "F", "home_page_url": "https://ex.test/blog/",
            "items": [{{"id": "1", "title": "T", "url": "https://ex.test/2026/post/", "image": "cover.jpg",
            "authors": [{{"name": "A", "avatar": "a.png"}}], "content_html": "{CONTENT}"}}]}}"#
    );
    let read = feed(&json, None).article;
    assert_eq!(images(&read.body), ["https://ex.test/i/a.jpg", "https://ex.test/2026/post/b.jpg"]);
    // A link to a place in the item's page (`#fn1`) is its text alone:
    // the widget keeps no ids of that page (tests/html.rs).
    assert_eq!(links(&read.body), ["https://ex.test/2026/c/"]);
    // The feed as the widget fetches it from another host: the body keeps
    // the item's page; the item's fields are the document's, and resolve
    // against it, as before.
    let shown = fetched_from("https://feeds.test/x/feed.json", &json);
    assert_eq!(images(&shown.body), ["https://ex.test/i/a.jpg", "https://ex.test/2026/post/b.jpg"]);
    assert_eq!(links(&shown.body), ["https://ex.test/2026/c/"]);
    assert_eq!(shown.hero.unwrap().src, "https://feeds.test/x/cover.jpg");
    assert_eq!(shown.authors[0].avatar.as_deref(), Some("https://feeds.test/x/a.png"));
}

// Without its own url, an item was published on the feed's home page.
// (Not its external_url: that is the page elsewhere the item is about.)
#[test]
fn an_item_without_a_url_resolves_against_the_home_page() {
    let json = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "F", "home_page_url": "https://ex.test/blog/",
            "items": [{{"id": "1", "title": "T", "external_url": "https://elsewhere.test/a/b", "content_html": "{CONTENT}"}}]}}"#
    );
    let shown = fetched_from("https://feeds.test/x/feed.json", &json);
    assert_eq!(shown.url.as_deref(), Some("https://elsewhere.test/a/b"));
    assert_eq!(images(&shown.body), ["https://ex.test/i/a.jpg", "https://ex.test/blog/b.jpg"]);
    assert_eq!(links(&shown.body), ["https://ex.test/c/"]);
}

// With neither, the HTML is the feed's own: it resolves against the feed's
// address, like every other relative URL in the document.
#[test]
fn an_item_without_a_page_resolves_against_the_feed() {
    for json in [
        format!(
            r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": [{{"id": "1", "title": "T", "content_html": "{CONTENT}"}}]}}"#
        ),
        format!(r#"{{"id": "1", "title": "T", "content_html": "{CONTENT}"}}"#),
    ] {
        let read = feed(&json, None).article;
        assert_eq!(images(&read.body), ["/i/a.jpg", "b.jpg"], "left for the document's address");
        let shown = fetched_from("https://feeds.test/x/feed.json", &json);
        assert_eq!(images(&shown.body), ["https://feeds.test/i/a.jpg", "https://feeds.test/x/b.jpg"]);
        assert_eq!(links(&shown.body), ["https://feeds.test/c/"]);
    }
}

// A relative item url resolves against the feed's address first, as feed
// readers resolve it, and the item's HTML against the page that names.
#[test]
fn a_relative_item_url_resolves_against_the_feed_first() {
    let json = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "F", "home_page_url": "https://ex.test/",
            "items": [{{"id": "1", "title": "T", "url": "2026/post/", "content_html": "{CONTENT}"}}]}}"#
    );
    let read = feed(&json, None).article;
    assert_eq!(images(&read.body), ["/i/a.jpg", "2026/post/b.jpg"], "left relative, for the feed's address");
    let shown = fetched_from("https://feeds.test/x/feed.json", &json);
    assert_eq!(shown.url.as_deref(), Some("https://feeds.test/x/2026/post/"));
    assert_eq!(images(&shown.body), ["https://feeds.test/i/a.jpg", "https://feeds.test/x/2026/post/b.jpg"]);
    assert_eq!(links(&shown.body), ["https://feeds.test/x/2026/c/"]);
}

// The command line: `convert` writes the body resolved against the item's
// page (it has no address for the feed), `prerender --src` resolves the rest
// against the feed's, as the widget does.
#[test]
fn the_cli_resolves_an_items_html_against_its_page() {
    let json = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "title": "F",
            "items": [{{"id": "1", "title": "T", "url": "https://ex.test/2026/post/", "image": "cover.jpg", "content_html": "{CONTENT}"}}]}}"#
    );
    let path = std::env::temp_dir().join(format!("article-widget-urls-{}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_article-widget")).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let file = path.to_str().unwrap();
    let converted = run(&["convert", file]);
    let prerendered = run(&["prerender", file, "--src", "https://feeds.test/x/feed.json"]);
    std::fs::remove_file(&path).ok();
    for url in ["https://ex.test/i/a.jpg", "https://ex.test/2026/post/b.jpg", "https://ex.test/2026/c/"] {
        assert!(converted.contains(&format!("\"{url}\"")), "{url}: {converted}");
        assert!(prerendered.contains(&format!("\"{url}\"")), "{url}: {prerendered}");
    }
    assert!(converted.contains(r#""src": "cover.jpg""#), "{converted}");
    assert!(prerendered.contains(r#"src="https://feeds.test/x/cover.jpg""#), "{prerendered}");
}

// A podcast episode's audio (JSON Feed `attachments`) plays before its
// notes; a file that does not play in a page (a PDF) is named in a warning.
#[test]
fn audio_and_video_attachments_play_before_the_text() {
    let feed = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Hour", "items": [{"id": "42",
        "title": "Episode 42", "content_text": "Notes.", "attachments": [
            {"url": "https://ex.test/42.mp3", "mime_type": "audio/mpeg", "title": "Episode 42 &amp; more", "size_in_bytes": 1000, "duration_in_seconds": 1800},
            {"url": "https://ex.test/42.mp4", "mime_type": "video/mp4"},
            {"url": "https://ex.test/42.pdf", "mime_type": "application/pdf"}]}]}"#;
    let parsed = parse(feed, Format::Auto, None).unwrap();
    assert_eq!(
        parsed.article.body[..2],
        [
            Block::Audio {
                audio: Media {
                    encoding_format: Some("audio/mpeg".into()),
                    title: Some("Episode 42 & more".into()),
                    ..Media::new("https://ex.test/42.mp3")
                }
            },
            Block::Video {
                video: Media { encoding_format: Some("video/mp4".into()), ..Media::new("https://ex.test/42.mp4") }
            },
        ]
    );
    assert!(matches!(&parsed.article.body[2], Block::Paragraph { .. }));
    let warnings: Vec<_> = parsed.warnings.iter().map(|w| format!("{}: {}", w.path, w.message)).collect();
    assert_eq!(
        warnings,
        ["article.items[0].attachments[2].mime_type: an attachment of type \"application/pdf\" is not shown; only audio and video are"]
    );
}
