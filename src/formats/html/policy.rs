//! The allowlist as data, in the manner of ammonia's `Builder`: which
//! elements are dropped with their content, which break the line, what each
//! known element becomes, which phrases label a related story, and the
//! classes by which content systems mark their cards. The walk
//! ([`super::blocks`], [`super::text`]) asks this table and names no tag or
//! class itself: a new element or CMS card that becomes a kind of block the
//! converter already builds is one entry here (a new kind is a `Role` or
//! `Becomes` here and its arm in `blocks.rs`).

use super::tree::HtmlNode;

/// What an element becomes where the converter meets it. Elements not in
/// [`Policy::elements`] are [`Role::Transparent`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A paragraph block.
    Paragraph,
    /// A paragraph whose newlines are line breaks (`pre`).
    Preformatted,
    /// A heading block at this model level (2 or 3).
    Heading(u8),
    /// A quote block; a pull quote when a [`Becomes::PullQuote`] entry
    /// marks it or its figure.
    Quote,
    /// A quote's attribution, as a direct child of the quote.
    Attribution,
    /// A list block; inside text, joined into the text ("a: b; c").
    List { ordered: bool },
    /// An item, as a direct child of a list.
    ListItem,
    /// A figure: its one image with its caption, or its parts one by one.
    Figure,
    /// A figure's caption, as a direct child of the figure (`figcaption`),
    /// or a table's, as a direct child of the table (`caption`).
    Caption,
    /// An image (`src`, `srcset`, `sizes`, `alt`, `width`, `height`): a
    /// figure block.
    Image,
    /// An image with other sources: its one image, given the first
    /// source's `srcset` when the image has none (see
    /// [`Policy::picture_types`]).
    Picture,
    /// One of a picture's other sources, read with the picture; alone,
    /// nothing.
    Source,
    /// A divider block.
    Divider,
    /// A table block of the rows in its sections and its own rows; a layout
    /// table (one cell, or `role="presentation"`) is read as its content.
    Table,
    /// A group of a table's rows (`thead`, `tbody`, `tfoot`), as a direct
    /// child of the table.
    TableSection(Section),
    /// A table row, as a direct child of a table or a section.
    TableRow,
    /// A table cell, as a direct child of a row; `header` for `th`.
    TableCell { header: bool },
    /// A disclosure block (`details`) of its summary and the rest of its
    /// content as paragraphs; read as its content when it has no summary.
    Disclosure,
    /// A disclosure's summary, as a direct child of it.
    Summary,
    /// An inline line break.
    LineBreak,
    /// An inline link (`href`), when its URL passes.
    Link,
    /// Inline formatting around its content.
    Format(Formatting),
    /// An inline code run: the element's text, whitespace kept.
    Code,
    /// The element's content between these quotation marks.
    Quoted { open: &'static str, close: &'static str },
    /// Neither kept nor dropped: its content is read in its place.
    Transparent,
}

/// Which rows of a table a section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// Column headings.
    Head,
    Body,
    /// Totals and notes, shown after the body rows.
    Foot,
}

/// Inline formatting the model holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Formatting {
    Emphasis,
    Strong,
    Superscript,
    Subscript,
}

