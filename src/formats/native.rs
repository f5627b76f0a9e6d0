//! The project's own format (`schema/article.schema.json`), read field by
//! field into the model. The other adapters map their formats' fields onto
//! the same model; this one only checks, since its fields are the model's.

use serde_json::Value;

use super::read::{is_mime_type, whole_number, wrong, Obj, Reader, LANGUAGE_READ_MAX};
use super::read::{Error, Parsed};
use super::{Adapter, Format};
use crate::model::limits::*;
use crate::model::{
    check_srcset_url, AdSize, Article, Author, Block, Candidate, Cell, Embed, GalleryItem, Image, Inline, ListItem,
    Media, Site, SocialLink, StoryCard, SubList, Track, TrackKind, UrlKind,
};

/// Fields only the native format has at its top level. Tried last: the
/// other formats have marks of their own. Native even without a headline:
/// the reader then says that `article.headline` is missing, the useful message.
pub(super) const ADAPTER: Adapter = Adapter {
    format: Format::Native,
    looks_like: |value| {
        const NATIVE_KEYS: [&str; 8] = ["headline", "dek", "body", "authors", "hero", "related", "trending", "section"];
        NATIVE_KEYS.iter().any(|key| value.get(key).is_some())
    },
    clue: "a \"headline\" (native)",
    #[cfg(feature = "converters")]
    read: |value, _item| read(value),
};

/// The article as a native-format document, pretty-printed: the one way an
/// article is written as JSON. Reading it back with [`read`] gives an equal
/// article and no warning (`tests/convert.rs` holds every fixture to that).
pub fn write(article: &Article) -> String {
    // Serialising these types cannot fail: no map has non-string keys.
    serde_json::to_string_pretty(article).unwrap_or_default()
}

/// Validates an already-parsed native-format document.
pub fn read(value: &Value) -> Result<Parsed, Error> {
    let mut reader = Reader::default();
    let article = reader.article(value)?;
    Ok(Parsed { article, warnings: reader.warnings })
}

impl Reader {
    fn article(&mut self, value: &Value) -> Result<Article, Error> {
        let obj = Obj::new(value, "article")?;
        Ok(Article {
            id: obj.opt_str("id", MAX_SHORT_TEXT)?,
            url: self.opt_url(&obj, "url", UrlKind::Link)?,
            site: match obj.get("site") {
                None => None,
                Some(site) => self.site(site, &obj.at("site"))?,
            },
            section: obj.opt_str("section", MAX_SHORT_TEXT)?,
            headline: obj.req_str("headline", MAX_SHORT_TEXT)?,
            dek: obj.opt_str("dek", MAX_LONG_TEXT)?,
            published: self.opt_date(&obj, "published")?,
            updated: self.opt_date(&obj, "updated")?,
            language: self.language(&obj)?,
            hero: match obj.get("hero") {
                None => None,
                Some(hero) => self.image(hero, &obj.at("hero"))?,
            },
            authors: self.list(&obj, "authors", MAX_AUTHORS, "authors", |r, v, p| r.author(v, p).map(Some))?,
            body: self.body(&obj)?,
            related: self.list(&obj, "related", MAX_RELATED, "related stories", Self::story)?,
            trending: self.list(&obj, "trending", MAX_TRENDING, "trending stories", Self::story)?,
        })
    }

    fn site(&mut self, value: &Value, path: &str) -> Result<Option<Site>, Error> {
        let obj = Obj::new(value, path)?;
        Ok(Some(Site { name: obj.req_str("name", MAX_SHORT_TEXT)?, url: self.opt_url(&obj, "url", UrlKind::Link)? }))
    }

    /// A BCP 47 tag is letters, digits and hyphens; anything else would be a
    /// strange thing to put in a `lang` attribute, so it is dropped.
    fn language(&mut self, obj: &Obj) -> Result<Option<String>, Error> {
        let Some(tag) = obj.opt_str("language", LANGUAGE_READ_MAX)? else { return Ok(None) };
        Ok(self.language_tag(tag, &obj.at("language")))
    }

