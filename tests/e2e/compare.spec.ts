import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

const FIVE = ["Amazon Linux 2023", "Azure Container Linux", "Azure Linux 4.0", "Bottlerocket", "Container-Optimized OS"];

async function columnNames(page: Page): Promise<string[]> {
  const headers = page.getByTestId("compare-scroller").locator("thead th");
  const texts = await headers.allInnerTexts();
  return texts.slice(1).map((t) => t.split("\n")[0]!.trim());
}

/** Opens /compare and waits until the prerendered default view has given way to the address's view. */
async function openCompare(page: Page, url: string) {
  const response = await page.goto(url);
  await expect(page.locator("[aria-busy=false]").filter({ has: page.getByTestId("compare-summary") })).toBeVisible();
  return response;
}

async function rowKeys(page: Page): Promise<string[]> {
  return page.locator("tbody tr[data-row]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row") ?? ""));
}

test("defaults to the article's five, one per column, with grouped rows", async ({ page }) => {
  await openCompare(page, "/compare");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare");
  await expect(page.getByRole("button", { name: /Amazon Linux 2023, Package manager/ })).toBeVisible();
  expect((await columnNames(page)).sort()).toEqual([...FIVE].sort());
  for (const g of ["Lifecycle", "Update model", "Packages & extension", "Security", "Platform & availability", "Origin"]) {
    await expect(page.getByRole("button", { name: new RegExp(`^▾?\\s*${g.replace("&", "\\&")}`) })).toBeVisible();
  }
  await expect(page.getByRole("columnheader", { name: /Amazon Linux 2023/ })).toHaveAttribute("scope", "col");
  await expect(page.getByRole("rowheader", { name: /Package manager/ })).toHaveAttribute("scope", "row");
});

test("only differences hides rows where every distro agrees", async ({ page }) => {
  await openCompare(page, "/compare?distros=bottlerocket,container-optimized-os");
  const before = await rowKeys(page);
  expect(before).toContain("package-manager"); // both have none
  await page.getByLabel("Only differences").check();
  await expect(page.locator('tr[data-row="package-manager"]')).toHaveCount(0);
  const after = await rowKeys(page);
  expect(after.length).toBeLessThan(before.length);
  await expect(page).toHaveURL(/diff=1/);
  await expect(page.getByTestId("compare-summary")).toContainText("hidden by filters or because all agree");
});

test("a baseline makes every other cell say how it differs, in text", async ({ page }) => {
  await openCompare(page, "/compare?distros=amazon-linux-2,bottlerocket,amazon-linux-2023");
  await page.getByLabel("Baseline (what we run today)").selectOption("amazon-linux-2");
  await expect(page).toHaveURL(/base=amazon-linux-2(&|$)/);
  const rollbackRow = page.locator('tr[data-row="rollback"]');
  await expect(rollbackRow.locator("[data-verdict=baseline]")).toHaveCount(1);
  const rootFs = page.locator('tr[data-row="root-filesystem"]');
  await expect(rootFs.getByRole("button", { name: /Bottlerocket, Root filesystem/ })).toContainText("better");
  const support = page.locator('tr[data-row="support-end"]');
  await expect(support.getByRole("button", { name: /Amazon Linux 2023, Support ends/ })).toContainText("better");
  await expect(page.getByRole("columnheader", { name: /Amazon Linux 2\s*Baseline/ })).toBeVisible();
});

test("opening a disputed cell shows every position with its sources, by keyboard too", async ({ page }) => {
  await openCompare(page, "/compare");
  const cell = page.getByRole("button", { name: /Azure Linux 4.0, Support lifecycle/ });
  await cell.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Azure Linux 4.0: Support lifecycle" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("dialog-claim")).toHaveCount(2);
  await expect(dialog.getByTestId("dialog-claim").nth(0)).toContainText("Preferred position");
  await expect(dialog.getByRole("link", { name: /Microsoft Learn/ }).first()).toHaveAttribute("href", /learn\.microsoft\.com/);
  await expect(dialog).toContainText("groundy");
  // Each position quotes the words its source states it in.
  await expect(dialog.getByTestId("dialog-claim").nth(0).locator("blockquote").first()).toContainText("“");
  await expect(dialog.getByTestId("dialog-claim").nth(1).locator("blockquote").first()).toContainText("“");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
});

test("a cell whose sources cannot be loaded says so and loads them on a retry", async ({ page }) => {
  await openCompare(page, "/compare");
  // The dialog loads notes and sources from the catalog API; make that fail once.
  await page.route("**/api/v1/distros/bottlerocket", (route) => route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"down"}' }));
  await page.getByRole("button", { name: /Bottlerocket, Rollback/ }).click();
  const dialog = page.getByRole("dialog", { name: "Bottlerocket: Rollback" });
  await expect(dialog.getByRole("alert")).toContainText("answered 503");
  await expect(dialog.getByTestId("dialog-claim").first()).toBeVisible(); // the values are still there
  await page.unroute("**/api/v1/distros/bottlerocket");
  await dialog.getByRole("button", { name: "Try again" }).click();
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await expect(dialog.getByRole("list", { name: "Sources" }).first().getByRole("link").first()).toHaveAttribute("href", /^https:/);
});

