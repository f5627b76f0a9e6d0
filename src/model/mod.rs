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
    /// A stable identifier from the publisher (native `id`; JSON Feed's
    /// item `id`, WordPress's and Ghost's post `id`), if any. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The canonical address of the article, a checked link URL (native
    /// `url`; schema.org `mainEntityOfPage` or `url`, JSON Feed `url`,
    /// WordPress `link`, Ghost `url`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publication the article belongs to, for "Trending on …" (native
    /// `site`; schema.org `publisher`, the JSON Feed's `title` and
    /// `home_page_url`). Default `None`: WordPress and Ghost posts do not
    /// name their site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<Site>,
    /// The section label above the headline ("Diplomacy"), at most
    /// [`limits::MAX_SHORT_TEXT`] characters (native `section`; schema.org
    /// `articleSection`, a JSON Feed's first tag, WordPress's first
    /// category, Ghost's primary tag). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The headline, the article's `<h1>`: the one required field, never
    /// blank, at most [`limits::MAX_SHORT_TEXT`] characters (native
    /// `headline`; schema.org `headline` or `name`, JSON Feed `title`,
    /// WordPress `title.rendered`, Ghost `title`).
    pub headline: String,
    /// The standfirst under the headline, at most [`limits::MAX_LONG_TEXT`]
    /// characters (native `dek`; schema.org `alternativeHeadline` or
    /// `description`, JSON Feed `summary`, WordPress `excerpt.rendered`,
    /// Ghost `custom_excerpt`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dek: Option<String>,
    /// When the article was first published, shown in the byline (native
    /// `published`; schema.org `datePublished`, JSON Feed `date_published`,
    /// WordPress `date_gmt`, Ghost `published_at`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<DateTime>,
    /// When the article was last changed, shown as "Updated …" when it is
    /// not the day it was published (native `updated`; schema.org
    /// `dateModified`, JSON Feed `date_modified`, WordPress `modified_gmt`,
    /// Ghost `updated_at`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime>,
    /// A well-formed BCP 47 language tag (`es`, `ar-EG`), which picks the
    /// widget's strings and sets `lang` (and `dir="rtl"` for a
    /// right-to-left script) on the article (native `language`; schema.org
    /// `inLanguage`, JSON Feed `language`). Default `None`: rendered without
    /// a `lang` attribute, in the strings of the element's or the page's
    /// language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The picture above the body (native `hero`; schema.org `image`, JSON
    /// Feed `image` or `banner_image`, WordPress's featured media, Ghost's
    /// `feature_image`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hero: Option<Image>,
    /// Who wrote it, in byline order, at most [`limits::MAX_AUTHORS`]; each
    /// gets a bio card the byline links to (native `authors`; schema.org
    /// `author`, JSON Feed `authors`/`author`, WordPress's embedded
    /// `author`, Ghost's `authors`). Default empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,
    /// The body's blocks in reading order, at most [`limits::MAX_BLOCKS`]
    /// (native `body`; schema.org `articleBody` as paragraphs, or the HTML
    /// of JSON Feed `content_html`, WordPress `content.rendered` and Ghost
    /// `html`). Default empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Block>,
    /// The related-stories grid after the body, at most
    /// [`limits::MAX_RELATED`] (native `related`; schema.org `relatedLink`
    /// and `significantLink`, a feed's or a post list's other entries,
    /// Jetpack's related posts). Default empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<StoryCard>,
    /// The "Trending on …" list, at most [`limits::MAX_TRENDING`] (native
    /// `trending` only: no other format carries one). Default empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trending: Vec<StoryCard>,
}

