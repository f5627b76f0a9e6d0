// Languages and right-to-left, in Chromium: the widget's own strings in the
// article's language, dates from the browser's Intl in that locale, the
// host's overrides, and an Arabic article laid out mirrored.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

let server, browser;
before(async () => {
  server = await serve("dist");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the languages test page; `console` collects the page's warnings. */
async function open({ width = 1280, lang } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(10_000);
  const problems = [];
  const console = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => console.push({ type: message.type(), text: message.text() }));
  await page.goto(`${server.url}/e2e/i18n.html`);
  if (lang) await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
  await page.evaluate(() => customElements.whenDefined("article-widget"));
  return { page, problems, console };
}

/**
 * Adds a widget with `attributes` (and, inside it, `strings` as a
 * `<script type="application/json" data-strings>`), then shows `article`
 * through the JS API, or loads its `src`. Resolves with the settle event.
 */
function add(page, { id, attributes = {}, article, strings }) {
  return page.evaluate(
    async ({ id, attributes, article, strings }) => {
      const element = document.createElement("article-widget");
      element.id = id;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (strings !== undefined) {
        const script = document.createElement("script");
        script.type = "application/json";
        script.dataset.strings = "";
        script.textContent = typeof strings === "string" ? strings : JSON.stringify(strings);
        element.append(script);
      }
      const settled = new Promise((done) => {
        for (const name of ["article-widget:ready", "article-widget:error"]) {
          element.addEventListener(name, (event) => done({ type: event.type, detail: { ...event.detail } }), { once: true });
        }
      });
      document.getElementById("later").append(element);
      if (article) await window.ArticleWidget.render(element, article).catch(() => {});
      return settled;
    },
    { id, attributes, article, strings },
  );
}

const within = (page, id, selector) => page.locator(`#${id} ${selector}`);

/** A native article with every part that carries a UI string. */
function article({ language, published = "2025-11-20T08:30:00Z", updated = "2025-11-21T14:05:00Z" } = {}) {
  return {
    headline: "Test headline",
    ...(language ? { language } : {}),
    site: { name: "The Ledger" },
    published,
    updated,
    authors: [
      { name: "Ana Ruiz", role: "Correspondent", social: [{ label: "Mastodon", url: "https://social.example/@ana" }] },
      { name: "Ben Ode" },
      { name: "Cai Lin" },
    ],
    body: [
      { type: "paragraph", text: "First paragraph." },
      { type: "story", story: { url: "https://news.example/a", headline: "An inline story" } },
      { type: "ad", size: "rectangle" },
      { type: "paragraph", text: "Last paragraph." },
    ],
    related: [{ url: "https://news.example/r", headline: "A related story" }],
    trending: [{ url: "https://news.example/t", headline: "A trending story" }],
  };
}

/** What the page's own Intl makes of `iso` in `locale`, as the widget should show it. */
function intlDate(page, locale, iso, dateOnly = false) {
  return page.evaluate(
    ({ locale, iso, dateOnly }) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "long", ...(dateOnly ? { timeZone: "UTC" } : {}) }).format(new Date(iso)),
    { locale, iso, dateOnly },
  );
}

/** The texts a reader sees for each UI string of the article above. */
async function uiTexts(page, id) {
  // textContent: labels are styled upper case, and innerText would say so.
  const text = (selector) => within(page, id, selector).first().textContent();
  return {
    byline: await text(".aw-byline__authors"),
    reading: await text(".aw-byline__reading"),
    readAlso: await text(".aw-inline-story__label"),
    ad: await text(".aw-ad__label"),
    moreFrom: await within(page, id, "[part~=author-card] h2").first().textContent(),
    social: await text(".aw-author__social a"),
    trending: await within(page, id, "[part~=trending] h2").textContent(),
    related: await within(page, id, "[part~=related] h2").textContent(),
    skipAd: await text(".aw-skip"),
    updated: await text(".aw-byline__date + .aw-byline__date"),
  };
}

