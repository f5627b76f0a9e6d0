// The benchmark harness (`make bench`): size of what a page downloads, and
// render speed and memory in headless Chromium, for the widget against a
// plain-JavaScript peer (benches/baseline/) and the prerendered static HTML.
// Not part of `make test`: it reports, it does not pass or fail.
//
//   node benches/run.mjs [--runs 10] [--only demo,100,1000,10000] [--phone-runs 5]
//                        [--no-size] [--no-speed] [--no-phone]
//
// Needs the release build in dist/ (`trunk build --release`), the native
// render CLI (`cargo build --release`), and twiggy for the wasm breakdown.
// Writes benches/results.md and benches/render-time.svg; prints the tables.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as Z, gzipSync } from "node:zlib";

import { launch } from "../e2e/browser.mjs";
import { serve } from "../e2e/server.mjs";
import { DEFAULT_BLOCKS, generate } from "./generate.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BENCHES = fileURLToPath(new URL("./", import.meta.url));
const PRE_BINDGEN_WASM = "target/wasm32-unknown-unknown/release/article-widget.wasm";
const PRE_BINDGEN_FORMATS_WASM = "target/wasm32-unknown-unknown/release/article-widget-formats.wasm";
// What every page downloads (a native article), and what a document in
// another format adds: the formats module (js/formats.js imports it).
const DOWNLOADS = ["dist/article-widget.js", "dist/article-widget_bg.wasm"];
const FORMATS_DOWNLOADS = ["dist/article-widget-formats.js", "dist/article-widget-formats_bg.wasm"];
const BASELINE_DOWNLOADS = ["benches/baseline/baseline.js", "style/widget.css"];
const VARIANTS = ["widget", "baseline", "static"];

// ---- arguments ------------------------------------------------------------

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const RUNS = Math.max(1, Number(option("--runs", "10")));
const ONLY = option("--only", null)?.split(",");
const DO_SIZE = !process.argv.includes("--no-size");
const DO_SPEED = !process.argv.includes("--no-speed");
const PHONE_RUNS = Math.max(1, Number(option("--phone-runs", "5")));
const DO_PHONE = !process.argv.includes("--no-phone");

const log = (...a) => console.error(...a);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 << 20, ...opts });

// ---- the machine ----------------------------------------------------------

function machine(chromiumVersion) {
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m)?.[1]?.trim() ?? "unknown CPU";
  let nproc = String(availableParallelism());
  try {
    nproc = run("nproc", []).trim();
  } catch {}
  let commit = "";
  try {
    commit = run("git", ["rev-parse", "--short", "HEAD"]).trim();
    if (run("git", ["status", "--porcelain", "--untracked-files=no"]).trim()) commit += " + uncommitted changes";
  } catch {}
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    nproc,
    cpu,
    chromium: chromiumVersion ?? "(not run)",
    node: process.version,
    commit,
    load: `${LOAD_AT_START} at start, ${loadavg().map((n) => n.toFixed(2)).join(" ")} at end`,
  };
}
const LOAD_AT_START = loadavg().map((n) => n.toFixed(2)).join(" ");
const stamp = (m) => `${m.date} · ${m.nproc} × ${m.cpu} · Chromium ${m.chromium} · Node ${m.node}${m.commit ? ` · commit ${m.commit}` : ""} · load average ${m.load}`;

// ---- size ------------------------------------------------------------------

const fmtBytes = (n) => n.toLocaleString("en") + " B";
const kb = (n) => (n / 1000).toFixed(1) + " KB";