/// What an element a [`Recogniser`] matches becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Becomes {
    /// Dropped with its content, wherever it is met.
    Nothing,
    /// Dropped with its content, wherever it is met, without a warning: it
    /// repeats what is shown beside it.
    Repeat,
    /// A story card from the first link, the text of the `title` element,
    /// and maybe the `description` text and the `thumbnail` image, each
    /// found by class; read as any other element when it has no usable
    /// link or title. Only in block context.
    /// The texts of the `publisher` classes, joined, are who published it.
    StoryCard {
        title: &'static str,
        description: &'static str,
        thumbnail: &'static str,
        publisher: &'static [&'static str],
    },
    /// A quote whose whole content is one link: a story card instead.
    StoryIfOneLink,
    /// A figure whose caption is the child with this class. Only in block
    /// context.
    Figure { caption: &'static str },
    /// A gallery: its pictures (each the element holding one image, with
    /// that element's caption, a `figcaption` or the child with the class
    /// `item_caption`, if any, and the link around the image) and its own
    /// `figcaption`. Only in block context, and only when it holds an image.
    Gallery { item_caption: Option<&'static str> },
    /// A disclosure block (Ghost's toggle card): its summary the text of
    /// the child with the `summary` class, its paragraphs the content of the
    /// child with the `content` class. Read as any other element when its
    /// summary is empty. Only in block context.
    Disclosure { summary: &'static str, content: &'static str },
    /// A callout block (a note set apart): its label the text of the child
    /// with one of the `label` classes (an emoji or a title: "💡", "Note"),
    /// its paragraphs the rest of its content. Only in block context.
    Callout { label: &'static [&'static str] },
    /// A quote, or the figure holding a quote, that makes it a pull quote.
    PullQuote,
    /// A CMS's player card (WordPress's Video and Audio blocks, Ghost's
    /// video and audio cards): the one `video` or `audio` inside as a media
    /// block, titled by the text of the child with the `title` class (when
    /// not empty), captioned by the card's caption; the CMS's own player
    /// controls around it are not content. Dropped with a warning when it
    /// holds no `video` or `audio`. Only in block context.
    MediaCard { title: &'static str },
    /// A social network's embed code: the post's text quoted, with its
    /// address from the first of these attributes present, else its last
    /// link to a known provider. The provider's script is never run. Read
    /// as a quote when it has no usable address. Only in block context.
    SocialPost { address: &'static [&'static str] },
    /// A wrapper whose whole text is the address of embedded content, as
    /// WordPress leaves it when it could not fetch the embed: an embed of
    /// that address. Only in block context.
    EmbedAddress,
}

/// A CMS construct the converter knows by its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Recogniser {
    /// What it is, for the reader of this table, its tests, and the
    /// warning when what it marks is dropped.
    pub name: &'static str,
    /// The elements the class is looked for on.
    pub elements: &'static [&'static str],
    /// The class that marks it, one of the element's classes.
    pub class: &'static str,
    pub becomes: Becomes,
}

