//! Ghost Content API posts into the model: a `posts` response
//! (`/ghost/api/content/posts/?include=authors,tags`), where `item` picks the
//! article and the other posts become related-story cards, or one post object.
//!
//! Field reference: <https://ghost.org/docs/content-api/#posts> and
//! <https://ghost.org/docs/content-api/#authors>. Ghost's `title`,
//! `custom_excerpt` and author fields are plain text; `html` is the body and
//! `feature_image_caption` is HTML.

use serde_json::Value;

use super::html::{html_to_blocks, html_to_caption};
use super::read::{card_url, person_name, pick_entry, resolve_entry_html};
use super::read::{wrong, Obj, Reader};
use super::read::{Error, Parsed};
use super::{Adapter, Format};
use crate::model::limits::*;
use crate::model::{check_url, origin, Article, Author, Image, SocialLink, StoryCard, UrlKind};

/// A `posts` array, one post (`html`, a `title` and a `uuid`, or a
/// `primary_author`, or a `feature_image` and a `title`), or the errors Ghost
/// sends instead: `{"errors": [{"message": "…", "type": "NotFoundError"}]}`.
pub(super) const ADAPTER: Adapter = Adapter {
    format: Format::Ghost,
    looks_like: |value| {
        let titled = value.get("title").is_some_and(Value::is_string);
        let post = value.get("html").is_some() && titled && value.get("uuid").is_some()
            || value.get("primary_author").is_some()
            || value.get("feature_image").is_some() && titled;
        let error = value
            .get("errors")
            .and_then(Value::as_array)
            .and_then(|errors| errors.first())
            .is_some_and(|e| e.get("type").is_some());
        value.get("posts").and_then(Value::as_array).is_some() || post || error
    },
    clue: "a \"posts\" array or a post with \"html\" and \"uuid\" (Ghost)",
    #[cfg(feature = "converters")]
    read: parse,
};

/// Adapts a Ghost `posts` response, or one post, into the model; `item`
/// picks a post by index from 0, `id` or `slug` (default: the first).
pub(crate) fn parse(value: &Value, item: Option<&str>) -> Result<Parsed, Error> {
    let root = Obj::new(value, "article")?;
    if let Some(message) = error_message(&root)? {
        return Err(Error::Invalid {
            path: "article".into(),
            message: format!("Ghost answered with an error instead of posts: {message}"),
        });
    }
    let mut reader = Reader::lenient();
    let Some(posts) = root.get("posts") else {
        pick_entry(std::slice::from_ref(value), item, "article", "posts")?;
        let article = read_post(&mut reader, value, "article")?;
        return Ok(Parsed { article, warnings: reader.warnings });
    };
    let Value::Array(posts) = posts else { return Err(wrong(&root.at("posts"), "an array of posts", posts)) };
    let chosen = pick_entry(posts, item, "article.posts", "posts")?;
    let mut article =
        read_post(&mut reader, posts.get(chosen).unwrap_or(&Value::Null), &format!("article.posts[{chosen}]"))?;

    let path_of = |i: usize| format!("article.posts[{i}]");
    reader.related_entries(&mut article, posts, chosen, "article.posts", path_of, post_card)?;
    Ok(Parsed { article, warnings: reader.warnings })
}

/// `{"errors": [{"message": "Resource not found", "context": …, "type": "NotFoundError"}]}`:
/// what Ghost sends instead of posts.
fn error_message(root: &Obj) -> Result<Option<String>, Error> {
    let Some(first) = root.opt_array("errors")?.first() else { return Ok(None) };
    let path = format!("{}[0]", root.at("errors"));
    let error = Obj::new(first, &path)?;
    let message = error.opt_str("message", MAX_LONG_TEXT)?.unwrap_or_else(|| "no message".into());
    let mut out = format!("\"{message}\"");
    if let Some(kind) = error.opt_str("type", MAX_SHORT_TEXT)? {
        out += &format!(" ({kind})");
    }
    if let Some(context) = error.opt_str("context", MAX_LONG_TEXT)? {
        out += &format!(": {context}");
    }
    Ok(Some(out))
}

