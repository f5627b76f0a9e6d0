//! The Ghost adapter: Content API `posts` responses
//! (`/ghost/api/content/posts/?include=authors,tags`) and single post
//! objects into the model.

use article_widget::formats::{self, Format};
use article_widget::model::{Inline, SocialLink};
use article_widget::{render_to_html, Error, Parsed, WidgetState};
use serde_json::{json, Value};

mod common;
use common::{body_text, warning_paths};

fn fixture(name: &str) -> String {
    common::fixture(&format!("ghost/{name}"))
}

fn fixture_value(name: &str) -> Value {
    serde_json::from_str(&fixture(name)).unwrap()
}

fn parse(value: &Value, item: Option<&str>) -> Parsed {
    formats::parse(&value.to_string(), Format::Ghost, item).unwrap_or_else(|e| panic!("{e}"))
}

fn error(value: &Value) -> Error {
    formats::parse(&value.to_string(), Format::Ghost, None).expect_err("the document should be refused")
}

/// Warnings outside the post body: the body's own are the HTML converter's.
fn adapter_warnings(parsed: &Parsed) -> Vec<String> {
    parsed.warnings.iter().filter(|w| !w.path.ends_with(".html")).map(|w| w.to_string()).collect()
}

/// What a case changes in the fixture, and the path its error must name.
type Case = (&'static str, fn(&mut Value), &'static str);

fn link(label: &str, url: &str) -> SocialLink {
    SocialLink { label: label.into(), url: url.into() }
}

