//! The widget's stylesheet turned inside out, for the article as light-DOM
//! content of the element (no shadow root to scope it).

/// The widget's stylesheet for the light-DOM copy: `:host` rules become
/// rules for the element, and everything else applies only inside it
/// (`@scope`), so neither the page nor the ad markup a publisher slots into
/// the element is touched.
pub fn fallback_css(sheet: &str) -> String {
    use crate::contract::{PRERENDERED, PRERENDERED_SHOWN};
    // Selectors in @scope match below the scoping root, so the root is the
    // element and `.aw` the fallback root; the lower bound leaves out the
    // publisher's slotted ad markup.
    const SCOPE: &str = "@scope (article-widget) to (:scope > [slot])";
    // Until the widget's own rendering replaces the prerendered article (it
    // attaches its shadow root only then), the ad markup a publisher put
    // inside for its slots would show below the article: hide it.
    let mut out = format!(
        "article-widget:not(:defined) > [slot], article-widget:has(> [{PRERENDERED}]:not([{PRERENDERED_SHOWN}])) > [slot] {{display:none}}\n"
    );
    let mut scoped = String::new();
    let flush = |scoped: &mut String, out: &mut String| {
        if !scoped.trim().is_empty() {
            out.push_str(&format!("{SCOPE} {{\n{scoped}}}\n"));
        }
        scoped.clear();
    };
    for (prelude, body) in top_level_rules(sheet) {
        let prelude = prelude.trim();
        if let Some(host) = prelude.strip_prefix(":host") {
            flush(&mut scoped, &mut out);
            let host = host.strip_prefix('(').and_then(|h| h.strip_suffix(')')).unwrap_or(host);
            out.push_str(&format!("article-widget{host} {{{body}}}\n"));
        } else if prelude.starts_with("@keyframes") {
            flush(&mut scoped, &mut out);
            out.push_str(&format!("{prelude} {{{body}}}\n"));
        } else if prelude.starts_with('@') {
            flush(&mut scoped, &mut out);
            out.push_str(&format!("{prelude} {{ {SCOPE} {{{body}}} }}\n"));
        } else {
            scoped.push_str(&format!("{prelude} {{{body}}}\n"));
        }
    }
    flush(&mut scoped, &mut out);
    // ASCII only (`content: "·"` becomes `"\b7 "`), so a page in any
    // encoding reads it right.
    let out: String =
        out.chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("\\{:x} ", u32::from(c)) }).collect();
    out.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

/// The top-level rules of a stylesheet as (prelude, block contents), with
/// comments dropped. Our own stylesheet only: no strings hold braces.
fn top_level_rules(sheet: &str) -> Vec<(String, String)> {
    let mut text = String::with_capacity(sheet.len());
    let mut rest = sheet;
    while let Some(start) = rest.find("/*") {
        text.push_str(rest.get(..start).unwrap_or_default());
        rest = rest.get(start + 2..).and_then(|r| r.find("*/").and_then(|end| r.get(end + 2..))).unwrap_or_default();
    }
    text.push_str(rest);
    let mut rules = Vec::new();
    let (mut depth, mut prelude_start, mut body_start) = (0usize, 0usize, 0usize);
    for (i, c) in text.char_indices() {
        match c {
            '{' => {
                if depth == 0 {
                    body_start = i + 1;
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let prelude = text.get(prelude_start..body_start.saturating_sub(1)).unwrap_or_default();
                    let body = text.get(body_start..i).unwrap_or_default();
                    rules.push((prelude.to_owned(), body.to_owned()));
                    prelude_start = i + 1;
                }
            }
            _ => {}
        }
    }
    rules
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_css_keeps_every_rule_and_scopes_all_but_the_host_ones() {
        let css = fallback_css(crate::STYLESHEET);
        assert!(!css.contains(":host"), "a :host rule means nothing outside a shadow root");
        assert!(css.contains("article-widget {"), "the :host rule becomes the element's");
        assert!(css.contains("article-widget[hidden] {"));
        assert_eq!(css.matches('{').count(), css.matches('}').count());
        let rules = top_level_rules(crate::STYLESHEET).len();
        assert!(rules > 50, "the widget stylesheet has {rules} top-level rules");
        assert!(css.contains("@keyframes"), "keyframes stay global: @scope cannot hold them");
        // As build.rs minified it: `(min-width: 864px)` in style/widget.css.
        assert!(css.contains("@container aw (width>=864px) { @scope"), "{css}");
        assert!(css.is_ascii());
    }
}