/// The publication an article comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Site {
    /// Its name as readers know it ("The Meridian Ledger"), not blank, at
    /// most [`limits::MAX_SHORT_TEXT`] characters (native `site.name`;
    /// schema.org `publisher.name`, a JSON Feed's `title`).
    pub name: String,
    /// Its home page, a checked link URL (native `site.url`; schema.org
    /// `publisher.url`, JSON Feed `home_page_url`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An image with the facts a page needs to lay it out before it loads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Image {
    /// The picture's address, a checked image URL (`http`, `https` or
    /// relative; native `src`, schema.org `ImageObject.url`, WordPress
    /// `source_url`, `<img src>` in HTML bodies).
    pub src: String,
    /// The text that stands for the picture (`<img alt>`); empty, the
    /// default, for a decorative image.
    pub alt: String,
    /// Its intrinsic width in CSS pixels, within [`limits::PIXELS`], which
    /// with `height` reserves its box before it loads. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// Its intrinsic height in CSS pixels, within [`limits::PIXELS`].
    /// Default `None`.
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
    /// The caption under it (`<figcaption>`), its links and emphasis kept;
    /// written as a plain string when it is one run of text. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "runs_or_text")]
    pub caption: Option<Vec<Inline>>,
    /// Who made the picture ("Illustration: The Meridian Ledger"), shown
    /// after the caption. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

/// One rendition of an image in its `srcset`: its address (checked as an
/// image URL, and without the spaces or edge commas a `srcset` cannot
/// hold: [`check_srcset_url`]) and its width in pixels ([`limits::PIXELS`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// This rendition's address.
    pub url: String,
    /// Its width in pixels, written as the `w` descriptor (`600w`).
    pub width: u32,
}

/// One picture of a gallery: its image (with its own caption) and the
/// address it links to, if any.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GalleryItem {
    /// The picture, with its own caption.
    pub image: Image,
    /// The address the picture links to (a larger version, or another
    /// page), a checked link URL. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// A person (or desk) credited with the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Author {
    /// Their name as the byline shows it, not blank, at most
    /// [`limits::MAX_SHORT_TEXT`] characters (native `name`; schema.org
    /// `Person.name`, WordPress's and Ghost's author `name`).
    pub name: String,
    /// Job title or role ("Diplomatic correspondent"; schema.org
    /// `jobTitle`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// A few sentences about them for the bio card, at most
    /// [`limits::MAX_LONG_TEXT`] characters (schema.org `description`,
    /// WordPress `description`, Ghost `bio`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// Address of a square portrait, a checked image URL (schema.org
    /// `image`, WordPress's largest `avatar_urls`, Ghost `profile_image`).
    /// Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The author's profile page, a checked link URL (schema.org `url`,
    /// WordPress `link`, Ghost `website`). Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Their profiles elsewhere, at most [`limits::MAX_SOCIAL`] (schema.org
    /// `sameAs`, Ghost `twitter` and `facebook`). Default empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub social: Vec<SocialLink>,
    /// Other stories by this author, for the "More from" card, at most
    /// [`limits::MAX_AUTHOR_STORIES`] (native format only). Default empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<StoryCard>,
}

/// A link to an author's profile elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SocialLink {
    /// What the link is, as a reader would say it ("Mastodon").
    pub label: String,
    /// The profile's address, a checked link URL.
    pub url: String,
}

