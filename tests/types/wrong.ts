// Each marked line must fail to type-check with the marked error, and
// nothing else may fail: proof that the types are not `any`.

const el = document.querySelector("article-widget")!;
el.addEventListener("article-widget:story-click", (event) => {
  console.log(event.detail.nope); // expect TS2339
  const position: string = event.detail.position; // expect TS2322
  console.log(position);
});
el.addEventListener("article-widget:error", (event) => {
  console.log(event.detail.path.length); // expect TS18047
});
if (el.getAttribute("theme") === "purple") console.log("never"); // expect TS2367
window.ArticleWidget.render(el); // expect TS2554
window.ArticleWidget.version = "2"; // expect TS2540
