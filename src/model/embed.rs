//! Content from another site that an article embeds: a video or audio
//! player, or a post on a social network. Which provider serves it is read
//! from its address alone, never from what the input calls it, and a player's
//! address is built here from the content's id, never taken from input: a
//! document can name a YouTube video, but cannot make the widget frame a page
//! of its choosing.

use serde::Serialize;

use super::Inline;

/// An embed block's content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Embed {
    /// The content's own page (`https://www.youtube.com/watch?v=…`, a
    /// post's address): the link shown, and what the provider is read from.
    pub url: String,
    /// The content's title ("My talk"), for the player's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publisher's caption under it.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "super::runs_or_text")]
    pub caption: Option<Vec<Inline>>,
    /// A social post's text, quoted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Who wrote a social post, as the embed code credits them
    /// ("Ana Ruiz (@ana)").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

impl Embed {
    /// An embed of `url` with nothing else known.
    pub fn new(url: impl Into<String>) -> Embed {
        Embed { url: url.into(), title: None, caption: None, text: None, author: None }
    }

    /// Who serves it, by its address.
    pub fn provider(&self) -> Provider {
        Provider::of(&self.url)
    }

    /// The provider's player for it, when the provider has one and the
    /// address names its content.
    pub fn player(&self) -> Option<String> {
        player(&self.url)
    }
}

/// How a provider's content is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    /// A video player, framed 16:9 when the reader asks for it.
    Video,
    /// An audio player, framed as a strip when the reader asks for it.
    Audio,
    /// A social post: its text quoted, and a link; no provider script.
    Post,
    /// Anything else: a link to it.
    Link,
}

/// The sites whose embeds the widget knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// YouTube videos, played from `www.youtube-nocookie.com`.
    YouTube,
    /// Vimeo videos, played from `player.vimeo.com`.
    Vimeo,
    /// Spotify tracks, albums, playlists and episodes.
    Spotify,
    /// SoundCloud tracks, played by its widget player.
    SoundCloud,
    /// Posts on X (formerly Twitter).
    X,
    /// Instagram posts.
    Instagram,
    /// TikTok videos, quoted as posts.
    TikTok,
    /// Facebook posts.
    Facebook,
    /// Posts on any Mastodon server (`/@name/123`).
    Mastodon,
    /// Bluesky posts.
    Bluesky,
    /// Another site: its host is the name shown.
    Other,
}

impl Provider {
    /// Every named provider.
    pub const ALL: [Provider; 10] = [
        Provider::YouTube,
        Provider::Vimeo,
        Provider::Spotify,
        Provider::SoundCloud,
        Provider::X,
        Provider::Instagram,
        Provider::TikTok,
        Provider::Facebook,
        Provider::Mastodon,
        Provider::Bluesky,
    ];

    /// The provider's name as readers know it.
    pub const fn name(self) -> &'static str {
        match self {
            Provider::YouTube => "YouTube",
            Provider::Vimeo => "Vimeo",
            Provider::Spotify => "Spotify",
            Provider::SoundCloud => "SoundCloud",
            Provider::X => "X",
            Provider::Instagram => "Instagram",
            Provider::TikTok => "TikTok",
            Provider::Facebook => "Facebook",
            Provider::Mastodon => "Mastodon",
            Provider::Bluesky => "Bluesky",
            Provider::Other => "",
        }
    }

    /// How its content is shown.
    pub const fn medium(self) -> Medium {
        match self {
            Provider::YouTube | Provider::Vimeo => Medium::Video,
            Provider::Spotify | Provider::SoundCloud => Medium::Audio,
            Provider::X
            | Provider::Instagram
            | Provider::TikTok
            | Provider::Facebook
            | Provider::Mastodon
            | Provider::Bluesky => Medium::Post,
            Provider::Other => Medium::Link,
        }
    }

    /// The origin its player loads from, for a page's `frame-src`.
    pub const fn player_origin(self) -> Option<&'static str> {
        match self {
            Provider::YouTube => Some("https://www.youtube-nocookie.com"),
            Provider::Vimeo => Some("https://player.vimeo.com"),
            Provider::Spotify => Some("https://open.spotify.com"),
            Provider::SoundCloud => Some("https://w.soundcloud.com"),
            _ => None,
        }
    }

    /// The provider of `url`, by its host (and, for Mastodon, which runs on
    /// many hosts, by its post path `/@name/123`).
    pub fn of(url: &str) -> Provider {
        let Some((host, path)) = host_and_path(url) else { return Provider::Other };
        let host = host.strip_prefix("www.").or_else(|| host.strip_prefix("m.")).unwrap_or(&host);
        match host {
            "youtube.com" | "youtu.be" | "youtube-nocookie.com" | "music.youtube.com" => Provider::YouTube,
            "vimeo.com" | "player.vimeo.com" => Provider::Vimeo,
            "open.spotify.com" => Provider::Spotify,
            "soundcloud.com" | "w.soundcloud.com" | "on.soundcloud.com" => Provider::SoundCloud,
            "twitter.com" | "x.com" | "mobile.twitter.com" => Provider::X,
            "instagram.com" => Provider::Instagram,
            "tiktok.com" | "vm.tiktok.com" => Provider::TikTok,
            "facebook.com" | "fb.watch" | "web.facebook.com" => Provider::Facebook,
            "bsky.app" => Provider::Bluesky,
            _ if is_mastodon_post(path) => Provider::Mastodon,
            _ => Provider::Other,
        }
    }
}