/// The whole allowlist. One value, [`POLICY`], is what the widget uses.
pub(crate) struct Policy {
    /// Elements dropped with everything inside them.
    pub dropped: &'static [&'static str],
    /// Elements that end the paragraph before them and start a new one
    /// after, as they break the line in a browser.
    pub block_level: &'static [&'static str],
    /// What each known element becomes; any other is transparent.
    pub elements: &'static [(&'static str, Role)],
    /// Labels that make a paragraph holding one link an inline story card,
    /// compared ASCII case-insensitively, without the colon the paragraph
    /// must have.
    pub story_labels: &'static [&'static str],
    /// CMS constructs known by their class. Where several match one
    /// element, [`Becomes::Nothing`] wins, then the first in this order.
    pub recognisers: &'static [Recogniser],
    /// A [`Role::Preformatted`] element whose one child element is one of
    /// these is program code (a code block), not prose with line breaks:
    /// `<pre><code>`, as Markdown renderers, WordPress's code block and
    /// Ghost's code card write it
    /// (<https://html.spec.whatwg.org/multipage/grouping-content.html#the-pre-element>).
    pub code_inside: &'static [&'static str],
    /// Class prefixes that name a code block's language, on the code
    /// element or its `pre` (`language-rust`, the CommonMark convention;
    /// `lang-js`).
    pub language_classes: &'static [&'static str],
    /// Attributes where lazy-loading scripts keep an image's real address
    /// while `src` is empty or a placeholder (`data:` URL), in order of
    /// preference: WordPress core and most plugins (`data-src`,
    /// `data-srcset`), WP Rocket and a3 Lazy Load (`data-lazy-src`,
    /// `data-lazy-srcset`), jQuery Lazy Load (`data-original`).
    pub lazy_src: &'static [&'static str],
    pub lazy_srcset: &'static [&'static str],
    /// Dropped elements (their content is never text) that play a file:
    /// `video` and `audio` (`src` or their `source` children, `poster`,
    /// `track` children) become media blocks.
    pub media: &'static [&'static str],
    /// Dropped elements (their content is never text) that frame another
    /// page (`src`, `title`): each is an embed block, a player for a known
    /// provider, else a link to its source with a warning.
    pub frames: &'static [&'static str],
    /// Frame addresses that stand for no content: a lazy-loading frame's
    /// placeholder before its `data-src` is copied in.
    pub blank_frames: &'static [&'static str],
    /// Dropped elements whose images stand in for the image just before
    /// them when that one had no usable source: lazy-loading plugins write
    /// `<img data-src class="lazyload"><noscript><img src></noscript>`. When
    /// the image before was shown, the fallback is dropped: it repeats it.
    pub fallback: &'static [&'static str],
    /// The `type`s of a picture's `source` whose `srcset` the image may
    /// take: formats every browser the widget runs in decodes (the model
    /// keeps no type). A `source` with `media` (art direction) is never
    /// taken: its crop is another picture.
    pub picture_types: &'static [&'static str],
    /// Dropped elements that are content a reader would miss (a player, an
    /// embedded post): each is named in a warning, with its address, so
    /// nothing of the article goes in silence. (The others, scripts and
    /// styles and form controls, are no part of the text.)
    pub embedded: &'static [&'static str],
    /// Classes of an embedded element that only repeats content shown
    /// otherwise: WordPress writes an embedded post twice, as a quote with
    /// its link (a story card here) and as an `iframe` of the same class.
    pub shown_otherwise: &'static [&'static str],
    /// The marks a link back from a note to its reference is written as:
    /// WordPress's Footnotes block (`↩︎`), markdown-it, Python-Markdown,
    /// Pandoc (`↩`), and the `↑` and `^` of other systems. A link to a
    /// place in the page (`href="#…"`) whose text is only these marks
    /// (variation selectors aside) is dropped with its mark: the way back
    /// to a reference is navigation, not content.
    pub back_marks: &'static [char],
}

impl Policy {
    /// What `tag` (a lowercase local name) becomes.
    pub fn role(&self, tag: &str) -> Role {
        self.elements.iter().find(|(name, _)| *name == tag).map_or(Role::Transparent, |&(_, role)| role)
    }

    /// Whether `tag` breaks the line before and after it.
    pub fn is_block_level(&self, tag: &str) -> bool {
        self.block_level.contains(&tag)
    }

    /// Whether `tag` is dropped with its content, whatever its classes.
    pub fn drops_tag(&self, tag: &str) -> bool {
        self.dropped.contains(&tag)
    }

    /// What the recognisers matching `node` (an element named `tag`) make
    /// of it, in table order. The class attribute is read only when some
    /// recogniser looks at `tag` at all.
    pub fn recognise<N: HtmlNode>(&self, node: &N, tag: &str) -> Vec<Becomes> {
        let mut candidates = self.recognisers.iter().filter(|r| r.elements.contains(&tag)).peekable();
        if candidates.peek().is_none() {
            return Vec::new();
        }
        let classes = node.attr("class").unwrap_or_default();
        candidates.filter(|r| has_class_in(&classes, r.class)).map(|r| r.becomes).collect()
    }

    /// Whether `node` is dropped with its content: by its tag, or as a
    /// construct that [`Becomes::Nothing`].
    pub fn drops<N: HtmlNode>(&self, node: &N, tag: &str) -> bool {
        self.drops_tag(tag) || self.recognise(node, tag).iter().any(|b| matches!(b, Becomes::Nothing | Becomes::Repeat))
    }

