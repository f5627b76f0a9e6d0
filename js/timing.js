// User Timing measures of a widget's two long pieces of work, reading the
// document and building its DOM (names in src/contract.rs, `Measure`). They
// show in the browser's performance tools and in
// `performance.getEntriesByType("measure")`; src/embed/timing.rs calls these.
export const now = () => performance.now();

export function measure(name, start) {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // A browser without User Timing Level 3's options: nothing to record.
  }
}

// Resolves in a later task, letting the page run between two parts of the
// widget's work: `scheduler.yield()` where there is one, else a message to
// itself (not `setTimeout(0)`, which the browser delays to 4 ms once nested).
export function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

// The first Intl date formatter a page makes sets up the browser's locale
// data: 75-180 ms with the CPU 4x slower (measured in Chromium), and the
// widget's first date would pay it in the middle of building the article.
// Made once the main thread is idle, which it is while the wasm downloads,
// any formatter takes that cost off the widget's way; later ones, in any
// locale, take a few milliseconds.
export function warmDates() {
  const warm = () => {
    try {
      new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(0);
    } catch {
      // No Intl: the widget formats dates without it.
    }
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
}
