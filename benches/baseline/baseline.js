// <baseline-article>: the peer the widget is measured against. A plain
// JavaScript renderer of the widget's native JSON format
// (schema/article.schema.json) that builds the same DOM as the Leptos
// components in src/components/ — same parts, class names, attributes and
// element structure — inside an open shadow root styled by one constructed
// stylesheet (style/widget.css, fetched once and adopted by every element).
//
// It does only the checking it needs not to crash, and what changes the DOM
// for a valid document (strings trimmed, empty counts as absent, the widget's
// list limits, relative URLs resolved against the document, no script URLs).
// It uses createElement, createTextNode and setAttribute only: no innerHTML.
//
//   <script type="module" src="baseline.js"></script>
//   <baseline-article src="/article.json"></baseline-article>
//
// Sends `baseline-article:ready` (bubbling, composed) when the article is in
// the DOM, as the widget sends `article-widget:ready`.

const STYLESHEET_URL = new URL("../../style/widget.css", import.meta.url);

// One sheet for every element on the page, filled when the CSS arrives.
const sheet = new CSSStyleSheet();
const sheetReady = fetch(STYLESHEET_URL)
  .then((response) => response.text())
  .then((css) => sheet.replace(css));

const RTL = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ckb", "dv"];
const IMAGE_REFERRER_POLICY = "no-referrer";
const HEADLINE_ID = "aw-headline";

// The widget's own words, from src/i18n/catalogue.rs: English (the bench
// articles) and Arabic (fixtures/edge-rtl.json, which the DOM check renders);
// any other language gets the English strings here, where the widget would
// have its own.
const EN = {
  advertisement: "Advertisement",
  readAlso: "Read also",
  table: "Table",
  playVideo: (p) => `Play video from ${p}`,
  playAudio: (p) => `Play audio from ${p}`,
  loadsFrom: (h) => `Playing loads it from ${h}.`,
  openOn: (p) => `Open on ${p}`,
  embeddedFrom: (h) => `Embedded content from ${h}`,
  relatedStories: "Related stories",
  trending: "Trending",
  trendingOn: (site) => `Trending on ${site}`,
  moreFrom: (name) => `More from ${name}`,
  by: "By ",
  listSeparator: ", ",
  listLast: " and ",
  updated: "Updated ",
  minutesToRead: (n) => `${n} min read`,
  socialLink: (name, site) => `${name} on ${site}`,
  skipAd: "Skip advertisement",
  openImage: "Open image",
  adEnd: "End of advertisement",
  loading: "Loading article…",
  errorTitle: "This article could not be shown.",
  errorDocument: "There is a problem with it that the publisher needs to fix.",
};
const AR_MINUTES = ["أقل من دقيقة قراءة", "دقيقة واحدة للقراءة", "دقيقتان للقراءة", "{n} دقائق للقراءة", "{n} دقيقة للقراءة", "{n} دقيقة للقراءة"];
const AR = {
  ...EN,
  advertisement: "إعلان",
  readAlso: "اقرأ أيضًا",
  table: "جدول",
  playVideo: (p) => `تشغيل الفيديو من ${p}`,
  playAudio: (p) => `تشغيل الصوت من ${p}`,
  loadsFrom: (h) => `عند التشغيل يُحمَّل من ${h}.`,
  openOn: (p) => `فتح على ${p}`,
  embeddedFrom: (h) => `محتوى مضمَّن من ${h}`,
  relatedStories: "أخبار ذات صلة",
  trending: "الأكثر قراءة",
  trendingOn: (site) => `الأكثر قراءة في ${site}`,
  moreFrom: (name) => `المزيد من ${name}`,
  by: "بقلم ",
  listSeparator: "، ",
  listLast: " و",
  updated: "آخر تحديث: ",
  // CLDR's Arabic plural categories: zero, one, two, few, many, other.
  minutesToRead: (n) => AR_MINUTES[n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5].replace("{n}", n),
  socialLink: (name, site) => `${name} على ${site}`,
  skipAd: "تخطَّ الإعلان",
  openImage: "افتح الصورة",
  adEnd: "نهاية الإعلان",
};

