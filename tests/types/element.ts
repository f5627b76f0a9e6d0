// A page's own TypeScript using the element, its events and window.ArticleWidget
// with nothing but article-widget.d.ts: each type below is exact, not `any`.

const widget: ArticleWidgetElement | null = document.querySelector("article-widget");
const made: ArticleWidgetElement = document.createElement("article-widget");
made.setAttribute("theme", "dark");
made.setAttribute("timeout", "5000");
const theme: "auto" | "light" | "dark" | null = made.getAttribute("theme");

made.addEventListener("article-widget:story-click", (event) => {
  const url: string = event.detail.url;
  const placement: ArticleWidgetPlacement = event.detail.placement;
  const position: number = event.detail.position;
  if (placement === "trending" && position > 3) event.preventDefault();
  console.log(url);
});
made.addEventListener("article-widget:error", (event) => {
  const path: string | null = event.detail.path;
  console.log(event.detail.message, path ?? "no path");
});
made.addEventListener("article-widget:ad-slot", (event) => {
  const size: "rectangle" | "banner" = event.detail.size;
  console.log(event.detail.slot, size);
});
// The events bubble and are composed: the document hears them too.
document.addEventListener("article-widget:ready", (event) => {
  const detail: ArticleWidgetReadyDetail = event.detail;
  console.log(event.target, detail);
});

async function show(element: ArticleWidgetElement): Promise<void> {
  await customElements.whenDefined("article-widget");
  window.ArticleWidget.setStrings("es", { trendingOn: "Lo más visto en {site}" });
  try {
    await window.ArticleWidget.render(element, { headline: "Talks resume" });
  } catch (error) {
    console.log((error as ArticleWidgetRenderError).path);
  }
  const version: string = window.ArticleWidget.version;
  console.log(version, theme);
  window.ArticleWidget.destroy(element);
}

if (widget) void show(widget);
