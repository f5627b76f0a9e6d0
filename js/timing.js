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