    /// The recogniser that drops `node`, if one does: its name goes in the
    /// warning.
    pub fn dropping_recogniser<N: HtmlNode>(&self, node: &N, tag: &str) -> Option<&'static Recogniser> {
        let classes = node.attr("class")?;
        self.recognisers
            .iter()
            .find(|r| r.becomes == Becomes::Nothing && r.elements.contains(&tag) && has_class_in(&classes, r.class))
    }

    /// Whether `text`, a link's, is only marks of the way back to a note's
    /// reference ([`Policy::back_marks`]).
    pub fn is_back_mark(&self, text: &str) -> bool {
        let mut marks = text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\u{fe0e}' | '\u{fe0f}')).peekable();
        marks.peek().is_some() && marks.all(|c| self.back_marks.contains(&c))
    }

    /// Whether `node` is recognised as becoming `becomes`.
    pub fn is<N: HtmlNode>(&self, node: &N, tag: &str, becomes: Becomes) -> bool {
        self.recognise(node, tag).contains(&becomes)
    }
}

/// Whether `node` has `class` among its classes (split on ASCII
/// whitespace, compared exactly, as `getElementsByClassName` in a
/// no-quirks document).
pub(crate) fn has_class<N: HtmlNode>(node: &N, class: &str) -> bool {
    node.attr("class").is_some_and(|classes| has_class_in(&classes, class))
}

fn has_class_in(classes: &str, class: &str) -> bool {
    classes.split_ascii_whitespace().any(|c| c == class)
}

