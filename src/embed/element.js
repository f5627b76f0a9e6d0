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
// A later render() of the same host, or destroy(), ends the pending promise
// with an AbortError: its article will never be shown.
const pendingOutcome = new WeakMap();

export function cancelOutcome(host, why) {
  pendingOutcome.get(host)?.(why);
}

export function nextOutcome(host) {
  cancelOutcome(host, "ArticleWidget.render was called again for this element before this article was shown.");
  return new Promise((resolve, reject) => {
    const done = new AbortController();
    const options = { signal: done.signal };
    const settle = () => {
      done.abort();
      if (pendingOutcome.get(host) === cancel) pendingOutcome.delete(host);
    };
    const fail = (message, path, name) => reject(Object.assign(new Error(message), { path, ...(name ? { name } : {}) }));
    const cancel = (why) => {
      settle();
      fail(why, null, "AbortError");
    };
    pendingOutcome.set(host, cancel);
    host.addEventListener("article-widget:ready", () => {
      settle();
      resolve();
    }, options);
    host.addEventListener("article-widget:error", (event) => {
      settle();
      fail(event.detail.message, event.detail.path);
    }, options);
  });
}
