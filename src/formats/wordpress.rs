//! WordPress REST API posts into the model: one post
//! (`/wp/v2/posts/<id>?_embed`) or the list (`/wp/v2/posts?_embed`), where
//! `item` picks the article and the other posts become related-story cards.
//!
//! Field reference: <https://developer.wordpress.org/rest-api/reference/posts/>;
//! what `?_embed` adds (`_embedded.author`, `wp:featuredmedia`, `wp:term`):
//! <https://developer.wordpress.org/rest-api/using-the-rest-api/linking-and-embedding/>;
//! media sizes: <https://developer.wordpress.org/rest-api/reference/media/>.
//! Jetpack adds `jetpack-related-posts` to each post when its Related Posts
//! module is on.
//!
//! Every `rendered` field is HTML with entities (`It&#8217;s`); titles,
//! excerpts, captions and term names become plain text through
//! [`html_to_text`], the body becomes blocks through [`html_to_blocks`].
//! Footnotes (WordPress 6.3 and later) are in the body as its Footnotes
//! block renders them; without that block, they are read from
//! `meta.footnotes`.

use serde_json::Value;

use super::html::{html_to_blocks, html_to_caption, html_to_text};
use super::read::{card_url, first_entry, person_name, pick_entry, plain, resolve_entry_html};
use super::read::{field_path, wrong, Obj, Reader};
use super::read::{Error, Parsed};
use super::{Adapter, Format};
use crate::model::limits::*;
use crate::model::{check_url, Article, Author, Block, DateTime, Image, SocialLink, StoryCard, UrlKind};

/// A post with `title.rendered` and `content.rendered` (in a list, the
/// first), or the error WordPress sends instead:
/// `{"code": "rest_post_invalid_id", "message": "…", "data": {"status": 404}}`.
pub(super) const ADAPTER: Adapter = Adapter {
    format: Format::WordPress,
    looks_like: |value| {
        let first = first_entry(value);
        let rendered = |key: &str| first.get(key).and_then(|v| v.get("rendered")).is_some_and(Value::is_string);
        let post = rendered("title") && rendered("content");
        let error = value.get("code").is_some_and(Value::is_string)
            && value.get("message").is_some_and(Value::is_string)
            && value.get("data").is_some();
        post || error
    },
    clue: "\"title.rendered\" and \"content.rendered\" (WordPress)",
    #[cfg(feature = "converters")]
    read: parse,
};

/// Adapts a WordPress post, or a list of posts, into the model; `item` picks
/// a post of a list by index from 0, `id` or `slug` (default: the first).
pub(crate) fn parse(value: &Value, item: Option<&str>) -> Result<Parsed, Error> {
    if let Some(message) = error_message(value) {
        return Err(Error::Invalid {
            path: "article".into(),
            message: format!("WordPress answered with an error instead of a post: {message}"),
        });
    }
    let (posts, is_list) = match value {
        Value::Array(posts) => (posts.as_slice(), true),
        Value::Object(_) => (std::slice::from_ref(value), false),
        other => return Err(wrong("article", "a post object or an array of posts", other)),
    };
    let path_of = |i: usize| if is_list { format!("article[{i}]") } else { "article".to_owned() };
    let chosen = pick_entry(posts, item, "article", "posts")?;

    let mut reader = Reader::lenient();
    let path = path_of(chosen);
    let mut article = read_post(&mut reader, posts.get(chosen).unwrap_or(&Value::Null), &path)?;

    // Jetpack's picks first, then the other posts of a list, each story once.
    let post = Obj::new(posts.get(chosen).unwrap_or(&Value::Null), &path)?;
    article.related = reader.list(&post, "jetpack-related-posts", MAX_RELATED, "related posts", jetpack_card)?;
    reader.related_entries(&mut article, posts, chosen, "article", path_of, post_card)?;
    Ok(Parsed { article, warnings: reader.warnings })
}