// The strings and the date locale of the article being rendered, set by
// renderArticle (rendering is synchronous, so one article at a time).
let S = EN;
let LOCALE = "en";

// ---- reading the document -------------------------------------------------

/** A trimmed, non-empty string, or undefined. */
function str(value) {
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  return s === "" ? undefined : s;
}

function list(value, max) {
  return Array.isArray(value) ? value.slice(0, max) : [];
}

/** An http(s)/mailto or relative URL, made absolute against `base`. */
function url(value, base, image = false) {
  let s = str(value);
  if (s === undefined) return undefined;
  s = s.replace(/[\t\n\r]/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s)?.[1]?.toLowerCase();
  if (scheme && !(scheme === "http" || scheme === "https" || (!image && scheme === "mailto"))) return undefined;
  if (s.startsWith("#") || !base) return s;
  try {
    return new URL(s, base).href;
  } catch {
    return s;
  }
}

/** "2026-11-20…" → "2026-11-20" (the calendar day); undefined for anything else. */
function formatDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? "");
  if (!m || +m[2] < 1 || +m[2] > 12) return undefined;
  return m[0];
}

// Dates as the widget writes them in the browser (src/i18n/dates.rs): the
// long date from Intl.DateTimeFormat in the article's locale, a calendar day
// (no time) in UTC, and relative from Intl.RelativeTimeFormat while a date
// with a time is less than a week old, with the long date in `title`. The
// formatters are made once a locale.
const FRESH_MS = 7 * 24 * 3_600_000;
const formatters = new Map();
function intl(locale) {
  let f = formatters.get(locale);
  if (!f) {
    f = {
      long: new Intl.DateTimeFormat(locale, { dateStyle: "long" }),
      longUtc: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
      relative: new Intl.RelativeTimeFormat(locale, { numeric: "auto" }),
    };
    formatters.set(locale, f);
  }
  return f;
}

/** { text, title } of a valid date string. */
function showDate(text) {
  const hasTime = text.length > 10;
  const date = new Date(text.replace(" ", "T").toUpperCase());
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { text: formatDate(text) };
  const f = intl(LOCALE);
  const absolute = (hasTime ? f.long : f.longUtc).format(date);
  const age = Date.now() - ms;
  if (!hasTime || age < -60_000 || age >= FRESH_MS) return { text: absolute };
  const minutes = Math.max(0, Math.floor(age / 60_000));
  const [value, unit] = minutes < 1 ? [0, "second"] : minutes < 60 ? [minutes, "minute"] : minutes < 24 * 60 ? [Math.floor(minutes / 60), "hour"] : [Math.floor(minutes / (24 * 60)), "day"];
  return { text: f.relative.format(-value, unit), title: absolute };
}

/** A block's or run's text: `text` (string or runs) first, else `content`. */
function runsOf(object) {
  const value = object.text ?? object.content;
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value : [];
}

function plainText(runs, out) {
  for (const run of runs) {
    if (typeof run === "string") out.push(run);
    else if (run && typeof run === "object") {
      if (run.type === "br") out.push(" ");
      else if (run.type === "text" || run.type === "code") out.push(typeof run.text === "string" ? run.text : "");
      else plainText(runsOf(run), out);
    }
  }
  return out;
}

/** Minutes at 230 words a minute, at least 1 (the widget's rule). */
function readingMinutes(body) {
  const text = [];
  for (const block of body) {
    if (!block || typeof block !== "object") continue;
    if (block.type === "paragraph" || block.type === "quote") plainText(runsOf(block), text);
    else if (block.type === "heading") text.push(typeof block.text === "string" ? block.text : "");
    else if (block.type === "list") for (const item of list(block.items, 1000)) plainText(typeof item === "string" ? [item] : list(item, 1000), text);
    text.push(" ");
  }
  const words = text.join("").split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / 230));
}

// ---- building the DOM -------------------------------------------------------

/** `tag` with attributes (undefined ones left out) and children. */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  if (attributes) {
    for (const name in attributes) {
      const value = attributes[name];
      if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === "string") parent.appendChild(document.createTextNode(child));
    else parent.appendChild(child);
  }
}

