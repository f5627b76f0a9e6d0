//! The one internal model every input format is adapted into.
//!
//! Types and their invariants only: components render these types and never
//! see raw input; the format adapters ([`crate::formats`]) build them. A value
//! of these types has passed a reader: its URLs are safe ([`check_url`]), its
//! strings and lists are within [`limits`], and its dates are well formed
//! ([`DateTime`]).

mod date;
mod embed;
pub mod limits;
mod url;

use serde::Serialize;

pub use date::DateTime;
pub use embed::{page_of, Embed, Medium, Provider};
pub use url::{check_srcset_url, check_url, origin, resolve_url, UrlKind};

fn is_false(value: &bool) -> bool {
    !value
}

/// Whether `label` has no letter or digit: an emoji or other symbol alone
/// ("💡", "⚠️"), which a callout shows as decoration, hidden from screen
/// readers (its `role="note"` says what it is).
pub fn is_symbol(label: &str) -> bool {
    !label.chars().any(char::is_alphanumeric)
}

/// One news article, ready to render. Serialised (serde), it is the native
/// format exactly (`schema/article.schema.json`): what `article-widget convert`
/// prints, and what the native reader reads back into an equal article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// A stable identifier from the publisher, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The canonical address of the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publication the article belongs to, for "Trending on …".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<Site>,
    /// The section label above the headline ("Diplomacy").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub headline: String,
    /// The standfirst under the headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dek: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<DateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime>,
    /// A BCP 47 language tag; `None` renders without a `lang` attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hero: Option<Image>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Block>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<StoryCard>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trending: Vec<StoryCard>,
}

/// The publication an article comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Site {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An image with the facts a page needs to lay it out before it loads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Image {
    pub src: String,
    /// Empty for a decorative image.
    pub alt: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// The same picture at other widths, so a browser downloads the one
    /// its layout needs (`<img srcset>` with width descriptors), narrowest
    /// first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub srcset: Vec<Candidate>,
    /// How wide the image is laid out (`<img sizes>`), as the publisher's
    /// document says; without it the widget's own column decides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sizes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "runs_or_text")]
    pub caption: Option<Vec<Inline>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

/// One rendition of an image in its `srcset`: its address (checked as an
/// image URL, and without the spaces or edge commas a `srcset` cannot
/// hold: [`check_srcset_url`]) and its width in pixels ([`limits::PIXELS`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub url: String,
    pub width: u32,
}

/// One picture of a gallery: its image (with its own caption) and the
/// address it links to, if any.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GalleryItem {
    pub image: Image,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// A person (or desk) credited with the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Author {
    pub name: String,
    /// Job title or role ("Diplomatic correspondent").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// Address of a square portrait.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The author's profile page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub social: Vec<SocialLink>,
    /// Other stories by this author, for the "More from" card.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<StoryCard>,
}

/// A link to an author's profile elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SocialLink {
    /// What the link is, as a reader would say it ("Mastodon").
    pub label: String,
    pub url: String,
}

