// Importing the package registers <article-widget>; Vite bundles the module
// and emits both wasm files and the formats module as assets, found through
// `new URL(…, import.meta.url)`. The declarations type the element and its
// events, so `event.detail` below is checked by `tsc --noEmit`.
import "article-widget";

const status = document.querySelector<HTMLParagraphElement>("#status")!;
const shown: string[] = [];

for (const widget of document.querySelectorAll("article-widget")) {
  widget.addEventListener("article-widget:ready", () => {
    shown.push(widget.shadowRoot?.querySelector("h1")?.textContent ?? "");
    status.textContent = `${shown.length} shown, version ${window.ArticleWidget.version}`;
  });
  widget.addEventListener("article-widget:error", (event) => {
    const where: string = event.detail.path ?? "the document";
    status.textContent = `error at ${where}: ${event.detail.message}`;
  });
}