/// The widget's policy.
pub(crate) const POLICY: Policy = Policy {
    // Active content, embedded media, form controls, and document metadata
    // that is no part of the text.
    dropped: &[
        "script",
        "style",
        "template",
        "iframe",
        "frame",
        "frameset",
        "noframes",
        "object",
        "embed",
        "applet",
        "param",
        "portal",
        "fencedframe",
        "form",
        "input",
        "button",
        "select",
        "option",
        "optgroup",
        "datalist",
        "textarea",
        "noscript",
        "noembed",
        "svg",
        "math",
        "canvas",
        "audio",
        "video",
        "track",
        "area",
        "dialog",
        "head",
        "title",
        "meta",
        "link",
        "base",
    ],
    // The elements a browser's default stylesheet makes `display: block`
    // (or list-item, table parts): <https://html.spec.whatwg.org/multipage/rendering.html>.
    block_level: &[
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "listing",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "plaintext",
        "pre",
        "search",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "xmp",
    ],
    elements: &[
        // Blocks.
        ("p", Role::Paragraph),
        ("pre", Role::Preformatted),
        ("listing", Role::Preformatted),
        ("xmp", Role::Preformatted),
        ("plaintext", Role::Preformatted),
        // The model has two heading levels below the headline (`h1`).
        ("h1", Role::Heading(2)),
        ("h2", Role::Heading(2)),
        ("h3", Role::Heading(3)),
        ("h4", Role::Heading(3)),
        ("h5", Role::Heading(3)),
        ("h6", Role::Heading(3)),
        ("blockquote", Role::Quote),
        ("cite", Role::Attribution),
        ("footer", Role::Attribution),
        ("ul", Role::List { ordered: false }),
        ("ol", Role::List { ordered: true }),
        ("menu", Role::List { ordered: false }),
        ("dir", Role::List { ordered: false }),
        ("li", Role::ListItem),
        ("figure", Role::Figure),
        ("figcaption", Role::Caption),
        ("img", Role::Image),
        ("picture", Role::Picture),
        ("source", Role::Source),
        ("hr", Role::Divider),
        ("table", Role::Table),
        ("caption", Role::Caption),
        ("thead", Role::TableSection(Section::Head)),
        ("tbody", Role::TableSection(Section::Body)),
        ("tfoot", Role::TableSection(Section::Foot)),
        ("tr", Role::TableRow),
        ("th", Role::TableCell { header: true }),
        ("td", Role::TableCell { header: false }),
        ("details", Role::Disclosure),
        ("summary", Role::Summary),
        // Inline runs.
        ("br", Role::LineBreak),
        ("a", Role::Link),
        ("em", Role::Format(Formatting::Emphasis)),
        ("i", Role::Format(Formatting::Emphasis)),
        ("strong", Role::Format(Formatting::Strong)),
        ("b", Role::Format(Formatting::Strong)),
        ("sup", Role::Format(Formatting::Superscript)),
        ("sub", Role::Format(Formatting::Subscript)),
        ("code", Role::Code),
        ("kbd", Role::Code),
        ("samp", Role::Code),
        ("tt", Role::Code),
        ("q", Role::Quoted { open: "“", close: "”" }),
    ],
    story_labels: &["related", "read more", "read also", "also read", "see also"],
    code_inside: &["code", "samp", "kbd"],
    language_classes: &["language-", "lang-"],
    lazy_src: &["data-src", "data-lazy-src", "data-original"],
    frames: &["iframe"],
    media: &["video", "audio"],
    blank_frames: &["about:blank", "about:srcdoc"],
    lazy_srcset: &["data-srcset", "data-lazy-srcset"],
    fallback: &["noscript"],
    picture_types: &["image/jpeg", "image/png", "image/gif", "image/webp"],
    embedded: &["iframe", "video", "audio", "embed", "object", "portal", "fencedframe"],
    shown_otherwise: &["wp-embedded-content"],
    back_marks: &['↩', '↑', '^', '⤴'],
    recognisers: &[
        GHOST_AUDIO_CARD,
        GHOST_VIDEO_CARD,
        WORDPRESS_AUDIO_BLOCK,
        WORDPRESS_VIDEO_BLOCK,
        GHOST_BOOKMARK_CARD,
        WORDPRESS_GALLERY_BLOCK,
        WORDPRESS_CLASSIC_GALLERY,
        GHOST_GALLERY_CARD,
        WORDPRESS_CAPTION,
        GHOST_CALLOUT_CARD,
        GHOST_TOGGLE_CARD,
        MARKDOWN_ALERT,
        ADMONITION,
        ASIDE_NOTE,
        ASIDE_TIP,
        ASIDE_IMPORTANT,
        ASIDE_WARNING,
        ASIDE_CAUTION,
        ASIDE_EXPERIMENT,
        ASIDE_DEPRECATED,
        WORDPRESS_EMBEDDED_POST,
        WORDPRESS_EMBED_FALLBACK,
        WORDPRESS_FILE_BUTTON,
        X_POST,
        INSTAGRAM_POST,
        TIKTOK_POST,
        FACEBOOK_POST,
        MASTODON_POST,
        BLUESKY_POST,
        WORDPRESS_PULL_QUOTE,
        GHOST_ALTERNATIVE_QUOTE,
        PULLQUOTE_CLASS,
        PULL_QUOTE_CLASS,
    ],
};

/// Ghost's audio card: an `audio`, its title, and a player's chrome
/// ("0:00", "1×") that only Ghost's script runs
/// (<https://ghost.org/docs/themes/content/>, Koenig's
/// `kg-default-nodes`: <https://github.com/TryGhost/Koenig>).
const GHOST_AUDIO_CARD: Recogniser = Recogniser {
    name: "Ghost audio card",
    elements: &["figure", "div"],
    class: "kg-audio-card",
    becomes: Becomes::MediaCard { title: "kg-audio-title" },
};

/// Ghost's video card: a `video`, Ghost's player chrome, a caption.
const GHOST_VIDEO_CARD: Recogniser = Recogniser {
    name: "Ghost video card",
    elements: &["figure", "div"],
    class: "kg-video-card",
    becomes: Becomes::MediaCard { title: "" },
};