function rel(href) {
  const lower = href.slice(0, 8).toLowerCase();
  return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//") ? "noopener noreferrer" : undefined;
}

function time(text) {
  const shown = showDate(text);
  return h("time", { datetime: text, title: shown.title }, shown.text);
}

function inlines(runs, base) {
  const out = [];
  for (const run of runs) {
    if (typeof run === "string") out.push(run);
    else if (run && typeof run === "object") out.push(inline(run, base));
  }
  return out;
}

function inline(run, base) {
  switch (run.type) {
    case "text":
      return typeof run.text === "string" ? run.text : undefined;
    case "em":
    case "strong":
    case "sup":
    case "sub":
      return h(run.type, null, inlines(runsOf(run), base));
    case "code":
      return h("code", null, str(run.text));
    case "br":
      return h("br");
    case "link": {
      const content = inlines(runsOf(run), base);
      const href = url(run.href, base);
      if (href === undefined) return plainText(runsOf(run), []).join("");
      return h("a", { rel: rel(href), href }, content);
    }
    default:
      return undefined;
  }
}

function image(value, base) {
  if (!value || typeof value !== "object") return undefined;
  const src = url(value.src, base, true);
  if (src === undefined) return undefined;
  return {
    src,
    alt: str(value.alt) ?? "",
    width: Number.isInteger(value.width) ? value.width : undefined,
    height: Number.isInteger(value.height) ? value.height : undefined,
    srcset: list(value.srcset, 16)
      .map((c) => c && typeof c === "object" && Number.isInteger(c.width) && { url: url(c.url, base, true), width: c.width })
      .filter((c) => c && c.url !== undefined && !/[\s]|^,|,$/.test(c.url)),
    sizes: str(value.sizes),
    caption: str(value.caption),
    credit: str(value.credit),
  };
}

const BODY_SIZES = "(max-width: 672px) 100vw, 672px";
const HERO_SIZES = "(max-width: 1152px) 100vw, 1152px";
const GALLERY_SIZES = "(max-width: 672px) 50vw, 224px";

function story(value, base) {
  if (!value || typeof value !== "object") return undefined;
  const href = url(value.url, base);
  const headline = str(value.headline);
  if (href === undefined || headline === undefined) return undefined;
  return { url: href, headline, kicker: str(value.kicker), image: image(value.image, base), date: formatDate(value.date) && str(value.date), summary: str(value.summary) };
}

function figure(img, { part, className = "aw-figure", eager = false, link, sizes = BODY_SIZES } = {}) {
  const hasCaption = img.caption !== undefined || img.credit !== undefined;
  const srcset = img.srcset.length > 0 ? img.srcset.map((c) => `${c.url} ${c.width}w`).join(", ") : undefined;
  const picture = h("img", {
    class: "aw-figure__image",
    src: img.src,
    srcset,
    sizes: srcset && (img.sizes ?? sizes),
    alt: img.alt,
    width: img.width,
    height: img.height,
    loading: eager ? "eager" : "lazy",
    decoding: "async",
    referrerpolicy: IMAGE_REFERRER_POLICY,
  });
  const label = link !== undefined && img.alt === "" ? (img.caption ?? S.openImage) : undefined;
  return h(
    "figure",
    { part, class: className },
    link === undefined ? picture : h("a", { class: "aw-figure__link", rel: rel(link), href: link, "aria-label": label }, picture),
    hasCaption && h("figcaption", { class: "aw-figure__caption" }, img.caption, img.credit !== undefined && [" ", h("span", { class: "aw-figure__credit" }, img.credit)]),
  );
}

function cardImage(img, className) {
  return img && h("img", { class: className, src: img.src, alt: "", width: img.width, height: img.height, loading: "lazy", decoding: "async", referrerpolicy: IMAGE_REFERRER_POLICY });
}

