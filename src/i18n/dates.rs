//! Dates as a reader sees them. This is the one place the browser and the
//! native build differ: in the browser the browser's own `Intl` formats them
//! (no date library in the wasm), relative ("3 hours ago") while fresh;
//! natively (tests, the `render` command) there is no `Intl` and no clock
//! worth trusting for a page that is cached, so the form is a stable absolute
//! date. The markup is the same: `<time datetime="…as given…">text</time>`,
//! with `title` holding the absolute date when the text is relative.

use super::Strings;
use crate::model::DateTime;

/// English month names, January first: the native rendering's, and what
/// the WordPress adapter reads Jetpack's dates in words with.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "5 March 2026": what the browser shows for a date its `Date` cannot read
/// (a leap second), where `Intl` has nothing to format.
#[cfg(feature = "dom")]
fn english_day_month_year(date: &DateTime) -> String {
    let (year, month, day) = date.parts();
    let month = MONTHS.get(usize::from(month).saturating_sub(1)).copied().unwrap_or_default();
    format!("{day} {month} {year}")
}

/// A date's text, and the absolute date for `title` when the text is relative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownDate {
    /// What the `<time>` element says ("20 November 2026", "3 hours ago").
    pub text: String,
    /// The absolute date for its `title`, when `text` is relative; else
    /// `None`.
    pub title: Option<String>,
}

/// How old a date may be and still be shown relative: a week.
#[cfg_attr(not(feature = "dom"), allow(dead_code))]
const FRESH_MS: f64 = 7.0 * 24.0 * 3_600_000.0;

/// `date` in the strings' locale: `Intl.DateTimeFormat` with `dateStyle:
/// "long"`, or `Intl.RelativeTimeFormat` for a date with a time of day less
/// than a week old. A date without a time is a calendar day, formatted in
/// UTC so it never shifts a day with the reader's time zone.
#[cfg(feature = "dom")]
pub fn show_date(date: &DateTime, strings: &Strings) -> ShownDate {
    show(date, strings, false)
}

/// [`show_date`] with the time of day when the date has one (`timeStyle:
/// "short"`, in the reader's time zone): a live blog's update times.
#[cfg(feature = "dom")]
pub fn show_date_time(date: &DateTime, strings: &Strings) -> ShownDate {
    show(date, strings, true)
}

#[cfg(feature = "dom")]
fn show(date: &DateTime, strings: &Strings, with_time: bool) -> ShownDate {
    use wasm_bindgen::JsValue;

    let text = date.as_str();
    let has_time = text.len() > 10;
    // The ECMAScript date format wants "T" and "Z" upper case.
    let iso = text.replace(' ', "T").to_ascii_uppercase();
    let js_date = js_sys::Date::new(&JsValue::from_str(&iso));
    let time = js_date.get_time();
    let absolute = (!time.is_nan())
        .then(|| {
            let options = js_sys::Object::new();
            set(&options, "dateStyle", "long");
            if !has_time {
                set(&options, "timeZone", "UTC");
            } else if with_time {
                set(&options, "timeStyle", "short");
            }
            let format = intl("DateTimeFormat", strings.locale(), &options)?;
            call(&format, "format", &[js_date.into()])
        })
        .flatten()
        // Only a date the browser cannot read (a leap second) gets here.
        .unwrap_or_else(|| english_day_month_year(date));
    let age = js_sys::Date::now() - time;
    let relative =
        (has_time && (-60_000.0..FRESH_MS).contains(&age)).then(|| relative(age, strings.locale())).flatten();
    match relative {
        Some(text) => ShownDate { text, title: Some(absolute) },
        None => ShownDate { text: absolute, title: None },
    }
}

/// "now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago".
#[cfg(feature = "dom")]
fn relative(age_ms: f64, locale: &str) -> Option<String> {
    let minutes = (age_ms / 60_000.0).floor().max(0.0);
    let (value, unit) = match minutes {
        m if m < 1.0 => (0.0, "second"),
        m if m < 60.0 => (m, "minute"),
        m if m < 24.0 * 60.0 => ((m / 60.0).floor(), "hour"),
        m => ((m / (24.0 * 60.0)).floor(), "day"),
    };
    let options = js_sys::Object::new();
    // "yesterday" rather than "1 day ago", "now" rather than "0 seconds ago".
    set(&options, "numeric", "auto");
    let format = intl("RelativeTimeFormat", locale, &options)?;
    call(&format, "format", &[(-value).into(), unit.into()])
}

#[cfg(feature = "dom")]
fn set(object: &js_sys::Object, key: &str, value: &str) {
    let _ = js_sys::Reflect::set(object, &key.into(), &value.into());
}