/// The article from one post object at `path`.
fn read_post(reader: &mut Reader, value: &Value, path: &str) -> Result<Article, Error> {
    let post = Obj::new(value, path)?;
    if let Some(message) = error_message(value) {
        return Err(Error::Invalid {
            path: path.to_owned(),
            message: format!("WordPress answered with an error instead of a post: {message}"),
        });
    }
    let headline = title(&post)?;
    let embedded_path = post.at("_embedded");
    let embedded = embedded(reader, &post, &embedded_path, true)?;
    let url = reader.opt_url(&post, "link", UrlKind::Link)?;
    let mut body = match post.get("content") {
        None => Vec::new(),
        Some(content) => {
            let content_path = post.at("content");
            let content = Obj::new(content, &content_path)?;
            if content.opt_bool("protected")? == Some(true) {
                reader.warn(
                    content.at("protected"),
                    "the post is password-protected; WordPress does not send its text, so the body is empty",
                );
            }
            match content.opt_str("rendered", MAX_INPUT_BYTES)? {
                Some(html) => {
                    let mut body = html_to_blocks(&html, reader, &content.at("rendered"));
                    if !html.contains(FOOTNOTES_BLOCK) {
                        body.extend(footnotes(reader, &post));
                    }
                    body
                }
                None => Vec::new(),
            }
        }
    };
    // WordPress writes the body's links and images absolute; a relative one
    // (a plugin's, an imported post's) was written for the post's page.
    resolve_entry_html(&mut body, url.as_deref());
    Ok(Article {
        id: id_text(&post)?,
        url,
        section: match &embedded {
            Some(embedded) => section(embedded)?,
            None => None,
        },
        dek: rendered(&post, "excerpt", MAX_LONG_TEXT)?,
        published: date(reader, &post, "date_gmt", "date")?,
        updated: date(reader, &post, "modified_gmt", "modified")?,
        hero: match &embedded {
            Some(embedded) => featured_image(reader, embedded)?,
            None => None,
        },
        authors: match &embedded {
            Some(embedded) => reader.list(embedded, "author", MAX_AUTHORS, "authors", author)?,
            None => Vec::new(),
        },
        body,
        ..Article::new(headline)
    })
}

/// The class of WordPress's Footnotes block (6.3 and later), the list of
/// the post's notes in `content.rendered`
/// (<https://github.com/WordPress/gutenberg/tree/trunk/packages/block-library/src/footnotes>).
const FOOTNOTES_BLOCK: &str = "wp-block-footnotes";

/// The post's footnotes as its Footnotes block shows them (an ordered list,
/// each note's HTML converted as the body is), from `meta.footnotes`: for a
/// body without the block (removed from the post, or placed outside it),
/// whose references would otherwise number notes shown nowhere.
/// The field is a JSON string, `[{"content": "<html>", "id": "…"}]`, empty
/// when the post has no notes.
fn footnotes(reader: &mut Reader, post: &Obj) -> Vec<Block> {
    let Some(Value::String(raw)) = post.get("meta").and_then(|meta| meta.get("footnotes")) else { return Vec::new() };
    if raw.trim().is_empty() {
        return Vec::new();
    }
    let path = field_path(&post.at("meta"), "footnotes");
    let Ok(Value::Array(notes)) = serde_json::from_str::<Value>(raw) else {
        reader.warn(path, "not a JSON list of notes; the post's footnotes are not shown");
        return Vec::new();
    };
    let items: String =
        notes.iter().filter_map(|note| note.get("content")?.as_str()).map(|n| format!("<li>{n}</li>")).collect();
    html_to_blocks(&format!("<ol>{items}</ol>"), reader, &path)
}

/// `title.rendered` as text; the one field a post cannot do without.
fn title(post: &Obj) -> Result<String, Error> {
    let path = post.at("title");
    let Some(value) = post.get("title") else { return Err(Error::Missing { path }) };
    let title = Obj::new(value, &path)?;
    match rendered_text(&title, MAX_SHORT_TEXT)? {
        Some(text) => Ok(text),
        None if title.get("rendered").is_some() => {
            Err(Error::Invalid { path: title.at("rendered"), message: "has no text; a headline is required".into() })
        }
        None => Err(Error::Missing { path: title.at("rendered") }),
    }
}

/// The text of a `{"rendered": "<html>"}` field `key`: markup dropped,
/// entities decoded, white space collapsed.
fn rendered(obj: &Obj, key: &str, max: usize) -> Result<Option<String>, Error> {
    let Some(value) = obj.get(key) else { return Ok(None) };
    let path = obj.at(key);
    rendered_text(&Obj::new(value, &path)?, max)
}

fn rendered_text(field: &Obj, max: usize) -> Result<Option<String>, Error> {
    let Some(html) = field.opt_str("rendered", MAX_INPUT_BYTES)? else { return Ok(None) };
    plain(&html, &field.at("rendered"), max)
}