/// WordPress' Audio block, `<figure class="wp-block-audio">`
/// (<https://github.com/WordPress/gutenberg/tree/trunk/packages/block-library/src/audio>).
const WORDPRESS_AUDIO_BLOCK: Recogniser = Recogniser {
    name: "WordPress audio block",
    elements: &["figure", "div"],
    class: "wp-block-audio",
    becomes: Becomes::MediaCard { title: "" },
};

/// WordPress' Video block, `<figure class="wp-block-video">`
/// (<https://github.com/WordPress/gutenberg/tree/trunk/packages/block-library/src/video>).
const WORDPRESS_VIDEO_BLOCK: Recogniser = Recogniser {
    name: "WordPress video block",
    elements: &["figure", "div"],
    class: "wp-block-video",
    becomes: Becomes::MediaCard { title: "" },
};

/// Ghost's bookmark card: a link to another story with its title,
/// description, publisher and thumbnail
/// (<https://ghost.org/docs/themes/content/>).
const GHOST_BOOKMARK_CARD: Recogniser = Recogniser {
    name: "Ghost bookmark card",
    elements: &["figure", "div"],
    class: "kg-bookmark-card",
    becomes: Becomes::StoryCard {
        title: "kg-bookmark-title",
        description: "kg-bookmark-description",
        thumbnail: "kg-bookmark-thumbnail",
        // Ghost writes the site's name in `kg-bookmark-author` and the
        // writer's in `kg-bookmark-publisher`; both say who published it.
        publisher: &["kg-bookmark-author", "kg-bookmark-publisher"],
    },
};

/// WordPress' Gallery block: since 5.9 a `figure` of `figure.wp-block-image`
/// (each maybe with a link and a `figcaption`) and a
/// `figcaption.blocks-gallery-caption`; before, a `ul.blocks-gallery-grid`
/// of `li.blocks-gallery-item` (and before 5.3 the `ul` itself)
/// (<https://github.com/WordPress/gutenberg/tree/trunk/packages/block-library/src/gallery>).
const WORDPRESS_GALLERY_BLOCK: Recogniser = Recogniser {
    name: "WordPress gallery block",
    elements: &["figure", "div", "ul"],
    class: "wp-block-gallery",
    becomes: Becomes::Gallery { item_caption: Some("blocks-gallery-item__caption") },
};

/// The `[gallery]` shortcode of classic WordPress: `div.gallery` of
/// `dl.gallery-item` (`dt.gallery-icon` with the image, `dd.gallery-caption`)
/// or, with HTML5 support, `figure.gallery-item` with a `figcaption`
/// (<https://developer.wordpress.org/reference/functions/gallery_shortcode/>).
const WORDPRESS_CLASSIC_GALLERY: Recogniser = Recogniser {
    name: "WordPress classic gallery",
    elements: &["div"],
    class: "gallery",
    becomes: Becomes::Gallery { item_caption: Some("gallery-caption") },
};

/// Ghost's gallery card: `.kg-gallery-container > .kg-gallery-row >
/// .kg-gallery-image > img`, the card's `figcaption` under them
/// (<https://ghost.org/docs/themes/content/>).
const GHOST_GALLERY_CARD: Recogniser = Recogniser {
    name: "Ghost gallery card",
    elements: &["figure", "div"],
    class: "kg-gallery-card",
    becomes: Becomes::Gallery { item_caption: None },
};

/// The caption shortcode of classic WordPress,
/// `<div class="wp-caption"><img><p class="wp-caption-text">`
/// (<https://developer.wordpress.org/reference/functions/img_caption_shortcode/>).
const WORDPRESS_CAPTION: Recogniser = Recogniser {
    name: "WordPress caption",
    elements: &["div"],
    class: "wp-caption",
    becomes: Becomes::Figure { caption: "wp-caption-text" },
};

/// Ghost's callout card: an emoji (which the writer may remove) and the
/// text, `<div class="kg-callout-emoji">` and `<div class="kg-callout-text">`
/// (<https://ghost.org/docs/themes/content/>).
const GHOST_CALLOUT_CARD: Recogniser = Recogniser {
    name: "Ghost callout card",
    elements: &["div"],
    class: "kg-callout-card",
    becomes: Becomes::Callout { label: &["kg-callout-emoji"] },
};

