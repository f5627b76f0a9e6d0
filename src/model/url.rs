//! Which URLs may reach an `href` or `src`.
//!
//! The scheme is read the way the WHATWG URL parser reads it
//! (<https://url.spec.whatwg.org/#concept-basic-url-parser>): leading and
//! trailing C0 controls and spaces are stripped and tabs and newlines removed
//! anywhere, so `" java\tscript:…"` is seen as the `javascript:` URL a browser
//! would run. The cleaned string is what gets rendered, so the check and the
//! browser agree on what the URL is.

use super::limits::MAX_URL;

/// Where a URL is going to be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlKind {
    /// An `<a href>`: http, https, mailto or relative.
    Link,
    /// An `<img src>`: http, https or relative.
    Image,
}

/// Returns the URL as it will be rendered, or why it may not be.
pub fn check_url(raw: &str, kind: UrlKind) -> Result<String, String> {
    let cleaned: String =
        raw.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    if cleaned.is_empty() {
        return Err("empty URL".into());
    }
    if cleaned.len() > MAX_URL {
        return Err(format!("URL is longer than {MAX_URL} characters"));
    }
    if cleaned.chars().any(|c| c.is_control()) {
        return Err("URL contains control characters".into());
    }
    match scheme(&cleaned) {
        None => Ok(cleaned),
        Some(scheme) => {
            let allowed = match kind {
                UrlKind::Link => ["http", "https", "mailto"].as_slice(),
                UrlKind::Image => ["http", "https"].as_slice(),
            };
            if allowed.iter().any(|a| a.eq_ignore_ascii_case(scheme)) {
                Ok(cleaned)
            } else {
                Err(format!("URL scheme \"{scheme}:\" is not allowed here (only {})", allowed.join(", ")))
            }
        }
    }
}

/// The scheme of an absolute URL: a letter, then letters, digits, `+ - .`,
/// then `:`. `None` for a relative reference.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find(':')?;
    let candidate = &url[..end];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_mail_and_relative_links_pass_unchanged() {
        for ok in [
            "https://example.org/a?b=c#d",
            "http://x.test",
            "mailto:desk@example.org",
            "/news/a",
            "a/b",
            "#top",
            "//cdn.example/x.jpg",
            "?q=1",
        ] {
            assert_eq!(check_url(ok, UrlKind::Link).as_deref(), Ok(ok));
        }
    }

    #[test]
    fn script_and_data_urls_are_refused_however_they_are_disguised() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "jav\nascript:x",
            "vbscript:msgbox",
            "data:text/html,<script>",
            "file:///etc/passwd",
        ] {
            assert!(check_url(bad, UrlKind::Link).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn mailto_is_a_link_not_an_image() {
        assert!(check_url("mailto:a@b.c", UrlKind::Image).is_err());
    }

    #[test]
    fn surrounding_whitespace_is_stripped_as_a_browser_would() {
        assert_eq!(check_url("  https://a.test/x \n", UrlKind::Image).as_deref(), Ok("https://a.test/x"));
    }
}
