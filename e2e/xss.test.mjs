// Every XSS vector of e2e/xss/vectors.json, in every string field of every
// format the widget reads, rendered in headless Chromium: nothing may run,
// nothing may load from a scheme other than http(s), and the shadow DOM may
// hold only what the widget itself makes.
//
// The vectors are written for this project from public descriptions of such
// attacks (OWASP's XSS filter-evasion cheat sheet, html5sec.org, PortSwigger's
// XSS cheat sheet). Each one that can run calls a trap — `__xss(id)`,
// `parent.__xss(id)`, `top.__xss(id)` or `alert(id)` — so a run is seen.
//
// How a batch works: one vector goes into every placement (a field of a
// skeleton document, below) at once; each copy is rendered by its own
// <article-widget> on e2e/pages/xss.html, most through
// `ArticleWidget.render(element, object)`, a sample through `src` (fetched),
// through a child <script type="application/json"> built with DOM APIs, and
// from the page's own <script type="application/ld+json"> (`from="page"`).
// When every widget has settled (ready or error) and its images are done,
// the batch is checked and the widgets are removed. A batch fails on:
// - a trap call or a dialog (traps are installed before the page loads, in
//   every frame; `alert`, `confirm`, `prompt` and `print` are traps too);
// - a request for a scheme other than http(s), a navigation of the page, a
//   frame, a popup, an off-site request for anything but an image, an error
//   thrown on the page;
// - in any shadow root: an element or attribute the widget does not render
//   for clean documents (the allowlist comes from the fixtures and the
//   skeletons), an `on…` attribute, a `style` attribute, a URL attribute
//   whose scheme is not http, https, mailto (links only) or relative;
// - any change to the page outside the widgets (its light DOM, base URL,
//   title, location, window.ArticleWidget, the trap, the element definition);
// - a plain-text field whose vector does not show as text, as written.
// The last line of output is the summary docs/security.md quotes.
//
// `XSS_ONLY=12,40` runs only those vectors; `XSS_ERRORS=1` lists which
// vectors made which fields show the error card (a length limit, a headline
// with no text once its markup is dropped).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

const corpus = JSON.parse(await readFile(new URL("./xss/vectors.json", import.meta.url), "utf8"));
const only = process.env.XSS_ONLY?.split(",").map(Number);
const vectors = only ? corpus.filter((v) => only.includes(v.id)) : corpus;

/**
 * Vector/placement pairs known to fail, each with the bug it shows, as
 * `"<vector id> <placement label>": "why"`. Empty: none is known. A pair
 * listed here is still rendered and counted, but its findings do not fail
 * the run; a listed pair that no longer fails does.
 */
const knownFailures = {};

// ------------------------------------------------------------ the documents

const IMG = "/fixtures/img/";

