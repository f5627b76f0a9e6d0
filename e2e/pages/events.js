// Records every widget event in window.__events, in order, and cancels
// story clicks while window.__cancelClicks is true. A classic script in
// <head>, so it listens before any widget starts.
window.__events = [];
window.__cancelClicks = false;
for (const type of ["ready", "error", "story-click", "ad-slot"]) {
  document.addEventListener(`article-widget:${type}`, (event) => {
    if (type === "story-click" && window.__cancelClicks) event.preventDefault();
    window.__events.push({
      type: event.type,
      id: event.target.id,
      detail: { ...event.detail },
      bubbles: event.bubbles,
      composed: event.composed,
      cancelable: event.cancelable,
      defaultPrevented: event.defaultPrevented,
      time: performance.now(),
    });
  });
}
