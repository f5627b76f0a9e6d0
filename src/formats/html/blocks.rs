//! The walk: the parsed tree read once, into blocks. Block context (the
//! children of `body` and of transparent containers) makes paragraphs,
//! headings, quotes, lists and figures; inline context (inside those) feeds
//! the [`Inlines`] builder. What each element becomes is asked of the
//! [`Policy`]: nothing here is decided by a tag's or a class's name (only
//! the warnings, quoting `<a href>` and `<img src>`, spell them).

use std::mem;

use super::inlines::{Inlines, Wrap};
use super::policy::{has_class, Becomes, Policy, Role, Section};
use super::srcset::{largest_srcset_candidate, srcset_candidates, Descriptor};
use super::text::{collapse, plain_text, text_of, truncate_chars};
use super::tree::{HtmlNode, Kind};
use super::MAX_ELEMENT_DEPTH;
use crate::formats::read::{is_language_tag, is_mime_type, Reader};
use crate::model::limits::{
    MAX_BLOCKS, MAX_GALLERY, MAX_INLINES, MAX_INLINE_DEPTH, MAX_LIST_DEPTH, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_SIZES,
    MAX_SRCSET, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, MAX_TABLE_SPAN, MAX_TRACKS, PIXELS,
};
use crate::model::{
    check_srcset_url, check_url, page_of, Block, Candidate, Cell, Embed, GalleryItem, Image, Inline, ListItem, Media,
    Medium, Provider, StoryCard, SubList, Track, TrackKind, UrlKind,
};

/// The first element under `node` (in document order, not `node` itself)
/// that `wanted` accepts, skipping elements dropped by their tag.
fn find_first<N: HtmlNode>(policy: &Policy, node: &N, wanted: impl Fn(&N, &str) -> bool) -> Option<N> {
    let mut stack: Vec<N> = node.children().into_iter().rev().collect();
    while let Some(node) = stack.pop() {
        if let Kind::Element(tag) = node.kind() {
            if policy.drops_tag(&tag) {
                continue;
            }
            if wanted(&node, &tag) {
                return Some(node);
            }
            stack.extend(node.children().into_iter().rev());
        }
    }
    None
}

/// The name of `node`, when it is an HTML element.
/// The text under `node` exactly as written, for code: line breaks for
/// `<br>`, nothing of dropped elements, no white space added or collapsed.
fn raw_text<N: HtmlNode>(policy: &Policy, node: &N, out: &mut String) {
    let mut stack = node.children();
    stack.reverse();
    while let Some(node) = stack.pop() {
        match node.kind() {
            Kind::Text(text) => out.push_str(&text),
            Kind::Element(tag) if policy.drops(&node, &tag) => {}
            Kind::Element(tag) if policy.role(&tag) == Role::LineBreak => out.push('\n'),
            Kind::Element(_) => stack.extend(node.children().into_iter().rev()),
            Kind::Foreign | Kind::Other => {}
        }
    }
}

fn tag_of<N: HtmlNode>(node: &N) -> Option<String> {
    match node.kind() {
        Kind::Element(tag) => Some(tag),
        Kind::Text(_) | Kind::Foreign | Kind::Other => None,
    }
}

/// The text of an element past `MAX_ELEMENT_DEPTH`, read flat into `out`.
fn deep_text<N: HtmlNode>(policy: &Policy, out: &mut Inlines, node: &N, tag: &str) {
    let block = policy.is_block_level(tag);
    if block {
        out.block_edge();
    }
    let mut text = String::new();
    plain_text(policy, node, &mut text);
    out.text(&text);
    if block {
        out.block_edge();
    }
}

/// How many images are under `node`, counting to 2 at most.
fn image_count<N: HtmlNode>(policy: &Policy, node: &N) -> usize {
    let mut stack = node.children();
    let mut count = 0;
    while let Some(node) = stack.pop() {
        if let Kind::Element(tag) = node.kind() {
            if policy.role(&tag) == Role::Image {
                count += 1;
                if count > 1 {
                    break;
                }
            } else if !policy.drops_tag(&tag) {
                stack.extend(node.children());
            }
        }
    }
    count
}

/// A URL as shown in a warning: short enough to read, control characters
/// (a tab hiding a `javascript:`) spelled out.
fn shown(raw: &str) -> String {
    let (s, cut) = truncate_chars(raw.trim(), 40);
    let mut shown = String::new();
    for c in s.chars() {
        match c {
            '\t' => shown.push_str("\\t"),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            c if c.is_control() => shown.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => shown.push(c),
        }
    }
    if cut {
        shown.push('…');
    }
    shown
}

/// An `<img width>`/`height`, read as HTML reads non-negative integers
/// (leading digits: "600px" is 600), kept in the model's range ([`PIXELS`]).
fn dimension(raw: Option<String>) -> Option<u32> {
    let raw = raw?;
    let raw = raw.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let raw = raw.strip_prefix('+').unwrap_or(raw);
    let digits = raw.split(|c: char| !c.is_ascii_digit()).next().unwrap_or_default();
    digits.parse::<u32>().ok().filter(|n| PIXELS.contains(n))
}

/// The story card a paragraph stands for, when all of it is one of `labels`
/// with its colon and then one link, or (with `labels` empty) only one link.
fn labelled_story(content: &[Inline], labels: &[&str]) -> Option<StoryCard> {
    #[derive(Default)]
    struct Parts {
        before: String,
        after: String,
        link: Option<(String, String)>,
        links: usize,
        code: bool,
    }
    fn walk(content: &[Inline], parts: &mut Parts) {
        for inline in content {
            let side = if parts.links == 0 { &mut parts.before } else { &mut parts.after };
            match inline {
                Inline::Link { href, content } => {
                    parts.links += 1;
                    let mut text = String::new();
                    content.iter().for_each(|i| i.plain_text(&mut text));
                    parts.link = Some((href.clone(), text));
                }
                Inline::Code { .. } => parts.code = true,
                Inline::Text { text } => side.push_str(text),
                Inline::LineBreak => side.push(' '),
                Inline::Emphasis { content }
                | Inline::Strong { content }
                | Inline::Superscript { content }
                | Inline::Subscript { content } => walk(content, parts),
            }
        }
    }
    let mut parts = Parts::default();
    walk(content, &mut parts);
    let (url, text) = parts.link.filter(|_| parts.links == 1 && !parts.code)?;
    let label = parts.before.trim();
    let label_ok = if labels.is_empty() {
        label.is_empty()
    } else {
        // ASCII case folding: full Unicode lowercasing would add its tables to the wasm.
        label.strip_suffix(':').is_some_and(|l| labels.iter().any(|known| known.eq_ignore_ascii_case(l.trim_end())))
    };
    let headline = collapse(&text);
    (label_ok && parts.after.trim().is_empty() && !headline.is_empty() && headline.chars().count() <= MAX_SHORT_TEXT)
        .then_some(StoryCard::new(url, headline))
}

/// The embed a paragraph stands for when all of it is the address of a
/// known provider's video or audio (a link, or text alone), as WordPress
/// leaves an embed it could not fetch on a line of its own.
fn lone_player_address(content: &[Inline]) -> Option<Embed> {
    let address = match content {
        [Inline::Text { text }] => text.trim(),
        [Inline::Link { href, content }] if matches!(content.as_slice(), [Inline::Text { text }] if text.trim() == href) => {
            href
        }
        _ => return None,
    };
    let embed = Embed::new(check_url(address, UrlKind::Image).ok()?);
    embed.player().is_some().then_some(embed)
}

/// An inline builder whose block edges are line breaks: a paragraph of a
/// quote, disclosure or callout.
fn lines() -> Inlines {
    let mut inlines = Inlines::default();
    inlines.breaks = true;
    inlines
}

/// Whether a link's `href` leads to a place in the page it was written for
/// (`#…`), as a browser reads the attribute (leading spaces and controls
/// stripped).
fn is_fragment(href: &str) -> bool {
    href.trim_start_matches(|c: char| c <= ' ').starts_with('#')
}

/// Whether inline content shows nothing but whitespace (`<p>&nbsp;</p>`).
fn is_blank(content: &[Inline]) -> bool {
    content.iter().all(|inline| match inline {
        Inline::Text { text } => text.trim().is_empty(),
        Inline::Code { .. } => false,
        Inline::LineBreak => true,
        Inline::Emphasis { content }
        | Inline::Strong { content }
        | Inline::Superscript { content }
        | Inline::Subscript { content }
        | Inline::Link { content, .. } => is_blank(content),
    })
}

fn plain(content: &[Inline]) -> String {
    collapse(&crate::model::plain_text(content))
}

/// Limits met during one conversion, each warned about once.
#[derive(Clone, Copy)]
enum Limit {
    Blocks,
    Inlines,
    ListItems,
    LongText,
    InlineDepth,
    ElementDepth,
    TableRows,
    TableColumns,
    Paragraphs,
    TableSpan,
}