/// A teaser for another story: inline in the body, in the related grid, in
/// the trending list or under the author's bio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryCard {
    /// The story's address, a checked link URL (required).
    pub url: String,
    /// Its headline, the card's link text, not blank, at most
    /// [`limits::MAX_SHORT_TEXT`] characters (required).
    pub headline: String,
    /// A short label before the headline, often with an emoji ("💣 Analysis").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// A thumbnail, shown on related-story cards. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// When the story was published. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateTime>,
    /// A sentence or two about it, at most [`limits::MAX_LONG_TEXT`]
    /// characters. Default `None`.
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
    /// A paragraph of text (`<p>`).
    Paragraph {
        /// Its runs, at most [`limits::MAX_INLINES`].
        content: Vec<Inline>,
    },
    /// A section subheading; `level` is 2 or 3, under the widget's own
    /// `<h1>`. Its text (links and emphasis kept) is not blank and at most
    /// [`limits::MAX_SHORT_TEXT`] characters.
    Heading {
        /// 2 (`<h2>`) or 3 (`<h3>`); deeper headings of an HTML body are 3.
        level: u8,
        /// Its runs.
        content: Vec<Inline>,
    },
    /// Quoted speech, one or more paragraphs (at most
    /// [`limits::MAX_INLINES`]); `pull` marks a pull quote set apart from
    /// the text.
    Quote {
        /// Its paragraphs, each a list of runs.
        paragraphs: Vec<Vec<Inline>>,
        /// Who said it ("A spokesperson"), shown after it (`<cite>` in
        /// HTML bodies). Default `None`.
        #[serde(skip_serializing_if = "Option::is_none")]
        attribution: Option<String>,
        /// A pull quote rather than quoted speech. Default `false`.
        #[serde(skip_serializing_if = "is_false")]
        pull: bool,
    },
    /// A list; an item may hold a list of its own, at most
    /// [`limits::MAX_LIST_DEPTH`] lists deep.
    List {
        /// Numbered (`<ol>`) rather than bulleted (`<ul>`). Default `false`.
        #[serde(skip_serializing_if = "is_false")]
        ordered: bool,
        /// Its items, at most [`limits::MAX_INLINES`].
        items: Vec<ListItem>,
    },
    /// An image; `link` is the address the image links to (a larger
    /// version, or another page).
    Figure {
        /// The picture, with its caption and credit.
        image: Image,
        /// A checked link URL. Default `None`.
        #[serde(skip_serializing_if = "Option::is_none")]
        link: Option<String>,
    },
    /// Pictures shown together as a grid, each with its caption and link,
    /// under the gallery's own caption.
    Gallery {
        /// Its pictures, at most [`limits::MAX_GALLERY`].
        items: Vec<GalleryItem>,
        /// The caption under the whole grid. Default `None`.
        #[serde(skip_serializing_if = "Option::is_none", serialize_with = "runs_or_text")]
        caption: Option<Vec<Inline>>,
    },
    /// An inline related-story card set between paragraphs.
    Story {
        /// The story it links to.
        story: StoryCard,
    },
    /// A reserved advertisement box; `slot` is its `<slot>` name (`ad-1`, …).
    Ad {
        /// Numbered in document order by every reader, so never written.
        #[serde(skip)]
        slot: String,
        /// The box it reserves. Default [`AdSize::Rectangle`].
        size: AdSize,
    },
    /// A thematic break between parts of the text (`<hr>`).
    Divider,
    /// Program code or other preformatted text whose lines and spaces are
    /// its meaning: shown as written, scrolling sideways rather than wrapping.
    Code {
        /// The code exactly as written: lines, indentation and spaces kept.
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
        /// What is embedded, and where from.
        embed: Embed,
    },
    /// A video file the page plays itself (`<video controls>`), loaded only
    /// when the reader plays it.
    Video {
        /// The file and what is known about it.
        video: Media,
    },
    /// An audio file the page plays itself (`<audio controls>`), loaded only
    /// when the reader plays it.
    Audio {
        /// The file and what is known about it.
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
        /// The update's headline, at most [`limits::MAX_SHORT_TEXT`]
        /// characters. Default `None`.
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
        /// What the reader clicks (`<summary>`), plain text, not blank.
        summary: String,
        /// What opening it shows, each a list of runs.
        paragraphs: Vec<Vec<Inline>>,
        /// Open at first. Default `false`.
        #[serde(skip_serializing_if = "is_false")]
        open: bool,
    },
    /// A note set apart from the text (a CMS's callout, a Markdown alert):
    /// its paragraphs (at most [`limits::MAX_INLINES`]) under its label, an
    /// emoji or a title ("💡", "Note", "Warning").
    Callout {
        /// Its emoji or title ("💡", "Note"); a symbol alone ([`is_symbol`])
        /// is hidden from screen readers. Default `None`.
        #[serde(skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        /// Its text, each a list of runs.
        paragraphs: Vec<Vec<Inline>>,
    },
}