/** Small valid documents, one or more a format, with every field the widget shows. */
const SKELETONS = {
  native: () => ({
    id: "xss-native",
    url: "https://news.example/world/skeleton",
    site: { name: "The Test Ledger", url: "https://news.example/" },
    section: "World",
    headline: "Skeleton headline",
    dek: "A skeleton dek.",
    published: "2026-11-20T08:30:00Z",
    updated: "2026-11-21T09:00:00Z",
    language: "en",
    hero: {
      src: `${IMG}hero.svg`,
      alt: "Hero alt",
      width: 1200,
      height: 675,
      srcset: [{ url: `${IMG}hero.svg?w=600`, width: 600 }, { url: `${IMG}hero.svg`, width: 1200 }],
      sizes: "(max-width: 600px) 100vw, 600px",
      caption: "Hero caption",
      credit: "Hero credit",
    },
    authors: [
      {
        name: "Ada Writer",
        role: "Reporter",
        bio: "Ada writes about harbours.",
        avatar: `${IMG}avatar.svg`,
        url: "https://news.example/authors/ada",
        social: [{ label: "Mastodon", url: "https://social.example/@ada" }],
        stories: [{ url: "https://news.example/ada/earlier", headline: "An earlier story", date: "2026-11-01" }],
      },
    ],
    body: [
      { type: "paragraph", text: "First paragraph." },
      {
        type: "paragraph",
        content: [
          "Runs: ",
          { type: "em", text: "emphasis" },
          " ",
          { type: "strong", content: ["strong"] },
          " ",
          { type: "link", href: "https://news.example/linked", text: "a link" },
          { type: "br" },
          { type: "code", text: "code" },
        ],
      },
      { type: "heading", level: 2, text: "A heading" },
      { type: "quote", text: "Quoted speech.", attribution: "A speaker" },
      { type: "list", ordered: false, items: ["first item", ["second ", { type: "em", text: "item" }], { content: ["third item"], list: { items: ["nested item"] } }] },
      { type: "figure", image: { src: `${IMG}harbour.svg`, alt: "Figure alt", caption: "Figure caption", credit: "Figure credit" }, link: "https://news.example/figure-full" },
      { type: "story", story: { url: "https://news.example/inline", headline: "Inline story", kicker: "Analysis" } },
      { type: "ad", size: "rectangle" },
      { type: "code", text: "let x = 1;", language: "rust" },
      { type: "table", caption: "Table caption", head: [["Head cell"]], rows: [[{ text: "Row heading", header: true }, "Body cell"]] },
      { type: "embed", embed: { url: "https://www.youtube.com/watch?v=aBcDeFgHiJk", title: "Embed title", caption: "Embed caption" } },
      { type: "embed", embed: { url: "https://x.com/desk/status/1", text: "Post text", author: "Post author" } },
      { type: "video", video: { src: `${IMG}clip.mp4`, title: "Video title", caption: "Video caption", poster: `${IMG}hero.svg`, tracks: [{ src: `${IMG}clip.vtt`, kind: "captions", srclang: "en", label: "Track label" }] } },
      { type: "update", published: "2026-11-18T16:40:00+01:00", headline: "Update headline", url: "https://news.example/live#update" },
      { type: "paragraph", text: "Update text" },
      { type: "audio", audio: { src: `${IMG}clip.mp3`, title: "Audio title", encodingFormat: "audio/mpeg" } },
      {
        type: "gallery",
        caption: "Gallery caption",
        items: [
          { image: { src: `${IMG}harbour.svg`, alt: "Gallery alt", caption: "Gallery item caption", srcset: [{ url: `${IMG}harbour.svg?w=300`, width: 300 }] }, link: "https://news.example/gallery-1" },
          { image: { src: `${IMG}card-map.svg`, alt: "" } },
        ],
      },
      { type: "details", summary: "Details summary", paragraphs: ["Details text", ["Details ", { type: "strong", text: "run" }]] },
      { type: "callout", label: "Callout label", paragraphs: ["Callout text"] },
    ],
    related: [
      {
        url: "https://news.example/related",
        headline: "Related story",
        kicker: "Kicker",
        image: { src: `${IMG}card-map.svg`, alt: "Card alt" },
        date: "2026-11-18",
        summary: "A related summary.",
      },
    ],
    trending: [{ url: "https://news.example/trending", headline: "Trending story" }],
  }),
  jsonld: () => ({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Skeleton headline",
    alternativeHeadline: "An alternative headline.",
    url: "https://news.example/ld",
    mainEntityOfPage: { "@type": "WebPage", "@id": "https://news.example/ld-page" },
    image: { "@type": "ImageObject", url: `${IMG}hero.svg`, caption: "Hero caption", description: "Hero description", creditText: "Hero credit" },
    datePublished: "2026-11-20T08:30:00Z",
    articleSection: "World",
    inLanguage: "en",
    author: {
      "@type": "Person",
      name: "Ada Writer",
      url: "https://news.example/authors/ada",
      image: `${IMG}avatar.svg`,
      jobTitle: "Reporter",
      description: "Ada writes about harbours.",
      sameAs: ["https://social.example/@ada"],
    },
    publisher: { "@type": "Organization", name: "The Test Ledger", url: "https://news.example/" },
    articleBody: "First paragraph.\n\nSecond paragraph.",
    relatedLink: ["https://news.example/related-story"],
    liveBlogUpdate: [
      {
        "@type": "BlogPosting",
        headline: "Update headline",
        datePublished: "2026-11-20T09:30:00Z",
        url: "https://news.example/ld#update",
        image: `${IMG}card-ship.svg`,
        articleBody: "Update body.",
      },
    ],
  }),
  // `description` is the dek only when there is no alternativeHeadline.
  jsonldDescription: () => {
    const doc = SKELETONS.jsonld();
    delete doc.alternativeHeadline;
    doc.description = "A description.";
    return doc;
  },
  jsonfeed: () => ({
    version: "https://jsonfeed.org/version/1.1",
    title: "The Test Feed",
    home_page_url: "https://news.example/",
    language: "en",
    items: [
      {
        id: "1",
        url: "https://news.example/feed/1",
        title: "Skeleton headline",
        summary: "A summary.",
        image: `${IMG}hero.svg`,
        date_published: "2026-11-20T08:30:00Z",
        tags: ["World"],
        authors: [{ name: "Ada Writer", url: "https://news.example/authors/ada", avatar: `${IMG}avatar.svg` }],
        content_html: "<p>First paragraph.</p>",
      },
      {
        id: "2",
        url: "https://news.example/feed/2",
        title: "Second item",
        summary: "Its summary.",
        image: `${IMG}card-ship.svg`,
        content_text: "Text.",
      },
    ],
  }),
  // `content_text` is the body only when there is no content_html.
  jsonfeedText: () => {
    const doc = SKELETONS.jsonfeed();
    delete doc.items[0].content_html;
    doc.items[0].content_text = "First paragraph.\n\nSecond paragraph.";
    return doc;
  },
  wordpress: () => ({
    id: 7,
    link: "https://news.example/wp/skeleton",
    date_gmt: "2026-11-20T08:30:00",
    title: { rendered: "Skeleton headline" },
    content: { rendered: "<p>First paragraph.</p>", protected: false },
    excerpt: { rendered: "<p>An excerpt.</p>", protected: false },
    author: 1,
    featured_media: 2,
    "jetpack-related-posts": [
      {
        id: 9,
        url: "https://news.example/wp/related",
        title: "Related post",
        excerpt: "A related excerpt.",
        date: "November 12, 2026",
        img: { src: `${IMG}card-flags.svg`, alt_text: "Card alt", width: 350, height: 200 },
      },
    ],
    _embedded: {
      author: [
        {
          id: 1,
          name: "Ada Writer",
          description: "Ada writes about harbours.",
          link: "https://news.example/author/ada",
          url: "https://ada.example/",
          avatar_urls: { 24: `${IMG}avatar.svg?s=24`, 96: `${IMG}avatar.svg?s=96` },
        },
      ],
      "wp:featuredmedia": [
        {
          id: 2,
          source_url: `${IMG}harbour.svg`,
          alt_text: "Hero alt",
          caption: { rendered: "<p>Hero caption.</p>" },
          media_details: { width: 1200, height: 675, sizes: { large: { source_url: `${IMG}harbour.svg?large`, width: 1024, height: 576 } } },
        },
      ],
      "wp:term": [[{ id: 3, name: "World", slug: "world", taxonomy: "category" }]],
    },
  }),
  // The original `source_url` is used only when no rendition has one.
  wordpressOriginal: () => {
    const doc = SKELETONS.wordpress();
    delete doc._embedded["wp:featuredmedia"][0].media_details;
    return doc;
  },
  ghost: () => {
    const author = () => ({
      id: "a1",
      name: "Ada Writer",
      slug: "ada",
      bio: "Ada writes about harbours.",
      profile_image: `${IMG}avatar.svg`,
      website: "https://ada.example/",
      twitter: "@adawriter",
      facebook: "ada.writer",
      url: "https://news.example/author/ada/",
    });
    return {
      posts: [
        {
          id: "g1",
          uuid: "00000000-0000-4000-8000-000000000001",
          slug: "skeleton",
          title: "Skeleton headline",
          html: "<p>First paragraph.</p>",
          custom_excerpt: "An excerpt.",
          url: "https://news.example/ghost/skeleton/",
          feature_image: `${IMG}card-city.svg`,
          feature_image_alt: "Hero alt",
          feature_image_caption: "<span>Hero caption</span>",
          published_at: "2026-11-20T08:30:00.000+00:00",
          primary_tag: { id: "t1", name: "World", slug: "world", visibility: "public" },
          tags: [{ id: "t1", name: "World", slug: "world", visibility: "public" }],
          primary_author: author(),
          authors: [author()],
        },
        {
          id: "g2",
          uuid: "00000000-0000-4000-8000-000000000002",
          slug: "other",
          title: "Other post",
          html: "<p>Other.</p>",
          custom_excerpt: "Another excerpt.",
          url: "https://news.example/ghost/other/",
          feature_image: `${IMG}card-map.svg`,
          feature_image_alt: "",
          published_at: "2026-11-18T08:30:00.000+00:00",
        },
      ],
    };
  },
};

/** Which `format` attribute a skeleton is rendered with. */
const FORMAT_OF = {
  native: "native",
  jsonld: "jsonld",
  jsonldDescription: "jsonld",
  jsonfeed: "jsonfeed",
  jsonfeedText: "jsonfeed",
  wordpress: "wordpress",
  wordpressOriginal: "wordpress",
  ghost: "ghost",
};

/**
 * Where a vector goes: a skeleton, a path in it, and what kind of field it
 * is (for the probe that checks each placement reaches the page): `text`,
 * `link`, `image`, `html` (an HTML body or an HTML title/excerpt/caption),
 * `handle` (Ghost's twitter/facebook names) or `hidden` (read, but not on
 * the page: a language tag, the article's own URL, the site of a format
 * without a trending list, a card image's alt text, which is decorative). `literal` names the part whose text must show
 * the vector as it is, since no input string is parsed as HTML.
 */
