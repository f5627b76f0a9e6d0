// A static file server for dist/ on 127.0.0.1, with the MIME types the
// widget needs (application/wasm lets the browser compile while streaming).
//
// Besides dist/, it serves what the end-to-end tests need:
//   /e2e/<file>          e2e/pages/<file>: test-only pages, not shipped in dist/.
//                        A file not there falls back to dist/<file>, so the
//                        fixtures' relative image URLs resolve on these pages too.
//   /slow/<ms>/<path>    dist/<path>, answered after <ms> milliseconds.
//   /hang                never answered (for the widget's timeout).
// A route table sets response headers for a path (the CSP page) or replaces
// the handler altogether.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as Z } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

/** The strict policy DESIGN.md promises the widget runs under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The test-only pages, found next to this file whatever the working directory. */
const PAGES = fileURLToPath(new URL("./pages/", import.meta.url));

/**
 * Routes every server has. A value is either a handler `(request, response)`
 * that answers itself, or `{ headers }` added to the static file's response.
 */
const DEFAULT_ROUTES = {
  "/e2e/csp.html": { headers: { "content-security-policy": STRICT_CSP } },
  // Accepted and then left open: the browser waits until it gives up.
  "/hang": () => {},
};

/** `file` inside `base`, or null when the path climbs out of it. */
function inside(base, path) {
  const file = normalize(join(base, path));
  return file === base || file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : null;
}

/** Reads `file` (a directory's index.html); null when there is none. */
async function load(file) {
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    return { file, body: await readFile(file) };
  } catch {
    return null;
  }
}

/** Text and wasm: what a CDN sends compressed. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg"]);

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }.
 * With `brotli`, a static file of a compressible type goes out brotli-encoded
 * (quality 11, as `make sizes` counts it) to a client that accepts `br`, as a
 * CDN would send it; the benchmarks' throttled phone profile needs that.
 */
export function serve(root, { port = 0, routes = {}, brotli = false } = {}) {
  const base = resolve(root);
  const compressed = new Map();
  const encode = (file, body) => {
    if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    return compressed.get(file);
  };
  const table = { ...DEFAULT_ROUTES, ...routes };
  const sockets = new Set();

  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const route = table[path];
    if (typeof route === "function") return route(request, response);

    const slow = path.match(/^\/slow\/(\d+)(\/.*)$/);
    if (slow) {
      await new Promise((done) => setTimeout(done, Number(slow[1])));
      path = slow[2];
    }

    // /e2e/… comes from e2e/pages first, then from dist/ without the prefix.
    const candidates = [];
    if (path === "/e2e" || path.startsWith("/e2e/")) {
      const rest = path.slice("/e2e".length) || "/";
      candidates.push(inside(PAGES, rest), inside(base, rest));
    } else {
      candidates.push(inside(base, path));
    }
    if (candidates.every((file) => file === null)) {
      response.writeHead(403).end();
      return;
    }
    for (const candidate of candidates) {
      const found = candidate && (await load(candidate));
      if (!found) continue;
      const br = brotli && COMPRESSIBLE.has(extname(found.file)) && /\bbr\b/.test(request.headers["accept-encoding"] ?? "");
      response.writeHead(200, {
        "content-type": TYPES[extname(found.file)] ?? "application/octet-stream",
        ...(br ? { "content-encoding": "br", vary: "accept-encoding" } : {}),
        ...(route?.headers ?? {}),
      });
      response.end(br ? encode(found.file, found.body) : found.body);
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });

  // Tracked so that close() can end requests that never finish (/hang) and
  // idle keep-alive connections, instead of waiting for them forever.
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      const close = () =>
        new Promise((closed) => {
          server.close(() => closed());
          for (const socket of sockets) socket.destroy();
        });
      done({ url: `http://127.0.0.1:${port}`, close });
    });
  });
}

// `node e2e/server.mjs [dir] [port]` serves a directory until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? "dist", { port: Number(process.argv[3] ?? 8080) });
  console.log(`serving ${process.argv[2] ?? "dist"} at ${url} (test pages under ${url}/e2e/)`);
}