/// A post's `id`: WordPress gives a number.
fn id_text(post: &Obj) -> Result<Option<String>, Error> {
    match post.get("id") {
        None => Ok(None),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::String(_)) => post.opt_str("id", MAX_SHORT_TEXT),
        Some(other) => Err(wrong(&post.at("id"), "a number or a string", other)),
    }
}

/// A date from `gmt_key`, which WordPress writes in UTC without a zone
/// (`2026-11-20T08:30:00`), else from `local_key`, the site's local time,
/// also without a zone, kept as it is.
fn date(reader: &mut Reader, post: &Obj, gmt_key: &str, local_key: &str) -> Result<Option<DateTime>, Error> {
    if let Some(text) = post.opt_str(gmt_key, MAX_SHORT_TEXT)? {
        let zoned = match text.get(10..) {
            Some(time) if !time.is_empty() && !time.contains(['Z', 'z', '+', '-']) => format!("{text}Z"),
            _ => text,
        };
        if let Some(date) = reader.date(&zoned, &post.at(gmt_key)) {
            return Ok(Some(date));
        }
    }
    reader.opt_date(post, local_key)
}

/// `_embedded`, which only `?_embed` adds, read at `path`. On the article
/// itself its absence is worth a warning when the post has an author or an
/// image to embed.
fn embedded<'a>(reader: &mut Reader, post: &Obj<'a>, path: &'a str, warn: bool) -> Result<Option<Obj<'a>>, Error> {
    let Some(value) = post.get("_embedded") else {
        let refers = |key: &str| post.get(key).and_then(Value::as_u64).is_some_and(|id| id > 0);
        if warn && (refers("author") || refers("featured_media")) {
            reader.warn(
                path.to_owned(),
                "missing: fetch the post with ?_embed to show its author, featured image and section",
            );
        }
        return Ok(None);
    };
    Obj::new(value, path).map(Some)
}

/// `{"code": "rest_…", "message": "…", "data": {"status": 404}}`: what
/// WordPress sends instead of a post, or inside `_embedded` instead of an
/// author or image the reader may not see.
fn error_message(value: &Value) -> Option<String> {
    let code = value.get("code")?.as_str()?;
    let message = value.get("message")?.as_str()?;
    if value.get("id").is_some() {
        return None;
    }
    let message = html_to_text(message).split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    Some(match value.get("data").and_then(|d| d.get("status")).and_then(Value::as_u64) {
        Some(status) => format!("\"{message}\" ({code}, HTTP {status})"),
        None => format!("\"{message}\" ({code})"),
    })
}

/// One `_embedded.author[]` user.
fn author(reader: &mut Reader, value: &Value, path: &str) -> Result<Option<Author>, Error> {
    if let Some(message) = error_message(value) {
        reader.warn(path.to_owned(), format!("WordPress could not include this author: {message}; not shown"));
        return Ok(None);
    }
    let obj = Obj::new(value, path)?;
    let name = person_name(obj.req_str("name", MAX_SHORT_TEXT)?);
    let bio = match obj.opt_str("description", MAX_INPUT_BYTES)? {
        Some(html) => plain(&html, &obj.at("description"), MAX_LONG_TEXT)?,
        None => None,
    };
    let avatar = match obj.get("avatar_urls") {
        None => None,
        Some(urls) => {
            let urls_path = obj.at("avatar_urls");
            let urls = Obj::new(urls, &urls_path)?;
            // Keyed by pixel size ("24", "48", "96"): the largest is sharpest.
            let largest = urls.map.keys().filter_map(|k| k.parse::<u32>().ok().map(|n| (n, k))).max_by_key(|(n, _)| *n);
            match largest {
                Some((_, key)) => reader.opt_url(&urls, key, UrlKind::Image)?,
                None => None,
            }
        }
    };
    // `link` is the author's archive on the site; `url` their own website.
    let url = reader.opt_url(&obj, "link", UrlKind::Link)?;
    let social = reader.opt_url(&obj, "url", UrlKind::Link)?.map(|url| SocialLink { label: "Website".into(), url });
    Ok(Some(Author { name, role: None, bio, avatar, url, social: social.into_iter().collect(), stories: Vec::new() }))
}

