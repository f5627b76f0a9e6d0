//! The published article schema, compiled, for tests that hold documents to it.

use boon::{Compiler, Draft, SchemaIndex, Schemas};
use serde_json::Value;

pub const SCHEMA_ID: &str = "https://article-widget.example/schema/article.schema.json";
pub const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";
pub const SCHEMA_TEXT: &str = include_str!("../../schema/article.schema.json");

pub fn schema_document() -> Value {
    serde_json::from_str(SCHEMA_TEXT).expect("schema/article.schema.json is not valid JSON")
}

/// The compiled article schema. Compiling checks the schema against its
/// metaschema and every `pattern` as a regular expression.
pub fn article_schema() -> (Schemas, SchemaIndex) {
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    compiler.set_default_draft(Draft::V2020_12);
    compiler.add_resource(SCHEMA_ID, schema_document()).expect("the schema $id is a valid URL");
    let index = compiler
        .compile(SCHEMA_ID, &mut schemas)
        .unwrap_or_else(|e| panic!("schema/article.schema.json does not compile: {e:#}"));
    (schemas, index)
}

/// `None` when the schema accepts `doc`, or the schema's complaint.
pub fn schema_errors(schemas: &Schemas, index: SchemaIndex, doc: &Value) -> Option<String> {
    schemas.validate(doc, index).err().map(|e| format!("{e}"))
}
