//! The names that cross a boundary are defined once (`src/contract.rs`).
//! These tests hold the other places that spell them to that list:
//! `article-widget.d.ts`, the string catalogue, and the markup the
//! components write. Each fails when one side gains, loses or respells a name.

use std::collections::BTreeSet;

use article_widget::contract::{
    Api, Attribute, Event, Format, Loading, Part, Placement, Theme, API_GLOBAL, CUSTOM_PROPERTIES, ELEMENT_CLASS, TAG,
};
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

/// `name: type` of each one-line member of a `{ … }` body in the .d.ts
/// (comments and overloads aside), in order.
fn members_of(opening: &str) -> Vec<(String, String)> {
    if DTS.contains(&format!("{opening}}}")) {
        return Vec::new();
    }
    body_of(opening)
        .into_iter()
        .filter_map(|line| {
            let line = line.strip_prefix("  ")?;
            if line.starts_with(' ') || line.starts_with('/') || line.starts_with('*') {
                return None;
            }
            let (name, ty) = line.split_once(": ")?;
            Some((name.trim().to_owned(), ty.trim().trim_end_matches(';').to_owned()))
        })
        .collect()
}

// Each attribute is declared with the type the contract gives its values,
// which is the type the manifest publishes.
#[test]
fn the_declared_attribute_types_are_the_contracts() {
    let declared = members_of("interface ArticleWidgetAttributes {");
    let expected: Vec<(String, String)> = Attribute::ALL
        .iter()
        .map(|attribute| (attribute.as_str().to_owned(), attribute.doc().values.typescript()))
        .collect();
    let mut declared_sorted = declared.clone();
    declared_sorted.sort();
    let mut expected_sorted = expected;
    expected_sorted.sort();
    assert_eq!(declared_sorted, expected_sorted);
}

// Each event's `detail` interface has the contract's fields with the
// contract's types, so the manifest's event types name what the .d.ts says.
#[test]
fn the_declared_event_details_are_the_contracts() {
    for event in Event::ALL {
        let opening = format!("interface {} {{", event.detail_type());
        let declared = members_of(&opening);
        let expected: Vec<(String, String)> =
            event.detail().iter().map(|(name, ty)| (name.to_string(), ty.to_string())).collect();
        assert_eq!(declared, expected, "{}", event.as_str());
        let entry = format!("  \"{}\": CustomEvent<{}>;", event.as_str(), event.detail_type());
        assert!(DTS.contains(&entry), "{entry}");
    }
}

// `window.ArticleWidget` is declared with the contract's members, each
// function with the contract's signature.
#[test]
fn the_declared_api_is_the_contracts() {
    let declared: BTreeSet<String> = body_of("interface ArticleWidgetApi {")
        .into_iter()
        .filter_map(|line| {
            let line = line.strip_prefix("  ")?;
            let line = line.strip_prefix("readonly ").unwrap_or(line);
            let end = line.find(['(', ':'])?;
            let name = &line[..end];
            name.chars().all(|c| c.is_ascii_alphabetic()).then(|| name.to_owned())
        })
        .filter(|name| !name.is_empty())
        .collect();
    assert_eq!(declared, set(Api::ALL.iter().map(|m| m.as_str())));
    for member in Api::ALL {
        let signature = match member.function() {
            Some(function) => {
                let parameters: Vec<String> =
                    function.parameters.iter().map(|(name, ty)| format!("{name}: {ty}")).collect();
                format!("  {}({}): {};", member.as_str(), parameters.join(", "), function.returns)
            }
            None => format!("  readonly {}: string;", member.as_str()),
        };
        assert!(DTS.contains(&signature), "{signature}");
    }
    assert!(DTS.contains(&format!("  readonly {API_GLOBAL}: ArticleWidgetApi;")));
}

// The element's class has one name: in js/element.js, in the .d.ts (and the
// tag's entry in HTMLElementTagNameMap), and in the manifest.
#[test]
fn the_element_class_is_named_alike_everywhere() {
    let element_js = include_str!("../js/element.js");
    assert!(element_js.contains(&format!("class {ELEMENT_CLASS} extends HTMLElement")));
    assert!(DTS.contains(&format!("interface {ELEMENT_CLASS} extends HTMLElement {{")));
    assert!(DTS.contains(&format!("  \"{TAG}\": {ELEMENT_CLASS};")));
    let react = include_str!("../article-widget.react.d.ts");
    assert!(react.contains(&format!("\"{TAG}\": ")), "the JSX element is declared");
}

