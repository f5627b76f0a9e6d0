//! The invariants the widget's HTML output must hold, whatever the input:
//!
//! - no forbidden element: `script`, `iframe`, `object`, `embed`, `style`,
//!   `svg`, `math`, `base`, `meta`, `form`, `template` (and, as active or
//!   embedding content too, `link`, `frame`, `frameset`, `applet`, `portal`,
//!   `fencedframe`), in any letter case;
//! - no attribute whose name starts with `on` (an event handler), and no
//!   `style` attribute;
//! - every URL attribute (`href`, `src`, and the others in [`URL_ATTRIBUTES`])
//!   is relative or http/https, or mailto for a link, once its character
//!   references are decoded and it is cleaned as the WHATWG URL parser
//!   cleans it;
//! - every `&` in an attribute value starts one of the escapes the renderer
//!   writes (`&amp;` `&lt;` `&gt;` `&quot;` `&#…;`), so that no named
//!   reference such as `&colon;` can turn into markup-significant text.
//!
//! The output is read twice, independently: once by [`lex`], a small
//! tokenizer that follows the WHATWG tokenizer's tag and attribute states,
//! and once by html5ever's tree builder, the way a browser would build the
//! DOM from it. Both must find nothing.

use std::fmt;

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// The URLs of a `srcset`, split as a browser splits them
/// (<https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute>):
/// a URL runs to the next whitespace, a comma inside it belongs to it, and
/// its descriptors run to the next comma.
fn srcset_urls(srcset: &str) -> Vec<&str> {
    let mut urls = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return urls;
        }
        let end = rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        rest = if url.ends_with(',') { after } else { after.find(',').map_or("", |i| &after[i..]) };
        let url = url.trim_end_matches(',');
        if !url.is_empty() {
            urls.push(url);
        }
    }
}

/// Elements that must never be in the output.
pub const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "iframe",
    "object",
    "embed",
    "style",
    "svg",
    "math",
    "base",
    "meta",
    "form",
    "template",
    // Active or embedding content the brief's list implies.
    "link",
    "frame",
    "frameset",
    "applet",
    "portal",
    "fencedframe",
];

/// Attributes holding a URL a browser may load or navigate to.
pub const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "poster",
    "background",
    "cite",
    "longdesc",
    "ping",
    "data",
    "codebase",
    "manifest",
    "lowsrc",
    "dynsrc",
    "xlink:href",
    "imagesrcset",
];

/// One broken invariant, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Which reader found it: "lexer" or "tree".
    pub by: &'static str,
    pub what: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.by, self.what)
    }
}

/// Checks rendered HTML against every invariant; the first violation found.
pub fn check_html(html: &str) -> Result<(), Violation> {
    lex(html).map_err(|what| Violation { by: "lexer", what })?;
    tree(html).map_err(|what| Violation { by: "tree", what })?;
    Ok(())
}

/// Checks one element and its attributes (name lowercase, values decoded).
fn check_element(tag: &str, attrs: &[(String, String)]) -> Result<(), String> {
    if FORBIDDEN_ELEMENTS.contains(&tag) {
        return Err(format!("forbidden element <{tag}>"));
    }
    for (name, value) in attrs {
        check_attribute(tag, name, value)?;
    }
    Ok(())
}

fn check_attribute(tag: &str, name: &str, value: &str) -> Result<(), String> {
    if name.starts_with("on") {
        return Err(format!("event-handler attribute <{tag} {name}={value:?}>"));
    }
    if name == "style" {
        return Err(format!("style attribute <{tag} style={value:?}>"));
    }
    if !URL_ATTRIBUTES.contains(&name) {
        return Ok(());
    }
    let allowed: &[&str] =
        if name == "href" && matches!(tag, "a" | "area") { &["http", "https", "mailto"] } else { &["http", "https"] };
    let urls: Vec<&str> = if name.ends_with("srcset") { srcset_urls(value) } else { vec![value] };
    for url in urls {
        if let Some(scheme) = url_scheme(url) {
            if !allowed.contains(&scheme.as_str()) {
                return Err(format!("<{tag} {name}={value:?}>: scheme {scheme:?} is not one of {allowed:?}"));
            }
        }
    }
    Ok(())
}