/// The lowercased host and the path (with query) of an absolute http(s)
/// URL; `//host/…` counts as https.
pub(crate) fn host_and_path(url: &str) -> Option<(String, &str)> {
    let url = url.trim();
    let rest = if let Some(rest) = url.strip_prefix("//") {
        rest
    } else {
        let (scheme, rest) = url.split_once("://")?;
        if !["http", "https"].iter().any(|s| s.eq_ignore_ascii_case(scheme)) {
            return None;
        }
        rest
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..end)?;
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    (!host.is_empty()).then(|| (host, rest.get(end..).unwrap_or_default()))
}

/// `/@name/123…`: a post's address on a Mastodon server.
fn is_mastodon_post(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split(['/', '?', '#']);
    let name = segments.next().unwrap_or_default();
    let id = segments.next().unwrap_or_default();
    name.len() > 1 && name.starts_with('@') && !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())
}

/// The value of query parameter `name` in `path`, undecoded.
fn query<'a>(path: &'a str, name: &str) -> Option<&'a str> {
    let query = path.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    query.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// The path's segments, without its query or fragment.
fn segments(path: &str) -> impl Iterator<Item = &str> {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    path.split('/').filter(|s| !s.is_empty())
}

/// Whether `id` is a content id of `len` characters from `allowed` (ids go
/// into a player's address, so nothing else may).
fn is_id(id: &str, len: std::ops::RangeInclusive<usize>, allowed: impl Fn(u8) -> bool) -> bool {
    len.contains(&id.len()) && id.bytes().all(allowed)
}

