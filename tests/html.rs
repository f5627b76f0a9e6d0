//! HTML bodies into model blocks, natively (html5ever). The same fixtures
//! run through the browser's DOMParser in tests/web.rs and must give the
//! same snapshots. Refresh the snapshots with `UPDATE_SNAPSHOTS=1 cargo test
//! --test html`, then read the diff.

use article_widget::formats::html;
use article_widget::model::limits::{
    MAX_BLOCKS, MAX_INLINES, MAX_INLINE_DEPTH, MAX_LONG_TEXT, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, MAX_TABLE_SPAN,
};
use article_widget::model::{
    Block, Candidate, Cell, Embed, GalleryItem, Image, Inline, ListItem, Media, StoryCard, SubList, Track, TrackKind,
};
use article_widget::Warning;

mod common;
use common::plain_caption;

/// Every fixture under fixtures/html/, by name without `.html`. tests/web.rs
/// lists the same names.
const FIXTURES: &[&str] = &["wordpress-gutenberg", "wordpress-gallery", "ghost", "hostile", "jsonfeed-simple"];

fn blocks(html: &str) -> Vec<Block> {
    let (blocks, warnings) = html::convert(html);
    assert_eq!(warnings, vec![], "no warnings expected for {html:?}");
    blocks
}

/// A caption of plain text.
fn cap(s: &str) -> Option<Vec<Inline>> {
    Some(vec![text(s)])
}

fn text(s: &str) -> Inline {
    Inline::Text { text: s.into() }
}

fn p(content: Vec<Inline>) -> Block {
    Block::Paragraph { content }
}

fn p_text(s: &str) -> Block {
    p(vec![text(s)])
}

fn em(content: Vec<Inline>) -> Inline {
    Inline::Emphasis { content }
}

fn strong(content: Vec<Inline>) -> Inline {
    Inline::Strong { content }
}

fn link(href: &str, content: Vec<Inline>) -> Inline {
    Inline::Link { href: href.into(), content }
}

fn candidate(url: &str, width: u32) -> Candidate {
    Candidate { url: url.into(), width }
}

fn image(src: &str, alt: &str) -> Image {
    Image::new(src.into(), alt.into())
}

fn story(url: &str, headline: &str) -> Block {
    Block::Story {
        story: StoryCard {
            url: url.into(),
            headline: headline.into(),
            kicker: None,
            image: None,
            date: None,
            summary: None,
            publisher: None,
        },
    }
}

fn messages(warnings: &[Warning]) -> Vec<String> {
    warnings.iter().map(ToString::to_string).collect()
}

// Paragraphs, headings and inline formatting map onto their model types; an
// h1 inside a body is a level-2 heading, h4 a level-3 one; b and i are
// strong and emphasis.
#[test]
fn paragraphs_headings_and_inline_formatting_map_onto_the_model() {
    let html = "<h1>Top</h1><h2>Section</h2><h4>Minor</h4>\
                <p>A <b>bold</b>, <i>italic</i>, <strong>strong</strong> and <em>em</em> word, \
                <code>x = 1</code>, E=mc<sup>2</sup>, H<sub>2</sub>O,<br>next line.</p>";
    assert_eq!(
        blocks(html),
        vec![
            Block::Heading { level: 2, content: vec![text("Top")] },
            Block::Heading { level: 2, content: vec![text("Section")] },
            Block::Heading { level: 3, content: vec![text("Minor")] },
            p(vec![
                text("A "),
                strong(vec![text("bold")]),
                text(", "),
                em(vec![text("italic")]),
                text(", "),
                strong(vec![text("strong")]),
                text(" and "),
                em(vec![text("em")]),
                text(" word, "),
                Inline::Code { text: "x = 1".into() },
                text(", E=mc"),
                Inline::Superscript { content: vec![text("2")] },
                text(", H"),
                Inline::Subscript { content: vec![text("2")] },
                text("O,"),
                Inline::LineBreak,
                text("next line."),
            ]),
        ]
    );
}

// Whitespace collapses as in normal flow: one space between words, none at
// a block's edges or around a line break, and a space stays outside the
// formatting it was outside of. Code keeps its spaces; entities decode.
#[test]
fn whitespace_collapses_as_a_browser_lays_out_normal_flow_but_code_keeps_its_spaces() {
    let html = "<p>\n  Words   spread\tover\n lines <em> and </em>  formatting&nbsp;&amp; <code>a  =  b</code>  <br>  after  </p>";
    assert_eq!(
        blocks(html),
        vec![p(vec![
            text("Words spread over lines "),
            em(vec![text("and")]),
            text(" formatting\u{a0}& "),
            Inline::Code { text: "a  =  b".into() },
            Inline::LineBreak,
            text("after"),
        ])]
    );
}

// Text outside any block is a paragraph of its own; block-level containers
// (div, section, a table) end it; paragraphs with nothing visible in
// them, not even a no-break space, are dropped.
#[test]
fn loose_text_becomes_a_paragraph_and_empty_paragraphs_are_dropped() {
    let html = "Loose <b>text</b><div>In a div</div><section><p>In a section</p>tail</section>\
                <p> </p><p>&nbsp;</p><p><span></span></p><table><tr><td>Cell one</td><th>Cell two</th></tr></table><hr>";
    assert_eq!(
        blocks(html),
        vec![
            p(vec![text("Loose "), strong(vec![text("text")])]),
            p_text("In a div"),
            p_text("In a section"),
            p_text("tail"),
            Block::Table {
                caption: None,
                head: vec![],
                rows: vec![vec![cell("Cell one"), Cell { header: true, ..cell("Cell two") }]]
            },
            Block::Divider,
        ]
    );
}

// A WordPress quote keeps its cite as attribution (without a leading dash,
// which the widget draws itself); a pull quote is marked pull, whether the
// class is on its figure or on the blockquote; paragraphs inside a quote
// stay paragraphs (issue 12, item 10: they were joined into one).
#[test]
fn quotes_take_their_cite_as_attribution_and_pull_quotes_are_marked() {
    let html = r#"<blockquote class="wp-block-quote"><p>First line.</p><p>Second line.</p><cite>— Mira Ostrand</cite></blockquote>
        <figure class="wp-block-pullquote"><blockquote><p>Pulled.</p><cite>Desk</cite></blockquote></figure>
        <blockquote class="wp-block-pullquote"><p>Old markup.</p></blockquote>
        <figure><blockquote>Captioned.</blockquote><figcaption>– A source</figcaption></figure>
        <blockquote><p>In <cite>The Ledger</cite>, a title stays text.</p></blockquote>"#;
    let quote = |content, attribution: Option<&str>, pull| Block::Quote {
        paragraphs: vec![content],
        attribution: attribution.map(Into::into),
        pull,
    };
    assert_eq!(
        blocks(html),
        vec![
            Block::Quote {
                paragraphs: vec![vec![text("First line.")], vec![text("Second line.")]],
                attribution: Some("Mira Ostrand".into()),
                pull: false,
            },
            quote(vec![text("Pulled.")], Some("Desk"), true),
            quote(vec![text("Old markup.")], None, true),
            quote(vec![text("Captioned.")], Some("A source"), false),
            quote(vec![text("In The Ledger, a title stays text.")], None, false),
        ]
    );
}

// Lists keep their order flag; a list inside an item is that item's own
// list (issue 12: it was joined into the item's text), down to
// MAX_LIST_DEPTH lists; deeper, it joins its item's text ("a: b; c"),
// keeping its formatting; empty items are dropped.
#[test]
fn nested_lists_stay_nested_and_join_their_item_past_the_depth_limit() {
    let html = "<ul><li>Survey<ul><li>June</li><li><em>September</em></li></ul></li><li>Plan:<ol><li>one</li></ol></li><li> </li></ul>\
                <ol><li>First</li></ol>";
    let item = |content: Vec<Inline>| ListItem::new(content);
    let with = |content: Vec<Inline>, ordered, items| ListItem { content, list: Some(SubList { ordered, items }) };
    assert_eq!(
        blocks(html),
        vec![
            Block::List {
                ordered: false,
                items: vec![
                    with(
                        vec![text("Survey")],
                        false,
                        vec![item(vec![text("June")]), item(vec![em(vec![text("September")])])]
                    ),
                    with(vec![text("Plan:")], true, vec![item(vec![text("one")])]),
                ],
            },
            Block::List { ordered: true, items: vec![item(vec![text("First")])] },
        ]
    );
    // Five lists deep: the fifth joins the text of its item in the fourth.
    let deep =
        "<ul><li>1<ul><li>2<ul><li>3<ul><li>4<ul><li>5a</li><li>5b</li></ul></li></ul></li></ul></li></ul></li></ul>";
    let fourth = vec![item(vec![text("4: 5a; 5b")])];
    let third = vec![with(vec![text("3")], false, fourth)];
    let second = vec![with(vec![text("2")], false, third)];
    assert_eq!(blocks(deep), vec![Block::List { ordered: false, items: vec![with(vec![text("1")], false, second)] }]);
}