/// The scheme a browser would see in `url`, lowercase; `None` for a
/// relative reference. Cleaned as the WHATWG URL parser cleans input:
/// leading and trailing C0 controls and spaces stripped, tabs and newlines
/// removed anywhere. Written here again, not taken from the crate, so that
/// a mistake in the crate's check is not repeated in the test of it.
pub fn url_scheme(url: &str) -> Option<String> {
    let cleaned: String =
        url.trim_matches(|c: char| c <= '\u{20}').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let colon = cleaned.find(':')?;
    let candidate = &cleaned[..colon];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| candidate.to_ascii_lowercase())
}

fn is_html_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{c}' | ' ' | '\r')
}

/// Decodes the character references in an attribute value. Only the escapes
/// an HTML-escaping renderer writes are accepted; any other `&` followed by
/// an alphanumeric or `#` is an error, since a browser might decode it into
/// something else (`&colon;` is `:`).
fn decode_attribute(raw: &str) -> Result<String, String> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let known =
            [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&apos;", '\''), ("&nbsp;", '\u{a0}')];
        if let Some((entity, c)) = known.iter().find(|(e, _)| rest.starts_with(e)) {
            out.push(*c);
            rest = &rest[entity.len()..];
            continue;
        }
        if let Some(numeric) = rest.strip_prefix("&#") {
            let (digits, radix) = match numeric.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (numeric, 10),
            };
            let end = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
            if end > 0 && digits[end..].starts_with(';') {
                let c = u32::from_str_radix(&digits[..end], radix).ok().and_then(char::from_u32);
                let Some(c) = c else { return Err(format!("numeric character reference out of range in {raw:?}")) };
                out.push(c);
                rest = &digits[end + 1..];
                continue;
            }
            return Err(format!("unterminated numeric character reference in attribute value {raw:?}"));
        }
        // A lone `&` (followed by a space, `=`, the end…) is literal text.
        if rest[1..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return Err(format!("unescaped `&` before a name in attribute value {raw:?}"));
        }
        out.push('&');
        rest = &rest[1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Reads `html` as the WHATWG tokenizer reads tags, checking each start tag.
/// Comments (`<!-- … -->`, and Leptos' `<!>` markers), doctypes, end tags
/// and bogus comments are skipped; text between tags is not markup.
pub fn lex(html: &str) -> Result<(), String> {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        i += offset + 1;
        let rest = &html[i..];
        if let Some(comment) = rest.strip_prefix("!--") {
            // The comment ends at `-->` or `--!>`; `<!-->` and `<!--->` end at once.
            if comment.starts_with('>') {
                i += 4;
            } else if comment.starts_with("->") {
                i += 5;
            } else {
                let end = [comment.find("-->").map(|e| e + 3), comment.find("--!>").map(|e| e + 4)]
                    .into_iter()
                    .flatten()
                    .min();
                i += 3 + end.unwrap_or(comment.len());
            }
            continue;
        }
        match bytes.get(i) {
            // Markup declaration (doctype, `<!>`), processing instruction:
            // a bogus comment up to the next `>`.
            Some(b'!' | b'?') => i += rest.find('>').map_or(rest.len(), |e| e + 1),
            Some(b'/') => {
                // An end tag: its attributes do nothing; skip to its `>`.
                if rest.as_bytes().get(1).is_some_and(u8::is_ascii_alphabetic) {
                    let (_, _, end) = tag(&rest[1..])?;
                    i += 1 + end;
                } else {
                    i += rest.find('>').map_or(rest.len(), |e| e + 1);
                }
            }
            Some(b) if b.is_ascii_alphabetic() => {
                let (name, attrs, end) = tag(rest)?;
                check_element(&name, &attrs)?;
                i += end;
            }
            // `<` followed by anything else is text.
            _ => {}
        }
    }
    Ok(())
}

