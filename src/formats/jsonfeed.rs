//! JSON Feed 1.1 and 1.0: a whole feed, or one item on its own.
//!
//! - <https://www.jsonfeed.org/version/1.1/>
//! - <https://www.jsonfeed.org/version/1/> (1.0: one `author` object, no `language`)
//!
//! One item becomes the article; the feed's other items become its
//! related-story cards, and the feed itself its site.

use serde_json::Value;

use super::html::html_to_blocks;
use super::read::{decoded, person_name, resolve_entry_html, text_paragraphs};
use super::read::{wrong, Obj, Reader, LANGUAGE_READ_MAX};
use super::read::{Error, Parsed};
use super::{Adapter, Format};
use crate::model::limits::*;
use crate::model::{check_url, Article, Author, Block, Image, Media, Site, StoryCard, UrlKind};

/// A feed whose `version` is a jsonfeed.org URL, or one item with an `id`
/// and `content_html` or `content_text`.
pub(super) const ADAPTER: Adapter = Adapter {
    format: Format::JsonFeed,
    looks_like: |value| {
        let feed = value
            .get("version")
            .and_then(Value::as_str)
            .is_some_and(|v| v.starts_with("https://jsonfeed.org/version/"));
        let item =
            value.get("id").is_some() && (value.get("content_html").is_some() || value.get("content_text").is_some());
        feed || item
    },
    clue: "a \"version\" of https://jsonfeed.org/version/… or an item with \"content_html\" (JSON Feed)",
    #[cfg(feature = "converters")]
    read: parse,
};

/// Adapts a feed or a single item. `item` picks the feed's entry: an index
/// from 0, or an item's `id`; without it, the first item.
pub(crate) fn parse(value: &Value, item: Option<&str>) -> Result<Parsed, Error> {
    let root = Obj::new(value, "article")?;
    let mut reader = Reader::lenient();
    let is_feed = root.get("items").is_some() || root.get("version").is_some();
    let article = if is_feed {
        let items = root.opt_array("items")?;
        let index = super::read::pick_entry(items, item, &root.at("items"), "items")?;
        let path = format!("{}[{index}]", root.at("items"));
        let entry = Obj::new(items.get(index).unwrap_or(&Value::Null), &path)?;
        let mut article = read_item(&mut reader, &entry, Some(&root))?;
        let list = root.at("items");
        reader.related_entries(&mut article, items, index, &list, |i| format!("{list}[{i}]"), story)?;
        article
    } else {
        read_item(&mut reader, &root, None)?
    };
    Ok(Parsed { article, warnings: reader.warnings })
}

/// An item's fields, with the feed's as fallbacks where the spec says so
/// (authors, language).
fn read_item(reader: &mut Reader, item: &Obj, feed: Option<&Obj>) -> Result<Article, Error> {
    let headline = match item.opt_str("title", MAX_SHORT_TEXT)?.map(decoded).filter(|t| !t.is_empty()) {
        Some(title) => title,
        None => untitled_headline(reader, item)?,
    };
    let own_url = reader.opt_url(item, "url", UrlKind::Link)?;
    let url = match &own_url {
        Some(url) => Some(url.clone()),
        None => reader.opt_url(item, "external_url", UrlKind::Link)?,
    };
    let home_page = match feed {
        Some(feed) => reader.opt_url(feed, "home_page_url", UrlKind::Link)?,
        None => None,
    };
    let mut body =
        match (item.opt_str("content_html", MAX_INPUT_BYTES)?, item.opt_str("content_text", MAX_INPUT_BYTES)?) {
            (Some(html), _) => html_to_blocks(&html, reader, &item.at("content_html")),
            (None, Some(text)) => text_paragraphs(&text, &item.at("content_text"))?,
            (None, None) => Vec::<Block>::new(),
        };
    // The item's HTML was written for the item's page; without one, for the
    // site's home page; without that, it is the feed's own (the document's).
    // Not `external_url`: that is someone else's page the item is about.
    resolve_entry_html(&mut body, own_url.as_deref().or(home_page.as_deref()));
    // A podcast's episode or a video post: its files play before the text.
    let media = attachments(reader, item)?;
    body.splice(0..0, media);
    let mut authors = authors(reader, item)?;
    if authors.is_empty() {
        if let Some(feed) = feed {
            authors = self::authors(reader, feed)?;
        }
    }
    let language = match item.opt_str("language", LANGUAGE_READ_MAX)? {
        Some(tag) => reader.language_tag(tag, &item.at("language")),
        None => match feed {
            Some(feed) => match feed.opt_str("language", LANGUAGE_READ_MAX)? {
                Some(tag) => reader.language_tag(tag, &feed.at("language")),
                None => None,
            },
            None => None,
        },
    };
    let site = match feed {
        Some(feed) => feed.opt_str("title", MAX_SHORT_TEXT)?.map(|name| Site { name, url: home_page }),
        None => None,
    };
    Ok(Article {
        id: id(item)?,
        url,
        site,
        section: first_tag(item)?,
        dek: item.opt_str("summary", MAX_LONG_TEXT)?.map(decoded).filter(|t| !t.is_empty()),
        published: reader.opt_date(item, "date_published")?,
        updated: reader.opt_date(item, "date_modified")?,
        language,
        hero: image(reader, item)?,
        authors,
        body,
        ..Article::new(headline)
    })
}