function sizes(files) {
  const rows = files.map((file) => {
    const data = readFileSync(ROOT + file);
    return {
      file,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_LGWIN]: 24, [Z.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ file: "total", raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

function sizeTable({ rows, total }) {
  const line = (r, b = "") => `| ${b}${r.file === "total" ? "total" : "`" + r.file + "`"}${b} | ${b}${fmtBytes(r.raw)}${b} | ${b}${fmtBytes(r.gzip)}${b} | ${b}${fmtBytes(r.brotli)}${b} (${kb(r.brotli)}) |`;
  return ["| file | raw | gzip -9 | brotli -q 11 |", "| --- | ---: | ---: | ---: |", ...rows.map((r) => line(r)), line(total, "**")].join("\n");
}

// Twiggy names: `crate::path::fn::h<hash>`, `<Type as crate::Trait>::fn`,
// `core[<hash>]::fmt::…`, plus sections, data, imports and exports.
const WHOLE_MODULE_PATH = new Set(["article_widget", "core", "alloc", "std"]);

/** The group a twiggy item belongs to, and whether it is a function. */
function classify(name) {
  if (/^custom section|subsection$/.test(name)) return { group: "(names & custom sections: stripped by wasm-bindgen/wasm-opt)", code: false };
  if (name.startsWith("data segment")) return { group: "(data segments: .rodata, .data)", code: false };
  if (name.startsWith("export ")) return { group: "(export entries: mostly wasm-bindgen descriptors, removed)", code: false };
  if (name.startsWith("__wbindgen_describe")) return { group: "(wasm-bindgen descriptor functions, removed)", code: false };
  if (name.startsWith("import ")) return { group: "(imports)", code: false };
  if (/^(elem|table|type|global|memory|start|code section|data section)\b/.test(name)) return { group: "(tables, types, section headers)", code: false };
  let s = name.replace(/\[[0-9a-f]{16}\]/g, "").replace(/::h[0-9a-f]{16}$/, "");
  if (!s.includes("::")) {
    if (/^(__)?wbindgen|^__wbg|^__externref|^__wbindgen/.test(s)) return { group: "wasm_bindgen", code: true };
    if (/^(mem(cpy|move|set|cmp)|bcmp|__rust|__rdl|__rg|rust_)/.test(s)) return { group: "compiler_builtins & alloc shims", code: true };
    if (/^intounderlying/.test(s)) return { group: "wasm_bindgen", code: true };
    if (s === "main") return { group: "article_widget::main", code: true };
    return { group: "(other unnamed)", code: true };
  }
  // `<Self as Trait>::f`: the crate of Self when Self is a path, else the trait's.
  if (s.startsWith("<")) {
    let depth = 0;
    let as = -1;
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "<") depth++;
      else if (s[i] === ">") {
        depth--;
        if (depth === 0) break;
      } else if (depth === 1 && s.startsWith(" as ", i)) {
        as = i;
        break;
      }
    }
    const self = (as > 0 ? s.slice(1, as) : s.slice(1)).replace(/^(&|mut |dyn |\*const |\*mut |\(|\[)+/, "");
    const selfCrate = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(self);
    // `<char>::f`, `<[T]>::f`: an inherent method of a primitive, from core.
    if (!selfCrate && as < 0) return { group: "core (primitive types' methods)", code: true };
    s = selfCrate ? self : as > 0 ? s.slice(as + 4) : self;
  }
  const parts = s.split("::");
  const crate = parts[0];
  if (crate === "__rustc") return { group: "compiler_builtins & alloc shims", code: true };
  const group = WHOLE_MODULE_PATH.has(crate) && parts.length > 1 ? `${crate}::${parts[1]}` : crate;
  return { group, code: true };
}

function twiggy(path) {
  const wasm = ROOT + path;
  if (!existsSync(wasm)) return { error: `${path} is missing: run \`trunk build --release\` first` };
  let items;
  try {
    items = JSON.parse(run("twiggy", ["top", "-f", "json", wasm]));
  } catch (e) {
    return { error: `twiggy failed (${e.message.split("\n")[0]}); install it with \`cargo install twiggy --locked\`` };
  }
  const groups = new Map();
  let file = 0;
  let code = 0;
  for (const item of items) {
    const { group, code: isCode } = classify(item.name);
    file += item.shallow_size;
    if (isCode) code += item.shallow_size;
    const g = groups.get(group) ?? { group, bytes: 0, items: 0, code: isCode };
    g.bytes += item.shallow_size;
    g.items += 1;
    groups.set(group, g);
  }
  const functions = items
    .filter((i) => classify(i.name).code)
    .slice(0, 15)
    .map((i) => ({ name: i.name.replace(/\[[0-9a-f]{16}\]/g, "").replace(/::h[0-9a-f]{16}$/, ""), bytes: i.shallow_size }));
  return { path, file, code, groups: [...groups.values()].sort((a, b) => b.bytes - a.bytes), functions };
}

/** What each kind of page downloads in all, brotli, against the size budgets. */
function pathTable(size, formatsSize, prerendered) {
  const native = size.total.brotli;
  const other = native + formatsSize.total.brotli;
  const row = (path, bytes, budget) => `| ${path} | ${fmtBytes(bytes)} | ${budget ? `${kb(budget)} (${(bytes / budget).toFixed(2)}×)` : "–"} |`;
  return [
    "| path | brotli, in all | budget |",
    "| --- | ---: | ---: |",
    row("a native article: `article-widget.js` + its wasm", native, 80000),
    ...["JSON-LD", "JSON Feed", "WordPress", "Ghost"].map((f) => row(`a ${f} article: + \`article-widget-formats.js\` + its wasm`, other, 130000)),
    row(`a prerendered demo article: its element in the page's HTML (${fmtBytes(prerendered.brotli)} of ${fmtBytes(prerendered.raw)} raw) + the native path`, native + prerendered.brotli, null),
  ].join("\n");
}

function twiggyTables(t) {
  if (t.error) return `_Breakdown not available: ${t.error}._`;
  const esc = (s) => s.replace(/\|/g, "\\|");
  const codeGroups = t.groups.filter((g) => g.code);
  const other = t.groups.filter((g) => !g.code);
  const out = [
    `Measured with \`twiggy top\` on \`${t.path}\` (${fmtBytes(t.file)}): the file **before** wasm-bindgen and wasm-opt, because it still has function names. ` +
      `Its sizes are not the shipped ones — wasm-bindgen then removes its descriptors and custom sections, and \`wasm-opt -Oz\` shrinks the code — so read the shares, not the bytes. ` +
      `An item is counted under the crate of its path; a generic instantiated for another crate's type (\`<T as Trait>::f\`, tuples) goes to the trait's crate.`,
    "",
    `Function code: ${fmtBytes(t.code)} in ${codeGroups.reduce((n, g) => n + g.items, 0).toLocaleString("en")} functions.`,
    "",
    "| crate / module | shallow bytes | share of code | functions |",
    "| --- | ---: | ---: | ---: |",
    ...codeGroups.filter((g) => g.bytes >= 0.002 * t.code).map((g) => `| \`${esc(g.group)}\` | ${g.bytes.toLocaleString("en")} | ${((100 * g.bytes) / t.code).toFixed(1)}% | ${g.items.toLocaleString("en")} |`),
    (() => {
      const small = codeGroups.filter((g) => g.bytes < 0.002 * t.code);
      const bytes = small.reduce((n, g) => n + g.bytes, 0);
      return `| ${small.length} smaller groups | ${bytes.toLocaleString("en")} | ${((100 * bytes) / t.code).toFixed(1)}% | ${small.reduce((n, g) => n + g.items, 0).toLocaleString("en")} |`;
    })(),
    "",
    "Not function code (in the pre-wasm-bindgen file):",
    "",
    "| item | bytes |",
    "| --- | ---: |",
    ...other.map((g) => `| ${esc(g.group)} | ${g.bytes.toLocaleString("en")} |`),
    "",
    "Top 15 functions by shallow size:",
    "",
    "| # | function | bytes |",
    "| ---: | --- | ---: |",
    ...t.functions.map((f, i) => `| ${i + 1} | \`${esc(f.name.length > 110 ? f.name.slice(0, 107) + "…" : f.name)}\` | ${f.bytes.toLocaleString("en")} |`),
  ];
  return out.join("\n");
}

// ---- articles and pages -----------------------------------------------------

/** The native render CLI: the release binary when built, else cargo run. */
function prerender(file) {
  const bin = ROOT + "target/release/article-widget";
  const out = existsSync(bin) ? run(bin, ["render", file], { stdio: ["ignore", "pipe", "ignore"] }) : run("cargo", ["run", "--release", "--quiet", "--", "render", file], { stdio: ["ignore", "pipe", "ignore"] });
  // The element sets data-theme on its root; the static page does the same.
  return out.trim().replace(/^<div part="widget" class="aw">/, '<div part="widget" class="aw" data-theme="auto">');
}

/** The whole `<article-widget>` element with `file` prerendered inside, loading `/file`. */
function prerenderElement(file) {
  return run(ROOT + "target/release/article-widget", ["prerender", file, "--src", "/" + file], { stdio: ["ignore", "pipe", "ignore"] });
}

async function articles() {
  const list = [{ id: "demo", label: "demo", file: "fixtures/demo.json", blocks: JSON.parse(readFileSync(ROOT + "fixtures/demo.json", "utf8")).body.length, related: 5 }];
  const blocks = ONLY ? DEFAULT_BLOCKS.filter((n) => ONLY.includes(String(n))) : DEFAULT_BLOCKS;
  for (const g of await generate({ blocks })) {
    list.push({ id: String(g.blocks), label: `${g.blocks.toLocaleString("en")} blocks`, file: `benches/generated/blocks-${g.blocks}.json`, blocks: g.blocks, related: 500, bytes: g.bytes });
  }
  const chosen = list.filter((a) => !ONLY || ONLY.includes(a.id));
  for (const a of chosen) {
    a.url = "/" + a.file;
    a.bytes ??= readFileSync(ROOT + a.file).length;
    a.html = prerender(a.file);
  }
  return chosen;
}

// A classic inline script before anything else: t0, the paint and longtask
// observers, and a promise that settles when the article is in the DOM.
const probe = (event) => `<script>
  window.__bench = { t0: performance.now(), ready: null, fcp: null, longtasks: [], error: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "first-contentful-paint") __bench.fcp = e.startTime; }).observe({ type: "paint", buffered: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true }); } catch {}
  __bench.done = new Promise((resolve) => {
    __bench.resolve = () => { if (__bench.ready === null) __bench.ready = performance.now(); resolve(); };
    ${event ? `document.addEventListener(${JSON.stringify(event)}, __bench.resolve, { once: true });` : ""}
    document.addEventListener("article-widget:error", (e) => { __bench.error = e.detail.message; resolve(); }, { once: true });
  });
</script>`;

const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

function pages(byId) {
  // Brotli-encoded when the browser takes it, as the static files are
  // (serve's `brotli`), so the static and prerendered pages' HTML weighs on
  // the phone profile's network what it would from a CDN.
  const send = (request, response, html) => {
    const br = /\bbr\b/.test(request.headers["accept-encoding"] ?? "");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...(br ? { "content-encoding": "br", vary: "accept-encoding" } : {}) });
    response.end(br ? brotliCompressSync(html, { params: { [Z.BROTLI_PARAM_QUALITY]: 11 } }) : html);
  };
  const article = (request) => byId.get(new URL(request.url, "http://x").searchParams.get("article"));
  return {
    "/bench/widget.html": (request, response) => {
      const a = article(request);
      if (!a) return response.writeHead(404).end();
      send(request, response, page(`widget, ${a.label}`, probe("article-widget:ready") + `\n<script type="module" src="/dist/article-widget.js"></script>`, `<article-widget src="${a.url}"></article-widget>`));
    },
    // The element with the article prerendered inside (`article-widget
    // prerender`), then the module: the article shows from the HTML, and the
    // widget takes over when its own render is ready.
    "/bench/prerendered.html": (request, response) => {
      const a = article(request);
      if (!a?.prerendered) return response.writeHead(404).end();
      send(request, response, page(`prerendered + widget, ${a.label}`, probe("article-widget:ready") + `\n<script type="module" src="/dist/article-widget.js"></script>`, a.prerendered));
    },
    "/bench/baseline.html": (request, response) => {
      const a = article(request);
      if (!a) return response.writeHead(404).end();
      send(request, response, page(`baseline, ${a.label}`, probe("baseline-article:ready") + `\n<script type="module" src="/benches/baseline/baseline.js"></script>`, `<baseline-article src="${a.url}"></baseline-article>`));
    },
    // The prerendered HTML in a declarative shadow root with the same
    // stylesheet; "ready" once the parser is past it and the sheet is loaded.
    "/bench/static.html": (request, response) => {
      const a = article(request);
      if (!a) return response.writeHead(404).end();
      const base = `<base href="${a.url}">`; // the CLI leaves relative URLs as written
      send(request, response, page(
          `static, ${a.label}`,
          base + "\n" + probe(null),
          `<div id="host"><template shadowrootmode="open"><link rel="stylesheet" href="/style/widget.css">${a.html}</template></div>
<script>{ const link = document.getElementById("host").shadowRoot.querySelector("link");
  if (link.sheet) __bench.resolve(); else { link.addEventListener("load", __bench.resolve); link.addEventListener("error", __bench.resolve); } }</script>`,
        ),
      );
    },
  };
}

// ---- measuring ---------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

/** The time covered by `events` (µs), nested or overlapping ones counted once. */
function union(events) {
  let total = 0;
  let until = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const start = Math.max(e.ts, until);
    const end = e.ts + (e.dur ?? 0);
    if (end > start) total += end - start;
    until = Math.max(until, end);
  }
  return total;
}

/** Style, layout and paint: the browser's rendering work, not the page's script. */
const RENDERING = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "UpdateLayerTree", "Commit"]);