/// A teaser for another story: inline in the body, in the related grid, in
/// the trending list or under the author's bio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryCard {
    pub url: String,
    pub headline: String,
    /// A short label before the headline, often with an emoji ("💣 Analysis").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Who published the story, when it is on another site (a bookmark
    /// card's site and author: "Harbour Desk · Lena Marsh").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        content: Vec<Inline>,
    },
    /// A section subheading; `level` is 2 or 3, under the widget's own
    /// `<h1>`. Its text (links and emphasis kept) is not blank and at most
    /// [`limits::MAX_SHORT_TEXT`] characters.
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    /// Quoted speech, one or more paragraphs (at most
    /// [`limits::MAX_INLINES`]); `pull` marks a pull quote set apart from
    /// the text.
    Quote {
        paragraphs: Vec<Vec<Inline>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        attribution: Option<String>,
        #[serde(skip_serializing_if = "is_false")]
        pull: bool,
    },
    /// A list; an item may hold a list of its own, at most
    /// [`limits::MAX_LIST_DEPTH`] lists deep.
    List {
        #[serde(skip_serializing_if = "is_false")]
        ordered: bool,
        items: Vec<ListItem>,
    },
    /// An image; `link` is the address the image links to (a larger
    /// version, or another page).
    Figure {
        image: Image,
        #[serde(skip_serializing_if = "Option::is_none")]
        link: Option<String>,
    },
    /// Pictures shown together as a grid, each with its caption and link,
    /// under the gallery's own caption.
    Gallery {
        items: Vec<GalleryItem>,
        #[serde(skip_serializing_if = "Option::is_none", serialize_with = "runs_or_text")]
        caption: Option<Vec<Inline>>,
    },
    /// An inline related-story card set between paragraphs.
    Story {
        story: StoryCard,
    },
    /// A reserved advertisement box; `slot` is its `<slot>` name (`ad-1`, …).
    Ad {
        /// Numbered in document order by every reader, so never written.
        #[serde(skip)]
        slot: String,
        size: AdSize,
    },
    /// A thematic break between parts of the text (`<hr>`).
    Divider,
    /// Program code or other preformatted text whose lines and spaces are
    /// its meaning: shown as written, scrolling sideways rather than wrapping.
    Code {
        text: String,
        /// What it is written in, as its source names it (`rust`, `json`).
        #[serde(skip_serializing_if = "Option::is_none")]
        language: Option<String>,
    },
    /// A table of data (`<table>`): rows of cells under rows of column
    /// headings, each row at most [`limits::MAX_TABLE_COLUMNS`] cells, the
    /// table at most [`limits::MAX_TABLE_ROWS`] rows.
    Table {
        /// What the table shows, as its `<caption>` says.
        #[serde(skip_serializing_if = "Option::is_none")]
        caption: Option<String>,
        /// Rows of column headings (`<thead>`).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        head: Vec<Vec<Cell>>,
        /// The rows of data (`<tbody>`).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        rows: Vec<Vec<Cell>>,
    },
    /// Content from another site: a video or audio player shown only when
    /// the reader asks for it, a social post quoted, or a link.
    Embed {
        embed: Embed,
    },
    /// A video file the page plays itself (`<video controls>`), loaded only
    /// when the reader plays it.
    Video {
        video: Media,
    },
    /// An audio file the page plays itself (`<audio controls>`), loaded only
    /// when the reader plays it.
    Audio {
        audio: Media,
    },
    /// One update of a live blog: the blocks after it, up to the next
    /// update or the end of the body, are its text (the live blog's own
    /// text comes before the first). Shown in body order, which the readers
    /// make newest first; at most [`limits::MAX_UPDATES`] in one article.
    Update {
        /// When the update was posted, shown with its time of day.
        #[serde(skip_serializing_if = "Option::is_none")]
        published: Option<DateTime>,
        #[serde(skip_serializing_if = "Option::is_none")]
        headline: Option<String>,
        /// The update's own address (its permalink), linked from its time.
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
    },
    /// A disclosure (`<details>`): a summary the reader opens to show its
    /// paragraphs (at most [`limits::MAX_INLINES`]); closed at first unless
    /// `open`, as its source had it.
    Details {
        summary: String,
        paragraphs: Vec<Vec<Inline>>,
        #[serde(skip_serializing_if = "is_false")]
        open: bool,
    },
    /// A note set apart from the text (a CMS's callout, a Markdown alert):
    /// its paragraphs (at most [`limits::MAX_INLINES`]) under its label, an
    /// emoji or a title ("💡", "Note", "Warning").
    Callout {
        #[serde(skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        paragraphs: Vec<Vec<Inline>>,
    },
}

/// A video or audio file of a [`Block::Video`] or [`Block::Audio`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Media {
    /// The file.
    pub src: String,
    /// Its MIME type (`video/mp4`), schema.org's `encodingFormat`: lets a
    /// browser skip a file it cannot play.
    #[serde(rename = "encodingFormat", skip_serializing_if = "Option::is_none")]
    pub encoding_format: Option<String>,
    /// What it is ("The morning briefing"), shown with it and naming the player.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A video's still image, shown before it plays.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poster: Option<String>,
    /// A video's size in CSS pixels, for its box before it loads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "runs_or_text")]
    pub caption: Option<Vec<Inline>>,
    /// Text tracks: captions, subtitles, descriptions, chapters (WebVTT),
    /// at most [`limits::MAX_TRACKS`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
}

