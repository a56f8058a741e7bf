// `npm run bench:web`: Lighthouse 12.2.3 (its default mobile profile, with
// simulated throttling) on every page, in Debian's Chromium.
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath, startApp } from "./server";

const DIR = path.join("tests", ".tmp", "bench-web");
const PORT = 3310;

async function main(): Promise<void> {
  const app = await startApp(DIR, PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  try {
    const save = await fetch(`${app.base}/api/v1/reports`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ candidates: ["amazon-linux-2023", "bottlerocket"] }) });
    const { url: reportUrl } = (await save.json()) as { url: string };
    const pages = ["/", "/compare", "/lifecycle", "/update-models", "/package-managers", "/decide", "/sources", "/distros/amazon-linux-2023", new URL(reportUrl, app.base).pathname];
    // Lighthouse's CPU benchmark index: the same page scores lower on a slower or busier machine.
    console.log("| page | performance | accessibility | LCP ms | TBT ms | CLS | CPU index |\n|---|---|---|---|---|---|---|");
    for (const p of pages) {
      const result = await lighthouse(`${app.base}${p}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${p}`);
      const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      console.log(`| ${p} | ${score("performance")} | ${score("accessibility")} | ${Math.round(num("largest-contentful-paint"))} | ${Math.round(num("total-blocking-time"))} | ${num("cumulative-layout-shift").toFixed(3)} | ${Math.round(lhr.environment.benchmarkIndex)} |`);
    }
  } finally {
    await chrome.kill();
    app.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
