// `npm run bench:web`: Lighthouse 12.2.3 (its default mobile profile, with
// simulated throttling) on every page, in Debian's Chromium.
//
// Lighthouse is not a dependency: `npm exec` fetches its CLI at the pinned
// version into npm's cache on first use, so `npm ci` does not install its
// ~100 MB dependency tree for everyone who never benchmarks.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromiumPath, startApp } from "./server";

const DIR = path.join("tests", ".tmp", "bench-web");
const PORT = 3310;
const LIGHTHOUSE = "lighthouse@12.2.3";
// No network beyond loopback, so a page is measured on its own bytes only.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"';

/** The parts of Lighthouse's JSON result (LHR) this script prints. */
type LighthouseResult = {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  environment: { benchmarkIndex: number };
};

/** One Lighthouse run on `url` (its own Chromium), parsed from the CLI's JSON on stdout. */
function lighthouse(url: string): Promise<LighthouseResult> {
  const args = [
    "exec",
    "--yes",
    `--package=${LIGHTHOUSE}`,
    "--",
    "lighthouse",
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility",
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  const child = spawn("npm", args, { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ["ignore", "pipe", "inherit"] });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse exited with ${code} on ${url}`));
      try {
        const lhr = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Partial<LighthouseResult>;
        if (!lhr.categories || !lhr.audits || !lhr.environment) throw new Error("not a Lighthouse result");
        resolve(lhr as LighthouseResult);
      } catch (err) {
        reject(new Error(`no Lighthouse result for ${url}: ${err instanceof Error ? err.message : String(err)}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const app = await startApp(DIR, PORT);
  try {
    const save = await fetch(`${app.base}/api/v1/reports`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ candidates: ["amazon-linux-2023", "bottlerocket"] }),
    });
    const { url: reportUrl } = (await save.json()) as { url: string };
    const pages = [
      "/",
      "/compare",
      "/lifecycle",
      "/update-models",
      "/package-managers",
      "/decide",
      "/sources",
      "/distros/amazon-linux-2023",
      new URL(reportUrl, app.base).pathname,
    ];
    // Lighthouse's CPU benchmark index: the same page scores lower on a slower or busier machine.
    console.log("| page | performance | accessibility | LCP ms | TBT ms | CLS | CPU index |\n|---|---|---|---|---|---|---|");
    for (const p of pages) {
      const lhr = await lighthouse(`${app.base}${p}`);
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      console.log(
        `| ${p} | ${score("performance")} | ${score("accessibility")} | ${Math.round(num("largest-contentful-paint"))} | ${Math.round(num("total-blocking-time"))} | ${num("cumulative-layout-shift").toFixed(3)} | ${Math.round(lhr.environment.benchmarkIndex)} |`,
      );
    }
  } finally {
    app.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