impl Limit {
    fn message(self) -> String {
        match self {
            Limit::Blocks => format!("more than {MAX_BLOCKS} blocks; the rest is dropped"),
            Limit::Inlines => format!("a block with more than {MAX_INLINES} runs of text; the rest of it is dropped"),
            Limit::ListItems => format!("a list with more than {MAX_INLINES} items; the rest are dropped"),
            Limit::LongText => format!("a run of text longer than {MAX_LONG_TEXT} characters; it is cut short"),
            Limit::InlineDepth => format!(
                "text formatting nested more than {MAX_INLINE_DEPTH} levels deep; the inner formatting is dropped, its text kept"
            ),
            Limit::ElementDepth => format!(
                "elements nested more than {MAX_ELEMENT_DEPTH} levels deep; their markup is dropped, their text kept"
            ),
            Limit::Paragraphs => {
                format!("a quote, disclosure or callout with more than {MAX_INLINES} paragraphs; the rest are dropped")
            }
            Limit::TableRows => format!("a table with more than {MAX_TABLE_ROWS} rows; the rest are dropped"),
            Limit::TableColumns => {
                format!("a table row with more than {MAX_TABLE_COLUMNS} cells; the rest of the row is dropped")
            }
            Limit::TableSpan => {
                format!("a table cell spanning more than {MAX_TABLE_SPAN} columns or rows; it spans {MAX_TABLE_SPAN}")
            }
        }
    }
}

/// The image last met, for a fallback (`<noscript>`) right after it.
#[derive(Default)]
enum LastImage {
    #[default]
    None,
    Shown,
    /// Not shown, for want of a usable source: the warning, given unless a
    /// fallback shows the image.
    Missing(String),
}

/// One conversion: the blocks so far, the loose inline content not yet in
/// a block, and images met inside text, waiting for their block to end.
pub(super) struct Converter<'r> {
    policy: &'r Policy,
    reader: &'r mut Reader,
    path: &'r str,
    out: Vec<Block>,
    /// Text and inline elements outside any `p`: a paragraph when a block
    /// starts or the input ends.
    loose: Inlines,
    /// Images found inside a block's text, shown after that block, each
    /// with the link that was all of its link's content.
    figures: Vec<(Image, Option<String>)>,
    /// The image just met, until another node comes.
    last_image: LastImage,
    /// Frames and media found inside a block's text, shown after its images.
    after: Vec<Block>,
    /// The caption of the figure being read, for its one image.
    caption: Option<Vec<Inline>>,
    /// The limits already warned about, one bit each.
    warned: u16,
}

impl<'r> Converter<'r> {
    /// A conversion by `policy`, warning on `reader` with the JSON path `path`.
    pub(super) fn new(policy: &'r Policy, reader: &'r mut Reader, path: &'r str) -> Self {
        Converter {
            policy,
            reader,
            path,
            out: Vec::new(),
            loose: Inlines::default(),
            figures: Vec::new(),
            after: Vec::new(),
            last_image: LastImage::None,
            caption: None,
            warned: 0,
        }
    }

    /// The blocks read, once the last loose paragraph is ended.
    pub(super) fn finish(mut self) -> Vec<Block> {
        self.settle();
        self.flush();
        self.out
    }

    /// Tells the publisher about content a reader would miss that is not
    /// shown: an embedded player or post, a CMS media card.
    fn dropped<N: HtmlNode>(&mut self, node: &N, tag: &str) {
        if let Some(card) = self.policy.dropping_recogniser(node, tag) {
            self.warn(format!("{} (class \"{}\") is not shown; dropped", card.name, card.class));
        } else if self.policy.embedded.contains(&tag)
            && !self.policy.shown_otherwise.iter().any(|class| has_class(node, class))
        {
            let source = node.attr("src").or_else(|| node.attr("data")).filter(|s| !s.trim().is_empty());
            self.warn(match source {
                Some(src) => format!("<{tag} src=\"{}\">: embedded content is not shown; dropped", shown(&src)),
                None => format!("<{tag}>: embedded content is not shown; dropped"),
            });
        }
    }

    fn warn(&mut self, message: String) {
        self.reader.warn(self.path.to_owned(), message);
    }

    fn limit(&mut self, limit: Limit) {
        let bit = 1 << limit as u16;
        if self.warned & bit == 0 {
            self.warned |= bit;
            self.warn(limit.message());
        }
    }

    fn push(&mut self, block: Block) {
        if self.out.len() < MAX_BLOCKS {
            self.out.push(block);
        } else {
            self.limit(Limit::Blocks);
        }
    }

    fn finish_inlines(&mut self, inlines: Inlines) -> Vec<Inline> {
        let (content, hit) = inlines.finish();
        for (hit, limit) in
            [(hit.inlines, Limit::Inlines), (hit.long_text, Limit::LongText), (hit.depth, Limit::InlineDepth)]
        {
            if hit {
                self.limit(limit);
            }
        }
        content
    }

    /// Ends the loose paragraph, if any, and shows the images its text held.
    fn flush(&mut self) {
        let loose = mem::take(&mut self.loose);
        let content = self.finish_inlines(loose);
        self.paragraph_block(content);
        self.emit_figures();
    }

    fn emit_figures(&mut self) {
        for (image, link) in mem::take(&mut self.figures) {
            self.push(Block::Figure { image, link });
        }
        for block in mem::take(&mut self.after) {
            self.push(block);
        }
    }

    /// Another node comes after the image last met: an image that had no
    /// usable source, and no fallback, is warned about now.
    fn settle(&mut self) {
        if let LastImage::Missing(warning) = mem::take(&mut self.last_image) {
            self.warn(warning);
        }
    }

    /// Whether `node`, met next, ends the chance of a fallback for the image
    /// before it: anything but white space and a fallback.
    fn settles<N: HtmlNode>(&self, node: &N) -> bool {
        match node.kind() {
            Kind::Text(text) => !text.trim().is_empty(),
            Kind::Element(tag) => !self.policy.fallback.contains(&tag.as_str()),
            Kind::Foreign => true,
            Kind::Other => false,
        }
    }

    /// An image (`img` or `picture`, named `tag`) met in the walk, with
    /// the caption of its figure; `None` when it has no usable source (the
    /// warning waits for a fallback, and the caption for its image).
    fn met_image<N: HtmlNode>(&mut self, node: &N, tag: &str) -> Option<Image> {
        match self.read_image(node, tag) {
            Ok(mut image) => {
                self.last_image = LastImage::Shown;
                image.caption = self.caption.take();
                Some(image)
            }
            Err(warning) => {
                self.settle();
                self.last_image = LastImage::Missing(warning);
                None
            }
        }
    }