const PLACEMENTS = [
  ...[
    [["headline"], "text", "headline"],
    [["dek"], "text", "header"],
    [["section"], "text"],
    [["url"], "hidden"],
    [["site", "name"], "text"],
    [["site", "url"], "hidden"],
    [["language"], "hidden"],
    [["hero", "src"], "image"],
    [["hero", "srcset", 0, "url"], "image"],
    [["hero", "sizes"], "hidden"],
    [["hero", "alt"], "text"],
    [["hero", "caption"], "text"],
    [["hero", "credit"], "text"],
    [["authors", 0, "name"], "text"],
    [["authors", 0, "role"], "text"],
    [["authors", 0, "bio"], "text"],
    [["authors", 0, "avatar"], "image"],
    [["authors", 0, "url"], "link"],
    [["authors", 0, "social", 0, "label"], "text"],
    [["authors", 0, "social", 0, "url"], "link"],
    [["authors", 0, "stories", 0, "url"], "link"],
    [["authors", 0, "stories", 0, "headline"], "text"],
    [["body", 0, "text"], "text", "body"],
    [["body", 1, "content", 0], "text"],
    [["body", 1, "content", 1, "text"], "text"],
    [["body", 1, "content", 3, "content", 0], "text"],
    [["body", 1, "content", 5, "href"], "link"],
    [["body", 1, "content", 5, "text"], "text"],
    [["body", 1, "content", 7, "text"], "text"],
    [["body", 2, "text"], "text"],
    [["body", 3, "text"], "text"],
    [["body", 3, "attribution"], "text"],
    [["body", 4, "items", 0], "text"],
    [["body", 4, "items", 1, 0], "text"],
    [["body", 4, "items", 1, 1, "text"], "text"],
    [["body", 4, "items", 2, "content", 0], "text"],
    [["body", 4, "items", 2, "list", "items", 0], "text"],
    [["body", 5, "image", "src"], "image"],
    [["body", 5, "image", "alt"], "text"],
    [["body", 5, "image", "caption"], "text"],
    [["body", 5, "image", "credit"], "text"],
    [["body", 5, "link"], "link"],
    [["body", 6, "story", "url"], "link"],
    [["body", 6, "story", "headline"], "text"],
    [["body", 6, "story", "kicker"], "text"],
    [["body", 8, "text"], "text", "body"],
    [["body", 8, "language"], "hidden"],
    [["body", 9, "caption"], "text"],
    [["body", 9, "head", 0, 0], "text"],
    [["body", 9, "rows", 0, 0, "text"], "text"],
    [["body", 9, "rows", 0, 1], "text"],
    [["body", 10, "embed", "url"], "link"],
    [["body", 10, "embed", "title"], "text"],
    [["body", 10, "embed", "caption"], "text"],
    [["body", 11, "embed", "url"], "link"],
    [["body", 11, "embed", "text"], "text"],
    [["body", 11, "embed", "author"], "text"],
    [["body", 12, "video", "src"], "image"],
    [["body", 12, "video", "title"], "text"],
    [["body", 12, "video", "caption"], "text"],
    [["body", 12, "video", "poster"], "image"],
    [["body", 13, "headline"], "text"],
    [["body", 13, "url"], "link"],
    [["body", 14, "text"], "text"],
    [["body", 15, "audio", "src"], "image"],
    [["body", 15, "audio", "title"], "text"],
    [["body", 16, "items", 0, "image", "src"], "image"],
    [["body", 16, "items", 0, "image", "alt"], "text"],
    [["body", 16, "items", 0, "image", "caption"], "text"],
    [["body", 16, "items", 0, "image", "srcset", 0, "url"], "image"],
    [["body", 16, "items", 0, "link"], "link"],
    [["body", 17, "summary"], "text"],
    [["body", 17, "paragraphs", 0], "text"],
    [["body", 17, "paragraphs", 1, 1, "text"], "text"],
    [["body", 18, "label"], "text"],
    [["body", 18, "paragraphs", 0], "text"],
    [["related", 0, "url"], "link"],
    [["related", 0, "headline"], "text"],
    [["related", 0, "kicker"], "text"],
    [["related", 0, "image", "src"], "image"],
    [["related", 0, "image", "alt"], "hidden"],
    [["related", 0, "summary"], "text"],
    [["trending", 0, "url"], "link"],
    [["trending", 0, "headline"], "text"],
  ].map(([path, kind, literal]) => ({ skeleton: "native", path, kind, literal })),
  ...[
    // Plain-text properties of the other formats are read as HTML text since
    // issue 12 (SEO plugins and feeds write entities and tags into them): a
    // vector's markup is dropped, never shown as code or run, so these are
    // not expected to show the vector literally; native text still must.
    ["jsonld", ["headline"], "text"],
    ["jsonld", ["alternativeHeadline"], "text"],
    ["jsonldDescription", ["description"], "text"],
    ["jsonld", ["url"], "hidden"],
    ["jsonld", ["mainEntityOfPage", "@id"], "hidden"],
    ["jsonld", ["image", "url"], "image"],
    ["jsonld", ["image"], "image"],
    ["jsonld", ["image", "caption"], "text"],
    ["jsonld", ["image", "description"], "text"],
    ["jsonld", ["image", "creditText"], "text"],
    ["jsonld", ["articleSection"], "text"],
    ["jsonld", ["inLanguage"], "hidden"],
    ["jsonld", ["author", "name"], "text"],
    ["jsonld", ["author", "url"], "link"],
    ["jsonld", ["author", "image"], "image"],
    ["jsonld", ["author", "jobTitle"], "text"],
    ["jsonld", ["author", "description"], "text"],
    ["jsonld", ["author", "sameAs", 0], "link"],
    ["jsonld", ["publisher", "name"], "hidden"],
    ["jsonld", ["publisher", "url"], "hidden"],
    ["jsonld", ["articleBody"], "text"],
    ["jsonld", ["relatedLink", 0], "link"],
  ].map(([skeleton, path, kind, literal]) => ({ skeleton, path, kind, literal })),
  ...[
    ["jsonfeed", ["title"], "hidden"],
    ["jsonfeed", ["home_page_url"], "hidden"],
    ["jsonfeed", ["items", 0, "title"], "text"],
    ["jsonfeed", ["items", 0, "url"], "hidden"],
    ["jsonfeed", ["items", 0, "content_html"], "html"],
    ["jsonfeedText", ["items", 0, "content_text"], "text", "body"],
    ["jsonfeed", ["items", 0, "summary"], "text"],
    ["jsonfeed", ["items", 0, "image"], "image"],
    ["jsonfeed", ["items", 0, "tags", 0], "text"],
    ["jsonfeed", ["items", 0, "language"], "hidden"],
    ["jsonfeed", ["items", 0, "authors", 0, "name"], "text"],
    ["jsonfeed", ["items", 0, "authors", 0, "url"], "link"],
    ["jsonfeed", ["items", 0, "authors", 0, "avatar"], "image"],
    ["jsonfeed", ["items", 1, "title"], "text"],
    ["jsonfeed", ["items", 1, "url"], "link"],
    ["jsonfeed", ["items", 1, "summary"], "text"],
    ["jsonfeed", ["items", 1, "image"], "image"],
  ].map(([skeleton, path, kind, literal]) => ({ skeleton, path, kind, literal })),
  ...[
    ["wordpress", ["title", "rendered"], "html"],
    ["wordpress", ["content", "rendered"], "html"],
    ["wordpress", ["excerpt", "rendered"], "html"],
    ["wordpress", ["link"], "hidden"],
    ["wordpressOriginal", ["_embedded", "wp:featuredmedia", 0, "source_url"], "image"],
    ["wordpress", ["_embedded", "wp:featuredmedia", 0, "media_details", "sizes", "large", "source_url"], "image"],
    ["wordpress", ["_embedded", "wp:featuredmedia", 0, "alt_text"], "text"],
    ["wordpress", ["_embedded", "wp:featuredmedia", 0, "caption", "rendered"], "html"],
    ["wordpress", ["_embedded", "author", 0, "name"], "text"],
    ["wordpress", ["_embedded", "author", 0, "description"], "html"],
    ["wordpress", ["_embedded", "author", 0, "avatar_urls", "96"], "image"],
    ["wordpress", ["_embedded", "author", 0, "link"], "link"],
    ["wordpress", ["_embedded", "author", 0, "url"], "link"],
    ["wordpress", ["_embedded", "wp:term", 0, 0, "name"], "html"],
    ["wordpress", ["jetpack-related-posts", 0, "url"], "link"],
    ["wordpress", ["jetpack-related-posts", 0, "title"], "html"],
    ["wordpress", ["jetpack-related-posts", 0, "excerpt"], "html"],
    ["wordpress", ["jetpack-related-posts", 0, "img", "src"], "image"],
    ["wordpress", ["jetpack-related-posts", 0, "img", "alt_text"], "hidden"],
  ].map(([skeleton, path, kind, literal]) => ({ skeleton, path, kind, literal })),
  ...[
    [["posts", 0, "title"], "text", "headline"],
    [["posts", 0, "html"], "html"],
    [["posts", 0, "custom_excerpt"], "text", "header"],
    [["posts", 0, "url"], "hidden"],
    [["posts", 0, "feature_image"], "image"],
    [["posts", 0, "feature_image_alt"], "text"],
    [["posts", 0, "feature_image_caption"], "html"],
    [["posts", 0, "primary_tag", "name"], "text"],
    [["posts", 0, "primary_author", "name"], "text"],
    [["posts", 0, "primary_author", "bio"], "text"],
    [["posts", 0, "primary_author", "profile_image"], "image"],
    [["posts", 0, "primary_author", "website"], "link"],
    [["posts", 0, "primary_author", "twitter"], "handle"],
    [["posts", 0, "primary_author", "facebook"], "handle"],
    [["posts", 0, "primary_author", "url"], "link"],
    [["posts", 1, "title"], "text"],
    [["posts", 1, "url"], "link"],
    [["posts", 1, "custom_excerpt"], "text"],
    [["posts", 1, "feature_image"], "image"],
    [["posts", 1, "feature_image_alt"], "hidden"],
  ].map(([path, kind, literal]) => ({ skeleton: "ghost", path, kind, literal })),
].map((placement) => ({
  ...placement,
  format: FORMAT_OF[placement.skeleton],
  label: `${FORMAT_OF[placement.skeleton]} ${placement.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("").slice(1).replaceAll(".[", "[")}`,
}));