/// Reads a tag from its name (`rest` starts right after `<` or `</`): its
/// lowercase name, its attributes with values decoded, and where it ends.
fn tag(rest: &str) -> Result<(String, Vec<(String, String)>, usize), String> {
    let mut chars = rest.char_indices().peekable();
    let mut name = String::new();
    let mut attrs = Vec::new();
    // Tag name state.
    loop {
        match chars.next() {
            None => return Ok((name, attrs, rest.len())),
            Some((_, c)) if is_html_space(c) || c == '/' => break,
            Some((i, '>')) => return Ok((name, attrs, i + 1)),
            Some((_, c)) => name.push(c.to_ascii_lowercase()),
        }
    }
    loop {
        // Before attribute name: skip spaces and `/`.
        while chars.peek().is_some_and(|&(_, c)| is_html_space(c) || c == '/') {
            chars.next();
        }
        let mut attr = String::new();
        match chars.peek().copied() {
            None => return Ok((name, attrs, rest.len())),
            Some((i, '>')) => return Ok((name, attrs, i + 1)),
            // An `=` first is part of the name.
            Some((_, '=')) => {
                attr.push('=');
                chars.next();
            }
            Some(_) => {}
        }
        // Attribute name.
        while let Some(&(_, c)) = chars.peek() {
            if is_html_space(c) || matches!(c, '/' | '>' | '=') {
                break;
            }
            attr.push(c.to_ascii_lowercase());
            chars.next();
        }
        // After attribute name.
        while chars.peek().is_some_and(|&(_, c)| is_html_space(c)) {
            chars.next();
        }
        if chars.peek().map(|&(_, c)| c) != Some('=') {
            attrs.push((attr, String::new()));
            continue;
        }
        chars.next();
        // Before attribute value.
        while chars.peek().is_some_and(|&(_, c)| is_html_space(c)) {
            chars.next();
        }
        let mut raw = String::new();
        match chars.peek().copied() {
            Some((_, quote @ ('"' | '\''))) => {
                chars.next();
                loop {
                    match chars.next() {
                        None => return Err(format!("unterminated attribute value in <{name} {attr}=…")),
                        Some((_, c)) if c == quote => break,
                        Some((_, c)) => raw.push(c),
                    }
                }
            }
            Some((i, '>')) => {
                attrs.push((attr, String::new()));
                return Ok((name, attrs, i + 1));
            }
            _ => {
                while let Some(&(_, c)) = chars.peek() {
                    if is_html_space(c) || c == '>' {
                        break;
                    }
                    raw.push(c);
                    chars.next();
                }
            }
        }
        let value = decode_attribute(&raw).map_err(|e| format!("<{name} {attr}>: {e}"))?;
        attrs.push((attr, value));
    }
}