test("the copied link reproduces the view exactly", async ({ page, context, browserName }) => {
  test.skip(browserName !== "chromium");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openCompare(page, "/compare");
  await page.getByRole("button", { name: "Remove Azure Container Linux" }).click();
  await page.getByLabel("Add a distro").selectOption("flatcar");
  await page.getByRole("button", { name: "Move Flatcar Container Linux left" }).click();
  await page.getByLabel("Baseline (what we run today)").selectOption("amazon-linux-2023");
  await page.getByLabel("Filter rows").fill("e");
  await page.getByLabel("Only differences").check();
  await page.getByRole("button", { name: /^Origin/ }).click();
  await page.getByRole("checkbox", { name: "Security" }).uncheck();
  await expect(page.getByRole("button", { name: /^Origin/ })).toHaveAttribute("aria-expanded", "false");
  const columns = await columnNames(page);
  const rows = await rowKeys(page);
  await page.getByRole("button", { name: "Copy link to this view" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const other = await context.newPage();
  await openCompare(other, link);
  await expect(other.getByRole("button", { name: /Amazon Linux 2023, Release status/ })).toBeVisible();
  expect(await columnNames(other)).toEqual(columns);
  expect(await rowKeys(other)).toEqual(rows);
  expect(columns[columns.length - 2]).toBe("Flatcar Container Linux");
  await expect(other.getByLabel("Only differences")).toBeChecked();
  await expect(other.getByLabel("Baseline (what we run today)")).toHaveValue("amazon-linux-2023");
  await expect(other.getByRole("checkbox", { name: "Security" })).not.toBeChecked();
  await expect(other.getByRole("button", { name: /^Origin/ })).toHaveAttribute("aria-expanded", "false");
});

test("tampered parameters fall back to defaults without breaking the page", async ({ page }) => {
  const response = await openCompare(page, "/compare?distros=%3Cscript%3E,nope&base=zzz&diff=maybe&groups=Hacked&kind=desktop&pm=perhaps&collapsed=%00&q=" + "x".repeat(300));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("button", { name: /Bottlerocket, Package manager/ })).toHaveCount(0); // query filters everything out…
  await expect(page.getByText("No row matches the filters")).toBeVisible();
  await page.getByLabel("Filter rows").fill("");
  await expect.poll(async () => (await columnNames(page)).sort()).toEqual([...FIVE].sort());
  await expect(page.getByLabel("Baseline (what we run today)")).toHaveValue("");
});

test("facet filters narrow the distros shown", async ({ page }) => {
  await openCompare(page, "/compare");
  await page.getByText("Filter distros by facet").click();
  await page.getByRole("radio", { name: "None" }).check();
  await expect.poll(async () => (await columnNames(page)).sort()).toEqual(["Azure Container Linux", "Bottlerocket", "Container-Optimized OS"]);
  await expect(page.getByTestId("compare-summary")).toContainText("hidden by facet filters");
  await expect(page).toHaveURL(/pm=no/);
});

test("the CSV export holds the rows on screen, with the date in its name", async ({ page }) => {
  await openCompare(page, "/compare?distros=bottlerocket,amazon-linux-2023&base=amazon-linux-2023&diff=1&groups=Security,Update%20model");

  const rows = await rowKeys(page);
  const labels = await page.locator("tbody tr[data-row] th[scope=row]").evaluateAll((ths) => ths.map((t) => (t.querySelector(".font-medium")?.textContent ?? "").trim()));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^distro-atlas-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("Group,Attribute,Bottlerocket,Amazon Linux 2023 (baseline)");
  expect(lines.length - 1).toBe(rows.length);
  expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(labels);
  expect(csv).toContain("better than baseline");

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  const doc = JSON.parse(fs.readFileSync((await json.path())!, "utf8"));
  expect(doc.rows.map((r: { key: string }) => r.key)).toEqual(rows);
  // Every position carries its sources, which the page loads from the catalog API for the export.
  type Position = { sources: { url: string | null; title: string }[] };
  const positions: Position[] = doc.rows.flatMap((r: { cells: Record<string, { positions: Position[] }> }) => Object.values(r.cells).flatMap((c) => c.positions));
  expect(positions.length).toBeGreaterThan(0);
  expect(positions.filter((p) => p.sources.length > 0).length).toBeGreaterThan(positions.length / 2);
  expect(positions.flatMap((p) => p.sources).every((s) => s.title.length > 0)).toBe(true);
  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export Markdown" }).click()]);
  expect(fs.readFileSync((await md.path())!, "utf8")).toContain("| Group | Attribute | Bottlerocket | Amazon Linux 2023 (baseline) |");
});

test("narrow screens scroll the table sideways with the attribute column pinned", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openCompare(page, "/compare");
  const scroller = page.getByTestId("compare-scroller");
  await expect(scroller.getByRole("button", { name: /Bottlerocket, Package manager/ })).toBeAttached();
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  await scroller.evaluate((el) => (el.scrollLeft = 400));
  const rowHeader = page.getByRole("rowheader", { name: /Package manager/ });
  const box = await rowHeader.boundingBox();
  const scrollerBox = await scroller.boundingBox();
  expect(Math.abs((box?.x ?? 0) - (scrollerBox?.x ?? 0))).toBeLessThan(3);
});

test("/compare has no serious accessibility violations", async ({ page }) => {
  await openCompare(page, "/compare?base=amazon-linux-2023&hl=1");
  await expect(page.getByRole("button", { name: /Amazon Linux 2023, Package manager/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