// The same article in Spanish, German and Japanese shows each language's strings and Intl's long date.
test("the article's language picks the widget's strings and the date's locale", async () => {
  const { page, problems } = await open();
  const expected = {
    es: { byline: "Por Ana Ruiz, Ben Ode y Cai Lin", reading: "1 min de lectura", readAlso: "Lee también", ad: "Publicidad", moreFrom: "Más de Ana Ruiz", social: "Ana Ruiz en Mastodon", trending: "Lo más leído en The Ledger", related: "Noticias relacionadas", skipAd: "Saltar publicidad", updated: /^Actualizado: 21 de noviembre de 2025$/ },
    de: { byline: "Von Ana Ruiz, Ben Ode und Cai Lin", reading: "1 Min. Lesezeit", readAlso: "Lesen Sie auch", ad: "Anzeige", moreFrom: "Mehr von Ana Ruiz", social: "Ana Ruiz auf Mastodon", trending: "Meistgelesen bei The Ledger", related: "Mehr zum Thema", skipAd: "Anzeige überspringen", updated: /^Aktualisiert: 21\. November 2025$/ },
    ja: { byline: "文・Ana Ruiz、Ben Ode、Cai Lin", reading: "1分で読めます", readAlso: "あわせて読みたい", ad: "広告", moreFrom: "Ana Ruizの記事", social: "Ana Ruiz（Mastodon）", trending: "The Ledgerの人気記事", related: "関連記事", skipAd: "広告をスキップ", updated: /^更新：2025年11月21日$/ },
  };
  for (const [language, strings] of Object.entries(expected)) {
    const tag = language === "es" ? "es-MX" : language;
    const id = `w-${language}`;
    const event = await add(page, { id, article: article({ language: tag }) });
    assert.equal(event.type, "article-widget:ready", language);
    const shown = await uiTexts(page, id);
    for (const [key, value] of Object.entries(strings)) {
      if (value instanceof RegExp) assert.match(shown[key], value, `${language} ${key}`);
      else assert.equal(shown[key].trim(), value, `${language} ${key}`);
    }
    // The published date: Intl's long date in the article's locale, the ISO date kept for machines.
    const time = within(page, id, ".aw-byline__date time").first();
    assert.equal(await time.getAttribute("datetime"), "2025-11-20T08:30:00Z");
    assert.equal(await time.innerText(), await intlDate(page, tag, "2025-11-20T08:30:00Z"), language);
    assert.equal(await time.getAttribute("title"), null, `${language}: an old date is absolute, with no title`);
    assert.equal(await within(page, id, "article").getAttribute("lang"), tag);
    assert.equal(await within(page, id, "article").getAttribute("dir"), "ltr");
  }
  // The same Spanish date, spelled out: what a Spanish reader expects.
  assert.equal(await within(page, "w-es", ".aw-byline__date time").first().innerText(), "20 de noviembre de 2025");
  assert.equal(await within(page, "w-ja", ".aw-byline__date time").first().innerText(), "2025年11月20日");
  assert.deepEqual(problems, []);
  await page.close();
});

// The element's lang speaks when the article does not; then the page's <html lang>; then English.
test("without a language in the article, the element's lang, then the page's, then English pick the strings", async () => {
  const { page } = await open({ lang: "ja" });
  const related = (id) => within(page, id, "[part~=related] h2").textContent();
  await add(page, { id: "element-de", attributes: { lang: "de-AT" }, article: article() });
  assert.equal(await related("element-de"), "Mehr zum Thema");
  assert.equal(await within(page, "element-de", "article").getAttribute("lang"), "de-AT");
  // The article's own language wins over the element's.
  await add(page, { id: "article-es", attributes: { lang: "de" }, article: article({ language: "es" }) });
  assert.equal(await related("article-es"), "Noticias relacionadas");
  // Neither says: the page is Japanese.
  await add(page, { id: "page-ja", article: article() });
  assert.equal(await related("page-ja"), "関連記事");
  // A language the catalogue lacks: English strings, the article keeps its lang.
  await add(page, { id: "unknown-fr", article: article({ language: "fr-CA" }) });
  assert.equal(await related("unknown-fr"), "Related stories");
  assert.equal(await within(page, "unknown-fr", "article").getAttribute("lang"), "fr-CA");
  assert.match(await within(page, "unknown-fr", ".aw-byline__reading").innerText(), /^1 min read$/);
  await page.close();
});