    /// An image; `Ok(None)` when its `src` was unsafe.
    pub(crate) fn image(&mut self, value: &Value, path: &str) -> Result<Option<Image>, Error> {
        let obj = Obj::new(value, path)?;
        let Some(src) = self.req_url(&obj, "src", UrlKind::Image, "image")? else { return Ok(None) };
        let alt = self.alt(&obj, "alt")?;
        let srcset = self.list(&obj, "srcset", MAX_SRCSET, "srcset candidates", Self::candidate)?;
        let mut widths = Vec::with_capacity(srcset.len());
        let srcset = srcset
            .into_iter()
            .enumerate()
            .filter_map(|(i, candidate)| {
                if widths.contains(&candidate.width) {
                    let path = format!("{}[{i}].width", obj.at("srcset"));
                    self.warn(path, format!("a second candidate {}w wide; dropped", candidate.width));
                    return None;
                }
                widths.push(candidate.width);
                Some(candidate)
            })
            .collect();
        Ok(Some(Image {
            src,
            alt,
            width: obj.opt_dimension("width")?,
            height: obj.opt_dimension("height")?,
            srcset,
            sizes: obj.opt_str("sizes", MAX_SIZES)?,
            caption: self.caption(&obj)?,
            credit: obj.opt_str("credit", MAX_SHORT_TEXT)?,
        }))
    }

    /// A `srcset` candidate; `Ok(None)` when its URL is unusable there.
    fn candidate(&mut self, value: &Value, path: &str) -> Result<Option<Candidate>, Error> {
        let obj = Obj::new(value, path)?;
        let raw = obj.req_str("url", MAX_INPUT_BYTES)?;
        let Some(width) = obj.opt_dimension("width")? else { return Err(Error::Missing { path: obj.at("width") }) };
        match check_srcset_url(&raw) {
            Ok(url) => Ok(Some(Candidate { url, width })),
            Err(why) => {
                self.warn(obj.at("url"), format!("{why}; the candidate is dropped"));
                Ok(None)
            }
        }
    }

    /// A figure's or a gallery picture's `link`, next to its `image`;
    /// `Ok(None)` when the image's `src` was unsafe.
    fn linked_image(&mut self, obj: &Obj) -> Result<Option<(Image, Option<String>)>, Error> {
        let Some(image) = obj.get("image") else { return Err(Error::Missing { path: obj.at("image") }) };
        let Some(image) = self.image(image, &obj.at("image"))? else { return Ok(None) };
        Ok(Some((image, self.opt_url(obj, "link", UrlKind::Link)?)))
    }

    pub(crate) fn author(&mut self, value: &Value, path: &str) -> Result<Author, Error> {
        let obj = Obj::new(value, path)?;
        Ok(Author {
            name: obj.req_str("name", MAX_SHORT_TEXT)?,
            role: obj.opt_str("role", MAX_SHORT_TEXT)?,
            bio: obj.opt_str("bio", MAX_LONG_TEXT)?,
            avatar: self.opt_url(&obj, "avatar", UrlKind::Image)?,
            url: self.opt_url(&obj, "url", UrlKind::Link)?,
            social: self.list(&obj, "social", MAX_SOCIAL, "social links", |r, v, p| {
                let link = Obj::new(v, p)?;
                let label = link.req_str("label", MAX_SHORT_TEXT)?;
                Ok(r.req_url(&link, "url", UrlKind::Link, "link")?.map(|url| SocialLink { label, url }))
            })?,
            stories: self.list(&obj, "stories", MAX_AUTHOR_STORIES, "stories", Self::story)?,
        })
    }