/**
 * The placements also rendered through `src` and through a child JSON
 * script: a plain text field and the HTML bodies of every format, where
 * `</script>` breakers and the like would matter.
 */
const SAMPLED = ["native headline", "native body[0].text", "jsonfeed items[0].content_html", "wordpress content.rendered", "ghost posts[0].html"];

/** The placement also rendered from the page's own JSON-LD (`from="page"`), one a batch. */
const FROM_PAGE = "jsonld headline";

/** `skeleton` with `value` put at `path`. */
function place(skeleton, path, value) {
  const doc = SKELETONS[skeleton]();
  let at = doc;
  for (const step of path.slice(0, -1)) at = at[step];
  assert.ok(at && typeof at === "object", `${skeleton}: ${path.join(".")} exists`);
  at[path.at(-1)] = value;
  return doc;
}

// ------------------------------------------------------------ the browser side

/**
 * Installed into the page once: renders a batch, waits for it to settle,
 * inspects it, removes it. Runs in the browser, so it may use only what is
 * passed in: `skeletons`, the documents by name.
 */
function harness(skeletons) {
  const XHTML = "http://www.w3.org/1999/xhtml";
  // Attributes that hold a URL somewhere in HTML, SVG or MathML.
  const URL_ATTRIBUTES = new Set([
    "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data", "background", "cite",
    "longdesc", "ping", "manifest", "codebase", "lowsrc", "dynsrc", "icon", "imagesrcset", "usemap", "archive", "classid",
  ]);
  const stage = document.getElementById("stage");
  const saved = {
    api: window.ArticleWidget,
    trap: window.__xss,
    element: customElements.get("article-widget"),
    base: document.baseURI,
    location: location.href,
    title: document.title,
    sheets: document.adoptedStyleSheets.length,
  };
  let lightDom = null;

  /** A copy of skeleton `name` with `value` at `path`. */
  function place(name, path, value) {
    const doc = structuredClone(skeletons[name]);
    let at = doc;
    for (const step of path.slice(0, -1)) at = at[step];
    at[path.at(-1)] = value;
    return doc;
  }

  /** The scheme of a URL as the URL parser reads it, lowercase; null when relative. */
  function scheme(value) {
    const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
    const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
    return match ? match[1].toLowerCase() : null;
  }

  /** Whether a URL attribute's value may stay: http(s), mailto for links, or relative. */
  function safeUrl(name, value) {
    const allowed = name === "href" ? ["http", "https", "mailto"] : ["http", "https"];
    const own = scheme(value);
    if (own !== null && !allowed.includes(own)) return false;
    try {
      return allowed.includes(new URL(value, document.baseURI).protocol.slice(0, -1));
    } catch {
      return own === null; // not a URL the browser can follow or fetch
    }
  }

  /** The candidate URLs of a srcset. */
  function candidates(srcset) {
    // As a browser splits them: a URL runs to the next ASCII whitespace (a
    // comma inside it belongs to it), its descriptors to the next comma.
    // Only ASCII whitespace: JavaScript's \s also takes a byte-order mark
    // or a line separator, which a browser keeps in the URL.
    const urls = [];
    let rest = srcset;
    for (;;) {
      rest = rest.replace(/^[\t\n\f\r ,]+/, "");
      if (rest === "") return urls;
      let url = /^[^\t\n\f\r ]+/.exec(rest)[0];
      rest = rest.slice(url.length);
      if (url.endsWith(",")) url = url.replace(/,+$/, "");
      else rest = rest.includes(",") ? rest.slice(rest.indexOf(",")) : "";
      if (url) urls.push(url);
    }
  }

  /**
   * Everything about one shadow root: its element and attribute names, and
   * what breaks the rules. Walks nested shadow roots and template contents.
   */
  function inspect(root, allow) {
    const tags = new Set();
    const attributes = new Set();
    const problems = [];
    const text = [];
    const roots = [root];
    while (roots.length) {
      const walker = document.createTreeWalker(roots.pop(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          text.push(node.data);
          continue;
        }
        const tag = node.namespaceURI === XHTML ? node.localName : `${node.namespaceURI}:${node.localName}`;
        tags.add(tag);
        if (allow && !allow.tags.includes(tag)) problems.push({ kind: "element", detail: `<${tag}>` });
        if (node.shadowRoot) roots.push(node.shadowRoot);
        if (node.content instanceof DocumentFragment) roots.push(node.content);
        for (const { name, value } of node.attributes) {
          attributes.add(name);
          text.push(value);
          if (name.startsWith("on")) problems.push({ kind: "handler", detail: `<${tag} ${name}="${value.slice(0, 80)}">` });
          else if (name === "style") problems.push({ kind: "style", detail: `<${tag} style="${value.slice(0, 80)}">` });
          else if (allow && !allow.attributes.includes(name)) problems.push({ kind: "attribute", detail: `<${tag} ${name}="${value.slice(0, 80)}">` });
          if (URL_ATTRIBUTES.has(name)) {
            const urls = name.endsWith("srcset") ? candidates(value) : [value];
            for (const url of urls) {
              if (!safeUrl(name, url)) problems.push({ kind: "url", detail: `<${tag} ${name}=${JSON.stringify(url.slice(0, 80))}>` });
            }
          }
        }
      }
    }
    return { tags: [...tags], attributes: [...attributes], problems, text: text.join("\n") };
  }

  /** Resolves with "ready" or "error" at the host's next settle event, or "timeout". */
  function outcome(host, ms) {
    return new Promise((done) => {
      const timer = setTimeout(() => done("timeout"), ms);
      for (const type of ["ready", "error"]) {
        host.addEventListener(`article-widget:${type}`, () => {
          clearTimeout(timer);
          done(type);
        }, { once: true });
      }
    });
  }

  /**
   * Waits until every eager image in the widgets' shadow roots has loaded or
   * failed, at most `ms`. (Lazy ones far down the stage are never fetched.)
   */
  async function images(hosts, ms) {
    const pending = [];
    for (const host of hosts) {
      for (const img of host.shadowRoot?.querySelectorAll("img") ?? []) {
        if (!img.complete && img.loading !== "lazy") pending.push(new Promise((done) => { img.addEventListener("load", done); img.addEventListener("error", done); }));
      }
    }
    await Promise.race([Promise.all(pending), new Promise((done) => setTimeout(done, ms))]);
  }

  /** What in the page outside the widgets has changed since the baseline. */
  function pageChanges() {
    const changes = [];
    if (window.ArticleWidget !== saved.api) changes.push("window.ArticleWidget was replaced");
    if (window.__xss !== saved.trap) changes.push("window.__xss was replaced");
    if (customElements.get("article-widget") !== saved.element) changes.push("the custom element definition changed");
    if (document.baseURI !== saved.base) changes.push(`document.baseURI is now ${document.baseURI}`);
    if (location.href !== saved.location) changes.push(`location is now ${location.href}`);
    if (document.title !== saved.title) changes.push(`document.title is now ${document.title}`);
    if (document.adoptedStyleSheets.length !== saved.sheets) changes.push("document.adoptedStyleSheets changed");
    if (lightDom !== null && document.documentElement.outerHTML !== lightDom) changes.push("the page's light DOM changed");
    return changes;
  }

  window.__xssHarness = {
    inspect,
    pageChanges,

    /** Records the light DOM with #stage empty, to compare every batch against. */
    baseline() {
      stage.replaceChildren();
      lightDom = document.documentElement.outerHTML;
    },

    /**
     * Renders `items` ({key, format, mode, src, literal, and a doc, or a
     * skeleton and path where `payload` goes}), waits, inspects, removes.
     * `allow` is the allowlist, or null to collect it.
     */
    async run(items, allow, payload) {
      const docs = items.map((item) => item.doc ?? (item.path ? place(item.skeleton, item.path, payload) : null));
      const json = items.map((item, i) => (item.mode === "child" || item.mode === "page" ? JSON.stringify(docs[i]) : null));
      // from="page" reads the page's own JSON-LD: put it in the head, as a site would.
      const blocks = items.flatMap((item, i) => {
        if (item.mode !== "page") return [];
        const block = document.createElement("script");
        block.type = "application/ld+json";
        block.textContent = json[i];
        document.head.append(block);
        return [block];
      });
      const hosts = items.map((item) => {
        const host = document.createElement("article-widget");
        host.id = `w-${item.key}`;
        host.setAttribute("format", item.format);
        return host;
      });
      const settled = items.map((item, i) => {
        const host = hosts[i];
        if (item.mode === "api") {
          stage.append(host);
          return window.ArticleWidget.render(host, docs[i]).then(() => "ready", () => "error");
        }
        const waiting = outcome(host, 20_000);
        if (item.mode === "src") {
          host.setAttribute("src", item.src);
        } else if (item.mode === "page") {
          host.setAttribute("from", "page");
        } else {
          const script = document.createElement("script");
          script.type = "application/json";
          script.textContent = json[i];
          host.append(script);
        }
        stage.append(host);
        return waiting;
      });
      const timeout = new Promise((done) => setTimeout(() => done("timeout"), 20_000));
      const outcomes = await Promise.all(settled.map((s) => Promise.race([s, timeout])));
      await images(hosts, 3000);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await new Promise((done) => setTimeout(done, 20));

      const results = items.map((item, i) => {
        const host = hosts[i];
        const problems = [];
        let found = { tags: [], attributes: [], text: "" };
        if (!host.shadowRoot) {
          problems.push({ kind: "shadow", detail: "no open shadow root" });
        } else {
          found = inspect(host.shadowRoot, allow);
          problems.push(...found.problems);
        }
        // The host's own children: none, or the one script it was given.
        const children = [...host.childNodes];
        const expected = item.mode === "child" ? 1 : 0;
        if (children.length !== expected || (expected === 1 && (children[0].localName !== "script" || children[0].textContent !== json[i]))) {
          problems.push({ kind: "light", detail: `the host's children changed: ${children.map((c) => c.nodeName).join(", ")}` });
        }
        let literal = null;
        if (item.literal && outcomes[i] === "ready") {
          // Whitespace aside (plain-text bodies turn line breaks into paragraphs).
          const norm = (s) => s.replace(/[\s\u0000]+/g, "");
          const part = host.shadowRoot?.querySelector(`[part~="${item.literal}"]`);
          literal = part ? norm(part.textContent).includes(norm(payload)) : false;
        }
        return { key: item.key, outcome: outcomes[i], problems, tags: found.tags, attributes: found.attributes, text: item.marker ? found.text : "", literal };
      });
      stage.replaceChildren();
      blocks.forEach((block) => block.remove());
      return { results, page: pageChanges() };
    },
  };
}