/**
 * From a Chrome trace: the longest task on a renderer main thread (ms), how
 * many exceeded 50 ms, the blocking time (each task's time over 50 ms,
 * summed, as Lighthouse's total blocking time but over the whole load, not
 * only after the first paint: the widget's and the baseline's work comes
 * before their first paint), and the longest once style, layout and paint inside
 * each task are taken out (what is left is script, DOM calls and parsing).
 * A task is a top-level event on the main thread: DevTools' \`RunTask\`, which
 * wraps a task's microtask checkpoint too (the widget renders in one), or any
 * event that no \`RunTask\` wraps.
 */
function longestTask(trace) {
  const events = JSON.parse(trace).traceEvents ?? [];
  const main = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== "X" || !main.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  let longest = 0;
  let over50 = 0;
  let script = 0;
  let blocking = 0;
  // Main-thread time in V8's wasm events (streaming compile's last step,
  // instantiation, and each function's compilation on its first call), and
  // in style, layout and paint, over the whole load: unions of intervals.
  let wasmMain = 0;
  let rendering = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let task = null;
    let end = -Infinity;
    let covered = 0;
    let until = -Infinity;
    const finish = () => {
      if (!task) return;
      const ms = (task.dur ?? 0) / 1000;
      longest = Math.max(longest, ms);
      if (ms > 50) over50++;
      blocking += Math.max(0, ms - 50);
      script = Math.max(script, ms - covered / 1000);
    };
    for (const e of list) {
      if (e.ts >= end) {
        finish();
        task = e;
        end = e.ts + (e.dur ?? 0);
        covered = 0;
        until = -Infinity;
      }
      // The union of the rendering intervals inside this task (they nest).
      if (RENDERING.has(e.name) && e !== task) {
        const start = Math.max(e.ts, until);
        const stop = Math.min(e.ts + (e.dur ?? 0), end);
        if (stop > start) covered += stop - start;
        until = Math.max(until, stop);
      }
    }
    finish();
  }
  for (const list of byThread.values()) {
    wasmMain += union(list.filter((e) => e.name.startsWith("wasm.")));
    rendering += union(list.filter((e) => RENDERING.has(e.name)));
  }
  return { longest, over50, script, blocking, wasmMain: wasmMain / 1000, rendering: rendering / 1000 };
}

/** The serialized DOM under the widget's root, for the equivalence check. */
function serializeInPage() {
  const host = document.querySelector("article-widget, baseline-article, #host");
  const root = host.shadowRoot.querySelector('[part="widget"]');
  const lines = [];
  const counts = { elements: 0, text: 0, comments: 0 };
  const walk = (node, depth) => {
    let text = "";
    const flush = () => {
      if (text !== "") lines.push(`${"  ".repeat(depth)}"${text}"`);
      text = "";
    };
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.COMMENT_NODE) {
        counts.comments++;
        continue;
      }
      if (child.nodeType === Node.TEXT_NODE) {
        counts.text++;
        text += child.data;
        continue;
      }
      flush();
      counts.elements++;
      const attrs = [...child.attributes]
        .map((a) => {
          let v = a.value;
          if (a.name === "class") v = v.split(/\s+/).filter(Boolean).sort().join(" ");
          if (a.name === "href" || a.name === "src") v = v.startsWith("#") ? v : new URL(v, child.baseURI).href;
          return `${a.name}="${v}"`;
        })
        .sort();
      lines.push(`${"  ".repeat(depth)}<${child.localName}${attrs.length ? " " + attrs.join(" ") : ""}>`);
      walk(child, depth + 1);
    }
    flush();
  };
  counts.elements++;
  walk(root, 0);
  return { lines, counts };
}

/**
 * Where a page is loaded. `desktop`: this machine as it is, 1280×800.
 * `phone`: Lighthouse's mobile run — a 412×823 screen at 1.75 device pixels,
 * the CPU 4× slower (DevTools' CPU throttling) and the network at 150 ms
 * round trip, 1.6 Mbit/s down and 750 kbit/s up (DevTools' network
 * throttling, applied to every request, where Lighthouse's default
 * simulates it).
 */