impl Media {
    /// A media file with nothing else known.
    pub fn new(src: impl Into<String>) -> Media {
        Media {
            src: src.into(),
            encoding_format: None,
            title: None,
            poster: None,
            width: None,
            height: None,
            caption: None,
            tracks: Vec::new(),
        }
    }
}

/// A text track of a [`Media`] (`<track>`), a WebVTT file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Track {
    pub src: String,
    pub kind: TrackKind,
    /// The track's language, a BCP 47 tag; needed for subtitles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub srclang: Option<String>,
    /// The track's name in the player's menu ("English").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// What a [`Track`] holds, as `<track kind>` names it
/// (<https://html.spec.whatwg.org/multipage/media.html#attr-track-kind>).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TrackKind {
    Subtitles,
    Captions,
    Descriptions,
    Chapters,
}

impl TrackKind {
    /// Every kind, the default first.
    pub const ALL: [TrackKind; 4] =
        [TrackKind::Subtitles, TrackKind::Captions, TrackKind::Descriptions, TrackKind::Chapters];

    /// The kind's name, as `<track kind>` and the native format write it.
    pub const fn as_str(self) -> &'static str {
        match self {
            TrackKind::Subtitles => "subtitles",
            TrackKind::Captions => "captions",
            TrackKind::Descriptions => "descriptions",
            TrackKind::Chapters => "chapters",
        }
    }

    /// The kind named `name` (ASCII case-insensitive), if it is one.
    pub fn parse(name: &str) -> Option<TrackKind> {
        TrackKind::ALL.into_iter().find(|kind| kind.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

/// One item of a [`Block::List`]: its text, and maybe a list under it.
/// Written as its runs alone when it holds no list, as the native format
/// has always written an item.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub content: Vec<Inline>,
    pub list: Option<SubList>,
}

impl ListItem {
    /// An item of `content` and no list.
    pub fn new(content: Vec<Inline>) -> ListItem {
        ListItem { content, list: None }
    }

    /// The item's text and its list's, each item a line.
    pub fn plain_text(&self, out: &mut String) {
        self.content.iter().for_each(|inline| inline.plain_text(out));
        for item in self.list.iter().flat_map(|list| &list.items) {
            out.push('\n');
            item.plain_text(out);
        }
    }

    fn visit_urls(&mut self, f: &mut dyn FnMut(&mut String, UrlKind)) {
        self.content.iter_mut().for_each(|inline| inline.visit_urls(f));
        for item in self.list.iter_mut().flat_map(|list| &mut list.items) {
            item.visit_urls(f);
        }
    }
}

impl Serialize for ListItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.list {
            None => self.content.serialize(serializer),
            Some(list) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("content", &self.content)?;
                map.serialize_entry("list", list)?;
                map.end()
            }
        }
    }
}

/// The list inside a [`ListItem`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubList {
    #[serde(skip_serializing_if = "is_false")]
    pub ordered: bool,
    pub items: Vec<ListItem>,
}

/// One cell of a [`Block::Table`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub content: Vec<Inline>,
    /// A heading for the rest of its row (`<th scope="row">`), in a body
    /// row; every cell of a head row is a column heading.
    #[serde(skip_serializing_if = "is_false")]
    pub header: bool,
    /// Columns the cell spans, 1 to [`limits::MAX_TABLE_SPAN`].
    #[serde(skip_serializing_if = "is_one")]
    pub colspan: u16,
    /// Rows the cell spans, 1 to [`limits::MAX_TABLE_SPAN`].
    #[serde(skip_serializing_if = "is_one")]
    pub rowspan: u16,
}

impl Cell {
    /// A cell of one column and one row holding `content`.
    pub fn new(content: Vec<Inline>) -> Cell {
        Cell { content, header: false, colspan: 1, rowspan: 1 }
    }
}

fn is_one(value: &u16) -> bool {
    *value == 1
}

/// The box an ad slot reserves, so the page does not shift when it fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdSize {
    /// 300×250, the default.
    Rectangle,
    /// 320×50 on phones, 728×90 on wide containers.
    Banner,
}

impl AdSize {
    /// Every size, the default first.
    pub const ALL: [AdSize; 2] = [AdSize::Rectangle, AdSize::Banner];

