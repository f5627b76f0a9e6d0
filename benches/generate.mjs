// Writes the synthetic benchmark articles into benches/generated/:
//   blocks-100.json, blocks-1000.json, blocks-10000.json
// Each is a native-format article (schema/article.schema.json) with a full
// header (section, dek, dates, hero, one author with bio, social links and
// stories), the given number of body blocks, 500 related cards (the limit)
// and 10 trending stories. The body is a deterministic mix, from a seeded
// generator, of paragraphs (plain, and with em/strong/nested/link/code/br
// runs), h2/h3 headings, quotes (some pull quotes, some attributed), ordered
// and unordered lists (some items with runs), inline stories and ads.
// Same sizes in, same bytes out: runs compare like with like.
//
//   node benches/generate.mjs [--blocks 100,1000,10000] [--related 500]
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const GENERATED = fileURLToPath(new URL("./generated/", import.meta.url));
export const DEFAULT_BLOCKS = [100, 1000, 10000];
export const DEFAULT_RELATED = 500;
/** The widget's document limit (src/model/limits.rs): stay under it. */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Original vocabulary about the project's fictional strait; no real text.
const WORDS = (
  "the strait harbour ferry council minister delegation shoal fishing quota agreement talks coastguard " +
  "vessel cargo insurers premiums grain exports port Halvard Carvela Lusk Estmark Gullhaven Corvin " +
  "negotiators officials week month spring autumn winter summer said would could should might agreed " +
  "proposal draft agenda line chart boats skipper cooperative season tide channel lighthouse pilot " +
  "survey map buoy anchorage quay crane dock freight timetable route passage narrows bank current " +
  "weather storm fog patrol navy frigate cutter collision incident review compensation ambassador " +
  "capital province election budget committee report evidence witness record statement spokesperson " +
  "and of in on to from with by for about over under between across after before during within " +
  "a an its their his her this that these those which who whose while when where because although"
).split(/\s+/);
const NAMES = ["Ines Varga", "Teodor Brenn", "Oriane Vasse", "Jonas Meerholt", "Anselm Corrigan", "Lorcan Desmet", "Maren Holt", "Piet Akkerman"];
const KICKERS = ["Analysis", "💣 Analysis", "🧭 Explainer", "Defence", "Diplomacy", "Long read", "Opinion", "📈 Markets"];
const IMAGES = ["card-map.svg", "card-ship.svg", "card-flags.svg", "card-city.svg", "card-compass.svg", "harbour.svg"];
/** Relative to benches/generated/<file>.json, as a publisher's relative URLs would be. */
const IMG = (name) => `../../fixtures/img/${name}`;