fn player(url: &str) -> Option<String> {
    let (host, path) = host_and_path(url)?;
    let base62 = |b: u8| b.is_ascii_alphanumeric();
    let youtube_id = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    match Provider::of(url) {
        Provider::YouTube => {
            let mut parts = segments(path);
            let id = match (host.ends_with("youtu.be"), parts.next()) {
                (true, id) => id,
                (false, Some("watch")) => query(path, "v"),
                (false, Some("embed" | "shorts" | "live" | "v")) => parts.next(),
                _ => None,
            }?;
            is_id(id, 6..=20, youtube_id).then(|| format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"))
        }
        Provider::Vimeo => {
            let id = segments(path).filter(|s| s.bytes().all(|b| b.is_ascii_digit())).last()?;
            // `dnt`: Vimeo's player sets no tracking cookies.
            is_id(id, 1..=12, |b| b.is_ascii_digit())
                .then(|| format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"))
        }
        Provider::Spotify => {
            let parts: Vec<&str> = segments(path).filter(|s| *s != "embed" && !s.starts_with("intl-")).collect();
            let [kind, id] = parts.as_slice() else { return None };
            let known = ["track", "album", "playlist", "episode", "show", "artist"].contains(kind);
            (known && is_id(id, 10..=40, base62)).then(|| format!("https://open.spotify.com/embed/{kind}/{id}"))
        }
        Provider::SoundCloud => {
            // The player takes the track's address as its `url` parameter.
            let track = if host == "w.soundcloud.com" {
                query(path, "url").map(str::to_owned)?
            } else {
                let parts: Vec<&str> = segments(path).collect();
                let ok = (1..=4).contains(&parts.len())
                    && parts.iter().all(|p| is_id(p, 1..=100, |b| b.is_ascii_alphanumeric() || b"-_".contains(&b)));
                if !ok {
                    return None;
                }
                percent_encode(&format!("https://soundcloud.com/{}", parts.join("/")))
            };
            let safe = track.bytes().all(|b| b.is_ascii_alphanumeric() || b"%-_./:".contains(&b));
            safe.then(|| format!("https://w.soundcloud.com/player/?url={track}&auto_play=true"))
        }
        _ => None,
    }
}

/// The content's own page for the address of its player (a frame's
/// `src`), where the provider has one: the link a reader can follow.
/// Other addresses are returned as they are.
pub fn page_of(url: &str) -> String {
    let Some((host, path)) = host_and_path(url) else { return url.to_owned() };
    let mut parts = segments(path);
    let page = match (Provider::of(url), host.as_str(), parts.next()) {
        (Provider::YouTube, _, Some("embed")) => parts.next().map(|id| format!("https://www.youtube.com/watch?v={id}")),
        (Provider::Vimeo, "player.vimeo.com", Some("video")) => {
            parts.next().map(|id| format!("https://vimeo.com/{id}"))
        }
        (Provider::Spotify, _, Some("embed")) => {
            Some(format!("https://open.spotify.com/{}", parts.collect::<Vec<_>>().join("/")))
        }
        (Provider::Mastodon, _, _) => url.strip_suffix("/embed").map(str::to_owned),
        _ => None,
    };
    // Built only from a checked id: a page whose player is not known stays as given.
    page.filter(|page| player(page).is_some() || Provider::of(page) == Provider::Mastodon)
        .unwrap_or_else(|| url.to_owned())
}

/// `s` with every byte but ASCII letters, digits and `-_.` percent-encoded.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn player_of(url: &str) -> Option<String> {
        Embed::new(url).player()
    }

    // Each provider's usual addresses give its privacy-minded player; ids are checked, so nothing else gets in.
    #[test]
    fn players_are_built_from_the_content_id() {
        let youtube = Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1".to_owned());
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10",
            "https://youtu.be/dQw4w9WgXcQ?si=abc",
            "https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed",
            "//www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://m.youtube.com/shorts/dQw4w9WgXcQ",
        ] {
            assert_eq!(player_of(url), youtube, "{url}");
        }
        assert_eq!(player_of("https://www.youtube.com/watch?v=a\"onload=x"), None);
        assert_eq!(player_of("https://www.youtube.com/channel/UCabc"), None);
        assert_eq!(
            player_of("https://vimeo.com/76979871"),
            Some("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1".to_owned())
        );
        assert_eq!(
            player_of("https://player.vimeo.com/video/76979871?h=8272103f6e"),
            Some("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1".to_owned())
        );
        assert_eq!(
            player_of("https://open.spotify.com/intl-de/episode/4rOoJ6Egrf8K2IrywzwOMk?si=1"),
            Some("https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk".to_owned())
        );
        assert_eq!(
            player_of("https://soundcloud.com/an-artist/a-track"),
            Some("https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fan-artist%2Fa-track&auto_play=true".to_owned())
        );
        assert_eq!(
            player_of("https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500"),
            Some(
                "https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&auto_play=true"
                    .to_owned()
            )
        );
        assert_eq!(player_of("https://w.soundcloud.com/player/?url=a\"b<c"), None);
        assert_eq!(player_of("https://x.com/a/status/1"), None);
        assert_eq!(player_of("javascript:alert(1)//youtube.com/embed/dQw4w9WgXcQ"), None);
    }

    // A player's address gives back the page a reader can open.
    #[test]
    fn players_lead_back_to_their_pages() {
        assert_eq!(
            page_of("https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"),
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        );
        assert_eq!(page_of("https://player.vimeo.com/video/76979871?h=1"), "https://vimeo.com/76979871");
        assert_eq!(
            page_of("https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC?utm=1"),
            "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC"
        );
        assert_eq!(page_of("https://social.example/@ana/1234/embed"), "https://social.example/@ana/1234");
        assert_eq!(page_of("https://www.youtube.com/embed/bad\"id"), "https://www.youtube.com/embed/bad\"id");
        assert_eq!(page_of("https://maps.example/embed?pb=1"), "https://maps.example/embed?pb=1");
    }

    // The provider is read from the host, never from a look-alike.
    #[test]
    fn providers_are_known_by_their_host() {
        assert_eq!(Provider::of("https://twitter.com/a/status/1"), Provider::X);
        assert_eq!(Provider::of("https://x.com/a/status/1"), Provider::X);
        assert_eq!(Provider::of("https://www.instagram.com/p/Cabc/"), Provider::Instagram);
        assert_eq!(Provider::of("https://www.tiktok.com/@a/video/1"), Provider::TikTok);
        assert_eq!(Provider::of("https://bsky.app/profile/a.test/post/3k"), Provider::Bluesky);
        assert_eq!(Provider::of("https://social.example/@ana/111222333"), Provider::Mastodon);
        assert_eq!(Provider::of("https://youtube.com.evil.test/embed/dQw4w9WgXcQ"), Provider::Other);
        assert_eq!(Provider::of("https://user@youtube.com:443/embed/x"), Provider::YouTube);
        assert_eq!(Provider::of("https://ex.test/@ana"), Provider::Other);
    }
}