// A publisher replaces strings for a language on the whole page, and for one widget inside it.
test("the host page overrides strings globally with setStrings and per widget with a data-strings script", async () => {
  const { page, console, problems } = await open();
  const related = (id) => within(page, id, "[part~=related] h2").textContent();
  await add(page, { id: "before", article: article({ language: "es" }) });
  assert.equal(await related("before"), "Noticias relacionadas");
  await page.evaluate(() => {
    const reloaded = new Promise((done) => document.getElementById("before").addEventListener("article-widget:ready", done, { once: true }));
    window.ArticleWidget.setStrings("es", { relatedStories: "Te puede interesar", trendingOn: "Lo más visto en {site}", trendng: "typo", readAlso: 5 });
    return reloaded;
  });
  // A widget already showing loads again with them; the unknown and the non-string entries are named in warnings.
  assert.equal(await related("before"), "Te puede interesar");
  assert.equal(await within(page, "before", "[part~=trending] h2").textContent(), "Lo más visto en The Ledger");
  assert.equal(await within(page, "before", ".aw-inline-story__label").textContent(), "Lee también");
  const warnings = console.filter((m) => m.type === "warning").map((m) => m.text).join("\n");
  assert.match(warnings, /setStrings\("es"\): unknown string "trendng" is ignored/);
  assert.match(warnings, /"readAlso" should be a string, but is a number; it is ignored/);
  // Other languages are untouched.
  await add(page, { id: "german", article: article({ language: "de" }) });
  assert.equal(await related("german"), "Mehr zum Thema");
  // The element's own strings win over the page's.
  await add(page, { id: "own", article: article({ language: "es" }), strings: { relatedStories: "Más historias", moreFrom: "sin marcador" } });
  assert.equal(await related("own"), "Más historias");
  assert.equal(await within(page, "own", "[part~=trending] h2").textContent(), "Lo más visto en The Ledger");
  assert.equal(await within(page, "own", "[part~=author-card] h2").first().textContent(), "Más de Ana Ruiz");
  assert.match(console.map((m) => m.text).join("\n"), /data-strings.*"moreFrom" should contain \{name\}; it is ignored/);
  // Broken JSON in the strings costs a warning, never the article.
  const event = await add(page, { id: "broken", article: article({ language: "es" }), strings: "{ not json" });
  assert.equal(event.type, "article-widget:ready");
  assert.match(console.map((m) => m.text).join("\n"), /data-strings.*not valid JSON/);
  // Wrong arguments are refused with a clear error.
  const refused = await page.evaluate(() =>
    [() => window.ArticleWidget.setStrings(5, {}), () => window.ArticleWidget.setStrings("es", "Lo más leído")].map((call) => {
      try {
        call();
        return null;
      } catch (error) {
        return error.message;
      }
    }),
  );
  assert.match(refused[0], /setStrings needs a language tag/);
  assert.match(refused[1], /setStrings needs the strings as an object/);
  assert.deepEqual(problems, []);
  await page.close();
});

// A fresh article says how long ago it was published, in the reader's language, with the date in its title.
test("a date a few hours old reads as relative time from Intl.RelativeTimeFormat", async () => {
  const { page } = await open();
  const threeHoursAgo = new Date(Date.now() - 3 * 3600_000 - 5 * 60_000).toISOString();
  const fourDaysAgo = new Date(Date.now() - 100 * 3600_000).toISOString();
  for (const language of ["en", "es"]) {
    const id = `fresh-${language}`;
    await add(page, { id, article: article({ language, published: threeHoursAgo, updated: fourDaysAgo }) });
    const time = within(page, id, ".aw-byline__date time").first();
    const expected = await page.evaluate((language) => new Intl.RelativeTimeFormat(language, { numeric: "auto" }).format(-3, "hour"), language);
    assert.equal(await time.innerText(), expected, language);
    assert.equal(await time.getAttribute("datetime"), threeHoursAgo);
    assert.equal(await time.getAttribute("title"), await intlDate(page, language, threeHoursAgo));
  }
  assert.equal(await within(page, "fresh-en", ".aw-byline__date time").first().innerText(), "3 hours ago");
  assert.equal(await within(page, "fresh-es", ".aw-byline__date time").first().innerText(), "hace 3 horas");
  assert.equal(await within(page, "fresh-es", ".aw-byline__date + .aw-byline__date").innerText(), "Actualizado: hace 4 días");
  // German and Japanese say "updated" so that a relative date reads as well as an absolute one.
  await add(page, { id: "fresh-de", article: article({ language: "de", published: threeHoursAgo, updated: fourDaysAgo }) });
  assert.equal(await within(page, "fresh-de", ".aw-byline__date + .aw-byline__date").innerText(), "Aktualisiert: vor 4 Tagen");
  await page.close();
});

