//! Languages natively: the strings and dates the `render` command writes for
//! each language, and the error card's translated parts.

use article_widget::i18n::{Key, Lang, Strings};
use article_widget::{parse_article, render_to_html, Failure, WidgetState};

mod common;
use common::fixture;

/// The demo article in `language` (None: without one), as HTML without Leptos' `<!>` markers.
fn demo_in(language: Option<&str>) -> String {
    let mut article = parse_article(&fixture("demo.json")).unwrap().article;
    article.language = language.map(str::to_owned);
    render_to_html(&WidgetState::Ready(article)).replace("<!>", "")
}

// Each language's strings and long date appear where the English ones were.
#[test]
fn the_demo_renders_in_each_catalogue_language() {
    let cases = [
        (
            "en-GB",
            [
                "Related stories",
                "Trending on The Meridian Ledger",
                "More from Nadia Okonkwo-Hale",
                "20 November 2026",
                "Read also",
            ],
        ),
        (
            "es-MX",
            [
                "Noticias relacionadas",
                "Lo más leído en The Meridian Ledger",
                "Más de Nadia Okonkwo-Hale",
                "20 de noviembre de 2026",
                "Lee también",
            ],
        ),
        (
            "de",
            [
                "Mehr zum Thema",
                "Meistgelesen bei The Meridian Ledger",
                "Mehr von Nadia Okonkwo-Hale",
                "20. November 2026",
                "Lesen Sie auch",
            ],
        ),
        (
            "ar",
            [
                "أخبار ذات صلة",
                "الأكثر قراءة في The Meridian Ledger",
                "المزيد من Nadia Okonkwo-Hale",
                "20 نوفمبر 2026",
                "اقرأ أيضًا",
            ],
        ),
        (
            "ja",
            [
                "関連記事",
                "The Meridian Ledgerの人気記事",
                "Nadia Okonkwo-Haleの記事",
                "2026年11月20日",
                "あわせて読みたい",
            ],
        ),
    ];
    for (tag, expected) in cases {
        let html = demo_in(Some(tag));
        for text in expected {
            assert!(html.contains(text), "{tag}: {text}");
        }
        assert!(
            html.contains(&format!(r#"<article lang="{tag}" dir="{}" "#, if tag == "ar" { "rtl" } else { "ltr" })),
            "{tag}"
        );
        let strings = Strings::new(Some(tag), &[]);
        assert!(html.contains(strings.get(Key::Advertisement)), "{tag}");
        let minutes = parse_article(&fixture("demo.json")).unwrap().article.reading_minutes();
        let reading =
            format!(r#"<span class="aw-byline__reading">{}</span>"#, strings.count(Key::MinutesToRead, minutes));
        assert!(html.contains(&reading), "{tag}: {reading}");
    }
}

// No English word of the widget's own is left in a Japanese rendering.
#[test]
fn a_japanese_article_has_no_english_ui_strings_left() {
    let html = demo_in(Some("ja"));
    for &key in Key::ALL {
        let english = Lang::En.text(key);
        if english.contains('{') || english.trim().len() < 4 {
            continue;
        }
        assert!(!html.contains(english), "{key:?}: {english}");
    }
}

// An unknown language keeps its lang on the article and English strings around it.
#[test]
fn an_unknown_language_gets_english_strings_and_keeps_its_lang() {
    let html = demo_in(Some("fr"));
    assert!(html.contains(r#"lang="fr""#) && html.contains(r#"dir="ltr""#));
    assert!(html.contains("Related stories") && html.contains("November 20, 2026"));
    assert!(demo_in(None).contains("Related stories"));
}

// The Arabic fixture: Arabic strings, right to left, dates with Arabic month names.
#[test]
fn the_arabic_fixture_renders_arabic_strings_right_to_left() {
    let html = render_to_html(&WidgetState::Ready(parse_article(&fixture("edge-rtl.json")).unwrap().article))
        .replace("<!>", "");
    assert!(html.contains(r#"lang="ar" dir="rtl""#));
    for text in ["بقلم ", "أخبار ذات صلة", "إعلان", "المزيد من ليلى الحدّاد", "آخر تحديث: ", "18 نوفمبر 2026", "للقراءة"]
    {
        assert!(html.contains(text), "{text}");
    }
    for english in ["By ", "Related stories", "Advertisement", "More from", "Updated", "min read"] {
        assert!(!html.contains(english), "{english}");
    }
}

// The error card's heading, explanation and button are translated; the technical detail stays English.
#[test]
fn the_error_card_separates_the_readers_words_from_the_publishers_detail() {
    let failure: Failure = parse_article(&fixture("bad/missing-headline.json")).unwrap_err().into();
    let html = render_to_html(&WidgetState::Failed(failure.clone()));
    assert!(html.contains("This article could not be shown."));
    assert!(html.contains(Lang::En.text(Key::ErrorDocument)));
    assert!(
        html.contains(
            r#"<p lang="en" dir="ltr" class="aw-error__message">article.headline is required but missing</p>"#
        ),
        "{html}"
    );
    let network = Failure { retry: true, ..failure };
    let html = render_to_html(&WidgetState::Failed(network));
    assert!(html.contains(Lang::En.text(Key::ErrorNetwork)) && html.contains(">Try again</button>"));
}

// The render command writes the article's own language.
#[test]
fn the_render_command_writes_the_articles_language() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_article-widget"))
        .args(["render", &format!("{}/fixtures/edge-rtl.json", env!("CARGO_MANIFEST_DIR"))])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap().replace("<!>", "");
    assert!(html.contains("أخبار ذات صلة") && html.contains("18 نوفمبر 2026"));
}