/// Ghost's toggle card: a heading that opens its content, and a button
/// only Ghost's script runs (dropped as every button is).
const GHOST_TOGGLE_CARD: Recogniser = Recogniser {
    name: "Ghost toggle card",
    elements: &["div"],
    class: "kg-toggle-card",
    becomes: Becomes::Disclosure { summary: "kg-toggle-heading-text", content: "kg-toggle-content" },
};

/// GitHub's Markdown alerts (`> [!NOTE]`), as GitHub and the Markdown
/// libraries following it write them: `<div class="markdown-alert
/// markdown-alert-note"><p class="markdown-alert-title">Note</p><p>…</p></div>`
/// (<https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#alerts>).
const MARKDOWN_ALERT: Recogniser = Recogniser {
    name: "Markdown alert",
    elements: &["div"],
    class: "markdown-alert",
    becomes: Becomes::Callout { label: &["markdown-alert-title"] },
};

/// Admonitions of Python-Markdown, MkDocs and Sphinx: `<div class="admonition
/// note"><p class="admonition-title">Note</p><p>…</p></div>`.
const ADMONITION: Recogniser = Recogniser {
    name: "admonition",
    elements: &["div", "aside"],
    class: "admonition",
    becomes: Becomes::Callout { label: &["admonition-title"] },
};

/// An `aside` of one of the kinds DocC and other documentation tools write
/// (`<aside class="note"><p class="label">Note</p><p>…</p></aside>`) is a
/// callout; only on `aside`, and only by these kinds: any other `aside` (a
/// sidebar, a box of links) is read as before, as its content.
const fn aside(name: &'static str, class: &'static str) -> Recogniser {
    Recogniser { name, elements: &["aside"], class, becomes: Becomes::Callout { label: &["label", "title"] } }
}
const ASIDE_NOTE: Recogniser = aside("note aside", "note");
const ASIDE_TIP: Recogniser = aside("tip aside", "tip");
const ASIDE_IMPORTANT: Recogniser = aside("important aside", "important");
const ASIDE_WARNING: Recogniser = aside("warning aside", "warning");
const ASIDE_CAUTION: Recogniser = aside("caution aside", "caution");
const ASIDE_EXPERIMENT: Recogniser = aside("experiment aside", "experiment");
const ASIDE_DEPRECATED: Recogniser = aside("deprecated aside", "deprecated");

/// WordPress' embedded post, the quote it writes before the
/// embed's iframe: one link to the post
/// (<https://developer.wordpress.org/reference/functions/get_post_embed_html/>).
const WORDPRESS_EMBEDDED_POST: Recogniser = Recogniser {
    name: "WordPress embedded post",
    elements: &["blockquote"],
    class: "wp-embedded-content",
    becomes: Becomes::StoryIfOneLink,
};

/// WordPress' Embed block when WordPress could not fetch the embed:
/// the wrapper holds the address alone
/// (<https://github.com/WordPress/gutenberg/tree/trunk/packages/block-library/src/embed>).
const WORDPRESS_EMBED_FALLBACK: Recogniser = Recogniser {
    name: "WordPress embed",
    elements: &["div"],
    class: "wp-block-embed__wrapper",
    becomes: Becomes::EmbedAddress,
};

/// WordPress' File block writes the file's link twice: as its name and as
/// a "Download" button beside it
/// (<https://github.com/WordPress/gutenberg/tree/trunk/packages/block-library/src/file>).
const WORDPRESS_FILE_BUTTON: Recogniser = Recogniser {
    name: "WordPress file button",
    elements: &["a"],
    class: "wp-block-file__button",
    becomes: Becomes::Repeat,
};

