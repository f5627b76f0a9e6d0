//! The WordPress adapter: REST API posts (`/wp/v2/posts/<id>?_embed` and the
//! list `/wp/v2/posts?_embed`) into the model.

use article_widget::formats::{self, Format};
use article_widget::model::{Block, Inline, SocialLink, UrlKind};
use article_widget::{render_to_html, Error, Parsed, WidgetState};
use serde_json::{json, Value};

mod common;
use common::{body_text, inline_text, plain_caption, warning_paths};

fn fixture(name: &str) -> String {
    common::fixture(&format!("wordpress/{name}"))
}

fn fixture_value(name: &str) -> Value {
    serde_json::from_str(&fixture(name)).unwrap()
}

fn parse(value: &Value, item: Option<&str>) -> Parsed {
    formats::parse(&value.to_string(), Format::WordPress, item).unwrap_or_else(|e| panic!("{e}"))
}

fn error(value: &Value) -> Error {
    formats::parse(&value.to_string(), Format::WordPress, None).expect_err("the document should be refused")
}

/// Warnings outside the post body: the body's own are the HTML converter's.
fn adapter_warnings(parsed: &Parsed) -> Vec<String> {
    parsed.warnings.iter().filter(|w| !w.path.contains(".content.rendered")).map(|w| w.to_string()).collect()
}

/// What a case changes in the fixture, and the path its error must name.
type Case = (&'static str, fn(&mut Value), &'static str);