    /// A story card; `Ok(None)` when its URL was unsafe.
    pub(crate) fn story(&mut self, value: &Value, path: &str) -> Result<Option<StoryCard>, Error> {
        let obj = Obj::new(value, path)?;
        let headline = obj.req_str("headline", MAX_SHORT_TEXT)?;
        let Some(url) = self.req_url(&obj, "url", UrlKind::Link, "story")? else { return Ok(None) };
        Ok(Some(StoryCard {
            url,
            headline,
            kicker: obj.opt_str("kicker", MAX_SHORT_TEXT)?,
            image: match obj.get("image") {
                None => None,
                Some(image) => self.image(image, &obj.at("image"))?,
            },
            date: self.opt_date(&obj, "date")?,
            summary: obj.opt_str("summary", MAX_LONG_TEXT)?,
            publisher: obj.opt_str("publisher", MAX_SHORT_TEXT)?,
        }))
    }

    fn body(&mut self, obj: &Obj) -> Result<Vec<Block>, Error> {
        let items = obj.opt_array("body")?;
        if items.len() > MAX_BLOCKS {
            return Err(Error::Invalid {
                path: obj.at("body"),
                message: format!("{} blocks, more than the limit of {MAX_BLOCKS}", items.len()),
            });
        }
        let mut blocks = Vec::with_capacity(items.len());
        let mut updates = 0;
        for (i, item) in items.iter().enumerate() {
            if let Some(block) = self.block(item, &format!("article.body[{i}]"))? {
                if matches!(block, Block::Update { .. }) {
                    updates += 1;
                    if updates > MAX_UPDATES {
                        return Err(Error::Invalid {
                            path: format!("article.body[{i}]"),
                            message: format!("more than {MAX_UPDATES} live updates"),
                        });
                    }
                }
                blocks.push(block);
            }
        }
        Ok(blocks)
    }