/// The first category among `_embedded["wp:term"]` (an array of arrays of
/// terms, one array a taxonomy), skipping WordPress' default "Uncategorized".
fn section(embedded: &Obj) -> Result<Option<String>, Error> {
    let key = "wp:term";
    for (i, group) in embedded.opt_array(key)?.iter().enumerate() {
        let group_path = format!("{}[{i}]", embedded.at(key));
        let terms = match group {
            Value::Array(terms) => terms,
            other if error_message(other).is_some() => continue,
            other => return Err(wrong(&group_path, "an array of terms", other)),
        };
        for (j, term) in terms.iter().enumerate() {
            let term_path = format!("{group_path}[{j}]");
            let term = Obj::new(term, &term_path)?;
            if term.opt_str("taxonomy", MAX_SHORT_TEXT)?.as_deref() != Some("category")
                || term.opt_str("slug", MAX_SHORT_TEXT)?.as_deref() == Some("uncategorized")
            {
                continue;
            }
            // Term names come entity-encoded ("News &amp; Politics").
            if let Some(name) = term.opt_str("name", MAX_INPUT_BYTES)? {
                if let Some(name) = plain(&name, &term.at("name"), MAX_SHORT_TEXT)? {
                    return Ok(Some(name));
                }
            }
        }
    }
    Ok(None)
}

/// `_embedded["wp:featuredmedia"][0]` as an image.
fn featured_image(reader: &mut Reader, embedded: &Obj) -> Result<Option<Image>, Error> {
    let key = "wp:featuredmedia";
    match embedded.opt_array(key)?.first() {
        None => Ok(None),
        Some(media) => media_image(reader, media, &format!("{}[0]", embedded.at(key))),
    }
}

/// Widest rendition picked for the page when there is no "large" one.
const MAX_PICKED_WIDTH: u32 = 1600;

/// A media object: the "large" rendition, else the widest up to
/// [`MAX_PICKED_WIDTH`], else the original, each with its own size.
fn media_image(reader: &mut Reader, value: &Value, path: &str) -> Result<Option<Image>, Error> {
    if let Some(message) = error_message(value) {
        reader.warn(path.to_owned(), format!("WordPress could not include the featured image: {message}; not shown"));
        return Ok(None);
    }
    let media = Obj::new(value, path)?;
    let details_path = media.at("media_details");
    let details = media.get("media_details").map(|d| Obj::new(d, &details_path)).transpose()?;
    let original_size = match &details {
        Some(d) => (d.opt_dimension("width")?, d.opt_dimension("height")?),
        None => (None, None),
    };
    let sizes_path = details_path.clone() + ".sizes";
    let sizes = match details.as_ref().and_then(|d| d.get("sizes")) {
        Some(sizes) => Some(Obj::new(sizes, &sizes_path)?),
        None => None,
    };

    // Every rendition with a usable address: (name, src, width, height).
    let mut renditions = Vec::new();
    if let Some(sizes) = &sizes {
        for (name, size) in sizes.map.iter().filter(|(_, size)| !size.is_null()) {
            let size_path = sizes.at(name);
            let obj = Obj::new(size, &size_path)?;
            let (width, height) = (obj.opt_dimension("width")?, obj.opt_dimension("height")?);
            if let Some(src) = reader.opt_url(&obj, "source_url", UrlKind::Image)? {
                renditions.push((name.as_str(), src, width, height));
            }
        }
    }
    // In order of preference: "large", else the widest up to MAX_PICKED_WIDTH.
    let large = renditions.iter().find(|r| r.0 == "large");
    let widest = renditions.iter().filter(|r| r.2.is_some_and(|w| w <= MAX_PICKED_WIDTH)).max_by_key(|r| r.2);
    let chosen = large.or(widest).map(|(_, src, width, height)| (src.clone(), *width, *height));
    let (src, width, height) = match chosen {
        Some(chosen) => chosen,
        None => {
            let (width, height) = original_size;
            let Some(raw) = media.opt_str("source_url", MAX_INPUT_BYTES)? else {
                reader.warn(media.at("source_url"), "missing; the image is not shown");
                return Ok(None);
            };
            let Some(src) = reader.url(&raw, &media.at("source_url"), UrlKind::Image) else { return Ok(None) };
            (src, width, height)
        }
    };
    let alt = reader.alt(&media, "alt_text")?;
    // IPTC credit, which WordPress copies from the uploaded file.
    let meta_path = details_path.clone() + ".image_meta";
    let credit = match details.as_ref().and_then(|d| d.get("image_meta")) {
        None => None,
        Some(meta) => Obj::new(meta, &meta_path)?.opt_str("credit", MAX_SHORT_TEXT)?,
    };
    let caption = match media.get("caption") {
        Some(value) => {
            let path = media.at("caption");
            let field = Obj::new(value, &path)?;
            let html = field.opt_str("rendered", MAX_INPUT_BYTES)?;
            html.and_then(|html| html_to_caption(&html, reader, &field.at("rendered")))
        }
        None => None,
    };
    let mut image = Image { caption, credit, width, height, ..Image::new(src, alt) };
    // The other renditions of the same shape let a browser pick its width,
    // the original among them (WordPress writes the same `srcset` itself).
    let original = media.opt_str("source_url", MAX_INPUT_BYTES)?.and_then(|raw| check_url(&raw, UrlKind::Image).ok());
    let others = renditions.into_iter().filter_map(|(_, src, w, h)| Some((src, w?, h?)));
    let original = original.zip(original_size.0).zip(original_size.1).map(|((src, w), h)| (src, w, h));
    image.srcset = reader.srcset_of(&image, others.chain(original), &sizes_path);
    Ok(Some(image))
}

