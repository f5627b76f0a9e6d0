//! `custom-elements.json` (`article-widget manifest`, `src/manifest.rs`) is
//! generated from the contract. These tests hold it to the published Custom
//! Elements Manifest schema (the npm package `custom-elements-manifest`,
//! pinned in package-lock.json) and to the contract, both ways.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

use std::collections::BTreeSet;

use article_widget::contract::{
    Api, Attribute, Event, Part, AD_SLOT_PREFIX, API_GLOBAL, CUSTOM_PROPERTIES, ELEMENT_CLASS, TAG,
};
use article_widget::manifest::{manifest, to_json, SCHEMA_VERSION};
use boon::{Compiler, Schemas};
use serde_json::Value;

const SCHEMA_PATH: &str = "node_modules/custom-elements-manifest/schema.json";
const SCHEMA_ID: &str = "https://article-widget.example/custom-elements-manifest/schema.json";

fn published_schema() -> Value {
    let path = format!("{}/{SCHEMA_PATH}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}; `npm ci` (make setup) installs the schema from npm"));
    serde_json::from_str(&text).expect("the published schema is JSON")
}

fn element(manifest: &Value) -> &Value {
    let declarations = manifest["modules"][0]["declarations"].as_array().expect("declarations");
    declarations.iter().find(|d| d["customElement"] == true).expect("a custom element declaration")
}

fn names(list: &Value) -> BTreeSet<String> {
    list.as_array().expect("a list").iter().map(|entry| entry["name"].as_str().expect("a name").to_owned()).collect()
}

fn set<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    names.into_iter().map(str::to_owned).collect()
}

// What the CLI prints is valid against the schema the Custom Elements
// Manifest project publishes, for the version it claims.
#[test]
fn the_manifest_is_valid_against_the_published_schema() {
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    compiler.add_resource(SCHEMA_ID, published_schema()).expect("a valid schema URL");
    let index = compiler.compile(SCHEMA_ID, &mut schemas).unwrap_or_else(|e| panic!("the schema compiles: {e:#}"));
    let printed: Value = serde_json::from_str(&to_json()).expect("the CLI's text is JSON");
    assert_eq!(printed, manifest());
    if let Err(e) = schemas.validate(&printed, index) {
        panic!("custom-elements.json does not match the schema: {e:#}");
    }
    assert_eq!(printed["schemaVersion"], SCHEMA_VERSION);
    let path = format!("{}/node_modules/custom-elements-manifest/package.json", env!("CARGO_MANIFEST_DIR"));
    let package: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(package["version"], SCHEMA_VERSION, "the pinned schema is the version the manifest claims");
}

// A schema that accepted anything would prove nothing: a declaration
// missing its required `name` is refused.
#[test]
fn the_schema_refuses_a_broken_manifest() {
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    compiler.add_resource(SCHEMA_ID, published_schema()).unwrap();
    let index = compiler.compile(SCHEMA_ID, &mut schemas).unwrap();
    let mut broken = manifest();
    broken["modules"][0]["declarations"][0].as_object_mut().unwrap().remove("name");
    assert!(schemas.validate(&broken, index).is_err());
}

// Every attribute, event, part and custom property of the contract is in
// the manifest, and nothing else is.
#[test]
fn the_manifest_describes_exactly_the_contract() {
    let manifest = manifest();
    let element = element(&manifest);
    assert_eq!(element["tagName"], TAG);
    assert_eq!(element["name"], ELEMENT_CLASS);
    assert_eq!(names(&element["attributes"]), set(Attribute::ALL.iter().map(|a| a.as_str())));
    assert_eq!(names(&element["events"]), set(Event::ALL.iter().map(|e| e.as_str())));
    assert_eq!(names(&element["cssParts"]), set(Part::ALL.iter().map(|p| p.as_str())));
    assert_eq!(names(&element["cssProperties"]), set(CUSTOM_PROPERTIES.iter().map(|p| p.name)));
    let slots = names(&element["slots"]);
    assert!(slots.contains(""), "the default slot, for a prerendered article");
    assert!(slots.iter().filter(|s| !s.is_empty()).all(|s| s.starts_with(AD_SLOT_PREFIX)), "{slots:?}");
    assert!(slots.contains(&format!("{AD_SLOT_PREFIX}1")));

    let exports = &manifest["modules"][0]["exports"];
    assert_eq!(exports[0]["kind"], "custom-element-definition");
    assert_eq!(exports[0]["name"], TAG);
    assert_eq!(exports[0]["declaration"]["name"], ELEMENT_CLASS);

    let api: BTreeSet<String> = names(&manifest["modules"][0]["declarations"])
        .into_iter()
        .filter_map(|name| name.strip_prefix(&format!("{API_GLOBAL}.")).map(str::to_owned))
        .collect();
    assert_eq!(api, set(Api::ALL.iter().map(|m| m.as_str())));
}

// Types, defaults and descriptions come with every entry, so an editor has
// something to show.
#[test]
fn every_attribute_event_and_property_is_typed_and_described() {
    let manifest = manifest();
    let element = element(&manifest);
    for attribute in element["attributes"].as_array().unwrap() {
        assert!(attribute["type"]["text"].as_str().is_some_and(|t| !t.is_empty()), "{attribute}");
        assert!(attribute["description"].as_str().is_some_and(|d| !d.is_empty()), "{attribute}");
    }
    let theme = element["attributes"].as_array().unwrap().iter().find(|a| a["name"] == "theme").unwrap();
    assert_eq!(theme["type"]["text"], r#""auto" | "light" | "dark""#);
    assert_eq!(theme["default"], r#""auto""#);
    let timeout = element["attributes"].as_array().unwrap().iter().find(|a| a["name"] == "timeout").unwrap();
    assert_eq!(timeout["default"], r#""15000""#);
    for event in element["events"].as_array().unwrap() {
        assert!(event["type"]["text"].as_str().unwrap().starts_with("CustomEvent<ArticleWidget"), "{event}");
        assert!(event["description"].as_str().is_some_and(|d| !d.is_empty()), "{event}");
    }
    for property in element["cssProperties"].as_array().unwrap() {
        assert!(property["default"].as_str().is_some_and(|d| !d.is_empty()), "{property}");
    }
    let background = element["cssProperties"].as_array().unwrap().iter().find(|p| p["name"] == "--aw-color-background");
    assert_eq!(background.unwrap()["default"], "#ffffff");
}