// A single embedded post maps field by field: rendered strings decoded, the
// GMT date given its zone, the "large" rendition as hero, the author's
// largest avatar, the first category as section, Jetpack's picks as cards.
#[test]
fn a_single_post_maps_field_by_field_into_the_model() {
    let parsed = parse(&fixture_value("post.json"), None);
    assert_eq!(adapter_warnings(&parsed), Vec::<String>::new());
    let a = parsed.article;
    let body = body_text(&a);
    assert_eq!(a.id.as_deref(), Some("4127"));
    assert_eq!(a.url.as_deref(), Some("https://halvard-courier.example/2026/11/20/night-ferry-returns/"));
    assert_eq!(
        a.headline,
        "It\u{2019}s back: Halvard\u{2019}s night ferry returns after a \u{201c}trial\u{201d} winter"
    );
    assert_eq!(
        a.dek.as_deref(),
        Some("The 23:40 sailing from the old harbour returns on 1 December after islanders & shift workers campaigned for it.")
    );
    assert_eq!(a.section.as_deref(), Some("Harbour & Transport"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-11-20T08:30:00Z"));
    assert_eq!(a.updated.as_ref().map(|d| d.as_str()), Some("2026-11-20T14:05:42Z"));
    assert_eq!((a.site, a.language), (None, None));
    assert!(a.trending.is_empty());

    let hero = a.hero.unwrap();
    assert_eq!(hero.src, "../img/harbour.svg?w=1024");
    assert_eq!((hero.width, hero.height), (Some(1024), Some(576)));
    assert_eq!(hero.alt, "The old harbour at dusk, with a ferry leaving the quay and the island lights on the horizon");
    assert_eq!(plain_caption(&hero.caption), Some("Halvard\u{2019}s old harbour at dusk."));
    assert_eq!(hero.credit.as_deref(), Some("Halvard Port Authority"));
    // Every rendition of the same shape is a srcset candidate, the square
    // thumbnail (another crop) left out, the original at its own width.
    let srcset: Vec<_> = hero.srcset.iter().map(|c| (c.url.as_str(), c.width)).collect();
    assert_eq!(
        srcset,
        [
            ("../img/harbour.svg?w=300", 300),
            ("../img/harbour.svg?w=768", 768),
            ("../img/harbour.svg?w=1024", 1024),
            ("../img/harbour.svg?w=1536", 1536),
            ("../img/harbour.svg?w=2048", 2048),
            ("../img/harbour.svg", 2400),
        ]
    );
    assert_eq!(hero.sizes, None);

    assert_eq!(a.authors.len(), 1);
    let author = &a.authors[0];
    assert_eq!(author.name, "Tomas Eriksen-Vale");
    assert_eq!(author.role, None);
    assert_eq!(
        author.bio.as_deref(),
        Some("Tomas Eriksen-Vale covers transport & the harbour for the Courier. He grew up on the island and still takes the 7:10 boat most mornings.")
    );
    assert_eq!(author.avatar.as_deref(), Some("../img/avatar.svg?s=96"));
    assert_eq!(author.url.as_deref(), Some("https://halvard-courier.example/author/tomas-eriksen-vale/"));
    assert_eq!(
        author.social,
        vec![SocialLink { label: "Website".into(), url: "https://tomas-eriksen-vale.example".into() }]
    );
    assert!(author.stories.is_empty());

    let related = &a.related;
    assert_eq!(related.len(), 3);
    assert_eq!(related[0].url, "https://halvard-courier.example/harbour/island-council-petition/");
    assert_eq!(related[0].headline, "Island council\u{2019}s petition passes 2,000 names");
    assert_eq!(related[0].date.as_ref().map(|d| d.as_str()), Some("2026-11-12"));
    assert_eq!(
        related[0].summary.as_deref(),
        Some("Shift workers say the last boat home leaves too early & the taxis cost too much.")
    );
    let image = related[0].image.as_ref().unwrap();
    assert_eq!(
        (image.src.as_str(), image.alt.as_str()),
        ("../img/card-flags.svg", "Folded paper petitions stacked on a table")
    );
    assert_eq!((image.width, image.height), (Some(350), Some(200)));
    assert_eq!(related[1].date.as_ref().map(|d| d.as_str()), Some("2026-01-08"));
    // Jetpack's "no image" is an empty src with zero sizes.
    assert_eq!(related[2].headline, "The Morrow Light returns from its refit");
    assert_eq!(related[2].image, None);
    assert_eq!(related[2].kicker, None);

    for words in [
        "The 23:40 sailing was cut last January to save fuel.",
        "What changes",
        "A 00:15 return sailing runs on Fridays and Saturdays.",
        "Ines Harrow, harbour master",
        "Who pays",
    ] {
        assert!(body.contains(words), "{words:?} in {body}");
    }
}

// The list form reads the first post by default; the other posts become
// related-story cards in list order, with their own image, date and category.
#[test]
fn the_list_form_reads_the_first_post_and_turns_the_others_into_cards() {
    let parsed = parse(&fixture_value("posts-list.json"), None);
    assert_eq!(adapter_warnings(&parsed), Vec::<String>::new());
    let a = parsed.article;
    assert_eq!(a.id.as_deref(), Some("5101"));
    assert_eq!(a.headline, "Sea wall repairs begin after October\u{2019}s storm");
    assert_eq!(
        a.hero.as_ref().map(|h| (h.src.as_str(), h.width, h.height)),
        Some(("../img/card-compass.svg?w=1024", Some(1024), Some(576)))
    );
    assert!(body_text(&a).contains("Work to repair forty metres of the north sea wall"));

    let urls: Vec<&str> = a.related.iter().map(|c| c.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://halvard-courier.example/2026/11/21/island-school-gets-new-roof/",
            "https://halvard-courier.example/2026/11/19/fish-market-extends-hours/"
        ]
    );
    let school = &a.related[0];
    assert_eq!(school.headline, "Island school\u{2019}s new roof is finished before the first frost");
    assert_eq!(school.kicker.as_deref(), Some("Island Life"));
    assert_eq!(school.image, None);
    assert_eq!(school.date.as_ref().map(|d| d.as_str()), Some("2026-11-21T11:15:00Z"));
    assert_eq!(school.summary.as_deref(), Some("Pupils move back on Monday."));
    let market = &a.related[1];
    assert_eq!(market.headline, "Fish market to open on Sundays & holidays");
    assert_eq!(market.kicker.as_deref(), Some("Harbour & Transport"));
    let image = market.image.as_ref().unwrap();
    assert_eq!((image.src.as_str(), image.width, image.height), ("../img/card-city.svg?w=1024", Some(1024), Some(576)));
    assert_eq!(plain_caption(&image.caption), Some("The fish market hall."));
}

// `item` picks a post of the list by index from 0, by id or by slug; the
// post picked leaves the related cards and the first post joins them.
#[test]
fn item_picks_a_post_by_index_id_or_slug() {
    let list = fixture_value("posts-list.json");
    for (item, id) in [
        ("0", "5101"),
        ("1", "5098"),
        ("2", "5090"),
        ("5090", "5090"),
        ("island-school-gets-new-roof", "5098"),
        (" 5098 ", "5098"),
    ] {
        let a = parse(&list, Some(item)).article;
        assert_eq!(a.id.as_deref(), Some(id), "item {item:?}");
        assert_eq!(a.related.len(), 2, "item {item:?}");
        assert!(a.related.iter().all(|card| Some(&card.url) != a.url.as_ref()), "item {item:?}");
    }
    let a = parse(&list, Some("fish-market-extends-hours")).article;
    assert_eq!(a.related[0].url, "https://halvard-courier.example/2026/11/22/sea-wall-repairs-begin/");
    // A single post answers to its own id, slug or index 0.
    let post = fixture_value("post.json");
    for item in ["0", "4127", "night-ferry-returns"] {
        assert_eq!(parse(&post, Some(item)).article.id.as_deref(), Some("4127"));
    }
}

// An item that names no post is an error that says what item takes.
#[test]
fn an_item_that_names_no_post_is_an_error_saying_what_item_takes() {
    let error = formats::parse(&fixture("posts-list.json"), Format::WordPress, Some("no-such-post")).unwrap_err();
    assert_eq!(error.path(), Some("article"));
    assert!(error.to_string().contains("\"no-such-post\""), "{error}");
    assert!(error.to_string().contains("index from 0 to 2"), "{error}");
    let error = formats::parse(&fixture("post.json"), Format::WordPress, Some("7")).unwrap_err();
    assert_eq!(error.path(), Some("article"));
    let error = formats::parse("[]", Format::WordPress, None).unwrap_err();
    assert_eq!(error, Error::Invalid { path: "article".into(), message: "has no posts".into() });
}

// A post without featured media has no hero and no warning; WordPress'
// default "Uncategorized" is passed over for the real category.
#[test]
fn a_post_without_featured_media_has_no_hero_and_skips_uncategorized() {
    let parsed = parse(&fixture_value("no-featured-image.json"), None);
    assert_eq!(adapter_warnings(&parsed), Vec::<String>::new());
    let a = parsed.article;
    assert_eq!(a.headline, "The boat we argue about");
    assert_eq!(a.hero, None);
    assert_eq!(a.section.as_deref(), Some("Opinion"));
    assert_eq!(a.authors[0].name, "Petra Sandqvist");
    assert_eq!(
        a.authors[0].bio.as_deref(),
        Some("Petra Sandqvist is the Courier\u{2019}s island reporter and writes the Saturday column.")
    );
    assert_eq!(a.authors[0].social, vec![]);
    assert!(a.related.is_empty());
    let body = body_text(&a);
    for words in [
        "Every island has a boat it argues about.",
        "A timetable is a promise about who gets to live here.",
        "Petra Sandqvist writes on island life every Saturday.",
    ] {
        assert!(body.contains(words), "{words:?} in {body}");
    }
}

// format="auto" recognises each WordPress fixture, and reads it the same.
#[test]
fn format_auto_detects_every_wordpress_fixture() {
    for name in ["post.json", "posts-list.json", "no-featured-image.json"] {
        let value = formats::parse(&fixture(name), Format::Auto, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(formats::detect(&fixture_value(name)).unwrap(), Format::WordPress, "{name}");
        assert_eq!(value, parse(&fixture_value(name), None), "{name}");
    }
}

// Entities in rendered strings are decoded and markup dropped: a title is
// plain text however WordPress encoded it.
#[test]
fn entities_and_markup_in_rendered_strings_become_plain_text() {
    let mut post = fixture_value("post.json");
    post["title"]["rendered"] = json!("It&#8217;s <em>here</em> &amp; &#8220;now&#8221; &hellip;");
    post["excerpt"]["rendered"] = json!("<p>Caf&eacute;s\n  open &lt;early&gt;</p>\n");
    let a = parse(&post, None).article;
    assert_eq!(a.headline, "It\u{2019}s here & \u{201c}now\u{201d} \u{2026}");
    assert_eq!(a.dek.as_deref(), Some("Caf\u{e9}s open <early>"));
}

// Fields the adapter does not read, anywhere in the post, change nothing.
#[test]
fn unknown_extra_fields_are_ignored() {
    let plain = parse(&fixture_value("post.json"), None);
    let mut post = fixture_value("post.json");
    post["yoast_head_json"] = json!({"title": "x", "og_image": [{"url": "javascript:x"}]});
    post["acf"] = json!([1, 2, 3]);
    post["title"]["raw"] = json!(42);
    post["_embedded"]["author"][0]["is_super_admin"] = json!(true);
    post["_embedded"]["wp:featuredmedia"][0]["media_details"]["sizes"]["large"]["filesize"] = json!("big");
    post["_embedded"]["replies"] = json!([[{"id": 1, "content": {"rendered": "<p>hi</p>"}}]]);
    post["jetpack-related-posts"][0]["classes"] = json!({"odd": "shape"});
    assert_eq!(parse(&post, None), plain);
}

// A field of the wrong type is an error naming its path, in the publisher's
// own keys, with non-identifier keys in brackets.
#[test]
fn a_wrong_type_names_its_path() {
    let cases: [Case; 9] = [
        ("title", |p| p["title"] = json!("plain"), "article.title"),
        ("rendered", |p| p["content"]["rendered"] = json!(["<p>"]), "article.content.rendered"),
        ("author list", |p| p["_embedded"]["author"] = json!({"name": "x"}), "article._embedded.author"),
        ("author name", |p| p["_embedded"]["author"][0]["name"] = json!(7), "article._embedded.author[0].name"),
        (
            "avatar",
            |p| p["_embedded"]["author"][0]["avatar_urls"]["96"] = json!(96),
            "article._embedded.author[0].avatar_urls[\"96\"]",
        ),
        (
            "media width",
            |p| p["_embedded"]["wp:featuredmedia"][0]["media_details"]["width"] = json!("2400"),
            "article._embedded[\"wp:featuredmedia\"][0].media_details.width",
        ),
        (
            "size",
            |p| p["_embedded"]["wp:featuredmedia"][0]["media_details"]["sizes"]["1536x1536"]["height"] = json!(-1),
            "article._embedded[\"wp:featuredmedia\"][0].media_details.sizes[\"1536x1536\"].height",
        ),
        ("terms", |p| p["_embedded"]["wp:term"][0] = json!("Harbour"), "article._embedded[\"wp:term\"][0]"),
        (
            "jetpack",
            |p| p["jetpack-related-posts"][1]["img"]["width"] = json!("350"),
            "article[\"jetpack-related-posts\"][1].img.width",
        ),
    ];
    for (what, change, path) in cases {
        let mut post = fixture_value("post.json");
        change(&mut post);
        let error = error(&post);
        assert!(matches!(error, Error::WrongType { .. }), "{what}: {error}");
        assert_eq!(error.path(), Some(path), "{what}: {error}");
    }
    let mut list = fixture_value("posts-list.json");
    list[2]["excerpt"] = json!("plain");
    assert_eq!(error(&list).path(), Some("article[2].excerpt"));
    assert_eq!(error(&json!("a post")).path(), Some("article"));
}

// A post without a title is missing its headline, named by path.
#[test]
fn a_missing_title_is_an_error_naming_its_path() {
    let mut post = fixture_value("post.json");
    post.as_object_mut().unwrap().remove("title");
    assert_eq!(error(&post), Error::Missing { path: "article.title".into() });
    post["title"] = json!({"raw": "x"});
    assert_eq!(error(&post), Error::Missing { path: "article.title.rendered".into() });
    post["title"] = json!({"rendered": " <b> </b> "});
    assert!(matches!(error(&post), Error::Invalid { path, .. } if path == "article.title.rendered"));
}

// Unsafe URLs in the featured image, the avatar and Jetpack's cards are
// dropped with a warning naming each path; the rest of the post renders.
#[test]
fn unsafe_urls_are_dropped_with_a_warning_naming_the_path() {
    let mut post = fixture_value("post.json");
    let media = &mut post["_embedded"]["wp:featuredmedia"][0];
    media["source_url"] = json!("javascript:alert(1)");
    for size in media["media_details"]["sizes"].as_object_mut().unwrap().values_mut() {
        size["source_url"] = json!("data:image/svg+xml,<svg onload=alert(1)>");
    }
    post["_embedded"]["author"][0]["avatar_urls"]["96"] = json!("javascript:alert(1)");
    post["jetpack-related-posts"][0]["url"] = json!(" java\tscript:alert(1)");
    post["jetpack-related-posts"][1]["img"]["src"] = json!("vbscript:x");
    let parsed = parse(&post, None);
    let paths = warning_paths(&parsed);
    for path in [
        "article._embedded[\"wp:featuredmedia\"][0].media_details.sizes.large.source_url",
        "article._embedded[\"wp:featuredmedia\"][0].media_details.sizes[\"1536x1536\"].source_url",
        "article._embedded[\"wp:featuredmedia\"][0].source_url",
        "article._embedded.author[0].avatar_urls[\"96\"]",
        "article[\"jetpack-related-posts\"][0].url",
        "article[\"jetpack-related-posts\"][1].img.src",
    ] {
        assert!(paths.contains(&path), "{path} in {paths:#?}");
    }
    // Renditions wider than 1600 are never shown by default, but each
    // rendition could be in the srcset: an unusable one is warned about too.
    assert!(paths.contains(&"article._embedded[\"wp:featuredmedia\"][0].media_details.sizes[\"2048x2048\"].source_url"));
    let a = parsed.article;
    assert_eq!(a.hero, None);
    assert_eq!(a.authors[0].avatar, None);
    assert_eq!(a.related.len(), 2);
    assert_eq!(a.related[0].headline, "Fuel costs force cut to late sailings");
    assert_eq!(a.related[0].image, None);
}

// When the "large" rendition is unsafe or absent, the widest rendition up to
// 1600 pixels is used, with its own size; with no renditions, the original.
#[test]
fn without_a_usable_large_rendition_the_widest_up_to_1600_is_used() {
    let mut post = fixture_value("post.json");
    post["_embedded"]["wp:featuredmedia"][0]["media_details"]["sizes"]["large"]["source_url"] = json!("javascript:x");
    let parsed = parse(&post, None);
    let hero = parsed.article.hero.clone().unwrap();
    assert_eq!((hero.src.as_str(), hero.width, hero.height), ("../img/harbour.svg?w=1536", Some(1536), Some(864)));
    assert_eq!(
        warning_paths(&parsed),
        ["article._embedded[\"wp:featuredmedia\"][0].media_details.sizes.large.source_url"]
    );

    post["_embedded"]["wp:featuredmedia"][0]["media_details"].as_object_mut().unwrap().remove("sizes");
    let hero = parse(&post, None).article.hero.unwrap();
    assert_eq!((hero.src.as_str(), hero.width, hero.height), ("../img/harbour.svg", Some(2400), Some(1350)));
}

// `date_gmt` is UTC without a zone, so it gains a Z; without it, the site's
// local `date` is kept as WordPress wrote it; a bad date is dropped and named.
#[test]
fn gmt_dates_gain_their_zone_and_local_dates_are_kept_as_written() {
    let mut post = fixture_value("post.json");
    post["date_gmt"] = Value::Null;
    post.as_object_mut().unwrap().remove("modified_gmt");
    let a = parse(&post, None).article;
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-11-20T09:30:00"));
    assert_eq!(a.updated.as_ref().map(|d| d.as_str()), Some("2026-11-20T15:05:42"));
    post["date_gmt"] = json!("2026-11-20T08:30:00+00:00");
    assert_eq!(parse(&post, None).article.published.as_ref().map(|d| d.as_str()), Some("2026-11-20T08:30:00+00:00"));
    post["date_gmt"] = json!("2026-02-30T08:30:00");
    post["date"] = json!("yesterday");
    let parsed = parse(&post, None);
    assert_eq!(parsed.article.published, None);
    assert_eq!(warning_paths(&parsed), ["article.date_gmt", "article.date"]);
}

// What WordPress sends instead of a post is an error that quotes its message.
#[test]
fn a_wordpress_error_object_is_an_error_naming_its_message() {
    let text = r#"{"code": "rest_post_invalid_id", "message": "Invalid post ID.", "data": {"status": 404}}"#;
    for format in [Format::WordPress, Format::Auto] {
        let error = formats::parse(text, format, None).unwrap_err();
        assert_eq!(error.path(), Some("article"));
        let message = error.to_string();
        assert!(message.contains("\"Invalid post ID.\""), "{message}");
        assert!(message.contains("rest_post_invalid_id") && message.contains("404"), "{message}");
    }
}

// An author or image WordPress would not embed (an error object in its
// place) is left out with a warning; the post still renders.
#[test]
fn an_author_or_image_wordpress_could_not_embed_is_skipped_with_a_warning() {
    let mut post = fixture_value("post.json");
    post["_embedded"]["author"][0] =
        json!({"code": "rest_user_invalid_id", "message": "Invalid user ID.", "data": {"status": 404}});
    post["_embedded"]["wp:featuredmedia"][0] =
        json!({"code": "rest_forbidden", "message": "Sorry, you are not allowed to do that.", "data": {"status": 401}});
    let parsed = parse(&post, None);
    assert_eq!(warning_paths(&parsed), ["article._embedded[\"wp:featuredmedia\"][0]", "article._embedded.author[0]"]);
    assert!(parsed.warnings[1].message.contains("Invalid user ID."));
    assert_eq!((parsed.article.authors.len(), parsed.article.hero), (0, None));
}

// A post fetched without ?_embed says how to get its author and image.
#[test]
fn a_post_fetched_without_embed_says_to_add_it() {
    let mut post = fixture_value("post.json");
    post.as_object_mut().unwrap().remove("_embedded");
    let parsed = parse(&post, None);
    assert_eq!(warning_paths(&parsed), ["article._embedded"]);
    assert!(parsed.warnings[0].message.contains("?_embed"));
    assert_eq!(parsed.article.section, None);
}

// A password-protected post has no body to show, and says so.
#[test]
fn a_password_protected_post_says_why_its_body_is_empty() {
    let mut post = fixture_value("post.json");
    post["content"] = json!({"rendered": "", "protected": true});
    let parsed = parse(&post, None);
    assert_eq!(warning_paths(&parsed), ["article.content.protected"]);
    assert!(parsed.article.body.is_empty());
}

// More related stories than the widget keeps are cut with a warning.
#[test]
fn related_posts_beyond_the_limit_are_dropped_with_a_warning() {
    let mut post = fixture_value("post.json");
    let card = post["jetpack-related-posts"][0].clone();
    post["jetpack-related-posts"] = Value::Array(
        (0..article_widget::model::limits::MAX_RELATED + 1)
            .map(|i| {
                let mut card = card.clone();
                card["url"] = json!(format!("/story/{i}"));
                card
            })
            .collect(),
    );
    let parsed = parse(&post, None);
    assert_eq!(parsed.article.related.len(), article_widget::model::limits::MAX_RELATED);
    assert_eq!(warning_paths(&parsed), ["article[\"jetpack-related-posts\"]"]);
}

// Every fixture renders with its headline and a paragraph of its body.
#[test]
fn every_fixture_renders_its_headline_and_a_body_paragraph() {
    for (name, paragraph) in [
        ("post.json", "The 23:40 sailing was cut last January to save fuel."),
        ("posts-list.json", "The council expects the job to take until February."),
        ("no-featured-image.json", "Every island has a boat it argues about."),
        ("footnotes.json", "Its brass float still rises and falls in a well beside the lifeboat slip."),
    ] {
        let article = parse(&fixture_value(name), None).article;
        let html = render_to_html(&WidgetState::Ready(article.clone())).replace("<!>", "");
        assert!(html.contains(&format!(">{}</h1>", article.headline)), "{name}: headline");
        assert!(html.contains(paragraph), "{name}: {paragraph}");
    }
}

// Issue 12, item 9: WordPress writes the body's links and images absolute,
// but a relative one (a plugin's, an imported post's) was written for the
// post's page, so it resolves against the post's `link`, as feed readers
// resolve it; not against the REST API address the widget fetched.
#[test]
fn a_posts_relative_body_urls_resolve_against_its_link() {
    let mut post = fixture_value("post.json");
    post["link"] = json!("https://ex.test/2026/11/20/post/");
    post["content"]["rendered"] =
        json!(r#"<p><a href="../../archive/">Archive</a></p><p><img src="photo.jpg" alt="P"></p>"#);
    let mut article = parse(&post, None).article;
    article.resolve_urls("https://api.ex.test/wp-json/wp/v2/posts/7?_embed");
    let text = serde_json::to_string(&article.body).unwrap();
    assert!(text.contains(r#""href":"https://ex.test/2026/11/archive/""#), "{text}");
    assert!(text.contains(r#""src":"https://ex.test/2026/11/20/post/photo.jpg""#), "{text}");
    // The fixture's own relative body image resolves against its link.
    let text = serde_json::to_string(&parse(&fixture_value("post.json"), None).article.body).unwrap();
    assert!(text.contains(r#""src":"https://halvard-courier.example/2026/11/20/img/card-ship.svg""#), "{text}");
}

// Issue #12's report: a figure whose src is a lazy-loading placeholder and
// a bare lazy image in a paragraph are both shown, with the caption.
#[test]
fn lazy_images_in_a_post_body_are_shown_with_their_caption() {
    let post = json!({"title": {"rendered": "T"}, "content": {"rendered": "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"https://ex.test/a.jpg\"><figcaption>Cap</figcaption></figure><p><img data-src=\"https://ex.test/b.jpg\"></p>"}});
    let parsed = parse(&post, None);
    let figures: Vec<_> = parsed
        .article
        .body
        .iter()
        .map(|block| match block {
            article_widget::model::Block::Figure { image, link: None } => {
                (image.src.as_str(), plain_caption(&image.caption))
            }
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(figures, [("https://ex.test/a.jpg", Some("Cap")), ("https://ex.test/b.jpg", None)]);
    assert_eq!(parsed.warnings, []);
}

/// Every link's address in the body.
fn body_links(body: &[Block]) -> Vec<String> {
    let mut out = Vec::new();
    for block in body {
        block.clone().visit_urls(&mut |url, kind| {
            if kind == UrlKind::Link {
                out.push(url.clone());
            }
        });
    }
    out
}

/// The text of each item of the body's last block, an ordered list.
fn last_ordered_list(body: &[Block]) -> Vec<String> {
    match body.last() {
        Some(Block::List { ordered: true, items }) => items.iter().map(|item| inline_text(&item.content)).collect(),
        other => panic!("the body should end with an ordered list, not {other:?}"),
    }
}

const NOTES: [&str; 2] = [
    "Readings before 1921 were taken by hand at high and low water only; the ledgers are kept in the harbour office.",
    "The harbour master\u{2019}s estimate, not a survey figure.",
];

// WordPress 6.3's footnotes: each reference is the number the post's page
// shows, as a superscript, without its link to the note (an id of the
// publisher's page, which would send the reader there); the Footnotes
// block is an ordered list of the notes in order, each keeping its link
// and emphasis, without the "↩︎" links back. Nothing is warned about,
// and the notes, also in `meta.footnotes`, are shown once.
#[test]
fn footnotes_show_their_numbers_and_the_notes_in_order_without_links_into_the_page() {
    let parsed = parse(&fixture_value("footnotes.json"), None);
    assert_eq!(parsed.warnings, []);
    let body = &parsed.article.body;
    let superscripts: Vec<String> = body
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph { content } => Some(content),
            _ => None,
        })
        .flatten()
        .filter_map(|inline| match inline {
            Inline::Superscript { content } => Some(inline_text(content)),
            _ => None,
        })
        .collect();
    assert_eq!(superscripts, ["1", "2"]);
    assert_eq!(body_links(body), ["https://halvard-port.example/archive/gauge-ledgers"]);
    assert_eq!(last_ordered_list(body), NOTES);
    let lists = body.iter().filter(|block| matches!(block, Block::List { .. })).count();
    assert_eq!(lists, 1, "the notes are shown once");
    match body.last() {
        Some(Block::List { items, .. }) => {
            assert!(matches!(&items[0].content[1], Inline::Link { .. }), "{:?}", items[0].content);
            assert!(matches!(&items[1].content[1], Inline::Emphasis { .. }), "{:?}", items[1].content);
        }
        other => panic!("{other:?}"),
    }
    // The in-page link of the body ("the details below") keeps its words.
    assert!(body_text(&parsed.article).contains("see the details below."));
    let html = render_to_html(&WidgetState::Ready(parsed.article.clone())).replace("<!>", "");
    assert!(html.contains("<sup>1</sup>"), "{html}");
    assert!(!html.contains("href=\"#5b8e") && !html.contains("href=\"#fn-") && !html.contains("↩"), "{html}");
}

// A post whose Footnotes block is not in `content.rendered` (removed from
// the post, or placed outside it) has its notes read from
// `meta.footnotes`, once, after the body; a `meta.footnotes` WordPress
// could not write as JSON is named in a warning.
#[test]
fn footnotes_missing_from_the_content_are_read_from_the_post_meta() {
    let mut post = fixture_value("footnotes.json");
    let content = post["content"]["rendered"].as_str().unwrap().to_owned();
    let without = &content[..content.find("<ol class=\"wp-block-footnotes\">").unwrap()];
    post["content"]["rendered"] = json!(without);
    let parsed = parse(&post, None);
    assert_eq!(parsed.warnings, []);
    assert_eq!(last_ordered_list(&parsed.article.body), NOTES);
    assert_eq!(body_links(&parsed.article.body), ["https://halvard-port.example/archive/gauge-ledgers"]);

    post["meta"]["footnotes"] = json!("[{\"content\":\"broken");
    let parsed = parse(&post, None);
    assert_eq!(warning_paths(&parsed), ["article.meta.footnotes"]);
    assert!(!matches!(parsed.article.body.last(), Some(Block::List { .. })));
    // No notes: nothing to add, nothing to say.
    for empty in ["", "[]"] {
        post["meta"]["footnotes"] = json!(empty);
        let parsed = parse(&post, None);
        assert_eq!(parsed.warnings, []);
        assert!(matches!(parsed.article.body.last(), Some(Block::Paragraph { .. })));
    }
}