/// The article from one post object at `path`.
fn read_post(reader: &mut Reader, value: &Value, path: &str) -> Result<Article, Error> {
    let post = Obj::new(value, path)?;
    let headline = post.req_str("title", MAX_SHORT_TEXT)?;
    if let Some(visibility) = post.opt_str("visibility", MAX_SHORT_TEXT)?.filter(|v| v != "public") {
        reader.warn(
            post.at("visibility"),
            format!("the post is for \"{visibility}\" readers; the Content API sends only the part before the paywall, so the body may be cut short"),
        );
    }
    let body = match post.opt_str("html", MAX_INPUT_BYTES)? {
        Some(html) => html_to_blocks(&html, reader, &post.at("html")),
        None => Vec::new(),
    };
    let mut article = Article {
        id: post.opt_str("id", MAX_SHORT_TEXT)?,
        url: reader.opt_url(&post, "url", UrlKind::Link)?,
        section: section(&post)?,
        // Not `excerpt`: Ghost writes that from the opening words of the
        // body, which would print the first paragraph twice.
        dek: post.opt_str("custom_excerpt", MAX_LONG_TEXT)?,
        published: reader.opt_date(&post, "published_at")?,
        updated: reader.opt_date(&post, "updated_at")?,
        hero: feature_image(reader, &post, true)?,
        authors: authors(reader, &post)?,
        body,
        ..Article::new(headline)
    };
    replace_site_placeholder(&mut article);
    // After the placeholder: `__GHOST_URL__/a.jpg` is no path on the post's page.
    resolve_entry_html(&mut article.body, article.url.as_deref());
    Ok(article)
}

/// Ghost writes its own address into content as the placeholder
/// `__GHOST_URL__` (`__GHOST_URL__/content/images/a.jpg`), which its Content
/// API is meant to expand but imported or cached posts keep. It stands for
/// the site: here the origin of the post's `url` (a site in a subfolder
/// keeps only the host), else nothing, which leaves a path on the host the
/// post came from.
fn replace_site_placeholder(article: &mut Article) {
    const PLACEHOLDER: &str = "__GHOST_URL__";
    let site = article
        .url
        .as_deref()
        .filter(|url| !url.starts_with(PLACEHOLDER))
        .and_then(origin)
        .unwrap_or_default()
        .to_owned();
    article.visit_urls(&mut |url, kind| {
        if let Some(rest) = url.strip_prefix(PLACEHOLDER) {
            if let Ok(expanded) = check_url(&format!("{site}{rest}"), kind) {
                *url = expanded;
            }
        }
    });
}

/// `feature_image` with its alt text and (HTML) caption; Ghost sends no size.
fn feature_image(reader: &mut Reader, post: &Obj, with_caption: bool) -> Result<Option<Image>, Error> {
    let Some(src) = reader.opt_url(post, "feature_image", UrlKind::Image)? else { return Ok(None) };
    let alt = reader.alt(post, "feature_image_alt")?;
    let caption = match post.opt_str("feature_image_caption", MAX_INPUT_BYTES)? {
        Some(html) if with_caption => html_to_caption(&html, reader, &post.at("feature_image_caption")),
        _ => None,
    };
    Ok(Some(Image { caption, ..Image::new(src, alt) }))
}

/// `primary_author` first, then the rest of `authors` in order, each person
/// once (by `id`, else `slug`).
fn authors(reader: &mut Reader, post: &Obj) -> Result<Vec<Author>, Error> {
    let mut people: Vec<(&Value, String)> = Vec::new();
    if let Some(primary) = post.get("primary_author") {
        people.push((primary, post.at("primary_author")));
    }
    for (i, author) in post.opt_array("authors")?.iter().enumerate() {
        people.push((author, format!("{}[{i}]", post.at("authors"))));
    }
    let key = |person: &Value| {
        ["id", "slug"].iter().find_map(|k| person.get(*k).and_then(Value::as_str).map(|s| format!("{k}:{s}")))
    };
    let mut seen = Vec::new();
    let mut out = Vec::new();
    let mut more = 0;
    for (person, path) in people {
        if let Some(key) = key(person) {
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
        }
        if out.len() == MAX_AUTHORS {
            more += 1;
            continue;
        }
        out.push(author(reader, person, &path)?);
    }
    reader.cap(post.at("authors"), out.len() + more, MAX_AUTHORS, "authors");
    Ok(out)
}

