import { expect, test, type APIRequestContext } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";

// Other specs save reports at the same time, so these tests find their own reports by title, never by count.
test.describe.configure({ timeout: 90_000 });

async function save(request: APIRequestContext, data: object): Promise<string> {
  const res = await request.post("/api/v1/reports", { data });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test("the saved decisions list the newest first, open each report, and lead back from it", async ({ page, request }) => {
  const stamp = Date.now();
  const older = `the ${stamp} build fleet`;
  const newer = `the ${stamp} edge fleet`;
  await save(request, { candidates: ["bottlerocket", "flatcar"], title: older });
  // Every candidate fails a hard requirement: no decision.
  await save(request, { candidates: ["bottlerocket", "container-optimized-os"], title: newer, requirements: { packageManager: true } });

  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Saved decisions" })).toBeVisible();
  await expect(page.getByTestId("report-count")).toHaveText(/^Showing (all \d+|1–20 of \d+) saved decisions, newest first\.$/);
  const rows = page.getByTestId("report-row");
  const undecided = rows.filter({ hasText: newer });
  const decided = rows.filter({ hasText: older });
  await expect(undecided).toContainText("No decision: no option meets the requirements");
  await expect(undecided).toContainText("Bottlerocket, Container-Optimized OS");
  await expect(decided.getByRole("cell").first()).toHaveText("Bottlerocket");
  await expect(decided).toContainText("Bottlerocket, Flatcar Container Linux");
  await expect(decided.locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC$/);
  // Newest first: the report saved second is listed above the first.
  const titles = await rows.getByRole("link").allTextContents();
  expect(titles.indexOf(`No candidate meets the requirements for ${newer}`)).toBeLessThan(titles.indexOf(`Use Bottlerocket for ${older}`));
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("saved-decisions.png"), fullPage: true });

  await rows.getByRole("link", { name: `Use Bottlerocket for ${older}` }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Use Bottlerocket for ${older}`);
  await page.getByRole("link", { name: "All saved decisions" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Saved decisions" })).toBeVisible();
});

test("more than a page of saved decisions: 'showing N of M', older pages, and a page past the end", async ({ page, request }) => {
  const stamp = Date.now();
  for (let i = 0; i < 21; i++) await save(request, { candidates: ["flatcar"], title: `the ${stamp} paging fleet ${i}` });
  await page.goto("/reports");
  const count = page.getByTestId("report-count");
  await expect(count).toHaveText(/^Showing 1–20 of \d+ saved decisions, newest first\.$/);
  const total = Number(/of (\d+)/.exec((await count.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThanOrEqual(21);
  await expect(page.getByTestId("report-row")).toHaveCount(20);
  const pages = Math.ceil(total / 20);
  await expect(page.getByRole("navigation", { name: "Pages of saved decisions" })).toContainText(`Page 1 of ${pages}`);

  await page.getByRole("link", { name: "Older decisions" }).click();
  await expect(page).toHaveURL(/\/reports\?page=2$/);
  await expect(count).toHaveText(/^Showing 21–\d+ of \d+ saved decisions, newest first\.$/);
  await expect(page.getByRole("link", { name: "Newer decisions" })).toBeVisible();
  // The oldest of this test's reports is on page 2 or later; the newest on page 1.
  await page.goto("/reports?page=1");
  await expect(page.getByRole("link", { name: `Use Flatcar Container Linux for the ${stamp} paging fleet 20` })).toBeVisible();

  await page.goto("/reports?page=999");
  await expect(count).toContainText("There is no page 999");
  await page.getByRole("link", { name: "See the newest decisions" }).click();
  await expect(page.getByTestId("report-row").first()).toBeVisible();
  // An unreadable page number shows the first page.
  await page.goto("/reports?page=abc");
  await expect(count).toHaveText(/^Showing 1–20 of/);
});

test.describe("not-found pages say what is missing and offer the way back", () => {
  test("an unknown report", async ({ page }) => {
    const res = await page.goto("/reports/00000000-0000-4000-8000-000000000000");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report not found");
    await expect(page.getByText("No saved decision report has this address.")).toBeVisible();
    await expect(page.getByText("distribution")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Make a new decision in the decision builder" })).toHaveAttribute("href", "/decide");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: test.info().outputPath("report-not-found.png") });
    await page.getByRole("link", { name: "See the saved decisions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Saved decisions" })).toBeVisible();
  });

  test("an unknown distribution", async ({ page }) => {
    const res = await page.goto("/distros/windows-server");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByText("If it named a distribution, that distribution is not in the catalog")).toBeVisible();
    await page.getByRole("link", { name: "See every distribution in the catalog" }).click();
    await expect(page.getByTestId("distro-card").first()).toBeVisible();
  });

  test("an unknown page", async ({ page }) => {
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByText("There is no page at this address.")).toBeVisible();
    await expect(page.getByRole("link", { name: "See every distribution in the catalog" })).toHaveAttribute("href", "/");
    await expect(page.getByRole("link", { name: "See the saved decisions" })).toHaveAttribute("href", "/reports");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: test.info().outputPath("page-not-found.png") });
    await page.getByRole("link", { name: "Open the decision builder" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Decide" })).toBeVisible();
  });
});