export function article(blocks, related = DEFAULT_RELATED, seed = 20261120 + blocks) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const words = (lo, hi) => {
    const n = int(lo, hi);
    const out = [];
    for (let i = 0; i < n; i++) out.push(pick(WORDS));
    return out.join(" ");
  };
  const sentence = (lo = 8, hi = 22) => {
    const s = words(lo, hi);
    return s[0].toUpperCase() + s.slice(1) + ".";
  };
  const sentences = (lo, hi) => Array.from({ length: int(lo, hi) }, () => sentence()).join(" ");
  let story = 0;
  const url = (kind) => `https://meridian-ledger.example/${kind}/2026/${String(int(1, 12)).padStart(2, "0")}/${String(int(1, 28)).padStart(2, "0")}/story-${++story}`;
  const date = () => `2026-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}T${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:00Z`;
  const image = (alt = "") => ({ src: IMG(pick(IMAGES)), alt, width: 640, height: 360 });
  const card = (kind, full) => {
    const c = { url: url(kind), headline: sentence(6, 14).slice(0, -1) };
    if (r() < 0.7) c.kicker = pick(KICKERS);
    if (full || r() < 0.5) c.image = image("");
    if (r() < 0.8) c.date = date();
    if (full && r() < 0.8) c.summary = sentence(12, 24);
    return c;
  };
  // Runs of formatted text: plain strings and em, strong (sometimes with em
  // nested), links, code and line breaks.
  const runs = () => {
    const out = [];
    const n = int(2, 6);
    for (let i = 0; i < n; i++) {
      out.push(sentence(5, 14) + " ");
      const k = r();
      if (k < 0.25) out.push({ type: "em", text: words(1, 4) });
      else if (k < 0.45) out.push({ type: "strong", content: [words(1, 3) + " ", { type: "em", text: words(1, 2) }] });
      else if (k < 0.7) out.push({ type: "link", href: url("news"), text: words(2, 6) });
      else if (k < 0.8) out.push({ type: "code", text: pick(WORDS) + "_" + int(1, 99) });
      else if (k < 0.85) out.push({ type: "br" });
      else out.push({ type: "strong", text: words(1, 3) });
      out.push(" ");
    }
    out.push(sentence(4, 10));
    return out;
  };
  const block = () => {
    const k = r();
    if (k < 0.3) return { type: "paragraph", text: sentences(2, 4) };
    if (k < 0.58) return { type: "paragraph", content: runs() };
    if (k < 0.66) return r() < 0.7 ? { type: "heading", level: 2, text: sentence(3, 8).slice(0, -1) } : { type: "heading", level: 3, text: sentence(3, 8).slice(0, -1) };
    if (k < 0.74) {
      const q = r() < 0.5 ? { type: "quote", text: sentences(1, 2) } : { type: "quote", content: runs().slice(0, 4) };
      if (r() < 0.7) q.attribution = `${pick(NAMES)}, ${words(2, 5)}`;
      if (r() < 0.3) q.pull = true;
      return q;
    }
    if (k < 0.84) {
      const items = Array.from({ length: int(3, 6) }, () => (r() < 0.7 ? sentence(5, 16) : [words(3, 8) + " ", { type: "em", text: words(1, 3) }, " " + words(2, 6)]));
      return { type: "list", ordered: r() < 0.5, items };
    }
    if (k < 0.92) return { type: "story", story: card("analysis", false) };
    return { type: "ad", size: r() < 0.6 ? "rectangle" : "banner" };
  };
  const author = NAMES[0];
  return {
    id: `bench-${blocks}`,
    url: `https://meridian-ledger.example/bench/${blocks}`,
    site: { name: "The Meridian Ledger", url: "https://meridian-ledger.example/" },
    section: "Benchmarks",
    headline: `A synthetic article of ${blocks.toLocaleString("en")} blocks about the Sable Strait`,
    dek: sentences(2, 2),
    published: "2026-11-20T08:30:00Z",
    updated: "2026-11-21T14:05:00Z",
    language: "en",
    hero: { src: IMG("hero.svg"), alt: "An oval conference table with empty chairs", width: 1200, height: 675, caption: sentence(), credit: "Illustration: The Meridian Ledger" },
    authors: [
      {
        name: author,
        role: "Transport correspondent",
        bio: sentences(3, 3),
        avatar: IMG("avatar.svg"),
        url: "https://meridian-ledger.example/authors/ines-varga",
        social: [
          { label: "Mastodon", url: "https://mastodon.example/@ivarga" },
          { label: "Email", url: "mailto:i.varga@meridian-ledger.example" },
        ],
        stories: Array.from({ length: 3 }, () => card("authors", false)),
      },
    ],
    body: Array.from({ length: blocks }, block),
    related: Array.from({ length: related }, () => card("related", true)),
    trending: Array.from({ length: 10 }, () => card("trending", false)),
  };
}

/** Writes every article; returns [{ blocks, file, bytes }]. */
export async function generate({ blocks = DEFAULT_BLOCKS, related = DEFAULT_RELATED } = {}) {
  await mkdir(GENERATED, { recursive: true });
  const out = [];
  for (const n of blocks) {
    const text = JSON.stringify(article(n, related));
    if (Buffer.byteLength(text) > MAX_INPUT_BYTES) throw new Error(`blocks-${n}.json is over the widget's 5 MiB limit`);
    const file = `${GENERATED}blocks-${n}.json`;
    await writeFile(file, text);
    out.push({ blocks: n, file, bytes: Buffer.byteLength(text) });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const blocks = arg("--blocks")?.split(",").map(Number) ?? DEFAULT_BLOCKS;
  const related = Number(arg("--related") ?? DEFAULT_RELATED);
  for (const { file, bytes } of await generate({ blocks, related })) console.log(`${file}  ${bytes.toLocaleString("en")} bytes`);
}
