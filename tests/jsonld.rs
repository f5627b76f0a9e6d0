//! schema.org JSON-LD: what a publisher's NewsArticle markup turns into, and
//! what they are told when it is wrong. Paths name the document as written,
//! keys that are not identifiers in brackets: `article["@graph"][1].headline`.

use article_widget::formats::{detect, parse, parse_page_json_ld, Format};
use article_widget::model::limits::{MAX_AUTHORS, MAX_SHORT_TEXT, MAX_UPDATES};
use article_widget::model::Block;
use article_widget::{render_to_html, Error, Parsed, WidgetState};

mod common;
use common::{fixture, plain_caption, warned};

fn ld(json: &str) -> Parsed {
    parse(json, Format::JsonLd, None).unwrap_or_else(|e| panic!("{e}"))
}

fn ld_error(json: &str) -> Error {
    parse(json, Format::JsonLd, None).expect_err("the document should be refused")
}

/// The plain text of a paragraph, heading or quote.
fn text(block: &Block) -> String {
    let mut out = String::new();
    match block {
        Block::Paragraph { content } => content.iter().for_each(|i| i.plain_text(&mut out)),
        Block::Quote { paragraphs, .. } => paragraphs.iter().flatten().for_each(|i| i.plain_text(&mut out)),
        Block::Heading { content, .. } => content.iter().for_each(|i| i.plain_text(&mut out)),
        _ => {}
    }
    out
}