// A figure's one image takes the figcaption as caption (its emphasis
// kept), its size and the
// link around it; an image with no src takes the widest srcset candidate,
// and keeps the width candidates, narrowest first (density ones are not
// kept); a lone image in a paragraph is a figure; an image inside text
// follows the paragraph.
#[test]
fn images_become_figures_with_caption_size_and_the_largest_srcset_candidate() {
    let html = r#"<figure class="wp-block-image"><a href="/big.jpg"><img src="/a.jpg" alt=" Boats " width="1024" height="576px"></a><figcaption>Boats <em>at dawn</em>.</figcaption></figure>
        <figure><img srcset="/s.jpg 300w, /l.jpg 1600w, /m.jpg 800w" alt="Map"></figure>
        <p><img src="/x2.jpg" srcset="/x1.jpg, /x3.jpg 3x"></p>
        <p>Text <img src="/inline.png" alt="i"> around.</p>
        <img srcset="/d1.jpg 1x, /d2.jpg 2x" alt="density">
        <img srcset="/h.jpg 1.5x, /o.jpg, /t.jpg .5x" alt="fractional">"#;
    assert_eq!(
        blocks(html),
        vec![
            Block::Figure {
                image: Image {
                    width: Some(1024),
                    height: Some(576),
                    caption: Some(vec![text("Boats "), em(vec![text("at dawn")]), text(".")]),
                    ..image("/a.jpg", "Boats")
                },
                link: Some("/big.jpg".into()),
            },
            Block::Figure {
                image: Image {
                    srcset: vec![candidate("/s.jpg", 300), candidate("/m.jpg", 800), candidate("/l.jpg", 1600)],
                    ..image("/l.jpg", "Map")
                },
                link: None,
            },
            Block::Figure { image: image("/x2.jpg", ""), link: None },
            p_text("Text around."),
            Block::Figure { image: image("/inline.png", "i"), link: None },
            Block::Figure { image: image("/d2.jpg", "density"), link: None },
            Block::Figure { image: image("/h.jpg", "fractional"), link: None },
        ]
    );
}

// A gallery figure (several images) is a gallery, captions from their own
// figures and its own; a WordPress classic-editor caption div is a figure.
#[test]
fn a_gallery_keeps_its_pictures_together_and_classic_captions_are_read() {
    let html = r#"<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="/1.jpg" alt="one"><figcaption>First</figcaption></figure><figure class="wp-block-image"><img src="/2.jpg" alt="two"></figure><figcaption>Both piers</figcaption></figure>
        <div class="wp-caption"><img src="/3.jpg" alt="three"><p class="wp-caption-text">Classic caption</p></div>"#;
    assert_eq!(
        blocks(html),
        vec![
            Block::Gallery {
                items: vec![
                    GalleryItem { image: Image { caption: cap("First"), ..image("/1.jpg", "one") }, link: None },
                    GalleryItem { image: image("/2.jpg", "two"), link: None },
                ],
                caption: cap("Both piers"),
            },
            Block::Figure { image: Image { caption: cap("Classic caption"), ..image("/3.jpg", "three") }, link: None },
        ]
    );
}

// "Related:", "Read more:" and "See also:" paragraphs that are only the
// label and one link become inline stories; anything more (two links,
// extra words, no colon, an unsafe link) leaves a paragraph.
#[test]
fn a_label_and_one_link_become_an_inline_story_only_where_unambiguous() {
    let html = r#"<p><strong>Related:</strong> <a href="/a">Story A</a></p>
        <p>READ MORE : <em><a href="/b"> Story   B </a></em></p>
        <p>See also: <a href="/c">C</a></p>
        <p>Related: <a href="/d">D</a> and <a href="/e">E</a></p>
        <p>Related: <a href="/f">F</a>, out today</p>
        <p>Related <a href="/g">G</a></p>
        <p>Background: <a href="/h">H</a></p>"#;
    assert_eq!(
        blocks(html),
        vec![
            story("/a", "Story A"),
            story("/b", "Story B"),
            story("/c", "C"),
            p(vec![text("Related: "), link("/d", vec![text("D")]), text(" and "), link("/e", vec![text("E")])]),
            p(vec![text("Related: "), link("/f", vec![text("F")]), text(", out today")]),
            p(vec![text("Related "), link("/g", vec![text("G")])]),
            p(vec![text("Background: "), link("/h", vec![text("H")])]),
        ]
    );
}

// WordPress' embed of another post (a blockquote holding only its link) is
// an inline story; the iframe beside it goes.
#[test]
fn a_wordpress_embedded_post_becomes_an_inline_story() {
    let html = r#"<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper">
        <blockquote class="wp-embedded-content" data-secret="a1b2"><a href="https://news.example/2026/04/ferries/">Ferries return to Orsk</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" src="https://news.example/2026/04/ferries/embed/#?secret=a1b2"></iframe>
        </div></figure>"#;
    assert_eq!(blocks(html), vec![story("https://news.example/2026/04/ferries/", "Ferries return to Orsk")]);
}

// A Ghost bookmark card is an inline story: its link, title, description
// and thumbnail; the publisher icon is not the thumbnail.
#[test]
fn a_ghost_bookmark_card_becomes_an_inline_story() {
    let html = r#"<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://g.example/x/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Five maps</div><div class="kg-bookmark-description">Who claims what.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/icon.png" alt=""><span class="kg-bookmark-author">Desk</span></div></div><div class="kg-bookmark-thumbnail"><img src="/thumb.png" alt=""></div></a></figure>
        <figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/no-title"><div class="kg-bookmark-content"><div class="kg-bookmark-description">No title here.</div></div></a></figure>"#;
    assert_eq!(
        blocks(html),
        vec![
            Block::Story {
                story: StoryCard {
                    url: "https://g.example/x/".into(),
                    headline: "Five maps".into(),
                    kicker: None,
                    image: Some(image("/thumb.png", "")),
                    date: None,
                    summary: Some("Who claims what.".into()),
                    publisher: Some("Desk".into()),
                },
            },
            p(vec![link("/no-title", vec![text("No title here.")])]),
        ]
    );
}

// An unsafe link keeps its words and loses its href; an unsafe image is
// dropped; each with a warning naming the JSON path and the element.
#[test]
fn unsafe_urls_drop_the_link_or_the_image_with_a_warning_naming_the_path() {
    let (blocks, warnings) = html::convert(
        r#"<p><a href="javascript:alert(1)">Click</a> <a href=" java&#x09;script:x">tab</a></p><img src="data:image/png;base64,AAAA" alt="d"><img src="vbscript:x" srcset="/ok.jpg 2x">"#,
    );
    assert_eq!(blocks, vec![p_text("Click tab"), Block::Figure { image: image("/ok.jpg", ""), link: None }]);
    assert_eq!(
        messages(&warnings),
        vec![
            r#"article.content_html: <a href="javascript:alert(1)">: URL scheme "javascript:" is not allowed here (only http, https, mailto); the link is dropped, its text kept"#,
            "article.content_html: <a href=\"java\\tscript:x\">: URL scheme \"javascript:\" is not allowed here (only http, https, mailto); the link is dropped, its text kept",
            r#"article.content_html: <img src="data:image/png;base64,AAAA">: URL scheme "data:" is not allowed here (only http, https); the image is dropped"#,
        ]
    );
}

// Active content, media, forms and foreign (SVG, MathML) content are
// dropped with everything inside them, and so is the caption of a figure
// left empty; no attribute other than href, src, srcset, alt, width
// and height reaches the model.
#[test]
fn scripts_styles_forms_media_and_foreign_content_are_dropped_with_their_text() {
    let html = r#"<p onclick="x()" style="color:red" title="t">Kept.</p><script>bad()</script><style>p{}</style>
        <iframe>iframe text</iframe><object>object text</object><form><input value="v"><button>b</button><textarea>t</textarea></form>
        <video><p>video text</p></video><audio>audio text</audio><canvas>canvas text</canvas><template><p>template</p></template>
        <svg><text>svg text</text></svg><math><mi>x</mi></math><noscript><p>noscript text</p></noscript>
        <div class="kg-card kg-audio-card"><div class="kg-audio-title">Player chrome</div><span>0:00</span></div>
        <figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="https://video.example/"></iframe></div><figcaption>A caption under nothing</figcaption></figure>
        <p>Also <span>kept</span><script>no</script>.</p>"#;
    let (blocks, warnings) = html::convert(html);
    // Since issue 12 a frame of an unknown site is a link to it, with its
    // figure's caption (and a warning); its fallback text is still dropped.
    let link = Embed { caption: cap("A caption under nothing"), ..Embed::new("https://video.example/") };
    assert_eq!(blocks, vec![p_text("Kept."), Block::Embed { embed: link }, p_text("Also kept.")]);
    // Since issue 12, content a reader would miss (players, embeds, media
    // cards) is named in a warning; scripts, styles and forms are not.
    assert_eq!(
        messages(&warnings),
        [
            "article.content_html: <iframe> without a src: embedded content is not shown; dropped",
            "article.content_html: <object>: embedded content is not shown; dropped",
            "article.content_html: <video> without a src: not shown; dropped",
            "article.content_html: <audio> without a src: not shown; dropped",
            "article.content_html: Ghost audio card (class \"kg-audio-card\") holds no video or audio; dropped",
            "article.content_html: <iframe src=\"https://video.example/\">: embedded content from a site without a known player; shown as a link",
        ]
    );
}

