// Pages whose widgets report how they ended: each widget's outcome
// (`article-widget:ready` or `:error` with its detail) is kept by id in
// `window.outcomes`, heard on the document (the events bubble and are
// composed). Shared by the tests that count the requests a page makes.

/**
 * The HTML of a page with `widgets` in its body, `head` before the module,
 * and the module (`module`, by default the one next to the page) after them.
 */
export function outcomesPage(title, widgets, head = "", module = '<script type="module" src="/article-widget.js"></script>') {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>e2e: ${title}</title>
<script>
  window.outcomes = {};
  for (const type of ["ready", "error"]) {
    document.addEventListener("article-widget:" + type, (event) => {
      window.outcomes[event.target.id] = { type, ...(event.detail ?? {}) };
    });
  }
</script>
${head}
${module}
</head><body>
${widgets}
</body></html>`;
}

/** Opens `url` in a new page of `browser` and waits until every widget in `ids` has an outcome. */
export async function openSettled(browser, url, ids) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForFunction((ids) => ids.every((id) => window.outcomes[id]), ids, { timeout: 20_000 });
  return { page, problems, outcomes: await page.evaluate(() => window.outcomes) };
}
