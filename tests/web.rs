//! Browser tests: the real widget, mounted in headless Chromium.
//! Run with `cargo test --target wasm32-unknown-unknown --test web`
//! (CHROMEDRIVER=/usr/bin/chromedriver).
#![cfg(all(target_arch = "wasm32", feature = "embed"))]

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const DEMO: &str = include_str!("../fixtures/demo.json");
const MISSING_HEADLINE: &str = include_str!("../fixtures/bad/missing-headline.json");
const WRONG_TYPE: &str = include_str!("../fixtures/bad/wrong-type.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Adds `<article-widget>` with the article as a child JSON script, and
/// waits for its `ready` or `error` event. Returns the host and the event.
async fn mount(json: &str) -> (HtmlElement, CustomEvent) {
    article_widget::embed::start();
    let host: HtmlElement = document().create_element("article-widget").unwrap().unchecked_into();
    let script = document().create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_text_content(Some(json));
    host.append_child(&script).unwrap();

    let seen: Rc<RefCell<Option<CustomEvent>>> = Rc::default();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let seen = seen.clone();
        let on_event = Closure::<dyn FnMut(CustomEvent)>::new(move |event: CustomEvent| {
            seen.borrow_mut().get_or_insert(event);
            resolve.call0(&JsValue::NULL).unwrap();
        });
        for name in ["article-widget:ready", "article-widget:error"] {
            host.add_event_listener_with_callback(name, on_event.as_ref().unchecked_ref()).unwrap();
        }
        on_event.forget();
    });
    document().body().unwrap().append_child(&host).unwrap();
    JsFuture::from(promise).await.unwrap();
    let event = seen.borrow_mut().take().unwrap();
    (host, event)
}

fn root(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("the widget renders into an open shadow root")
}