/// Parses `html` as a browser would (html5ever, scripting off) and checks
/// every element of the tree, whatever its namespace.
pub fn tree(html: &str) -> Result<(), String> {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
        ..Default::default()
    };
    let dom = parse_document(RcDom::default(), opts).one(html);
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Element { name, attrs, template_contents, .. } = &node.data {
            let tag = name.local.to_string().to_ascii_lowercase();
            let attrs: Vec<(String, String)> = attrs
                .borrow()
                .iter()
                .map(|a| {
                    let local = a.name.local.to_string().to_ascii_lowercase();
                    let name = match &a.name.prefix {
                        Some(prefix) => format!("{}:{local}", prefix.to_string().to_ascii_lowercase()),
                        None => local,
                    };
                    (name, a.value.to_string())
                })
                .collect();
            check_element(&tag, &attrs)?;
            if let Some(contents) = template_contents.borrow().as_ref() {
                stack.push(contents.clone());
            }
        }
        stack.extend(node.children.borrow().iter().cloned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // A comma inside a srcset URL belongs to it (Cloudinary writes `w_300,h_200`), as in a browser.
    #[test]
    fn srcset_urls_split_as_a_browser_splits_them() {
        assert_eq!(srcset_urls("/a,b.jpg 300w, c.jpg,, d.jpg 2x,e.jpg"), ["/a,b.jpg", "c.jpg", "d.jpg", "e.jpg"]);
        assert!(check_html(r#"<img src="/a.jpg" srcset="/x,javascript:y 300w">"#).is_ok());
        assert!(check_html(r#"<img src="/a.jpg" srcset="/x 300w,javascript:y 600w">"#).is_err());
    }

    #[test]
    fn clean_markup_passes() {
        let ok = r##"<div part="widget" class="aw"><!--x--><!><article lang="en"><p>a &lt;script&gt; b &amp; <a rel="noopener noreferrer" href="https://a.test/?x=1&amp;y=2">l</a><a href="/rel">r</a><a href="mailto:a@b.c">m</a><a href="#aw-author-1">x</a></p><img src="img/a.svg" alt="&quot;q&quot;"/><slot name="ad-1"></slot><time datetime="2026-01-01">d</time></article></div>"##;
        assert_eq!(check_html(ok), Ok(()));
    }

    #[test]
    fn every_forbidden_element_is_found_in_any_case() {
        for tag in FORBIDDEN_ELEMENTS {
            for html in
                [format!("<p>x<{tag}>y</p>"), format!("<div><{} a=b>", tag.to_ascii_uppercase()), format!("<{tag}/>")]
            {
                let found = check_html(&html);
                assert!(found.is_err(), "{html}");
                assert!(lex(&html).is_err(), "lexer missed {html}");
            }
        }
    }

    #[test]
    fn escaped_markup_in_text_is_fine() {
        assert_eq!(check_html("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;svg onload=x&gt;</p>"), Ok(()));
    }

    #[test]
    fn event_handlers_and_styles_are_found() {
        for html in [
            r#"<img src="a.png" onerror="x">"#,
            r#"<a href="/" ONCLICK=x>y</a>"#,
            r#"<p/onmouseover=x>"#,
            r#"<p style="color:red">"#,
            r#"<p class='a' Style='x'>"#,
        ] {
            assert!(lex(html).is_err(), "lexer missed {html}");
            assert!(tree(html).is_err(), "tree missed {html}");
        }
    }

    #[test]
    fn script_urls_are_found_however_disguised() {
        for html in [
            r#"<a href="javascript:alert(1)">x</a>"#,
            r#"<a href=" JaVaScRiPt:alert(1)">x</a>"#,
            "<a href=\"java\tscript:alert(1)\">x</a>",
            r#"<a href="java&#x9;script:alert(1)">x</a>"#,
            r#"<a href="&#106;avascript:alert(1)">x</a>"#,
            r#"<a href="&#x01;javascript:alert(1)">x</a>"#,
            r#"<img src="data:image/svg+xml,<svg/onload=x>">"#,
            r#"<img src="mailto:a@b.c">"#,
            r#"<a href=vbscript:x>y</a>"#,
        ] {
            assert!(lex(html).is_err(), "lexer missed {html}");
            assert!(tree(html).is_err(), "tree missed {html}");
        }
    }

    #[test]
    fn named_references_in_attributes_are_refused() {
        // `&colon;` would decode to `:` in a browser: `javascript:` again.
        assert!(lex(r#"<a href="javascript&colon;alert(1)">x</a>"#).is_err());
        assert!(tree(r#"<a href="javascript&colon;alert(1)">x</a>"#).is_err());
        assert_eq!(lex(r#"<a href="/a?b=1&amp;c=2&#39;">x</a>"#), Ok(()));
    }

    #[test]
    fn schemes_are_read_as_a_browser_reads_them() {
        assert_eq!(url_scheme("  HTTPS://a"), Some("https".into()));
        assert_eq!(url_scheme("\u{0}\u{1f} j\na\tv\rascript:x"), Some("javascript".into()));
        assert_eq!(url_scheme("/a:b"), None);
        assert_eq!(url_scheme("a b:c"), None);
        assert_eq!(url_scheme("1http:x"), None);
        assert_eq!(url_scheme("./javascript:x"), None);
    }
}