/** Installs the traps before anything on the page runs, in every frame. */
function traps() {
  const report = (how) =>
    function (id) {
      try {
        window.__xssReport(how, String(id));
      } catch {
        // The binding is missing only in frames Playwright cannot reach; the dialog listener covers those.
      }
    };
  Object.defineProperty(window, "__xss", { value: report("__xss"), writable: false, configurable: false });
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    Object.defineProperty(window, name, { value: report(name), writable: false, configurable: false });
  }
}

// ------------------------------------------------------------ the Node side

let server, browser;
/** Documents served to `src` widgets, by key: /xss-doc?k=<key>. */
const served = new Map();

before(async () => {
  server = await serve("dist", {
    routes: {
      "/xss-doc": (request, response) => {
        const key = new URL(request.url, "http://x").searchParams.get("k");
        const body = served.get(key);
        if (body === undefined) return response.writeHead(404).end();
        response.writeHead(200, { "content-type": "application/json" }).end(body);
      },
    },
  });
  // Every host but 127.0.0.1 fails to resolve at once: vectors point at
  // evil.example and the like, and nothing may leave the machine. (Not
  // page.route: routing turns off the HTTP cache and stops every request in
  // Node, which would triple the run time.)
  browser = await launch({ args: ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"] });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens e2e/pages/xss.html with the traps, the request watch and the
 * harness in place. `events` collects what happens outside the DOM: trap
 * calls, dialogs, unexpected requests, navigations, frames, popups, errors.
 */
async function openStage(events) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  const url = `${server.url}/e2e/xss.html`;
  let loaded = false;
  await page.exposeFunction("__xssReport", (how, id) => events.push({ kind: "trap", detail: `${how}(${id})`, id }));
  await page.addInitScript(traps);
  page.on("dialog", (dialog) => {
    events.push({ kind: "trap", detail: `${dialog.type()} dialog "${dialog.message()}"`, id: dialog.message() });
    dialog.dismiss().catch(() => {});
  });
  page.on("pageerror", (error) => events.push({ kind: "pageerror", detail: error.message }));
  page.on("popup", (popup) => events.push({ kind: "popup", detail: popup.url() }));
  page.on("frameattached", (frame) => events.push({ kind: "frame", detail: `a frame was attached (${frame.url() || "no URL yet"})` }));
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && loaded) events.push({ kind: "navigation", detail: `the page navigated to ${frame.url()}` });
  });
  page.on("request", (request) => {
    const target = new URL(request.url());
    const type = request.resourceType();
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      events.push({ kind: "request", detail: `${type} request for ${request.url().slice(0, 120)}` });
    } else if (request.isNavigationRequest() && loaded) {
      events.push({ kind: "request", detail: `navigation to ${request.url().slice(0, 120)}` });
    } else if (target.hostname !== "127.0.0.1" && type !== "image") {
      // An http(s) image from anywhere is what an article may show; anything else from elsewhere is not.
      events.push({ kind: "request", detail: `${type} request for ${request.url().slice(0, 120)}` });
    } else if (target.hostname === "127.0.0.1" && !["document", "script", "fetch", "image", "stylesheet"].includes(type)) {
      events.push({ kind: "request", detail: `${type} request for ${request.url().slice(0, 120)}` });
    } else if (
      target.hostname === "127.0.0.1" && (type === "stylesheet" || type === "script") && loaded
      // The widget's own formats module, imported for a document that is not native.
      && !(type === "script" && target.pathname === "/article-widget-formats.js")
    ) {
      events.push({ kind: "request", detail: `${type} request for ${request.url().slice(0, 120)}` });
    }
  });
  await page.goto(url);
  await page.evaluate(() => customElements.whenDefined("article-widget"));
  await page.waitForFunction(() => typeof window.ArticleWidget === "object");
  loaded = true;
  await page.evaluate(harness, Object.fromEntries(Object.keys(SKELETONS).map((name) => [name, SKELETONS[name]()])));
  await page.evaluate(() => window.__xssHarness.baseline());
  return page;
}