// The noscript-attribute mXSS vector stays inert: parsed with scripting
// off, as DOMParser does, the <img> is only an attribute value, and
// noscript goes with its content. (A </noscript> while its p is open is
// ignored, as the spec says, so the p is closed first here.)
#[test]
fn markup_hidden_in_a_noscript_attribute_never_becomes_an_element() {
    let html =
        r#"<p>Before</p><noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><p>After</p>"#;
    assert_eq!(blocks(html), vec![p_text("Before"), p_text("After")]);
}

// Over MAX_BLOCKS blocks, the rest is dropped with one warning.
#[test]
fn blocks_past_the_limit_are_dropped_with_one_warning() {
    let html = "<p>x</p>".repeat(MAX_BLOCKS + 5);
    let (blocks, warnings) = html::convert(&html);
    assert_eq!(blocks.len(), MAX_BLOCKS);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].message.contains("blocks"));
}

// Over MAX_INLINES runs in one block, or items in one list, the rest is
// cut with one warning each, never an error.
#[test]
fn runs_and_list_items_past_the_limit_are_cut_with_a_warning() {
    let runs = format!("<p>{}</p>", "<b>x</b> ".repeat(MAX_INLINES * 2));
    let (blocks, warnings) = html::convert(&runs);
    let [Block::Paragraph { content }] = blocks.as_slice() else { panic!("{blocks:?}") };
    assert!(content.len() <= MAX_INLINES, "{}", content.len());
    assert_eq!(warnings.len(), 1);

    let items = format!("<ul>{}</ul>", "<li>i</li>".repeat(MAX_INLINES + 1));
    let (blocks, warnings) = html::convert(&items);
    let [Block::List { items, .. }] = blocks.as_slice() else { panic!("{blocks:?}") };
    assert_eq!(items.len(), MAX_INLINES);
    assert_eq!(warnings.len(), 1);
}

// A run of text longer than MAX_LONG_TEXT characters is cut to it.
#[test]
fn a_text_run_past_the_limit_is_cut_short_with_a_warning() {
    let html = format!("<p>{}</p>", "é".repeat(MAX_LONG_TEXT + 10));
    let (blocks, warnings) = html::convert(&html);
    assert_eq!(blocks, vec![p_text(&"é".repeat(MAX_LONG_TEXT))]);
    assert_eq!(warnings.len(), 1);
}

// Formatting nested deeper than the model allows keeps its text, in the
// deepest formatting allowed: no inline sits deeper than MAX_INLINE_DEPTH.
#[test]
fn formatting_nested_past_the_model_limit_keeps_its_text() {
    let html = format!("<p>{}deep{}</p>", "<em>".repeat(20), "</em>".repeat(20));
    let (blocks, warnings) = html::convert(&html);
    fn depth(content: &[Inline]) -> usize {
        content
            .iter()
            .map(|inline| match inline {
                Inline::Emphasis { content } => 1 + depth(content),
                _ => 1,
            })
            .max()
            .unwrap_or(0)
    }
    let [Block::Paragraph { content }] = blocks.as_slice() else { panic!("{blocks:?}") };
    assert_eq!(depth(content), MAX_INLINE_DEPTH);
    let mut all = String::new();
    content.iter().for_each(|i| i.plain_text(&mut all));
    assert_eq!(all, "deep");
    assert_eq!(warnings.len(), 1);
}

// A thousand nested elements neither overflow the stack nor lose text:
// past 64 levels only the words are kept, and dropped elements stay
// dropped down there too.
#[test]
fn a_thousand_nested_elements_keep_their_text_without_overflowing_the_stack() {
    let depth = 1_000;
    let html = format!(
        "{}<p>deep <b>words</b></p><script>no</script>{}<p>after</p>",
        "<div><span>".repeat(depth),
        "</span></div>".repeat(depth)
    );
    let (blocks, warnings) = html::convert(&html);
    assert_eq!(blocks, vec![p_text("deep words"), p_text("after")]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].message.contains("64 levels"));
}

// Malformed and odd input never panics and gives blocks or nothing.
#[test]
fn malformed_input_never_panics() {
    for html in [
        "",
        " ",
        "<",
        "</p>",
        "<p",
        "<<<>>>",
        "\0",
        "<frameset><frame src=x></frameset>",
        "<!doctype html><html><head><title>T</title></head></html>",
        "<table><td>",
        "<a href>",
        "<img srcset=\",,, ,\">",
        "<img srcset=\"a 99999999999999999999w\" src>",
        "<p>\u{feff}\u{202e}</p>",
        "<ul><li><ul><li><ul><li>",
        "<select><div>x</div></select>",
        "<math><mtext><table><mglyph><style><img src=x>",
    ] {
        let _ = html::convert(html);
        let _ = html::text(html);
    }
}

// html_to_text drops markup, decodes entities and collapses whitespace, for
// titles and excerpts; script text is no part of it.
#[test]
fn html_to_text_drops_markup_decodes_entities_and_collapses_whitespace() {
    assert_eq!(
        html::text("  Carvela &amp; Lusk <em>agree</em>&#8230;\n<script>x()</script>to&nbsp;talk<p>again</p> "),
        "Carvela & Lusk agree… to\u{a0}talk again"
    );
    assert_eq!(html::text("Plain < text > with &lt;tags&gt;"), "Plain < text > with <tags>");
}

fn fixture_path(name: &str) -> String {
    format!("{}/fixtures/html/{name}.html", env!("CARGO_MANIFEST_DIR"))
}

fn snapshot_path(name: &str, ext: &str) -> String {
    format!("{}/tests/snapshots/html/{name}.{ext}", env!("CARGO_MANIFEST_DIR"))
}

/// What a fixture converts to: the blocks as pretty JSON, and the warnings
/// one a line.
fn render_snapshot(html: &str) -> (String, String) {
    let (blocks, warnings) = html::convert(html);
    let json = serde_json::to_string_pretty(&blocks).unwrap() + "\n";
    let warnings: String = warnings.iter().map(|w| format!("{w}\n")).collect();
    (json, warnings)
}

// Each fixture converts to exactly its snapshot (blocks and warnings); the
// browser test holds DOMParser to the same files. UPDATE_SNAPSHOTS=1
// rewrites them.
#[test]
fn every_fixture_converts_to_its_snapshot() {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    for name in FIXTURES {
        let html = std::fs::read_to_string(fixture_path(name)).unwrap();
        let (json, warnings) = render_snapshot(&html);
        for (ext, actual) in [("json", json), ("warnings.txt", warnings)] {
            let path = snapshot_path(name, ext);
            if update {
                std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
                std::fs::write(&path, &actual).unwrap();
            } else {
                let expected = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{path}: {e}; run with UPDATE_SNAPSHOTS=1 to create it"));
                if actual != expected {
                    let line = actual.lines().zip(expected.lines()).position(|(a, e)| a != e);
                    let line = line.unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
                    panic!(
                        "{name}.{ext} differs from its snapshot from line {}:\n  now:      {:?}\n  snapshot: {:?}",
                        line + 1,
                        actual.lines().nth(line),
                        expected.lines().nth(line)
                    );
                }
            }
        }
    }
}

// Every fixture on disk is in FIXTURES and in the browser test, so both
// parsers are held to every snapshot.
#[test]
fn every_fixture_is_checked_natively_and_in_the_browser() {
    let web = std::fs::read_to_string(format!("{}/tests/web.rs", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let dir = format!("{}/fixtures/html", env!("CARGO_MANIFEST_DIR"));
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".html").map(String::from))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
    for name in FIXTURES {
        assert!(web.contains(&format!("fixtures/html/{name}.html")), "tests/web.rs does not check {name}");
    }
}