fn parts(root: &ShadowRoot, name: &str) -> Vec<Element> {
    let list = root.query_selector_all(&format!("[part~='{name}']")).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

// Every part of the article page is in the shadow root, with the fixture's text.
#[wasm_bindgen_test]
async fn the_demo_article_renders_every_part_inside_a_shadow_root() {
    let (host, event) = mount(DEMO).await;
    assert_eq!(event.type_(), "article-widget:ready");
    let root = root(&host);
    for part in ["widget", "header", "headline", "byline", "hero", "body", "related", "author-card", "trending"] {
        assert_eq!(parts(&root, part).len(), 1, "one {part}");
    }
    assert_eq!(
        text(&parts(&root, "headline")[0]),
        "Carvela and Lusk agree to reopen Sable Strait talks after eight-month freeze"
    );
    assert_eq!(parts(&root, "inline-story").len(), 3);
    assert_eq!(parts(&root, "ad-slot").len(), 1);
    assert_eq!(parts(&root, "story-card").len(), 5);
    assert!(text(&parts(&root, "author-card")[0]).starts_with("More from Nadia Okonkwo-Hale"));
    assert_eq!(root.query_selector_all("[part~='trending'] li").unwrap().length(), 5);
    // The light DOM keeps only what the page put there: nothing leaks out.
    assert_eq!(host.children().length(), 1);
    host.remove();
}

// The stylesheet is adopted into the shadow root, not injected as markup.
#[wasm_bindgen_test]
async fn the_widget_stylesheet_is_adopted_and_applies_inside_the_root() {
    let (host, _) = mount(DEMO).await;
    let root = root(&host);
    assert_eq!(root.adopted_style_sheets().length(), 1);
    assert!(root.query_selector("style, link").unwrap().is_none());
    let headline = &parts(&root, "headline")[0];
    let style = web_sys::window().unwrap().get_computed_style(headline).unwrap().unwrap();
    assert_eq!(style.get_property_value("font-weight").unwrap(), "700");
    host.remove();
}

// The ad box projects host content through a named slot.
#[wasm_bindgen_test]
async fn host_markup_with_slot_ad_1_is_projected_into_the_ad_box() {
    let (host, _) = mount(DEMO).await;
    let ad = document().create_element("div").unwrap();
    ad.set_attribute("slot", "ad-1").unwrap();
    ad.set_text_content(Some("Buy a boat"));
    host.append_child(&ad).unwrap();
    let slot: web_sys::HtmlSlotElement =
        root(&host).query_selector("slot[name='ad-1']").unwrap().unwrap().unchecked_into();
    let assigned = slot.assigned_nodes();
    assert_eq!(assigned.length(), 1);
    assert_eq!(assigned.get(0).unchecked_into::<Element>().text_content().unwrap(), "Buy a boat");
    host.remove();
}

// A document without a headline shows the error card naming the path, and the event says the same.
#[wasm_bindgen_test]
async fn a_bad_document_shows_the_error_card_with_its_json_path() {
    let (host, event) = mount(MISSING_HEADLINE).await;
    assert_eq!(event.type_(), "article-widget:error");
    let path = js_sys::Reflect::get(&event.detail(), &"path".into()).unwrap();
    assert_eq!(path.as_string().as_deref(), Some("article.headline"));
    let root = root(&host);
    let error = &parts(&root, "error")[0];
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert!(text(error).contains("article.headline"), "{}", text(error));
    assert!(parts(&root, "headline").is_empty());
    host.remove();
}

// One broken widget leaves its neighbours working.
#[wasm_bindgen_test]
async fn a_broken_widget_does_not_stop_the_others() {
    let (broken, event) = mount(WRONG_TYPE).await;
    assert_eq!(event.type_(), "article-widget:error");
    let (good, event) = mount(DEMO).await;
    assert_eq!(event.type_(), "article-widget:ready");
    assert_eq!(parts(&root(&good), "headline").len(), 1);
    assert!(text(&parts(&root(&broken), "error")[0]).contains("article.authors[0].name"));
    broken.remove();
    good.remove();
}

// Removing the element unmounts the view; adding it again renders afresh.
#[wasm_bindgen_test]
async fn removing_the_element_clears_it_and_re_adding_renders_again() {
    let (host, _) = mount(DEMO).await;
    host.remove();
    assert_eq!(root(&host).child_element_count(), 0, "unmounted on removal");
    document().body().unwrap().append_child(&host).unwrap();
    // Re-added: the element shows the skeleton at once, then the article.
    assert_eq!(root(&host).query_selector_all(".aw-skeleton").unwrap().length(), 1);
    host.remove();
}

// Theme changes restyle without reloading.
#[wasm_bindgen_test]
async fn the_theme_attribute_switches_colours_in_place() {
    let (host, _) = mount(DEMO).await;
    let root = root(&host);
    let widget = &parts(&root, "widget")[0];
    let background = || {
        web_sys::window()
            .unwrap()
            .get_computed_style(widget)
            .unwrap()
            .unwrap()
            .get_property_value("background-color")
            .unwrap()
    };
    host.set_attribute("theme", "light").unwrap();
    let light = background();
    host.set_attribute("theme", "dark").unwrap();
    let dark = background();
    assert_eq!(light, "rgb(255, 255, 255)");
    assert_eq!(dark, "rgb(20, 22, 25)");
    assert_eq!(parts(&root, "headline").len(), 1, "still the same article");
    host.remove();
}

// The byline's author name leads to the bio card, though fragment links cannot cross a shadow root by themselves.
#[wasm_bindgen_test]
async fn clicking_the_author_in_the_byline_focuses_the_bio_card() {
    let (host, _) = mount(DEMO).await;
    let root = root(&host);
    let link: HtmlElement = root.query_selector(".aw-byline__author").unwrap().unwrap().unchecked_into();
    let before = web_sys::window().unwrap().location().href().unwrap();
    link.click();
    let focused = root.active_element().expect("something inside the widget has focus");
    assert_eq!(focused.get_attribute("part").as_deref(), Some("author-card"));
    assert_eq!(web_sys::window().unwrap().location().href().unwrap(), before, "the host page's URL is untouched");
    host.remove();
}

/// HTML fixtures with the snapshots tests/html.rs holds html5ever to:
/// (name, HTML, blocks as pretty JSON, warnings one a line).
const HTML_FIXTURES: &[(&str, &str, &str, &str)] = &[
    (
        "wordpress-gutenberg",
        include_str!("../fixtures/html/wordpress-gutenberg.html"),
        include_str!("snapshots/html/wordpress-gutenberg.json"),
        include_str!("snapshots/html/wordpress-gutenberg.warnings.txt"),
    ),
    (
        "wordpress-gallery",
        include_str!("../fixtures/html/wordpress-gallery.html"),
        include_str!("snapshots/html/wordpress-gallery.json"),
        include_str!("snapshots/html/wordpress-gallery.warnings.txt"),
    ),
    (
        "ghost",
        include_str!("../fixtures/html/ghost.html"),
        include_str!("snapshots/html/ghost.json"),
        include_str!("snapshots/html/ghost.warnings.txt"),
    ),
    (
        "hostile",
        include_str!("../fixtures/html/hostile.html"),
        include_str!("snapshots/html/hostile.json"),
        include_str!("snapshots/html/hostile.warnings.txt"),
    ),
    (
        "jsonfeed-simple",
        include_str!("../fixtures/html/jsonfeed-simple.html"),
        include_str!("snapshots/html/jsonfeed-simple.json"),
        include_str!("snapshots/html/jsonfeed-simple.warnings.txt"),
    ),
];

// The browser's DOMParser gives the very blocks and warnings html5ever gives natively, fixture by fixture.
#[wasm_bindgen_test]
fn html_bodies_convert_in_the_browser_exactly_as_natively() {
    for (name, html, json, warnings) in HTML_FIXTURES {
        let (blocks, seen) = article_widget::formats::html::convert(html);
        let actual = serde_json::to_string_pretty(&blocks).unwrap() + "\n";
        assert_eq!(&actual, json, "{name}: blocks differ from tests/snapshots/html/{name}.json");
        let seen: String = seen.iter().map(|w| format!("{w}\n")).collect();
        assert_eq!(&seen, warnings, "{name}: warnings differ from tests/snapshots/html/{name}.warnings.txt");
    }
}

// Nothing in a hostile body runs or loads while it is parsed: DOMParser's document has no browsing context.
#[wasm_bindgen_test]
async fn parsing_a_hostile_body_runs_none_of_its_scripts_or_handlers() {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"awHtmlRan".into(), &JsValue::FALSE).unwrap();
    let html = r#"<script>window.awHtmlRan = true</script><img src="x" onerror="window.awHtmlRan = true"><svg><script>window.awHtmlRan = true</script></svg><iframe srcdoc="<script>parent.awHtmlRan = true</script>"></iframe>"#;
    let _ = article_widget::formats::html::convert(html);
    // Give a failed image load, were one started, time to fire its handler.
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200).unwrap();
    });
    JsFuture::from(tick).await.unwrap();
    assert_eq!(js_sys::Reflect::get(&window, &"awHtmlRan".into()).unwrap(), JsValue::FALSE);
}