    fn block(&mut self, value: &Value, path: &str) -> Result<Option<Block>, Error> {
        let obj = Obj::new(value, path)?;
        let kind = obj.req_str("type", 64)?;
        Ok(Some(match kind.as_str() {
            "paragraph" => Block::Paragraph { content: self.content(&obj, 0)? },
            "heading" => {
                let level = match obj.get("level") {
                    None => 2,
                    Some(Value::Number(n)) if matches!(whole_number(n), Some(2 | 3)) => {
                        whole_number(n).unwrap_or(2) as u8
                    }
                    Some(other) => return Err(wrong(&obj.at("level"), "2 or 3", other)),
                };
                let content = self.content(&obj, 0)?;
                let mut text = String::new();
                content.iter().for_each(|inline| inline.plain_text(&mut text));
                let at = || obj.at(if obj.get("text").is_some() { "text" } else { "content" });
                if text.trim().is_empty() {
                    return Err(Error::Invalid { path: at(), message: "a heading needs text".into() });
                }
                if text.chars().count() > MAX_SHORT_TEXT {
                    return Err(Error::Invalid {
                        path: at(),
                        message: format!("longer than {MAX_SHORT_TEXT} characters"),
                    });
                }
                Block::Heading { level, content }
            }
            "quote" => Block::Quote {
                paragraphs: match obj.get("paragraphs") {
                    Some(_) => self.paragraphs(&obj)?,
                    None => vec![self.content(&obj, 0)?],
                },
                attribution: obj.opt_str("attribution", MAX_SHORT_TEXT)?,
                pull: obj.opt_bool("pull")?.unwrap_or(false),
            },
            "list" => {
                let SubList { ordered, items } = self.list_of(&obj, 1)?;
                Block::List { ordered, items }
            }
            "figure" => match self.linked_image(&obj)? {
                Some((image, link)) => Block::Figure { image, link },
                None => return Ok(None),
            },
            "gallery" => {
                let items = self.list(&obj, "items", MAX_GALLERY, "pictures", |r, v, p| {
                    let item = Obj::new(v, p)?;
                    Ok(r.linked_image(&item)?.map(|(image, link)| GalleryItem { image, link }))
                })?;
                if items.is_empty() {
                    self.warn(obj.at("items"), "a gallery without a picture to show; the block is skipped");
                    return Ok(None);
                }
                Block::Gallery { items, caption: self.caption(&obj)? }
            }
            "story" => {
                let Some(story) = obj.get("story") else { return Err(Error::Missing { path: obj.at("story") }) };
                match self.story(story, &obj.at("story"))? {
                    Some(story) => Block::Story { story },
                    None => return Ok(None),
                }
            }
            "ad" => {
                let size = match obj.opt_str("size", 32)? {
                    None => AdSize::Rectangle,
                    Some(name) => AdSize::parse(&name).unwrap_or_else(|| {
                        self.warn(obj.at("size"), format!("unknown ad size \"{name}\"; using \"rectangle\""));
                        AdSize::Rectangle
                    }),
                };
                Block::Ad { slot: self.next_ad_slot(), size }
            }
            "divider" => Block::Divider,
            "code" => Block::Code { text: self.code_text(&obj)?, language: self.language_name(&obj)? },
            "table" => {
                let head = self.table_rows(&obj, "head")?;
                let rows = self.table_rows(&obj, "rows")?;
                if head.len() + rows.len() > MAX_TABLE_ROWS {
                    return Err(Error::Invalid {
                        path: obj.at("rows"),
                        message: format!("more than {MAX_TABLE_ROWS} rows in head and rows together"),
                    });
                }
                if head.iter().chain(&rows).all(Vec::is_empty) {
                    self.warn(obj.at("rows"), "a table without cells; the block is skipped");
                    return Ok(None);
                }
                Block::Table { caption: obj.opt_str("caption", MAX_SHORT_TEXT)?, head, rows }
            }
            "video" | "audio" => {
                let Some(media) = obj.get(&kind) else { return Err(Error::Missing { path: obj.at(&kind) }) };
                match self.media(media, &obj.at(&kind))? {
                    Some(media) if kind == "video" => Block::Video { video: media },
                    Some(media) => Block::Audio { audio: media },
                    None => return Ok(None),
                }
            }
            "details" => Block::Details {
                summary: obj.req_str("summary", MAX_SHORT_TEXT)?,
                paragraphs: self.paragraphs(&obj)?,
                open: obj.opt_bool("open")?.unwrap_or(false),
            },
            "callout" => {
                Block::Callout { label: obj.opt_str("label", MAX_SHORT_TEXT)?, paragraphs: self.paragraphs(&obj)? }
            }
            "embed" => {
                let Some(embed) = obj.get("embed") else { return Err(Error::Missing { path: obj.at("embed") }) };
                match self.embed(embed, &obj.at("embed"))? {
                    Some(embed) => Block::Embed { embed },
                    None => return Ok(None),
                }
            }
            "update" => Block::Update {
                published: self.opt_date(&obj, "published")?,
                headline: obj.opt_str("headline", MAX_SHORT_TEXT)?,
                url: self.opt_url(&obj, "url", UrlKind::Link)?,
            },
            other => {
                self.warn(obj.at("type"), format!("unknown block type \"{other}\"; the block is skipped"));
                return Ok(None);
            }
        }))
    }