function header(article, authors, minutes) {
  const published = formatDate(article.published) && str(article.published);
  let updated = formatDate(article.updated) && str(article.updated);
  if (updated && published && formatDate(published) === formatDate(updated)) updated = undefined;
  const count = authors.length;
  const names = authors.map((author, i) => [i === 0 ? undefined : count - i === 1 ? S.listLast : S.listSeparator, h("a", { class: "aw-byline__author", href: `#aw-author-${i + 1}` }, author.name)]);
  return h(
    "header",
    { part: "header", class: "aw-header" },
    str(article.section) && h("p", { class: "aw-header__section" }, str(article.section)),
    h("h1", { part: "headline", class: "aw-header__headline", id: HEADLINE_ID }, str(article.headline)),
    str(article.dek) && h("p", { class: "aw-header__dek" }, str(article.dek)),
    h(
      "p",
      { part: "byline", class: "aw-byline" },
      count > 0 && [h("span", { class: "aw-byline__authors" }, S.by, names), count === 1 && authors[0].role && h("span", { class: "aw-byline__role" }, authors[0].role)],
      published && h("span", { class: "aw-byline__date" }, time(published)),
      updated && h("span", { class: "aw-byline__date" }, S.updated, time(updated)),
      h("span", { class: "aw-byline__reading" }, S.minutesToRead(minutes)),
    ),
  );
}