// The Arabic fixture: Arabic strings and dates, and a layout that mirrors as a whole.
test("an Arabic article shows Arabic strings and lays out right to left", async () => {
  const { page, problems } = await open({ width: 1280 });
  const event = await add(page, { id: "rtl", attributes: { src: "/fixtures/edge-rtl.json" } });
  assert.equal(event.type, "article-widget:ready");
  const at = (selector) => within(page, "rtl", selector);
  assert.equal(await at("article").evaluate((e) => getComputedStyle(e).direction), "rtl");
  assert.equal(await at("[part~=related] h2").textContent(), "أخبار ذات صلة");
  assert.equal(await at(".aw-ad__label").textContent(), "إعلان");
  assert.equal(await at(".aw-byline__authors").innerText(), "بقلم ليلى الحدّاد وسامر الخطيب");
  assert.equal(await at("[part~=author-card] h2").first().textContent(), "المزيد من ليلى الحدّاد");
  assert.match(await at(".aw-byline__reading").innerText(), /للقراءة$/);
  const published = at(".aw-byline__date time").first();
  assert.equal(await published.innerText(), await intlDate(page, "ar", "2026-11-18T19:40:00+03:00"));
  const box = async (selector) => (await at(selector).first().boundingBox());
  const article = await box("article");
  // The byline starts on the right: the authors come first, right of the reading time.
  const authors = await box(".aw-byline__authors");
  const reading = await box(".aw-byline__reading");
  assert.ok(authors.x > reading.x, "authors right of the reading time");
  assert.ok(Math.abs(authors.x + authors.width - (article.x + article.width)) < 2, "the byline starts at the right edge");
  // The headline hugs the right edge, the bio card column sits on the left of the body.
  const headline = await box("h1");
  assert.ok(Math.abs(headline.x + headline.width - (article.x + article.width)) < 2, "headline at the right edge");
  const body = await box("[part~=body]");
  const card = await box("[part~=author-card]");
  assert.ok(card.x + card.width < body.x, "bio card left of the body");
  assert.ok(Math.abs(card.x - article.x) < 2, "bio card at the left edge");
  // The quote's rule is on its right, the start side in Arabic.
  const quote = await at(".aw-quote").first().evaluate((e) => {
    const s = getComputedStyle(e);
    return { right: s.borderRightWidth, left: s.borderLeftWidth, paddingRight: s.paddingRight };
  });
  assert.equal(quote.right, "3px");
  assert.equal(quote.left, "0px");
  // Letter-spacing would break the Arabic joins in the uppercase-styled labels.
  assert.equal(await at(".aw-header__section").evaluate((e) => getComputedStyle(e).letterSpacing), "normal");
  assert.deepEqual(problems, []);
  await page.close();
});

// An error card in an Arabic page is Arabic and right to left; the technical detail stays English.
test("the error card speaks the element's language", async () => {
  const { page } = await open();
  const event = await add(page, { id: "failing", attributes: { lang: "ar", src: "/hang", timeout: "300" } });
  assert.equal(event.type, "article-widget:error");
  const card = within(page, "failing", "[part~=error]");
  assert.equal(await card.getAttribute("dir"), "rtl");
  assert.equal(await card.getAttribute("lang"), "ar");
  assert.equal(await card.locator(".aw-error__title").textContent(), "تعذّر عرض هذا المقال.");
  assert.equal(await card.getByRole("button").textContent(), "إعادة المحاولة");
  assert.equal(await card.locator(".aw-error__message").getAttribute("lang"), "en");
  assert.match(await card.locator(".aw-error__message").textContent(), /timeout/);
  await page.close();
});

// The example page does what it says: Spanish strings, the page's two and the widget's own one.
test("the languages example shows Spanish strings with the page's and the widget's own overrides", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.url}/examples/languages.html`);
  const widget = page.locator("article-widget");
  await widget.locator("[part~=related] h2").filter({ hasText: "Más historias del puerto" }).waitFor();
  await widget.locator(".aw-inline-story__label").filter({ hasText: "No te pierdas" }).waitFor();
  assert.equal(await widget.locator("[part~=trending] h2").textContent(), "Lo más visto en El Correo de Puerto Orrin");
  assert.equal(await widget.locator(".aw-byline__authors").textContent(), "Por Inés Valcárcel y Tomás Ybarra");
  assert.equal(await widget.locator(".aw-ad__label").textContent(), "Publicidad");
  assert.equal(await widget.locator(".aw-byline__date time").innerText(), await intlDate(page, "es-MX", "2026-06-05T18:00:00-06:00"));
  assert.deepEqual(problems, []);
  await page.close();
});