const PROFILES = {
  desktop: { name: "desktop", context: { viewport: { width: 1280, height: 800 } } },
  phone: {
    name: "phone",
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
};

async function open(browser, profile = PROFILES.desktop) {
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  return { context, page };
}

/** Evaluates `expression` in the page through the DevTools protocol. */
async function evaluate(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/**
 * One fresh-context load of `variant` for article `a`; returns its metrics.
 * Only raw DevTools-protocol calls touch the page while it is measured:
 * Playwright's own waitForFunction would inject its helper script into the
 * page, a 40–80 ms task of its own.
 */
async function measure(browser, server, variant, a, profile = PROFILES.desktop) {
  const { context, page } = await open(browser, profile);
  try {
    const cdp = await context.newCDPSession(page);
    if (profile.network) {
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", profile.network);
    }
    if (profile.cpu) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.wasm"] });
    await page.goto(`${server.url}/bench/${variant}.html?article=${a.id}`, { waitUntil: "commit" });
    const deadline = Date.now() + 60000;
    const settled = "window.__bench ? Promise.race([window.__bench.done.then(() => true), new Promise((r) => setTimeout(r, 2000, false))]) : false";
    while (!(await evaluate(cdp, settled))) {
      if (Date.now() > deadline) throw new Error(`${variant} ${a.label}: no ready event in 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Let the article lay out and paint, and the observers deliver.
    await evaluate(
      cdp,
      `new Promise((resolve) => {
        const t = performance.now();
        const wait = () => (window.__bench.fcp !== null || performance.now() - t > 3000 ? setTimeout(resolve, 150) : requestAnimationFrame(wait));
        requestAnimationFrame(() => requestAnimationFrame(wait));
      })`,
    );
    const trace = await browser.stopTracing();
    const b = await evaluate(
      cdp,
      `(() => {
        const entry = performance.getEntriesByType("resource").find((e) => new URL(e.name).pathname === ${JSON.stringify(a.url)});
        const { t0, ready, fcp, longtasks, error } = window.__bench;
        const measured = (name) => performance.getEntriesByType("measure").filter((m) => m.name === name).reduce((n, m) => n + m.duration, 0);
        const transferred = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].reduce((n, e) => n + (e.transferSize || 0), 0);
        return { t0, ready, fcp, longtasks, error, transferred, read: measured("article-widget:read"), build: measured("article-widget:render"), json: entry ? entry.responseEnd : null, requested: entry ? entry.startTime : null };
      })()`,
    );
    if (b.error) throw new Error(`${variant} ${a.label}: ${b.error}`);
    const heap = await evaluate(cdp, "(gc(), gc(), { used: performance.memory.usedJSHeapSize, total: performance.memory.totalJSHeapSize })");
    // Every WebAssembly.Memory alive in the page, found through the DevTools
    // protocol (the widget's module exports nothing a page could read).
    const { result: proto } = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
    const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.objectId });
    const { result: wasm } = await cdp.send("Runtime.callFunctionOn", {
      objectId: objects.objectId,
      functionDeclaration: "function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }",
      returnByValue: true,
    });
    const { longest, over50, script, blocking, wasmMain, rendering } = longestTask(trace.toString("utf8"));
    // Long tasks that began once the article was on screen: for a
    // prerendered page, what the widget's takeover costs the reader.
    const afterPaint = b.longtasks.filter((t) => b.fcp !== null && t.start >= b.fcp).map((t) => t.duration);
    return {
      render: b.ready - b.t0,
      boot: b.requested === null ? NaN : b.requested - b.t0,
      afterJson: b.json === null ? NaN : b.ready - b.json,
      fcp: b.fcp ?? NaN,
      longest,
      script,
      over50,
      blocking,
      wasmMain,
      rendering,
      read: b.read,
      build: b.build,
      readyAt: b.ready,
      observed: b.longtasks.length ? Math.max(...b.longtasks.map((t) => t.duration)) : 0,
      afterPaint: afterPaint.length ? Math.max(...afterPaint) : 0,
      transferred: b.transferred / 1000,
      heap: heap.used / 1e6,
      heapTotal: heap.total / 1e6,
      wasm: wasm.value / 1e6,
      memory: heap.used / 1e6 + wasm.value / 1e6,
    };
  } finally {
    await context.close();
  }
}

async function equivalence(browser, server, list) {
  const out = [];
  for (const a of list) {
    const dom = {};
    for (const variant of VARIANTS) {
      const { context, page } = await open(browser);
      try {
        await page.goto(`${server.url}/bench/${variant}.html?article=${a.id}`, { waitUntil: "commit" });
        await page.waitForFunction(() => window.__bench && window.__bench.done, null, { timeout: 60000 });
        await page.evaluate(() => window.__bench.done);
        dom[variant] = await page.evaluate(serializeInPage);
      } finally {
        await context.close();
      }
    }
    const collapse = (x) => ({ lines: x.lines.map((l) => l.replace(/\s+/g, " ")) });
    const diff = (x, y) => {
      const n = Math.max(x.lines.length, y.lines.length);
      for (let i = 0; i < n; i++) if (x.lines[i] !== y.lines[i]) return `line ${i + 1}: ${JSON.stringify(x.lines[i] ?? "(end)").slice(0, 160)} vs ${JSON.stringify(y.lines[i] ?? "(end)").slice(0, 160)}`;
      return null;
    };
    out.push({ a, counts: Object.fromEntries(VARIANTS.map((v) => [v, dom[v].counts])), baseline: diff(dom.widget, dom.baseline), static: diff(collapse(dom.widget), collapse(dom.static)), staticRaw: diff(dom.widget, dom.static) });
  }
  return out;
}

/** Fixtures only checked for the same DOM, not timed. */
function checkOnly() {
  return ["edge-rtl", "minimal"].map((id) => {
    const file = `fixtures/${id}.json`;
    return { id, label: `${id} (check only)`, file, url: "/" + file, html: prerender(file), blocks: 0 };
  });
}

/**
 * The pages timed on the phone profile: the demo article four ways, and one
 * WordPress post against the same article converted to the native format
 * (what the formats module costs a reader).
 */
const PHONE_PAGES = [
  { key: "widget", label: "widget", variant: "widget", article: "demo" },
  { key: "baseline", label: "plain-JS baseline", variant: "baseline", article: "demo" },
  { key: "static", label: "static HTML", variant: "static", article: "demo" },
  { key: "prerendered", label: "prerendered + widget", variant: "prerendered", article: "demo" },
  { key: "native", label: "widget, a WordPress post converted to native", variant: "widget", article: "wordpress-native" },
  { key: "wordpress", label: "widget, the same WordPress post", variant: "widget", article: "wordpress" },
];

/** The demo (prerendered too) and the WordPress post in both formats, for the phone profile. */
function phoneArticles() {
  const file = "fixtures/demo.json";
  const demo = { id: "demo", label: "demo", file, url: "/" + file, html: prerender(file) };
  const wordpress = "fixtures/wordpress/post.json";
  const native = run(ROOT + "target/release/article-widget", ["convert", wordpress], { stdio: ["ignore", "pipe", "ignore"] });
  // Served beside the post, so its relative image URLs resolve alike.
  const nativeUrl = "/fixtures/wordpress/post.native.json";
  return [
    { ...demo, prerendered: prerenderElement(file) },
    { id: "wordpress", label: "WordPress post", file: wordpress, url: "/" + wordpress },
    { id: "wordpress-native", label: "WordPress post as native", file: nativeUrl.slice(1), url: nativeUrl, body: native },
  ];
}

async function speed(list, phoneList) {
  const browser = await launch({ args: ["--js-flags=--expose-gc", "--enable-precise-memory-info"] });
  const extra = checkOnly();
  const routes = pages(new Map([...list, ...extra, ...phoneList].map((a) => [a.id, a])));
  for (const a of phoneList.filter((a) => a.body)) {
    routes[a.url] = (request, response) => {
      response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      response.end(a.body);
    };
  }
  const server = await serve(ROOT, { routes, brotli: true });
  try {
    log(`Chromium ${browser.version()}; serving ${ROOT} at ${server.url}, brotli-encoded`);
    const phone = phoneList.length ? await phoneRuns(browser, server, new Map(phoneList.map((a) => [a.id, a]))) : null;
    if (!list.length) return { version: browser.version(), same: [], results: null, phone };
    log("checking that the three variants build the same DOM…");
    const same = await equivalence(browser, server, [...list.filter((a) => a.blocks <= 1000), ...extra]);
    log("warming up (one untimed load of each page)…");
    for (const a of list) for (const v of VARIANTS) await measure(browser, server, v, a);
    const results = new Map(list.map((a) => [a.id, Object.fromEntries(VARIANTS.map((v) => [v, []]))]));
    const started = Date.now();
    for (let r = 0; r < RUNS; r++) {
      for (const a of list) {
        // Alternate, rotating who goes first, so drift hits all alike.
        const order = VARIANTS.map((_, i) => VARIANTS[(i + r) % VARIANTS.length]);
        for (const v of order) results.get(a.id)[v].push(await measure(browser, server, v, a));
      }
      log(`run ${r + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    return { version: browser.version(), same, results, phone };
  } finally {
    await server.close();
    await browser.close();
  }
}

/** PHONE_RUNS loads of every phone page, rotating the order from run to run. */
async function phoneRuns(browser, server, byId) {
  log("phone profile: warming up…");
  for (const p of PHONE_PAGES) await measure(browser, server, p.variant, byId.get(p.article), PROFILES.phone);
  const results = Object.fromEntries(PHONE_PAGES.map((p) => [p.key, []]));
  const started = Date.now();
  for (let r = 0; r < PHONE_RUNS; r++) {
    const order = PHONE_PAGES.map((_, i) => PHONE_PAGES[(i + r) % PHONE_PAGES.length]);
    for (const p of order) results[p.key].push(await measure(browser, server, p.variant, byId.get(p.article), PROFILES.phone));
    log(`phone run ${r + 1}/${PHONE_RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return results;
}

// ---- reporting -----------------------------------------------------------------

const METRICS = [
  { key: "render", label: "render time (ms)", digits: 1 },
  { key: "boot", label: "module start → article JSON requested (ms)", digits: 1 },
  { key: "afterJson", label: "article JSON received → ready (ms)", digits: 1 },
  { key: "fcp", label: "first contentful paint (ms)", digits: 1 },
  { key: "longest", label: "longest main-thread task (ms)", digits: 1 },
  { key: "script", label: "longest task without style/layout/paint (ms)", digits: 1 },
  { key: "over50", label: "tasks over 50 ms", digits: 0 },
  { key: "blocking", label: "blocking time: each task's time over 50 ms, summed (ms)", digits: 1 },
  { key: "heap", label: "JS heap after gc (MB)", digits: 2 },
  { key: "wasm", label: "wasm memory (MB)", digits: 2 },
  { key: "memory", label: "JS heap + wasm memory (MB)", digits: 2 },
];

const PHONE_METRICS = [
  { key: "fcp", label: "headline visible: first contentful paint (ms)", digits: 0 },
  { key: "readyAt", label: "article ready: the ready event (ms)", digits: 0 },
  { key: "transferred", label: "transferred (KB)", digits: 1 },
  { key: "read", label: "`article-widget:read` measure (ms)", digits: 0 },
  { key: "build", label: "`article-widget:render` measure (ms)", digits: 0 },
  { key: "wasmMain", label: "wasm compiling and instantiating on the main thread (ms)", digits: 0 },
  { key: "rendering", label: "style, layout and paint, all tasks (ms)", digits: 0 },
  { key: "blocking", label: "blocking time (ms)", digits: 0 },
  { key: "longest", label: "longest task (ms)", digits: 0 },
  { key: "afterPaint", label: "longest task after the first paint (ms)", digits: 0 },
];

function summarizePhone(results) {
  return Object.fromEntries(Object.entries(results).map(([key, runs]) => [key, Object.fromEntries(PHONE_METRICS.map((m) => [m.key, stats(runs.map((x) => x[m.key]).filter((x) => !Number.isNaN(x)))]))]));
}

/** Metrics down, pages across (the widget's own measures are blank for the others). */
function phoneTable(ph) {
  const cell = (p, m) => {
    const st = ph[p.key][m.key];
    const widgetOnly = m.key === "read" || m.key === "build" || m.key === "wasmMain";
    if (!st.n || (widgetOnly && (p.variant === "baseline" || p.variant === "static"))) return "–";
    return `${st.median.toFixed(m.digits)} (${st.min.toFixed(m.digits)}–${st.max.toFixed(m.digits)})`;
  };
  const out = [`| metric | ${PHONE_PAGES.map((p) => p.label).join(" | ")} |`, `| --- |${PHONE_PAGES.map(() => " ---: |").join("")}`];
  for (const m of PHONE_METRICS) out.push(`| ${m.label} | ${PHONE_PAGES.map((p) => cell(p, m)).join(" | ")} |`);
  return out.join("\n");
}

function summarize(results) {
  const s = {};
  for (const [id, byVariant] of results) {
    s[id] = {};
    for (const v of VARIANTS) {
      s[id][v] = {};
      for (const m of METRICS) s[id][v][m.key] = stats(byVariant[v].map((x) => x[m.key]).filter((x) => !Number.isNaN(x)));
    }
  }
  return s;
}

function speedTable(list, s) {
  const cell = (st, d) => (st.n ? `${st.median.toFixed(d)} (${st.min.toFixed(d)}–${st.max.toFixed(d)})` : "–");
  const ratio = (w, b) => (b.median > 0 ? (w.median / b.median).toFixed(2) + "×" : w.median > 0 ? "∞" : "–");
  const out = ["| article | metric | widget | baseline | static | widget ÷ baseline | widget ÷ static |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"];
  for (const a of list) {
    for (const m of METRICS) {
      const r = s[a.id];
      out.push(`| ${a.label} | ${m.label} | ${cell(r.widget[m.key], m.digits)} | ${cell(r.baseline[m.key], m.digits)} | ${cell(r.static[m.key], m.digits)} | ${ratio(r.widget[m.key], r.baseline[m.key])} | ${ratio(r.widget[m.key], r.static[m.key])} |`);
    }
  }
  return out.join("\n");
}

function budgets(size, list, s, ph) {
  const rows = [];
  const check = (name, ok, detail) => rows.push(`| ${name} | ${ok === null ? "–" : ok ? "✅ met" : "❌ missed"} | ${detail} |`);
  if (size) {
    check("a native article, everything downloaded ≤ 80 KB brotli", size.total.brotli <= 80000, `${kb(size.total.brotli)} (${(size.total.brotli / 80000).toFixed(2)}× the budget)`);
    const other = size.total.brotli + formatsSize.total.brotli;
    check("a JSON-LD, JSON Feed, WordPress or Ghost article ≤ 130 KB brotli", other <= 130000, `${kb(other)} (${(other / 130000).toFixed(2)}× the budget)`);
  }
  if (ph) {
    const ratio = (a, b, k) => ph[a][k].median / ph[b][k].median;
    const ms = (p, k) => `${ph[p][k].median.toFixed(0)} ms`;
    const r = ratio("widget", "baseline", "fcp");
    check("phone, demo: headline visible ≤ 1.5× the baseline", r <= 1.5, `${ms("widget", "fcp")} vs ${ms("baseline", "fcp")}: ${r.toFixed(2)}× (static HTML ${ms("static", "fcp")})`);
    const p = ratio("prerendered", "static", "fcp");
    check("phone, prerendered + widget: headline visible ≤ 1.1× static HTML", p <= 1.1, `${ms("prerendered", "fcp")} vs ${ms("static", "fcp")}: ${p.toFixed(2)}×`);
    const after = ph.prerendered.afterPaint;
    check("phone, prerendered + widget: the takeover adds no task over 50 ms (in any run)", after.max <= 50, `longest task after the first paint: median ${after.median.toFixed(0)} ms, worst ${after.max.toFixed(0)} ms`);
    const b = ph.widget.blocking.median;
    const bb = ph.baseline.blocking.median;
    check("phone, demo: blocking time ≤ 1.5× the baseline's", bb > 0 ? b / bb <= 1.5 : b === 0, `${b.toFixed(0)} ms vs ${bb.toFixed(0)} ms${bb > 0 ? `: ${(b / bb).toFixed(2)}×` : ""}`);
  }
  const demo = s?.demo;
  if (demo) {
    const r = demo.widget.render.median / demo.baseline.render.median;
    check("demo render ≤ 1.5× baseline", r <= 1.5, `${demo.widget.render.median.toFixed(1)} ms vs ${demo.baseline.render.median.toFixed(1)} ms: ${r.toFixed(2)}×`);
    check("demo: no main-thread task > 50 ms (in any run)", demo.widget.longest.max <= 50, `widget's longest task: median ${demo.widget.longest.median.toFixed(1)} ms, worst ${demo.widget.longest.max.toFixed(1)} ms (baseline: median ${demo.baseline.longest.median.toFixed(1)}, worst ${demo.baseline.longest.max.toFixed(1)}; static: median ${demo.static.longest.median.toFixed(1)}); ` +
        `without style/layout/paint, the widget's own work: median ${demo.widget.script.median.toFixed(1)} ms, worst ${demo.widget.script.max.toFixed(1)} ms (baseline ${demo.baseline.script.median.toFixed(1)}, worst ${demo.baseline.script.max.toFixed(1)})`);
    const m = demo.widget.memory.median / demo.baseline.memory.median;
    check("memory after demo ≤ 2× baseline", m <= 2, `JS heap + wasm memory ${demo.widget.memory.median.toFixed(2)} MB vs ${demo.baseline.memory.median.toFixed(2)} MB: ${m.toFixed(2)}× (JS heap alone: ${demo.widget.heap.median.toFixed(2)} vs ${demo.baseline.heap.median.toFixed(2)} MB)`);
  }
  const big = s?.["10000"];
  if (big) {
    const r = big.widget.render.median / big.baseline.render.median;
    check("10,000 blocks ≤ 2× baseline", r <= 2, `${big.widget.render.median.toFixed(1)} ms vs ${big.baseline.render.median.toFixed(1)} ms: ${r.toFixed(2)}×`);
  }
  if (s?.["1000"] && big) {
    const t = (id, v, k = "render") => s[id][v][k].median;
    const g = t("10000", "widget") / t("1000", "widget");
    const gj = t("10000", "widget", "afterJson") / t("1000", "widget", "afterJson");
    let detail =
      `render time(10,000) ÷ render time(1,000) = ${g.toFixed(2)}× for the widget (baseline ${(t("10000", "baseline") / t("1000", "baseline")).toFixed(2)}×); ` +
      `counting only the work after the JSON arrives, ${gj.toFixed(2)}× (baseline ${(t("10000", "baseline", "afterJson") / t("1000", "baseline", "afterJson")).toFixed(2)}×). ` +
      "Both include the fixed cost of the header and 500 related cards, which flatters the ratio";
    if (s["100"]) {
      // The cost of the added blocks alone: 9,000 more blocks against 900 more.
      const inc = (v) => (t("10000", v, "afterJson") - t("1000", v, "afterJson")) / (t("1000", v, "afterJson") - t("100", v, "afterJson"));
      const show = (x) => (Number.isFinite(x) && x > 0 ? `${x.toFixed(1)}×` : "not measurable (noise)");
      detail += `; the added blocks alone, (t10000 − t1000) ÷ (t1000 − t100) after the JSON, cost ${show(inc("widget"))} for the widget and ${show(inc("baseline"))} for the baseline (10× is linear)`;
    }
    check("linear growth: 10× blocks ≤ 11× time", g <= 11 && gj <= 11, detail);
  }
  return ["| budget (from the performance issue) | status | measured (medians) |", "| --- | --- | --- |", ...rows].join("\n");
}

function equivalenceTable(same) {
  const esc = (s) => s.replace(/\|/g, "\\|");
  const n = (c) => `${c.elements.toLocaleString("en")} / ${c.text.toLocaleString("en")} / ${c.comments.toLocaleString("en")}`;
  const out = ["| article | elements / text nodes / comments: widget | baseline | static | baseline vs widget | static vs widget (runs of white space collapsed) |", "| --- | ---: | ---: | ---: | --- | --- |"];
  for (const e of same) {
    const st = e.static ? "differs at " + esc(e.static) : e.staticRaw ? "same; raw text differs at " + esc(e.staticRaw) : "same";
    out.push(`| ${e.a.label} | ${n(e.counts.widget)} | ${n(e.counts.baseline)} | ${n(e.counts.static)} | ${e.baseline ? "differs at " + esc(e.baseline) : "same"} | ${st} |`);
  }
  return out.join("\n");
}

/** The phone profile: time to a visible headline for each page, with min–max whiskers and the bytes each transferred. */
function phoneChart(ph, m) {
  const W = 760, L = 290, R = 150, T = 56, ROW = 34, B = 70;
  const H = T + ROW * PHONE_PAGES.length + B;
  const colors = { widget: "#b0261c", baseline: "#0a53a8", static: "#5b6b2f", prerendered: "#7a4aa0" };
  const max = Math.max(...PHONE_PAGES.map((p) => ph[p.key].fcp.max));
  const step = max > 2000 ? 500 : 250;
  const top = Math.ceil(max / step) * step;
  const X = (v) => L + (v / top) * (W - L - R);
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const e = [];
  e.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`);
  e.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  e.push(`<text x="16" y="24" font-size="16" font-weight="600">Phone profile: time to a visible headline</text>`);
  e.push(`<text x="16" y="42" fill="#595e66">CPU 4× slower, 150 ms round trip, 1.6 Mbit/s; first contentful paint, median of ${PHONE_RUNS} cold loads, whiskers min–max</text>`);
  for (let v = 0; v <= top; v += step) {
    e.push(`<line x1="${X(v).toFixed(1)}" x2="${X(v).toFixed(1)}" y1="${T}" y2="${H - B}" stroke="${v === 0 ? "#b8b3aa" : "#eeebe5"}"/>`);
    e.push(`<text x="${X(v).toFixed(1)}" y="${H - B + 18}" text-anchor="middle" fill="#595e66">${v >= 1000 ? (v / 1000).toFixed(1) + " s" : v + " ms"}</text>`);
  }
  PHONE_PAGES.forEach((p, i) => {
    const st = ph[p.key].fcp;
    const y = T + i * ROW + 8;
    const color = colors[p.variant] ?? colors.widget;
    e.push(`<text x="${L - 10}" y="${y + 13}" text-anchor="end">${esc(p.label)}</text>`);
    e.push(`<rect x="${L}" y="${y}" width="${(X(st.median) - L).toFixed(1)}" height="18" fill="${color}" opacity="${p.article === "demo" ? 0.9 : 0.6}"><title>${esc(p.label)}: ${st.median.toFixed(0)} ms (${st.min.toFixed(0)}–${st.max.toFixed(0)})</title></rect>`);
    e.push(`<line x1="${X(st.min).toFixed(1)}" x2="${X(st.max).toFixed(1)}" y1="${y + 9}" y2="${y + 9}" stroke="#1f2328" stroke-width="1.5"/>`);
    e.push(`<text x="${(X(st.max) + 6).toFixed(1)}" y="${y + 13}" fill="#1f2328">${st.median.toFixed(0)} ms · ${ph[p.key].transferred.median.toFixed(0)} KB</text>`);
  });
  const parts = stamp(m).split(" · ");
  e.push(`<text x="16" y="${H - 24}" fill="#8a8f96" font-size="10">${esc(parts.slice(0, 4).join(" · "))}</text>`);
  e.push(`<text x="16" y="${H - 10}" fill="#8a8f96" font-size="10">${esc(parts.slice(4).join(" · "))}</text>`);
  e.push("</svg>");
  return e.join("\n") + "\n";
}

/** Render time against block count, log–log, with min–max whiskers. */
function chart(list, s, m) {
  const points = list.filter((a) => a.id !== "demo");
  if (points.length < 2) return null;
  const W = 760, H = 490, L = 80, R = 170, T = 56, B = 80;
  const colors = { widget: "#b0261c", baseline: "#0a53a8", static: "#5b6b2f" };
  const xs = points.map((a) => a.blocks);
  const all = points.flatMap((a) => VARIANTS.flatMap((v) => [s[a.id][v].render.min, s[a.id][v].render.max])).filter((x) => x > 0);
  const x0 = Math.log10(Math.min(...xs) / 1.5), x1 = Math.log10(Math.max(...xs) * 1.5);
  const y0 = Math.floor(Math.log10(Math.min(...all))), y1 = Math.ceil(Math.log10(Math.max(...all)));
  const X = (v) => L + ((Math.log10(v) - x0) / (x1 - x0)) * (W - L - R);
  const Y = (v) => T + (1 - (Math.log10(v) - y0) / (y1 - y0)) * (H - T - B);
  const e = [];
  e.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`);
  e.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  e.push(`<text x="${L}" y="24" font-size="16" font-weight="600">Render time against body blocks (+500 related cards)</text>`);
  e.push(`<text x="${L}" y="42" fill="#595e66">median of ${RUNS} fresh-context loads, whiskers min–max; log–log: slope 1 is linear growth</text>`);
  for (let p = y0; p <= y1; p++) {
    for (const k of [1, 2, 5]) {
      const v = k * 10 ** p;
      if (v < 10 ** y0 || v > 10 ** y1) continue;
      e.push(`<line x1="${L}" x2="${W - R}" y1="${Y(v).toFixed(1)}" y2="${Y(v).toFixed(1)}" stroke="${k === 1 ? "#d0ccc4" : "#eeebe5"}"/>`);
      e.push(`<text x="${L - 8}" y="${(Y(v) + 4).toFixed(1)}" text-anchor="end" fill="#595e66">${v >= 1000 ? v / 1000 + " s" : v + " ms"}</text>`);
    }
  }
  for (const v of xs) {
    e.push(`<line x1="${X(v).toFixed(1)}" x2="${X(v).toFixed(1)}" y1="${T}" y2="${H - B}" stroke="#eeebe5"/>`);
    e.push(`<text x="${X(v).toFixed(1)}" y="${H - B + 18}" text-anchor="middle" fill="#595e66">${v.toLocaleString("en")}</text>`);
  }
  e.push(`<text x="${(L + W - R) / 2}" y="${H - B + 40}" text-anchor="middle">body blocks (log scale)</text>`);
  e.push(`<text transform="translate(20 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">time from module start to article in DOM (log scale)</text>`);
  e.push(`<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="none" stroke="#b8b3aa"/>`);
  VARIANTS.forEach((v, i) => {
    const pts = points.map((a) => [X(a.blocks), Y(s[a.id][v].render.median)]);
    e.push(`<polyline fill="none" stroke="${colors[v]}" stroke-width="2.5" points="${pts.map((p) => p.map((n) => n.toFixed(1)).join(",")).join(" ")}"/>`);
    points.forEach((a) => {
      const st = s[a.id][v].render;
      const x = X(a.blocks) + (i - 1) * 5;
      e.push(`<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${Y(st.min).toFixed(1)}" y2="${Y(st.max).toFixed(1)}" stroke="${colors[v]}" stroke-width="1.5" opacity="0.7"/>`);
      e.push(`<circle cx="${X(a.blocks).toFixed(1)}" cy="${Y(st.median).toFixed(1)}" r="4" fill="${colors[v]}"><title>${v}, ${a.label}: ${st.median.toFixed(1)} ms (${st.min.toFixed(1)}–${st.max.toFixed(1)})</title></circle>`);
    });
    const last = points[points.length - 1];
    e.push(`<circle cx="${W - R + 22}" cy="${T + 14 + i * 22}" r="5" fill="${colors[v]}"/>`);
    e.push(`<text x="${W - R + 34}" y="${T + 18 + i * 22}">${v} (${s[last.id][v].render.median >= 1000 ? (s[last.id][v].render.median / 1000).toFixed(2) + " s" : s[last.id][v].render.median.toFixed(0) + " ms"})</text>`);
  });
  e.push(`<text x="${W - R + 16}" y="${T + 18 + 3 * 22}" fill="#595e66" font-size="11">at ${points[points.length - 1].blocks.toLocaleString("en")} blocks</text>`);
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts = stamp(m).split(" · ");
  e.push(`<text x="${L}" y="${H - 22}" fill="#8a8f96" font-size="10">${esc(parts.slice(0, 4).join(" · "))}</text>`);
  e.push(`<text x="${L}" y="${H - 8}" fill="#8a8f96" font-size="10">${esc(parts.slice(4).join(" · "))}</text>`);
  e.push("</svg>");
  return e.join("\n") + "\n";
}

const METHOD = `How it is measured:

- **Pages.** Served from the repository by \`e2e/server.mjs\` on 127.0.0.1. The widget page loads \`dist/article-widget.js\` and one \`<article-widget src>\`; the baseline page \`benches/baseline/baseline.js\` and one \`<baseline-article src>\` (the same JSON; it fetches \`style/widget.css\` and adopts it as a constructed sheet); the static page is the output of \`article-widget render <file>\` in a declarative shadow root (\`<template shadowrootmode="open">\`) with \`<link rel="stylesheet" href="/style/widget.css">\`. Viewport 1280×800.
- **Cold, every run.** Each load is in a fresh browser context (its own empty HTTP cache, so the wasm is downloaded and compiled every time, as on a first visit); one untimed load of every page first warms the server and the OS. Within each run the three variants of an article load one after another, with the order rotated from run to run.
- **Render time**: \`performance.now()\` in a classic inline script at the top of \`<head>\`, before the module script, to the ready event (\`article-widget:ready\`, \`baseline-article:ready\`); for the static page, to an inline script after the article once the stylesheet has loaded. It includes fetching the module, the wasm and the article JSON. Two parts of it are shown on their own, from Resource Timing: from \`t0\` to the request for the article JSON (the widget's module asks for it before it loads the wasm, as the baseline asks at once), and from the JSON's last byte to the ready event (for the widget this includes waiting for its wasm to finish compiling when the JSON comes first; then reading, validating and building the DOM).
- **First contentful paint**: the \`paint\` PerformanceObserver's \`first-contentful-paint\`, from navigation start (render time starts later, at \`t0\`). The loading placeholder the widget and the baseline show first has no contentful paint (its only text is visually hidden), so this is the article's own first paint.
- **Longest task**: a Chrome trace (categories \`toplevel\`, \`devtools.timeline\`, \`disabled-by-default-devtools.timeline\`) of each load, from navigation until two frames and 150 ms after the ready event; the longest task on a renderer main thread (\`CrRendererMain\`: DevTools' \`RunTask\`, which includes the task's microtask checkpoint, where the widget renders), and how many exceeded 50 ms. Unlike the \`longtask\` observer it reports tasks under 50 ms too. "Without style/layout/paint" takes the time of \`UpdateLayoutTree\`, \`Layout\`, \`PrePaint\`, \`Paint\`, \`Layerize\`, \`UpdateLayerTree\` and \`Commit\` out of each task first: what is left is script (JS and wasm), DOM calls and HTML parsing — the part a renderer controls, since all three build the same DOM and so give the browser the same layout to do. Tracing runs for all three variants alike.
- **Memory**: \`performance.memory.usedJSHeapSize\` (Chromium started with \`--enable-precise-memory-info\`) after two forced \`gc()\` (\`--js-flags=--expose-gc\`), and the total \`buffer.byteLength\` of every \`WebAssembly.Memory\` in the page, found with the DevTools protocol's \`Runtime.queryObjects\` (the widget's module exports nothing a page could read). Linear memory never shrinks, so this is the widget's high-water mark; the baseline has none. The budget compares the sum.`;

// ---- main --------------------------------------------------------------------

const report = [];
let size = null;
let baselineSize = null;
let formatsSize = null;
let breakdown = null;
let formatsBreakdown = null;
let prerenderedPage = null;
if (DO_SIZE) {
  for (const f of [...DOWNLOADS, ...FORMATS_DOWNLOADS]) if (!existsSync(ROOT + f)) throw new Error(`${f} is missing: run \`make release\` (trunk build --release) first`);
  size = sizes(DOWNLOADS);
  formatsSize = sizes(FORMATS_DOWNLOADS);
  baselineSize = sizes(BASELINE_DOWNLOADS);
  log("twiggy…");
  breakdown = twiggy(PRE_BINDGEN_WASM);
  formatsBreakdown = twiggy(PRE_BINDGEN_FORMATS_WASM);
  // The demo's prerendered element, which a prerendering page adds to its HTML.
  const element = Buffer.from(prerenderElement("fixtures/demo.json"));
  prerenderedPage = { raw: element.length, brotli: brotliCompressSync(element, { params: { [Z.BROTLI_PARAM_QUALITY]: 11 } }).length };
}

let list = [];
let sp = null;
if (DO_SPEED || DO_PHONE) {
  log("generating articles and prerendering them…");
  if (DO_SPEED) list = await articles();
  sp = await speed(list, DO_PHONE ? phoneArticles() : []);
}
const m = machine(sp?.version);
const s = sp?.results ? summarize(sp.results) : null;
const ph = sp?.phone ? summarizePhone(sp.phone) : null;

report.push(`# article-widget benchmarks`, "", `_${stamp(m)}_`, "", `Generated by \`make bench\` (\`node benches/run.mjs --runs ${RUNS}\`); not part of \`make test\`.`, "");
if (size) {
  report.push("## Size: what an embedding page downloads", "", "For a native article:", "", sizeTable(size), "",
    `A document in another format adds the formats module, ${kb(formatsSize.total.brotli)} brotli, ${kb(size.total.brotli + formatsSize.total.brotli)} in all:`, "", sizeTable(formatsSize), "", "The baseline, for comparison (its module and the stylesheet it fetches; the widget compiles the stylesheet into the wasm):", "", sizeTable(baselineSize), "");
  report.push("### Bytes per path", "", pathTable(size, formatsSize, prerenderedPage), "");
  report.push("### The main wasm by crate", "", twiggyTables(breakdown), "");
  report.push("### The formats module's wasm by crate", "", twiggyTables(formatsBreakdown), "");
}
if (s) {
  report.push("## Speed and memory", "");
  report.push(
    "Articles: `fixtures/demo.json` (" + list.find((a) => a.id === "demo")?.blocks + " blocks, 5 related cards) and " +
      list.filter((a) => a.id !== "demo").map((a) => `\`${a.file}\` (${(a.bytes / 1e6).toFixed(2)} MB)`).join(", ") +
      ": that many body blocks plus 500 related cards, 10 trending, one author, from `benches/generate.mjs`.",
    "",
  );
  report.push(`Median (min–max) of ${RUNS} runs each.`, "", speedTable(list, s), "");
  report.push("### Same DOM?", "", "The DOM under each variant's root, serialized (comments dropped, adjacent text merged, classes sorted, URLs resolved), compared with the widget's:", "", equivalenceTable(sp.same), "");
  report.push(METHOD, "");
}
if (ph) {
  report.push("## Phone profile", "");
  report.push(
    `Lighthouse's mobile conditions: CPU 4× slower, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (DevTools throttling, applied to every request), a 412×823 screen at 1.75×; every file brotli-encoded as a CDN sends it; cold cache. ` +
      `The demo article four ways, and \`fixtures/wordpress/post.json\` against the same article converted to the native format (\`article-widget convert\`), which is what the formats module costs. Median (min–max) of ${PHONE_RUNS} loads each, the pages' order rotated from run to run.`,
    "",
    phoneTable(ph),
    "",
    "Times are from navigation start. The headline is the first text each page paints (the loading placeholder has none), so first contentful paint is when the headline is visible. " +
      "The two `article-widget:` rows are the widget's own User Timing measures: reading the document (parsing, validating, and for the WordPress post importing the formats module and converting) and building the article's DOM. " +
      "Wasm compiling and instantiating are V8's `wasm.*` trace events on the main thread: the streaming compile's last step, instantiation, and each function's compilation on its first call (V8 compiles wasm functions lazily). " +
      "Blocking time is each main-thread task's time over 50 ms, summed from navigation until the article is ready: unlike Lighthouse's total blocking time it counts the tasks before the first paint, where all of the widget's and the baseline's work is. " +
      "The longest task after the first paint comes from the `longtask` observer: for the prerendered page, what the widget's takeover costs a reader who already sees the article.",
    "",
  );
}
report.push("## Budgets", "", budgets(size, list, s, ph), "");

const md = report.join("\n");
await writeFile(BENCHES + "results.md", md);
console.log(md);
if (s) {
  const svg = chart(list, s, m);
  if (svg) await writeFile(BENCHES + "render-time.svg", svg);
}
if (ph) await writeFile(BENCHES + "phone.svg", phoneChart(ph, m));
log(`wrote benches/results.md${s ? ", benches/render-time.svg" : ""}${ph ? ", benches/phone.svg" : ""}`);