    /// The size's name in the native format, `data-size` and the
    /// `article-widget:ad-slot` event.
    pub const fn as_str(self) -> &'static str {
        match self {
            AdSize::Rectangle => "rectangle",
            AdSize::Banner => "banner",
        }
    }

    /// The size named exactly `name`.
    pub fn parse(name: &str) -> Option<AdSize> {
        AdSize::ALL.into_iter().find(|size| size.as_str() == name)
    }
}

/// Text with inline formatting inside a block.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    #[serde(rename = "em")]
    Emphasis {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    Code {
        text: String,
    },
    #[serde(rename = "sup")]
    Superscript {
        content: Vec<Inline>,
    },
    #[serde(rename = "sub")]
    Subscript {
        content: Vec<Inline>,
    },
    Link {
        href: String,
        content: Vec<Inline>,
    },
    #[serde(rename = "br")]
    LineBreak,
}

impl Inline {
    /// The plain text of this run, as a screen reader would read it.
    pub fn plain_text(&self, out: &mut String) {
        match self {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Superscript { content }
            | Inline::Subscript { content }
            | Inline::Link { content, .. } => content.iter().for_each(|inline| inline.plain_text(out)),
            Inline::LineBreak => out.push(' '),
        }
    }
}

impl Article {
    /// The body's text, a block a line, as a screen reader would read it.
    pub fn body_text(&self) -> String {
        let mut text = String::new();
        for block in &self.body {
            match block {
                Block::Paragraph { content } => content.iter().for_each(|inline| inline.plain_text(&mut text)),
                Block::Quote { paragraphs, .. } => {
                    for paragraph in paragraphs {
                        paragraph.iter().for_each(|inline| inline.plain_text(&mut text));
                        text.push('\n');
                    }
                    text.pop();
                }
                Block::Heading { content, .. } => content.iter().for_each(|inline| inline.plain_text(&mut text)),
                Block::Code { text: code, .. } => text.push_str(code),
                Block::Update { headline, .. } => text.push_str(headline.as_deref().unwrap_or_default()),
                Block::Details { summary, paragraphs, .. } => {
                    text.push_str(summary);
                    for paragraph in paragraphs {
                        text.push('\n');
                        paragraph.iter().for_each(|inline| inline.plain_text(&mut text));
                    }
                }
                Block::Callout { label, paragraphs } => {
                    // A lone emoji is decoration, not read.
                    if let Some(label) = label.as_deref().filter(|label| !is_symbol(label)) {
                        text.push_str(label);
                        text.push('\n');
                    }
                    for paragraph in paragraphs {
                        paragraph.iter().for_each(|inline| inline.plain_text(&mut text));
                        text.push('\n');
                    }
                    text.pop();
                }
                Block::List { items, .. } => {
                    for item in items {
                        item.plain_text(&mut text);
                        text.push('\n');
                    }
                    text.pop();
                }
                Block::Table { caption, head, rows } => {
                    if let Some(caption) = caption {
                        text.push_str(caption);
                        text.push('\n');
                    }
                    for row in head.iter().chain(rows) {
                        for (i, cell) in row.iter().enumerate() {
                            if i > 0 {
                                text.push(' ');
                            }
                            cell.content.iter().for_each(|inline| inline.plain_text(&mut text));
                        }
                        text.push('\n');
                    }
                    text.pop();
                }
                Block::Video { video: media } | Block::Audio { audio: media } => {
                    text.push_str(media.title.as_deref().unwrap_or_default())
                }
                Block::Embed { embed } => {
                    for part in [&embed.title, &embed.text].into_iter().flatten() {
                        text.push_str(part);
                        text.push(' ');
                    }
                    text.pop();
                }
                Block::Figure { .. }
                | Block::Gallery { .. }
                | Block::Story { .. }
                | Block::Ad { .. }
                | Block::Divider => {}
            }
            text.push('\n');
        }
        text
    }

    /// Words in the body, counted by whitespace.
    pub fn word_count(&self) -> u32 {
        self.body_text().split_whitespace().count() as u32
    }

    /// Minutes a reader needs for the body at 230 words a minute, at least 1.
    pub fn reading_minutes(&self) -> u32 {
        minutes_to_read(self.word_count())
    }

    /// The reading time the byline shows: [`Article::reading_minutes`], or
    /// none for a body without words to read.
    pub fn reading_time(&self) -> Option<u32> {
        let words = self.word_count();
        (words > 0).then(|| minutes_to_read(words))
    }
}