    /// A block's `paragraphs`: at most `MAX_INLINES`, each a string or an
    /// array of text runs; none when absent.
    fn paragraphs(&mut self, obj: &Obj) -> Result<Vec<Vec<Inline>>, Error> {
        let items = obj.opt_array("paragraphs")?;
        if items.len() > MAX_INLINES {
            return Err(Error::Invalid {
                path: obj.at("paragraphs"),
                message: format!("more than {MAX_INLINES} paragraphs"),
            });
        }
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.push(self.inlines_or_text(item, &format!("{}[{i}]", obj.at("paragraphs")), 0)?);
        }
        Ok(out)
    }

    /// A video or audio file: its `src` (http, https or relative), and
    /// what the player shows with it.
    fn media(&mut self, value: &Value, path: &str) -> Result<Option<Media>, Error> {
        let obj = Obj::new(value, path)?;
        let Some(src) = self.req_url(&obj, "src", UrlKind::Image, "video or audio")? else { return Ok(None) };
        let encoding_format = obj.opt_str("encodingFormat", 255)?.filter(|format| {
            let ok = is_mime_type(format);
            if !ok {
                self.warn(
                    obj.at("encodingFormat"),
                    format!("\"{format}\" is not a MIME type like \"video/mp4\"; ignored"),
                );
            }
            ok
        });
        Ok(Some(Media {
            encoding_format,
            title: obj.opt_str("title", MAX_SHORT_TEXT)?,
            poster: self.opt_url(&obj, "poster", UrlKind::Image)?,
            width: obj.opt_dimension("width")?,
            height: obj.opt_dimension("height")?,
            caption: self.caption(&obj)?,
            tracks: self.list(&obj, "tracks", MAX_TRACKS, "text tracks", |r, v, p| {
                let track = Obj::new(v, p)?;
                let Some(src) = r.req_url(&track, "src", UrlKind::Image, "track")? else { return Ok(None) };
                let kind = match track.opt_str("kind", 32)? {
                    None => TrackKind::Subtitles,
                    Some(name) => match TrackKind::parse(&name) {
                        Some(kind) => kind,
                        None => {
                            r.warn(track.at("kind"), format!("unknown track kind \"{name}\"; the track is dropped"));
                            return Ok(None);
                        }
                    },
                };
                let srclang = match track.opt_str("srclang", LANGUAGE_READ_MAX)? {
                    Some(tag) => r.language_tag(tag, &track.at("srclang")),
                    None => None,
                };
                Ok(Some(Track { src, kind, srclang, label: track.opt_str("label", MAX_SHORT_TEXT)? }))
            })?,
            ..Media::new(src)
        }))
    }

    /// A list's `ordered` and `items`, `level` lists deep (the block's own
    /// is 1). An item is text (a string or runs), or `{"content": …,
    /// "list": {…}}` holding a list of its own.
    fn list_of(&mut self, obj: &Obj, level: usize) -> Result<SubList, Error> {
        let items = obj.opt_array("items")?;
        if items.len() > MAX_INLINES {
            return Err(Error::Invalid { path: obj.at("items"), message: format!("more than {MAX_INLINES} items") });
        }
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("{}[{i}]", obj.at("items"));
            if !item.is_object() {
                out.push(ListItem::new(self.inlines_or_text(item, &path, 0)?));
                continue;
            }
            let item = Obj::new(item, &path)?;
            let list = match item.get("list") {
                None | Some(Value::Null) => None,
                Some(_) if level >= MAX_LIST_DEPTH => {
                    return Err(Error::Invalid {
                        path: item.at("list"),
                        message: format!("lists nested more than {MAX_LIST_DEPTH} deep"),
                    })
                }
                Some(list) => Some(self.list_of(&Obj::new(list, &item.at("list"))?, level + 1)?),
            };
            out.push(ListItem { content: self.content(&item, 0)?, list });
        }
        Ok(SubList { ordered: obj.opt_bool("ordered")?.unwrap_or(false), items: out })
    }

    /// An embed block's content. Its `url` is http(s) or relative (no
    /// `mailto:`, so [`UrlKind::Image`]'s rule); the provider and its player
    /// are read from it, never given.
    fn embed(&mut self, value: &Value, path: &str) -> Result<Option<Embed>, Error> {
        let obj = Obj::new(value, path)?;
        let Some(url) = self.req_url(&obj, "url", UrlKind::Image, "embed")? else { return Ok(None) };
        Ok(Some(Embed {
            title: obj.opt_str("title", MAX_SHORT_TEXT)?,
            caption: self.caption(&obj)?,
            text: obj.opt_str("text", MAX_LONG_TEXT)?,
            author: obj.opt_str("author", MAX_SHORT_TEXT)?,
            ..Embed::new(url)
        }))
    }

    /// A table's `head` or `rows`: an array of rows, each an array of
    /// cells.
    fn table_rows(&mut self, obj: &Obj, key: &str) -> Result<Vec<Vec<Cell>>, Error> {
        let rows = obj.opt_array(key)?;
        let mut out = Vec::with_capacity(rows.len().min(MAX_TABLE_ROWS));
        for (r, row) in rows.iter().take(MAX_TABLE_ROWS + 1).enumerate() {
            let path = format!("{}[{r}]", obj.at(key));
            let Value::Array(cells) = row else { return Err(wrong(&path, "an array of cells", row)) };
            if cells.len() > MAX_TABLE_COLUMNS {
                return Err(Error::Invalid { path, message: format!("more than {MAX_TABLE_COLUMNS} cells in a row") });
            }
            let mut row = Vec::with_capacity(cells.len());
            for (c, cell) in cells.iter().enumerate() {
                row.push(self.cell(cell, &format!("{path}[{c}]"))?);
            }
            out.push(row);
        }
        Ok(out)
    }

    /// A table cell: a string, an array of text runs, or an object with `text` or `content` and
    /// maybe `header`, `colspan` and `rowspan`.
    fn cell(&mut self, value: &Value, path: &str) -> Result<Cell, Error> {
        if value.is_string() || value.is_array() {
            return Ok(Cell::new(self.inlines_or_text(value, path, 0)?));
        }
        let obj = Obj::new(value, path)?;
        let span = |key: &str| match obj.get(key) {
            None => Ok(1),
            Some(Value::Number(n)) => match whole_number(n) {
                Some(n @ 1..) if n <= u64::from(MAX_TABLE_SPAN) => Ok(n as u16),
                _ => Err(wrong(&obj.at(key), "a whole number from 1 to 64", &Value::Number(n.clone()))),
            },
            Some(other) => Err(wrong(&obj.at(key), "a whole number from 1 to 64", other)),
        };
        const _: () = assert!(MAX_TABLE_SPAN == 64, "the message above names the limit");
        let (colspan, rowspan) = (span("colspan")?, span("rowspan")?);
        Ok(Cell {
            content: if obj.get("text").is_none() && obj.get("content").is_none() {
                Vec::new()
            } else {
                self.content(&obj, 0)?
            },
            header: obj.opt_bool("header")?.unwrap_or(false),
            colspan,
            rowspan,
        })
    }

    /// A code block's `text`, kept exactly as written (its spaces and line
    /// breaks are its meaning), at most `MAX_LONG_TEXT` characters.
    fn code_text(&mut self, obj: &Obj) -> Result<String, Error> {
        match obj.get("text") {
            None => Err(Error::Missing { path: obj.at("text") }),
            Some(Value::String(text)) if text.chars().count() > MAX_LONG_TEXT => {
                Err(Error::Invalid { path: obj.at("text"), message: format!("longer than {MAX_LONG_TEXT} characters") })
            }
            Some(Value::String(text)) => Ok(text.clone()),
            Some(other) => Err(wrong(&obj.at("text"), "a string", other)),
        }
    }

    /// A code block's `language`: a name such as `rust` or `c++`; anything
    /// else is dropped with a warning.
    fn language_name(&mut self, obj: &Obj) -> Result<Option<String>, Error> {
        let Some(name) = obj.opt_str("language", 64)? else { return Ok(None) };
        if name.chars().all(|c| c.is_alphanumeric() || "+#-_.".contains(c)) {
            Ok(Some(name))
        } else {
            self.warn(obj.at("language"), format!("\"{name}\" is not a language name like \"rust\"; ignored"));
            Ok(None)
        }
    }

    /// A block's text: `"text": "…"` for plain text, or `"content": [...]`
    /// for formatted runs.
    fn content(&mut self, obj: &Obj, depth: usize) -> Result<Vec<Inline>, Error> {
        if let Some(text) = obj.get("text") {
            return self.inlines_or_text(text, &obj.at("text"), depth);
        }
        match obj.get("content") {
            Some(content) => self.inlines_or_text(content, &obj.at("content"), depth),
            None => Err(Error::Missing { path: obj.at("content") }),
        }
    }

    /// A figure's, gallery's, embed's or media file's `caption`: plain
    /// text (a string, at most [`MAX_LONG_TEXT`] characters) or formatted
    /// runs; `None` when absent or blank.
    fn caption(&mut self, obj: &Obj) -> Result<Option<Vec<Inline>>, Error> {
        match obj.get("caption") {
            None => Ok(None),
            Some(Value::String(_)) => {
                Ok(obj.opt_str("caption", MAX_LONG_TEXT)?.map(|text| vec![Inline::Text { text }]))
            }
            Some(value) => {
                let content = self.inlines_or_text(value, &obj.at("caption"), 0)?;
                Ok((!crate::model::plain_text(&content).trim().is_empty()).then_some(content))
            }
        }
    }

    /// A string (plain text) or an array of inline runs.
    fn inlines_or_text(&mut self, value: &Value, path: &str, depth: usize) -> Result<Vec<Inline>, Error> {
        match value {
            Value::String(_) => Ok(vec![self.text_run(value, path)?]),
            Value::Array(items) => {
                if items.len() > MAX_INLINES {
                    return Err(Error::Invalid {
                        path: path.to_owned(),
                        message: format!("more than {MAX_INLINES} runs of text"),
                    });
                }
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    if let Some(inline) = self.inline(item, &format!("{path}[{i}]"), depth)? {
                        out.push(inline);
                    }
                }
                Ok(out)
            }
            other => Err(wrong(path, "a string or an array of text runs", other)),
        }
    }

    fn text_run(&mut self, value: &Value, path: &str) -> Result<Inline, Error> {
        match value {
            Value::String(s) if s.chars().count() > MAX_LONG_TEXT => Err(Error::Invalid {
                path: path.to_owned(),
                message: format!("longer than {MAX_LONG_TEXT} characters"),
            }),
            // Inline text keeps its spaces: "a " + <em>b</em> must stay two words.
            Value::String(s) => Ok(Inline::Text { text: s.clone() }),
            other => Err(wrong(path, "a string", other)),
        }
    }

    fn inline(&mut self, value: &Value, path: &str, depth: usize) -> Result<Option<Inline>, Error> {
        if value.is_string() {
            return self.text_run(value, path).map(Some);
        }
        if depth >= MAX_INLINE_DEPTH {
            return Err(Error::Invalid {
                path: path.to_owned(),
                message: format!("text formatting is nested more than {MAX_INLINE_DEPTH} levels deep"),
            });
        }
        let obj = Obj::new(value, path)?;
        let kind = obj.req_str("type", 64)?;
        Ok(Some(match kind.as_str() {
            "text" => {
                self.text_run(obj.get("text").ok_or_else(|| Error::Missing { path: obj.at("text") })?, &obj.at("text"))?
            }
            "em" => Inline::Emphasis { content: self.content(&obj, depth + 1)? },
            "strong" => Inline::Strong { content: self.content(&obj, depth + 1)? },
            "code" => Inline::Code { text: obj.req_str("text", MAX_LONG_TEXT)? },
            "sup" => Inline::Superscript { content: self.content(&obj, depth + 1)? },
            "sub" => Inline::Subscript { content: self.content(&obj, depth + 1)? },
            "br" => Inline::LineBreak,
            "link" => {
                let content = self.content(&obj, depth + 1)?;
                match self.opt_url(&obj, "href", UrlKind::Link)? {
                    Some(href) => Inline::Link { href, content },
                    // The words stay; only the unusable link goes.
                    None if obj.get("href").is_some() => {
                        if obj.opt_str("href", MAX_INPUT_BYTES)?.is_none() {
                            self.warn(obj.at("href"), "empty link address; the text is kept without the link");
                        }
                        Inline::Emphasis { content }.unwrap_plain()
                    }
                    None => return Err(Error::Missing { path: obj.at("href") }),
                }
            }
            other => {
                self.warn(obj.at("type"), format!("unknown text type \"{other}\"; skipped"));
                return Ok(None);
            }
        }))
    }
}

impl Inline {
    /// Keeps the text of a run whose formatting was dropped.
    fn unwrap_plain(self) -> Inline {
        let mut text = String::new();
        self.plain_text(&mut text);
        Inline::Text { text }
    }
}