// Titles and excerpts read the same through DOMParser as through html5ever (tests/html.rs has the native twin).
#[wasm_bindgen_test]
fn html_to_text_gives_the_same_text_in_the_browser() {
    assert_eq!(
        article_widget::formats::html::text(
            "  Carvela &amp; Lusk <em>agree</em>&#8230;\n<script>x()</script>to&nbsp;talk<p>again</p> "
        ),
        "Carvela & Lusk agree… to\u{a0}talk again"
    );
}

// Every format's fixtures render in the browser with format="auto", showing the headline the adapter reads.
#[wasm_bindgen_test]
async fn every_format_fixture_renders_with_format_auto() {
    use article_widget::formats::{parse, Format};
    let fixtures = [
        ("jsonld/newsarticle.json", include_str!("../fixtures/jsonld/newsarticle.json")),
        ("jsonld/yoast-graph.json", include_str!("../fixtures/jsonld/yoast-graph.json")),
        ("jsonld/author-string.json", include_str!("../fixtures/jsonld/author-string.json")),
        ("jsonfeed/feed-1.1.json", include_str!("../fixtures/jsonfeed/feed-1.1.json")),
        ("jsonfeed/feed-1.0.json", include_str!("../fixtures/jsonfeed/feed-1.0.json")),
        ("jsonfeed/item.json", include_str!("../fixtures/jsonfeed/item.json")),
        ("wordpress/post.json", include_str!("../fixtures/wordpress/post.json")),
        ("wordpress/posts-list.json", include_str!("../fixtures/wordpress/posts-list.json")),
        ("wordpress/no-featured-image.json", include_str!("../fixtures/wordpress/no-featured-image.json")),
        ("ghost/posts.json", include_str!("../fixtures/ghost/posts.json")),
        ("ghost/single-post.json", include_str!("../fixtures/ghost/single-post.json")),
    ];
    for (name, json) in fixtures {
        let expected = parse(json, Format::Auto, None).unwrap_or_else(|e| panic!("{name}: {e}")).article;
        let (host, event) = mount(json).await;
        assert_eq!(event.type_(), "article-widget:ready", "{name}");
        let root = root(&host);
        assert_eq!(text(&parts(&root, "headline")[0]), expected.headline, "{name}");
        let paragraphs = root.query_selector_all(".aw-body__paragraph").unwrap().length() as usize;
        let expected_paragraphs =
            expected.body.iter().filter(|b| matches!(b, article_widget::model::Block::Paragraph { .. })).count();
        assert_eq!(paragraphs, expected_paragraphs, "{name}: paragraphs");
        assert!(expected_paragraphs > 0, "{name} has a body");
        host.remove();
    }
}

