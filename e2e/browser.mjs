// Launches Debian's Chromium through playwright-core (never a downloaded
// browser). The flags keep it off the network this machine does not have.
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** `args` are added to the usual flags (the memory test adds `--js-flags=--expose-gc`). */
export function launch({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...args,
    ],
  });
}

/**
 * What goes wrong on `page` from now on, as it happens: uncaught errors and
 * console errors (a failed load, a hydration error), for a test to assert
 * is empty.
 */
export function watchProblems(page) {
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  return problems;
}

/**
 * Answers requests for the fixtures' images on the fixtures' fictional sites
 * (`https://tidewater-almanac.example/2026/img/card-ship.svg`) from
 * fixtures/img, by file name. An entry's HTML body resolves against the
 * entry's own page, which in the fixtures is on such a site, so this is
 * where their body images load from, as they would on the publisher's.
 * Everything else on those hosts is left to the page's other routes.
 */
export async function routeFixtureImages(page) {
  const dir = fileURLToPath(new URL("../fixtures/img/", import.meta.url));
  await page.route(
    (url) => url.hostname.endsWith(".example") && /\/img\/[a-z0-9-]+\.svg$/.test(url.pathname),
    (route) => route.fulfill({ path: dir + new URL(route.request().url()).pathname.split("/").pop() }),
  );
}