/// Another post of a list, as a related-story card; `Ok(None)` (with a
/// warning) when it has no title or no safe link.
fn post_card(reader: &mut Reader, value: &Value, path: &str) -> Result<Option<StoryCard>, Error> {
    if let Some(message) = error_message(value) {
        reader.warn(path.to_owned(), format!("an error instead of a post: {message}; the story is skipped"));
        return Ok(None);
    }
    let post = Obj::new(value, path)?;
    let Some(headline) = rendered(&post, "title", MAX_SHORT_TEXT)? else {
        reader.warn(post.at("title"), "no title; the story is skipped");
        return Ok(None);
    };
    let Some(url) = card_url(reader, &post, "link")? else { return Ok(None) };
    let embedded_path = post.at("_embedded");
    let embedded = embedded(reader, &post, &embedded_path, false)?;
    Ok(Some(StoryCard {
        kicker: match &embedded {
            Some(embedded) => section(embedded)?,
            None => None,
        },
        image: match &embedded {
            Some(embedded) => featured_image(reader, embedded)?,
            None => None,
        },
        date: date(reader, &post, "date_gmt", "date")?,
        summary: rendered(&post, "excerpt", MAX_LONG_TEXT)?,
        ..StoryCard::new(url, headline)
    }))
}

/// One of Jetpack's `jetpack-related-posts`:
/// `{url, title, date, excerpt, img: {src, width, height, alt_text}}`.
fn jetpack_card(reader: &mut Reader, value: &Value, path: &str) -> Result<Option<StoryCard>, Error> {
    let obj = Obj::new(value, path)?;
    let headline = match obj.opt_str("title", MAX_INPUT_BYTES)? {
        Some(title) => plain(&title, &obj.at("title"), MAX_SHORT_TEXT)?,
        None => None,
    };
    let Some(headline) = headline else {
        reader.warn(obj.at("title"), "missing; the story is skipped");
        return Ok(None);
    };
    let Some(url) = card_url(reader, &obj, "url")? else { return Ok(None) };
    let summary = match obj.opt_str("excerpt", MAX_INPUT_BYTES)? {
        Some(excerpt) => plain(&excerpt, &obj.at("excerpt"), MAX_LONG_TEXT)?,
        None => None,
    };
    let image = match obj.get("img") {
        None => None,
        Some(img) => {
            let img_path = obj.at("img");
            let img = Obj::new(img, &img_path)?;
            // No image is `{"src": "", "width": 0, "height": 0}`.
            match img.opt_str("src", MAX_INPUT_BYTES)? {
                None => None,
                Some(raw) => match reader.url(&raw, &img.at("src"), UrlKind::Image) {
                    None => None,
                    Some(src) => Some(Image {
                        width: img.opt_dimension("width")?,
                        height: img.opt_dimension("height")?,
                        ..Image::new(src, img.opt_str("alt_text", MAX_SHORT_TEXT)?.unwrap_or_default())
                    }),
                },
            }
        }
    };
    let date = match obj.opt_str("date", MAX_SHORT_TEXT)? {
        None => None,
        // Jetpack writes dates in the site's format, by default "November
        // 12, 2026": the lenient reader's date forms cover it.
        Some(text) => reader.date(&text, &obj.at("date")),
    };
    Ok(Some(StoryCard { image, date, summary, ..StoryCard::new(url, headline) }))
}
