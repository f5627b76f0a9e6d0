// Type-checks the declarations as their users would (`node tests/types/check.mjs`,
// run by scripts/test.sh): a plain TypeScript page with article-widget.d.ts
// alone, then a React 19 app with article-widget.react.d.ts, must compile;
// the wrong usages must fail, each on its marked line with its marked error
// (`// expect TS2339`), and nothing else may fail. TypeScript and
// @types/react are pinned in package-lock.json.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(here, "..", "..", "node_modules", ".bin", "tsc");

/** tsc's diagnostics for a project, and whether it passed. */
function check(project) {
  try {
    execFileSync(tsc, ["-p", join(here, project), "--pretty", "false"], { cwd: here, encoding: "utf8" });
    return { ok: true, output: "" };
  } catch (error) {
    if (typeof error.status !== "number") throw error;
    return { ok: false, output: `${error.stdout}${error.stderr}` };
  }
}

let failed = false;
for (const project of ["tsconfig.json", "tsconfig.react.json"]) {
  const { ok, output } = check(project);
  console.log(`${ok ? "ok" : "FAIL"}  ${project} type-checks`);
  if (!ok) {
    console.log(output);
    failed = true;
  }
}

// "wrong.ts:6 TS2339" for each diagnostic tsc gives, and for each marked line.
const { ok, output } = check("tsconfig.wrong.json");
const reported = new Set(
  [...output.matchAll(/^(wrong\.tsx?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => `${file}:${line} ${code}`),
);
const expected = new Set();
for (const file of ["wrong.ts", "wrong.tsx"]) {
  readFileSync(join(here, file), "utf8").split("\n").forEach((text, i) => {
    for (const [, code] of text.matchAll(/expect (TS\d+)/g)) expected.add(`${file}:${i + 1} ${code}`);
  });
}
const missing = [...expected].filter((e) => !reported.has(e));
const unexpected = [...reported].filter((r) => !expected.has(r));
const wrongOk = !ok && expected.size > 0 && missing.length === 0 && unexpected.length === 0;
console.log(`${wrongOk ? "ok" : "FAIL"}  tsconfig.wrong.json fails with exactly the ${expected.size} marked errors`);
if (!wrongOk) {
  console.log({ passed: ok, missing, unexpected });
  console.log(output);
  failed = true;
}
process.exit(failed ? 1 : 0);
