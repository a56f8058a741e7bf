import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "./fixtures";
import { watchCsp } from "../support/csp-watch";

// Runs against the second server (project "inert"), whose catalog
// (tests/fixtures/catalog-payloads) carries HTML, script and Markdown payloads.
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(1)</script>";
const MD = "[x](javascript:alert(1))";
const CSV = "=cmd|' /C calc'!A0";
const ALPHA = `Alpha ${IMG} Linux`;
const BETA = `${CSV} Beta`;
const BOTH = "distros=alpha-linux,beta-host";

async function expectInert(page: Page, url: string, literal: string[]): Promise<void> {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const violations = await watchCsp(page);
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  for (const text of literal) await expect(page.getByText(text, { exact: false }).first(), `${url}: "${text}" shown literally`).toBeVisible();
  expect(await page.locator('img[src="x"], img[onerror], svg[onload]').count(), `${url}: no element from a payload`).toBe(0);
  expect(await page.locator("script:not([src])").evaluateAll((s) => s.filter((e) => e.textContent?.trim().startsWith("alert(")).length)).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count(), `${url}: no javascript: link`).toBe(0);
  expect(dialogs, `${url}: no dialog`).toEqual([]);
  expect(violations, `${url}: nothing blocked either`).toEqual([]);
}

const PAGES: [string, string[]][] = [
  ["/", [ALPHA, BETA]],
  [`/compare?${BOTH}`, [ALPHA, BETA, `dnf ${SCRIPT} | pipe |`]],
  [`/lifecycle?${BOTH}`, [ALPHA]],
  [`/update-models?${BOTH}`, [ALPHA, BETA]],
  [`/package-managers?${BOTH}`, [ALPHA, `dnf ${SCRIPT} | pipe |`, `# heading none`]],
  [`/decide?${BOTH}`, [ALPHA, BETA]],
  ["/sources", [`Lifecycle ${IMG} ${MD}`, `${CSV} | pipe | ${SCRIPT}`]],
  ["/distros/alpha-linux", [ALPHA, SCRIPT, CSV, "# heading"]],
  ["/distros/beta-host", [BETA, IMG, `Rests on ${SCRIPT} and ${MD}.`]],
];

for (const [url, literal] of PAGES) {
  test(`payloads render as text on ${url}`, async ({ page }) => {
    await expectInert(page, url, literal);
  });
}

test("a /compare cell's dialog shows the notes and sources it loads as text", async ({ page }) => {
  await expectInert(page, `/compare?${BOTH}`, [BETA]);
  await page.getByRole("button", { name: /Beta, Package manager:/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(`Rests on ${SCRIPT} and ${MD}.`);
  await expect(dialog.getByRole("list", { name: "Sources" }).first()).toBeVisible();
  expect(await dialog.locator('img[src="x"], img[onerror], svg[onload], a[href^="javascript:" i]').count()).toBe(0);
});

test("the compare exports escape Markdown, neutralise CSV and stay valid JSON", async ({ page }) => {
  await page.goto(`/compare?${BOTH}`);
  const save = async (label: string) => {
    const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Export ${label}` }).click()]);
    return fs.readFileSync((await d.path())!, "utf8");
  };
  const csv = await save("CSV");
  expect(csv).not.toMatch(/(^|,|\r\n)"?=cmd/);
  expect(csv).toContain("'=cmd|");
  const json = JSON.parse(await save("JSON")) as unknown;
  expect(JSON.stringify(json)).toContain(ALPHA);
  // Notes reach the export from the catalog API, still as plain strings.
  expect(JSON.stringify(json)).toContain(JSON.stringify(`Rests on ${SCRIPT} and ${MD}.`).slice(1, -1));
  const md = await save("Markdown");
  expect(md).not.toContain(IMG);
  expect(md).not.toContain(SCRIPT);
  // Kept from forming by backslashes, not entities: the file reads as plain text too.
  expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
  expect(md).not.toMatch(/(^|[^\\])<img/);
  expect(md).not.toMatch(/\| pipe \|/);
  expect(md).not.toMatch(/(^|[^\\])\[x\]\(javascript:/);
});

test("a saved report's title and the catalog payloads are inert on its page and in every export", async ({ page, request }) => {
  const title = `the ${IMG} fleet ${MD} ${CSV}`;
  const saved = await request.post("/api/v1/reports", { data: { title, candidates: ["alpha-linux", "beta-host"], context: `# heading\n${SCRIPT} | pipe |` } });
  expect(saved.status()).toBe(201);
  const { id, url } = (await saved.json()) as { id: string; url: string };
  await expectInert(page, url, [title, ALPHA]);

  const get = async (format: string) => request.get(`/api/v1/reports/${id}/export?format=${format}`);
  const md = await (await get("markdown")).text();
  for (const raw of [IMG, SCRIPT, "| pipe |"]) expect(md).not.toContain(raw);
  expect(md).not.toMatch(/(^|[^\\])\[x\]\(javascript:/);
  expect(md).not.toMatch(/^# heading/m);
  const csv = await (await get("csv")).text();
  expect(csv).not.toMatch(/(^|,|\r\n)"?=cmd/);
  expect(csv).toContain("'=cmd|");
  const json = (await (await get("json")).json()) as { input?: { title?: string } };
  expect(JSON.stringify(json)).toContain(title);
  const pdf = await get("pdf");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-inert-")), "report.pdf");
  fs.writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain("Alpha <img src=x onerror=alert(1)> Linux");
});
