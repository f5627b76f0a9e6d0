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
///
/// ```
/// use article_widget::model::{check_url, UrlKind};
///
/// assert_eq!(check_url(" https://example.com/a ", UrlKind::Link).as_deref(), Ok("https://example.com/a"));
/// assert!(check_url("java\tscript:alert(1)", UrlKind::Link).is_err());
/// assert!(check_url("mailto:desk@example.com", UrlKind::Image).is_err());
/// ```
///
/// # Errors
///
/// A sentence saying why: an empty URL, one over [`MAX_URL`] characters,
/// one holding control characters, or a scheme `kind` does not allow
/// (links: `http`, `https`, `mailto`; images: `http`, `https`).
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

/// [`check_url`] for an image URL that goes in a `srcset`, which also
/// separates candidates by spaces and commas: a URL holding a space, or
/// starting or ending with a comma, would be read as another candidate.
/// Any other white space, and a byte-order mark, is refused too: a
/// browser keeps them in the URL, but a parser that strips them (as
/// JavaScript's `trim` does) would see what follows, `javascript:` maybe,
/// and no real address holds one.
///
/// # Errors
///
/// As [`check_url`] for an image, and a sentence for a URL holding white
/// space or starting or ending with a comma.
pub fn check_srcset_url(raw: &str) -> Result<String, String> {
    let url = check_url(raw, UrlKind::Image)?;
    if url.contains(|c: char| c.is_whitespace() || c == '\u{feff}') || url.starts_with(',') || url.ends_with(',') {
        return Err("a srcset URL may not hold spaces or start or end with a comma".into());
    }
    Ok(url)
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

/// The origin of an absolute URL (`https://ex.test` of
/// `https://ex.test/blog/a/?q`); None for a relative one.
pub fn origin(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    url.get(..url.len() - rest.len() + end)
}

/// `reference` resolved against `base`, as a browser resolves a link in a
/// document fetched from `base`: the one resolver the browser shell, the CLI
/// and the format adapters share.
///
/// `base` may itself be relative (a feed item whose `url` is `posts/a/`):
/// then the result is the reference that, resolved against whatever `base`
/// is relative to, gives the same URL as resolving `base` first and
/// `reference` against that (`../i.jpg` against `posts/a/` is `posts/i.jpg`;
/// `../../../i.jpg` is `../i.jpg`, the climb above `base` kept).
pub fn resolve_url(base: &str, reference: &str) -> String {
    let mut resolved = reference.to_owned();
    resolve_in_place(base, &mut resolved);
    resolved
}

/// Resolves `reference` against `base` (RFC 3986, section 5.2, for the
/// reference forms articles use). Absolute references, fragments and
/// `mailto:` are left alone.
fn resolve_in_place(base: &str, reference: &mut String) {
    if scheme(reference).is_some() {
        // As a browser's URL parser does: `https://Site.example` is
        // `https://site.example/`.
        if let Some((scheme, rest)) = reference.split_once("://") {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let (authority, tail) = rest.split_at(end);
            let slash = if tail.starts_with('/') { "" } else { "/" };
            *reference = format!("{}://{}{slash}{tail}", scheme.to_ascii_lowercase(), authority.to_ascii_lowercase());
        }
        return;
    }
    if reference.starts_with('#') {
        return;
    }
    // `base` as its scheme (None for a relative base), its authority with
    // the `//` before it (empty when it has none) and its path.
    let (base_scheme, rest) = match scheme(base) {
        Some(scheme) => (Some(scheme), base.get(scheme.len() + 1..).unwrap_or_default()),
        None => (None, base),
    };
    if base_scheme.is_some() && !rest.starts_with("//") {
        return; // `mailto:` and the like are no base for anything
    }
    let authority_end = match rest.strip_prefix("//") {
        Some(after) => 2 + after.find(['/', '?', '#']).unwrap_or(after.len()),
        None => 0,
    };
    let authority = rest.get(..authority_end).unwrap_or_default();
    let base_path = rest.get(authority_end..).unwrap_or_default();
    let base_path = base_path.split(['?', '#']).next().unwrap_or_default();
    let prefix = match base_scheme {
        Some(scheme) => format!("{scheme}:{authority}"),
        None => authority.to_owned(),
    };
    if reference.starts_with("//") {
        if let Some(scheme) = base_scheme {
            *reference = format!("{scheme}:{reference}");
        }
        return;
    }
    let resolved_path = if reference.starts_with('/') {
        reference.clone()
    } else if reference.starts_with('?') {
        format!("{base_path}{reference}")
    } else {
        let last = base_path.rsplit('/').next().unwrap_or_default();
        let directory = match base_path.rfind('/') {
            // `a/..` is a directory, as `a/../` is.
            _ if matches!(last, "." | "..") => &format!("{base_path}/"),
            Some(i) => base_path.get(..=i).unwrap_or_default(),
            // A relative base without a slash (`post`) is a file in the
            // directory it is relative to; under an authority, the root.
            None if prefix.is_empty() => "",
            None => "/",
        };
        format!("{directory}{reference}")
    };
    let (path, tail) = match resolved_path.find(['?', '#']) {
        Some(i) => resolved_path.split_at(i),
        None => (resolved_path.as_str(), ""),
    };
    let rooted = path.starts_with('/') || !prefix.is_empty();
    let mut segments: Vec<&str> = Vec::new();
    let parts: Vec<&str> =
        if path.starts_with('/') { path.split('/').skip(1).collect() } else { path.split('/').collect() };
    for (i, segment) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match *segment {
            "." => {
                if last {
                    segments.push("");
                }
            }
            ".." => {
                // Above the root there is nothing; above a relative path
                // the climb is kept for whatever it is relative to.
                if segments.last().is_some_and(|s| *s != "..") {
                    segments.pop();
                } else if !rooted {
                    segments.push("..");
                }
                if last {
                    segments.push("");
                }
            }
            other => segments.push(other),
        }
    }
    // A relative path whose first segment has a colon would read as a
    // scheme (`a:b`), so it is written `./a:b`, as RFC 3986 asks.
    let slash = match rooted {
        true => "/",
        false if segments.first().is_some_and(|s| s.contains(':')) => "./",
        false => "",
    };
    let joined = segments.join("/");
    // An empty relative path means the document itself: right for `?q`
    // against a base of `?page=2`, but `a/..` is its directory, `./`.
    *reference = if !rooted && joined.is_empty() && !path.is_empty() {
        format!("./{tail}")
    } else {
        format!("{prefix}{slash}{joined}{tail}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(base: &str, reference: &str) -> String {
        resolve_url(base, reference)
    }

    #[test]
    fn origins_are_scheme_and_host() {
        assert_eq!(origin("https://ex.test/blog/a/?q#f"), Some("https://ex.test"));
        assert_eq!(origin("http://127.0.0.1:8080"), Some("http://127.0.0.1:8080"));
        assert_eq!(origin("/relative"), None);
    }

    #[test]
    fn relative_urls_resolve_like_a_browser() {
        let base = "https://news.example/articles/2026/sable.json?v=2";
        assert_eq!(resolved(base, "img/a.svg"), "https://news.example/articles/2026/img/a.svg");
        assert_eq!(resolved(base, "../b.html"), "https://news.example/articles/b.html");
        assert_eq!(resolved(base, "../../../../c"), "https://news.example/c");
        assert_eq!(resolved(base, "/d?x=1#y"), "https://news.example/d?x=1#y");
        assert_eq!(resolved(base, "//cdn.example/e.png"), "https://cdn.example/e.png");
        assert_eq!(resolved(base, "./"), "https://news.example/articles/2026/");
        assert_eq!(resolved(base, "https://other.example/f"), "https://other.example/f");
        assert_eq!(resolved(base, "HTTPS://Other.example"), "https://other.example/");
        assert_eq!(resolved(base, "https://other.example?q#top"), "https://other.example/?q#top");
        assert_eq!(resolved(base, "mailto:desk@news.example"), "mailto:desk@news.example");
        assert_eq!(resolved("http://127.0.0.1:8080", "g.json"), "http://127.0.0.1:8080/g.json");
    }

    #[test]
    fn relative_bases_compose_with_what_they_are_relative_to() {
        assert_eq!(resolved("posts/a/", "b.jpg"), "posts/a/b.jpg");
        assert_eq!(resolved("posts/a/", "../../../i.jpg"), "../i.jpg");
        assert_eq!(resolved("posts/a/", "/i.jpg"), "/i.jpg");
        assert_eq!(resolved("/blog/a/", "../b/?q"), "/blog/b/?q");
        assert_eq!(resolved("//cdn.example/a/", "b.png"), "//cdn.example/a/b.png");
        assert_eq!(resolved("post", "b.jpg"), "b.jpg");
        assert_eq!(resolved("a/", "../x:y"), "./x:y");
        assert_eq!(resolved("a/", "https://ex.test/x"), "https://ex.test/x");
        // Resolving against the relative base, then against the document,
        // is resolving the base against the document, then against that.
        let documents = ["https://ex.test/feeds/news/feed.json", "https://ex.test/feed.json", "http://127.0.0.1:8080"];
        let bases =
            ["posts/a/", "posts/a", "../up/", "../../x", "a/..", "/root/x/", "//cdn.example/a/b", "./", "?page=2"];
        let references = ["b.jpg", "/i/a.jpg", "../c/", "../../../../d", "./", "?q=1#f", "//o.example/e", "x/./y/../z"];
        for document in documents {
            for base in bases {
                for reference in references {
                    assert_eq!(
                        resolved(document, &resolved(base, reference)),
                        resolved(&resolved(document, base), reference),
                        "{document} + {base} + {reference}"
                    );
                }
            }
        }
    }

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
    fn srcset_urls_are_image_urls_without_separators() {
        assert_eq!(check_srcset_url(" https://a.test/x,y.jpg ").as_deref(), Ok("https://a.test/x,y.jpg"));
        for bad in [
            "javascript:alert(1)",
            "data:image/png;base64,AA",
            "a b.jpg",
            "a.jpg,",
            ",a.jpg",
            "mailto:a@b.c",
            "\u{feff}javascript:alert(1)",
            "a\u{2028}b.jpg",
            "a\u{3000}b.jpg",
        ] {
            assert!(check_srcset_url(bad).is_err(), "{bad:?}");
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
