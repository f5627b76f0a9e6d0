//! Plain text out of the tree: for titles and excerpts, code runs, quote
//! attributions, captions, and elements too deep to read as structure.

use super::policy::{Policy, Role};
use super::tree::{HtmlNode, Kind};

/// A step of a walk without recursion: a node to read, or the edge of a
/// block-level element that was read.
enum Step<N> {
    Node(N),
    Edge,
}

/// The text under `node` as a browser lays it out, without recursion (the
/// tree may be thousands of levels deep): dropped elements contribute
/// nothing, block edges and `<br>` a space. Whitespace is not collapsed.
pub(super) fn plain_text<N: HtmlNode>(policy: &Policy, node: &N, out: &mut String) {
    let mut stack = vec![Step::Node(node.clone())];
    while let Some(step) = stack.pop() {
        match step {
            Step::Edge => out.push(' '),
            Step::Node(node) => match node.kind() {
                Kind::Text(text) => out.push_str(&text),
                Kind::Element(tag) if policy.drops(&node, &tag) => {}
                Kind::Element(tag) => {
                    let edge = policy.is_block_level(&tag) || policy.role(&tag) == Role::LineBreak;
                    if edge {
                        out.push(' ');
                        stack.push(Step::Edge);
                    }
                    stack.extend(node.children().into_iter().rev().map(Step::Node));
                }
                Kind::Foreign | Kind::Other => {}
            },
        }
    }
}

/// Runs of ASCII whitespace become one space, as in normal flow; the ends
/// are trimmed. A no-break space is text, not whitespace, and stays.
pub(super) fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text under `node`, whitespace collapsed.
pub(super) fn text_of<N: HtmlNode>(policy: &Policy, node: &N) -> String {
    let mut text = String::new();
    plain_text(policy, node, &mut text);
    collapse(&text)
}

/// `s` cut to `max` characters; `true` when it was cut.
pub(super) fn truncate_chars(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((end, _)) => (s.get(..end).unwrap_or_default().to_owned(), true),
        None => (s.to_owned(), false),
    }
}
