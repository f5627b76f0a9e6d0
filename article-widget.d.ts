// Type declarations for article-widget: the <article-widget> custom element,
// its events and window.ArticleWidget.
//
// Use them from TypeScript with a triple-slash reference, or by adding this
// file to your tsconfig's "files":
//
//   /// <reference path="./article-widget.d.ts" />
//   await customElements.whenDefined("article-widget");
//   const widget = document.createElement("article-widget"); // ArticleWidgetElement
//   widget.addEventListener("article-widget:story-click", (event) => {
//     event.detail.url; // string
//   });
//   await window.ArticleWidget.render(widget, { headline: "…" });
//
// React 19 projects also include article-widget.react.d.ts, which declares
// <article-widget> for JSX. custom-elements.json (the Custom Elements
// Manifest, generated from src/contract.rs) describes the same element for
// editors and documentation tools.
//
// This is a global declaration file (no imports or exports): the module
// article-widget.js itself exports nothing; including it registers the
// element and window.ArticleWidget.

/** Where a story link sits in the widget. */
type ArticleWidgetPlacement = "inline" | "related" | "trending" | "author";

/** The size of an ad box: `rectangle` is 300×250, `banner` 320×50 (728×90 when wide). */
type ArticleWidgetAdSize = "rectangle" | "banner";

/** `detail` of `article-widget:ready`: the article is on screen. Empty. */
interface ArticleWidgetReadyDetail {}

/** `detail` of `article-widget:error`, and what `ArticleWidget.render` rejects with. */
interface ArticleWidgetErrorDetail {
  /** A sentence saying what went wrong, as the error card shows it. */
  message: string;
  /** The JSON path of the problem, such as `article.authors[0].name`; null when it is not in the document (a network error, a timeout). */
  path: string | null;
}

/** `detail` of `article-widget:story-click`: a reader picked a story link. */
interface ArticleWidgetStoryClickDetail {
  /** The story's absolute URL. */
  url: string;
  /** The story's headline. */
  title: string;
  /** Which part of the widget the link is in. */
  placement: ArticleWidgetPlacement;
  /** The link's position within its placement, from 1. */
  position: number;
}

/** `detail` of `article-widget:ad-slot`: an ad box is near the viewport (sent once a box). */
interface ArticleWidgetAdSlotDetail {
  /** The slot's name, `ad-1`, `ad-2`, … in document order: fill it with `<div slot="ad-1">`. */
  slot: string;
  size: ArticleWidgetAdSize;
}

/**
 * The `<article-widget>` element. Its API is its attributes (see
 * {@link ArticleWidgetAttributes}); it defines no JS properties of its own, so
 * only getAttribute and setAttribute learn the attribute names here. Its
 * events are typed through HTMLElementEventMap below.
 */
interface ArticleWidgetElement extends HTMLElement {
  getAttribute<K extends keyof ArticleWidgetAttributes>(name: K): ArticleWidgetAttributes[K] | null;
  getAttribute(qualifiedName: string): string | null;
  setAttribute<K extends keyof ArticleWidgetAttributes>(name: K, value: ArticleWidgetAttributes[K]): void;
  setAttribute(qualifiedName: string, value: string): void;
}

/** The element's attributes and the values each takes. */
interface ArticleWidgetAttributes {
  /** URL of the article JSON, relative to the page. Relative URLs inside the JSON are resolved against it. Changing it loads the new article. */
  src: string;
  /** The document's format; `auto` (the default) detects it. Any other value is an error. */
  format: "auto" | "native" | "jsonld" | "json-ld" | "jsonfeed" | "json-feed" | "wordpress" | "ghost";
  /** Which entry to show where a document holds several (a feed, a list of posts): an index from 0, or the entry's id. */
  item: string;
  /** `auto` (default) follows prefers-color-scheme. Changes apply in place. */
  theme: "auto" | "light" | "dark";
  /** `eager` (default) loads at once; `lazy` waits until the element is near the viewport. */
  loading: "eager" | "lazy";
  /**
   * The article's language (BCP 47) when the document does not give one. It
   * also picks the widget's own strings and date format then; without it the
   * page's `<html lang>` does, else English.
   */
  lang: string;
  /** `inherit`: use the host page's font family instead of the widget's own. */
  font: "inherit";
  /** How long to wait for `src`, in milliseconds, as a decimal string. Default 15000. */
  timeout: `${number}`;
  /** `page`: read the page's own `<script type="application/ld+json">` NewsArticle instead of `src`. */
  from: "page";
}