/// An item's `attachments` that play in the page: audio and video files,
/// each an audio or video block titled by its `title`. Others (a PDF) are
/// named in a warning. At most [`MAX_TRACKS`] are read.
fn attachments(reader: &mut Reader, item: &Obj) -> Result<Vec<Block>, Error> {
    reader.list(item, "attachments", MAX_TRACKS, "attachments", |reader, value, path| {
        let attachment = Obj::new(value, path)?;
        let mime = attachment.req_str("mime_type", 255)?;
        let Some(src) = reader.req_url(&attachment, "url", UrlKind::Image, "attachment")? else { return Ok(None) };
        let essence = mime.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
        let media = Media {
            encoding_format: Some(essence.clone()),
            title: attachment.opt_str("title", MAX_SHORT_TEXT)?.map(decoded).filter(|t| !t.is_empty()),
            ..Media::new(src)
        };
        Ok(match essence.split_once('/') {
            Some(("audio", _)) => Some(Block::Audio { audio: media }),
            Some(("video", _)) => Some(Block::Video { video: media }),
            _ => {
                reader.warn(
                    attachment.at("mime_type"),
                    format!("an attachment of type \"{mime}\" is not shown; only audio and video are"),
                );
                None
            }
        })
    })
}

/// The headline of an item without a `title`, which JSON Feed 1.1 allows
/// (micro-blogs publish nothing else): the first sentence of its `summary`,
/// else of its text, with a warning. No text at all is the missing title.
fn untitled_headline(reader: &mut Reader, item: &Obj) -> Result<String, Error> {
    let text = match (item.opt_str("summary", MAX_INPUT_BYTES)?, item.opt_str("content_html", MAX_INPUT_BYTES)?) {
        (Some(summary), _) => decoded(summary),
        (None, Some(html)) => super::html::text(&html),
        (None, None) => item.opt_str("content_text", MAX_INPUT_BYTES)?.unwrap_or_default(),
    };
    let Some(headline) = first_sentence(&text) else { return Err(Error::Missing { path: item.at("title") }) };
    reader.warn(item.at("title"), format!("missing; the headline is the item's first words: \"{headline}\""));
    Ok(headline)
}

/// Headline length taken from running text, in characters.
const UNTITLED_HEADLINE_CHARS: usize = 100;

