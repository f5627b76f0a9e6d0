//! The parsed HTML tree the converter reads, behind one small trait with two
//! backends: the browser's own `DOMParser` in the wasm build, and html5ever
//! natively. Both run the WHATWG parsing algorithm
//! (<https://html.spec.whatwg.org/multipage/parsing.html>), so the converter
//! written once over [`HtmlNode`] sees the same tree in both builds, and the
//! wasm carries no parser of its own.
//!
//! Both parse with scripting disabled, as `DOMParser` does
//! (<https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-domparser-parsefromstring>):
//! `<noscript>` content is parsed as elements (and then dropped with the
//! element), never as raw text that could close early.

/// What a node is, as far as the converter cares.
pub(crate) enum Kind {
    /// An HTML element, with its lowercase local name.
    Element(String),
    /// An element in another namespace (SVG, MathML): dropped with its content.
    Foreign,
    Text(String),
    /// Comments, doctypes, processing instructions.
    Other,
}

/// One node of a parsed HTML document.
pub(crate) trait HtmlNode: Sized + Clone {
    fn kind(&self) -> Kind;
    /// An attribute of an element; `None` when absent or not an element.
    fn attr(&self, name: &str) -> Option<String>;
    /// The node's children in document order. A `<template>`'s content is
    /// not among them, in either backend.
    fn children(&self) -> Vec<Self>;
}

#[cfg(not(any(feature = "dom", feature = "html5ever")))]
compile_error!(
    "article-widget reads HTML bodies with a real parser: enable a Leptos mode (`ssr`, `csr`, `hydrate`) or a backend (`html5ever` natively, `dom` in the browser)"
);

const HTML_NS: &str = "http://www.w3.org/1999/xhtml";

#[cfg(all(feature = "html5ever", not(feature = "dom")))]
mod native {
    use html5ever::tendril::TendrilSink;
    use html5ever::tree_builder::TreeBuilderOpts;
    use html5ever::{parse_document, ParseOpts};
    use markup5ever_rcdom::{Handle, NodeData, RcDom};

    use super::{HtmlNode, Kind, HTML_NS};

    /// Parses `html` as a whole document, as `DOMParser` does, and returns
    /// the document with what `document.body` would: the first `body` or
    /// `frameset` child of the root element. The document must outlive the
    /// body: dropping an `RcDom` empties every node in it, even those still
    /// referenced.
    pub(crate) fn parse(html: &str) -> Option<(RcDom, Handle)> {
        let opts = ParseOpts {
            tree_builder: TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
            ..Default::default()
        };
        let dom = parse_document(RcDom::default(), opts).one(html);
        let root =
            dom.document.children.borrow().iter().find(|n| matches!(n.data, NodeData::Element { .. })).cloned()?;
        let body = root
            .children
            .borrow()
            .iter()
            .find(|n| matches!(n.kind(), Kind::Element(tag) if tag == "body" || tag == "frameset"))
            .cloned()?;
        Some((dom, body))
    }

    impl HtmlNode for Handle {
        fn kind(&self) -> Kind {
            match &self.data {
                NodeData::Element { name, .. } if &*name.ns == HTML_NS => Kind::Element(name.local.to_string()),
                NodeData::Element { .. } => Kind::Foreign,
                NodeData::Text { contents } => Kind::Text(contents.borrow().to_string()),
                _ => Kind::Other,
            }
        }

        fn attr(&self, name: &str) -> Option<String> {
            match &self.data {
                NodeData::Element { attrs, .. } => attrs
                    .borrow()
                    .iter()
                    .find(|a| a.name.ns.is_empty() && &*a.name.local == name)
                    .map(|a| a.value.to_string()),
                _ => None,
            }
        }

        fn children(&self) -> Vec<Self> {
            self.children.borrow().clone()
        }
    }
}

#[cfg(all(feature = "html5ever", not(feature = "dom")))]
pub(crate) use native::parse;

#[cfg(feature = "dom")]
mod browser {
    use wasm_bindgen::JsCast;
    use web_sys::{Document, DomParser, Element, Node, SupportedType};

    use super::{HtmlNode, Kind, HTML_NS};

    /// Parses `html` with the browser's `DOMParser`. The document it makes
    /// has no browsing context: nothing in it loads or runs
    /// (<https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-domparser-parsefromstring>).
    pub(crate) fn parse(html: &str) -> Option<(Document, Node)> {
        let document = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
        let body = document.body()?;
        Some((document, body.into()))
    }

    impl HtmlNode for Node {
        fn kind(&self) -> Kind {
            match self.node_type() {
                Node::ELEMENT_NODE => match self.dyn_ref::<Element>() {
                    Some(element) if element.namespace_uri().as_deref() == Some(HTML_NS) => {
                        Kind::Element(element.local_name())
                    }
                    _ => Kind::Foreign,
                },
                Node::TEXT_NODE => Kind::Text(self.node_value().unwrap_or_default()),
                _ => Kind::Other,
            }
        }

        fn attr(&self, name: &str) -> Option<String> {
            self.dyn_ref::<Element>()?.get_attribute(name)
        }

        fn children(&self) -> Vec<Self> {
            let mut out = Vec::new();
            let mut child = self.first_child();
            while let Some(node) = child {
                child = node.next_sibling();
                out.push(node);
            }
            out
        }
    }
}

#[cfg(feature = "dom")]
pub(crate) use browser::parse;
