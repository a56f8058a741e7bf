import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";
import { parseCsv } from "../support/csv";

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
  await page.getByRole("combobox", { name: "Add a distro" }).fill("Flatcar");
  await page.getByRole("option", { name: /Flatcar Container Linux/ }).click();
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
  const response = await openCompare(
    page,
    "/compare?distros=%3Cscript%3E,nope&base=zzz&diff=maybe&groups=Hacked&kind=desktop&pm=perhaps&collapsed=%00&q=" + "x".repeat(300),
  );
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

async function save(page: Page, label: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Export ${label}` }).click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, "utf8") };
}

test("the exports hold the rows on screen with their sources, the baseline and a link back to the view", async ({ page, baseURL }) => {
  const view = "/compare?distros=bottlerocket,amazon-linux-2023&base=amazon-linux-2023&groups=Security,Update%20model&diff=1";
  await openCompare(page, view);
  const rows = await rowKeys(page);
  const labels = await page
    .locator("tbody tr[data-row] th[scope=row]")
    .evaluateAll((ths) => ths.map((t) => (t.querySelector(".font-medium")?.textContent ?? "").trim()));

  const csv = await save(page, "CSV");
  expect(csv.name).toMatch(/^distro-atlas-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const records = parseCsv(csv.text);
  expect(records[0]).toEqual([
    "Group",
    "Attribute",
    "Across distros",
    "Bottlerocket",
    "Bottlerocket sources",
    "Amazon Linux 2023 (baseline)",
    "Amazon Linux 2023 sources",
  ]);
  const body = records.slice(1).filter((r) => r[0] !== "About this export");
  expect(body.map((r) => r[1])).toEqual(labels);
  expect(csv.text).toContain("better than baseline");
  // Every value names the pages it rests on.
  for (const r of body) for (const sources of [r[4], r[6]]) expect(sources, `${r[1]} sources`).toMatch(/https:\/\//);
  const about = Object.fromEntries(records.filter((r) => r[0] === "About this export").map((r) => [r[1], r[2]]));
  expect(about.Baseline).toBe("Amazon Linux 2023");
  expect(about["Open this view"]).toBe(`${baseURL}${view}`);
  expect(csv.text).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);

  const json = JSON.parse((await save(page, "JSON")).text);
  expect(json.rows.map((r: { key: string }) => r.key)).toEqual(rows);
  expect(json.viewUrl).toBe(`${baseURL}${view}`);
  type Position = { sources: { url: string | null; title: string }[] };
  const positions: Position[] = json.rows.flatMap((r: { cells: Record<string, { positions: Position[] }> }) =>
    Object.values(r.cells).flatMap((c) => c.positions),
  );
  expect(positions.filter((p) => p.sources.length > 0).length).toBeGreaterThan(positions.length / 2);

  const md = (await save(page, "Markdown")).text;
  expect(md).toContain("| Group | Attribute | Across distros | Bottlerocket | Amazon Linux 2023 (baseline) |");
  expect(md).toContain("Baseline: Amazon Linux 2023.");
  expect(md).toContain(`Open this view in Distro Atlas: <${baseURL}${view}>`);
  expect(md).toMatch(/^## Sources$/m);
  expect(md).toMatch(/^1\. \[[^\]]+\]\(https:\/\/[^)]+\)/m);
  expect(md).toMatch(/; sources? \d+/);

  // The link in the file opens the same view.
  const other = await page.context().newPage();
  await openCompare(other, about["Open this view"]!);
  expect(await rowKeys(other)).toEqual(rows);
  await expect(other.getByLabel("Baseline (what we run today)")).toHaveValue("amazon-linux-2023");
});

test("the Markdown export of every group carries no HTML entities", async ({ page }) => {
  await openCompare(page, "/compare");
  const md = (await save(page, "Markdown")).text;
  expect(md).toContain("| Packages & extension |");
  expect(md).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
});

test("unknown values are neutral: no verdict against an unknown baseline, and rows unknown everywhere say so", async ({ page }) => {
  // Amazon Linux 2's WSL availability is not stated; Azure Linux 4.0 and Ubuntu state theirs.
  await openCompare(page, "/compare?distros=amazon-linux-2,azure-linux-4,ubuntu-lts&base=amazon-linux-2");
  const wsl = page.locator('tr[data-row="wsl"]');
  await expect(wsl.locator("[data-verdict=no-baseline]")).toHaveCount(2);
  await expect(wsl.locator("[data-verdict=worse], [data-verdict=better], [data-verdict=different]")).toHaveCount(0);
  await expect(wsl.getByRole("button", { name: /Ubuntu.*WSL/ })).toContainText("no baseline");

  // No source states a CPU baseline for either container host: the row is its own state, and only-differences keeps it, labelled.
  await openCompare(page, "/compare?distros=bottlerocket,container-optimized-os&base=bottlerocket&diff=1");
  const cpu = page.locator('tr[data-row="cpu-baseline"]');
  await expect(cpu.getByRole("rowheader")).toContainText("unknown everywhere");
  await expect(page.locator('tr[data-row="package-manager"]')).toHaveCount(0);
  // COS's FIPS status is not stated: not compared, never painted worse.
  const fips = page.locator('tr[data-row="fips"]');
  await expect(fips.getByRole("button", { name: /Container-Optimized OS/ }).locator("[data-verdict]")).toHaveAttribute("data-verdict", "unknown");
  await expect(page.locator("[data-verdict=worse]").filter({ has: page.locator("xpath=ancestor::button[contains(., 'Not stated')]") })).toHaveCount(0);
  const unknownCells = page.getByRole("button", { name: /Not stated/ });
  for (const cell of await unknownCells.all()) await expect(cell.locator("[data-verdict=worse], [data-verdict=better]")).toHaveCount(0);
});

test("adding a distro: ArrowDown only moves the highlight, Enter adds, typing filters, Escape closes", async ({ page }) => {
  await openCompare(page, "/compare");
  const box = page.getByRole("combobox", { name: "Add a distro" });
  await box.focus();
  await box.press("ArrowDown");
  const list = page.getByRole("listbox");
  await expect(list).toBeVisible();
  const highlighted = async () => {
    const id = await box.getAttribute("aria-activedescendant");
    return id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? "") : "";
  };
  await expect.poll(highlighted).not.toBe("");
  const first = await highlighted();
  await box.press("ArrowDown");
  await box.press("ArrowDown");
  await expect.poll(highlighted).not.toBe(first);
  expect((await columnNames(page)).length).toBe(5);
  await expect(page).not.toHaveURL(/distros=/);
  await box.press("Escape");
  await expect(list).toBeHidden();
  expect((await columnNames(page)).length).toBe(5);

  await box.fill("flat");
  await expect(list.getByRole("option")).toHaveText([/Flatcar Container Linux/]);
  await box.press("ArrowDown");
  const chosen = (await highlighted()).split("·")[0]!.trim();
  expect(chosen).toBe("Flatcar Container Linux");
  await box.press("Enter");
  await expect.poll(() => columnNames(page)).toContain("Flatcar Container Linux");
  expect((await columnNames(page)).length).toBe(6);
  await expect(page).toHaveURL(/distros=[^&]*flatcar/);
  await expect(box).toHaveValue("");
  await expect(box).toBeFocused();
  await expect(list).toBeHidden();
  // A distro already shown is no longer offered.
  await box.fill("flat");
  await expect(page.getByRole("listbox").getByRole("option")).toHaveCount(0);
  await box.fill("ubuntu");
  await expect(list.getByRole("option")).toHaveText([/Ubuntu LTS/]);
  await list.getByRole("option", { name: /Ubuntu LTS/ }).click();
  await expect.poll(() => columnNames(page)).toContain("Ubuntu LTS");
  await expect(list).toBeHidden();
});

test("the grid is one tab stop and arrow keys move between its cells", async ({ page }) => {
  await openCompare(page, "/compare?distros=amazon-linux-2023,bottlerocket,flatcar");
  const grid = page.getByRole("grid");
  await expect(grid.locator('.compare-cell[tabindex="0"]')).toHaveCount(1);
  const focused = () => page.evaluate(() => document.activeElement?.querySelector(".sr-only")?.textContent ?? document.activeElement?.textContent ?? "");
  // From the last control before the grid: the first group's heading, then the grid's one cell.
  await page.getByRole("button", { name: "Export Markdown" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^▾?\s*Lifecycle/ })).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await focused()).toMatch(/^Amazon Linux 2023, Release status/);
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toMatch(/^Bottlerocket, Release status/);
  await page.keyboard.press("ArrowDown");
  expect(await focused()).toMatch(/^Bottlerocket, Support lifecycle/);
  await page.keyboard.press("End");
  expect(await focused()).toMatch(/^Flatcar Container Linux, Support lifecycle/);
  await page.keyboard.press("ArrowRight"); // stops at the edge
  expect(await focused()).toMatch(/^Flatcar Container Linux, Support lifecycle/);
  await page.keyboard.press("Home");
  expect(await focused()).toMatch(/^Amazon Linux 2023, Support lifecycle/);
  await expect(grid.locator('.compare-cell[tabindex="0"]')).toHaveCount(1);
  // Tab leaves the grid; Shift+Tab comes back to the same cell.
  await page.keyboard.press("Tab");
  expect(await focused()).not.toMatch(/Support lifecycle/);
  await page.keyboard.press("Shift+Tab");
  expect(await focused()).toMatch(/^Amazon Linux 2023, Support lifecycle/);
  // Enter still opens the focused cell.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Amazon Linux 2023: Support lifecycle" })).toBeVisible();
});

test("printing keeps every attribute group, unclipped, with the header row on each page", async ({ page }) => {
  await openCompare(page, "/compare?base=amazon-linux-2023");
  const groups = await page.locator("tbody[data-group]").evaluateAll((bodies) => bodies.map((b) => b.getAttribute("data-group") ?? ""));
  expect(groups).toEqual(["Lifecycle", "Update model", "Packages & extension", "Security", "Platform & availability", "Origin"]);
  // For each group, a word that only its last row's values use: printed, it shows the group ran to its end.
  const samples = await page.locator("tbody[data-group]").evaluateAll((bodies) => {
    const words = (t: string): string[] => Array.from(t.matchAll(/[A-Za-z]{6,}/g), (m) => m[0]);
    const valuesOf = (el: Element) => [...el.querySelectorAll(".compare-cell > span:first-child")].map((s) => s.lastChild?.textContent ?? "");
    const elsewhere = (b: Element) =>
      new Set([...document.querySelectorAll("header, h1, p, thead, tbody[data-group]")].filter((x) => x !== b).flatMap((x) => words(x.textContent ?? "")));
    return bodies.map((b) => {
      const rows = b.querySelectorAll("tr[data-row]");
      const last = rows[rows.length - 1]!;
      const others = elsewhere(b);
      const own = words(valuesOf(last).join(" ")).filter(
        (w) =>
          !others.has(w) &&
          !words(
            [...b.querySelectorAll("tr[data-row]")]
              .filter((r) => r !== last)
              .map((r) => r.textContent)
              .join(" "),
          ).includes(w),
      );
      return { group: b.getAttribute("data-group") ?? "", last: last.getAttribute("data-row") ?? "", word: own[0] ?? "" };
    });
  });
  for (const s of samples) expect(s.word, `a word only the last row of ${s.group} uses`).not.toBe("");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const file = path.join(os.tmpdir(), `compare-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  const pageText = (n: number) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
  fs.rmSync(file);
  const all = texts.join(" ");
  for (const s of samples) {
    expect(all, `group heading ${s.group}`).toContain(s.group);
    expect(all, `"${s.word}" from the last row of ${s.group} (${s.last})`).toContain(s.word);
  }
  expect(all).toContain("Baseline: Amazon Linux 2023.");
  expect(all).not.toContain("Copy link to this view");
  // The table runs over several pages, and every page it is on starts with its header row.
  const tablePages = texts.filter((t) => groups.some((g) => t.includes(g)));
  expect(tablePages.length).toBeGreaterThan(1);
  for (const t of tablePages) for (const heading of ["Attribute", "Amazon Linux 2023", "Azure Linux 4.0", "Bottlerocket"]) expect(t).toContain(heading);
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

test("parts of the address /compare cannot use are named, not dropped silently", async ({ page }) => {
  await page.goto("/compare?distros=bottlerocket,nope&base=flatcar&groups=Security,Colour&zoom=2");
  const notice = page.getByTestId("ignored-params");
  await expect(notice).toContainText("no distro in the catalog is called “nope”");
  await expect(notice).toContainText("“groups=Colour” is not one of its choices");
  await expect(notice).toContainText("“zoom” is not a setting of this page");
  await expect(notice).toContainText("the baseline “flatcar” is not among the distros shown");
  await page.goto("/compare?distros=bottlerocket,flatcar&base=flatcar");
  await expect(page.getByTestId("ignored-params")).toHaveCount(0);
});