/// Each `var(--aw-…, fallback)` in `css`: the property and its fallback.
fn custom_property_uses(css: &str) -> Vec<(String, String)> {
    let mut uses = Vec::new();
    for (i, _) in css.match_indices("var(--aw-") {
        let rest = &css[i + "var(".len()..];
        let (mut depth, mut end) = (1, rest.len());
        for (j, c) in rest.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = j;
                break;
            }
        }
        let inside = &rest[..end];
        let (name, fallback) = inside.split_once(',').unwrap_or((inside, ""));
        uses.push((name.trim().to_owned(), fallback.trim().to_owned()));
    }
    uses
}

/// The declarations of the first rule whose selector line is `selector {`.
fn rule<'a>(css: &'a str, selector: &str) -> &'a str {
    let start = css.find(&format!("\n{selector} {{")).unwrap_or_else(|| panic!("no rule {selector}"));
    let end = start + css[start..].find("\n}").unwrap();
    &css[start..end]
}

// The stylesheet reads exactly the contract's custom properties, each with
// the contract's light and dark defaults where it writes them as values, and
// its header lists them: the manifest's cssProperties cannot drift from it.
#[test]
fn the_stylesheet_reads_exactly_the_contracts_custom_properties() {
    let css = include_str!("../style/widget.css");
    let used: BTreeSet<String> = custom_property_uses(css).into_iter().map(|(name, _)| name).collect();
    assert_eq!(used, set(CUSTOM_PROPERTIES.iter().map(|p| p.name)));

    let header = &css[..css.find("*/").unwrap()];
    let listed: BTreeSet<String> = header
        .lines()
        .filter_map(|line| line.trim_start_matches([' ', '*']).split_whitespace().next())
        .filter(|word| word.starts_with("--aw-"))
        .map(str::to_owned)
        .collect();
    assert_eq!(listed, used, "the stylesheet's header lists every property");

    let literal = |fallback: &str| !fallback.contains('(');
    let contract = |name: &str| CUSTOM_PROPERTIES.iter().find(|p| p.name == name).unwrap();
    for (name, fallback) in custom_property_uses(rule(css, ".aw")) {
        if literal(&fallback) {
            assert_eq!(fallback, contract(&name).light, "{name} in the light theme");
        }
    }
    let dark_block = rule(css, ".aw[data-theme=\"dark\"]");
    let dark = custom_property_uses(dark_block);
    for (name, fallback) in &dark {
        assert_eq!(Some(fallback.as_str()), contract(name).dark, "{name} in the dark theme");
    }
    let dark_names: BTreeSet<String> = dark.into_iter().map(|(name, _)| name).collect();
    assert_eq!(dark_names, set(CUSTOM_PROPERTIES.iter().filter(|p| p.dark.is_some()).map(|p| p.name)));
    // The same values when the theme is `auto` and the reader prefers dark.
    let auto_dark = &css[css.find("@media (prefers-color-scheme: dark)").unwrap()..];
    let auto_dark = &auto_dark[..auto_dark.find("\n}").unwrap()];
    let declarations = |block: &str| -> Vec<String> {
        block
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("--_") || l.starts_with("color-scheme"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(declarations(auto_dark), declarations(dark_block));
}

// The ad boxes' slot names start with the contract's prefix: the markup's
// `slot` names are what the manifest lists.
#[test]
fn ad_slots_are_named_with_the_contracts_prefix() {
    use article_widget::contract::AD_SLOT_PREFIX;
    let demo = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/demo.json")).unwrap();
    let html = render_to_html(&WidgetState::Ready(parse_article(&demo).unwrap().article));
    let slots: Vec<&str> = html
        .match_indices("<slot name=\"")
        .map(|(i, m)| &html[i + m.len()..][..html[i + m.len()..].find('"').unwrap()])
        .collect();
    assert!(!slots.is_empty());
    for (n, slot) in slots.iter().enumerate() {
        assert_eq!(*slot, format!("{AD_SLOT_PREFIX}{}", n + 1));
    }
}