// A posts response maps its first post field by field: custom excerpt as
// dek, primary tag as section, feature image with alt and caption text,
// primary author first; the other post becomes a related card.
#[test]
fn a_posts_response_maps_its_first_post_field_by_field() {
    let parsed = parse(&fixture_value("posts.json"), None);
    // The second post's image has no alt text: a card image, treated as decorative.
    assert_eq!(
        adapter_warnings(&parsed),
        ["article.posts[1].feature_image_alt: missing; the image is treated as decorative"]
    );
    let a = parsed.article;
    let body = body_text(&a);
    assert_eq!(a.id.as_deref(), Some("6512a0c4e1f2a3001b7c1001"));
    assert_eq!(a.url.as_deref(), Some("https://tidewater-dispatch.example/seward-sandbar-moved/"));
    assert_eq!(a.headline, "The Seward sandbar has moved 140 metres. The harbour lights have not");
    assert_eq!(
        a.dek.as_deref(),
        Some("A new survey shows the estuary has shifted east, and the leading lights point boats into shallow water.")
    );
    assert_eq!(a.section.as_deref(), Some("Coast"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-11-18T07:00:00.000+00:00"));
    assert_eq!(a.updated.as_ref().map(|d| d.as_str()), Some("2026-11-18T09:41:12.000+00:00"));
    assert_eq!((a.site, a.language), (None, None));

    let hero = a.hero.unwrap();
    assert_eq!(hero.src, "../img/harbour.svg");
    assert_eq!(hero.alt, "The Seward estuary at low tide, with the sandbar showing as a pale curve");
    // The caption keeps its link, as Ghost's "Photo: <a>…</a>" credits do.
    assert_eq!(
        hero.caption,
        Some(vec![
            Inline::Text { text: "The estuary at low tide. Photo: ".into() },
            Inline::Link {
                href: "https://seward-harbour-board.example".into(),
                content: vec![Inline::Text { text: "Seward Harbour Board".into() }]
            },
        ])
    );
    // Ghost sends no image size or credit.
    assert_eq!((hero.width, hero.height, hero.credit), (None, None, None));

    let names: Vec<&str> = a.authors.iter().map(|author| author.name.as_str()).collect();
    assert_eq!(names, ["Ana Beltr\u{e1}n-Ross", "Jonas Achterberg"]);
    let ana = &a.authors[0];
    assert_eq!(
        ana.bio.as_deref(),
        Some("Ana Beltr\u{e1}n-Ross reports on the coast and its fisheries from Port Seward.")
    );
    assert_eq!(ana.avatar.as_deref(), Some("../img/avatar.svg"));
    assert_eq!(ana.url.as_deref(), Some("https://tidewater-dispatch.example/author/ana/"));
    assert_eq!(ana.social, vec![link("X", "https://x.com/anabeltranross")]);
    assert_eq!((ana.role.as_deref(), ana.stories.len()), (None, 0));
    assert_eq!(a.authors[1].social, vec![link("Website", "https://jonas-achterberg.example")]);
    assert_eq!(a.authors[1].avatar, None);

    assert_eq!(a.related.len(), 1);
    let card = &a.related[0];
    assert_eq!(card.url, "https://tidewater-dispatch.example/herring-season-opens/");
    assert_eq!(card.headline, "Herring season opens with a smaller quota");
    assert_eq!(card.kicker.as_deref(), Some("Coast"));
    assert_eq!(card.date.as_ref().map(|d| d.as_str()), Some("2026-11-16T06:30:00.000+00:00"));
    // A card may use Ghost's automatic excerpt; the article's dek may not.
    assert!(card.summary.as_deref().unwrap().starts_with("The winter herring season opens on Monday"));
    let image = card.image.as_ref().unwrap();
    assert_eq!((image.src.as_str(), image.alt.as_str(), image.caption.as_deref()), ("../img/card-ship.svg", "", None));

    for words in [
        "The survey, paid for by the harbour board and published on Tuesday",
        "What the board will do",
        "The sea has redrawn our chart. We are catching up with it.",
        "Updated pilotage notes: this week",
        "Estuary survey 2026",
    ] {
        assert!(body.contains(words), "{words:?} in {body}");
    }
    assert!(!body.contains("onerror"), "{body}");
}

// One post object (not wrapped in `posts`) reads the same way; an author's
// website, X handle and Facebook name become labelled links; an internal
// `#tag` is never the section; the automatic excerpt is never the dek.
#[test]
fn a_single_post_object_maps_its_author_links_and_public_tag() {
    let parsed = parse(&fixture_value("single-post.json"), None);
    assert_eq!(adapter_warnings(&parsed), Vec::<String>::new());
    let a = parsed.article;
    assert_eq!(a.id.as_deref(), Some("6512a0c4e1f2a3001b7c1003"));
    assert_eq!(a.headline, "Harbour choir will sing from the new lifeboat's deck");
    assert_eq!(a.dek, None);
    assert_eq!(a.section.as_deref(), Some("Culture"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-11-19T10:00:00.000+00:00"));
    let hero = a.hero.as_ref().unwrap();
    assert_eq!(
        (hero.src.as_str(), hero.alt.as_str(), hero.caption.as_deref()),
        ("../img/card-city.svg", "Singers in dark coats on the slipway of a lifeboat station", None)
    );
    // primary_author and authors name the same person: listed once.
    assert_eq!(a.authors.len(), 1);
    let mara = &a.authors[0];
    assert_eq!(mara.name, "Mara Lind");
    assert_eq!(mara.bio.as_deref(), Some("Mara Lind writes about music and the towns along the coast road."));
    assert_eq!(
        mara.social,
        vec![
            link("Website", "https://mara-lind.example"),
            link("X", "https://x.com/maralind"),
            link("Facebook", "https://www.facebook.com/maralindwrites")
        ]
    );
    assert!(a.related.is_empty());
    let body = body_text(&a);
    for words in ["The station", "A song for a name", "The concert starts at 15:00."] {
        assert!(body.contains(words), "{words:?} in {body}");
    }
}

// format="auto" recognises both Ghost fixtures, and reads them the same.
#[test]
fn format_auto_detects_both_ghost_fixtures() {
    for name in ["posts.json", "single-post.json"] {
        assert_eq!(formats::detect(&fixture_value(name)).unwrap(), Format::Ghost, "{name}");
        let auto = formats::parse(&fixture(name), Format::Auto, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(auto, parse(&fixture_value(name), None), "{name}");
    }
}

// `item` picks a post by index from 0, by id or by slug; the post picked
// leaves the related cards and the others join them.
#[test]
fn item_picks_a_post_by_index_id_or_slug() {
    let posts = fixture_value("posts.json");
    for item in ["1", "6512a0c4e1f2a3001b7c1002", "herring-season-opens"] {
        let a = parse(&posts, Some(item)).article;
        assert_eq!(a.headline, "Herring season opens with a smaller quota", "item {item:?}");
        assert_eq!(a.dek, None, "item {item:?}");
        assert_eq!(a.related.len(), 1);
        assert_eq!(a.related[0].headline, "The Seward sandbar has moved 140 metres. The harbour lights have not");
        assert_eq!(a.related[0].summary.as_deref(), Some("A new survey shows the estuary has shifted east, and the leading lights point boats into shallow water."));
    }
    assert_eq!(parse(&posts, Some("0")).article.id.as_deref(), Some("6512a0c4e1f2a3001b7c1001"));
    let error = formats::parse(&fixture("posts.json"), Format::Ghost, Some("2")).unwrap_err();
    assert_eq!(error.path(), Some("article.posts"));
    let error = formats::parse(r#"{"posts": [], "meta": {}}"#, Format::Ghost, None).unwrap_err();
    assert_eq!(error, Error::Invalid { path: "article.posts".into(), message: "has no posts".into() });
}

// With both `primary_author` and `authors`, the primary author comes first
// and the rest follow in order, nobody twice.
#[test]
fn the_primary_author_comes_first_and_nobody_is_listed_twice() {
    let mut posts = fixture_value("posts.json");
    let post = &mut posts["posts"][0];
    let (ana, jonas) = (post["authors"][0].clone(), post["authors"][1].clone());
    let mut third = jonas.clone();
    third["id"] = json!("third");
    third["name"] = json!("Rui Calder");
    post["authors"] = json!([jonas, ana.clone(), third]);
    post["primary_author"] = ana;
    let names: Vec<String> = parse(&posts, None).article.authors.into_iter().map(|a| a.name).collect();
    assert_eq!(names, ["Ana Beltr\u{e1}n-Ross", "Jonas Achterberg", "Rui Calder"]);
    // Either list alone is enough.
    let post = &mut posts["posts"][0];
    post.as_object_mut().unwrap().remove("authors");
    assert_eq!(parse(&posts, None).article.authors.len(), 1);
}

// Without a primary tag the first public tag is the section; internal
// `#tags` never are.
#[test]
fn without_a_primary_tag_the_first_public_tag_is_the_section() {
    let mut posts = fixture_value("posts.json");
    let post = &mut posts["posts"][0];
    post["primary_tag"] = Value::Null;
    post["tags"] = json!([{"name": "#featured", "visibility": "internal"}, {"name": "Data", "visibility": "public"}]);
    assert_eq!(parse(&posts, None).article.section.as_deref(), Some("Data"));
    posts["posts"][0]["tags"] = json!([]);
    assert_eq!(parse(&posts, None).article.section, None);
}

// Fields the adapter does not read, anywhere in the response, change nothing.
#[test]
fn unknown_extra_fields_are_ignored() {
    let plain = parse(&fixture_value("posts.json"), None);
    let mut posts = fixture_value("posts.json");
    posts["meta"] = json!({"pagination": "odd"});
    posts["posts"][0]["reading_time"] = json!("three minutes");
    posts["posts"][0]["lexical"] = json!({"root": {}});
    posts["posts"][0]["tiers"] = json!([{"id": 1}]);
    posts["posts"][0]["authors"][0]["meta_title"] = json!(["x"]);
    posts["posts"][0]["primary_tag"]["accent_color"] = json!(15);
    assert_eq!(parse(&posts, None), plain);
}

// A field of the wrong type is an error naming its path.
#[test]
fn a_wrong_type_names_its_path() {
    let cases: [Case; 7] = [
        ("posts", |r| r["posts"] = json!({"id": "x"}), "article.posts"),
        ("title", |r| r["posts"][0]["title"] = json!({"text": "x"}), "article.posts[0].title"),
        ("html", |r| r["posts"][0]["html"] = json!(false), "article.posts[0].html"),
        ("author name", |r| r["posts"][0]["authors"][1]["name"] = json!(12), "article.posts[0].authors[1].name"),
        ("primary author", |r| r["posts"][0]["primary_author"] = json!("ana"), "article.posts[0].primary_author"),
        ("tags", |r| r["posts"][0]["tags"] = json!({"name": "Coast"}), "article.posts[0].tags"),
        ("card date", |r| r["posts"][1]["published_at"] = json!(20261116), "article.posts[1].published_at"),
    ];
    for (what, change, path) in cases {
        let mut posts = fixture_value("posts.json");
        change(&mut posts);
        let error = error(&posts);
        assert!(matches!(error, Error::WrongType { .. }), "{what}: {error}");
        assert_eq!(error.path(), Some(path), "{what}: {error}");
    }
    let mut post = fixture_value("single-post.json");
    post["feature_image"] = json!(["../img/card-city.svg"]);
    assert_eq!(error(&post).path(), Some("article.feature_image"));
}

// A post without a title is missing its headline, named by path.
#[test]
fn a_missing_title_is_an_error_naming_its_path() {
    let mut posts = fixture_value("posts.json");
    posts["posts"][0].as_object_mut().unwrap().remove("title");
    assert_eq!(error(&posts), Error::Missing { path: "article.posts[0].title".into() });
    let mut post = fixture_value("single-post.json");
    post.as_object_mut().unwrap().remove("title");
    assert_eq!(error(&post), Error::Missing { path: "article.title".into() });
    post["title"] = json!("  ");
    assert!(matches!(error(&post), Error::Invalid { path, .. } if path == "article.title"));
}

// Unsafe URLs in the feature image, a profile image, an author's links and
// a card are dropped with a warning naming each path.
#[test]
fn unsafe_urls_are_dropped_with_a_warning_naming_the_path() {
    let mut posts = fixture_value("posts.json");
    posts["posts"][0]["feature_image"] = json!("javascript:alert(1)");
    posts["posts"][0]["primary_author"]["profile_image"] = json!("data:image/svg+xml,<svg onload=alert(1)>");
    posts["posts"][0]["authors"][1]["website"] = json!("vbscript:x");
    posts["posts"][0]["authors"][1]["twitter"] = json!("@not a handle");
    posts["posts"][1]["url"] = json!("javascript:void(0)");
    let parsed = parse(&posts, None);
    assert_eq!(
        warning_paths(&parsed),
        [
            "article.posts[0].feature_image",
            "article.posts[0].primary_author.profile_image",
            "article.posts[0].authors[1].website",
            "article.posts[0].authors[1].twitter",
            "article.posts[1].url",
        ]
    );
    let a = parsed.article;
    assert_eq!(a.hero, None);
    assert_eq!(a.authors[0].avatar, None);
    assert_eq!(a.authors[1].social, vec![]);
    assert!(a.related.is_empty());
}

// What Ghost sends instead of posts is an error that quotes its message.
#[test]
fn a_ghost_error_response_is_an_error_naming_its_message() {
    let text = r#"{"errors": [{"message": "Resource not found", "context": "Post not found.", "type": "NotFoundError", "details": null}]}"#;
    for format in [Format::Ghost, Format::Auto] {
        let error = formats::parse(text, format, None).unwrap_err();
        assert_eq!(error.path(), Some("article"));
        let message = error.to_string();
        assert!(message.contains("\"Resource not found\" (NotFoundError): Post not found."), "{message}");
    }
}

// A members-only post says its body may stop at the paywall.
#[test]
fn a_members_only_post_warns_that_its_body_may_be_cut_short() {
    let mut post = fixture_value("single-post.json");
    post["visibility"] = json!("paid");
    let parsed = parse(&post, None);
    assert_eq!(warning_paths(&parsed), ["article.visibility"]);
    assert!(parsed.warnings[0].message.contains("paywall"));
}

// Every fixture renders with its headline and a paragraph of its body.
#[test]
fn every_fixture_renders_its_headline_and_a_body_paragraph() {
    for (name, paragraph) in [
        ("posts.json", "The survey, paid for by the harbour board and published on Tuesday, compared sonar soundings"),
        ("single-post.json", "The concert starts at 15:00. Entry is free; the collection goes to the lifeboat fund."),
    ] {
        let article = parse(&fixture_value(name), None).article;
        let html = render_to_html(&WidgetState::Ready(article.clone())).replace("<!>", "");
        assert!(
            html.contains(&format!(">{}</h1>", article.headline.replace('\'', "&#x27;")))
                || html.contains(&format!(">{}</h1>", article.headline)),
            "{name}: headline in {html}"
        );
        assert!(html.contains(paragraph), "{name}: {paragraph}");
    }
}

// Issue 12, item 9 (in part): Ghost's `__GHOST_URL__` placeholder stands for
// the site, so it becomes the origin of the post's url, in the body and in
// the feature image alike; never a path named after the placeholder.
#[test]
fn the_ghost_url_placeholder_becomes_the_sites_address() {
    let value: Value = serde_json::from_str(
        r#"{"posts": [{"title": "T", "url": "https://ex.test/blog/t/", "uuid": "u",
            "feature_image": "__GHOST_URL__/content/images/hero.jpg", "feature_image_alt": "",
            "html": "<p><a href=\"__GHOST_URL__/archive/\">Archive</a></p><img src=\"__GHOST_URL__/content/images/a.jpg\" alt=\"A\">"}]}"#,
    )
    .unwrap();
    let article = parse(&value, None).article;
    assert_eq!(article.hero.unwrap().src, "https://ex.test/content/images/hero.jpg");
    let text = serde_json::to_string(&article.body).unwrap();
    assert!(text.contains(r#""href":"https://ex.test/archive/""#), "{text}");
    assert!(text.contains(r#""src":"https://ex.test/content/images/a.jpg""#), "{text}");
    assert!(!text.contains("__GHOST_URL__"));
    // Without the post's url, the placeholder goes and the path stays.
    let value: Value = serde_json::from_str(
        r#"{"title": "T", "uuid": "u", "html": "<p><img src=\"__GHOST_URL__/content/images/a.jpg\" alt=\"A\"></p>"}"#,
    )
    .unwrap();
    let text = serde_json::to_string(&parse(&value, None).article.body).unwrap();
    assert!(text.contains(r#""src":"/content/images/a.jpg""#), "{text}");
}

// Issue 12, item 9: a post's HTML was written for the post's page, so its
// relative URLs resolve against the post's `url`, not against the Content
// API address the widget fetched; its fields (`feature_image`, authors'
// images) are the response's and resolve against that, as before.
#[test]
fn a_posts_html_resolves_against_the_posts_url() {
    let value: Value = serde_json::from_str(
        r#"{"posts": [{"title": "T", "url": "https://ex.test/blog/2026/post/", "uuid": "u",
            "feature_image": "hero.jpg", "feature_image_alt": "",
            "html": "<p><a href=\"../archive/\">Archive</a> <a href=\"/about/\">About</a></p><img src=\"a.jpg\" alt=\"A\">"}]}"#,
    )
    .unwrap();
    let mut article = parse(&value, None).article;
    article.resolve_urls("https://ex.test/ghost/api/content/posts/?key=k");
    let text = serde_json::to_string(&article.body).unwrap();
    assert!(text.contains(r#""href":"https://ex.test/blog/2026/archive/""#), "{text}");
    assert!(text.contains(r#""href":"https://ex.test/about/""#), "{text}");
    assert!(text.contains(r#""src":"https://ex.test/blog/2026/post/a.jpg""#), "{text}");
    assert_eq!(article.hero.unwrap().src, "https://ex.test/ghost/api/content/posts/hero.jpg");
    // A post url that is itself relative resolves against the response first.
    let value: Value = serde_json::from_str(
        r#"{"title": "T", "uuid": "u", "url": "../../../../2026/post/", "html": "<p><a href=\"../archive/\">Archive</a></p>"}"#,
    )
    .unwrap();
    let mut article = parse(&value, None).article;
    article.resolve_urls("https://ex.test/ghost/api/content/posts/?key=k");
    assert_eq!(article.url.as_deref(), Some("https://ex.test/2026/post/"));
    let text = serde_json::to_string(&article.body).unwrap();
    assert!(text.contains(r#""href":"https://ex.test/2026/archive/""#), "{text}");
}

// The fixture's body images are relative: they resolve against the post's
// page on its (fictional) site, where the end-to-end tests serve them.
#[test]
fn the_fixtures_body_images_resolve_against_the_post() {
    let article = parse(&fixture_value("posts.json"), None).article;
    let text = serde_json::to_string(&article.body).unwrap();
    assert!(text.contains(r#""src":"https://tidewater-dispatch.example/img/card-map.svg""#), "{text}");
    assert!(!text.contains("../img/"), "{text}");
}
