// Logs every widget event, and routes story clicks in the page while the
// checkbox is ticked. Listening on document hears every widget: the events
// bubble and are composed, so they leave the shadow root.
const log = document.getElementById("log");
const routeClicks = document.getElementById("route-clicks");
const route = document.getElementById("route");

function record(event) {
  const item = document.createElement("li");
  const time = new Date().toLocaleTimeString();
  item.textContent = `${time}  ${event.type}  ${JSON.stringify(event.detail)}`;
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

for (const type of ["ready", "error", "ad-slot", "story-click"]) {
  document.addEventListener(`article-widget:${type}`, record);
}

// What a single-page app would hand to its router; here it just says where it would go.
function routeTo(url, title) {
  route.textContent = `Routed by the page: "${title}" → ${url}`;
}

document.addEventListener("article-widget:story-click", (event) => {
  if (!routeClicks.checked) return; // the browser follows the link as usual
  event.preventDefault();
  routeTo(event.detail.url, event.detail.title);
});

// The moment to ask an ad server for this slot's ad, and to put it in the
// element as <div slot="ad-1">…</div>.
document.addEventListener("article-widget:ad-slot", (event) => {
  const { slot, size } = event.detail;
  const item = document.createElement("li");
  item.textContent = `  → the page would request a ${size} ad for ${slot} now`;
  log.append(item);
  log.scrollTop = log.scrollHeight;
});