    /// The images of a fallback (`noscript`) for the image just before it,
    /// when that one had no usable source; nothing when it was shown (the
    /// fallback repeats it) or when no image came just before.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn fallback<N: HtmlNode>(&mut self, node: &N) -> Vec<Image> {
        let LastImage::Missing(missing) = mem::take(&mut self.last_image) else { return Vec::new() };
        let policy = self.policy;
        let mut images = Vec::new();
        let mut stack = node.children();
        stack.reverse();
        while let Some(node) = stack.pop() {
            let Kind::Element(tag) = node.kind() else { continue };
            match policy.role(&tag) {
                Role::Image | Role::Picture => match self.read_image(&node, &tag) {
                    Ok(image) => images.push(image),
                    Err(warning) => self.warn(warning),
                },
                _ if !policy.drops_tag(&tag) => stack.extend(node.children().into_iter().rev()),
                _ => {}
            }
        }
        match images.first_mut() {
            Some(first) => {
                first.caption = self.caption.take();
                self.last_image = LastImage::Shown;
            }
            None => self.warn(missing),
        }
        images
    }

    fn paragraph_block(&mut self, content: Vec<Inline>) {
        if is_blank(&content) {
            return;
        }
        if let Some(embed) = lone_player_address(&content) {
            return self.push(Block::Embed { embed });
        }
        match labelled_story(&content, self.policy.story_labels) {
            Some(story) => self.push(Block::Story { story }),
            None => self.push(Block::Paragraph { content }),
        }
    }

    /// What `node` is to the policy, when it is an element.
    fn role_of<N: HtmlNode>(&self, node: &N) -> Option<Role> {
        tag_of(node).map(|tag| self.policy.role(&tag))
    }

    /// Text cut to `max` characters, with a warning naming `what` when cut.
    fn cut(&mut self, text: &str, max: usize, what: &str) -> String {
        let (text, cut) = truncate_chars(text, max);
        if cut {
            self.warn(format!("{what} longer than {max} characters; it is cut short"));
        }
        text
    }

    // Block context: the children of `body` and of transparent containers.

    /// Reads the children of `node` (`body`, at depth 0) as blocks.
    pub(super) fn blocks<N: HtmlNode>(&mut self, node: &N, depth: usize) {
        for child in node.children() {
            // Past the block limit nothing more is kept: stop reading.
            if self.warned & (1 << Limit::Blocks as u16) != 0 {
                break;
            }
            self.block_node(&child, depth + 1);
        }
    }

    fn block_node<N: HtmlNode>(&mut self, node: &N, depth: usize) {
        if self.settles(node) {
            self.settle();
        }
        match node.kind() {
            Kind::Text(text) => self.loose.text(&text),
            Kind::Element(tag) => self.block_element(node, &tag, depth),
            Kind::Foreign | Kind::Other => {}
        }
    }

    fn block_element<N: HtmlNode>(&mut self, node: &N, tag: &str, depth: usize) {
        if depth > MAX_ELEMENT_DEPTH {
            self.limit(Limit::ElementDepth);
            deep_text(self.policy, &mut self.loose, node, tag);
            return;
        }
        if self.policy.frames.contains(&tag) {
            self.flush();
            if let Some(embed) = self.frame(node, tag) {
                self.push(Block::Embed { embed });
            }
            return;
        }
        if self.policy.media.contains(&tag) {
            self.flush();
            if let Some(media) = self.media(node, tag) {
                self.push(media);
            }
            return;
        }
        if self.policy.fallback.contains(&tag) {
            let images = self.fallback(node);
            if !images.is_empty() {
                self.flush();
            }
            for image in images {
                self.push(Block::Figure { image, link: None });
            }
            return;
        }
        let recognised = self.policy.recognise(node, tag);
        if self.policy.drops_tag(tag) || recognised.iter().any(|b| matches!(b, Becomes::Nothing | Becomes::Repeat)) {
            self.dropped(node, tag);
            return;
        }
        for becomes in recognised {
            match becomes {
                Becomes::StoryCard { title, description, thumbnail, publisher } => {
                    if self.story_card(node, depth, [title, description, thumbnail], publisher) {
                        return;
                    }
                }
                Becomes::Figure { caption } => return self.figure(node, tag, depth, Some(caption)),
                Becomes::Gallery { item_caption } => {
                    if self.gallery(node, depth, item_caption) {
                        return;
                    }
                }
                Becomes::Callout { label } => return self.callout(node, depth, label),
                Becomes::Disclosure { summary, content } => {
                    if self.toggle_card(node, depth, summary, content) {
                        return;
                    }
                }
                Becomes::SocialPost { address } => {
                    if let Some(embed) = self.social_post(node, depth, address) {
                        self.flush();
                        self.push(Block::Embed { embed });
                        return;
                    }
                }
                Becomes::MediaCard { title } => {
                    if self.media_card(node, depth, title) {
                        return;
                    }
                }
                Becomes::EmbedAddress => {
                    let text = text_of(self.policy, node);
                    let lone = !text.contains(char::is_whitespace) && Provider::of(&text) != Provider::Other;
                    if let Some(url) = check_url(&text, UrlKind::Image).ok().filter(|_| lone) {
                        self.flush();
                        self.push(Block::Embed { embed: Embed::new(url) });
                        return;
                    }
                }
                // Read where the quote is read.
                Becomes::Nothing | Becomes::Repeat | Becomes::StoryIfOneLink | Becomes::PullQuote => {}
            }
        }
        match self.policy.role(tag) {
            Role::Paragraph => self.paragraph(node, depth, false),
            Role::Preformatted => match self.code_block(node) {
                Some(code) => {
                    self.flush();
                    self.push(code);
                }
                None => self.paragraph(node, depth, true),
            },
            Role::Heading(level) => self.heading(node, depth, level),
            Role::Quote => self.quote(node, tag, depth, false, None),
            Role::List { ordered } => self.list(node, depth, ordered),
            Role::Figure => self.figure(node, tag, depth, None),
            Role::Image | Role::Picture => {
                self.flush();
                if let Some(image) = self.met_image(node, tag) {
                    self.push(Block::Figure { image, link: None });
                }
            }
            Role::Source => {}
            Role::Divider => {
                self.flush();
                self.push(Block::Divider);
            }
            Role::Table => self.table(node, depth, None),
            Role::Disclosure => self.details(node, tag, depth),
            Role::LineBreak => self.loose.line_break(),
            Role::Link | Role::Format(_) | Role::Code | Role::Quoted { .. } => {
                let mut loose = mem::take(&mut self.loose);
                self.inline_element(&mut loose, node, tag, depth);
                self.loose = loose;
            }
            Role::Attribution
            | Role::ListItem
            | Role::Caption
            | Role::TableSection(_)
            | Role::TableRow
            | Role::TableCell { .. }
            | Role::Summary
            | Role::Transparent => self.container(node, tag, depth),
        }
    }

    /// An element read as its content, in block context.
    fn container<N: HtmlNode>(&mut self, node: &N, tag: &str, depth: usize) {
        if self.policy.is_block_level(tag) {
            self.flush();
            self.blocks(node, depth);
            self.flush();
        } else {
            self.blocks(node, depth);
        }
    }

    /// Reads `children` (of an element at `depth`) as paragraphs of a quote,
    /// disclosure or callout: each `p` is one, and so is the text between
    /// them; a container (`div`) is read through; a line break, a list
    /// item or another block inside text is a line break.
    fn paragraphs<N: HtmlNode>(&mut self, children: Vec<N>, depth: usize) -> Vec<Vec<Inline>> {
        let mut paragraphs = Vec::new();
        let mut loose = lines();
        self.paragraphs_into(children, depth, &mut paragraphs, &mut loose);
        self.quote_paragraph(&mut paragraphs, loose);
        paragraphs
    }

    fn paragraphs_into<N: HtmlNode>(
        &mut self,
        children: Vec<N>,
        depth: usize,
        paragraphs: &mut Vec<Vec<Inline>>,
        loose: &mut Inlines,
    ) {
        let policy = self.policy;
        for child in children {
            let tag = tag_of(&child).unwrap_or_default();
            let role = tag_of(&child).map(|tag| policy.role(&tag));
            let through = role == Some(Role::Transparent)
                && policy.is_block_level(&tag)
                && !policy.drops(&child, &tag)
                && depth < MAX_ELEMENT_DEPTH;
            if role == Some(Role::Paragraph) && depth < MAX_ELEMENT_DEPTH {
                let before = mem::replace(loose, lines());
                self.quote_paragraph(paragraphs, before);
                let mut own = lines();
                self.inlines(&mut own, &child, depth + 1);
                self.quote_paragraph(paragraphs, own);
            } else if through {
                let before = mem::replace(loose, lines());
                self.quote_paragraph(paragraphs, before);
                self.paragraphs_into(child.children(), depth + 1, paragraphs, loose);
                let inside = mem::replace(loose, lines());
                self.quote_paragraph(paragraphs, inside);
            } else {
                self.inline_node(loose, &child, depth + 1);
            }
        }
    }

    /// A `details` element (`tag`) as a disclosure block: its first
    /// `summary` child's text, the rest as paragraphs. Without a summary,
    /// or with an empty one, it is read as its content, as before.
    fn details<N: HtmlNode>(&mut self, node: &N, tag: &str, depth: usize) {
        let policy = self.policy;
        let mut children = node.children();
        let at = children.iter().position(|c| tag_of(c).is_some_and(|t| policy.role(&t) == Role::Summary));
        let summary = at.and_then(|at| children.get(at)).map(|s| text_of(policy, s)).unwrap_or_default();
        let Some(at) = at.filter(|_| !summary.is_empty()) else { return self.container(node, tag, depth) };
        self.flush();
        children.remove(at);
        let summary = self.cut(&summary, MAX_SHORT_TEXT, "a disclosure's summary");
        let paragraphs = self.paragraphs(children, depth);
        let open = node.attr("open").is_some();
        self.push(Block::Details { summary, paragraphs, open });
        self.emit_figures();
    }

    /// A CMS's toggle card (`node`) as a disclosure block: its summary the
    /// text of the element with the `summary` class, its paragraphs the
    /// content of the element with the `content` class. `false` when the
    /// summary is empty; then it is read as any other element.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn toggle_card<N: HtmlNode>(&mut self, node: &N, depth: usize, summary: &str, content: &str) -> bool {
        let policy = self.policy;
        let heading = find_first(policy, node, |n, _| has_class(n, summary)).map(|n| text_of(policy, &n));
        let Some(heading) = heading.filter(|h| !h.is_empty()) else { return false };
        self.flush();
        let summary = self.cut(&heading, MAX_SHORT_TEXT, "a disclosure's summary");
        let content = find_first(policy, node, |n, _| has_class(n, content));
        let paragraphs = content.map(|c| self.paragraphs(c.children(), depth + 1)).unwrap_or_default();
        // Ghost marks a toggle its writer left open (`data-kg-toggle-state`).
        let open = node.attr("data-kg-toggle-state").is_some_and(|state| state.trim().eq_ignore_ascii_case("open"));
        self.push(Block::Details { summary, paragraphs, open });
        self.emit_figures();
        true
    }

    /// A callout (`node`): its label the text of its child with one of the
    /// `label` classes, its other children its paragraphs. Nothing when it
    /// shows nothing.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn callout<N: HtmlNode>(&mut self, node: &N, depth: usize, label: &[&str]) {
        self.flush();
        let policy = self.policy;
        let is_label = |c: &N| label.iter().any(|class| has_class(c, class));
        let (labels, rest): (Vec<N>, Vec<N>) = node.children().into_iter().partition(is_label);
        let text = labels.first().map(|l| text_of(policy, l)).filter(|t| !t.is_empty());
        let label = text.map(|t| self.cut(&t, MAX_SHORT_TEXT, "a callout's label"));
        let paragraphs = self.paragraphs(rest, depth);
        if label.is_some() || !paragraphs.is_empty() {
            self.push(Block::Callout { label, paragraphs });
        }
        self.emit_figures();
    }

    /// A preformatted element holding one code element (and nothing else
    /// but white space), as a code block with its text exactly as written.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn code_block<N: HtmlNode>(&mut self, node: &N) -> Option<Block> {
        let mut inner = None;
        for child in node.children() {
            match child.kind() {
                Kind::Text(text) if text.trim().is_empty() => {}
                Kind::Element(tag) if inner.is_none() && self.policy.code_inside.contains(&tag.as_str()) => {
                    inner = Some(child);
                }
                _ => return None,
            }
        }
        let inner = inner?;
        let mut text = String::new();
        raw_text(self.policy, &inner, &mut text);
        let text = text.trim_end_matches(['\n', '\r']).to_owned();
        if text.trim().is_empty() {
            return None;
        }
        let text = self.cut(&text, MAX_LONG_TEXT, "a code block");
        let language = [&inner, node].into_iter().find_map(|element| {
            let classes = element.attr("class")?;
            classes
                .split_ascii_whitespace()
                .find_map(|class| self.policy.language_classes.iter().find_map(|prefix| class.strip_prefix(prefix)))
                .filter(|name| {
                    !name.is_empty()
                        && name.len() <= 64
                        && name.chars().all(|c| c.is_alphanumeric() || "+#-_.".contains(c))
                })
                .map(str::to_owned)
        });
        Some(Block::Code { text, language })
    }

    fn paragraph<N: HtmlNode>(&mut self, node: &N, depth: usize, pre: bool) {
        self.flush();
        let mut inlines = Inlines::default();
        inlines.pre = pre;
        self.inlines(&mut inlines, node, depth);
        let content = self.finish_inlines(inlines);
        self.paragraph_block(content);
        self.emit_figures();
    }

    fn heading<N: HtmlNode>(&mut self, node: &N, depth: usize, level: u8) {
        self.flush();
        let mut inlines = Inlines::default();
        self.inlines(&mut inlines, node, depth);
        let content = self.finish_inlines(inlines);
        let text = plain(&content);
        if !text.is_empty() {
            // Links and emphasis kept; a heading too long for that is cut as plain text.
            let content = if text.chars().count() > MAX_SHORT_TEXT {
                vec![Inline::Text { text: self.cut(&text, MAX_SHORT_TEXT, "a heading") }]
            } else {
                content
            };
            self.push(Block::Heading { level, content });
        }
        self.emit_figures();
    }

    /// A quote (`tag`, a `blockquote`); `attribution` is its figure's
    /// caption, if any. Its paragraphs stay paragraphs.
    fn quote<N: HtmlNode>(&mut self, node: &N, tag: &str, depth: usize, pull: bool, attribution: Option<String>) {
        self.flush();
        let recognised = self.policy.recognise(node, tag);
        let pull = pull || recognised.contains(&Becomes::PullQuote);
        let quoted = || {
            let mut inlines = Inlines::default();
            inlines.breaks = true;
            inlines
        };
        let mut paragraphs = Vec::new();
        let mut loose = quoted();
        let mut cite = None;
        for child in node.children() {
            match self.role_of(&child) {
                Some(Role::Attribution) => cite = Some(text_of(self.policy, &child)),
                // Each paragraph of the quote is one, and so is the text between them.
                Some(Role::Paragraph) if depth < MAX_ELEMENT_DEPTH => {
                    let before = mem::replace(&mut loose, quoted());
                    self.quote_paragraph(&mut paragraphs, before);
                    let mut own = quoted();
                    self.inlines(&mut own, &child, depth + 1);
                    self.quote_paragraph(&mut paragraphs, own);
                }
                _ => self.inline_node(&mut loose, &child, depth + 1),
            }
        }
        self.quote_paragraph(&mut paragraphs, loose);
        let attribution = cite.or(attribution).map(|who| {
            let who = who.trim_start_matches(['—', '–', '―', '-', ' ', '\u{a0}']).trim_end();
            self.cut(who, MAX_SHORT_TEXT, "a quote's attribution")
        });
        let attribution = attribution.filter(|who| !who.is_empty());
        if recognised.contains(&Becomes::StoryIfOneLink) {
            if let Some(story) =
                paragraphs.first().filter(|_| paragraphs.len() == 1).and_then(|p| labelled_story(p, &[]))
            {
                self.push(Block::Story { story });
                return self.emit_figures();
            }
        }
        if !paragraphs.is_empty() {
            self.push(Block::Quote { paragraphs, attribution, pull });
        } else if let Some(who) = attribution {
            self.push(Block::Paragraph { content: vec![Inline::Text { text: who }] });
        }
        self.emit_figures();
    }

    /// Adds a paragraph of a quote, disclosure or callout, unless it shows
    /// nothing, up to the limit.
    fn quote_paragraph(&mut self, paragraphs: &mut Vec<Vec<Inline>>, inlines: Inlines) {
        let content = self.finish_inlines(inlines);
        if is_blank(&content) {
            return;
        }
        if paragraphs.len() == MAX_INLINES {
            return self.limit(Limit::Paragraphs);
        }
        paragraphs.push(content);
    }

    fn list<N: HtmlNode>(&mut self, node: &N, depth: usize, ordered: bool) {
        self.flush();
        let SubList { ordered, items } = self.list_items(node, depth, ordered, 1);
        if !items.is_empty() {
            self.push(Block::List { ordered, items });
        }
        self.emit_figures();
    }

    /// The items of the list `node`, `level` lists deep: each item's text,
    /// and the lists directly inside it as its own list, down to
    /// [`MAX_LIST_DEPTH`]; deeper ones join the item's text.
    fn list_items<N: HtmlNode>(&mut self, node: &N, depth: usize, ordered: bool, level: usize) -> SubList {
        let mut items = Vec::new();
        for child in node.children() {
            let mut inlines = Inlines::default();
            let mut list: Option<SubList> = None;
            match child.kind() {
                Kind::Element(tag) if self.policy.role(&tag) == Role::ListItem && depth < MAX_ELEMENT_DEPTH => {
                    for inner in child.children() {
                        match self.role_of(&inner) {
                            Some(Role::List { ordered: inner_ordered })
                                if level < MAX_LIST_DEPTH && depth + 2 <= MAX_ELEMENT_DEPTH =>
                            {
                                let more = self.list_items(&inner, depth + 2, inner_ordered, level + 1);
                                match &mut list {
                                    Some(list) => list.items.extend(more.items),
                                    None => list = Some(more),
                                }
                            }
                            _ => self.inline_node(&mut inlines, &inner, depth + 2),
                        }
                    }
                }
                Kind::Element(_) | Kind::Text(_) => self.inline_node(&mut inlines, &child, depth + 1),
                Kind::Foreign | Kind::Other => continue,
            }
            let content = self.finish_inlines(inlines);
            let list = list.filter(|list| !list.items.is_empty());
            if is_blank(&content) && list.is_none() {
                continue;
            }
            if items.len() == MAX_INLINES {
                self.limit(Limit::ListItems);
                break;
            }
            items.push(ListItem { content, list });
        }
        SubList { ordered, items }
    }

    /// A figure (`tag`), or a figure-like element whose caption is the
    /// child with `caption_class`. One image: a figure block with the
    /// caption. A quote: a quote attributed to the caption. Anything else (a
    /// gallery, a table): its parts one by one, then the caption as a
    /// paragraph, unless nothing of the figure was kept (a video embed): a
    /// caption under nothing would only confuse.
    fn figure<N: HtmlNode>(&mut self, node: &N, tag: &str, depth: usize, caption_class: Option<&str>) {
        self.flush();
        let policy = self.policy;
        let role_of = |child: &N| tag_of(child).map(|tag| policy.role(&tag));
        let children = node.children();
        let is_caption =
            |child: &N| role_of(child) == Some(Role::Caption) || caption_class.is_some_and(|c| has_class(child, c));
        let caption = children.iter().find(|c| is_caption(c));
        let has_quote = children.iter().any(|c| role_of(c) == Some(Role::Quote));
        let mut tables = children.iter().enumerate().filter(|(_, c)| role_of(c) == Some(Role::Table));
        if let (Some((table, _)), None) = (tables.next(), tables.next()) {
            // A table's figure (WordPress' Table block): its caption is the table's.
            let caption = caption.map(|c| self.plain_caption_of(c)).filter(|c| !c.is_empty());
            for (i, child) in children.iter().enumerate().filter(|(_, c)| !is_caption(c)) {
                if i == table && depth < MAX_ELEMENT_DEPTH {
                    self.table(child, depth + 1, caption.clone());
                } else {
                    self.block_node(child, depth + 1);
                }
            }
        } else if has_quote || image_count(policy, node) == 1 {
            // A quote's figure caption is its attribution, plain text.
            let mut attribution = None;
            if let Some(caption) = caption {
                if has_quote {
                    let text = self.plain_caption_of(caption);
                    attribution = (!text.is_empty()).then(|| self.cut(&text, MAX_LONG_TEXT, "a caption"));
                } else {
                    self.caption = self.caption_of(caption, depth + 1);
                }
            }
            let pull = policy.is(node, tag, Becomes::PullQuote);
            for child in &children {
                if is_caption(child) {
                    continue;
                }
                match tag_of(child) {
                    Some(tag) if has_quote && policy.role(&tag) == Role::Quote && depth < MAX_ELEMENT_DEPTH => {
                        self.quote(child, &tag, depth + 1, pull, attribution.take())
                    }
                    _ => self.block_node(child, depth + 1),
                }
            }
            self.caption = None;
        } else {
            let before = self.out.len();
            for child in children.iter().filter(|c| !is_caption(c)) {
                self.block_node(child, depth + 1);
            }
            self.flush();
            // An embed's figure (WordPress' Embed block, Ghost's embed card):
            // its caption is the embed's.
            let takes_caption = self.out.len() == before + 1
                && match self.out.last() {
                    Some(Block::Embed { embed }) => embed.caption.is_none(),
                    Some(Block::Video { video: media } | Block::Audio { audio: media }) => media.caption.is_none(),
                    _ => false,
                };
            if let (true, Some(caption)) = (takes_caption, caption) {
                let text = self.caption_of(caption, depth + 1);
                match self.out.last_mut() {
                    Some(Block::Embed { embed }) => embed.caption = text,
                    Some(Block::Video { video: media } | Block::Audio { audio: media }) => media.caption = text,
                    _ => {}
                }
                return self.flush();
            }
            if self.out.len() > before {
                for child in children.iter().filter(|c| is_caption(c)) {
                    self.block_node(child, depth + 1);
                }
            }
        }
        self.flush();
    }

    /// A table (`node`) as a table block; `caption` is its figure's caption,
    /// if any, for a table without a `<caption>`. A layout table (one
    /// cell, or `role="presentation"`) is read as its content.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn table<N: HtmlNode>(&mut self, node: &N, depth: usize, caption: Option<String>) {
        self.flush();
        let policy = self.policy;
        let role = node.attr("role").unwrap_or_default();
        let presentational = ["presentation", "none"].iter().any(|r| role.trim().eq_ignore_ascii_case(r));
        // The rows by section, in the order a reader sees them.
        let (mut head, mut body, mut foot) = (Vec::new(), Vec::new(), Vec::new());
        let mut own_caption = None;
        for child in node.children() {
            match self.role_of(&child) {
                Some(Role::Caption) if own_caption.is_none() => own_caption = Some(self.plain_caption_of(&child)),
                Some(Role::TableSection(section)) => {
                    let rows = child.children().into_iter().filter(|r| self.role_of(r) == Some(Role::TableRow));
                    match section {
                        Section::Head => head.extend(rows),
                        Section::Body => body.extend(rows),
                        Section::Foot => foot.extend(rows),
                    }
                }
                Some(Role::TableRow) => body.push(child),
                _ => {}
            }
        }
        let cells_of = |row: &N| -> Vec<N> {
            let is_cell = |c: &N| tag_of(c).is_some_and(|tag| matches!(policy.role(&tag), Role::TableCell { .. }));
            row.children().into_iter().filter(is_cell).collect()
        };
        let one_cell = head.len() + body.len() + foot.len() == 1
            && head.iter().chain(&body).chain(&foot).all(|row| cells_of(row).len() == 1);
        if presentational || one_cell {
            let cells: Vec<N> = head.iter().chain(&body).chain(&foot).flat_map(cells_of).collect();
            for cell in cells {
                self.flush();
                self.blocks(&cell, depth + 2);
            }
            return self.flush();
        }
        let mut head_rows = Vec::new();
        let mut rows = Vec::new();
        let mut kept = 0;
        for (is_head, row) in head.iter().map(|r| (true, r)).chain(body.iter().chain(&foot).map(|r| (false, r))) {
            if kept == MAX_TABLE_ROWS {
                self.limit(Limit::TableRows);
                break;
            }
            let mut cells = Vec::new();
            for cell in cells_of(row) {
                if cells.len() == MAX_TABLE_COLUMNS {
                    self.limit(Limit::TableColumns);
                    break;
                }
                cells.push(self.cell(&cell, depth + 3));
            }
            if cells.is_empty() {
                continue;
            }
            kept += 1;
            if is_head {
                cells.iter_mut().for_each(|cell| cell.header = false);
                head_rows.push(cells);
            } else {
                rows.push(cells);
            }
        }
        // Without a head, a first row of headings (`<tr><th>…<th>…`) is it.
        if head_rows.is_empty() && rows.len() > 1 && rows.first().is_some_and(|row| row.iter().all(|cell| cell.header))
        {
            let mut first = rows.remove(0);
            first.iter_mut().for_each(|cell| cell.header = false);
            head_rows.push(first);
        }
        let shown = |row: &Vec<Cell>| row.iter().any(|cell| !is_blank(&cell.content));
        if head_rows.iter().chain(&rows).any(shown) {
            let caption = own_caption.filter(|c| !c.is_empty()).or(caption);
            let caption = caption.map(|c| self.cut(&c, MAX_SHORT_TEXT, "a table's caption"));
            self.push(Block::Table { caption, head: head_rows, rows });
        }
        self.emit_figures();
    }

    /// A table cell (`th` or `td`): its content, paragraphs one a line.
    fn cell<N: HtmlNode>(&mut self, node: &N, depth: usize) -> Cell {
        let mut inlines = Inlines::default();
        inlines.breaks = true;
        if depth <= MAX_ELEMENT_DEPTH {
            self.inlines(&mut inlines, node, depth);
        } else {
            self.limit(Limit::ElementDepth);
            deep_text(self.policy, &mut inlines, node, "td");
        }
        let content = self.finish_inlines(inlines);
        let mut span = |name: &str| {
            let n = node.attr(name).and_then(|raw| dimension(Some(raw))).unwrap_or(1);
            if n > u32::from(MAX_TABLE_SPAN) {
                self.limit(Limit::TableSpan);
            }
            n.clamp(1, u32::from(MAX_TABLE_SPAN)) as u16
        };
        let (colspan, rowspan) = (span("colspan"), span("rowspan"));
        let header = self.role_of(node) == Some(Role::TableCell { header: true });
        Cell { content, header, colspan, rowspan }
    }

    /// A frame (`iframe`) as an embed of the page it frames: a player for
    /// a known provider; any other page a link to it, with a warning. None
    /// (with a warning when it had an address) when it frames nothing
    /// usable, or repeats what is shown otherwise.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn frame<N: HtmlNode>(&mut self, node: &N, tag: &str) -> Option<Embed> {
        if self.policy.shown_otherwise.iter().any(|class| has_class(node, class)) {
            return None;
        }
        let given = |names: &[&str]| names.iter().find_map(|name| node.attr(name).filter(|s| !s.trim().is_empty()));
        let src =
            given(&["src"]).filter(|src| !self.policy.blank_frames.iter().any(|b| src.trim().eq_ignore_ascii_case(b)));
        let Some(src) = src.or_else(|| given(self.policy.lazy_src)) else {
            self.warn(format!("<{tag}> without a src: embedded content is not shown; dropped"));
            return None;
        };
        // `//www.youtube.com/embed/…`, as embed codes often write it.
        let absolute =
            if src.trim_start().starts_with("//") { format!("https:{}", src.trim_start()) } else { src.clone() };
        let url = match check_url(&absolute, UrlKind::Image) {
            Ok(url) => page_of(&url),
            Err(why) => {
                self.warn(format!("<{tag} src=\"{}\">: {why}; the embedded content is dropped", shown(&src)));
                return None;
            }
        };
        let title = node.attr("title").map(|t| collapse(&t)).filter(|t| !t.is_empty());
        let title = title.map(|t| self.cut(&t, MAX_SHORT_TEXT, "an embed's title"));
        let embed = Embed { title, ..Embed::new(url) };
        let known = match embed.provider().medium() {
            Medium::Video | Medium::Audio => embed.player().is_some(),
            Medium::Post => true,
            Medium::Link => false,
        };
        if !known {
            self.warn(format!(
                "<{tag} src=\"{}\">: embedded content from a site without a known player; shown as a link",
                shown(&src)
            ));
        }
        Some(embed)
    }

    /// A `video` or `audio` element as a media block: its `src` or its
    /// first `source` child's, a video's `poster` and size, its `track`
    /// children. None, with a warning, when it has no usable source.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn media<N: HtmlNode>(&mut self, node: &N, tag: &str) -> Option<Block> {
        let video = tag == "video";
        let children: Vec<N> = node.children();
        let child_tag = |child: &N, name: &str| tag_of(child).is_some_and(|t| t == name);
        let given = |n: &N, name: &str| n.attr(name).filter(|s| !s.trim().is_empty());
        let source = children.iter().find(|c| child_tag(c, "source") && given(c, "src").is_some());
        let (src, encoding_format) = match (given(node, "src"), source) {
            (Some(src), _) => (src, None),
            (None, Some(source)) => (given(source, "src").unwrap_or_default(), given(source, "type")),
            (None, None) => {
                self.warn(format!("<{tag}> without a src: not shown; dropped"));
                return None;
            }
        };
        let src = match check_url(&src, UrlKind::Image) {
            Ok(src) => src,
            Err(why) => {
                self.warn(format!("<{tag} src=\"{}\">: {why}; dropped", shown(&src)));
                return None;
            }
        };
        let encoding_format = encoding_format
            .map(|t| t.split(';').next().unwrap_or_default().trim().to_owned())
            .filter(|t| is_mime_type(t));
        // Ghost's placeholder poster is a transparent image from a third party.
        let poster = given(node, "poster")
            .filter(|_| video)
            .and_then(|p| check_url(&p, UrlKind::Image).ok())
            .filter(|p| !p.contains("spacergif.org"));
        let mut tracks = Vec::new();
        for track in children.iter().filter(|c| child_tag(c, "track")) {
            let kind = match given(track, "kind") {
                None => Some(TrackKind::Subtitles),
                Some(kind) => TrackKind::parse(&kind),
            };
            let src = given(track, "src").and_then(|s| check_url(&s, UrlKind::Image).ok());
            let (Some(kind), Some(src)) = (kind, src) else { continue };
            if tracks.len() == MAX_TRACKS {
                self.warn(format!("<{tag}> with more than {MAX_TRACKS} text tracks; the rest are dropped"));
                break;
            }
            let srclang = given(track, "srclang").filter(|l| is_language_tag(l));
            let label =
                given(track, "label").map(|l| collapse(&l)).map(|l| self.cut(&l, MAX_SHORT_TEXT, "a track's label"));
            tracks.push(Track { src, kind, srclang, label });
        }
        let title = given(node, "title").or_else(|| given(node, "aria-label")).map(|t| collapse(&t));
        let media = Media {
            encoding_format,
            title: title.map(|t| self.cut(&t, MAX_SHORT_TEXT, "a title")),
            poster,
            width: dimension(node.attr("width")).filter(|_| video),
            height: dimension(node.attr("height")).filter(|_| video),
            tracks,
            ..Media::new(src)
        };
        Some(if video { Block::Video { video: media } } else { Block::Audio { audio: media } })
    }

    /// A CMS's player card (`node`) as the media block of the one `video`
    /// or `audio` inside, titled by the child with class `title` and
    /// captioned by its caption; without one it is dropped with a warning.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn media_card<N: HtmlNode>(&mut self, node: &N, depth: usize, title: &str) -> bool {
        let policy = self.policy;
        let mut stack = node.children();
        stack.reverse();
        let mut found = None;
        while let Some(child) = stack.pop() {
            if let Some(tag) = tag_of(&child) {
                if policy.media.contains(&tag.as_str()) {
                    found = Some((child, tag));
                    break;
                }
                if !policy.drops_tag(&tag) {
                    stack.extend(child.children().into_iter().rev());
                }
            }
        }
        let Some((element, tag)) = found else {
            // The card's content is the CMS's player chrome ("0:00", "1×").
            let card = policy
                .recognisers
                .iter()
                .find(|r| matches!(r.becomes, Becomes::MediaCard { .. }) && has_class(node, r.class));
            if let Some(card) = card {
                self.warn(format!("{} (class \"{}\") holds no video or audio; dropped", card.name, card.class));
            }
            return true;
        };
        self.flush();
        let Some(mut block) = self.media(&element, &tag) else { return true };
        let title = (!title.is_empty())
            .then(|| find_first(policy, node, |n, _| has_class(n, title)))
            .flatten()
            .map(|n| text_of(policy, &n))
            .filter(|t| !t.is_empty());
        let caption = match node.children().into_iter().find(|c| self.role_of(c) == Some(Role::Caption)) {
            Some(c) => self.caption_of(&c, depth + 1),
            None => None,
        };
        if let Block::Video { video: media } | Block::Audio { audio: media } = &mut block {
            if let Some(title) = title {
                media.title = Some(self.cut(&title, MAX_SHORT_TEXT, "a title"));
            }
            media.caption = caption;
        }
        self.push(block);
        true
    }

    /// A social network's embed code (`node`) as an embed: the post's
    /// address from the first of the `address` attributes present, else its
    /// last link to a known provider; its text from its paragraphs, and the
    /// rest of its text as the credit ("— Ana (@ana) 3 May"). None when it
    /// has no usable address.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn social_post<N: HtmlNode>(&mut self, node: &N, depth: usize, address: &[&str]) -> Option<Embed> {
        let policy = self.policy;
        let from_attribute = address.iter().find_map(|name| node.attr(name)).filter(|a| !a.trim().is_empty());
        let url = match from_attribute {
            Some(url) => url,
            None => {
                let mut links = Vec::new();
                let mut stack = node.children();
                while let Some(child) = stack.pop() {
                    if let Some(tag) = tag_of(&child) {
                        match child.attr("href") {
                            Some(href) if policy.role(&tag) == Role::Link => links.push(href),
                            _ => stack.extend(child.children()),
                        }
                    }
                }
                // Popped from the end first: the first found is the last link.
                links.into_iter().find(|href| Provider::of(href) != Provider::Other)?
            }
        };
        let url = page_of(&check_url(&url, UrlKind::Image).ok()?);
        // X's embed code tags the post's link with where it was embedded
        // (`?ref_src=twsrc%5Etfw`); the post's address needs no query.
        let url = match (Provider::of(&url), url.split_once('?')) {
            (Provider::X, Some((page, _))) => page.to_owned(),
            _ => url,
        };
        let mut text = Vec::new();
        let mut credit = String::new();
        for child in node.children() {
            match tag_of(&child) {
                Some(tag) if policy.role(&tag) == Role::Paragraph => text.push(self.lines_of(&child, depth + 1)),
                Some(tag) if policy.drops_tag(&tag) => {}
                _ => plain_text(policy, &child, &mut credit),
            }
        }
        // Instagram's and TikTok's codes put their paragraphs deeper.
        if text.is_empty() {
            let mut stack = node.children();
            stack.reverse();
            while let Some(child) = stack.pop() {
                match tag_of(&child) {
                    Some(tag) if policy.role(&tag) == Role::Paragraph => text.push(self.lines_of(&child, depth + 1)),
                    Some(tag) if !policy.drops_tag(&tag) => stack.extend(child.children().into_iter().rev()),
                    _ => {}
                }
            }
            credit.clear();
        }
        let text = text.into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n");
        let text = (!text.is_empty()).then(|| self.cut(&text, MAX_LONG_TEXT, "a post's text"));
        let credit = collapse(&credit);
        let credit = credit.trim_start_matches(['—', '–', '-', ' ']).trim();
        let author = (!credit.is_empty()).then(|| self.cut(credit, MAX_SHORT_TEXT, "a post's credit"));
        Some(Embed { text, author, ..Embed::new(url) })
    }

    /// The text of `node` with its line breaks (`<br>`, paragraphs) as
    /// newlines, its markup dropped.
    fn lines_of<N: HtmlNode>(&mut self, node: &N, depth: usize) -> String {
        fn flatten(content: &[Inline], out: &mut String) {
            for inline in content {
                match inline {
                    Inline::Text { text } | Inline::Code { text } => out.push_str(text),
                    Inline::LineBreak => out.push('\n'),
                    Inline::Emphasis { content }
                    | Inline::Strong { content }
                    | Inline::Superscript { content }
                    | Inline::Subscript { content }
                    | Inline::Link { content, .. } => flatten(content, out),
                }
            }
        }
        let mut inlines = Inlines::default();
        inlines.breaks = true;
        self.inlines(&mut inlines, node, depth);
        let mut text = String::new();
        flatten(&self.finish_inlines(inlines), &mut text);
        text
    }

    /// A figure's caption with its links and emphasis; `None` when blank.
    /// One longer than [`MAX_LONG_TEXT`] is cut, as plain text.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    pub(super) fn caption_of<N: HtmlNode>(&mut self, node: &N, depth: usize) -> Option<Vec<Inline>> {
        let mut inlines = Inlines::default();
        self.inlines(&mut inlines, node, depth);
        let content = self.finish_inlines(inlines);
        let text = plain(&content);
        if text.is_empty() {
            return None;
        }
        Some(match text.chars().count() > MAX_LONG_TEXT {
            true => vec![Inline::Text { text: self.cut(&text, MAX_LONG_TEXT, "a caption") }],
            false => content,
        })
    }

    /// A caption read as plain text (a table's, a quote's attribution): a
    /// link inside one is named in a warning; its words stay, its address
    /// goes.
    fn plain_caption_of<N: HtmlNode>(&mut self, node: &N) -> String {
        let policy = self.policy;
        let mut stack = node.children();
        while let Some(child) = stack.pop() {
            if let Some(tag) = tag_of(&child) {
                match child.attr("href") {
                    Some(href) if policy.role(&tag) == Role::Link && !is_fragment(&href) => self.warn(format!(
                        "<a href=\"{}\"> in a caption: captions are plain text; the link is dropped, its text kept",
                        shown(&href)
                    )),
                    _ if policy.drops_tag(&tag) => {}
                    _ => stack.extend(child.children()),
                }
            }
        }
        text_of(policy, node)
    }

    /// A bookmark card (Ghost's): a link to another story with its title,
    /// and maybe a description and a thumbnail, found by their classes.
    /// `false` when it has no usable link or title; then it is read as any
    /// other element.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn story_card<N: HtmlNode>(
        &mut self,
        node: &N,
        depth: usize,
        [title, description, thumbnail]: [&str; 3],
        publisher: &[&str],
    ) -> bool {
        let policy = self.policy;
        let link = find_first(policy, node, |n, tag| policy.role(tag) == Role::Link && n.attr("href").is_some());
        let Some(href) = link.and_then(|a| a.attr("href")) else {
            return false;
        };
        // An unsafe link is warned about when the card is read as text.
        let Ok(url) = check_url(&href, UrlKind::Link) else { return false };
        let headline =
            find_first(policy, node, |n, _| has_class(n, title)).map(|n| text_of(policy, &n)).unwrap_or_default();
        if headline.is_empty() {
            return false;
        }
        self.flush();
        let headline = self.cut(&headline, MAX_SHORT_TEXT, "a bookmark card's title");
        let summary = find_first(policy, node, |n, _| has_class(n, description)).map(|n| text_of(policy, &n));
        let summary =
            summary.filter(|s| !s.is_empty()).map(|s| self.cut(&s, MAX_LONG_TEXT, "a bookmark card's description"));
        let thumbnail = find_first(policy, node, |n, _| has_class(n, thumbnail)).and_then(|t| {
            if self.role_of(&t) == Some(Role::Image) {
                Some(t)
            } else {
                find_first(policy, &t, |_, tag| policy.role(tag) == Role::Image)
            }
        });
        let image = thumbnail.and_then(|img| match self.image_of(&img, &[]) {
            Ok(image) => Some(image),
            Err(warning) => {
                self.warn(warning);
                None
            }
        });
        let publisher: Vec<String> = publisher
            .iter()
            .filter_map(|class| find_first(policy, node, |n, _| has_class(n, class)))
            .map(|n| text_of(policy, &n))
            .filter(|text| !text.is_empty())
            .collect();
        let publisher = (!publisher.is_empty())
            .then(|| self.cut(&publisher.join(" · "), MAX_SHORT_TEXT, "a bookmark card's publisher"));
        self.push(Block::Story { story: StoryCard { image, summary, publisher, ..StoryCard::new(url, headline) } });
        // The card's caption, if it has one, stays as text.
        for child in node.children() {
            if self.role_of(&child) == Some(Role::Caption) {
                self.block_node(&child, depth + 1);
            }
        }
        self.flush();
        true
    }

    /// An image met as `tag`: an `img`, or a `picture` with its sources.
    fn read_image<N: HtmlNode>(&mut self, node: &N, tag: &str) -> Result<Image, String> {
        if self.policy.role(tag) != Role::Picture {
            return self.image_of(node, &[]);
        }
        let policy = self.policy;
        let children = node.children();
        let role = |n: &N| tag_of(n).map(|tag| policy.role(&tag));
        let Some(img) = children.iter().find(|c| role(c) == Some(Role::Image)) else {
            return Err("<picture> without an <img>; dropped".to_owned());
        };
        let sources: Vec<N> = children.iter().filter(|c| role(c) == Some(Role::Source)).cloned().collect();
        self.image_of(img, &sources)
    }

    /// An `<img>` as a model image, with the `srcset` of the first of
    /// `sources` (a picture's) that may lend it one when it has none; the
    /// warning when it has no usable source.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn image_of<N: HtmlNode>(&mut self, node: &N, sources: &[N]) -> Result<Image, String> {
        let given =
            |node: &N, names: &[&str]| names.iter().find_map(|name| node.attr(name).filter(|s| !s.trim().is_empty()));
        // A lazy-loading placeholder (no `src`, or a `data:` one) stands in
        // for the address a script would put there from a `data-` attribute.
        let src = given(node, &["src"]);
        let placeholder =
            src.as_deref().is_none_or(|src| src.trim_start().get(..5).is_some_and(|s| s.eq_ignore_ascii_case("data:")));
        let src = if placeholder { given(node, self.policy.lazy_src).or(src) } else { src };
        let srcset = if placeholder {
            given(node, self.policy.lazy_srcset).or_else(|| given(node, &["srcset"]))
        } else {
            given(node, &["srcset"]).or_else(|| given(node, self.policy.lazy_srcset))
        };
        let largest = srcset.as_deref().and_then(largest_srcset_candidate);
        let (width, height) = (dimension(node.attr("width")), dimension(node.attr("height")));
        if (width, height) == (Some(1), Some(1)) {
            return Err("<img width=\"1\" height=\"1\">: a tracking pixel, not a picture; dropped".to_owned());
        }
        let src = match (src, largest) {
            (Some(src), largest) => match check_url(&src, UrlKind::Image) {
                Ok(url) => url,
                // A placeholder `src` (lazy loading) over a real `srcset`.
                Err(why) => match largest.and_then(|l| check_url(&l, UrlKind::Image).ok()) {
                    Some(url) => url,
                    None => return Err(format!("<img src=\"{}\">: {why}; the image is dropped", shown(&src))),
                },
            },
            (None, Some(largest)) => match check_url(&largest, UrlKind::Image) {
                Ok(url) => url,
                Err(why) => return Err(format!("<img srcset=\"{}\">: {why}; the image is dropped", shown(&largest))),
            },
            (None, None) => return Err("<img> without a src, a srcset or a lazy-loading data-src; dropped".to_owned()),
        };
        let mut srcset = self.candidates(srcset.as_deref());
        let mut sizes = given(node, &["sizes"]);
        if srcset.is_empty() {
            let usable = |source: &&N| {
                source.attr("media").is_none()
                    && source.attr("type").is_none_or(|t| {
                        self.policy.picture_types.iter().any(|known| known.eq_ignore_ascii_case(t.trim()))
                    })
            };
            if let Some(source) = sources.iter().find(usable) {
                let source_srcset = given(source, &["srcset"]).or_else(|| given(source, self.policy.lazy_srcset));
                srcset = self.candidates(source_srcset.as_deref());
                sizes = given(source, &["sizes"]);
            }
        }
        let sizes = sizes
            .filter(|_| !srcset.is_empty())
            .map(|sizes| self.cut(&collapse(&sizes), MAX_SIZES, "an image's sizes"));
        let alt = collapse(&node.attr("alt").unwrap_or_default());
        let alt = self.cut(&alt, MAX_SHORT_TEXT, "an image's alt text");
        Ok(Image { src, alt, width, height, srcset, sizes, caption: None, credit: None })
    }

    /// The candidates of a `srcset` the model keeps: those with a width
    /// descriptor, narrowest first, one a width, each URL checked (an
    /// unusable one dropped with a warning), at most [`MAX_SRCSET`].
    fn candidates(&mut self, srcset: Option<&str>) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        let mut count = 0;
        for (url, descriptor) in srcset.map(srcset_candidates).unwrap_or_default() {
            let Descriptor::Width(width) = descriptor else { continue };
            if !PIXELS.contains(&width) || out.iter().any(|c| c.width == width) {
                continue;
            }
            match check_srcset_url(url) {
                Ok(url) => {
                    count += 1;
                    if out.len() < MAX_SRCSET {
                        out.push(Candidate { url, width });
                    }
                }
                Err(why) => self.warn(format!("<img srcset=\"{}\">: {why}; the candidate is dropped", shown(url))),
            }
        }
        if count > MAX_SRCSET {
            self.warn(format!("{count} srcset candidates, only the first {MAX_SRCSET} are kept"));
        }
        out.sort_by_key(|c| c.width);
        out
    }

    /// A gallery (`node`): each element holding one image is a picture,
    /// with its caption and link; the gallery's own caption is its
    /// `figcaption`. One picture is a figure. `false` when it holds no
    /// image: then it is read as any other element.
    #[inline(never)] // out of the recursive walk's stack frames (e2e/deep.test.mjs)
    fn gallery<N: HtmlNode>(&mut self, node: &N, depth: usize, item_caption: Option<&str>) -> bool {
        if image_count(self.policy, node) == 0 {
            return false;
        }
        self.flush();
        let mut caption = None;
        let mut items = Vec::new();
        for child in node.children() {
            if self.role_of(&child) == Some(Role::Caption) {
                caption = self.caption_of(&child, depth + 1);
            } else {
                self.gallery_part(&child, depth + 1, item_caption, &mut items);
            }
        }
        if items.len() > MAX_GALLERY {
            self.warn(format!("a gallery of {} pictures, only the first {MAX_GALLERY} are shown", items.len()));
            items.truncate(MAX_GALLERY);
        }
        match <[GalleryItem; 1]>::try_from(items) {
            Ok([GalleryItem { mut image, link }]) => {
                image.caption = image.caption.or(caption);
                self.push(Block::Figure { image, link });
            }
            Err(items) if items.is_empty() => {}
            Err(items) => self.push(Block::Gallery { items, caption }),
        }
        true
    }

    /// A part of a gallery: no picture, one (`node` holds one image), or
    /// several, looked for in its children.
    fn gallery_part<N: HtmlNode>(
        &mut self,
        node: &N,
        depth: usize,
        item_caption: Option<&str>,
        items: &mut Vec<GalleryItem>,
    ) {
        let Some(tag) = tag_of(node) else { return };
        if self.policy.drops(node, &tag) {
            return self.dropped(node, &tag);
        }
        let is_image = matches!(self.policy.role(&tag), Role::Image | Role::Picture);
        match image_count(self.policy, node) {
            0 if !is_image => {}
            count if count > 1 && depth < MAX_ELEMENT_DEPTH => {
                for child in node.children() {
                    self.gallery_part(&child, depth + 1, item_caption, items);
                }
            }
            _ => self.gallery_item(node, depth, item_caption, items),
        }
    }

    /// One picture of a gallery: the image in `node`, with the link around
    /// it and the caption beside it (a child of the innermost element that
    /// holds more than one thing). Other text in it is not shown.
    fn gallery_item<N: HtmlNode>(
        &mut self,
        node: &N,
        depth: usize,
        item_caption: Option<&str>,
        items: &mut Vec<GalleryItem>,
    ) {
        let policy = self.policy;
        let mut node = node.clone();
        let mut depth = depth;
        while depth < MAX_ELEMENT_DEPTH {
            let mut kids = node.children().into_iter().filter(|c| match c.kind() {
                Kind::Text(text) => !text.trim().is_empty(),
                Kind::Element(_) | Kind::Foreign => true,
                Kind::Other => false,
            });
            match (kids.next(), kids.next()) {
                (Some(only), None)
                    if !matches!(self.role_of(&only), None | Some(Role::Link | Role::Image | Role::Picture)) =>
                {
                    node = only;
                    depth += 1;
                }
                _ => break,
            }
        }
        let is_caption = |child: &N| {
            tag_of(child).is_some_and(|tag| policy.role(&tag) == Role::Caption)
                || item_caption.is_some_and(|class| has_class(child, class))
        };
        let children = node.children();
        let caption_node = children.iter().find(|c| is_caption(c));
        let outer = mem::take(&mut self.figures);
        let mut scratch = Inlines::default();
        if caption_node.is_some() {
            for child in children.iter().filter(|c| !is_caption(c)) {
                self.inline_node(&mut scratch, child, depth + 1);
            }
        } else {
            self.inline_node(&mut scratch, &node, depth);
        }
        let found = mem::replace(&mut self.figures, outer);
        let caption = match caption_node {
            Some(c) => self.caption_of(c, depth + 1),
            None => None,
        };
        for (mut image, link) in found {
            image.caption = image.caption.or_else(|| caption.clone());
            items.push(GalleryItem { image, link });
        }
    }

    // Inline context: inside a paragraph, heading, quote or list item.

    fn inlines<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        for child in node.children() {
            self.inline_node(out, &child, depth + 1);
        }
    }

    fn inline_node<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        if self.settles(node) {
            self.settle();
        }
        match node.kind() {
            Kind::Text(text) => out.text(&text),
            Kind::Element(tag) => self.inline_element(out, node, &tag, depth),
            Kind::Foreign | Kind::Other => {}
        }
    }

    fn inline_element<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, tag: &str, depth: usize) {
        if depth > MAX_ELEMENT_DEPTH {
            self.limit(Limit::ElementDepth);
            deep_text(self.policy, out, node, tag);
            return;
        }
        if self.policy.frames.contains(&tag) {
            if let Some(embed) = self.frame(node, tag) {
                self.after.push(Block::Embed { embed });
            }
            return;
        }
        if self.policy.media.contains(&tag) {
            if let Some(media) = self.media(node, tag) {
                self.after.push(media);
            }
            return;
        }
        if self.policy.fallback.contains(&tag) {
            let images = self.fallback(node);
            self.figures.extend(images.into_iter().map(|image| (image, None)));
            return;
        }
        if self.policy.drops(node, tag) {
            self.dropped(node, tag);
            return;
        }
        match self.policy.role(tag) {
            Role::Link => self.link(out, node, depth),
            Role::Format(formatting) => self.wrapped(out, Wrap::Format(formatting), node, depth),
            Role::Code => {
                let mut text = String::new();
                plain_text(self.policy, node, &mut text);
                out.code(&text);
            }
            Role::LineBreak => out.line_break(),
            Role::Image | Role::Picture => {
                if let Some(image) = self.met_image(node, tag) {
                    self.figures.push((image, None));
                }
            }
            Role::Source => {}
            Role::List { .. } => self.nested_list(out, node, depth),
            Role::Quoted { open, close } => {
                out.text(open);
                self.inlines(out, node, depth);
                out.text(close);
            }
            Role::Preformatted => {
                out.block_edge();
                let outer = mem::replace(&mut out.pre, true);
                self.inlines(out, node, depth);
                out.pre = outer;
                out.block_edge();
            }
            Role::Paragraph
            | Role::Heading(_)
            | Role::Quote
            | Role::Attribution
            | Role::ListItem
            | Role::Figure
            | Role::Caption
            | Role::Divider
            | Role::Table
            | Role::TableSection(_)
            | Role::TableRow
            | Role::TableCell { .. }
            | Role::Disclosure
            | Role::Summary
            | Role::Transparent => {
                if self.policy.is_block_level(tag) {
                    out.block_edge();
                    self.inlines(out, node, depth);
                    out.block_edge();
                } else {
                    self.inlines(out, node, depth);
                }
            }
        }
    }

    fn wrapped<N: HtmlNode>(&mut self, out: &mut Inlines, wrap: Wrap, node: &N, depth: usize) {
        let opened = out.open(wrap);
        self.inlines(out, node, depth);
        if opened {
            out.close();
        }
    }

    /// A link whose URL passes; otherwise its text alone. Links never nest.
    ///
    /// A link to a place in the page (`#…`: a footnote's number, a table
    /// of contents, "back to top") is its content alone, without a
    /// warning: the place is an id of the publisher's page, which the
    /// widget does not keep (its content is shown where it stands), and
    /// a fragment would not reach into the widget's shadow root anyway. A
    /// note's way back to its reference (`↩︎`) goes with its mark.
    fn link<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        match node.attr("href") {
            Some(raw) if is_fragment(&raw) => {
                if !self.policy.is_back_mark(&text_of(self.policy, node)) {
                    self.inlines(out, node, depth);
                }
            }
            Some(raw) if !out.in_link() => match check_url(&raw, UrlKind::Link) {
                Ok(href) => {
                    // A link around images and no text links the images.
                    let (figures, written) = (self.figures.len(), out.written);
                    self.wrapped(out, Wrap::Link(href.clone()), node, depth);
                    if out.written == written {
                        for (_, link) in self.figures.iter_mut().skip(figures) {
                            *link = Some(href.clone());
                        }
                    }
                }
                Err(why) => {
                    self.warn(format!("<a href=\"{}\">: {why}; the link is dropped, its text kept", shown(&raw)));
                    self.inlines(out, node, depth);
                }
            },
            _ => self.inlines(out, node, depth),
        }
    }

    /// A list inside a list item (or a quote) joined into the text: "Item:
    /// first; second", or one line an item inside a quote.
    fn nested_list<N: HtmlNode>(&mut self, out: &mut Inlines, node: &N, depth: usize) {
        let mut first = true;
        for child in node.children() {
            let is_item = matches!(child.kind(), Kind::Element(_));
            if !is_item {
                self.inline_node(out, &child, depth + 1);
                continue;
            }
            if out.breaks {
                out.block_edge();
            } else if first {
                match out.last {
                    None => {}
                    Some(':') => out.space(),
                    Some(_) => out.punctuation(": "),
                }
            } else {
                out.punctuation("; ");
            }
            let before = out.written;
            if depth < MAX_ELEMENT_DEPTH && self.role_of(&child) == Some(Role::ListItem) {
                self.inlines(out, &child, depth + 1);
            } else {
                self.inline_node(out, &child, depth + 1);
            }
            first &= out.written == before;
        }
        out.block_edge();
    }
}
