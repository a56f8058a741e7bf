// `npm run bench`: builds the app on a synthetic 50 × 60 catalog (in its own
// folder and database), then measures in Chromium how long /compare takes to
// toggle only-differences and to change the baseline, and how much
// JavaScript each page loads first (gzipped). Figures go to the README.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { generateCatalog } from "./generate-catalog";
import { chromiumPath, startApp } from "./server";

const DIR = path.join("tests", ".tmp", "bench");
const PORT = 3290;
let BASE = "";
// Enough runs that the p95 is not simply the slowest run (with 15 it was).
const RUNS = 40;

/** Sum of the gzipped sizes of the scripts a page's HTML loads. */
async function firstLoadJs(pathname: string): Promise<number | null> {
  const res = await fetch(BASE + pathname);
  if (!res.ok) return null;
  const html = await res.text();
  // nomodule scripts are polyfills that modern browsers neither download nor run.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((t) => !/\bnoModule\b|\bnomodule\b/.test(t));
  const srcs = [...new Set(tags.map((t) => /src="([^"]+)"/.exec(t)?.[1]).filter((s): s is string => s !== undefined))];
  let total = 0;
  for (const src of srcs) total += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return total;
}

/** Runs an interaction in the page and times it until the DOM is updated and laid out. */
async function timeInteraction(page: Page, action: "diff" | "baseline", arg: string): Promise<number> {
  return page.evaluate(
    ([act, value]) => {
      const t0 = performance.now();
      if (act === "diff") {
        const box = [...document.querySelectorAll("label")].find((l) => l.textContent?.trim() === "Only differences")?.querySelector("input");
        box?.click();
      } else {
        const select = [...document.querySelectorAll("label")].find((l) => l.textContent?.includes("Baseline"))?.querySelector("select");
        if (select) {
          select.value = value;
          select.dispatchEvent(new Event("change", { bubbles: true }));
        }
      }
      void document.body.offsetHeight; // force style and layout
      return performance.now() - t0;
    },
    [action, arg] as const,
  );
}

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

async function main(): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  const catalogDir = path.join(DIR, "catalog");
  generateCatalog(catalogDir, 50, 60);
  const app = await startApp(DIR, PORT, { ATLAS_CATALOG_DIR: catalogDir, NEXT_DIST_DIR: ".next-bench" });
  BASE = app.base;
  try {
    const pages = ["/", "/compare", "/distros/bench-distro-0", "/sources", "/lifecycle", "/update-models", "/package-managers", "/decide"];
    const js: [string, number | null][] = [];
    for (const p of pages) js.push([p, await firstLoadJs(p)]);

    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const all = Array.from({ length: 50 }, (_, i) => `bench-distro-${i}`).join(",");
    await page.goto(`${BASE}/compare?distros=${all}`);
    // The prerendered page shows the default five distros; wait until the browser has hydrated it
    // and switched to the address's 50, or the first runs would time hydration instead.
    await page.locator('[aria-busy="false"] table[aria-colcount="51"]').waitFor();
    await page.getByRole("button", { name: /Bench Distro 0, Attribute 0/ }).waitFor();
    // The table renders only the rows and columns in view; the summary states the whole size.
    const summary = (await page.getByTestId("compare-summary").textContent()) ?? "";
    const rows = Number(/(\d+) rows ×/.exec(summary)?.[1] ?? NaN);
    const rendered = await page.locator("button.compare-cell").count();
    const diff: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      diff.push(await timeInteraction(page, "diff", ""));
      base.push(await timeInteraction(page, "baseline", `bench-distro-${(i * 7) % 50}`));
      await page.waitForTimeout(100);
    }
    await browser.close();

    const d = stats(diff);
    const b = stats(base);
    const kb = (n: number | null) => (n === null ? "n/a (page absent)" : `${(n / 1024).toFixed(1)} KB`);
    console.log(
      `\n/compare with 50 distros × ${rows} rows (${50 * rows} cells; ${rendered} rendered, the rest outside the scrolled view), ${RUNS} runs each, time until the DOM is updated and laid out:`,
    );
    console.log(`| interaction | median | p95 |\n|---|---|---|`);
    console.log(`| toggle only-differences | ${d.median.toFixed(1)} ms | ${d.p95.toFixed(1)} ms |`);
    console.log(`| change the baseline | ${b.median.toFixed(1)} ms | ${b.p95.toFixed(1)} ms |`);
    console.log(`\nFirst-load JavaScript (gzipped scripts in the page's HTML):\n| page | JS |\n|---|---|`);
    for (const [p, n] of js) console.log(`| ${p} | ${kb(n)} |`);
  } finally {
    app.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
