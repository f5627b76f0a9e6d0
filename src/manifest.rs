//! The Custom Elements Manifest (schema 2.1.0) of `<article-widget>`, built
//! from the contract ([`crate::contract`]) so it cannot say anything the
//! element does not do: the element and its attributes, events, CSS parts,
//! CSS custom properties and slots, and `window.ArticleWidget`.
//! `article-widget manifest` prints it; the release build puts it in
//! `dist/custom-elements.json`, beside the module it describes.
//! <https://github.com/webcomponents/custom-elements-manifest>
//!
//! Types are written as `article-widget.d.ts` writes them, so the names they
//! use (`ArticleWidgetStoryClickDetail`, …) are declared there.

use serde::Serialize;
use serde_json::Value;

use crate::contract::{
    Api, Attribute, Event, Part, AD_SLOT_PREFIX, API_GLOBAL, CUSTOM_PROPERTIES, ELEMENT_CLASS, PRERENDERED, TAG,
};

/// The manifest's schema version.
pub const SCHEMA_VERSION: &str = "2.1.0";

/// The module the manifest describes: the one an embedding page includes.
pub const MODULE: &str = "article-widget.js";

/// How many ad slots the manifest names (`ad-1` … `ad-3`): there are as many
/// as the article has ad boxes, but an editor can only offer names it knows.
pub const AD_SLOTS_NAMED: usize = 3;

// The schema's shapes, fields in the order the schema lists them, so the
// file reads kind and name first. Only what this element uses.

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Package {
    schema_version: &'static str,
    modules: Vec<Module>,
}

