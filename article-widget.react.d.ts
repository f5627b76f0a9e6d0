// React 19's JSX for <article-widget>: its attributes, typed as
// article-widget.d.ts types them, and its events as `on` + the event's name,
// which React 19 adds as listeners on a custom element:
//
//   <article-widget src="/a.json" theme="dark"
//     onarticle-widget:story-click={(event) => event.detail.url} />
//
// https://react.dev/reference/react-dom/components#custom-html-elements
//
// It augments the module "react", so it is a file of its own: include it
// next to article-widget.d.ts (tsconfig "files", or a triple-slash
// reference) only in a project with @types/react 19. article-widget.d.ts
// alone never mentions React.

/// <reference path="./article-widget.d.ts" />
import type { DetailedHTMLProps, HTMLAttributes } from "react";

/** `on` + each event's name, with the event typed: `onarticle-widget:ready`, … */
type ArticleWidgetEventProps = {
  [K in keyof ArticleWidgetEventMap as `on${K}`]?: (event: ArticleWidgetEventMap[K]) => void;
};

/** What `<article-widget>` takes in JSX: the element's attributes, React's own props, the events. */
type ArticleWidgetProps = DetailedHTMLProps<HTMLAttributes<ArticleWidgetElement>, ArticleWidgetElement> &
  Partial<ArticleWidgetAttributes> &
  ArticleWidgetEventProps;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "article-widget": ArticleWidgetProps;
    }
  }
}
