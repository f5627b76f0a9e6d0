//! Dates as publishers' systems really write them, into the RFC 3339 form
//! the model keeps (`2026-11-20T08:30:00-07:00`), for every format but the
//! native one, whose dates follow its schema:
//!
//! - RFC 3339 with the common deviations: an offset without its colon
//!   (`-0700`, `+0000`) or without minutes (`+01`), a lower-case `t`/`z`.
//! - RFC 2822 (`Mon, 07 Jan 2019 15:37:00 -0500`) and the loose forms of it
//!   that sites print from JavaScript's `Date` or PHP (`Mon, Jan 7 2019
//!   15:37:00 EST`), with the zone names RFC 2822 section 4.3 defines (`UT`,
//!   `GMT`, `EST`, `EDT`, `CST`, `CDT`, `MST`, `MDT`, `PST`, `PDT`, `Z`).
//! - A date-time without a zone is kept without one: it is shown as written,
//!   never shifted to another zone.
//!
//! Anything else is left for the model's own parser to refuse, with its
//! message. <https://www.rfc-editor.org/rfc/rfc3339>,
//! <https://www.rfc-editor.org/rfc/rfc2822#section-3.3>

use crate::i18n::MONTHS;

/// `text` in RFC 3339 form, when it is one of the forms above that is not
/// RFC 3339 already; None when there is nothing to mend.
pub(crate) fn normalise(text: &str) -> Option<String> {
    let text = text.trim();
    iso_offset(text).or_else(|| rfc2822(text))
}

/// `2016-05-24T07:00:00-0700` → `…-07:00`; `…+01` → `…+01:00`.
fn iso_offset(text: &str) -> Option<String> {
    let (date_time, sign, zone) = text
        .char_indices()
        .rev()
        .find_map(|(i, c)| matches!(c, '+' | '-').then(|| (text.get(..i), c, text.get(i + 1..))).filter(|_| i > 10))?;
    let (date_time, zone) = (date_time?, zone?);
    if !date_time.get(10..11).is_some_and(|t| t.eq_ignore_ascii_case("t") || t == " ") {
        return None;
    }
    let digits = zone.bytes().all(|b| b.is_ascii_digit());
    let zone = match zone.len() {
        4 if digits => format!("{}:{}", zone.get(..2)?, zone.get(2..)?),
        2 if digits => format!("{zone}:00"),
        _ => return None,
    };
    Some(format!("{date_time}{sign}{zone}"))
}

/// RFC 2822's zone names, with their offsets.
const ZONES: [(&str, &str); 12] = [
    ("UT", "+00:00"),
    ("UTC", "+00:00"),
    ("GMT", "+00:00"),
    ("Z", "+00:00"),
    ("EST", "-05:00"),
    ("EDT", "-04:00"),
    ("CST", "-06:00"),
    ("CDT", "-05:00"),
    ("MST", "-07:00"),
    ("MDT", "-06:00"),
    ("PDT", "-07:00"),
    ("PST", "-08:00"),
];

/// `[Mon,] 07 Jan 2019 [15:37[:00]] [zone]`, the day and month in either
/// order, as words separated by spaces and commas.
fn rfc2822(text: &str) -> Option<String> {
    let mut words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    // A weekday name first is decoration; the date says which day it is.
    if words.first().is_some_and(|w| w.chars().all(|c| c.is_ascii_alphabetic()) && month(w).is_none()) {
        words.remove(0);
    }
    let [a, b, year, rest @ ..] = words.as_slice() else { return None };
    let (day, month) = match (a.parse::<u32>(), b.parse::<u32>()) {
        (Ok(day), Err(_)) => (day, month(b)?),
        (Err(_), Ok(day)) => (day, month(a)?),
        _ => return None,
    };
    let year: u32 = year.parse().ok().filter(|y| (1000..=9999).contains(y))?;
    let date = format!("{year:04}-{month:02}-{day:02}");
    let (time, zone) = match rest {
        [] => return Some(date),
        [time] => (*time, None),
        [time, zone] => (*time, Some(*zone)),
        _ => return None,
    };
    let part = |text: &str, max: u8| text.parse::<u8>().ok().filter(|n| *n <= max);
    let time = match time.split(':').collect::<Vec<_>>().as_slice() {
        [h, m] => format!("{:02}:{:02}:00", part(h, 23)?, part(m, 59)?),
        [h, m, s] => format!("{:02}:{:02}:{:02}", part(h, 23)?, part(m, 59)?, part(s, 60)?),
        _ => return None,
    };
    let offset = match zone {
        None => String::new(),
        Some(zone) => match ZONES.iter().find(|(name, _)| name.eq_ignore_ascii_case(zone)) {
            Some((_, offset)) => (*offset).to_owned(),
            None => {
                let (sign, digits) = zone.split_at_checked(1)?;
                let numeric =
                    matches!(sign, "+" | "-") && digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
                if !numeric {
                    return None;
                }
                format!("{sign}{}:{}", digits.get(..2)?, digits.get(2..)?)
            }
        },
    };
    Some(format!("{date}T{time}{offset}"))
}

/// The month an English name or its abbreviation (`Jan`, `Sept.`) names.
fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|name| name.to_ascii_lowercase().starts_with(&word))?;
    u32::try_from(index).ok().map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn offsets_without_a_colon_get_one() {
        assert_eq!(normalise("2016-05-24T07:00:00-0700").as_deref(), Some("2016-05-24T07:00:00-07:00"));
        assert_eq!(normalise("2020-10-08T18:45:30+0000").as_deref(), Some("2020-10-08T18:45:30+00:00"));
        assert_eq!(normalise("2020-10-08T18:45:30.5+01").as_deref(), Some("2020-10-08T18:45:30.5+01:00"));
        assert_eq!(normalise("2020-10-08T18:45:30+01:00"), None);
        assert_eq!(normalise("2020-10-08"), None);
    }

    #[test]
    fn rfc_2822_and_its_loose_forms_become_rfc_3339() {
        assert_eq!(normalise("Mon, 07 Jan 2019 15:37:00 -0500").as_deref(), Some("2019-01-07T15:37:00-05:00"));
        assert_eq!(normalise("Mon, Jan 7 2019 15:37:00 EST").as_deref(), Some("2019-01-07T15:37:00-05:00"));
        assert_eq!(normalise("7 January 2019 09:05 GMT").as_deref(), Some("2019-01-07T09:05:00+00:00"));
        assert_eq!(normalise("Sept. 3, 2026").as_deref(), Some("2026-09-03"));
        assert_eq!(normalise("Tue, 3 Mar 2026 08:00:00").as_deref(), Some("2026-03-03T08:00:00"));
    }

    // Jetpack's related posts carry dates in the site's format, by default
    // "November 12, 2026" (the WordPress adapter reads them through here).
    #[test]
    fn jetpack_dates_in_words_become_iso_dates() {
        assert_eq!(normalise("November 12, 2026").as_deref(), Some("2026-11-12"));
        assert_eq!(normalise("Sep 3, 2026").as_deref(), Some("2026-09-03"));
        assert_eq!(normalise("12/11/2026"), None);
        assert_eq!(normalise("Ma 3, 2026"), None);
    }

    #[test]
    fn what_is_not_a_date_is_left_alone() {
        for text in ["yesterday", "Mon, 07 Foo 2019", "7 Jan 19", "Jan 7 2019 25:00", "7 Jan 2019 10:00 XYZ", ""] {
            assert_eq!(normalise(text), None, "{text}");
        }
    }
}
