//! The widget's own words in the reader's language: which language, the
//! strings (the catalogue, `catalogue.rs`), the host page's overrides, and dates.
//!
//! The language is the first one given of: the article's `language`, the
//! element's `lang`, the host page's `<html lang>`; else English. It is
//! matched by its primary subtag (`es-MX` is Spanish). A language the
//! catalogue lacks shows English strings, unless the host page gave strings
//! for it with `ArticleWidget.setStrings`; the article keeps its own `lang`.

mod catalogue;
mod dates;

pub use catalogue::Key;
pub use dates::{show_date, show_date_time, ShownDate, MONTHS};

/// The languages the catalogue has, in the order of its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English (`en`), the default.
    #[default]
    En,
    /// Spanish (`es`).
    Es,
    /// German (`de`).
    De,
    /// Arabic (`ar`), written right to left.
    Ar,
    /// Japanese (`ja`).
    Ja,
}

impl Lang {
    /// Every language, in catalogue order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::De, Lang::Ar, Lang::Ja];

    /// The language of a primary subtag, if the catalogue has it.
    pub fn from_primary(primary: &str) -> Option<Lang> {
        Some(match primary {
            "en" => Lang::En,
            "es" => Lang::Es,
            "de" => Lang::De,
            "ar" => Lang::Ar,
            "ja" => Lang::Ja,
            _ => return None,
        })
    }

    /// The BCP 47 code, as in `lang="…"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Ar => "ar",
            Lang::Ja => "ja",
        }
    }

    /// The catalogue's text of `key` in this language.
    pub fn text(self, key: Key) -> &'static str {
        let [en, es, de, ar, ja] = key.texts();
        match self {
            Lang::En => en,
            Lang::Es => es,
            Lang::De => de,
            Lang::Ar => ar,
            Lang::Ja => ja,
        }
    }
}

/// The primary subtag of a BCP 47 tag, lower-cased: `es-MX` → `es`. None for
/// an empty or malformed tag.
pub fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?;
    (2..=8).contains(&primary.len()).then_some(())?;
    primary.bytes().all(|b| b.is_ascii_alphabetic()).then(|| primary.to_ascii_lowercase())
}

/// Right-to-left scripts' languages, by their primary subtag.
const RTL_LANGUAGES: [&str; 9] = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ckb", "dv"];

/// `dir` for content in `language`: `rtl` or `ltr`; None when not known.
pub fn direction(language: Option<&str>) -> Option<&'static str> {
    let primary = primary_subtag(language?)?;
    Some(if RTL_LANGUAGES.contains(&primary.as_str()) { "rtl" } else { "ltr" })
}

/// The index of the plural form for `n` in a language's forms (see the
/// catalogue): CLDR's cardinal rules for whole numbers.
/// <https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>
pub fn plural_form(lang: Lang, n: u32) -> usize {
    match lang {
        Lang::Ja => 0,
        Lang::Ar => match (n, n % 100) {
            (0, _) => 0,
            (1, _) => 1,
            (2, _) => 2,
            (_, 3..=10) => 3,
            (_, 11..=99) => 4,
            _ => 5,
        },
        // one | other. Languages given only through overrides use these too.
        Lang::En | Lang::Es | Lang::De => usize::from(n != 1),
    }
}

/// A string the host page gave in place of the catalogue's.
pub type Override = (Key, String);

/// Strings the host page gave for every widget (`ArticleWidget.setStrings`),
/// by language. Held by the page's shell and handed to each widget in its
/// [`Setting`]; nothing here is global.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageStrings(Vec<(String, Key, String)>);

impl PageStrings {
    /// Replaces strings for `language` (matched by its primary subtag).
    pub fn set(&mut self, language: &str, overrides: Vec<Override>) {
        let Some(primary) = primary_subtag(language) else { return };
        for (key, text) in overrides {
            self.0.retain(|(l, k, _)| !(l == &primary && *k == key));
            self.0.push((primary.clone(), key, text));
        }
    }

    /// Whether the page gave any string for the language `primary`.
    fn has(&self, primary: &str) -> bool {
        self.0.iter().any(|(l, _, _)| l == primary)
    }