// A full NewsArticle maps field by field into the model, with nothing dropped.
#[test]
fn a_news_article_maps_field_by_field_without_warnings() {
    let parsed = ld(&fixture("jsonld/newsarticle.json"));
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Port of Veldmar reopens its northern channel after three weeks of dredging delays");
    assert_eq!(
        a.dek.as_deref(),
        Some("Pilots say the deeper approach will let the largest grain carriers berth without waiting for the tide.")
    );
    assert_eq!(
        a.id.as_deref(),
        Some("https://veldmar-courier.example/maritime/2026/10/14/northern-channel-reopens#article")
    );
    assert_eq!(a.url.as_deref(), Some("https://veldmar-courier.example/maritime/2026/10/14/northern-channel-reopens"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-10-14T07:45:00+01:00"));
    assert_eq!(a.updated.as_ref().map(|d| d.as_str()), Some("2026-10-14T12:10:00+01:00"));
    assert_eq!(a.language.as_deref(), Some("en-GB"));
    assert_eq!(a.section.as_deref(), Some("Maritime"));
    let site = a.site.as_ref().unwrap();
    assert_eq!(
        (site.name.as_str(), site.url.as_deref()),
        ("The Veldmar Courier", Some("https://veldmar-courier.example/"))
    );

    let hero = a.hero.as_ref().unwrap();
    assert_eq!(hero.src, "../img/harbour.svg");
    assert_eq!(hero.alt, "A long flat dredger with a crane arm, moored in a grey channel between two breakwaters");
    assert_eq!((hero.width, hero.height), (Some(1200), Some(675)));
    assert_eq!(
        plain_caption(&hero.caption),
        Some("A dredger works the northern channel at first light, two days before the reopening.")
    );
    assert_eq!(hero.credit.as_deref(), Some("Illustration: The Veldmar Courier"));

    assert_eq!(a.authors.len(), 2);
    let person = &a.authors[0];
    assert_eq!(person.name, "Ilse Marchetti");
    assert_eq!(person.role.as_deref(), Some("Ports and shipping reporter"));
    assert!(person.bio.as_deref().unwrap().starts_with("Ilse Marchetti has covered the Veldmar waterfront"));
    assert_eq!(person.avatar.as_deref(), Some("../img/avatar.svg"));
    assert_eq!(person.url.as_deref(), Some("https://veldmar-courier.example/staff/ilse-marchetti"));
    let social: Vec<(&str, &str)> = person.social.iter().map(|s| (s.label.as_str(), s.url.as_str())).collect();
    assert_eq!(
        social,
        [
            ("mastodon.social", "https://mastodon.social/@ilsemarchetti"),
            ("linkedin.example", "https://www.linkedin.example/in/ilse-marchetti")
        ]
    );
    let desk = &a.authors[1];
    assert_eq!(
        (desk.name.as_str(), desk.url.as_deref(), desk.role.as_deref()),
        ("Courier Data Desk", Some("https://veldmar-courier.example/data"), None)
    );

    assert_eq!(a.body.len(), 5);
    assert!(a.body.iter().all(|b| matches!(b, Block::Paragraph { .. })));
    assert_eq!(
        text(&a.body[0]),
        "The northern channel into the Port of Veldmar reopened to commercial traffic on Tuesday morning, three weeks later than the harbour authority had promised."
    );

    assert_eq!(a.related.len(), 3);
    let card = &a.related[0];
    assert_eq!(card.url, "https://veldmar-courier.example/maritime/2026/09/22/gales-halt-dredging");
    assert_eq!(card.headline, "Gales halt dredging");
    // A trailing ".html" is not part of the words.
    assert_eq!(a.related[1].headline, "Grain exporters count cost of queues");
    assert!(a.trending.is_empty());
}

// A Yoast-style @graph is read by following @id references between its nodes.
#[test]
fn a_yoast_graph_resolves_author_image_publisher_and_page_by_id() {
    let parsed = ld(&fixture("jsonld/yoast-graph.json"));
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Library roof appeal passes its target a month early");
    assert_eq!(a.id.as_deref(), Some("https://lantern-hill-herald.example/2026/03/library-roof-appeal/#article"));
    // mainEntityOfPage → the WebPage node → its url.
    assert_eq!(a.url.as_deref(), Some("https://lantern-hill-herald.example/2026/03/library-roof-appeal/"));
    assert_eq!(a.section.as_deref(), Some("Community"));
    assert_eq!(a.language.as_deref(), Some("en-US"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-03-09T16:20:00+00:00"));
    assert_eq!(a.dek, None);
    assert_eq!(a.site.as_ref().map(|s| s.name.as_str()), Some("The Lantern Hill Herald"));

    let hero = a.hero.as_ref().unwrap();
    assert_eq!(hero.src, "../img/card-city.svg");
    assert_eq!((hero.width, hero.height), (Some(640), Some(360)));
    assert_eq!(
        plain_caption(&hero.caption),
        Some("The library's east wing, where the roof has leaked since November.")
    );
    assert_eq!(hero.alt, "", "a caption is shown beside the image, so it is not repeated as alt text");

    // The article's inline {"name", "@id"} defers to the full Person node.
    assert_eq!(a.authors.len(), 1);
    let author = &a.authors[0];
    assert_eq!(author.name, "Desmond Achterberg");
    assert_eq!(
        author.bio.as_deref(),
        Some("Desmond Achterberg writes about schools, libraries and local government for the Herald.")
    );
    assert_eq!(author.avatar.as_deref(), Some("../img/avatar.svg"));
    assert_eq!(author.url.as_deref(), Some("https://lantern-hill-herald.example/author/desmond/"));
    assert_eq!(author.social.len(), 1);
    assert_eq!(author.social[0].label, "bsky.example");

    assert_eq!(a.body.len(), 3);
    assert!(text(&a.body[1]).starts_with("The last $3,000 came from a bake sale"));

    // A related link the graph describes takes that node's name.
    assert_eq!(a.related.len(), 1);
    assert_eq!(a.related[0].url, "https://lantern-hill-herald.example/2025/11/storm-closes-reading-room/");
    assert_eq!(a.related[0].headline, "Storm damage closes the library reading room until further notice");
    assert_eq!(a.related[0].date.as_ref().map(|d| d.as_str()), Some("2025-11-18T08:00:00+00:00"));
}

// A plain-string author, a bare image URL and a Language object all work.
#[test]
fn a_blog_posting_with_a_string_author_and_a_bare_image_url_maps() {
    let parsed = ld(&fixture("jsonld/author-string.json"));
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Walking the old tow path from Harrow Lock to the estuary");
    assert_eq!(a.dek.as_deref(), Some("Eleven miles, four pubs that are no longer pubs, and one very patient heron."));
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.authors[0].name, "Tomasz Wren");
    assert_eq!((a.authors[0].role.as_ref(), a.authors[0].avatar.as_ref()), (None, None));
    let hero = a.hero.unwrap();
    assert_eq!((hero.src.as_str(), hero.alt.as_str()), ("../img/card-map.svg", ""));
    assert_eq!(a.language.as_deref(), Some("en"));
    assert_eq!(a.published.as_ref().map(|d| d.as_str()), Some("2026-05-02"));
    assert_eq!(a.url.as_deref(), Some("https://slow-miles.example/2026/05/harrow-lock-tow-path"));
    assert_eq!(a.site, None);
    assert_eq!(a.section, None);
    // No blank lines in the body: each line is a paragraph.
    assert_eq!(a.body.len(), 4);
    assert_eq!(
        text(&a.body[0]),
        "The tow path leaves Harrow Lock on the north bank and does not cross the river again for eleven miles."
    );
}

// format=auto recognises every JSON-LD fixture as JSON-LD and reads it the same.
#[test]
fn auto_detection_reads_each_fixture_as_json_ld() {
    for name in ["jsonld/newsarticle.json", "jsonld/yoast-graph.json", "jsonld/author-string.json"] {
        let json = fixture(name);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(detect(&value).unwrap(), Format::JsonLd, "{name}");
        assert_eq!(parse(&json, Format::Auto, None).unwrap(), ld(&json), "{name}");
    }
}

// Every fixture renders with its headline and a body paragraph.
#[test]
fn each_fixture_renders_its_headline_and_body() {
    for (name, paragraph) in [
        ("jsonld/newsarticle.json", "The first vessel through was a grain carrier bound for the east quay"),
        ("jsonld/yoast-graph.json", "Roofers are expected to start in April"),
        ("jsonld/author-string.json", "After the railway bridge the town gives up"),
    ] {
        let article = ld(&fixture(name)).article;
        let html = render_to_html(&WidgetState::Ready(article.clone())).replace("<!>", "");
        assert!(html.contains(&article.headline), "{name}: headline");
        assert!(html.contains(paragraph), "{name}: paragraph");
    }
}

// @type may be an array, and may be written as a full or compact IRI.
#[test]
fn the_type_may_be_an_array_or_an_iri() {
    for ty in
        [r#"["CreativeWork", "NewsArticle"]"#, r#""https://schema.org/AnalysisNewsArticle""#, r#""schema:BlogPosting""#]
    {
        let a = ld(&format!(r#"{{"@context": "https://schema.org", "@type": {ty}, "headline": "Typed"}}"#)).article;
        assert_eq!(a.headline, "Typed", "{ty}");
    }
}

// Without a headline the name is used; without either the article is refused at headline.
#[test]
fn the_headline_falls_back_to_name_and_is_otherwise_required() {
    assert_eq!(ld(r#"{"@type": "Article", "name": "Named"}"#).article.headline, "Named");
    assert_eq!(
        ld_error(r#"{"@type": "Article", "description": "d"}"#),
        Error::Missing { path: "article.headline".into() }
    );
    let e =
        ld_error(r#"{"@graph": [{"@type": "WebSite", "name": "s"}, {"@type": "NewsArticle", "description": "d"}]}"#);
    assert_eq!(e, Error::Missing { path: r#"article["@graph"][1].headline"#.into() });
}

// A wrong type names its JSON path, in whatever node it was written.
#[test]
fn a_wrong_type_names_its_path() {
    let e = ld_error(r#"{"@type": "NewsArticle", "headline": "h", "author": [{"@type": "Person", "name": 42}]}"#);
    assert_eq!(e, Error::WrongType { path: "article.author[0].name".into(), expected: "a string", found: "a number" });
    let e = ld_error(r#"{"@type": "NewsArticle", "headline": "h", "author": {"name": true}}"#);
    assert_eq!(e.path(), Some("article.author.name"));
    // Through a reference, the path is where the Person node is written.
    let e = ld_error(
        r##"{"@graph": [{"@type": "Article", "headline": "h", "author": {"@id": "#p"}}, {"@type": "Person", "@id": "#p", "name": ["ok"], "jobTitle": 7}]}"##,
    );
    assert_eq!(e.path(), Some(r#"article["@graph"][1].jobTitle"#));
    let e = ld_error(r#"{"@type": "NewsArticle", "headline": {"@language": "en"}}"#);
    assert_eq!(e.path(), Some("article.headline"));
    let e = ld_error(r#"{"@type": "NewsArticle", "headline": "h", "image": 3}"#);
    assert_eq!(e.to_string(), "article.image should be a URL or an ImageObject, but is a number");
}

// Fields the widget does not use, known to schema.org or not, are ignored.
#[test]
fn unknown_extra_fields_are_ignored() {
    let parsed = ld(r#"{"@context": {"@vocab": "https://schema.org/"}, "@type": "NewsArticle", "headline": "h",
        "x-tracking": {"deep": [1, 2, {"a": null}]}, "commentCount": 3, "video": {"@type": "VideoObject", "name": "v"},
        "author": {"@type": "Person", "name": "A", "knowsAbout": ["ships"], "affiliation": {"@type": "Organization", "name": "O"}}}"#);
    assert_eq!(parsed.warnings, vec![]);
    assert_eq!(parsed.article.authors[0].name, "A");
}

// Unsafe URLs are dropped with a warning naming where they were; the rest renders.
#[test]
fn unsafe_urls_are_dropped_with_a_warning_naming_their_path() {
    let parsed = ld(r#"{"@type": "NewsArticle", "headline": "h",
        "image": ["javascript:alert(1)", {"@type": "ImageObject", "url": "data:image/svg+xml,<svg/>"}, "https://img.example/ok.jpg"],
        "author": {"@type": "Person", "name": "A", "url": "javascript:alert(2)", "sameAs": ["vbscript:x", "https://social.example/@a"]},
        "relatedLink": ["https://news.example/a-story", "javascript:alert(3)"]}"#);
    let a = &parsed.article;
    assert_eq!(
        a.hero.as_ref().map(|h| h.src.as_str()),
        Some("https://img.example/ok.jpg"),
        "the first usable image is the hero"
    );
    assert_eq!(a.authors[0].url, None);
    assert_eq!(a.authors[0].social.len(), 1);
    assert_eq!(a.related.len(), 1);
    for path in [
        "article.image[0]",
        "article.image[1].url",
        "article.author.url",
        "article.author.sameAs[0]",
        "article.relatedLink[1]",
    ] {
        assert!(warned(&parsed, path), "no warning at {path}: {:?}", parsed.warnings);
    }
    assert!(parsed
        .warnings
        .iter()
        .find(|w| w.path == "article.relatedLink[1]")
        .unwrap()
        .message
        .contains("the story is dropped"));
    assert_eq!(parsed.warnings.len(), 5);
}

// References that loop back (article → person → article, a node to itself) terminate.
#[test]
fn a_graph_with_a_reference_cycle_terminates() {
    let parsed = ld(r##"{"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": "#a", "headline": "Loops", "author": {"@id": "#p"}, "publisher": {"@id": "#o"},
         "mainEntityOfPage": {"@id": "#a"}, "isPartOf": {"@id": "#a"}, "relatedLink": [{"@id": "#a"}], "image": {"@id": "#i"}},
        {"@type": "Person", "@id": "#p", "name": "P", "worksFor": {"@id": "#o"}, "mainEntityOfPage": {"@id": "#a"}, "image": {"@id": "#p"}},
        {"@type": "Organization", "@id": "#o", "name": "O", "member": {"@id": "#p"}, "publisher": {"@id": "#o"}},
        {"@type": "ImageObject", "@id": "#i", "url": "i.jpg", "isPartOf": {"@id": "#i"}}
    ]}"##);
    let a = parsed.article;
    assert_eq!(a.headline, "Loops");
    assert_eq!(a.authors[0].name, "P");
    assert_eq!(a.site.map(|s| s.name).as_deref(), Some("O"));
    assert_eq!(a.hero.map(|h| h.src).as_deref(), Some("i.jpg"));
    assert_eq!(a.related[0].headline, "Loops");
}

// A reference to a node the document does not define is skipped with a warning.
#[test]
fn a_dangling_reference_is_skipped_with_a_warning() {
    let parsed =
        ld(r##"{"@graph": [{"@type": "Article", "headline": "h", "author": [{"@id": "#nobody"}, "Real Name"]}]}"##);
    assert_eq!(parsed.article.authors.len(), 1);
    assert_eq!(parsed.article.authors[0].name, "Real Name");
    let w = &parsed.warnings[0];
    assert_eq!(w.path, r#"article["@graph"][0].author[0]"#);
    assert!(w.message.contains("#nobody"), "{w}");
}

// item picks an article node by index or by @id; a missing one is an error that says what there is.
#[test]
fn item_picks_among_several_articles_by_index_or_id() {
    let json = r##"[{"@type": "WebSite", "name": "S"}, {"@type": "NewsArticle", "@id": "#one", "headline": "One"},
        {"@type": "BlogPosting", "@id": "#two", "url": "https://b.example/two", "headline": "Two"}]"##;
    let pick = |item| parse(json, Format::JsonLd, item).map(|p| p.article.headline);
    assert_eq!(pick(None).unwrap(), "One");
    assert_eq!(pick(Some("1")).unwrap(), "Two");
    assert_eq!(pick(Some("#two")).unwrap(), "Two");
    assert_eq!(pick(Some("https://b.example/two")).unwrap(), "Two");
    let e = pick(Some("#three")).unwrap_err();
    assert_eq!(e.path(), Some("article"));
    assert!(e.to_string().contains("among 2 articles"), "{e}");
}

// A document with no article node says which types it looked for and which it found.
#[test]
fn a_document_without_an_article_lists_the_types_looked_for() {
    let e = ld_error(r#"{"@context": "https://schema.org", "@type": "Recipe", "name": "Soup"}"#);
    assert_eq!(e.path(), Some("article"));
    let message = e.to_string();
    for clue in ["NewsArticle", "BlogPosting", "Recipe"] {
        assert!(message.contains(clue), "{clue}: {message}");
    }
}

// On a page, the first article node among all JSON-LD blocks is the article.
#[test]
fn the_page_reader_picks_the_first_article_among_all_blocks() {
    let blocks = [
        r#"{"@context": "https://schema.org", "@type": "WebSite", "name": "S", "url": "https://s.example/"}"#
            .to_owned(),
        "{ not json".to_owned(),
        fixture("jsonld/yoast-graph.json"),
        r#"{"@type": "NewsArticle", "headline": "Later"}"#.to_owned(),
    ];
    let parsed = parse_page_json_ld(&blocks).unwrap();
    assert_eq!(parsed.article.headline, "Library roof appeal passes its target a month early");
    assert_eq!(parsed.article.authors[0].name, "Desmond Achterberg");

    // Several blocks are named as one array, in page order (invalid JSON skipped).
    let e = parse_page_json_ld(&[
        r#"{"@type": "WebSite"}"#.to_owned(),
        r#"{"@type": "Article", "author": {"name": 1}, "headline": "h"}"#.to_owned(),
    ])
    .unwrap_err();
    assert_eq!(e.path(), Some("article[1].author.name"));
    // One block is the article itself.
    assert_eq!(
        parse_page_json_ld(&[fixture("jsonld/author-string.json")]).unwrap(),
        ld(&fixture("jsonld/author-string.json"))
    );

    let none = parse_page_json_ld(&[r#"{"@type": "Organization", "name": "O"}"#.to_owned()]).unwrap_err();
    assert!(none.to_string().contains("NewsArticle") && none.to_string().contains("Organization"), "{none}");
    assert!(parse_page_json_ld(&[]).unwrap_err().to_string().contains("ld+json"));
}

// Caps, date checks and language checks behave exactly as in the native format.
#[test]
fn limits_dates_and_language_tags_behave_as_in_the_native_format() {
    let authors: Vec<String> = (0..MAX_AUTHORS + 2).map(|i| format!("\"Author {i}\"")).collect();
    let parsed = ld(&format!(
        r#"{{"@type": "NewsArticle", "headline": "h", "author": [{}], "datePublished": "2026-02-30", "inLanguage": "en_GB!"}}"#,
        authors.join(",")
    ));
    assert_eq!(parsed.article.authors.len(), MAX_AUTHORS);
    assert!(parsed
        .warnings
        .iter()
        .any(|w| w.path == "article.author"
            && w.message == format!("12 authors, only the first {MAX_AUTHORS} are shown")));
    assert_eq!(parsed.article.published, None);
    assert!(warned(&parsed, "article.datePublished"));
    assert_eq!(parsed.article.language, None);
    assert!(warned(&parsed, "article.inLanguage"));

    let long = "x".repeat(MAX_SHORT_TEXT + 1);
    let e = ld_error(&format!(r#"{{"@type": "NewsArticle", "headline": "{long}"}}"#));
    assert_eq!(
        e,
        Error::Invalid { path: "article.headline".into(), message: format!("longer than {MAX_SHORT_TEXT} characters") }
    );
}

// An ImageObject with contentUrl, string dimensions and a QuantitativeValue reads as an image.
#[test]
fn image_objects_accept_content_url_and_written_out_dimensions() {
    let a = ld(r#"{"@type": "NewsArticle", "headline": "h", "image": {"@type": "ImageObject", "contentUrl": "/a.jpg",
        "width": "800px", "height": {"@type": "QuantitativeValue", "value": 450, "unitCode": "E37"}, "name": "A red kite over the ridge"}}"#)
    .article;
    let hero = a.hero.unwrap();
    assert_eq!((hero.src.as_str(), hero.width, hero.height), ("/a.jpg", Some(800), Some(450)));
    assert_eq!(hero.alt, "A red kite over the ridge");
    let e = ld_error(r#"{"@type": "NewsArticle", "headline": "h", "image": {"url": "/a.jpg", "width": 0}}"#);
    assert_eq!(e.path(), Some("article.image.width"));
}

// Without a url, the article's address comes from mainEntityOfPage.
#[test]
fn the_article_url_falls_back_to_main_entity_of_page() {
    let url = |page: &str| {
        ld(&format!(r#"{{"@type": "NewsArticle", "headline": "h", "mainEntityOfPage": {page}}}"#)).article.url
    };
    assert_eq!(url(r#""https://a.example/x""#).as_deref(), Some("https://a.example/x"));
    assert_eq!(url(r#"{"@type": "WebPage", "@id": "https://a.example/y"}"#).as_deref(), Some("https://a.example/y"));
    assert_eq!(url("true"), None);
}

// Empty arrays, empty strings and nulls read as absent fields, never as errors.
#[test]
fn empty_arrays_and_nulls_read_as_absent() {
    let parsed = ld(
        r#"{"@type": "NewsArticle", "headline": "h", "publisher": [], "author": [], "image": [], "articleSection": [],
        "inLanguage": null, "relatedLink": [], "datePublished": null, "description": "", "articleBody": "  "}"#,
    );
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!((a.site, a.hero, a.section, a.language, a.published, a.dek), (None, None, None, None, None, None));
    assert!(a.authors.is_empty() && a.related.is_empty() && a.body.is_empty());
}

// Issue 12, item 5: every schema.org Article type, the postings included, and
// an article that is the mainEntity of a WebPage, is read, not refused.
#[test]
fn every_article_type_and_posting_is_read_as_the_article() {
    for kind in [
        "ScholarlyArticle",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "ReviewNewsArticle",
        "Report",
        "SatiricalArticle",
        "schema:TechArticle",
    ] {
        let json = format!(r#"{{"@context": "https://schema.org", "@type": "{kind}", "headline": "H {kind}"}}"#);
        assert_eq!(ld(&json).article.headline, format!("H {kind}"), "{kind}");
        assert_eq!(detect(&serde_json::from_str(&json).unwrap()).unwrap(), Format::JsonLd);
    }
    // A live blog's updates are read (tests below), not warned about.
    let live = ld(r#"{"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live",
        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "U1"}, {"@type": "BlogPosting", "headline": "U2"}]}"#);
    assert_eq!(live.article.headline, "Live");
    assert_eq!(live.warnings, vec![]);
    assert_eq!(updates(&live.article.body).len(), 2);
    let page = ld(r#"{"@context": "https://schema.org", "@type": "WebPage", "name": "Page title",
        "mainEntity": {"@type": "Article", "headline": "The article itself"}}"#);
    assert_eq!(page.article.headline, "The article itself");
}

// Issue 12, item 6: SEO plugins write HTML entities and markup into plain-text
// properties; the reader sees the characters and the words, never the code.
#[test]
fn entities_and_markup_in_text_properties_are_decoded_and_dropped() {
    let a = ld(r#"{"@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "It&#8217;s &amp; more", "description": "Read <a href=\"https://ex.test/\">here</a> &mdash; now",
        "articleSection": "News &amp; Politics",
        "articleBody": "First&nbsp;paragraph &lt;b&gt; stays text.\n\nSecond &#8220;quoted&#8221;."}"#)
    .article;
    assert_eq!(a.headline, "It\u{2019}s & more");
    assert_eq!(a.dek.as_deref(), Some("Read here \u{2014} now"));
    assert_eq!(a.section.as_deref(), Some("News & Politics"));
    let paragraphs: Vec<String> = a.body.iter().map(text).collect();
    assert_eq!(paragraphs, ["First\u{a0}paragraph <b> stays text.", "Second \u{201c}quoted\u{201d}."]);
    let html = render_to_html(&WidgetState::Ready(a));
    assert!(!html.contains("&amp;#8217;") && !html.contains("&amp;amp;") && !html.contains("&lt;a href"));
}

// Issue 12, item 8: one Person node naming two writers credits both; a name
// field that starts with "By " does not make the byline read "By By".
#[test]
fn a_name_array_credits_every_writer_and_a_leading_by_is_dropped() {
    let two = ld(r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "h",
        "author": {"@type": "Person", "name": ["A One", "B Two"], "jobTitle": "Reporter"}}"#);
    let names: Vec<&str> = two.article.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["A One", "B Two"]);
    assert_eq!(two.article.authors[0].role.as_deref(), Some("Reporter"));
    let by = ld(r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "h",
        "author": [{"@type": "Person", "name": "By C Three"}, "by D Four", {"@type": "Person", "name": "Byron Five"}]}"#);
    let names: Vec<&str> = by.article.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["C Three", "D Four", "Byron Five"]);
    let html = render_to_html(&WidgetState::Ready(by.article)).replace("<!>", "");
    assert!(html.contains("By <a") && !html.contains("By By"), "{html}");
}

// Issue 12, item 7: dates as news sites' systems write them are read, and
// the page gets them as RFC 3339 in <time datetime>; a zone-less time stays
// zone-less (shown as written, never shifted).
#[test]
fn dates_in_publishers_forms_are_read_as_rfc_3339() {
    for (written, read) in [
        ("2016-05-24T07:00:00-0700", "2016-05-24T07:00:00-07:00"),
        ("2020-10-08T18:45:30+0000", "2020-10-08T18:45:30+00:00"),
        ("Mon, Jan 7 2019 15:37:00 EST", "2019-01-07T15:37:00-05:00"),
        ("Mon, 07 Jan 2019 15:37:00 GMT", "2019-01-07T15:37:00+00:00"),
        ("2026-11-20T08:30:00", "2026-11-20T08:30:00"),
    ] {
        let json = format!(
            r#"{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "h", "datePublished": "{written}"}}"#
        );
        let parsed = ld(&json);
        assert_eq!(parsed.warnings, [], "{written}");
        let published = parsed.article.published.clone().unwrap_or_else(|| panic!("{written} was dropped"));
        assert_eq!(published.as_str(), read);
        let html = render_to_html(&WidgetState::Ready(parsed.article));
        assert!(html.contains(&format!(r#"<time datetime="{read}""#)), "{written}");
    }
    // Still refused, with the path: a date nobody could read.
    let bad =
        ld(r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "h", "datePublished": "soon"}"#);
    assert!(warned(&bad, "article.datePublished"));
}

/// A live blog's updates as (published, headline, url, the text of the
/// blocks up to the next update), in body order.
type Update = (Option<String>, Option<String>, Option<String>, Vec<String>);

fn updates(body: &[Block]) -> Vec<Update> {
    let mut out: Vec<Update> = Vec::new();
    for block in body {
        match (block, out.last_mut()) {
            (Block::Update { published, headline, url }, _) => {
                out.push((published.as_ref().map(|d| d.as_str().to_owned()), headline.clone(), url.clone(), vec![]))
            }
            (Block::Figure { image, .. }, Some(last)) => last.3.push(format!("[figure {}]", image.src)),
            (block, Some(last)) => last.3.push(text(block)),
            (_, None) => {}
        }
    }
    out
}

// Issue 12: a LiveBlogPosting's updates are timed sections after its own
// text, newest first whatever the document's order, entities decoded.
#[test]
fn a_live_blog_shows_its_updates_newest_first_after_its_own_text() {
    let parsed = ld(&fixture("jsonld/liveblog.json"));
    assert_eq!(parsed.warnings, vec![]);
    let a = parsed.article;
    assert_eq!(a.headline, "Storm Oriel reaches Veldmar: live updates as the harbour closes");
    assert_eq!(
        text(&a.body[0]),
        "The harbour authority closed the port to all traffic at noon. Follow our reporters on the quays and at the forecast office."
    );
    let page = "https://veldmar-courier.example/live/2026/11/18/harbour-storm";
    let expected: Vec<Update> = vec![
        (
            Some("2026-11-18T16:40:00+01:00".into()),
            Some("Waves top the outer breakwater".into()),
            Some(format!("{page}#update-5")),
            vec![
                "[figure ../img/card-ship.svg]".into(),
                "Our photographer on the fish market quay watched waves break over the lamp at the end of the outer breakwater, the first time since 2019.".into(),
            ],
        ),
        // No headline: shown by its time and text.
        (
            Some("2026-11-18T14:20:00+01:00".into()),
            None,
            Some(format!("{page}#update-4")),
            vec!["Power is out in parts of the old town. The grid operator says crews will not go up poles until the gusts ease, probably tonight.".into()],
        ),
        (
            Some("2026-11-18T12:02:00+01:00".into()),
            Some("Harbour closes to all traffic".into()),
            Some(format!("{page}#update-3")),
            vec![
                "The last ferry from Ostrand tied up at 11:48, twelve minutes before the closure.".into(),
                "Pilots will not board any ship until the wind drops below 60 km/h, the authority said.".into(),
            ],
        ),
        // A headline alone is an update too.
        (
            Some("2026-11-18T10:30:00+01:00".into()),
            Some("Schools on the islands close early".into()),
            Some(format!("{page}#update-2")),
            vec![],
        ),
        (
            Some("2026-11-18T09:15:00+01:00".into()),
            Some("Forecasters raise the warning to amber".into()),
            Some(format!("{page}#update-1")),
            vec![
                "The coastal forecast office raised its warning to amber for the whole of the Veldmar coast & the islands.".into(),
                "\u{201c}Stay away from the sea front,\u{201d} the duty forecaster said.".into(),
            ],
        ),
    ];
    assert_eq!(updates(&a.body), expected);
}

// Order is by instant, offsets applied; updates of the same instant and then
// undated ones keep document order; dateModified stands in for a missing
// datePublished; an update may be a reference to a node of the @graph.
#[test]
fn live_updates_are_ordered_by_instant_with_undated_ones_last_in_document_order() {
    let parsed = ld(r##"{"@context": "https://schema.org", "@graph": [
        {"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": "undated A"},
            {"@type": "BlogPosting", "headline": "09:00 in Lagos", "datePublished": "2026-11-18T09:00:00+01:00"},
            {"@id": "#u3"},
            {"@type": "BlogPosting", "headline": "undated B", "articleBody": "Text &amp; more."},
            {"@type": "BlogPosting", "headline": "08:30 UTC", "dateModified": "2026-11-18T08:30:00Z"},
            {"@type": "BlogPosting", "headline": "also 08:00 UTC", "datePublished": "2026-11-18T08:00:00Z"},
            {"@type": "BlogPosting", "headline": "day only", "datePublished": "2026-11-17"}
        ]},
        {"@type": "BlogPosting", "@id": "#u3", "headline": "03:00 in New York", "datePublished": "2026-11-18T03:00:00-05:00"}
    ]}"##);
    assert_eq!(parsed.warnings, vec![]);
    let order: Vec<(Option<String>, Option<String>)> =
        updates(&parsed.article.body).into_iter().map(|(date, headline, ..)| (headline, date)).collect();
    let at = |h: &str, d: Option<&str>| (Some(h.to_owned()), d.map(str::to_owned));
    assert_eq!(
        order,
        [
            at("08:30 UTC", Some("2026-11-18T08:30:00Z")),
            at("09:00 in Lagos", Some("2026-11-18T09:00:00+01:00")),
            at("03:00 in New York", Some("2026-11-18T03:00:00-05:00")),
            at("also 08:00 UTC", Some("2026-11-18T08:00:00Z")),
            at("day only", Some("2026-11-17")),
            at("undated A", None),
            at("undated B", None),
        ]
    );
    assert_eq!(updates(&parsed.article.body)[6].3, ["Text & more."]);
}

// An update with nothing to show, or one that cannot be read, is skipped
// with a warning naming it; the live blog and its other updates stay.
#[test]
fn an_empty_or_broken_live_update_is_skipped_with_a_warning() {
    let parsed = ld(r##"{"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": [
        {"@type": "BlogPosting", "datePublished": "2026-11-18T10:00:00Z", "articleBody": "  "},
        {"@type": "BlogPosting", "headline": 42, "datePublished": "2026-11-18T09:00:00Z"},
        "https://news.example/live#3",
        {"@type": "BlogPosting", "headline": "Kept", "datePublished": "soon"},
        {"@id": "#nowhere"}
    ]}"##);
    let warnings: Vec<(&str, &str)> = parsed.warnings.iter().map(|w| (w.path.as_str(), w.message.as_str())).collect();
    assert_eq!(
        warnings,
        [
            ("article.liveBlogUpdate[2]", "not a BlogPosting; the update is skipped"),
            (
                "article.liveBlogUpdate[3].datePublished",
                "\"soon\": expected a date like 2026-11-20 or 2026-11-20T08:30:00Z; the date is not shown"
            ),
            (
                "article.liveBlogUpdate[4]",
                "refers to @id \"#nowhere\", which is not in the document; the update is skipped"
            ),
            ("article.liveBlogUpdate[0]", "has no headline, articleBody or image; the update is skipped"),
            (
                "article.liveBlogUpdate[1]",
                "article.liveBlogUpdate[1].headline should be a string, but is a number; the update is skipped"
            ),
        ]
    );
    assert_eq!(updates(&parsed.article.body), [(None, Some("Kept".into()), None, vec![])]);
}

// A live blog of more updates than the limit keeps the newest, and says so
// where the updates are.
#[test]
fn live_updates_past_the_limit_are_dropped_oldest_first_with_a_warning() {
    let n = MAX_UPDATES + 5;
    // Written oldest first, as some sites do: minute i of the day.
    let items: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"@type": "BlogPosting", "headline": "U{i}", "datePublished": "2026-11-18T{:02}:{:02}:00Z"}}"#,
                i / 60,
                i % 60
            )
        })
        .collect();
    let json =
        format!(r#"{{"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": [{}]}}"#, items.join(","));
    let parsed = ld(&json);
    let warning = parsed.warnings.iter().find(|w| w.path == "article.liveBlogUpdate").unwrap();
    assert_eq!(warning.message, format!("{n} live updates, only the newest {MAX_UPDATES} are shown"));
    let kept = updates(&parsed.article.body);
    assert_eq!(kept.len(), MAX_UPDATES);
    assert_eq!(kept[0].1.as_deref(), Some(format!("U{}", n - 1).as_str()));
    assert_eq!(kept[MAX_UPDATES - 1].1.as_deref(), Some("U5"));
}

// Rendered, each update is a section named by its time and headline: a
// <time datetime> with the time of day, linking to the update's page.
#[test]
fn a_live_update_renders_as_a_section_with_its_time_and_headline() {
    let html = render_to_html(&WidgetState::Ready(ld(&fixture("jsonld/liveblog.json")).article));
    assert_eq!(html.matches(r#"<section aria-labelledby="#).count(), 5);
    let first = &html[html.find("<section").unwrap()..html.find("</section>").unwrap()];
    let id = first.split('"').nth(1).unwrap().to_owned();
    let (time_id, heading_id) = id.split_once(' ').unwrap();
    assert!(first.contains(&format!(
        r#"<a rel="noopener noreferrer" href="https://veldmar-courier.example/live/2026/11/18/harbour-storm#update-5"><time id="{time_id}" datetime="2026-11-18T16:40:00+01:00">18 November 2026, 16:40</time></a>"#
    )), "{first}");
    assert!(first.contains(&format!(
        r#"<h2 id="{heading_id}" class="aw-update__headline">Waves top the outer breakwater</h2>"#
    )));
    assert!(first.contains(r#"<figure class="aw-figure">"#));
    // The update without a headline is named by its time alone.
    assert!(html.contains(r#"<section aria-labelledby="aw-update-2-time" class="aw-update">"#));
    // The live blog's own text comes before the first update.
    assert!(html.find("The harbour authority closed the port").unwrap() < html.find("<section").unwrap());
}

// The image array's other entries are other pictures as often as other
// sizes of one (the fixture's second is another picture of the same 16:9
// shape), so none becomes a srcset candidate of the first.
#[test]
fn other_images_of_the_array_are_not_taken_for_renditions() {
    let hero = ld(&fixture("jsonld/newsarticle.json")).article.hero.unwrap();
    assert_eq!(hero.src, "../img/harbour.svg");
    assert_eq!(hero.srcset, []);
}