// HTML nested deeper than the parsers handle quickly is refused at once, with a warning, instead of freezing the page.
#[test]
fn html_nested_thousands_of_levels_deep_is_refused_quickly() {
    let deep = format!("{}<p>deep</p>{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
    let started = std::time::Instant::now();
    let (blocks, warnings) = html::convert(&deep);
    assert!(blocks.is_empty());
    assert!(warnings.iter().any(|w| w.message.contains("nested about 100001 levels deep")), "{warnings:?}");
    // Generous: the check is a linear scan; parsing this would take minutes.
    assert!(started.elapsed().as_secs() < 5);
    // A long flat body with many void elements is not mistaken for a deep one.
    let flat = "<p>line<br>line<img src=a.png alt=''></p>".repeat(20_000);
    let (blocks, warnings) = html::convert(&flat);
    assert!(!blocks.is_empty());
    assert!(!warnings.iter().any(|w| w.message.contains("levels deep, more than")), "{:?}", warnings.first());
}

// Issue 12, item 4: code keeps its lines. `<pre><code>` (Markdown, WordPress's
// code block, Ghost's code card) is a code block with its text exactly as
// written and the language its class names; a `pre` of prose (a poem, a
// WordPress verse) stays a paragraph with its line breaks.
#[test]
fn preformatted_code_becomes_a_code_block_with_its_lines_and_language() {
    assert_eq!(
        blocks("<pre><code>a\n  b &lt;c&gt;\n</code></pre>"),
        [Block::Code { text: "a\n  b <c>".into(), language: None }]
    );
    assert_eq!(
        blocks(r#"<pre class="wp-block-code"><code class="language-rust">fn main() {<br>    go();<br>}</code></pre>"#),
        [Block::Code { text: "fn main() {\n    go();\n}".into(), language: Some("rust".into()) }]
    );
    let verse = blocks("<pre class=\"wp-block-verse\">Line one\nLine two</pre>");
    assert!(matches!(verse.as_slice(), [Block::Paragraph { .. }]), "{verse:?}");
}

// Issue 12, item 1: lazy-loaded images keep their picture. WordPress and the
// lazy-load plugins leave `src` empty or a `data:` placeholder and keep the
// address in data-src / data-srcset / data-lazy-src / data-original; the
// caption stays with its figure; a 1×1 tracking pixel and an image with no
// source at all are dropped with a warning, never in silence.
#[test]
fn lazy_loaded_images_keep_their_address_and_caption() {
    let (blocks, warnings) = html::convert(concat!(
        r#"<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://ex.test/a.jpg" alt="A">"#,
        r#"<figcaption>Cap</figcaption></figure>"#,
        r#"<p><img data-src="https://ex.test/b.jpg"></p>"#,
        r#"<p><img data-lazy-src="https://ex.test/c.jpg" alt="C"></p>"#,
        r#"<p><img data-srcset="https://ex.test/d-300.jpg 300w, https://ex.test/d-900.jpg 900w"></p>"#,
        r#"<p><img src="https://t.example/pixel.gif" width="1" height="1"></p>"#,
        r#"<p><img alt="nothing"></p>"#,
    ));
    let figures: Vec<(&str, Option<&str>)> = blocks
        .iter()
        .map(|block| match block {
            Block::Figure { image, .. } => (image.src.as_str(), plain_caption(&image.caption)),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        figures,
        [
            ("https://ex.test/a.jpg", Some("Cap")),
            ("https://ex.test/b.jpg", None),
            ("https://ex.test/c.jpg", None),
            ("https://ex.test/d-900.jpg", None)
        ]
    );
    let messages = messages(&warnings);
    assert!(messages.iter().any(|m| m.contains("tracking pixel")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("without a src")), "{messages:?}");
    assert_eq!(messages.len(), 2, "{messages:?}");
}

fn converted(html: &str) -> (Vec<Block>, Vec<String>) {
    let (blocks, warnings) = html::convert(html);
    (blocks, warnings.into_iter().map(|w| format!("{}: {}", w.path, w.message)).collect())
}

// A lazy-loading plugin's image is shown once: from its data-src, the
// noscript copy after it dropped as a repeat.
#[test]
fn a_lazy_image_with_a_noscript_copy_is_shown_once() {
    let html = r#"<figure class="wp-block-image"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg" class="lazyload" alt="Quay"><noscript><img src="/real.jpg" alt="Quay"></noscript><figcaption>The quay.</figcaption></figure>
        <p><img data-lazy-src="/two.jpg" alt="Two"><noscript><img src="/two.jpg" alt="Two"></noscript></p>"#;
    assert_eq!(
        blocks(html),
        vec![
            Block::Figure { image: Image { caption: cap("The quay."), ..image("/real.jpg", "Quay") }, link: None },
            Block::Figure { image: image("/two.jpg", "Two"), link: None },
        ]
    );
}

// When the lazy image has no usable source, the noscript fallback gives the
// image, with the figure's caption and link, and nothing is warned; with no
// fallback, the missing source is warned about once.
#[test]
fn a_noscript_fallback_stands_in_for_a_lazy_image_without_a_source() {
    let html = r#"<figure><a href="https://ex.test/full.jpg"><img class="lazyload" src="data:image/svg+xml,%3Csvg%3E" alt=""><noscript><img src="https://ex.test/quay.jpg" srcset="https://ex.test/quay-400.jpg 400w, https://ex.test/quay.jpg 800w" alt="The quay"></noscript></a><figcaption>Cap</figcaption></figure>
        <p><img class="lazyload" alt="lost"></p><p>After.</p>"#;
    let (blocks, warnings) = converted(html);
    assert_eq!(
        blocks,
        vec![
            Block::Figure {
                image: Image {
                    caption: cap("Cap"),
                    srcset: vec![
                        candidate("https://ex.test/quay-400.jpg", 400),
                        candidate("https://ex.test/quay.jpg", 800)
                    ],
                    ..image("https://ex.test/quay.jpg", "The quay")
                },
                link: Some("https://ex.test/full.jpg".into()),
            },
            p_text("After."),
        ]
    );
    assert_eq!(warnings, ["article.content_html: <img> without a src, a srcset or a lazy-loading data-src; dropped"]);
}

// A noscript that follows no image (a tracking pixel's, a script's message) stays dropped.
#[test]
fn a_noscript_after_no_image_is_dropped() {
    let html = r#"<p>Text.</p><noscript><img src="https://tracker.example/p.gif"><p>Enable JavaScript</p></noscript>"#;
    assert_eq!(blocks(html), vec![p_text("Text.")]);
}

// A picture is one figure: the img's src and alt, and, when the img has no
// srcset, the first source's width candidates and sizes that every browser
// can show (not an art-directed crop with `media`, nor a type not listed).
#[test]
fn a_picture_is_one_figure_with_its_img_and_a_plain_sources_candidates() {
    let html = r#"<picture><source media="(max-width: 600px)" srcset="/crop-400.jpg 400w"><source type="image/avif" srcset="/a-800.avif 800w"><source type="image/webp" srcset="/a-800.webp 800w, /a-1600.webp 1600w" sizes="50vw"><source srcset="/a-800.jpg 800w"><img src="/a.jpg" alt="Pier" width="1600" height="900"></picture>
        <p><picture><source srcset="/b.webp" type="image/webp"><img src="/b.jpg" srcset="/b-320.jpg 320w" alt="B"></picture></p>"#;
    assert_eq!(
        blocks(html),
        vec![
            Block::Figure {
                image: Image {
                    width: Some(1600),
                    height: Some(900),
                    srcset: vec![candidate("/a-800.webp", 800), candidate("/a-1600.webp", 1600)],
                    sizes: Some("50vw".into()),
                    ..image("/a.jpg", "Pier")
                },
                link: None,
            },
            Block::Figure {
                image: Image { srcset: vec![candidate("/b-320.jpg", 320)], ..image("/b.jpg", "B") },
                link: None
            },
        ]
    );
}

// Each srcset URL is checked as an image's src is: a javascript: or data:
// candidate is dropped with a warning, the others kept with the sizes.
#[test]
fn an_unsafe_srcset_candidate_is_dropped_with_a_warning() {
    let html = r#"<img src="/c.jpg" alt="C" srcset="/c-300.jpg 300w, javascript:alert(1) 600w, data:image/png;base64,AAAA 700w, /c-900.jpg 900w, /c-2x.jpg 2x" sizes=" (max-width: 900px)  100vw, 900px ">"#;
    let (blocks, warnings) = converted(html);
    assert_eq!(
        blocks,
        vec![Block::Figure {
            image: Image {
                srcset: vec![candidate("/c-300.jpg", 300), candidate("/c-900.jpg", 900)],
                sizes: Some("(max-width: 900px) 100vw, 900px".into()),
                ..image("/c.jpg", "C")
            },
            link: None,
        }]
    );
    assert_eq!(
        warnings,
        [
            "article.content_html: <img srcset=\"javascript:alert(1)\">: URL scheme \"javascript:\" is not allowed here (only http, https); the candidate is dropped",
            "article.content_html: <img srcset=\"data:image/png;base64,AAAA\">: URL scheme \"data:\" is not allowed here (only http, https); the candidate is dropped",
        ]
    );
}

// More candidates than the model keeps: the first MAX_SRCSET, one warning.
#[test]
fn a_srcset_over_the_limit_is_cut_with_a_warning() {
    use article_widget::model::limits::MAX_SRCSET;
    let srcset: Vec<String> = (1..=MAX_SRCSET + 2).map(|i| format!("/w{i}.jpg {}w", i * 100)).collect();
    let (blocks, warnings) = converted(&format!(r#"<img src="/w.jpg" alt="" srcset="{}">"#, srcset.join(", ")));
    let [Block::Figure { image, .. }] = blocks.as_slice() else { panic!("{blocks:?}") };
    assert_eq!(image.srcset.len(), MAX_SRCSET);
    assert_eq!(image.srcset.last(), Some(&candidate(&format!("/w{MAX_SRCSET}.jpg"), MAX_SRCSET as u32 * 100)));
    assert_eq!(
        warnings,
        [format!("article.content_html: {} srcset candidates, only the first {MAX_SRCSET} are kept", MAX_SRCSET + 2)]
    );
}

// An image wrapped in a link keeps the link, in a paragraph or alone; a link
// with words beside the image stays a text link and the image unlinked.
#[test]
fn a_linked_image_keeps_its_link() {
    let html = r#"<p><a href="https://ex.test/big.jpg"><img src="/small.jpg" alt="Net"></a></p>
        <a href="/gallery/"><img src="/t.jpg" alt=""></a>
        <p><a href="/story">Read <img src="/i.jpg" alt="I"></a></p>
        <p><a href="javascript:alert(1)"><img src="/j.jpg" alt="J"></a></p>"#;
    let (blocks, warnings) = converted(html);
    assert_eq!(
        blocks,
        vec![
            Block::Figure { image: image("/small.jpg", "Net"), link: Some("https://ex.test/big.jpg".into()) },
            Block::Figure { image: image("/t.jpg", ""), link: Some("/gallery/".into()) },
            p(vec![link("/story", vec![text("Read")])]),
            Block::Figure { image: image("/i.jpg", "I"), link: None },
            Block::Figure { image: image("/j.jpg", "J"), link: None },
        ]
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("<a href=\"javascript:alert(1)\">"), "{warnings:?}");
}

fn gallery_item(src: &str, alt: &str, caption: Option<&str>, link: Option<&str>) -> GalleryItem {
    GalleryItem { image: Image { caption: caption.and_then(cap), ..image(src, alt) }, link: link.map(Into::into) }
}

// WordPress 6's gallery block: nested image blocks, each with its link and
// caption, and the gallery's caption.
#[test]
fn a_wordpress_gallery_block_keeps_links_and_captions() {
    let html = std::fs::read_to_string(fixture_path("wordpress-gallery")).unwrap();
    let (blocks, warnings) = converted(&html);
    assert_eq!(warnings, Vec::<String>::new());
    let wp = "https://news.example/wp-content/uploads/2026/05/";
    let [Block::Paragraph { .. }, Block::Gallery { items, caption }, Block::Gallery { items: classic, caption: none }, Block::Paragraph { .. }, lazy, fallback, picture] =
        blocks.as_slice()
    else {
        panic!("{blocks:#?}")
    };
    assert!([lazy, fallback, picture].iter().all(|b| matches!(b, Block::Figure { .. })), "{blocks:#?}");
    assert_eq!(plain_caption(caption), Some("The three piers of Orsk, from the north."));
    assert_eq!(
        items
            .iter()
            .map(|i| (i.image.src.as_str(), i.image.alt.as_str(), plain_caption(&i.image.caption), i.link.as_deref()))
            .collect::<Vec<_>>(),
        [
            (
                &*format!("{wp}pier-north-1024x683.jpg"),
                "The north pier at low tide",
                Some("North pier"),
                Some(&*format!("{wp}pier-north.jpg"))
            ),
            (
                &*format!("{wp}pier-east-1024x683.jpg"),
                "The east pier",
                Some("East pier"),
                Some("https://news.example/piers/east/")
            ),
            (&*format!("{wp}pier-south-1024x683.jpg"), "", None, None),
        ]
    );
    // Each picture keeps its own srcset and sizes.
    assert_eq!(
        items[0].image.srcset,
        [
            candidate(&format!("{wp}pier-north-300x200.jpg"), 300),
            candidate(&format!("{wp}pier-north-1024x683.jpg"), 1024)
        ]
    );
    assert_eq!(items[0].image.sizes.as_deref(), Some("(max-width: 1024px) 100vw, 1024px"));
    // The classic [gallery] shortcode: dl items, dd captions, links to attachment pages.
    assert_eq!(*none, None);
    assert_eq!(
        classic.clone(),
        [
            gallery_item(
                &format!("{wp}net-150x150.jpg"),
                "Nets drying",
                Some("Nets drying on the quay"),
                Some("https://news.example/nets/")
            ),
            gallery_item(
                &format!("{wp}crane-150x150.jpg"),
                "A harbour crane",
                None,
                Some("https://news.example/crane/")
            ),
            gallery_item(&format!("{wp}buoy-150x150.jpg"), "Buoys", Some("Buoys"), None),
        ]
        .map(|mut item| {
            item.image.width = Some(150);
            item.image.height = Some(150);
            item
        })
    );
}

// The same fixture's lazy image (WP Rocket: data-lazy-src, data-lazy-srcset)
// is shown once, its noscript copy dropped; a lazy image with no source
// takes its noscript's image; a picture is one figure with its webp
// source's candidates. (tests/web.rs holds DOMParser to the same snapshot.)
#[test]
fn the_gallery_fixtures_lazy_images_and_picture_are_shown_once() {
    let html = std::fs::read_to_string(fixture_path("wordpress-gallery")).unwrap();
    let (blocks, warnings) = converted(&html);
    assert_eq!(warnings, Vec::<String>::new());
    let wp = "https://news.example/wp-content/uploads/2026/05/";
    let figures: Vec<_> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Figure { image, .. } => Some(image),
            _ => None,
        })
        .collect();
    assert_eq!(
        figures
            .iter()
            .map(|i| (i.src.as_str(), i.alt.as_str(), plain_caption(&i.caption), i.srcset.len()))
            .collect::<Vec<_>>(),
        [
            (&*format!("{wp}quay-1024x683.jpg"), "The quay at noon", Some("The quay, shown once."), 2),
            (&*format!("{wp}gate.jpg"), "The harbour gate", None, 0),
            (&*format!("{wp}crane-800.jpg"), "The new crane", None, 2),
        ]
    );
    assert_eq!(
        figures[2].srcset,
        [candidate(&format!("{wp}crane-400.webp"), 400), candidate(&format!("{wp}crane-800.webp"), 800)]
    );
    assert_eq!(figures[2].sizes.as_deref(), Some("(max-width: 800px) 100vw, 800px"));
}

// Ghost's gallery card: rows of images, the card's caption under them.
#[test]
fn a_ghost_gallery_card_keeps_its_rows_in_order() {
    let html = r#"<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container"><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="https://ghost.example/content/images/2026/05/a.jpg" width="1200" height="800" loading="lazy" alt="Boats" srcset="https://ghost.example/content/images/size/w600/2026/05/a.jpg 600w, https://ghost.example/content/images/2026/05/a.jpg 1200w" sizes="(min-width: 720px) 720px"></div><div class="kg-gallery-image"><img src="https://ghost.example/content/images/2026/05/b.jpg" width="1200" height="800" loading="lazy" alt="Gulls"></div></div><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="https://ghost.example/content/images/2026/05/c.jpg" width="800" height="1200" loading="lazy" alt="Lighthouse"></div></div></div><figcaption><p><span style="white-space: pre-wrap;">A morning at the harbour</span></p></figcaption></figure>"#;
    let Block::Gallery { items, caption } = &blocks(html)[0] else { panic!() };
    assert_eq!(plain_caption(caption), Some("A morning at the harbour"));
    let alts: Vec<_> = items.iter().map(|i| i.image.alt.as_str()).collect();
    assert_eq!(alts, ["Boats", "Gulls", "Lighthouse"]);
    assert_eq!(items[0].image.srcset.len(), 2);
    assert_eq!(items[2].image.width, Some(800));
}

// A gallery with one usable picture is a figure; unusable pictures are warned
// about, never dropped in silence; more than MAX_GALLERY pictures are cut, with a warning.
#[test]
fn galleries_warn_for_every_picture_they_do_not_show() {
    let (blocks, warnings) = converted(
        r#"<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="/1.jpg" alt="One"></figure><figure class="wp-block-image"><img src="javascript:alert(1)" alt="Two"></figure><figcaption>Only one</figcaption></figure>"#,
    );
    assert_eq!(
        blocks,
        vec![Block::Figure { image: Image { caption: cap("Only one"), ..image("/1.jpg", "One") }, link: None }]
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("javascript:"), "{warnings:?}");

    use article_widget::model::limits::MAX_GALLERY;
    let items: String = (0..MAX_GALLERY + 3)
        .map(|i| format!(r#"<div class="kg-gallery-image"><img src="/{i}.jpg" alt=""></div>"#))
        .collect();
    let (blocks, warnings) =
        converted(&format!(r#"<div class="kg-gallery-card"><div class="kg-gallery-row">{items}</div></div>"#));
    let [Block::Gallery { items, .. }] = blocks.as_slice() else { panic!("{blocks:?}") };
    assert_eq!(items.len(), MAX_GALLERY);
    assert_eq!(
        warnings,
        [format!(
            "article.content_html: a gallery of {} pictures, only the first {MAX_GALLERY} are shown",
            MAX_GALLERY + 3
        )]
    );
}

fn cell(s: &str) -> Cell {
    Cell::new(vec![text(s)])
}

// Issue 12, item 3: a table stays a table. Its head is the `thead`, or a
// first row of `th` cells; a `th` later in a row heads that row; spans are
// kept; WordPress's Table block gives its figure's caption to the table.
#[test]
fn tables_become_table_blocks_with_head_rows_and_caption() {
    assert_eq!(
        blocks("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"),
        [Block::Table {
            caption: None,
            head: vec![vec![cell("A"), cell("B")]],
            rows: vec![vec![cell("1"), cell("2")]]
        }]
    );
    let wordpress = r#"<figure class="wp-block-table"><table><thead><tr><th>Model</th><th>Range</th></tr></thead>
        <tbody><tr><th>A</th><td colspan="2"><p>300 km</p><p><em>on one</em> charge</p></td></tr></tbody>
        <tfoot><tr><td>Total</td><td>1</td></tr></tfoot></table>
        <figcaption class="wp-element-caption">Ranges in 2026</figcaption></figure><p>After.</p>"#;
    let span = Cell {
        colspan: 2,
        ..Cell::new(vec![text("300 km"), Inline::LineBreak, em(vec![text("on one")]), text(" charge")])
    };
    assert_eq!(
        blocks(wordpress),
        [
            Block::Table {
                caption: Some("Ranges in 2026".into()),
                head: vec![vec![cell("Model"), cell("Range")]],
                rows: vec![vec![Cell { header: true, ..cell("A") }, span], vec![cell("Total"), cell("1")],],
            },
            p_text("After."),
        ]
    );
    // The table's own caption wins over its figure's.
    let own = blocks("<figure><table><caption>Own</caption><tr><td>1</td><td>2</td></tr></table><figcaption>Figure's</figcaption></figure>");
    assert!(matches!(own.as_slice(), [Block::Table { caption: Some(c), .. }] if c == "Own"), "{own:?}");
}

// A table used for layout (one cell, or marked presentational) is its content.
#[test]
fn layout_tables_are_read_as_their_content() {
    assert_eq!(
        blocks("<table><tr><td><h2>Title</h2><p>One.</p></td></tr></table>"),
        [Block::Heading { level: 2, content: vec![text("Title")] }, p_text("One.")]
    );
    assert_eq!(
        blocks(r#"<table role="presentation"><tr><td><p>One.</p></td><td><p>Two.</p></td></tr></table>"#),
        [p_text("One."), p_text("Two.")]
    );
    // A table with nothing in its cells shows nothing.
    assert_eq!(blocks("<table><tr><td> </td><td>&nbsp;</td></tr></table><p>x</p>"), [p_text("x")]);
}

// A huge table is cut to the limits, with one warning each; a span is bounded.
#[test]
fn table_limits_cut_rows_cells_and_spans_with_warnings() {
    let row = format!("<tr>{}</tr>", "<td>c</td>".repeat(MAX_TABLE_COLUMNS + 1));
    let html = format!("<table>{}<tr><td colspan=\"5000\">wide</td></tr></table>", row.repeat(MAX_TABLE_ROWS + 1));
    let (blocks, warnings) = html::convert(&html);
    let [Block::Table { head, rows, .. }] = blocks.as_slice() else { panic!("{:?}", blocks.first()) };
    assert_eq!((head.len(), rows.len()), (0, MAX_TABLE_ROWS));
    assert!(rows.iter().all(|row| row.len() == MAX_TABLE_COLUMNS));
    let messages: Vec<_> = warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "a table row with more than 64 cells; the rest of the row is dropped",
            "a table with more than 1000 rows; the rest are dropped",
        ]
    );
    let (blocks, warnings) =
        html::convert("<table><tr><td colspan=\"5000\" rowspan=\"0\">wide</td><td>b</td></tr></table>");
    let [Block::Table { rows, .. }] = blocks.as_slice() else { panic!("{blocks:?}") };
    assert_eq!((rows[0][0].colspan, rows[0][0].rowspan), (MAX_TABLE_SPAN, 1));
    assert_eq!(warnings[0].message, "a table cell spanning more than 64 columns or rows; it spans 64");
}

fn embed(url: &str) -> Embed {
    Embed::new(url)
}

// Issue 12, item 2: embeds no longer vanish. WordPress's Embed block keeps
// its player (a facade when rendered) with its title and caption; a known
// provider's frame gives no warning, since nothing is lost.
#[test]
fn wordpress_embed_blocks_become_embeds_with_their_caption() {
    let html = r#"<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
        <iframe title="Ferry trials" width="500" height="281" src="https://www.youtube.com/embed/aBcDeFgHiJk?feature=oembed" allowfullscreen></iframe>
        </div><figcaption class="wp-element-caption">My talk</figcaption></figure>"#;
    let talk = Embed {
        title: Some("Ferry trials".into()),
        caption: cap("My talk"),
        ..embed("https://www.youtube.com/watch?v=aBcDeFgHiJk")
    };
    assert_eq!(blocks(html), [Block::Embed { embed: talk.clone() }]);
    assert_eq!(talk.player().as_deref(), Some("https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1"));
    // Where WordPress could not fetch the embed, the wrapper holds its address.
    let offline = r#"<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">
        https://vimeo.com/76979871
        </div><figcaption>Trials, day two</figcaption></figure>"#;
    assert_eq!(
        blocks(offline),
        [Block::Embed { embed: Embed { caption: cap("Trials, day two"), ..embed("https://vimeo.com/76979871") } }]
    );
    // A known player's address alone on a line, as classic posts leave it; any other address stays text.
    assert_eq!(
        blocks("<p>https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk</p><p>https://ex.test/a</p>"),
        [
            Block::Embed { embed: embed("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk") },
            p_text("https://ex.test/a")
        ]
    );
}

// Classic-editor frames: inside a paragraph they follow it; a site the
// widget has no player for becomes a link to the framed page, with a
// warning; an unsafe or blank frame is dropped with a warning.
#[test]
fn frames_become_embeds_or_links_and_unsafe_ones_are_dropped_with_a_warning() {
    let html = r#"<p>Watch: <iframe src="//player.vimeo.com/video/76979871?h=1" title="Trials"></iframe></p>
        <iframe src="https://maps.example/embed?pb=1" title="Route map"></iframe>
        <iframe src="javascript:alert(1)"></iframe><iframe src="about:blank" data-src="https://www.youtube.com/embed/aBcDeFgHiJk"></iframe>"#;
    let (blocks, warnings) = html::convert(html);
    assert_eq!(
        blocks,
        [
            p_text("Watch:"),
            Block::Embed { embed: Embed { title: Some("Trials".into()), ..embed("https://vimeo.com/76979871") } },
            Block::Embed {
                embed: Embed { title: Some("Route map".into()), ..embed("https://maps.example/embed?pb=1") }
            },
            Block::Embed { embed: embed("https://www.youtube.com/watch?v=aBcDeFgHiJk") },
        ]
    );
    assert_eq!(
        messages(&warnings),
        [
            "article.content_html: <iframe src=\"https://maps.example/embed?pb=1\">: embedded content from a site without a known player; shown as a link",
            "article.content_html: <iframe src=\"javascript:alert(1)\">: URL scheme \"javascript:\" is not allowed here (only http, https); the embedded content is dropped",
        ]
    );
}

// Social posts become quote cards: the post's text and credit, and its
// address; the provider's script is dropped, and nothing runs.
#[test]
fn social_posts_become_quote_cards_with_their_text_and_address() {
    let x = r#"<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">The ferry is back on time. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Harbour Desk (@harbourdesk) <a href="https://twitter.com/harbourdesk/status/1234567890?ref_src=twsrc%5Etfw">November 3, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>"#;
    assert_eq!(
        blocks(x),
        [Block::Embed {
            embed: Embed {
                text: Some("The ferry is back on time. pic.twitter.com/abc".into()),
                author: Some("Harbour Desk (@harbourdesk) November 3, 2026".into()),
                ..embed("https://twitter.com/harbourdesk/status/1234567890")
            }
        }]
    );
    let bluesky = r#"<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k" data-bluesky-cid="x"><p lang="en">Low tide at noon.<br><br>Photos later.</p>&mdash; Tide Watch (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@tide.example</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">May 2, 2026 at 9:15</a></blockquote>"#;
    let converted = blocks(bluesky);
    let [Block::Embed { embed: post }] = converted.as_slice() else { panic!("{converted:?}") };
    assert_eq!(post.url, "https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed");
    assert_eq!(post.text.as_deref(), Some("Low tide at noon.\n\nPhotos later."));
    let instagram = r#"<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/Cabc123/?utm_source=ig_embed"><div>View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/Cabc123/">A post shared by Harbour Desk (@harbourdesk)</a></p></div></blockquote>"#;
    assert_eq!(
        blocks(instagram),
        [Block::Embed {
            embed: Embed {
                text: Some("A post shared by Harbour Desk (@harbourdesk)".into()),
                ..embed("https://www.instagram.com/p/Cabc123/?utm_source=ig_embed")
            }
        }]
    );
    let tiktok = r#"<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@harbourdesk/video/7300000000000000000" data-video-id="7300000000000000000"><section><a title="@harbourdesk" href="https://www.tiktok.com/@harbourdesk">@harbourdesk</a><p>Loading the first electric ferry</p></section></blockquote>"#;
    let converted = blocks(tiktok);
    let [Block::Embed { embed: video }] = converted.as_slice() else { panic!("{converted:?}") };
    assert_eq!(
        (video.url.as_str(), video.text.as_deref()),
        ("https://www.tiktok.com/@harbourdesk/video/7300000000000000000", Some("Loading the first electric ferry"))
    );
    let mastodon =
        r#"<iframe src="https://social.example/@ana/111222333/embed" class="mastodon-embed" width="400"></iframe>"#;
    assert_eq!(blocks(mastodon), [Block::Embed { embed: embed("https://social.example/@ana/111222333") }]);
    // Without a usable address, an embed code is the quote it is.
    let bare = blocks(r#"<blockquote class="twitter-tweet"><p>Only words.</p></blockquote>"#);
    assert!(matches!(bare.as_slice(), [Block::Quote { .. }]), "{bare:?}");
}

// Issue 12, item 10: a statement of several paragraphs, as WordPress's
// Quote block, Ghost and JSON Feed HTML write it, keeps its paragraphs;
// text between them is one too, and a line break stays a line break.
#[test]
fn a_quote_of_several_paragraphs_keeps_them() {
    let html = "<blockquote class=\"wp-block-quote\">\n<p>One.</p>\n\n<p>Two,<br>on two lines.</p>\nLoose <em>three</em>.<p>Four.</p><cite>A statement</cite></blockquote>";
    assert_eq!(
        blocks(html),
        [Block::Quote {
            paragraphs: vec![
                vec![text("One.")],
                vec![text("Two,"), Inline::LineBreak, text("on two lines.")],
                vec![text("Loose "), em(vec![text("three")]), text(".")],
                vec![text("Four.")],
            ],
            attribution: Some("A statement".into()),
            pull: false,
        }]
    );
}

// Issue 12: video and audio files play in the page. WordPress's blocks and
// Ghost's cards keep their file, title and caption, without the CMS's
// player chrome; a javascript: source is dropped with a warning.
#[test]
fn video_and_audio_become_media_blocks_with_their_caption_and_tracks() {
    let wordpress = r#"<figure class="wp-block-video"><video controls poster="https://ex.test/p.jpg" src="https://ex.test/crossing.mp4"><track kind="captions" src="https://ex.test/crossing.en.vtt" srclang="en" label="English"><track kind="metadata" src="https://ex.test/m.vtt"></video><figcaption class="wp-element-caption">The crossing at dawn.</figcaption></figure>
        <figure class="wp-block-audio"><audio controls src="https://ex.test/briefing.mp3"></audio><figcaption>The briefing.</figcaption></figure>"#;
    assert_eq!(
        blocks(wordpress),
        [
            Block::Video {
                video: Media {
                    poster: Some("https://ex.test/p.jpg".into()),
                    caption: cap("The crossing at dawn."),
                    tracks: vec![Track {
                        src: "https://ex.test/crossing.en.vtt".into(),
                        kind: TrackKind::Captions,
                        srclang: Some("en".into()),
                        label: Some("English".into()),
                    }],
                    ..Media::new("https://ex.test/crossing.mp4")
                }
            },
            Block::Audio {
                audio: Media { caption: cap("The briefing."), ..Media::new("https://ex.test/briefing.mp3") }
            },
        ]
    );
    let ghost = r#"<figure class="kg-card kg-video-card kg-width-regular"><div class="kg-video-container"><video src="https://ghost.example/content/media/2026/05/trials.mp4" poster="https://img.spacergif.org/v1/1280x720/0a/spacer.png" width="1280" height="720" playsinline preload="metadata"></video><div class="kg-video-overlay"><button class="kg-video-large-play-icon" aria-label="Play video"></button></div><div class="kg-video-player-container"><div class="kg-video-player"><span class="kg-video-current-time">0:00</span><div class="kg-video-time">/<span class="kg-video-duration">1:12</span></div><button class="kg-video-playback-rate">1×</button></div></div></div><figcaption>Trials, day two.</figcaption></figure>"#;
    assert_eq!(
        blocks(ghost),
        [Block::Video {
            video: Media {
                width: Some(1280),
                height: Some(720),
                caption: cap("Trials, day two."),
                ..Media::new("https://ghost.example/content/media/2026/05/trials.mp4")
            }
        }]
    );
    let (blocks, warnings) = html::convert(
        r#"<p>Listen: <audio src="javascript:alert(1)"></audio></p><video><source src="/v.webm" type="video/webm; codecs=vp9"></video>"#,
    );
    assert_eq!(
        blocks,
        [
            p_text("Listen:"),
            Block::Video { video: Media { encoding_format: Some("video/webm".into()), ..Media::new("/v.webm") } },
        ]
    );
    assert_eq!(
        messages(&warnings),
        ["article.content_html: <audio src=\"javascript:alert(1)\">: URL scheme \"javascript:\" is not allowed here (only http, https); dropped"]
    );
}

// WordPress's File block links the file twice, by name and as a "Download"
// button: the name is kept, the repeat goes (quietly: nothing is lost).
#[test]
fn a_wordpress_file_block_is_one_link() {
    let html = r#"<div class="wp-block-file"><a id="wp-block-file--media-1" href="https://ex.test/timetable.pdf">Winter timetable</a><a href="https://ex.test/timetable.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-1">Download</a></div>"#;
    assert_eq!(blocks(html), [p(vec![link("https://ex.test/timetable.pdf", vec![text("Winter timetable")])])]);
}

// Issue 12: a heading keeps its links and emphasis (they were flattened to
// text, the link lost without a word).
#[test]
fn headings_keep_their_links_and_emphasis() {
    assert_eq!(
        blocks(r#"<h2><a href="https://ex.test/live">Live:</a> the <em>first</em> crossing</h2>"#),
        [Block::Heading {
            level: 2,
            content: vec![
                link("https://ex.test/live", vec![text("Live:")]),
                text(" the "),
                em(vec![text("first")]),
                text(" crossing"),
            ],
        }]
    );
}

// Issue 12: a disclosure stays a disclosure. WordPress 6.3's Details block
// and any <details> give its summary and its content as paragraphs (a list
// inside as lines, as a quote's); Ghost's toggle card its heading and
// content, without its button. A <details> without a summary is read as
// its content, as before.
#[test]
fn details_and_ghost_toggle_cards_become_disclosures() {
    let wordpress = r#"<details class="wp-block-details"><summary>How was this <em>measured</em>?</summary><p>By the harbour authority.</p>
<p>Rounded:</p><ul><li>to a hundred;</li><li>monthly.</li></ul></details>"#;
    assert_eq!(
        blocks(wordpress),
        [Block::Details {
            summary: "How was this measured?".into(),
            paragraphs: vec![
                vec![text("By the harbour authority.")],
                vec![text("Rounded:")],
                vec![text("to a hundred;"), Inline::LineBreak, text("monthly.")],
            ],
            open: false,
        }]
    );
    let ghost = r#"<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Who counts the ships?</h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button></div><div class="kg-toggle-content"><p>The harbour <b>authority</b>.</p><p>Every month.</p></div></div>"#;
    assert_eq!(
        blocks(ghost),
        [Block::Details {
            summary: "Who counts the ships?".into(),
            paragraphs: vec![
                vec![text("The harbour "), strong(vec![text("authority")]), text(".")],
                vec![text("Every month.")]
            ],
            open: false,
        }]
    );
    assert_eq!(
        blocks("<details open>Loose text <b>kept</b>.<p>And a paragraph.</p></details><details><summary> </summary><p>Blank summary.</p></details>"),
        [p(vec![text("Loose text "), strong(vec![text("kept")]), text(".")]), p_text("And a paragraph."), p_text("Blank summary.")]
    );
    // A summary alone is a disclosure of nothing more; a long one is cut with a warning.
    assert_eq!(
        blocks("<details><summary>Only this</summary></details>"),
        [Block::Details { summary: "Only this".into(), paragraphs: vec![], open: false }]
    );
    // Left open by its writer, it is shown open (the HTML attribute, Ghost's toggle state).
    assert_eq!(
        blocks(
            r#"<details open><summary>Open</summary><p>Shown.</p></details><div class="kg-card kg-toggle-card" data-kg-toggle-state="open"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Also open</h4></div><div class="kg-toggle-content"><p>Shown too.</p></div></div>"#
        ),
        [
            Block::Details { summary: "Open".into(), paragraphs: vec![vec![text("Shown.")]], open: true },
            Block::Details { summary: "Also open".into(), paragraphs: vec![vec![text("Shown too.")]], open: true },
        ]
    );
    let (converted, warnings) = html::convert(&format!("<details><summary>{}</summary>x</details>", "a".repeat(600)));
    assert!(matches!(&converted[..], [Block::Details { summary, .. }] if summary.chars().count() == 500));
    assert_eq!(
        messages(&warnings),
        ["article.content_html: a disclosure's summary longer than 500 characters; it is cut short"]
    );
}

// Issue 12: a note set apart stays one. Ghost's callout card (its emoji
// the label), GitHub's Markdown alerts, admonitions, and an aside of a
// known kind (DocC's) become callouts; any other aside is read as before.
#[test]
fn callout_cards_alerts_and_note_asides_become_callouts() {
    let callout =
        |label: Option<&str>, paragraphs: Vec<Vec<Inline>>| Block::Callout { label: label.map(Into::into), paragraphs };
    let ghost = r#"<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Text <b>bold</b></div></div>"#;
    assert_eq!(blocks(ghost), [callout(Some("💡"), vec![vec![text("Text "), strong(vec![text("bold")])]])]);
    // The emoji removed, and text with a line break.
    let plain = r#"<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-text">One<br>two</div></div>"#;
    assert_eq!(blocks(plain), [callout(None, vec![vec![text("One"), Inline::LineBreak, text("two")]])]);
    let github = r#"<div class="markdown-alert markdown-alert-warning" dir="auto"><p class="markdown-alert-title" dir="auto"><svg class="octicon octicon-alert mr-2" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M6.457 1.047c"></path></svg>Warning</p><p dir="auto">Critical content.</p>
<p>A <a href="https://ex.test/">second</a> paragraph.</p></div>"#;
    assert_eq!(
        blocks(github),
        [callout(
            Some("Warning"),
            vec![
                vec![text("Critical content.")],
                vec![text("A "), link("https://ex.test/", vec![text("second")]), text(" paragraph.")]
            ]
        )]
    );
    let docc = r#"<aside class="note" aria-label="note"><p class="label">Note</p><p>Ships under 20 m are not counted.</p></aside>
<aside class="important"><p class="title">Important</p><p>Figures are provisional.</p></aside>"#;
    assert_eq!(
        blocks(docc),
        [
            callout(Some("Note"), vec![vec![text("Ships under 20 m are not counted.")]]),
            callout(Some("Important"), vec![vec![text("Figures are provisional.")]]),
        ]
    );
    let admonition =
        r#"<div class="admonition tip"><p class="admonition-title">Tip</p><p>Read the footnotes.</p></div>"#;
    assert_eq!(blocks(admonition), [callout(Some("Tip"), vec![vec![text("Read the footnotes.")]])]);
    // An ordinary aside, or one of another class, or a div with a kind's class: as before.
    let ordinary = r#"<aside><p class="title">Related</p><p>Text.</p></aside><aside class="sidebar note-taking"><p>Side.</p></aside><div class="note"><p>Div.</p></div>"#;
    assert_eq!(blocks(ordinary), [p_text("Related"), p_text("Text."), p_text("Side."), p_text("Div.")]);
    // An empty card shows nothing.
    assert_eq!(
        blocks(
            r#"<div class="kg-card kg-callout-card"><div class="kg-callout-emoji"></div><div class="kg-callout-text"> </div></div>"#
        ),
        []
    );
}

// A caption keeps its links and emphasis: the credit line "Photo: <a>…</a>"
// that WordPress and Ghost write links to the photographer.
#[test]
fn a_caption_keeps_its_link() {
    let (blocks, warnings) = html::convert(
        r#"<figure class="wp-block-image"><img src="/a.jpg" alt="A"><figcaption>Photo: <a href="https://ex.test/desk">Harbour <strong>Desk</strong></a></figcaption></figure>"#,
    );
    assert_eq!(
        blocks,
        [Block::Figure {
            image: Image {
                caption: Some(vec![
                    text("Photo: "),
                    link("https://ex.test/desk", vec![text("Harbour "), strong(vec![text("Desk")])])
                ]),
                ..image("/a.jpg", "A")
            },
            link: None
        }]
    );
    assert_eq!(messages(&warnings), [] as [&str; 0]);
}

fn sup(s: &str) -> Inline {
    Inline::Superscript { content: vec![text(s)] }
}

fn notes(items: Vec<Vec<Inline>>) -> Block {
    Block::List { ordered: true, items: items.into_iter().map(ListItem::new).collect() }
}

// WordPress 6.3's footnotes, as `content.rendered` holds them: a reference
// is the superscript number the page shows, without its link to the note
// (an id of the publisher's page); the Footnotes block is an ordered list
// of the notes, each keeping its links and emphasis, its "↩︎" way back to
// the reference dropped. Navigation, not content: no warning.
#[test]
fn a_wordpress_footnote_is_its_number_and_the_notes_an_ordered_list() {
    let html = r##"<p>The gauge was built in 1876.<sup data-fn="5b8e2f0a-1c47" class="fn"><a href="#5b8e2f0a-1c47" id="5b8e2f0a-1c47-link">1</a></sup> It still works.<sup data-fn="fn-c07d9a42" class="fn"><a href="#fn-c07d9a42" id="fn-c07d9a42-link">2</a></sup></p>
<ol class="wp-block-footnotes"><li id="5b8e2f0a-1c47">Hand readings before 1921; see the <a href="https://port.example/ledgers">ledgers</a>. <a href="#5b8e2f0a-1c47-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="fn-c07d9a42">An <em>estimate</em> <a href="#fn-c07d9a42-link">↩︎</a></li></ol>"##;
    assert_eq!(
        blocks(html),
        [
            p(vec![text("The gauge was built in 1876."), sup("1"), text(" It still works."), sup("2")]),
            notes(vec![
                vec![
                    text("Hand readings before 1921; see the "),
                    link("https://port.example/ledgers", vec![text("ledgers")]),
                    text("."),
                ],
                vec![text("An "), em(vec![text("estimate")])],
            ]),
        ]
    );
}

// Markdown's footnotes (markdown-it, as Ghost writes them; Python-Markdown
// and Pandoc alike) read the same way: the number stays, the way back goes.
#[test]
fn markdown_footnotes_keep_their_numbers_and_drop_the_way_back() {
    let html = r##"<p>Text<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup></p>
<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>A note. <a href="#fnref1" class="footnote-backref">&#8617;&#65038;</a></p></li></ol></section>"##;
    assert_eq!(blocks(html), [p(vec![text("Text"), sup("[1]")]), Block::Divider, notes(vec![vec![text("A note.")]])]);
}

// Any link to a place in the page (`#…`: a table of contents, "back to
// top", an empty `#`) keeps its content without the link, and without a
// warning: the widget keeps no ids of the publisher's page, and a fragment
// would not reach into its shadow root. An image inside is unlinked; a
// lone back mark ("↑") is dropped with the link; in a caption, the same.
#[test]
fn a_link_to_a_place_in_the_page_keeps_its_content_without_the_link() {
    let html = r##"<ul><li><a href="#section-2">Section 2</a></li><li><a href=" #x"><em>Spaced</em></a></li></ul>
<p>See <a href="#">below</a> or <a href="#top">↑</a></p><p><a href="#map"><img src="/m.jpg" alt="Map"></a></p>
<figure><img src="/a.jpg" alt="A"><figcaption>Photo<a href="#credits">*</a></figcaption></figure>"##;
    assert_eq!(
        blocks(html),
        [
            Block::List {
                ordered: false,
                items: vec![ListItem::new(vec![text("Section 2")]), ListItem::new(vec![em(vec![text("Spaced")])])],
            },
            p(vec![text("See below or")]),
            Block::Figure { image: image("/m.jpg", "Map"), link: None },
            Block::Figure { image: Image { caption: Some(vec![text("Photo*")]), ..image("/a.jpg", "A") }, link: None },
        ]
    );
}
