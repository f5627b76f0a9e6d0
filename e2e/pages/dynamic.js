// A classic script, so these exist before any widget starts.
// Helpers the tests call through page.evaluate: they add a widget after the
// page has loaded, change a widget's src, and resolve with the event that
// says how it went.

/** Resolves with {type, detail} for `element`'s next ready or error event. */
function settled(element) {
  return new Promise((done) => {
    const names = ["article-widget:ready", "article-widget:error"];
    const listener = (event) => {
      for (const name of names) element.removeEventListener(name, listener);
      done({ type: event.type, detail: { ...event.detail } });
    };
    for (const name of names) element.addEventListener(name, listener);
  });
}

/** Adds `<article-widget src=… id=…>`, with any other `attributes`, to #later. */
window.addWidget = (src, id = `added-${document.querySelectorAll("article-widget").length}`, attributes = {}) => {
  const element = document.createElement("article-widget");
  element.id = id;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute("src", src);
  const outcome = settled(element);
  document.getElementById("later").append(element);
  return outcome;
};

/** Sets the src attribute of the widget with this id. */
window.setWidgetSrc = (id, src) => {
  const element = document.getElementById(id);
  const outcome = settled(element);
  element.setAttribute("src", src);
  return outcome;
};

/** Adds an empty widget (no src, no inline JSON), for the JS API. */
window.addEmptyWidget = (id) => {
  const element = document.createElement("article-widget");
  element.id = id;
  document.getElementById("later").append(element);
  return element;
};