function body(blocks, base) {
  const root = h("div", { part: "body", class: "aw-body" });
  let stories = 0;
  let ads = 0;
  let updates = 0;
  // A live update is a section holding the blocks after it.
  let target = root;
  for (const block of blocks) {
    if (!block || typeof block !== "object") continue;
    let element;
    switch (block.type) {
      case "paragraph":
        element = h("p", { class: "aw-body__paragraph" }, inlines(runsOf(block), base));
        break;
      case "heading":
        element = block.level === 3 ? h("h3", { class: "aw-body__subheading aw-body__subheading--minor" }, inlines(runsOf(block), base)) : h("h2", { class: "aw-body__subheading" }, inlines(runsOf(block), base));
        break;
      case "quote": {
        const who = str(block.attribution);
        element = h(
          "figure",
          { class: block.pull === true ? "aw-quote aw-quote--pull" : "aw-quote" },
          h("blockquote", { class: "aw-quote__text" }, Array.isArray(block.paragraphs)
            ? list(block.paragraphs, 1000).map((p) => h("p", null, inlines(typeof p === "string" ? [p] : list(p, 1000), base)))
            : h("p", null, inlines(runsOf(block), base))),
          who && h("figcaption", { class: "aw-quote__attribution" }, h("cite", null, who)),
        );
        break;
      }
      case "details": {
        const summary = str(block.summary);
        if (!summary) continue;
        element = h(
          "details",
          { class: "aw-details", open: block.open === true },
          h("summary", { class: "aw-details__summary" }, summary),
          list(block.paragraphs, 1000).map((p) => h("p", null, inlines(typeof p === "string" ? [p] : list(p, 1000), base))),
        );
        break;
      }
      case "callout": {
        const label = str(block.label);
        const symbol = label && !/[\p{L}\p{N}]/u.test(label);
        element = h(
          "div",
          { class: "aw-callout", role: "note" },
          label && h("p", { class: symbol ? "aw-callout__label aw-callout__label--symbol" : "aw-callout__label", "aria-hidden": symbol ? "true" : undefined }, label),
          h("div", { class: "aw-callout__text" }, list(block.paragraphs, 1000).map((p) => h("p", null, inlines(typeof p === "string" ? [p] : list(p, 1000), base)))),
        );
        break;
      }
      case "list": {
        // An item is text, or {content, list} holding a list of its own.
        const listOf = (value, depth) =>
          h(value.ordered === true ? "ol" : "ul", { class: "aw-body__list" }, list(value.items, 1000).map((item) => {
            if (item && typeof item === "object" && !Array.isArray(item)) {
              return h("li", null, inlines(runsOf(item), base), depth < 4 && item.list && typeof item.list === "object" && listOf(item.list, depth + 1));
            }
            return h("li", null, inlines(typeof item === "string" ? [item] : list(item, 1000), base));
          }));
        element = listOf(block, 1);
        break;
      }
      case "figure": {
        const img = image(block.image, base);
        element = img && figure(img, { link: url(block.link, base) });
        break;
      }
      case "gallery": {
        const items = list(block.items, 100)
          .map((item) => item && typeof item === "object" && { img: image(item.image, base), link: url(item.link, base) })
          .filter((item) => item && item.img);
        const caption = str(block.caption);
        element =
          items.length > 0 &&
          h(
            "figure",
            { class: "aw-body__gallery" },
            h("ul", { role: "list", class: "aw-body__gallery-grid" }, items.map(({ img, link }) => h("li", { class: "aw-body__gallery-item" }, figure(img, { className: "aw-figure aw-body__gallery-figure", link, sizes: GALLERY_SIZES })))),
            caption && h("figcaption", { class: "aw-body__gallery-caption" }, caption),
          );
        break;
      }
      case "story": {
        const s = story(block.story, base);
        if (s) {
          stories += 1;
          element = h(
            "div",
            { part: "inline-story", class: "aw-inline-story" },
            cardImage(s.image, "aw-inline-story__image"),
            h(
              "p",
              { class: "aw-inline-story__text" },
              h("span", { class: "aw-inline-story__label" }, S.readAlso),
              s.kicker && h("span", { class: "aw-kicker" }, s.kicker),
              h("a", { class: "aw-inline-story__link", rel: rel(s.url), href: s.url, "data-placement": "inline", "data-position": stories }, s.headline),
            ),
          );
        }
        break;
      }
      case "ad": {
        ads += 1;
        const size = block.size === "banner" ? "banner" : "rectangle";
        const name = `ad-${ads}`;
        const end = `aw-${name}-end`;
        // A skip link before the box and the marker it lands on after it.
        element = h(
          "div",
          { part: "ad-slot", class: `aw-ad aw-ad--${size}`, "data-slot": name, "data-size": size },
          h("a", { class: "aw-skip", href: `#${end}` }, S.skipAd),
          h("p", { class: "aw-ad__label" }, S.advertisement),
          h("div", { class: "aw-ad__box" }, h("slot", { name })),
          h("span", { class: "aw-ad__end", id: end, tabindex: "-1" }, S.adEnd),
        );
        break;
      }
      case "divider":
        element = h("hr", { class: "aw-body__divider" });
        break;
      case "code":
        element = h("pre", { class: "aw-body__code", tabindex: "0", "data-language": str(block.language) || undefined }, h("code", null, typeof block.text === "string" ? block.text : ""));
        break;
      case "table": {
        const span = (n) => (Number.isInteger(n) && n > 1 && n <= 64 ? n : undefined);
        const row = (cells, head) =>
          h("tr", null, list(cells, 64).map((c) => {
            const cell = c && typeof c === "object" && !Array.isArray(c) ? c : { text: c };
            const runs = cell.text ?? cell.content ?? [];
            const th = head || cell.header === true;
            const attributes = { scope: th ? (head ? "col" : "row") : undefined, colspan: span(cell.colspan), rowspan: span(cell.rowspan) };
            return h(th ? "th" : "td", attributes, inlines(typeof runs === "string" ? [runs] : list(runs, 1000), base));
          }));
        const caption = str(block.caption);
        const head = list(block.head, 1000), rows = list(block.rows, 1000);
        element = h(
          "div",
          { class: "aw-body__table", role: "region", tabindex: "0", "aria-label": caption || S.table },
          h("table", null, caption && h("caption", null, caption), head.length > 0 && h("thead", null, head.map((r) => row(r, true))), rows.length > 0 && h("tbody", null, rows.map((r) => row(r, false)))),
        );
        break;
      }
      case "embed":
        element = embed(block.embed, base);
        break;
      case "video":
      case "audio": {
        const m = block[block.type] && typeof block[block.type] === "object" ? block[block.type] : {};
        const src = url(m.src, base, true);
        if (!src) break;
        const video = block.type === "video";
        const title = str(m.title), caption = str(m.caption);
        const tracks = list(m.tracks, 16).map((t) => t && url(t.src, base, true) && h("track", { kind: str(t.kind) || "subtitles", src: url(t.src, base, true), srclang: str(t.srclang), label: str(t.label) }));
        const player = h(video ? "video" : "audio", { class: "aw-media__player", controls: true, preload: "none", playsinline: video || undefined, poster: video ? url(m.poster, base, true) : undefined, width: video ? m.width : undefined, height: video ? m.height : undefined, "aria-label": title }, h("source", { src, type: str(m.encodingFormat) }), tracks);
        element = h("figure", { class: video ? "aw-media" : "aw-media aw-media--audio" }, title && h("p", { class: "aw-media__title" }, title), player, caption && h("figcaption", { class: "aw-media__caption" }, caption));
        break;
      }
      case "update": {
        updates += 1;
        const id = `aw-update-${updates}`, published = str(block.published), headline = str(block.headline), href = url(block.url, base);
        const labels = [published && `${id}-time`, headline && id].filter(Boolean).join(" ");
        const link = (content) => (href ? h("a", { rel: rel(href), href }, content) : content);
        let stamp;
        if (published) {
          stamp = time(published);
          stamp.id = `${id}-time`;
        }
        target = h(
          "section",
          { class: "aw-update", "aria-labelledby": labels || undefined },
          h(
            "header",
            { class: "aw-update__header" },
            stamp && h("p", { class: "aw-update__time" }, link(stamp)),
            headline && h("h2", { class: "aw-update__headline", id }, stamp ? headline : link(headline)),
          ),
        );
        root.appendChild(target);
        break;
      }
    }
    if (element) target.appendChild(element);
  }
  return root;
}