/// X's (Twitter's) embed code, a quote of the post's text and a link to
/// it before a script (<https://developer.x.com/en/docs/x-for-websites/embedded-tweets/overview>).
const X_POST: Recogniser = Recogniser {
    name: "X post",
    elements: &["blockquote"],
    class: "twitter-tweet",
    becomes: Becomes::SocialPost { address: &[] },
};

/// Instagram's embed code: the post's address in an attribute.
const INSTAGRAM_POST: Recogniser = Recogniser {
    name: "Instagram post",
    elements: &["blockquote"],
    class: "instagram-media",
    becomes: Becomes::SocialPost { address: &["data-instgrm-permalink"] },
};

/// TikTok's embed code: the video's address in `cite`.
const TIKTOK_POST: Recogniser = Recogniser {
    name: "TikTok video",
    elements: &["blockquote"],
    class: "tiktok-embed",
    becomes: Becomes::SocialPost { address: &["cite"] },
};

/// Facebook's post plugin: the post's address in `data-href`, its text in
/// a fallback quote inside.
const FACEBOOK_POST: Recogniser = Recogniser {
    name: "Facebook post",
    elements: &["div", "blockquote"],
    class: "fb-post",
    becomes: Becomes::SocialPost { address: &["data-href", "cite"] },
};

/// Mastodon's embed code: the post's `…/embed` address in an attribute.
const MASTODON_POST: Recogniser = Recogniser {
    name: "Mastodon post",
    elements: &["blockquote"],
    class: "mastodon-embed",
    becomes: Becomes::SocialPost { address: &["data-embed-url", "src"] },
};

/// Bluesky's embed code, as X's.
const BLUESKY_POST: Recogniser = Recogniser {
    name: "Bluesky post",
    elements: &["blockquote"],
    class: "bluesky-embed",
    becomes: Becomes::SocialPost { address: &[] },
};

/// WordPress' Pullquote block, on the `figure` (or, before
/// WordPress 5.9, the `blockquote`)
/// (<https://github.com/WordPress/gutenberg/tree/trunk/packages/block-library/src/pullquote>).
const WORDPRESS_PULL_QUOTE: Recogniser = Recogniser {
    name: "WordPress pull quote",
    elements: &["blockquote", "figure", "div"],
    class: "wp-block-pullquote",
    becomes: Becomes::PullQuote,
};

/// Ghost's alternative quote style, the editor's second quote
/// button (<https://ghost.org/docs/themes/content/>).
const GHOST_ALTERNATIVE_QUOTE: Recogniser = Recogniser {
    name: "Ghost alternative quote",
    elements: &["blockquote", "figure", "div"],
    class: "kg-blockquote-alt",
    becomes: Becomes::PullQuote,
};

/// The class names themes and other systems use for pull quotes.
const PULLQUOTE_CLASS: Recogniser = Recogniser {
    name: "pull quote",
    elements: &["blockquote", "figure", "div"],
    class: "pullquote",
    becomes: Becomes::PullQuote,
};

/// The other spelling of that class.
const PULL_QUOTE_CLASS: Recogniser = Recogniser {
    name: "pull-quote",
    elements: &["blockquote", "figure", "div"],
    class: "pull-quote",
    becomes: Becomes::PullQuote,
};

#[cfg(test)]
mod tests {
    use super::*;

    // Every element has one role and every recogniser one name, so the table reads one way.
    #[test]
    fn the_policy_names_each_element_and_recogniser_once() {
        let mut tags: Vec<_> = POLICY.elements.iter().map(|(tag, _)| *tag).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), POLICY.elements.len());
        let mut names: Vec<_> = POLICY.recognisers.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), POLICY.recognisers.len());
    }

    // A dropped element is never also given a role or made block-level: it would be read before it is dropped.
    #[test]
    fn dropped_elements_have_no_other_entry() {
        for tag in POLICY.dropped {
            assert_eq!(POLICY.role(tag), Role::Transparent, "{tag}");
            assert!(!POLICY.is_block_level(tag), "{tag}");
        }
    }
}