/** The widget's events, all dispatched on the element, bubbling and composed. */
interface ArticleWidgetEventMap {
  "article-widget:ready": CustomEvent<ArticleWidgetReadyDetail>;
  "article-widget:error": CustomEvent<ArticleWidgetErrorDetail>;
  /** Cancelable: `preventDefault()` stops the navigation. */
  "article-widget:story-click": CustomEvent<ArticleWidgetStoryClickDetail>;
  "article-widget:ad-slot": CustomEvent<ArticleWidgetAdSlotDetail>;
}

/**
 * The names of the widget's own strings, for {@link ArticleWidgetApi.setStrings}
 * and a child `<script type="application/json" data-strings>`. A text keeps
 * the `{placeholders}` of the English one; `minutesToRead` may give plural
 * forms separated by `|`, in the language's CLDR order (`one|other`).
 */
type ArticleWidgetStringName =
  | "advertisement" // "Advertisement"
  | "table" // "Table"
  | "playVideo" // "Play video from {provider}"
  | "playAudio" // "Play audio from {provider}"
  | "loadsFrom" // "Playing loads it from {host}."
  | "openOn" // "Open on {provider}"
  | "embeddedFrom" // "Embedded content from {host}"
  | "readAlso" // "Read also"
  | "relatedStories" // "Related stories"
  | "trending" // "Trending"
  | "trendingOn" // "Trending on {site}"
  | "moreFrom" // "More from {name}"
  | "byline" // "By {names}"
  | "listSeparator" // ", "
  | "listLast" // " and "
  | "updated" // "Updated {date}"
  | "minutesToRead" // "{n} min read|{n} min read"
  | "socialLink" // "{name} on {site}"
  | "skipAd" // "Skip advertisement"
  | "adEnd" // "End of advertisement"
  | "openImage" // "Open image"
  | "loading" // "Loading article…"
  | "errorTitle" // "This article could not be shown."
  | "errorNetwork" // "It could not be loaded. Check your connection, then try again."
  | "errorDocument" // "There is a problem with it that the publisher needs to fix."
  | "tryAgain"; // "Try again"

/** Strings to use instead of the widget's own, by name. */
type ArticleWidgetStrings = Partial<Record<ArticleWidgetStringName, string>>;

/** What `ArticleWidget.render` rejects with: an `Error` with the JSON path. */
interface ArticleWidgetRenderError extends Error {
  path: string | null;
}

/** `window.ArticleWidget`, there once `customElements.whenDefined("article-widget")` resolves. */
interface ArticleWidgetApi {
  /**
   * Shows `article` (an object in any supported format) in `element`, in place
   * of its `src` or inline JSON. Resolves when the article is on screen;
   * rejects with an {@link ArticleWidgetRenderError} (`message`, `path`) when
   * it cannot be shown, after the widget has shown its error card. The element
   * must be in the document for the promise to settle. A second `render` of
   * the same element, or `destroy`, before the article is shown rejects the
   * pending promise with an `Error` named `"AbortError"` (`path` null).
   */
  render(element: ArticleWidgetElement, article: object): Promise<void>;
  /** Empties the widget's shadow root and stops its work (fetches, observers). */
  destroy(element: ArticleWidgetElement): void;
  /**
   * Replaces the widget's own strings for every widget showing `language`
   * (a BCP 47 tag, matched by its primary subtag: `"es"` covers `es-MX`);
   * widgets already on the page load again (and send `article-widget:ready`
   * again) to show them, so call it early. A language the widget lacks can be added
   * this way (its other strings stay English). An unknown name, a value that
   * is not a string or one that drops a `{placeholder}` is left out with a
   * console warning. Throws an `Error` when `language` is not a language tag
   * or `strings` is not an object. A widget's own `data-strings` win over these.
   */
  setStrings(language: string, strings: ArticleWidgetStrings): void;
  /** The widget's version, such as "0.1.0". */
  readonly version: string;
}

interface Window {
  readonly ArticleWidget: ArticleWidgetApi;
}

interface HTMLElementTagNameMap {
  "article-widget": ArticleWidgetElement;
}

// The events bubble out of the shadow root, so document and window hear them too.
interface HTMLElementEventMap extends ArticleWidgetEventMap {}
interface DocumentEventMap extends ArticleWidgetEventMap {}
interface WindowEventMap extends ArticleWidgetEventMap {}