// The widget's embed block: a facade for a known player (the frame only on
// a click), a quoted post, or a link. Providers by host, players built from
// a checked id, as src/model/embed.rs does (YouTube and Vimeo here; the
// other providers are links in this baseline).
function embed(value, base) {
  const e = value && typeof value === "object" ? value : {};
  const href = url(e.url, base);
  if (!href) return null;
  let parsed;
  try {
    parsed = new URL(href);
  } catch {
    return null;
  }
  const host = parsed.hostname.replace(/^(www|m)\./, "");
  const title = str(e.title), caption = str(e.caption);
  let player, provider;
  const youtube = host === "youtube.com" ? parsed.searchParams.get("v") || parsed.pathname.split("/")[2] : host === "youtu.be" ? parsed.pathname.slice(1) : null;
  if (youtube && /^[\w-]{6,20}$/.test(youtube)) [provider, player] = ["YouTube", `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1`];
  const vimeo = host === "vimeo.com" || host === "player.vimeo.com" ? parsed.pathname.split("/").filter((s) => /^\d{1,12}$/.test(s)).pop() : null;
  if (vimeo) [provider, player] = ["Vimeo", `https://player.vimeo.com/video/${vimeo}?dnt=1&autoplay=1`];
  const source = (name) => h("a", { class: "aw-embed__source", rel: rel(href), href }, S.openOn(name));
  const captionText = caption && [h("span", { class: "aw-embed__caption-text" }, caption), " · "];
  if (player) {
    const action = S.playVideo(provider);
    const box = h("div", { class: "aw-embed__player" });
    const button = h("button", { type: "button", class: "aw-embed__play", "aria-label": title ? `${action}: ${title}` : action }, h("span", { class: "aw-embed__icon", "aria-hidden": "true" }), h("span", { class: "aw-embed__action" }, action), title && h("span", { class: "aw-embed__title" }, title));
    const note = h("p", { class: "aw-embed__note" }, S.loadsFrom(new URL(player).host));
    button.addEventListener("click", () => {
      const frame = h("iframe", { class: "aw-embed__frame", src: player, title: title || provider, sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox", allow: "autoplay; encrypted-media; fullscreen; picture-in-picture", allowfullscreen: true, referrerpolicy: "strict-origin-when-cross-origin" });
      box.replaceChildren(frame);
      frame.focus();
    });
    append(box, [button, note]);
    return h("figure", { class: "aw-embed" }, box, h("figcaption", { class: "aw-embed__caption" }, captionText, source(provider)));
  }
  const text = str(e.text);
  if (text) {
    const lines = text.split("\n").flatMap((line, i) => (i > 0 ? [h("br"), line] : [line]));
    const author = str(e.author);
    return h("figure", { class: "aw-embed aw-embed--post" }, h("blockquote", { class: "aw-embed__post", cite: href }, lines), h("figcaption", { class: "aw-embed__caption" }, author && [h("span", { class: "aw-embed__author" }, author), " · "], captionText, source(parsed.host)));
  }
  return h("figure", { class: "aw-embed aw-embed--link" }, h("a", { class: "aw-embed__source", rel: rel(href), href }, title || S.embeddedFrom(parsed.host)), caption && h("figcaption", { class: "aw-embed__caption" }, caption));
}

function authorCard(author, index, base) {
  const anchor = `aw-author-${index + 1}`;
  const titleId = `${anchor}-title`;
  const social = list(author.social, 10)
    .map((link) => link && typeof link === "object" && { label: str(link.label), url: url(link.url, base) })
    .filter((link) => link && link.label && link.url);
  const stories = list(author.stories, 5).map((s) => story(s, base)).filter(Boolean);
  const avatar = url(author.avatar, base, true);
  const profile = url(author.url, base);
  return h(
    "aside",
    { part: "author-card", class: "aw-author", id: anchor, tabindex: "-1", "aria-labelledby": titleId },
    h("h2", { class: "aw-section-title", id: titleId }, S.moreFrom(author.name)),
    h(
      "div",
      { class: "aw-author__who" },
      avatar && h("img", { class: "aw-author__avatar", src: avatar, alt: "", width: "64", height: "64", loading: "lazy", decoding: "async", referrerpolicy: IMAGE_REFERRER_POLICY }),
      h(
        "p",
        { class: "aw-author__identity" },
        profile ? h("a", { class: "aw-author__name", rel: rel(profile), href: profile }, author.name) : h("span", { class: "aw-author__name" }, author.name),
        author.role && h("span", { class: "aw-author__role" }, author.role),
      ),
    ),
    str(author.bio) && h("p", { class: "aw-author__bio" }, str(author.bio)),
    social.length > 0 && h("ul", { class: "aw-author__social" }, social.map((link) => h("li", null, h("a", { rel: rel(link.url), href: link.url }, S.socialLink(author.name, link.label))))),
    stories.length > 0 &&
      h(
        "ul",
        { class: "aw-author__stories" },
        stories.map((s, i) =>
          h(
            "li",
            { class: "aw-author__story" },
            s.kicker && [h("span", { class: "aw-kicker" }, s.kicker), " "],
            h("a", { rel: rel(s.url), href: s.url, "data-placement": "author", "data-position": i + 1 }, s.headline),
            s.date && [" ", h("span", { class: "aw-author__story-date" }, time(s.date))],
          ),
        ),
      ),
  );
}

function trending(stories, siteName) {
  return h(
    "aside",
    { part: "trending", class: "aw-trending", "aria-labelledby": "aw-trending-title" },
    h("h2", { class: "aw-section-title", id: "aw-trending-title" }, siteName ? S.trendingOn(siteName) : S.trending),
    h(
      "ol",
      { class: "aw-trending__list" },
      stories.map((s, i) =>
        h(
          "li",
          { class: "aw-trending__item" },
          s.kicker && [h("span", { class: "aw-kicker" }, s.kicker), " "],
          h("a", { class: "aw-trending__link", rel: rel(s.url), href: s.url, "data-placement": "trending", "data-position": i + 1 }, s.headline),
        ),
      ),
    ),
  );
}

function related(stories) {
  return h(
    "section",
    { part: "related", class: "aw-related" },
    h("h2", { class: "aw-section-title", id: "aw-related-title" }, S.relatedStories),
    h(
      "ul",
      { class: "aw-related__list", "aria-labelledby": "aw-related-title" },
      stories.map((s, i) =>
        h(
          "li",
          { part: "story-card", class: "aw-card" },
          cardImage(s.image, "aw-card__image"),
          s.kicker && h("p", { class: "aw-kicker" }, s.kicker),
          h("h3", { class: "aw-card__headline" }, h("a", { class: "aw-card__link", rel: rel(s.url), href: s.url, "data-placement": "related", "data-position": i + 1 }, s.headline)),
          s.summary && h("p", { class: "aw-card__summary" }, s.summary),
          s.date && h("p", { class: "aw-card__date" }, time(s.date)),
        ),
      ),
    ),
  );
}

/** The whole article, as the widget's ArticleView renders it. */
export function renderArticle(article, base, fallbackLanguage) {
  const authors = list(article.authors, 10)
    .filter((a) => a && typeof a === "object" && str(a.name))
    .map((a) => ({ ...a, name: str(a.name), role: str(a.role) }));
  const blocks = Array.isArray(article.body) ? article.body : [];
  const trendingStories = list(article.trending, 10).map((s) => story(s, base)).filter(Boolean);
  const relatedStories = list(article.related, 500).map((s) => story(s, base)).filter(Boolean);
  const hero = image(article.hero, base);
  const language = str(article.language) ?? str(fallbackLanguage);
  const dir = language === undefined ? undefined : RTL.includes(language.split("-")[0].toLowerCase()) ? "rtl" : "ltr";
  // The strings follow the article's language, else the element's or the page's.
  const tag = language ?? str(document.documentElement.lang);
  const primary = tag?.split(/[-_]/)[0].toLowerCase();
  [S, LOCALE] = primary === "ar" ? [AR, tag] : primary === "en" ? [EN, tag] : [EN, "en"];
  const hasAside = authors.length > 0 || trendingStories.length > 0;
  const siteName = article.site && typeof article.site === "object" ? str(article.site.name) : undefined;
  return h(
    "article",
    { class: "aw-article", lang: language, dir, "aria-labelledby": HEADLINE_ID },
    header(article, authors, readingMinutes(blocks)),
    hero && figure(hero, { part: "hero", className: "aw-hero", eager: true, sizes: HERO_SIZES }),
    h(
      "div",
      { class: "aw-layout" },
      body(blocks, base),
      hasAside &&
        h(
          "div",
          { class: "aw-aside" },
          authors.map((author, index) => authorCard(author, index, base)),
          trendingStories.length > 0 && trending(trendingStories, siteName),
        ),
    ),
    relatedStories.length > 0 && related(relatedStories),
  );
}

function skeleton() {
  const bar = (extra) => h("div", { class: extra ? `aw-skeleton__bar ${extra}` : "aw-skeleton__bar" });
  return h(
    "div",
    { class: "aw-skeleton", role: "status", "aria-busy": "true", lang: "en", dir: "ltr" },
    h("span", { class: "aw-visually-hidden" }, S.loading),
    bar("aw-skeleton__bar--section"),
    bar("aw-skeleton__bar--headline"),
    bar("aw-skeleton__bar--headline aw-skeleton__bar--short"),
    bar("aw-skeleton__bar--byline"),
    h("div", { class: "aw-skeleton__block" }),
    bar(),
    bar(),
    bar("aw-skeleton__bar--short"),
  );
}

function errorCard(message) {
  return h(
    "div",
    { part: "error", class: "aw-error", role: "alert", lang: "en", dir: "ltr" },
    h("p", { class: "aw-error__title" }, S.errorTitle),
    h("p", { class: "aw-error__explanation" }, S.errorDocument),
    h("p", { class: "aw-error__message", lang: "en", dir: "ltr" }, message),
  );
}

class BaselineArticle extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet];
    const container = h("div", { part: "widget", class: "aw", "data-theme": ["light", "dark"].includes(this.getAttribute("theme")) ? this.getAttribute("theme") : "auto" });
    root.appendChild(container);
    this.load(container);
  }

  async load(container) {
    const src = new URL(this.getAttribute("src") ?? "", document.baseURI).href;
    const json = fetch(src).then((response) => response.json());
    json.catch(() => {});
    let content;
    try {
      // The placeholder only once styled: unstyled, its hidden label would show.
      await sheetReady;
      if (!container.firstChild) container.appendChild(skeleton());
      const article = await json;
      if (!article || typeof article !== "object" || !str(article.headline)) throw new Error("article.headline is required but missing");
      content = renderArticle(article, src, this.getAttribute("lang"));
    } catch (error) {
      content = errorCard(String(error?.message ?? error));
    }
    container.replaceChildren(content);
    this.dispatchEvent(new CustomEvent("baseline-article:ready", { bubbles: true, composed: true, detail: {} }));
  }
}

if (!customElements.get("baseline-article")) customElements.define("baseline-article", BaselineArticle);