/// `new Intl[name](locale, options)`, else for English. Built through
/// `Reflect`, which catches: a tag the browser rejects throws a RangeError,
/// and an exception must not unwind through the wasm.
#[cfg(feature = "dom")]
fn intl(name: &str, locale: &str, options: &js_sys::Object) -> Option<js_sys::Object> {
    use wasm_bindgen::JsCast;
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()?;
    [locale, "en"]
        .into_iter()
        .find_map(|tag| {
            js_sys::Reflect::construct(
                &constructor,
                &js_sys::Array::of2(&wasm_bindgen::JsValue::from_str(tag), options),
            )
            .ok()
        })
        .and_then(|object| object.dyn_into().ok())
}

/// `object[method](...args)` as a string, or None if it threw.
#[cfg(feature = "dom")]
fn call(object: &js_sys::Object, method: &str, args: &[wasm_bindgen::JsValue]) -> Option<String> {
    use wasm_bindgen::JsCast;
    let function: js_sys::Function = js_sys::Reflect::get(object, &method.into()).ok()?.dyn_into().ok()?;
    let arguments: js_sys::Array = args.iter().collect();
    js_sys::Reflect::apply(&function, object, &arguments).ok()?.as_string()
}

/// Natively: the calendar date as written, in the strings' language, always
/// absolute, spelled as `Intl` spells these locales' long dates ("November
/// 18, 2026", "18 November 2026" in en-GB, "18 de noviembre de 2026",
/// "2026年11月18日").
#[cfg(not(feature = "dom"))]
pub fn show_date(date: &DateTime, strings: &Strings) -> ShownDate {
    use super::Lang;
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    const AR: [&str; 12] =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    let (year, month, day) = date.parts();
    let name = |names: [&'static str; 12]| names.get(usize::from(month).saturating_sub(1)).copied().unwrap_or_default();
    let text = match strings.lang() {
        // As Intl writes English: month first for plain `en` and the
        // regions that write it so, day first elsewhere (en-GB, en-AU, …).
        Lang::En => {
            let month = name(MONTHS);
            let locale = strings.locale();
            let region = locale.split(['-', '_']).nth(1).map(str::to_ascii_uppercase);
            let month_first =
                matches!(region.as_deref(), None | Some("US" | "CA" | "PH" | "PR" | "GU" | "AS" | "VI" | "UM" | "MP"));
            if month_first && super::primary_subtag(locale).as_deref() == Some("en") {
                format!("{month} {day}, {year}")
            } else {
                format!("{day} {month} {year}")
            }
        }
        Lang::Es => format!("{day} de {} de {year}", name(ES)),
        Lang::De => format!("{day}. {} {year}", name(DE)),
        Lang::Ar => format!("{day} {} {year}", name(AR)),
        Lang::Ja => format!("{year}年{month}月{day}日"),
    };
    ShownDate { text, title: None }
}

/// Natively: [`show_date`] and the time of day as written (the
/// publisher's zone), when the date has one: "November 18, 2026, 19:40".
#[cfg(not(feature = "dom"))]
pub fn show_date_time(date: &DateTime, strings: &Strings) -> ShownDate {
    let mut shown = show_date(date, strings);
    if let Some((hour, minute)) = date.time_of_day() {
        let comma = if strings.lang() == super::Lang::Ja { "" } else { "," };
        shown.text = format!("{}{comma} {hour:02}:{minute:02}", shown.text);
    }
    shown
}

#[cfg(all(test, not(feature = "dom")))]
mod tests {
    use super::*;

    #[test]
    fn natively_dates_are_absolute_in_the_strings_language() {
        let date = DateTime::parse("2026-11-18T19:40:00+03:00").unwrap();
        let shown = |tag| show_date(&date, &Strings::new(Some(tag), &[])).text;
        assert_eq!(shown("en"), "November 18, 2026");
        assert_eq!(shown("en-US"), "November 18, 2026");
        assert_eq!(shown("en-GB"), "18 November 2026");
        assert_eq!(shown("es-MX"), "18 de noviembre de 2026");
        assert_eq!(shown("de"), "18. November 2026");
        assert_eq!(shown("ar"), "18 نوفمبر 2026");
        assert_eq!(shown("ja"), "2026年11月18日");
        assert_eq!(show_date(&date, &Strings::default()).title, None);
        let shown = |tag| show_date_time(&date, &Strings::new(Some(tag), &[])).text;
        assert_eq!(shown("en-GB"), "18 November 2026, 19:40");
        assert_eq!(shown("ja"), "2026年11月18日 19:40");
        let day = DateTime::parse("2026-11-18").unwrap();
        assert_eq!(show_date_time(&day, &Strings::default()).text, "November 18, 2026");
    }
}
