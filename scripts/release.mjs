// `make release`: the files of one version in a folder named for it,
// release/article-widget@<version>/ (the version is Cargo.toml's), as a CDN
// serves them, with integrity.json (each file's SHA-384, as Subresource
// Integrity writes it), and prints the snippet that pins it.
//
//   node scripts/release.mjs [--base https://cdn.example.com/path] [--out release]
//
// Needs the release build in dist/ (scripts/release.sh). article-widget.js carries the hashes of
// the files it loads after itself (scripts/finish-dist.mjs), so pinning it
// pins them all.
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { RELEASE_FILES as FILES, option, root, version } from "./release-files.mjs";

const name = `article-widget@${version}`;
const folder = join(resolve(root, option("--out", "release")), name);
await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
const integrity = {};
for (const file of FILES) {
  const bytes = await readFile(join(root, "dist", file)).catch(() => {
    throw new Error(`dist/${file} is missing: run \`make release\` (scripts/release.sh) first`);
  });
  await copyFile(join(root, "dist", file), join(folder, file));
  integrity[file] = "sha384-" + createHash("sha384").update(bytes).digest("base64");
}
await writeFile(join(folder, "integrity.json"), JSON.stringify({ version, files: integrity }, null, 2) + "\n");

const base = option("--base", "https://cdn.example.com").replace(/\/$/, "");
console.log(`wrote ${folder} (${FILES.length} files and integrity.json)

Serve the folder as it is, with CORS (Access-Control-Allow-Origin) and
long-lived caching, at ${base}/${name}/, and embed:

<script type="module" src="${base}/${name}/article-widget.js"
        integrity="${integrity["article-widget.js"]}"
        crossorigin="anonymous"></script>
<article-widget src="/articles/example.json"></article-widget>`);