/**
 * The batch items for `vector` in every placement (the page puts the
 * payload in), plus the sampled src and child-script renders.
 */
function batchFor(vector, prefix) {
  const items = [];
  PLACEMENTS.forEach((placement, i) => {
    const { skeleton, path, format, literal, label } = placement;
    const base = { skeleton, path, format, literal, label };
    items.push({ ...base, key: `${prefix}-${i}`, mode: "api" });
    if (SAMPLED.includes(label)) {
      served.set(`${prefix}-${i}-src`, JSON.stringify(place(skeleton, path, vector.payload)));
      items.push({ ...base, key: `${prefix}-${i}-src`, mode: "src", src: `/xss-doc?k=${prefix}-${i}-src`, label: `${label} (src)` });
      items.push({ ...base, key: `${prefix}-${i}-child`, mode: "child", label: `${label} (child script)` });
    }
    if (label === FROM_PAGE) items.push({ ...base, key: `${prefix}-${i}-page`, mode: "page", label: `${label} (from=page)` });
  });
  return items;
}

/**
 * Runs `items` in `page`, with `payload` where they have a path, in slices
 * of `size`; returns every result, keyed, and the page-level changes.
 */
async function runItems(page, items, allow, payload = null, size = 150) {
  const results = new Map();
  const changes = [];
  for (let i = 0; i < items.length; i += size) {
    const slice = items.slice(i, i + size);
    const out = await page.evaluate(
      ([slice, allow, payload]) => window.__xssHarness.run(slice, allow, payload),
      [slice.map(({ label, ...item }) => item), allow, payload],
    );
    for (const result of out.results) results.set(result.key, result);
    changes.push(...out.page);
    for (const item of slice) served.delete(item.key);
  }
  return { results, changes };
}

// ------------------------------------------------------------ the tests

/** Filled by the clean run: what the widget itself renders. */
let allow = null;

test("the corpus holds at least 150 vectors, each with a unique id, a category, a payload and a note", () => {
  assert.ok(corpus.length >= 150, `${corpus.length} vectors`);
  const ids = new Set();
  for (const vector of corpus) {
    assert.equal(typeof vector.id, "number", JSON.stringify(vector));
    assert.ok(!ids.has(vector.id), `id ${vector.id} is unique`);
    ids.add(vector.id);
    for (const key of ["category", "payload", "note"]) {
      assert.equal(typeof vector[key], "string", `${vector.id}.${key}`);
      assert.ok(vector[key].length > 0, `${vector.id}.${key} is not empty`);
    }
    assert.ok(vector.payload.length <= 400, `${vector.id} fits every field's length limit`);
  }
  const categories = new Set(corpus.map((v) => v.category));
  assert.ok(categories.size >= 10, [...categories].join(", "));
});

// The traps must see a vector that runs, or "0 executions" means nothing:
// the corpus goes into a shadow root through innerHTML (and javascript: URLs
// through a click), as a careless widget would put it, and many must fire.
test("the traps catch vectors that run: injected with innerHTML into a shadow root, many of them fire", async () => {
  const events = [];
  const page = await openStage(events);
  // Meta refresh and base would take the control page itself away, and the
  // clobbering vectors would take the trap: `<iframe name=__xss>` makes
  // `document.__xss`, which inline handlers find before `window.__xss`.
  const injectable = corpus.filter((v) => v.category !== "dom-clobbering" && !/http-equiv|<base|<plaintext/i.test(v.payload));
  await page.evaluate((vectors) => {
    const host = document.createElement("div");
    document.body.append(host);
    const sink = host.attachShadow({ mode: "open" });
    for (const vector of vectors) {
      const box = document.createElement("div");
      box.innerHTML = vector.payload;
      sink.append(box);
      const cleaned = vector.payload.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
      if (/^javascript:/i.test(cleaned)) {
        const link = document.createElement("a");
        link.href = vector.payload;
        sink.append(link);
        link.click();
      }
    }
  }, injectable);
  await page.waitForTimeout(1500);
  const fired = new Set(events.filter((e) => e.kind === "trap").map((e) => e.id));
  console.log(`control: ${fired.size} of ${injectable.length} vectors fire when injected with innerHTML or clicked`);
  assert.ok(fired.size >= 50, `only ${fired.size} vectors fired: ${[...fired].join(", ")}`);
  // The other watches see what they watch for, too: an off-site stylesheet, a frame.
  assert.ok(events.some((e) => e.kind === "request" && /stylesheet request for https:\/\/evil\.example/.test(e.detail)), "an off-site stylesheet request is seen");
  assert.ok(events.some((e) => e.kind === "frame"), "an attached frame is seen");
  await page.close();
});

