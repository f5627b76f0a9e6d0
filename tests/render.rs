//! Native rendering: the HTML the components produce, without a browser.

use article_widget::{parse_article, render_to_html, Failure, WidgetState};

mod common;
use common::fixture;

fn render(json: &str) -> String {
    render_to_html(&WidgetState::Ready(parse_article(json).unwrap().article))
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The heading levels in document order: `[1, 2, 2, 3, …]`.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(i, _)| html.as_bytes().get(i + 2).filter(|b| (b'1'..=b'6').contains(b)).map(|b| b - b'0'))
        .collect()
}

// The demo renders one article with one h1 and every part name on its element.
#[test]
fn the_demo_renders_every_part_once_with_semantic_elements() {
    let html = render(&fixture("demo.json"));
    assert!(html.starts_with(r#"<div part="widget" class="aw">"#));
    assert_eq!(count(&html, "<article"), 1);
    assert_eq!(count(&html, "<h1"), 1);
    for (part, times) in [
        ("header", 1),
        ("headline", 1),
        ("byline", 1),
        ("hero", 1),
        ("body", 1),
        ("related", 1),
        ("author-card", 1),
        ("trending", 1),
        ("inline-story", 3),
        ("ad-slot", 1),
        ("story-card", 5),
    ] {
        assert_eq!(count(&html, &format!(r#"part="{part}""#)), times, "part {part}");
    }
    assert!(html.contains(r#"<h1 part="headline" id="aw-headline" class="aw-header__headline">Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze</h1>"#));
    assert_eq!(count(&html, "<blockquote"), count(&html, r#"<figure class="aw-quote"#));
    assert!(count(&html, "<blockquote") >= 2);
    assert!(count(&html, "<cite>") >= 2);
    assert!(html.contains(r#"<time datetime="2026-11-20"#));
    assert!(html.contains(r#"<slot name="ad-1">"#));
    assert!(html.contains("Trending on The Meridian Ledger"));
    // Leptos marks the seams between static and dynamic text with <!> comments.
    assert!(html.replace("<!>", "").contains("More from Nadia Okonkwo-Hale"));
    assert!(html.contains(" min read"));
}

// Headings never skip a level: h1, then h2s, with h3 only under an h2.
#[test]
fn heading_levels_never_skip() {
    for name in ["demo.json", "edge-rtl.json", "minimal.json"] {
        let levels = heading_levels(&render(&fixture(name)));
        assert_eq!(levels.first(), Some(&1), "{name}");
        for pair in levels.windows(2) {
            assert!(pair[1] <= pair[0] + 1, "{name}: h{} after h{}", pair[1], pair[0]);
        }
    }
}

// Every image has alt text (empty for decoration) and its size, so nothing shifts.
#[test]
fn images_carry_alt_and_dimensions_and_load_lazily_below_the_hero() {
    let html = render(&fixture("demo.json"));
    let images: Vec<&str> = html.split("<img").skip(1).map(|rest| &rest[..rest.find('>').unwrap()]).collect();
    assert!(images.len() >= 8);
    for (i, img) in images.iter().enumerate() {
        assert!(img.contains(" alt="), "img {i} has alt: {img}");
        assert!(img.contains(r#"decoding="async""#));
        let expected = if i == 0 { r#"loading="eager""# } else { r#"loading="lazy""# };
        assert!(img.contains(expected), "img {i}: {img}");
    }
    assert!(images[0].contains(r#"width="1200""#) && images[0].contains(r#"height="675""#));
}

// The widget runs under style-src 'self': no inline style attribute anywhere.
#[test]
fn no_inline_styles_or_scripts_are_rendered() {
    for name in ["demo.json", "edge-rtl.json", "minimal.json"] {
        let html = render(&fixture(name));
        assert!(!html.contains("style="), "{name}");
        assert!(!html.contains("<script"), "{name}");
    }
}

// Markup in text is shown as text, never parsed.
#[test]
fn html_in_strings_is_escaped_as_text() {
    let html = render(
        r#"{"headline": "<img src=x onerror=alert(1)>", "body": [{"type": "paragraph", "text": "</p><script>alert(1)</script>"}]}"#,
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
}

// Inline formatting nests as the document says.
#[test]
fn inline_formatting_becomes_em_strong_code_links_and_breaks() {
    let html = render(
        r#"{"headline": "h", "body": [{"type": "paragraph", "content": [
        "a ", {"type": "strong", "content": ["b ", {"type": "em", "text": "c"}]},
        {"type": "br"}, {"type": "code", "text": "d"}, " ", {"type": "link", "href": "https://x.test/", "text": "e"}]}]}"#,
    );
    let paragraph = &html[html.find(r#"<p class="aw-body__paragraph">"#).unwrap()..];
    let paragraph = &paragraph[..paragraph.find("</p>").unwrap()];
    let text: String = paragraph.replace("<!>", "");
    assert_eq!(
        text,
        r#"<p class="aw-body__paragraph">a <strong>b <em>c</em></strong><br><code>d</code> <a rel="noopener noreferrer" href="https://x.test/">e</a>"#
    );
}

// The byline links each author to their bio card; several authors are joined with "and" (Arabic "و", joined to the name).
#[test]
fn the_byline_links_authors_to_their_bio_cards() {
    let html = render(&fixture("edge-rtl.json"));
    assert!(html.contains(r##"href="#aw-author-1""##) && html.contains(r##"href="#aw-author-2""##));
    assert!(html.contains(r#"id="aw-author-1""#) && html.contains(r#"id="aw-author-2""#));
    assert!(html
        .replace("<!>", "")
        .contains(r##" و<a href="#aw-author-2" class="aw-byline__author">سامر الخطيب</a>"##));
    assert!(html.contains(r#"dir="rtl""#) && html.contains(r#"lang="ar""#));
    assert_eq!(count(&html, "<img"), 0, "the edge fixture has no images at all");
}

// Missing optional parts leave no empty wrappers behind.
#[test]
fn a_minimal_article_renders_without_empty_sections() {
    let html = render(&fixture("minimal.json"));
    for absent in [
        "part=\"hero\"",
        "part=\"related\"",
        "part=\"trending\"",
        "part=\"author-card\"",
        "<aside",
        "aw-header__section",
        "aw-header__dek",
        "aw-byline__authors",
    ] {
        assert!(!html.contains(absent), "{absent}");
    }
    assert_eq!(count(&html, "<p class=\"aw-body__paragraph\">"), 2);
}

// The error card tells the reader what went wrong and the publisher where.
#[test]
fn the_error_card_shows_the_message_and_path() {
    let failure: Failure = parse_article(&fixture("bad/missing-headline.json")).unwrap_err().into();
    let html = render_to_html(&WidgetState::Failed(failure));
    assert!(html.contains(r#"part="error""#) && html.contains(r#"role="alert""#));
    assert!(html.contains("<code>article.headline</code>"));
    assert!(html.contains("article.headline is required but missing"));
}

// The loading skeleton announces itself to assistive technology.
#[test]
fn the_skeleton_is_a_busy_status() {
    let html = render_to_html(&WidgetState::Loading);
    assert!(html.contains(r#"role="status""#) && html.contains(r#"aria-busy="true""#));
    assert!(html.contains("Loading article"));
}

// `cargo run -- render FILE` prints the same static HTML.
#[test]
fn the_render_command_prints_the_article_html() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_article-widget"))
        .args(["render", &format!("{}/fixtures/demo.json", env!("CARGO_MANIFEST_DIR"))])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim_end(), render(&fixture("demo.json")));

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_article-widget"))
        .args(["render", &format!("{}/fixtures/bad/missing-headline.json", env!("CARGO_MANIFEST_DIR"))])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("article.headline"));
}

// `article-widget render FILE | head`: a reader that stops early ends the
// output quietly, without a panic. The article renders to far more than a
// pipe holds, so the command is still writing when the pipe closes.
#[test]
fn the_render_command_ends_quietly_when_its_reader_goes_away() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let paragraph = r#"{"type": "paragraph", "text": "A paragraph long enough to fill a pipe quickly, repeated."}"#;
    let body = vec![paragraph; 4000].join(",");
    let file = std::env::temp_dir().join(format!("article-widget-pipe-{}.json", std::process::id()));
    std::fs::write(&file, format!(r#"{{"headline": "Long", "body": [{body}]}}"#)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-widget"))
        .args(["render", file.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut start = [0u8; 15];
    child.stdout.take().unwrap().read_exact(&mut start).unwrap();
    // The pipe is closed here, long before the command has written it all.
    let out = child.wait_with_output().unwrap();
    std::fs::remove_file(&file).unwrap();
    assert_eq!(&start, b"<div part=\"widg");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
}

// Links to other sites cannot reach back into the page or learn its address; in-widget and relative links keep their referrer.
#[test]
fn links_to_other_sites_get_noopener_noreferrer_and_images_no_referrer() {
    let html = render(&fixture("demo.json"));
    for link in html.split("<a ").skip(1).map(|rest| &rest[..rest.find('>').unwrap()]) {
        let external = link.contains(r#"href="https://"#) || link.contains(r#"href="http://"#);
        assert_eq!(link.contains(r#"rel="noopener noreferrer""#), external, "{link}");
    }
    let images = html.matches("<img").count();
    assert!(images > 0);
    assert_eq!(html.matches(r#"referrerpolicy="no-referrer""#).count(), images);
}

// Keyboard users can pass each ad: a link before the box jumps to a
// focusable marker after it (the browser follows it in the shadow root, and
// a prerendered page follows it natively).
#[test]
fn each_ad_slot_has_a_skip_link_to_a_marker_after_its_box() {
    let html = render(&fixture("demo.json")).replace("<!>", "");
    let slot = &html[html.find(r#"part="ad-slot""#).unwrap()..];
    let skip = slot.find(r##"<a href="#aw-ad-1-end" class="aw-skip">Skip advertisement</a>"##).unwrap();
    let ad_box = slot.find(r#"<slot name="ad-1">"#).unwrap();
    let end =
        slot.find(r#"<span id="aw-ad-1-end" tabindex="-1" class="aw-ad__end">End of advertisement</span>"#).unwrap();
    assert!(skip < ad_box && ad_box < end);
    assert_eq!(count(&html, "aw-skip"), count(&html, r#"part="ad-slot""#));
}

// Landmarks: the article named by its headline, a complementary landmark
// for each bio card and the trending list named by their headings, and the
// related grid a list named by its heading rather than one more landmark.
#[test]
fn the_article_and_its_asides_are_named_landmarks_and_the_related_grid_a_named_list() {
    let html = render(&fixture("edge-rtl.json"));
    assert!(
        html.contains(r#"aria-labelledby="aw-headline""#) && html.contains(r#"<h1 part="headline" id="aw-headline""#)
    );
    assert_eq!(count(&html, "<aside"), 2, "two bio cards");
    assert!(html
        .contains(r#"<aside part="author-card" id="aw-author-2" tabindex="-1" aria-labelledby="aw-author-2-title""#));
    assert!(html.contains(r#"id="aw-author-2-title""#));
    let demo = render(&fixture("demo.json"));
    assert_eq!(count(&demo, "<aside"), 2, "one bio card and trending");
    assert!(
        demo.contains(r#"<aside part="trending" aria-labelledby="aw-trending-title""#)
            && demo.contains(r#"id="aw-trending-title""#)
    );
    assert!(html.contains(r#"aria-labelledby="aw-related-title""#) && html.contains(r#"id="aw-related-title""#));
    for soup in ["<nav", "<section part=\"related\" class=\"aw-related\" aria-", "role=\"region\""] {
        assert!(!html.contains(soup), "{soup}");
    }
}

// Real documents often come without a body (a JSON-LD block with a headline
// and a description): no "1 min read" for nothing to read, and no empty byline.
#[test]
fn an_article_without_a_body_shows_no_reading_time_and_no_empty_byline() {
    let dated = render(r#"{"headline": "h", "published": "2026-11-20"}"#);
    assert!(dated.contains(r#"part="byline""#) && dated.contains("2026-11-20"));
    assert!(!dated.contains("min read"), "{dated}");
    let bare = render(r#"{"headline": "h", "body": [{"type": "ad"}]}"#);
    assert!(!bare.contains(r#"part="byline""#), "{bare}");
    assert!(render(&fixture("minimal.json")).contains("1 min read"));
}

// A code block is a focusable, scrolling <pre><code> whose text is text.
#[test]
fn a_code_block_renders_as_scrollable_preformatted_text() {
    let html =
        render(r#"{"headline": "h", "body": [{"type": "code", "text": "if a < b {\n  x()\n}", "language": "rust"}]}"#);
    assert!(
        html.contains("<pre tabindex=\"0\" data-language=\"rust\" class=\"aw-body__code\"><code>if a &lt; b {\n  x()\n}</code></pre>"),
        "{html}"
    );
}

// Issue 12, item 3: a table is a table a screen reader can walk: headings
// scoped to their column or row, spans kept, in a named region a keyboard
// can focus to scroll it sideways.
#[test]
fn a_table_renders_with_scoped_headings_in_a_named_scrolling_region() {
    let html = render(
        r#"{"headline": "h", "body": [{"type": "table", "caption": "Ranges <2026>",
            "head": [["Model", {"text": "Range", "colspan": 2}]],
            "rows": [[{"text": "A", "header": true}, "300 km", "<b>x</b>"]]}]}"#,
    );
    let region = r#"<div role="region" tabindex="0" aria-label="Ranges &lt;2026&gt;" class="aw-body__table"><table><caption>Ranges &lt;2026&gt;</caption>"#;
    assert!(html.contains(region), "{html}");
    let head = r#"<thead><tr><th scope="col">Model<!></th><th scope="col" colspan="2">Range<!></th>"#;
    assert!(html.contains(head), "{html}");
    let row = r#"<tbody><tr><th scope="row">A<!></th><td>300 km<!></td><td>&lt;b&gt;x&lt;/b&gt;<!></td>"#;
    assert!(html.contains(row), "{html}");
    // Without a caption the region still has a name, in the article's language.
    let bare = render(r#"{"headline": "h", "language": "de", "body": [{"type": "table", "rows": [["1", "2"]]}]}"#);
    assert!(bare.contains(r#"aria-label="Tabelle""#), "{bare}");
    assert!(!bare.contains("<thead>") && !bare.contains("<caption>"), "{bare}");
}

// Issue 12, item 2: privacy first. A video is a button naming what it
// plays and where it would load from, and nothing is framed before the
// reader asks; a post is a quote with a link; another site is a link.
#[test]
fn embeds_render_as_facades_quotes_and_links_with_no_frame() {
    let html = render(
        r#"{"headline": "h", "body": [
            {"type": "embed", "embed": {"url": "https://youtu.be/aBcDeFgHiJk", "title": "Trials <1>", "caption": "Day two."}},
            {"type": "embed", "embed": {"url": "https://x.com/desk/status/1", "text": "Back <b>on</b> time.\nMore later.", "author": "Desk (@desk)"}},
            {"type": "embed", "embed": {"url": "https://maps.example/embed?pb=1"}}]}"#,
    );
    assert_eq!(count(&html, "<iframe"), 0, "{html}");
    assert!(
        html.contains(
            r#"<button type="button" class="aw-embed__play"><span class="aw-embed__icon" aria-hidden="true"></span><span class="aw-embed__action">Play video from YouTube<!>:</span><span class="aw-embed__title">Trials &lt;1&gt;</span></button>"#
        ),
        "{html}"
    );
    assert!(html.contains("Playing loads it from www.youtube-nocookie.com."), "{html}");
    assert!(
        html.contains(r#"href="https://youtu.be/aBcDeFgHiJk" class="aw-embed__source">Open on YouTube</a>"#),
        "{html}"
    );
    let quote = r#"<blockquote cite="https://x.com/desk/status/1" class="aw-embed__post"><!>Back &lt;b&gt;on&lt;/b&gt; time.<br>More later.<!></blockquote>"#;
    assert!(html.contains(quote), "{html}");
    assert!(html.contains(r#"class="aw-embed__source">Open on X</a>"#), "{html}");
    assert!(html.contains(r#"class="aw-embed__source">Embedded content from maps.example</a>"#), "{html}");
}

// A video plays in the page with the browser's controls, fetching nothing
// before the reader plays it; its captions track and title go with it.
#[test]
fn video_and_audio_render_with_controls_and_no_preload() {
    let html = render(
        r#"{"headline": "h", "body": [
            {"type": "video", "video": {"src": "https://ex.test/v.mp4", "encodingFormat": "video/mp4", "title": "Trials <1>", "poster": "https://ex.test/p.jpg",
              "width": 1280, "height": 720, "caption": ["Day two, filmed by ", {"type": "link", "href": "https://ex.test/desk", "text": "the desk"}, "."], "tracks": [{"src": "https://ex.test/v.vtt", "kind": "captions", "srclang": "en", "label": "English"}]}},
            {"type": "audio", "audio": {"src": "https://ex.test/a.mp3"}}]}"#,
    );
    let video = r#"<video controls preload="none" playsinline poster="https://ex.test/p.jpg" width="1280" height="720" aria-label="Trials &lt;1&gt;" class="aw-media__player"><source src="https://ex.test/v.mp4" type="video/mp4"><track kind="captions" src="https://ex.test/v.vtt" srclang="en" label="English"><!></video>"#;
    assert!(html.contains(video), "{html}");
    assert!(html.contains(r#"<p class="aw-media__title">Trials &lt;1&gt;</p>"#), "{html}");
    // A caption's runs keep their link.
    let caption = r#"<figcaption class="aw-media__caption">Day two, filmed by <a rel="noopener noreferrer" href="https://ex.test/desk">the desk<!></a>.<!></figcaption>"#;
    assert!(html.contains(caption), "{html}");
    assert!(
        html.contains(
            r#"<audio controls preload="none" class="aw-media__player"><source src="https://ex.test/a.mp3"><!></audio>"#
        ),
        "{html}"
    );
}

// Issue 12, item 11: a bookmark card keeps its description and publisher,
// shown under the inline story's headline.
#[test]
fn an_inline_story_shows_its_summary_and_publisher() {
    let html = render(
        r#"{"headline": "h", "body": [{"type": "story", "story": {"url": "https://g.example/x/", "headline": "Five maps",
            "summary": "Who claims <what>.", "publisher": "Harbour Desk · Lena Marsh"}}]}"#,
    );
    assert!(html.contains(r#"<span class="aw-inline-story__summary">Who claims &lt;what&gt;.</span>"#), "{html}");
    assert!(html.contains(r#"<span class="aw-inline-story__publisher">Harbour Desk · Lena Marsh</span>"#), "{html}");
}

// A heading's link is a link; a heading of nothing is refused, naming its path.
#[test]
fn a_heading_renders_its_link_and_a_blank_one_is_refused() {
    let html = render(
        r#"{"headline": "h", "body": [{"type": "heading", "level": 3, "content": [{"type": "link", "href": "https://ex.test/", "text": "Linked"}, " <b>"]}]}"#,
    );
    assert!(
        html.contains(r#"<h3 class="aw-body__subheading aw-body__subheading--minor"><a rel="noopener noreferrer" href="https://ex.test/">Linked<!></a> &lt;b&gt;<!></h3>"#),
        "{html}"
    );
    let error =
        article_widget::parse_article(r#"{"headline": "h", "body": [{"type": "heading", "text": "  "}]}"#).unwrap_err();
    assert_eq!(error.to_string(), "article.body[0].text: a heading needs text");
}

// A srcset is written with exactly its checked candidates, and sizes as the
// document says or, without, as wide as the widget lays the image out; a
// linked image is a link named by its alt text, or its caption, or "Open image".
#[test]
fn figures_write_srcset_sizes_and_their_link() {
    let html = render(
        r#"{"headline": "H",
            "hero": {"src": "https://ex.test/h.jpg", "alt": "Hero", "srcset": [{"url": "https://ex.test/h-800.jpg", "width": 800}, {"url": "https://ex.test/h-1600.jpg", "width": 1600}]},
            "body": [
              {"type": "figure", "image": {"src": "https://ex.test/a.jpg", "alt": "A", "sizes": "50vw",
                "srcset": [{"url": "https://ex.test/a-300.jpg", "width": 300}, {"url": "javascript:alert(1)", "width": 600}, {"url": "https://ex.test/a-900.jpg", "width": 900}]},
               "link": "https://ex.test/a-full.jpg"},
              {"type": "figure", "image": {"src": "/b.jpg", "alt": "", "caption": "Bee"}, "link": "/b"},
              {"type": "figure", "image": {"src": "/c.jpg", "alt": "", "srcset": [{"url": "/c-300.jpg", "width": 300}]}, "link": "/c"}
            ]}"#,
    );
    assert_eq!(
        common::attribute_values(&html, "srcset"),
        [
            "https://ex.test/h-800.jpg 800w, https://ex.test/h-1600.jpg 1600w",
            "https://ex.test/a-300.jpg 300w, https://ex.test/a-900.jpg 900w",
            "/c-300.jpg 300w",
        ]
    );
    assert_eq!(
        common::attribute_values(&html, "sizes"),
        ["(max-width: 1152px) 100vw, 1152px", "50vw", "(max-width: 672px) 100vw, 672px"]
    );
    assert!(html.contains(r#"<a rel="noopener noreferrer" href="https://ex.test/a-full.jpg" class="aw-figure__link"><img src="https://ex.test/a.jpg""#), "{html}");
    assert!(html.contains(r#"<a href="/b" aria-label="Bee" class="aw-figure__link"><img"#), "{html}");
    assert!(html.contains(r#"<a href="/c" aria-label="Open image" class="aw-figure__link"><img"#), "{html}");
    assert!(!html.contains("javascript"));
}

// A gallery is a figure holding a list of figures, each with its own caption
// and link, and the gallery's caption; its pictures say how wide a cell is.
#[test]
fn a_gallery_renders_a_list_of_figures_under_its_caption() {
    let html = render(
        r#"{"headline": "H", "body": [{"type": "gallery", "caption": "Three piers", "items": [
              {"image": {"src": "/1.jpg", "alt": "North", "caption": "North pier", "srcset": [{"url": "/1-300.jpg", "width": 300}],
                         "sizes": "(max-width: 1024px) 100vw, 1024px"}, "link": "/1-full.jpg"},
              {"image": {"src": "/2.jpg", "alt": "East"}},
              {"image": {"src": "/3.jpg", "alt": "South", "caption": "South pier"}, "link": "https://ex.test/3"}]}]}"#,
    );
    assert_eq!(count(&html, r#"<figure class="aw-body__gallery">"#), 1, "{html}");
    assert_eq!(count(&html, r#"<ul role="list" class="aw-body__gallery-grid">"#), 1, "{html}");
    assert_eq!(
        count(&html, r#"<li class="aw-body__gallery-item"><figure class="aw-figure aw-body__gallery-figure">"#),
        3
    );
    assert_eq!(count(&html, r#"class="aw-figure__link""#), 2);
    assert_eq!(count(&html, r#"<figcaption class="aw-figure__caption">"#), 2);
    assert!(
        html.contains(r#"<figcaption class="aw-body__gallery-caption">Three piers<!></figcaption></figure>"#),
        "{html}"
    );
    assert_eq!(common::attribute_values(&html, "sizes"), ["(max-width: 672px) 50vw, 224px"]);
    let alts = common::attribute_values(&html, "alt");
    assert_eq!(alts, ["North", "East", "South"]);
}

// Issue 12: a disclosure is the browser's own, closed; a callout is a note
// with its label shown, a lone emoji hidden from screen readers. Text stays text.
#[test]
fn details_render_closed_and_callouts_as_notes() {
    let html = render(
        r#"{"headline": "h", "body": [
            {"type": "details", "summary": "Why <b>?", "paragraphs": ["One.", ["Two ", {"type": "em", "text": "more"}]]},
            {"type": "callout", "label": "💡", "paragraphs": ["A tip <i>."]},
            {"type": "callout", "label": "Warning", "paragraphs": ["Careful."]},
            {"type": "callout", "paragraphs": ["Bare."]}]}"#,
    );
    assert!(
        html.contains(
            r#"<details class="aw-details"><summary class="aw-details__summary">Why &lt;b&gt;?</summary><p>One.<!></p><p>Two <em>more<!></em><!></p><!></details>"#
        ),
        "{html}"
    );
    assert!(!html.contains("<details open"), "{html}");
    // One its source left open is open.
    let open = render(
        r#"{"headline": "h", "body": [{"type": "details", "summary": "S", "paragraphs": ["P."], "open": true}]}"#,
    );
    assert!(open.contains(r#"<details open class="aw-details">"#), "{open}");
    assert!(
        html.contains(r#"<div role="note" class="aw-callout"><p aria-hidden="true" class="aw-callout__label aw-callout__label--symbol">💡</p><div class="aw-callout__text"><p>A tip &lt;i&gt;.<!></p><!></div></div>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<div role="note" class="aw-callout"><p class="aw-callout__label">Warning</p><div class="aw-callout__text"><p>Careful.<!></p><!></div></div>"#),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<div role="note" class="aw-callout"><!><div class="aw-callout__text"><p>Bare.<!></p><!></div></div>"#
        ),
        "{html}"
    );
}

// The widget builds a long body in parts, a task each. Split anywhere
// between its units, the parts make the markup of the body built at once:
// inline stories and live updates are numbered on across parts, and an
// update keeps the blocks of its section. (Leptos' `<!>` markers, which
// each list of views leaves, are not content.)
#[test]
fn a_body_built_in_parts_is_the_body_built_at_once() {
    use article_widget::components::{body_part, body_units, Body, BodyCount};
    use leptos::prelude::*;

    use article_widget::formats::{parse, Format};
    for (name, format) in
        [("demo.json", Format::Native), ("every-block.json", Format::Native), ("jsonld/liveblog.json", Format::JsonLd)]
    {
        let body = parse(&fixture(name), format, None).unwrap().article.body;
        let blocks = body.len();
        let markup = |html: String| html.replace("<!>", "");
        let whole = markup(view! { <Body blocks=body.clone()/> }.to_html());
        let units = body_units(body);
        assert!(units.len() > 2, "{name}: {} units", units.len());
        if name.starts_with("jsonld/") {
            assert!(units.len() < blocks, "{name}: each update holds the blocks of its section");
        }
        for split in 0..=units.len() {
            let (first, second) = units.split_at(split);
            let mut count = BodyCount::default();
            let first = body_part(first.to_vec(), &mut count);
            let second = body_part(second.to_vec(), &mut count);
            let parts = markup(view! { <div part="body" class="aw-body">{first}{second}</div> }.to_html());
            assert_eq!(parts, whole, "{name}, split after unit {split}");
        }
    }
}