/// A video or audio file of a [`Block::Video`] or [`Block::Audio`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Media {
    /// The file, a checked URL (`http`, `https` or relative).
    pub src: String,
    /// Its MIME type (`video/mp4`), schema.org's `encodingFormat`: lets a
    /// browser skip a file it cannot play.
    #[serde(rename = "encodingFormat", skip_serializing_if = "Option::is_none")]
    pub encoding_format: Option<String>,
    /// What it is ("The morning briefing"), shown with it and naming the player.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A video's still image, shown before it plays, a checked image URL.
    /// Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poster: Option<String>,
    /// A video's width in CSS pixels, within [`limits::PIXELS`], for its
    /// box before it loads. Default `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// A video's height in CSS pixels, within [`limits::PIXELS`]. Default
    /// `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// The caption under the player, its links and emphasis kept. Default
    /// `None`.
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
    /// The WebVTT file, a checked URL.
    pub src: String,
    /// What it holds. Default [`TrackKind::Subtitles`], as in HTML.
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
    /// A translation of the dialogue (the default).
    Subtitles,
    /// The dialogue and sounds transcribed, for readers who cannot hear them.
    Captions,
    /// What the video shows, in words, for readers who cannot see it.
    Descriptions,
    /// Chapter titles, for moving through the media.
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
    /// The item's own runs.
    pub content: Vec<Inline>,
    /// A list under the item, at most [`limits::MAX_LIST_DEPTH`] lists deep
    /// in all. Default `None`.
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
    /// Numbered rather than bulleted. Default `false`.
    #[serde(skip_serializing_if = "is_false")]
    pub ordered: bool,
    /// Its items.
    pub items: Vec<ListItem>,
}

/// One cell of a [`Block::Table`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// The cell's runs; empty for an empty cell.
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
    /// Plain text, shown as text (never parsed as markup).
    Text {
        /// The text, at most [`limits::MAX_LONG_TEXT`] characters.
        text: String,
    },
    /// Stressed text (`<em>`; native `em`).
    #[serde(rename = "em")]
    Emphasis {
        /// The runs it holds.
        content: Vec<Inline>,
    },
    /// Important text (`<strong>`).
    Strong {
        /// The runs it holds.
        content: Vec<Inline>,
    },
    /// A fragment of code (`<code>`).
    Code {
        /// The code, as written.
        text: String,
    },
    /// Superscript (`<sup>`; native `sup`): a footnote's number, an exponent.
    #[serde(rename = "sup")]
    Superscript {
        /// The runs it holds.
        content: Vec<Inline>,
    },
    /// Subscript (`<sub>`; native `sub`).
    #[serde(rename = "sub")]
    Subscript {
        /// The runs it holds.
        content: Vec<Inline>,
    },
    /// A link (`<a href>`); one to another site opens without a referrer.
    Link {
        /// Where it goes, a checked link URL (`http`, `https`, `mailto` or
        /// relative).
        href: String,
        /// The link's runs, at most [`limits::MAX_INLINE_DEPTH`] deep.
        content: Vec<Inline>,
    },
    /// A line break inside a block (`<br>`; native `br`).
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
    ///
    /// ```
    /// use article_widget::model::{Article, Author, Block, Inline};
    ///
    /// let article = Article {
    ///     language: Some("en".into()),
    ///     authors: vec![Author::new("Nadia Okonkwo-Hale".into())],
    ///     body: vec![Block::Paragraph { content: vec![Inline::Text { text: "Talks resume next month.".into() }] }],
    ///     ..Article::new("Talks reopen")
    /// };
    /// assert_eq!(article.word_count(), 4);
    /// assert_eq!(article.reading_time(), Some(1));
    /// assert_eq!(Article::new("Empty").reading_time(), None);
    /// ```
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
