// Renders an article object into a widget, and destroys it, through
// window.ArticleWidget.
await customElements.whenDefined("article-widget");
const { ArticleWidget } = window;

const slot = document.getElementById("slot");
const status = document.getElementById("status");
const buttons = ["render", "render-broken", "destroy"].map((id) => document.getElementById(id));
document.getElementById("version").textContent = ArticleWidget.version;
for (const button of buttons) button.disabled = false;

// Your data, in the widget's own format (any supported format works).
const article = {
  site: { name: "The Orrin Quay Courier" },
  section: "Town",
  headline: "Library opens its doors until midnight for exam season",
  dek: "The reading room will stay open late every weekday until the end of June.",
  published: new Date().toISOString().slice(0, 10),
  authors: [{ name: "Priya Lindqvist", role: "Town reporter" }],
  body: [
    { type: "paragraph", text: "Students preparing for their summer exams will be able to work in the town library until midnight from Monday." },
    { type: "paragraph", text: "The extra hours are paid for by the harbour trust, which has funded the late opening every year since the library's reading room was restored." },
    { type: "ad", size: "banner" },
    { type: "paragraph", text: "Librarians say the quietest seats are upstairs, by the map collection." },
  ],
  trending: [
    { url: "https://orrin-courier.example/nature/swifts", headline: "A record 412 swifts return to the grain tower" },
    { url: "https://orrin-courier.example/town/ferry", headline: "Ferry timetable changes from Monday" },
  ],
};

// One widget element, created on first use. render() replaces what it shows.
function widget() {
  let element = slot.querySelector("article-widget");
  if (!element) {
    element = document.createElement("article-widget");
    slot.append(element);
  }
  return element;
}

async function show(object) {
  status.textContent = "Rendering…";
  try {
    await ArticleWidget.render(widget(), object);
    status.textContent = "Rendered.";
  } catch (error) {
    // The widget shows its error card too; the page can say more.
    status.textContent = `Not rendered: ${error.message}${error.path ? ` (at ${error.path})` : ""}`;
  }
}

document.getElementById("render").addEventListener("click", () => show(article));
document.getElementById("render-broken").addEventListener("click", () =>
  show({ ...article, authors: [{ name: 42, role: "Town reporter" }] }),
);
document.getElementById("destroy").addEventListener("click", () => {
  const element = slot.querySelector("article-widget");
  if (!element) return;
  ArticleWidget.destroy(element);
  status.textContent = "Destroyed: the element is still in the page, empty. Render again to reuse it.";
});
