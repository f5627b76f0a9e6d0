// Two <article-widget> elements in a React 19 app. React 19 sets a custom
// element's props as properties or attributes and adds `on<event>` props as
// listeners, so the widget's events need no ref. The type-only import brings
// in the JSX declaration (article-widget.react.d.ts): the attributes and the
// events are checked, and `event.detail` is typed.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import "article-widget";
import type {} from "article-widget/react";

function App() {
  const [picked, setPicked] = useState<ArticleWidgetStoryClickDetail | null>(null);

  // Route story links inside the app instead of leaving the page.
  function onStoryClick(event: CustomEvent<ArticleWidgetStoryClickDetail>) {
    event.preventDefault();
    setPicked(event.detail);
  }

  return (
    <main>
      <h1>Today</h1>
      <article-widget src="/fixtures/demo.json" onarticle-widget:story-click={onStoryClick} />
      <article-widget src="/fixtures/wordpress/post.json" theme="dark" onarticle-widget:story-click={onStoryClick} />
      <p id="picked" role="status">
        {picked ? `${picked.placement} story ${picked.position}: ${picked.title} (${picked.url})` : "No story picked yet"}
      </p>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
