// Defines the <article-widget> custom element. The class is written in JS
// because a custom element must be an ES class extending HTMLElement, which
// Rust cannot declare; everything it does is delegated to the Rust callbacks
// (src/embed/element.rs).
// https://html.spec.whatwg.org/multipage/custom-elements.html#custom-element-reactions
export function defineElement(name, observed, connected, disconnected, changed) {
  if (customElements.get(name)) return false;
  // Named as article-widget.d.ts and custom-elements.json name it (src/contract.rs).
  customElements.define(name, class ArticleWidgetElement extends HTMLElement {
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