/// Minutes for `words` at 230 words a minute, at least 1.
fn minutes_to_read(words: u32) -> u32 {
    words.div_ceil(230).max(1)
}

impl Article {
    /// An article with its headline and nothing else: what every reader
    /// starts from, naming only the fields its format has
    /// (`Article { dek, ..Article::new(headline) }`), so a new field touches
    /// only the readers of formats that have it.
    pub fn new(headline: impl Into<String>) -> Article {
        Article {
            id: None,
            url: None,
            site: None,
            section: None,
            headline: headline.into(),
            dek: None,
            published: None,
            updated: None,
            language: None,
            hero: None,
            authors: Vec::new(),
            body: Vec::new(),
            related: Vec::new(),
            trending: Vec::new(),
        }
    }
}

impl Image {
    /// An image at `src` described by `alt` (empty for a decorative one),
    /// without size, caption or credit.
    pub fn new(src: String, alt: String) -> Image {
        Image { src, alt, width: None, height: None, srcset: Vec::new(), sizes: None, caption: None, credit: None }
    }
}

impl Author {
    /// A person credited by name alone.
    pub fn new(name: String) -> Author {
        Author { name, role: None, bio: None, avatar: None, url: None, social: Vec::new(), stories: Vec::new() }
    }
}

impl StoryCard {
    /// A story link with its headline alone.
    pub fn new(url: String, headline: String) -> StoryCard {
        StoryCard { url, headline, kicker: None, image: None, date: None, summary: None, publisher: None }
    }
}

impl Image {
    fn urls_mut(&mut self) -> impl Iterator<Item = (&mut String, UrlKind)> {
        std::iter::once(&mut self.src)
            .chain(self.srcset.iter_mut().map(|candidate| &mut candidate.url))
            .map(|url| (url, UrlKind::Image))
    }

    /// Calls `f` with the image's URLs and its caption's links.
    fn visit_urls(&mut self, f: &mut dyn FnMut(&mut String, UrlKind)) {
        visit_caption(&mut self.caption, f);
        self.urls_mut().for_each(|(u, k)| f(u, k));
    }
}

fn visit_caption(caption: &mut Option<Vec<Inline>>, f: &mut dyn FnMut(&mut String, UrlKind)) {
    caption.iter_mut().flatten().for_each(|inline| inline.visit_urls(f));
}

/// The plain text of formatted runs, as a screen reader reads them.
pub fn plain_text(content: &[Inline]) -> String {
    let mut out = String::new();
    content.iter().for_each(|inline| inline.plain_text(&mut out));
    out
}

/// Writes a caption as a plain string when it is one run of plain text
/// (most captions), else as its runs.
pub(crate) fn runs_or_text<S: serde::Serializer>(
    caption: &Option<Vec<Inline>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match caption.as_deref() {
        Some([Inline::Text { text }]) => serializer.serialize_str(text),
        _ => caption.serialize(serializer),
    }
}

impl StoryCard {
    fn urls_mut(&mut self) -> impl Iterator<Item = (&mut String, UrlKind)> {
        std::iter::once((&mut self.url, UrlKind::Link)).chain(self.image.iter_mut().flat_map(Image::urls_mut))
    }
}

impl Inline {
    fn visit_urls(&mut self, f: &mut dyn FnMut(&mut String, UrlKind)) {
        match self {
            Inline::Link { href, content } => {
                f(href, UrlKind::Link);
                content.iter_mut().for_each(|inline| inline.visit_urls(f));
            }
            Inline::Emphasis { content }
            | Inline::Strong { content }
            | Inline::Superscript { content }
            | Inline::Subscript { content } => content.iter_mut().for_each(|inline| inline.visit_urls(f)),
            Inline::Text { .. } | Inline::Code { .. } | Inline::LineBreak => {}
        }
    }
}

/// Resolves one URL of the article against `base`: fragments (`#fn-1`, a
/// place in the article itself) stay as they are, and so does a URL whose
/// resolved form would no longer pass [`check_url`].
fn resolve_one(base: &str) -> impl FnMut(&mut String, UrlKind) + '_ {
    move |url, kind| {
        if url.starts_with('#') {
            return;
        }
        if let Ok(resolved) = check_url(&resolve_url(base, url), kind) {
            *url = resolved;
        }
    }
}

