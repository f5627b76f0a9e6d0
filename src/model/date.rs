//! Dates in the subset of ISO 8601 that RFC 3339 and schema.org use:
//! `2026-11-20` or `2026-11-20T08:30:00Z` / `…+01:00`, seconds and fraction
//! optional. Parsed by hand: a date library would cost the wasm more than
//! this whole file.

use serde::{Serialize, Serializer};

/// A validated calendar date, with the time of day and offset when given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTime {
    text: String,
    year: u16,
    month: u8,
    day: u8,
}

impl DateTime {
    /// Parses `text`, or says what is wrong with it.
    ///
    /// ```
    /// use article_widget::model::DateTime;
    ///
    /// let date = DateTime::parse("2026-11-20T08:30:00+01:00")?;
    /// assert_eq!(date.parts(), (2026, 11, 20));
    /// assert_eq!(date.time_of_day(), Some((8, 30)));
    /// assert!(DateTime::parse("2026-02-30").is_err());
    /// # Ok::<(), &str>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A sentence saying what is wrong: not a date of the form
    /// `2026-11-20`, a day the calendar does not have, or a time that is not
    /// of the form `T08:30:00Z` / `T08:30:00+01:00`.
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        let b = text.as_bytes();
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            let digits = b.get(range)?;
            digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
        };
        let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err("expected a date like 2026-11-20 or 2026-11-20T08:30:00Z");
        };
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err("expected a date like 2026-11-20 or 2026-11-20T08:30:00Z");
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err("no such day in the calendar");
        }
        if b.len() > 10 && !valid_time(b.get(10..).unwrap_or_default()) {
            return Err("expected a time like T08:30:00Z or T08:30:00+01:00 after the date");
        }
        Ok(DateTime { text: text.to_owned(), year: year as u16, month: month as u8, day: day as u8 })
    }

    /// The date as given, for `<time datetime>`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Year, month (1–12) and day of the calendar date as written.
    pub fn parts(&self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// Whether both fall on the same calendar day as written (an update the
    /// day it was published says nothing a reader needs). Offsets are not
    /// applied: the publisher's own day counts.
    pub fn same_day(&self, other: &DateTime) -> bool {
        self.parts() == other.parts()
    }

    /// Hour and minute of the time of day as written, if one is given.
    pub fn time_of_day(&self) -> Option<(u8, u8)> {
        if self.text.len() <= 10 {
            return None;
        }
        let b = self.text.as_bytes();
        Some((two(b, 11) as u8, two(b, 14) as u8))
    }

    /// Seconds since 1970-01-01T00:00Z, the offset applied, for putting
    /// dates in order: a date without a time is the start of its day in
    /// UTC, and one without an offset is read as UTC.
    pub fn timestamp(&self) -> i64 {
        let (year, month, day) = self.parts();
        // Days from the civil date (Howard Hinnant's algorithm).
        let y = i64::from(year) - i64::from(month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
        let b = self.text.as_bytes();
        let num = |i: usize| i64::from(two(b, i));
        let mut seconds = days * 86_400;
        if b.len() > 10 {
            seconds += num(11) * 3_600 + num(14) * 60;
            if b.get(16) == Some(&b':') {
                seconds += num(17);
            }
            // The offset is the last six bytes when it is one (valid_time
            // allows nothing else there that ends like `±hh:mm`).
            if let Some(&[sign @ (b'+' | b'-'), _, _, b':', _, _]) = b.len().checked_sub(6).and_then(|i| b.get(i..)) {
                let i = b.len() - 5;
                let offset = num(i) * 3_600 + num(i + 3) * 60;
                seconds -= if sign == b'+' { offset } else { -offset };
            }
        }
        seconds
    }
}

/// The number the two digits at `i` of a parsed date spell (0 if absent).
fn two(b: &[u8], i: usize) -> u32 {
    match b.get(i..i + 2) {
        Some(&[tens, ones]) => u32::from(tens.wrapping_sub(b'0')) * 10 + u32::from(ones.wrapping_sub(b'0')),
        _ => 0,
    }
}

/// Two ASCII digits as a number no greater than `max`.
fn two_digits(pair: [u8; 2], max: u8) -> bool {
    pair.iter().all(u8::is_ascii_digit) && (pair[0] - b'0') * 10 + (pair[1] - b'0') <= max
}

/// `T08:30`, then optional `:00` and `.123`, then optional `Z` or `±01:00`.
/// Slice patterns, so no input can index out of bounds.
fn valid_time(b: &[u8]) -> bool {
    let [b'T' | b't' | b' ', h1, h2, b':', m1, m2, rest @ ..] = b else { return false };
    if !two_digits([*h1, *h2], 23) || !two_digits([*m1, *m2], 59) {
        return false;
    }
    let mut rest = rest;
    if let [b':', s1, s2, after @ ..] = rest {
        if !two_digits([*s1, *s2], 60) {
            return false;
        }
        rest = after;
        if let [b'.', fraction @ ..] = rest {
            let n = fraction.iter().take_while(|d| d.is_ascii_digit()).count();
            if n == 0 {
                return false;
            }
            rest = fraction.get(n..).unwrap_or_default();
        }
    }
    match rest {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => two_digits([*h1, *h2], 23) && two_digits([*m1, *m2], 59),
        _ => false,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_forms_feeds_and_schema_org_use() {
        for ok in
            ["2026-11-20", "2026-11-20T08:30Z", "2026-11-20T08:30:00Z", "2026-11-20T08:30:00.123+01:00", "2024-02-29"]
        {
            assert!(DateTime::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_impossible_or_garbled_dates() {
        for bad in [
            "",
            "yesterday",
            "2026-13-01",
            "2026-02-30",
            "2023-02-29",
            "2026-11-20T25:00Z",
            "2026-11-20T08:30:00+1",
            "20261120",
            "2026-11-2",
        ] {
            assert!(DateTime::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timestamps_apply_the_offset_and_order_dates() {
        let at = |text: &str| DateTime::parse(text).unwrap().timestamp();
        assert_eq!(at("1970-01-01"), 0);
        assert_eq!(at("2026-11-20T08:30:00Z"), 1_795_163_400);
        assert_eq!(at("2026-11-20T09:30:00+01:00"), at("2026-11-20T08:30Z"));
        assert_eq!(at("2026-11-20T03:30:15.5-05:00"), at("2026-11-20T08:30:15Z"));
        assert_eq!(at("2024-03-01") - at("2024-02-29"), 86_400);
        assert_eq!(DateTime::parse("2026-11-20T08:05+01:00").unwrap().time_of_day(), Some((8, 5)));
        assert_eq!(DateTime::parse("2026-11-20").unwrap().time_of_day(), None);
    }

    #[test]
    fn the_same_calendar_day_is_the_day_as_written_whatever_the_time() {
        let morning = DateTime::parse("2026-03-05T08:00:00+01:00").unwrap();
        assert!(morning.same_day(&DateTime::parse("2026-03-05T23:30:00Z").unwrap()));
        assert!(morning.same_day(&DateTime::parse("2026-03-05").unwrap()));
        assert!(!morning.same_day(&DateTime::parse("2026-03-06T00:10:00+01:00").unwrap()));
    }
}
