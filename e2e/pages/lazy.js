// Records the path of every resource the page fetches, as it happens, in
// window.__fetched ({path, time}), so a test can tell when the widget asked
// for its JSON.
window.__fetched = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__fetched.push({ path: new URL(entry.name).pathname, time: entry.startTime });
  }
}).observe({ type: "resource", buffered: true });
