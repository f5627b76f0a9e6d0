// A React 19 component rendering the element, with typed attributes and
// typed event props (React 19 adds `on<event>` props on custom elements as
// listeners).
import { useRef } from "react";

export function Story({ src }: { src: string }) {
  const ref = useRef<ArticleWidgetElement>(null);
  return (
    <article-widget
      ref={ref}
      src={src}
      theme="dark"
      loading="lazy"
      timeout="8000"
      className="story"
      onarticle-widget:story-click={(event) => {
        const url: string = event.detail.url;
        if (event.detail.placement === "inline") event.preventDefault();
        console.log(url, ref.current?.getAttribute("src"));
      }}
      onarticle-widget:error={(event) => console.log(event.detail.message)}
    >
      <div slot="ad-1">ad</div>
    </article-widget>
  );
}