// The checks themselves must see what they look for, or "0 forbidden
// elements" means nothing: a hand-made shadow root with one of each.
test("the shadow DOM inspection flags handlers, style attributes, foreign elements and unsafe URLs, and the page check sees light DOM changes", async () => {
  const events = [];
  const page = await openStage(events);
  const markup = [
    '<p onclick="x()">handler</p>',
    '<p style="color:red">style</p>',
    "<svg><circle></circle></svg>",
    "<math><mi>x</mi></math>",
    "<marquee>unknown element</marquee>",
    '<a href=" \u0001java\tscript:x()">control character and tab</a>',
    '<a href="JAVASCRIPT:x()">case</a>',
    '<img src="data:image/png;base64,AA">',
    '<img src="mailto:a@b.example">',
    '<img srcset="/ok.png 1x, vbscript:x 2x">',
    '<form action="javascript:x()"></form>',
    '<a href="mailto:a@b.example">fine</a><a href="/relative">fine</a><a href="https://ok.example/">fine</a><img src="/ok.png">',
  ].join("");
  const found = await page.evaluate((markup) => {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "open" });
    root.innerHTML = markup;
    const allow = { tags: ["p", "a", "img", "form"], attributes: ["href", "src", "srcset", "action"] };
    const problems = window.__xssHarness.inspect(root, allow).problems.map((p) => `${p.kind} ${p.detail}`);
    const clean = window.__xssHarness.pageChanges();
    document.body.append(document.createElement("aside"));
    const changed = window.__xssHarness.pageChanges();
    return { problems, clean, changed };
  }, markup);
  assert.deepEqual(found.problems.sort(), [
    "element <http://www.w3.org/1998/Math/MathML:math>",
    "element <http://www.w3.org/1998/Math/MathML:mi>",
    "element <http://www.w3.org/2000/svg:circle>",
    "element <http://www.w3.org/2000/svg:svg>",
    "element <marquee>",
    'handler <p onclick="x()">',
    'style <p style="color:red">',
    `url <a href=${JSON.stringify(" \u0001java\tscript:x()")}>`,
    'url <a href="JAVASCRIPT:x()">',
    'url <form action="javascript:x()">',
    'url <img src="data:image/png;base64,AA">',
    'url <img src="mailto:a@b.example">',
    'url <img srcset="vbscript:x">',
  ].sort());
  assert.deepEqual(found.clean, []);
  assert.deepEqual(found.changed, ["the page's light DOM changed"]);
  await page.close();
});

// DOM clobbering of the API itself: a page element with id or name
// "ArticleWidget" is reachable as window.ArticleWidget. install() looks for
// an own property of window (a real earlier install), so the element does
// not stop the API from being installed.
test("a host page element with id=\"ArticleWidget\" does not take the JS API's place", async () => {
  const page = await browser.newPage();
  await page.route("**/e2e/clobbered.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><title>clobbered</title><div id="ArticleWidget"></div><article-widget id="w"></article-widget><script type="module" src="/article-widget.js"></script>',
    }),
  );
  await page.goto(`${server.url}/e2e/clobbered.html`);
  await page.evaluate(() => customElements.whenDefined("article-widget"));
  const outcome = await page.evaluate(async () => {
    try {
      await window.ArticleWidget.render(document.getElementById("w"), { headline: "Shown through the API" });
      return document.getElementById("w").shadowRoot.querySelector('[part~="headline"]').textContent;
    } catch (error) {
      return String(error);
    }
  });
  await page.close();
  assert.equal(outcome, "Shown through the API");
});

// What the widget renders from clean documents is the allowlist: a vector
// that adds any other element or attribute is a finding. Each placement is
// also probed with a harmless marker, to show the field reaches the page
// (a placement the adapter ignores would test nothing).
test("clean documents of every format render, and every placement reaches the page", async () => {
  const events = [];
  const page = await openStage(events);
  const fixtures = [
    "demo.json", "edge-rtl.json", "minimal.json", "bad/missing-headline.json", "bad/unsafe-urls.json", "bad/unknown-block.json",
    "jsonld/newsarticle.json", "jsonld/yoast-graph.json", "jsonld/author-string.json",
    "jsonfeed/feed-1.1.json", "jsonfeed/feed-1.0.json", "jsonfeed/item.json",
    "wordpress/post.json", "wordpress/posts-list.json", "wordpress/no-featured-image.json",
    "ghost/posts.json", "ghost/single-post.json",
  ];
  const items = [
    ...fixtures.map((name, i) => ({ key: `fixture-${i}`, format: "auto", mode: "src", src: `/fixtures/${name}` })),
    ...Object.keys(SKELETONS).map((name) => ({ key: `skeleton-${name}`, format: FORMAT_OF[name], mode: "api", doc: SKELETONS[name]() })),
  ];
  const { results: clean, changes } = await runItems(page, items, null);
  for (const name of Object.keys(SKELETONS)) {
    assert.equal(clean.get(`skeleton-${name}`).outcome, "ready", `the ${name} skeleton renders`);
  }
  const tags = new Set();
  const attributes = new Set();
  for (const result of clean.values()) {
    assert.notEqual(result.outcome, "timeout", result.key);
    assert.deepEqual(result.problems.filter((p) => p.kind !== "element" && p.kind !== "attribute"), [], result.key);
    result.tags.forEach((t) => tags.add(t));
    result.attributes.forEach((a) => attributes.add(a));
  }
  allow = { tags: [...tags].sort(), attributes: [...attributes].sort() };
  console.log(`allowlist: ${allow.tags.length} elements (${allow.tags.join(" ")}); ${allow.attributes.length} attributes (${allow.attributes.join(" ")})`);
  for (const forbidden of ["script", "iframe", "object", "embed", "style", "base", "meta", "form", "input", "template", "link", "textarea", "frame"]) {
    assert.ok(!allow.tags.includes(forbidden), `the widget itself renders no <${forbidden}>`);
  }
  assert.ok(!allow.tags.some((t) => t.includes(":")), "the widget itself renders no SVG or MathML");
  assert.ok(!allow.attributes.some((a) => a.startsWith("on") || a === "style" || a === "srcdoc"), allow.attributes.join(" "));

  // Markers: text that must show up as text, URLs that must show up in an attribute.
  const probes = PLACEMENTS.map((placement, i) => {
    const marker = `xssmark${i}q`;
    const value = {
      text: marker,
      hidden: /url|link|@id/i.test(placement.label) ? `https://mark.example/${marker}` : marker,
      handle: marker,
      html: `<p>${marker}</p>`,
      link: `https://mark.example/${marker}`,
      image: `https://mark.example/${marker}.png`,
    }[placement.kind];
    return { key: `probe-${i}`, format: placement.format, mode: "api", doc: place(placement.skeleton, placement.path, value), marker };
  });
  const { results: probed, changes: probeChanges } = await runItems(page, probes, allow);
  const missing = [];
  PLACEMENTS.forEach((placement, i) => {
    const result = probed.get(`probe-${i}`);
    assert.equal(result.outcome, "ready", `${placement.label} with a harmless value renders`);
    assert.deepEqual(result.problems, [], placement.label);
    if (placement.kind !== "hidden" && !result.text.includes(probes[i].marker)) missing.push(placement.label);
  });
  assert.deepEqual(missing, [], "every placement's value shows up in the widget");
  assert.deepEqual([...changes, ...probeChanges], []);
  assert.deepEqual(events, []);
  await page.close();
});

