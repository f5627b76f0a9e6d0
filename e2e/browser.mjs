// Launches Debian's Chromium through playwright-core (never a downloaded
// browser). The flags keep it off the network this machine does not have.
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