    /// The page's strings for the language `primary`.
    fn for_language<'a>(&'a self, primary: &'a str) -> impl Iterator<Item = Override> + 'a {
        self.0.iter().filter(move |(l, _, _)| l == primary).map(|(_, k, t)| (*k, t.clone()))
    }
}

/// What the embedding element and its page say about language, provided as
/// context to the components by the embed code. Natively there is none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Setting {
    /// The element's `lang`, else the host page's `<html lang>`.
    pub fallback: Option<String>,
    /// The element's own `<script type="application/json" data-strings>`.
    pub overrides: Vec<Override>,
    /// The page's `ArticleWidget.setStrings`; the element's own win over them.
    pub page: PageStrings,
}

/// The strings one widget shows: a language, and the host's overrides of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Strings {
    lang: Lang,
    /// The primary subtag shown: `lang`'s code, or a language the host gave strings for.
    code: String,
    /// The tag dates are formatted for (`es-MX`).
    locale: String,
    /// The element's overrides first, then the page's for this language.
    overrides: Vec<Override>,
}

impl Default for Strings {
    fn default() -> Self {
        Strings::new(None, &[])
    }
}

impl Strings {
    /// The strings for content in `language` (None: not known), with the
    /// element's `overrides` and the page's for that language.
    pub fn new(language: Option<&str>, overrides: &[Override]) -> Strings {
        Strings::with_page(language, overrides, &PageStrings::default())
    }

    /// [`Strings::new`], with the page's strings for the language shown
    /// after the element's `overrides`.
    pub fn with_page(language: Option<&str>, overrides: &[Override], page: &PageStrings) -> Strings {
        let tag = language.map(str::trim).filter(|t| !t.is_empty());
        let primary = tag.and_then(primary_subtag);
        let known = primary.as_deref().and_then(Lang::from_primary);
        let (lang, code, locale) = match (known, primary, tag) {
            (Some(lang), _, Some(tag)) => (lang, lang.code().to_owned(), tag.to_owned()),
            // A language the page gave strings for: English underneath.
            (None, Some(primary), Some(tag)) if page.has(&primary) => (Lang::En, primary, tag.to_owned()),
            _ => (Lang::En, "en".to_owned(), "en".to_owned()),
        };
        let mut all = overrides.to_vec();
        all.extend(page.for_language(&code));
        Strings { lang, code, locale, overrides: all }
    }

    #[cfg(feature = "leptos")]
    /// The strings in context (the article's, or the element's setting), so
    /// components need not pass them down.
    pub fn current() -> Strings {
        use leptos::prelude::use_context;
        use_context::<Strings>().unwrap_or_else(|| {
            let setting = use_context::<Setting>().unwrap_or_default();
            Strings::with_page(setting.fallback.as_deref(), &setting.overrides, &setting.page)
        })
    }

    /// The catalogue language underneath.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The language shown, for `lang="…"`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The BCP 47 tag dates are formatted for.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The text of `key`: the host's, else the catalogue's.
    pub fn get(&self, key: Key) -> &str {
        self.overrides.iter().find(|(k, _)| *k == key).map_or_else(|| self.lang.text(key), |(_, text)| text.as_str())
    }

    /// The text of `key` with each `{name}` replaced by its value.
    pub fn fill(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.get(key), values)
    }

    /// The form of a plural `key` for `n`, with `{n}` filled in. A form
    /// missing from an override falls back to its last (`other`).
    pub fn count(&self, key: Key, n: u32) -> String {
        let text = self.get(key);
        let index = plural_form(self.lang, n);
        let form = text.split('|').nth(index).or_else(|| text.split('|').next_back()).unwrap_or(text);
        fill(form, &[("n", &n.to_string())])
    }

    /// The text of `key` before and after `{name}`, for a placeholder that
    /// stands for markup (a link, a `<time>`).
    pub fn around(&self, key: Key, name: &str) -> (String, String) {
        let text = self.get(key);
        let placeholder = format!("{{{name}}}");
        match text.split_once(&placeholder) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text.to_owned(), String::new()),
        }
    }
}

fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{placeholders}` in a text, in order.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some((_, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else { break };
        if !found.contains(&name) {
            found.push(name);
        }
        rest = tail;
    }
    found
}

/// The longest override, as for other labels.
const MAX_OVERRIDE_CHARS: usize = 500;

/// Reads overrides given as a JSON object of strings by key name. `origin`
/// names where they came from in the warnings. A bad entry is left out with
/// a warning; nothing here fails.
pub fn read_overrides(value: &serde_json::Value, origin: &str) -> (Vec<Override>, Vec<String>) {
    let mut overrides = Vec::new();
    let mut warnings = Vec::new();
    let Some(object) = value.as_object() else {
        warnings
            .push(format!("{origin}: should be an object of strings by name, but is {}; it is ignored", kind(value)));
        return (overrides, warnings);
    };
    for (name, value) in object {
        let Some(key) = Key::ALL.iter().copied().find(|k| k.name() == name) else {
            warnings
                .push(format!("{origin}: unknown string \"{name}\" is ignored (the names are in article-widget.d.ts)"));
            continue;
        };
        let Some(text) = value.as_str() else {
            warnings.push(format!("{origin}: \"{name}\" should be a string, but is {}; it is ignored", kind(value)));
            continue;
        };
        if text.chars().count() > MAX_OVERRIDE_CHARS {
            warnings
                .push(format!("{origin}: \"{name}\" is longer than {MAX_OVERRIDE_CHARS} characters; it is ignored"));
            continue;
        }
        if let Some(missing) =
            placeholders(Lang::En.text(key)).into_iter().find(|p| !text.contains(&format!("{{{p}}}")))
        {
            warnings.push(format!("{origin}: \"{name}\" should contain {{{missing}}}; it is ignored"));
            continue;
        }
        overrides.push((key, text.to_owned()));
    }
    (overrides, warnings)
}

fn kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Every string exists, non-empty, in every language, with the English placeholders.
    #[test]
    fn every_key_has_text_in_every_language_with_the_same_placeholders() {
        for &key in Key::ALL {
            let english = placeholders(Lang::En.text(key));
            for lang in Lang::ALL {
                let text = lang.text(key);
                assert!(!text.trim().is_empty(), "{key:?} in {lang:?}");
                for p in &english {
                    assert!(
                        text.contains(&format!("{{{p}}}")) || key == Key::MinutesToRead,
                        "{key:?} in {lang:?} lacks {{{p}}}"
                    );
                }
            }
        }
    }

    // Names are unique, so an override reaches exactly one string.
    #[test]
    fn key_names_are_unique() {
        for (i, a) in Key::ALL.iter().enumerate() {
            for b in &Key::ALL[i + 1..] {
                assert_ne!(a.name(), b.name());
            }
        }
    }

    // A plural string has exactly the forms its language's rules pick from.
    #[test]
    fn plural_strings_have_each_languages_number_of_forms() {
        for (lang, forms) in [(Lang::En, 2), (Lang::Es, 2), (Lang::De, 2), (Lang::Ar, 6), (Lang::Ja, 1)] {
            assert_eq!(lang.text(Key::MinutesToRead).split('|').count(), forms, "{lang:?}");
            for n in 0..250 {
                assert!(plural_form(lang, n) < forms, "{lang:?} {n}");
            }
        }
    }

    #[test]
    fn reading_time_takes_the_plural_form_of_the_count() {
        let count = |tag: &str, n| Strings::new(Some(tag), &[]).count(Key::MinutesToRead, n);
        assert_eq!(count("en", 1), "1 min read");
        assert_eq!(count("en", 5), "5 min read");
        assert_eq!(count("de", 5), "5 Min. Lesezeit");
        assert_eq!(count("ja", 5), "5分で読めます");
        assert_eq!(count("ar", 1), "دقيقة واحدة للقراءة");
        assert_eq!(count("ar", 2), "دقيقتان للقراءة");
        assert_eq!(count("ar", 3), "3 دقائق للقراءة");
        assert_eq!(count("ar", 10), "10 دقائق للقراءة");
        assert_eq!(count("ar", 11), "11 دقيقة للقراءة");
        assert_eq!(count("ar", 103), "103 دقائق للقراءة");
        assert_eq!(count("ar", 100), "100 دقيقة للقراءة");
    }

    // es-MX is Spanish; an unknown or malformed tag shows English.
    #[test]
    fn the_language_is_matched_by_primary_subtag_and_falls_back_to_english() {
        let pick = |tag: Option<&str>| Strings::new(tag, &[]);
        assert_eq!(pick(Some("es-MX")).lang(), Lang::Es);
        assert_eq!(pick(Some("es-MX")).locale(), "es-MX");
        assert_eq!(pick(Some("DE_at")).lang(), Lang::De);
        assert_eq!(pick(Some(" ar ")).get(Key::Advertisement), "إعلان");
        assert_eq!(pick(Some("ja-JP")).get(Key::RelatedStories), "関連記事");
        for unknown in [Some("fr"), Some("x"), Some("!!"), Some(""), None] {
            let strings = pick(unknown);
            assert_eq!((strings.lang(), strings.code(), strings.locale()), (Lang::En, "en", "en"), "{unknown:?}");
        }
    }

    #[test]
    fn right_to_left_languages_get_rtl() {
        for tag in ["ar", "he-IL", "fa", "ur-PK", "AR"] {
            assert_eq!(direction(Some(tag)), Some("rtl"), "{tag}");
        }
        assert_eq!(direction(Some("en-GB")), Some("ltr"));
        assert_eq!(direction(None), None);
    }

    // The element's strings win over the page's, which win over the catalogue.
    #[test]
    fn overrides_win_in_order_element_page_catalogue() {
        let mut page = PageStrings::default();
        page.set("es", vec![(Key::Trending, "Tendencias".into()), (Key::ReadAlso, "Ver también".into())]);
        let strings = Strings::with_page(Some("es-ES"), &[(Key::ReadAlso, "Además".into())], &page);
        assert_eq!(strings.get(Key::Trending), "Tendencias");
        assert_eq!(strings.get(Key::ReadAlso), "Además");
        assert_eq!(strings.get(Key::RelatedStories), "Noticias relacionadas");
        // The page's Spanish strings do not reach a German widget.
        assert_eq!(Strings::with_page(Some("de"), &[], &page).get(Key::Trending), "Meistgelesen");
    }

    // A page can add a language: its strings over English, dates in its locale.
    #[test]
    fn a_language_given_by_the_page_is_shown_over_english() {
        let mut page = PageStrings::default();
        page.set("fr", vec![(Key::RelatedStories, "À lire aussi".into())]);
        let strings = Strings::with_page(Some("fr-CA"), &[], &page);
        assert_eq!((strings.code(), strings.locale()), ("fr", "fr-CA"));
        assert_eq!(strings.get(Key::RelatedStories), "À lire aussi");
        assert_eq!(strings.get(Key::Trending), "Trending");
    }

    #[test]
    fn placeholders_split_a_string_around_markup() {
        let strings = Strings::new(Some("ja"), &[]);
        assert_eq!(strings.around(Key::Updated, "date"), ("更新：".to_owned(), String::new()));
        assert_eq!(strings.around(Key::MoreFrom, "name"), (String::new(), "の記事".to_owned()));
        assert_eq!(strings.fill(Key::TrendingOn, &[("site", "子午線")]), "子午線の人気記事");
    }

    // Bad entries are dropped with a warning that names them; good ones stay.
    #[test]
    fn overrides_are_validated_entry_by_entry() {
        let value = serde_json::json!({
            "trending": "Lo más visto",
            "trendng": "typo",
            "relatedStories": 3,
            "trendingOn": "Lo más visto",
            "moreFrom": "Otros textos de {name}",
            "readAlso": "x".repeat(501),
        });
        let (overrides, warnings) = read_overrides(&value, "strings");
        assert_eq!(
            overrides,
            vec![(Key::MoreFrom, "Otros textos de {name}".to_owned()), (Key::Trending, "Lo más visto".to_owned())]
        );
        let all = warnings.join("\n");
        assert!(all.contains("unknown string \"trendng\""), "{all}");
        assert!(all.contains("\"relatedStories\" should be a string, but is a number"), "{all}");
        assert!(all.contains("\"trendingOn\" should contain {site}"), "{all}");
        assert!(all.contains("\"readAlso\" is longer than 500"), "{all}");
        let (none, warnings) = read_overrides(&serde_json::json!(["a"]), "strings");
        assert!(none.is_empty() && warnings.len() == 1 && warnings[0].contains("should be an object"));
    }
}