#[derive(Serialize)]
struct Module {
    kind: &'static str,
    path: &'static str,
    description: String,
    declarations: Vec<Declaration>,
    exports: Vec<Export>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Declaration {
    Element(Box<Element>),
    Variable(Variable),
    Function(Function),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Element {
    kind: &'static str,
    name: &'static str,
    custom_element: bool,
    tag_name: &'static str,
    summary: &'static str,
    description: &'static str,
    superclass: Reference,
    attributes: Vec<Entry>,
    events: Vec<Entry>,
    slots: Vec<Entry>,
    css_parts: Vec<Entry>,
    css_properties: Vec<Entry>,
}

/// An attribute, event, slot, part or custom property: each a name with
/// some of a type, a default, a CSS syntax and a description.
#[derive(Serialize)]
struct Entry {
    name: String,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    ty: Option<Type>,
    #[serde(skip_serializing_if = "Option::is_none")]
    syntax: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<String>,
    description: String,
}

impl Entry {
    fn new(name: impl Into<String>, description: impl Into<String>) -> Entry {
        Entry { name: name.into(), ty: None, syntax: None, default: None, description: description.into() }
    }
}

#[derive(Serialize)]
struct Type {
    text: String,
}

fn ty(text: impl Into<String>) -> Option<Type> {
    Some(Type { text: text.into() })
}

#[derive(Serialize)]
struct Reference {
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    package: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    module: Option<&'static str>,
}

#[derive(Serialize)]
struct Variable {
    kind: &'static str,
    name: String,
    #[serde(rename = "type")]
    ty: Type,
    readonly: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<String>,
    description: String,
}

#[derive(Serialize)]
struct Function {
    kind: &'static str,
    name: String,
    description: &'static str,
    parameters: Vec<Parameter>,
    #[serde(rename = "return")]
    returns: Returns,
}

#[derive(Serialize)]
struct Parameter {
    name: &'static str,
    #[serde(rename = "type")]
    ty: Type,
}

#[derive(Serialize)]
struct Returns {
    #[serde(rename = "type")]
    ty: Type,
}

#[derive(Serialize)]
struct Export {
    kind: &'static str,
    name: &'static str,
    declaration: Reference,
}

/// The manifest as JSON.
pub fn manifest() -> Value {
    serde_json::to_value(package()).unwrap_or(Value::Null)
}

/// The manifest as the CLI prints it: indented, with a final newline.
pub fn to_json() -> String {
    let mut text = serde_json::to_string_pretty(&package()).unwrap_or_default();
    text.push('\n');
    text
}

fn package() -> Package {
    let mut declarations = vec![Declaration::Element(Box::new(element()))];
    declarations.extend(api());
    Package {
        schema_version: SCHEMA_VERSION,
        modules: vec![Module {
            kind: "javascript-module",
            path: MODULE,
            description: format!(
                "Include it as a module script: it defines <{TAG}> and, once \
                 `customElements.whenDefined(\"{TAG}\")` resolves, `window.{API_GLOBAL}`. It exports nothing. \
                 Types: article-widget.d.ts (and article-widget.react.d.ts for React 19's JSX)."
            ),
            declarations,
            exports: vec![Export {
                kind: "custom-element-definition",
                name: TAG,
                declaration: Reference { name: ELEMENT_CLASS, package: None, module: Some(MODULE) },
            }],
        }],
    }
}

/// `window.ArticleWidget` and each of its members, named `ArticleWidget.render`, ….
fn api() -> Vec<Declaration> {
    let members = Api::ALL.iter().map(|member| format!("`{}`", member.as_str())).collect::<Vec<_>>().join(", ");
    let mut all = vec![Declaration::Variable(Variable {
        kind: "variable",
        name: API_GLOBAL.to_owned(),
        ty: Type { text: "ArticleWidgetApi".to_owned() },
        readonly: true,
        default: None,
        description: format!(
            "`window.{API_GLOBAL}`, there once `customElements.whenDefined(\"{TAG}\")` resolves: {members}."
        ),
    })];
    for member in Api::ALL {
        let name = format!("{API_GLOBAL}.{}", member.as_str());
        all.push(match member.function() {
            Some(function) => Declaration::Function(Function {
                kind: "function",
                name,
                description: function.description,
                parameters: function
                    .parameters
                    .iter()
                    .map(|(name, text)| Parameter { name, ty: Type { text: (*text).to_owned() } })
                    .collect(),
                returns: Returns { ty: Type { text: function.returns.to_owned() } },
            }),
            None => Declaration::Variable(Variable {
                kind: "variable",
                name,
                ty: Type { text: "string".to_owned() },
                readonly: true,
                default: Some(format!("\"{}\"", env!("CARGO_PKG_VERSION"))),
                description: "The widget's version.".to_owned(),
            }),
        });
    }
    all
}

fn element() -> Element {
    let attributes = Attribute::ALL
        .iter()
        .map(|attribute| {
            let doc = attribute.doc();
            Entry {
                ty: ty(doc.values.typescript()),
                default: doc.default.map(|default| format!("\"{default}\"")),
                ..Entry::new(attribute.as_str(), doc.description)
            }
        })
        .collect();
    let events = Event::ALL
        .iter()
        .map(|event| Entry {
            ty: ty(format!("CustomEvent<{}>", event.detail_type())),
            ..Entry::new(event.as_str(), event.description())
        })
        .collect();
    let mut slots = vec![Entry::new(
        "",
        format!(
            "A prerendered article (`article-widget prerender`, its root marked `{PRERENDERED}`) shows through \
             this slot while the widget loads."
        ),
    )];
    slots.extend((1..=AD_SLOTS_NAMED).map(|n| {
        Entry::new(
            format!("{AD_SLOT_PREFIX}{n}"),
            format!(
                "Ad markup for the article's ad box number {n} in document order; `{AD_SLOT_PREFIX}{}` and on \
                 likewise, as many as the article has. `{}` says when a box nears the viewport.",
                AD_SLOTS_NAMED + 1,
                Event::AdSlot.as_str()
            ),
        )
    }));
    let css_parts = Part::ALL.iter().map(|part| Entry::new(part.as_str(), part.description())).collect();
    let css_properties = CUSTOM_PROPERTIES
        .iter()
        .map(|property| {
            let description = match property.dark {
                Some(dark) => format!("{} Dark theme: {dark}.", property.description),
                None => property.description.to_owned(),
            };
            Entry {
                syntax: Some(property.syntax),
                default: Some(property.light.to_owned()),
                ..Entry::new(property.name, description)
            }
        })
        .collect();
    Element {
        kind: "class",
        name: ELEMENT_CLASS,
        custom_element: true,
        tag_name: TAG,
        summary: "A news article rendered from JSON in a shadow root.",
        description: "Shows one article from `src`, a child `<script type=\"application/json\">`, the page's \
                      JSON-LD (`from=\"page\"`) or `ArticleWidget.render`, in any supported format. UI strings \
                      may come from a child `<script type=\"application/json\" data-strings>`. Its API is its \
                      attributes; it has no JS properties of its own. Events bubble and are composed.",
        superclass: Reference { name: "HTMLElement", package: Some("global:"), module: None },
        attributes,
        events,
        slots,
        css_parts,
        css_properties,
    }
}
