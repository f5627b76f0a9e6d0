// Defines the <article-widget> custom element. The class is written in JS
// because a custom element must be an ES class extending HTMLElement, which
// Rust cannot declare; everything it does is delegated to the Rust callbacks.
// https://html.spec.whatwg.org/multipage/custom-elements.html#custom-element-reactions
export function defineElement(name, observed, connected, disconnected, changed) {
  if (customElements.get(name)) return false;
  customElements.define(name, class extends HTMLElement {
    static get observedAttributes() { return observed; }
    connectedCallback() { connected(this); }
    disconnectedCallback() { disconnected(this); }
    attributeChangedCallback(attribute, before, after) {
      // Fires for the initial attributes too, before connectedCallback; the
      // Rust side ignores a host it has not mounted yet.
      if (before !== after) changed(this, attribute);
    }
  });
  return true;
}

// Settles with the host's next load: resolves on `article-widget:ready`,
// rejects on `article-widget:error` with an Error carrying `.path`. Written
// here so that nothing of it outlives the outcome: Rust closures handed to
// JS would keep the resolve function, and with it the caller's scope, alive.
export function nextOutcome(host) {
  return new Promise((resolve, reject) => {
    const done = new AbortController();
    const options = { signal: done.signal };
    host.addEventListener("article-widget:ready", () => {
      done.abort();
      resolve();
    }, options);
    host.addEventListener("article-widget:error", (event) => {
      done.abort();
      reject(Object.assign(new Error(event.detail.message), { path: event.detail.path }));
    }, options);
  });
}