// The components as a library: another Leptos app mounts `ArticleView` twice
// in its own tree (csr, in the page's light DOM, no custom element). Each
// article is named by its own headline; no id is shared. tests/leptos_app.rs
// renders the same tree with ssr.
#[wasm_bindgen_test]
async fn a_leptos_app_mounts_two_articles_in_its_own_tree() {
    use article_widget::components::ArticleView;
    use leptos::prelude::*;

    let lead = article_widget::parse_article(DEMO).unwrap().article;
    let second = article_widget::parse_article(
        r#"{"headline": "Segunda noticia", "language": "es", "body": [{"type": "paragraph", "text": "Texto."}]}"#,
    )
    .unwrap()
    .article;
    let app: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&app).unwrap();
    let mounted = leptos::mount::mount_to(app.clone(), move || {
        view! {
            <main>
                <ArticleView article=lead.clone()/>
                <ArticleView article=second.clone()/>
            </main>
        }
    });
    let headlines = app.query_selector_all("h1").unwrap();
    assert_eq!(headlines.length(), 2);
    let mut ids = Vec::new();
    for i in 0..2 {
        let h1: Element = headlines.item(i).unwrap().unchecked_into();
        let article = h1.closest("article").unwrap().unwrap();
        assert_eq!(article.get_attribute("aria-labelledby"), Some(h1.id()));
        ids.push(h1.id());
    }
    assert_ne!(ids[0], ids[1]);
    assert!(app.text_content().unwrap().contains("min de lectura"));
    let all = app.query_selector_all("[id]").unwrap();
    let mut seen: Vec<String> =
        (0..all.length()).map(|i| all.item(i).unwrap().unchecked_into::<Element>().id()).collect();
    let count = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), count, "an id is repeated");
    drop(mounted);
    app.remove();
}