/**
 * Runs `list` of vectors in one page after another, a fresh page every 40,
 * adding to `tally`. Two of these run side by side, one a core.
 */
async function worker(list, tally) {
  const events = [];
  let page = await openStage(events);
  for (const [n, vector] of list.entries()) {
    // A fresh page now and then keeps one long-lived document from hiding a problem.
    if (n > 0 && n % 40 === 0) {
      await page.close();
      page = await openStage(events);
    }
    const before = events.length;
    const items = batchFor(vector, `v${vector.id}`);
    const { results, changes } = await runItems(page, items, allow, vector.payload);
    tally.renders += items.length;
    const where = (item) => `${item.skeleton} ${item.path.join(".")}`;
    const viaApi = new Map(items.filter((item) => item.mode === "api").map((item) => [where(item), results.get(item.key).outcome]));
    for (const item of items) {
      const result = results.get(item.key);
      tally.outcomes[result.outcome]++;
      // The same document gives the same outcome however it reaches the widget.
      if (item.mode !== "api" && result.outcome !== viaApi.get(where(item))) {
        tally.pathMismatches.push(`${vector.id} ${item.label}: ${result.outcome}, through the API ${viaApi.get(where(item))}`);
      }
      if (result.outcome === "error") (tally.errors[item.label] ??= []).push(vector.id);
      for (const problem of result.problems) tally.findings.push({ vector: vector.id, label: item.label, ...problem });
      if (result.literal === false) tally.literalMisses.push(`${vector.id} ${item.label}`);
    }
    for (const change of changes) tally.findings.push({ vector: vector.id, label: "(page)", kind: "page", detail: change });
    // Events carry no placement; a trap names its vector, the rest belong to this batch.
    for (const event of events.slice(before)) {
      tally.findings.push({ vector: event.kind === "trap" ? Number(event.id) || event.id : vector.id, label: "(batch)", ...event });
    }
    if (changes.length) {
      // The page is no longer clean: start the next vector on a new one.
      await page.close();
      page = await openStage(events);
    }
  }
  // Late runners (a handler on a slow resource) still name their vector.
  const before = events.length;
  await page.waitForTimeout(500);
  for (const event of events.slice(before)) tally.findings.push({ vector: Number(event.id) || event.id, label: "(late)", ...event });
  await page.close();
}

/**
 * Which placements of `vector` set off page-level events (a trap, a
 * request, a navigation), found by rendering them one at a time: the batch
 * events name no field. Returns findings with labels.
 */
async function pinpoint(vector) {
  const found = [];
  const events = [];
  let page = await openStage(events);
  for (const item of batchFor(vector, `p${vector.id}`)) {
    const before = events.length;
    await runItems(page, [item], allow, vector.payload);
    await page.waitForTimeout(200);
    if (events.length > before) {
      for (const event of events.slice(before)) found.push({ vector: vector.id, label: item.label, ...event });
      await page.close();
      page = await openStage(events);
    }
  }
  await page.close();
  return found;
}

test("no vector, in any field of any format, runs, loads, or leaves markup behind", async () => {
  assert.ok(allow, "the allowlist comes from the clean run");
  const started = Date.now();
  const tally = { renders: 0, outcomes: { ready: 0, error: 0, timeout: 0 }, findings: [], literalMisses: [], pathMismatches: [], errors: {} };
  await Promise.all([0, 1].map((w) => worker(vectors.filter((_, i) => i % 2 === w), tally)));
  const { renders, outcomes, literalMisses, pathMismatches } = tally;
  // Page-level events name their batch, not their field: find the fields.
  let findings = tally.findings;
  const unplaced = [...new Set(findings.filter((f) => f.label.startsWith("(") && f.label !== "(page)").map((f) => f.vector))];
  for (const id of unplaced) {
    const vector = corpus.find((v) => v.id === id);
    const placed = vector ? await pinpoint(vector) : [];
    if (placed.length) findings = [...findings.filter((f) => !(f.vector === id && f.label.startsWith("(") && f.label !== "(page)")), ...placed];
  }
  if (process.env.XSS_ERRORS) for (const [label, ids] of Object.entries(tally.errors)) console.log(`error cards in ${label}: ${ids.length}: ${ids.sort((a, b) => a - b).join(" ")}`);

  const known = (f) => Object.hasOwn(knownFailures, `${f.vector} ${f.label}`);
  const unknown = findings.filter((f) => !known(f));
  const executions = findings.filter((f) => f.kind === "trap").length;
  const elements = findings.filter((f) => f.kind === "element").length;
  const urls = findings.filter((f) => f.kind === "url" || f.kind === "request").length;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`outcomes: ${outcomes.ready} ready, ${outcomes.error} error cards, ${outcomes.timeout} timeouts; ${seconds}s`);
  if (pathMismatches.length) console.log(`outcome differs by input path (${pathMismatches.length}): ${pathMismatches.slice(0, 20).join("; ")}`);
  if (literalMisses.length) console.log(`text not shown literally (${literalMisses.length}): ${literalMisses.slice(0, 20).join("; ")}`);
  for (const f of unknown.slice(0, 60)) console.log(`FINDING vector ${f.vector} in ${f.label}: ${f.kind}: ${f.detail}`);
  console.log(
    `xss: ${vectors.length} vectors × ${renders / vectors.length} placements = ${renders} renders, ` +
      `${executions} executions, ${elements} forbidden elements, ${urls} unsafe URLs`,
  );

  assert.equal(renders, vectors.length * (PLACEMENTS.length + 2 * SAMPLED.length + 1));
  assert.equal(outcomes.timeout, 0, "every widget settled");
  assert.deepEqual(unknown, [], "no findings beyond the known failures");
  const stale = Object.keys(knownFailures).filter((key) => !findings.some((f) => `${f.vector} ${f.label}` === key));
  assert.deepEqual(stale, [], "every known failure still fails (else remove it)");
  assert.deepEqual(literalMisses, [], "text fields show the vector as text");
  assert.deepEqual(pathMismatches, [], "src, child script and from=page agree with the API");
});