/// The first sentence of `text` (to its first `.`, `!` or `?` followed by a
/// space, or its end), cut at a word before [`UNTITLED_HEADLINE_CHARS`]
/// with an ellipsis; None for text with no words.
fn first_sentence(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = text
        .match_indices(['.', '!', '?'])
        .map(|(i, _)| i + 1)
        .find(|&i| text.get(i..).is_some_and(|rest| rest.starts_with(" ")));
    let sentence = end.and_then(|end| text.get(..end)).unwrap_or(&text);
    if sentence.chars().count() <= UNTITLED_HEADLINE_CHARS {
        return (!sentence.is_empty()).then(|| sentence.to_owned());
    }
    let mut cut = String::new();
    for word in sentence.split(' ') {
        if cut.chars().count() + word.chars().count() + 1 > UNTITLED_HEADLINE_CHARS - 1 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    if cut.is_empty() {
        cut = sentence.chars().take(UNTITLED_HEADLINE_CHARS - 1).collect();
    }
    Some(cut + "…")
}

/// `id` is a string, but the spec asks readers to take a number as its
/// string too.
fn id(item: &Obj) -> Result<Option<String>, Error> {
    match item.get("id") {
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        _ => item.opt_str("id", MAX_SHORT_TEXT),
    }
}

/// The first of `tags`, as the section label.
fn first_tag(item: &Obj) -> Result<Option<String>, Error> {
    let tags = item.opt_array("tags")?;
    let Some(first) = tags.first() else { return Ok(None) };
    let path = format!("{}[0]", item.at("tags"));
    match first {
        Value::String(tag) => {
            let tag = tag.trim();
            if tag.chars().count() > MAX_SHORT_TEXT {
                return Err(Error::Invalid { path, message: format!("longer than {MAX_SHORT_TEXT} characters") });
            }
            Ok((!tag.is_empty()).then(|| tag.to_owned()))
        }
        other => Err(wrong(&path, "a string", other)),
    }
}

/// `image`, else `banner_image`. Feeds give no alt text, so the image is
/// decorative; that is the format's nature, not warned about.
fn image(reader: &mut Reader, item: &Obj) -> Result<Option<Image>, Error> {
    for key in ["image", "banner_image"] {
        if let Some(src) = reader.opt_url(item, key, UrlKind::Image)? {
            return Ok(Some(Image::new(src, String::new())));
        }
    }
    Ok(None)
}

/// 1.1's `authors` array, else 1.0's single `author`.
fn authors(reader: &mut Reader, obj: &Obj) -> Result<Vec<Author>, Error> {
    if !obj.opt_array("authors")?.is_empty() {
        return reader.list(obj, "authors", MAX_AUTHORS, "authors", author);
    }
    match obj.get("author") {
        Some(value) => Ok(author(reader, value, &obj.at("author"))?.into_iter().collect()),
        None => Ok(Vec::new()),
    }
}

/// An author object; every field is optional in JSON Feed, but the widget
/// needs a name to credit, so a nameless author is skipped.
fn author(reader: &mut Reader, value: &Value, path: &str) -> Result<Option<Author>, Error> {
    let obj = Obj::new(value, path)?;
    let Some(name) = obj.opt_str("name", MAX_SHORT_TEXT)?.map(|name| person_name(decoded(name))) else {
        reader.warn(obj.at("name"), "missing; the author is not shown");
        return Ok(None);
    };
    Ok(Some(Author {
        avatar: reader.opt_url(&obj, "avatar", UrlKind::Image)?,
        url: reader.opt_url(&obj, "url", UrlKind::Link)?,
        ..Author::new(name)
    }))
}

/// Another item of the feed, as a related-story card; `Ok(None)` (with a
/// warning) when it has no title or no safe link.
fn story(reader: &mut Reader, value: &Value, path: &str) -> Result<Option<StoryCard>, Error> {
    let item = Obj::new(value, path)?;
    let Some(headline) = item.opt_str("title", MAX_SHORT_TEXT)? else {
        reader.warn(item.at("title"), "missing; the item is not shown among related stories");
        return Ok(None);
    };
    let Some((key, raw)) = ["url", "external_url"]
        .into_iter()
        .map(|key| Ok((key, item.opt_str(key, MAX_URL)?)))
        .collect::<Result<Vec<_>, Error>>()?
        .into_iter()
        .find_map(|(key, raw)| raw.map(|raw| (key, raw)))
    else {
        reader.warn(item.at("url"), "missing; the item is not shown among related stories");
        return Ok(None);
    };
    let url = match check_url(&raw, UrlKind::Link) {
        Ok(url) => url,
        Err(why) => {
            reader.warn(item.at(key), format!("{why}; the story is dropped"));
            return Ok(None);
        }
    };
    Ok(Some(StoryCard {
        image: image(reader, &item)?,
        date: reader.opt_date(&item, "date_published")?,
        summary: item.opt_str("summary", MAX_LONG_TEXT)?,
        ..StoryCard::new(url, headline)
    }))
}
