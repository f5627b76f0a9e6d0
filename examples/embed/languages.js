// Page-wide strings for every Spanish widget on the page; widgets in other
// languages keep theirs. Set as soon as the widget is defined: a widget that
// is already on screen then loads again with them. The names are in
// article-widget.d.ts (ArticleWidgetStringName).
await customElements.whenDefined("article-widget");
window.ArticleWidget.setStrings("es", {
  trendingOn: "Lo más visto en {site}",
  readAlso: "No te pierdas",
});
