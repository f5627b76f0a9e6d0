// When the main wasm cannot start (a failed download, or a file that does
// not match the hash article-widget.js was built with), no Rust runs to show
// the widget's own error card. This shows one in every <article-widget>, now
// and added later, with the reason, and sends `article-widget:error` as the
// widget would. Its only markup is built with DOM calls and text nodes.
const TAG = "article-widget";

const SHEET = `
:host { display: block; }
.aw { font: 1rem/1.5 system-ui, sans-serif; color: var(--aw-color-text, #1f2328); }
.aw-error { border: 1px solid var(--aw-color-rule, #d0ccc4); border-radius: 4px; padding: 1rem 1.25rem;
  background: var(--aw-color-surface, #f6f4f0); overflow-wrap: anywhere; }
.aw-error__title { margin: 0 0 0.25rem; font-weight: 700; }
.aw-error__message { margin: 0; }
`;

let sheet;

function show(host, message) {
  if (host.shadowRoot?.querySelector("[part~='error']")) return;
  // A prerendered article (light-DOM content) stays as it is.
  if (host.querySelector(":scope > [data-aw-prerendered]")) {
    host.dispatchEvent(new CustomEvent(`${TAG}:error`, { bubbles: true, composed: true, detail: { message, path: null } }));
    return;
  }
  let root = host.shadowRoot;
  if (!root) {
    try {
      root = host.attachShadow({ mode: "open" });
    } catch {
      return;
    }
  }
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(SHEET);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Unstyled, but still said.
  }
  const widget = document.createElement("div");
  widget.setAttribute("part", "widget");
  widget.className = "aw";
  const card = document.createElement("div");
  card.setAttribute("part", "error");
  card.setAttribute("role", "alert");
  card.className = "aw-error";
  const title = document.createElement("p");
  title.className = "aw-error__title";
  title.append("This article could not be shown.");
  const text = document.createElement("p");
  text.className = "aw-error__message";
  text.append(message);
  card.append(title, text);
  widget.append(card);
  root.replaceChildren(widget);
  host.dispatchEvent(new CustomEvent(`${TAG}:error`, { bubbles: true, composed: true, detail: { message, path: null } }));
}

/** Shows `message` in every widget of the page, and in those added later. */
export function startFailed(message) {
  console.error(`article-widget: ${message}`);
  if (typeof document === "undefined" || customElements.get(TAG)) return;
  customElements.define(
    TAG,
    class extends HTMLElement {
      connectedCallback() {
        show(this, message);
      }
    },
  );
}
