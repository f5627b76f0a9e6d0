// The demo page's switches: ?fixture=NAME loads fixtures/NAME.json and
// ?theme=dark|light sets the widget's theme attribute.
const params = new URLSearchParams(location.search);
const widget = document.getElementById("demo");
const fixture = params.get("fixture");
if (fixture && /^[a-z0-9/-]+$/.test(fixture)) {
  widget.setAttribute("src", `fixtures/${fixture}.json`);
}
const theme = params.get("theme");
if (theme === "dark" || theme === "light") {
  widget.setAttribute("theme", theme);
  document.documentElement.dataset.theme = theme;
}