impl Article {
    /// Makes the article's relative URLs absolute against `base`, the URL of
    /// the document it was read from, so `img/a.jpg` in
    /// `https://cdn.example/a.json` loads from the CDN, not from the page.
    /// A resolved URL that would no longer pass [`check_url`] stays as it was.
    /// (The adapters have already resolved an entry's HTML body against the
    /// page it was published on, [`Block::resolve_urls`], where it has one.)
    pub fn resolve_urls(&mut self, base: &str) {
        self.visit_urls(&mut resolve_one(base));
    }

    /// Calls `f` with every URL in the article and how it is used: the one
    /// place that knows where URLs live, for resolving relative ones.
    pub fn visit_urls(&mut self, f: &mut dyn FnMut(&mut String, UrlKind)) {
        let Article { url, site, hero, authors, body, related, trending, .. } = self;
        url.iter_mut().for_each(|u| f(u, UrlKind::Link));
        site.iter_mut().flat_map(|s| s.url.iter_mut()).for_each(|u| f(u, UrlKind::Link));
        hero.iter_mut().for_each(|image| image.visit_urls(f));
        for author in authors {
            author.avatar.iter_mut().for_each(|u| f(u, UrlKind::Image));
            author.url.iter_mut().for_each(|u| f(u, UrlKind::Link));
            author.social.iter_mut().for_each(|s| f(&mut s.url, UrlKind::Link));
            author.stories.iter_mut().flat_map(StoryCard::urls_mut).for_each(|(u, k)| f(u, k));
        }
        body.iter_mut().for_each(|block| block.visit_urls(f));
        related.iter_mut().chain(trending.iter_mut()).flat_map(StoryCard::urls_mut).for_each(|(u, k)| f(u, k));
    }
}

impl Block {
    /// Makes the block's relative URLs absolute against `base`, as
    /// [`Article::resolve_urls`] does; `base` may itself be relative
    /// ([`resolve_url`]), and what stays relative resolves later against
    /// the document.
    pub fn resolve_urls(&mut self, base: &str) {
        self.visit_urls(&mut resolve_one(base));
    }

    /// Calls `f` with every URL in the block and how it is used.
    pub fn visit_urls(&mut self, f: &mut dyn FnMut(&mut String, UrlKind)) {
        match self {
            Block::Paragraph { content } => content.iter_mut().for_each(|i| i.visit_urls(f)),
            Block::Quote { paragraphs, .. } | Block::Details { paragraphs, .. } | Block::Callout { paragraphs, .. } => {
                paragraphs.iter_mut().flatten().for_each(|i| i.visit_urls(f))
            }
            Block::List { items, .. } => items.iter_mut().for_each(|item| item.visit_urls(f)),
            Block::Table { head, rows, .. } => head
                .iter_mut()
                .chain(rows.iter_mut())
                .flatten()
                .flat_map(|cell| cell.content.iter_mut())
                .for_each(|i| i.visit_urls(f)),
            Block::Figure { image, link } => {
                image.visit_urls(f);
                link.iter_mut().for_each(|u| f(u, UrlKind::Link));
            }
            Block::Gallery { items, caption } => {
                visit_caption(caption, f);
                for GalleryItem { image, link } in items {
                    image.visit_urls(f);
                    link.iter_mut().for_each(|u| f(u, UrlKind::Link));
                }
            }
            Block::Embed { embed } => {
                visit_caption(&mut embed.caption, f);
                f(&mut embed.url, UrlKind::Link)
            }
            Block::Video { video: media } | Block::Audio { audio: media } => {
                visit_caption(&mut media.caption, f);
                f(&mut media.src, UrlKind::Image);
                media.poster.iter_mut().for_each(|u| f(u, UrlKind::Image));
                media.tracks.iter_mut().for_each(|t| f(&mut t.src, UrlKind::Image));
            }
            Block::Story { story } => story.urls_mut().for_each(|(u, k)| f(u, k)),
            Block::Update { url, .. } => url.iter_mut().for_each(|u| f(u, UrlKind::Link)),
            Block::Heading { content, .. } => content.iter_mut().for_each(|i| i.visit_urls(f)),
            Block::Code { .. } | Block::Ad { .. } | Block::Divider => {}
        }
    }
}
