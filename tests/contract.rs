//! The names that cross a boundary are defined once (`src/contract.rs`).
//! These tests hold the other places that spell them to that list:
//! `article-widget.d.ts`, the string catalogue, and the markup the
//! components write. Each fails when one side gains, loses or respells a name.

use std::collections::BTreeSet;

use article_widget::contract::{Attribute, Event, Format, Loading, Part, Placement, Theme};
use article_widget::i18n::Key;
use article_widget::model::AdSize;
use article_widget::{parse_article, render_to_html, Failure, WidgetState};

const DTS: &str = include_str!("../article-widget.d.ts");

fn set<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    names.into_iter().map(str::to_owned).collect()
}

/// The lines of a `{ … }` body that starts at `opening` in the .d.ts.
fn body_of(opening: &str) -> Vec<&'static str> {
    let start = DTS.find(opening).unwrap_or_else(|| panic!("{opening} not in the .d.ts")) + opening.len();
    let end = start + DTS[start..].find("\n}").unwrap();
    DTS[start..end].lines().collect()
}

/// The string literals of a union written after `opening`, up to its `;`.
fn union_after(opening: &str) -> BTreeSet<String> {
    let start = DTS.find(opening).unwrap_or_else(|| panic!("{opening} not in the .d.ts")) + opening.len();
    let end = start + DTS[start..].find(';').unwrap();
    // Comments inside the union (`| "trending" // "Trending"`) are not members.
    let union: String = DTS[start..end].lines().map(|line| line.split("//").next().unwrap()).collect();
    union.split('|').map(|member| member.trim().trim_matches('"').to_owned()).filter(|m| !m.is_empty()).collect()
}

// The element's attributes and the values of each, as TypeScript users see them.
#[test]
fn the_declared_attributes_and_their_values_are_the_contracts() {
    let declared: BTreeSet<String> = body_of("interface ArticleWidgetAttributes {")
        .into_iter()
        .filter_map(|line| line.strip_prefix("  ")?.split_once(':').map(|(name, _)| name.trim().to_owned()))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    assert_eq!(declared, set(Attribute::ALL.iter().map(|a| a.as_str())));
    let formats = Format::NAMES.iter().flat_map(|(_, names)| names.iter().copied());
    assert_eq!(union_after("  format:"), set(formats));
    assert_eq!(union_after("  theme:"), set(Theme::ALL.iter().map(|t| t.as_str())));
    assert_eq!(union_after("  loading:"), set(Loading::ALL.iter().map(|l| l.as_str())));
}

// Event names, placements, ad sizes and string names: each union in the
// .d.ts lists exactly the contract's names.
#[test]
fn the_declared_events_placements_sizes_and_string_names_are_the_contracts() {
    let events: BTreeSet<String> = body_of("interface ArticleWidgetEventMap {")
        .into_iter()
        .filter_map(|line| line.trim().strip_prefix('"')?.split_once('"').map(|(name, _)| name.to_owned()))
        .collect();
    assert_eq!(events, set(Event::ALL.iter().map(|e| e.as_str())));
    assert_eq!(union_after("type ArticleWidgetPlacement ="), set(Placement::ALL.iter().map(|p| p.as_str())));
    assert_eq!(union_after("type ArticleWidgetAdSize ="), set(AdSize::ALL.iter().map(|s| s.as_str())));
    assert_eq!(union_after("type ArticleWidgetStringName ="), set(Key::ALL.iter().map(|k| k.name())));
}

fn parts_and_placements(html: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let values = |attribute: &str| {
        html.match_indices(&format!(r#"{attribute}=""#))
            .map(|(i, m)| {
                let rest = &html[i + m.len()..];
                rest[..rest.find('"').unwrap()].to_owned()
            })
            .collect::<BTreeSet<String>>()
    };
    (values("part"), values("data-placement"))
}

// The components write only the contract's part and placement names, and
// between them every one: a part renamed in a template fails here.
#[test]
fn the_markup_uses_every_part_and_placement_of_the_contract_and_no_other() {
    let demo = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/demo.json")).unwrap();
    let article = render_to_html(&WidgetState::Ready(parse_article(&demo).unwrap().article));
    let failure = Failure { message: "m".into(), path: None, retry: true };
    let error = render_to_html(&WidgetState::Failed(failure));
    let (mut parts, placements) = parts_and_placements(&article);
    parts.extend(parts_and_placements(&error).0);
    assert_eq!(parts, set(Part::ALL.iter().map(|p| p.as_str())));
    assert_eq!(placements, set(Placement::ALL.iter().map(|p| p.as_str())));
}

// The prefetch runs before the wasm, so it spells the timeout rule in JS; it
// must be the contract's, or a prefetched request and the widget's own would
// time out differently (and the widget would not take the prefetched one).
#[test]
fn the_prefetch_applies_the_contracts_timeout_rule() {
    use article_widget::contract::{DEFAULT_TIMEOUT_MS, TIMEOUT_RANGE_MS};
    let prefetch = include_str!("../js/prefetch.js");
    let (shortest, longest) = TIMEOUT_RANGE_MS;
    assert!(prefetch.contains(&format!("return {DEFAULT_TIMEOUT_MS};")), "default");
    assert!(prefetch.contains(&format!("Math.min(Math.max(Number(text), {shortest}), {longest})")), "clamp");
}
