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