/// One Ghost author: `twitter` is a handle ("@name") and `facebook` a page
/// name ("name"), which become links.
fn author(reader: &mut Reader, value: &Value, path: &str) -> Result<Author, Error> {
    let obj = Obj::new(value, path)?;
    let mut social = Vec::new();
    if let Some(url) = reader.opt_url(&obj, "website", UrlKind::Link)? {
        social.push(SocialLink { label: "Website".into(), url });
    }
    if let Some(handle) = obj.opt_str("twitter", MAX_SHORT_TEXT)? {
        let handle = handle.trim_start_matches('@');
        let valid =
            !handle.is_empty() && handle.len() <= 15 && handle.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if let Some(url) = profile(reader, &obj.at("twitter"), handle, valid, "https://x.com/", "a handle like @name") {
            social.push(SocialLink { label: "X".into(), url });
        }
    }
    if let Some(name) = obj.opt_str("facebook", MAX_SHORT_TEXT)? {
        let valid = !name.starts_with(['/', '.'])
            && !name.contains("..")
            && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'));
        if let Some(url) =
            profile(reader, &obj.at("facebook"), &name, valid, "https://www.facebook.com/", "a page name like \"name\"")
        {
            social.push(SocialLink { label: "Facebook".into(), url });
        }
    }
    let name = person_name(obj.req_str("name", MAX_SHORT_TEXT)?);
    Ok(Author {
        bio: obj.opt_str("bio", MAX_LONG_TEXT)?,
        avatar: reader.opt_url(&obj, "profile_image", UrlKind::Image)?,
        url: reader.opt_url(&obj, "url", UrlKind::Link)?,
        social,
        ..Author::new(name)
    })
}

/// A social profile from a name (`base` + name), or from a full web address
/// some sites store instead; anything else is dropped with a warning.
fn profile(reader: &mut Reader, path: &str, name: &str, valid: bool, base: &str, expected: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return reader.url(name, path, UrlKind::Link);
    }
    if valid {
        return Some(format!("{base}{name}"));
    }
    reader.warn(path.to_owned(), format!("\"{name}\" is not {expected}; the link is dropped"));
    None
}

/// `primary_tag`'s name, else the first public tag of `tags`. Internal tags
/// (`#name`, visibility "internal") are for theme logic, not readers.
fn section(post: &Obj) -> Result<Option<String>, Error> {
    let mut tags: Vec<(&Value, String)> = Vec::new();
    if let Some(primary) = post.get("primary_tag") {
        tags.push((primary, post.at("primary_tag")));
    }
    for (i, tag) in post.opt_array("tags")?.iter().enumerate() {
        tags.push((tag, format!("{}[{i}]", post.at("tags"))));
    }
    for (tag, path) in tags {
        let tag = Obj::new(tag, &path)?;
        let internal = tag.opt_str("visibility", MAX_SHORT_TEXT)?.is_some_and(|v| v == "internal");
        match tag.opt_str("name", MAX_SHORT_TEXT)? {
            Some(name) if !internal && !name.starts_with('#') => return Ok(Some(name)),
            _ => {}
        }
    }
    Ok(None)
}

/// Another post of the response, as a related-story card; `Ok(None)` (with
/// a warning) when it has no title or no safe link.
fn post_card(reader: &mut Reader, value: &Value, path: &str) -> Result<Option<StoryCard>, Error> {
    let post = Obj::new(value, path)?;
    let Some(headline) = post.opt_str("title", MAX_SHORT_TEXT)? else {
        reader.warn(post.at("title"), "no title; the story is skipped");
        return Ok(None);
    };
    let Some(url) = card_url(reader, &post, "url")? else { return Ok(None) };
    // A card may use the automatic excerpt: it stands alone there.
    let summary = match post.opt_str("custom_excerpt", MAX_LONG_TEXT)? {
        Some(excerpt) => Some(excerpt),
        None => post.opt_str("excerpt", MAX_LONG_TEXT)?,
    };
    Ok(Some(StoryCard {
        kicker: section(&post)?,
        image: feature_image(reader, &post, false)?,
        date: reader.opt_date(&post, "published_at")?,
        summary,
        ..StoryCard::new(url, headline)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn social(author: Value) -> (Vec<SocialLink>, Vec<String>) {
        let mut reader = Reader::default();
        let author = super::author(&mut reader, &author, "article.primary_author").unwrap();
        (author.social, reader.warnings.into_iter().map(|w| w.path).collect())
    }

    #[test]
    fn handles_become_profile_links_and_odd_ones_are_dropped() {
        let (links, warnings) = social(json!({"name": "A", "twitter": "@ana_b", "facebook": "ana.b"}));
        assert_eq!(links[0].url, "https://x.com/ana_b");
        assert_eq!(links[1].url, "https://www.facebook.com/ana.b");
        assert!(warnings.is_empty());
        let (links, warnings) =
            social(json!({"name": "A", "twitter": "@a b", "facebook": "https://www.facebook.com/pages/x"}));
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].url, "https://www.facebook.com/pages/x");
        assert_eq!(warnings, ["article.primary_author.twitter"]);
    }
}
