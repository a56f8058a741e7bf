import { expect, test, type Page } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";

test("the default selection shows bars for the article's five, the today line and the table", async ({ page }) => {
  await page.goto("/lifecycle");
  await page.getByRole("heading", { name: "Timeline" }).scrollIntoViewIfNeeded();
  const chart = page.getByTestId("lifecycle-chart");
  await expect(chart).toBeVisible();
  for (const label of ["Amazon Linux 2023", "Bottlerocket 1.x", "COS 129 LTS"]) {
    await expect(chart.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(chart.locator(".recharts-bar-rectangle path").first()).toBeVisible();
  await expect(chart.getByText("Today", { exact: true })).toBeVisible();
  await expect(chart.getByText(/end not published/).first()).toBeVisible();
  const table = page.getByTestId("lifecycle-table");
  await expect(table.getByRole("rowheader", { name: /Amazon Linux 2023/ })).toBeVisible();
  await expect(table.getByTestId("lifecycle-row").filter({ hasText: "Azure Linux 4.0" })).toContainText("Release date not published");
  await expect(page.getByTestId("chart-notes")).toContainText("Azure Linux 4.0 (Azure Linux 4.0): release date not published");
  await expectNoSeriousA11yViolations(page);
});

test("choosing distros changes the chart and the table, and the URL carries the choice", async ({ page }) => {
  await page.goto("/lifecycle?distros=rhel");
  const table = page.getByTestId("lifecycle-table");
  await expect(table.getByTestId("lifecycle-row")).toHaveCount(4);
  await page.getByRole("checkbox", { name: /Ubuntu LTS/ }).check();
  await expect(page).toHaveURL(/distros=rhel(,|%2C)ubuntu-lts/);
  await page.getByRole("heading", { name: "Timeline" }).scrollIntoViewIfNeeded();
  await expect(
    page
      .getByTestId("lifecycle-chart")
      .getByText(/^Ubuntu 24\.04 LTS/)
      .first(),
  ).toBeVisible();
  await expect(table.getByTestId("lifecycle-row").filter({ hasText: "RHEL 9" }).locator("[data-support]")).toHaveText(/Supported|Ends within 12 months|Ended/);
  await page.getByRole("link", { name: "Update models" }).click();
  await expect(page).toHaveURL(/\/update-models\?distros=rhel(,|%2C)ubuntu-lts/);
  await expect(page.getByTestId("matrix").getByRole("columnheader")).toHaveText(["Attribute", "Red Hat Enterprise Linux", "Ubuntu LTS"]);
});

test('"show ended" brings back ended cycles', async ({ page }) => {
  await page.goto("/lifecycle?distros=container-optimized-os");
  const rows = page.getByTestId("lifecycle-table").getByTestId("lifecycle-row");
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await expect(rows.filter({ hasText: "COS 69 LTS" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: /Show ended/ }).check();
  const all = await rows.count();
  expect(before).toBeLessThan(all);
  await expect(rows.filter({ hasText: "COS 69 LTS" }).locator("[data-support]")).toHaveText(/Ended/);
  await expect(page).toHaveURL(/ended=true/);
});

test("the subscribe links match the selection", async ({ page }) => {
  await page.goto("/lifecycle?distros=rhel,flatcar");
  const webcal = page.getByTestId("subscribe-webcal");
  await expect(webcal).toHaveAttribute("href", /^webcal:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\.ics\?distros=rhel,flatcar$/);
  const href = await page.getByTestId("subscribe-download").getAttribute("href");
  expect(href).toBe("/api/v1/calendar.ics?distros=rhel,flatcar");
  const res = await page.request.get(href ?? "");
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain("SUMMARY:Red Hat Enterprise Linux RHEL 9: end of Maintenance Support");
});

test("effective support states the rule, its source and the dates that follow on each service", async ({ page }) => {
  await page.goto("/lifecycle?distros=bottlerocket,azure-container-linux");
  const section = page.getByTestId("effective-support");
  await expect(section).toContainText("aws-k8s-* variants follow the Amazon EKS support policy");
  await expect(section.getByRole("link", { name: /SECURITY_FEATURES/ })).toBeVisible();
  await expect(section.locator("blockquote").first()).toContainText("follows the Amazon EKS support policy");
  const windows = section.getByTestId("effective-windows");
  await expect(windows).toHaveCount(2);
  await expect(windows.first()).toContainText(/EKS 1\.\d+ \(.*\): standard support to \d{1,2} \w{3} \d{4}/);
  await expect(windows.nth(1)).toContainText(/AKS 1\.\d+/);
});

test("the window presets change the axis", async ({ page }) => {
  await page.goto("/lifecycle?distros=rhel&window=next-5-years");
  await page.getByRole("heading", { name: "Timeline" }).scrollIntoViewIfNeeded();
  const axis = page.getByTestId("lifecycle-chart");
  await expect(axis.getByText(String(new Date().getUTCFullYear() + 1), { exact: true })).toBeVisible();
  await expect(axis.getByText("2018", { exact: true })).toHaveCount(0);
  await page.getByRole("combobox", { name: "Time window" }).selectOption("2018-2036");
  await expect(axis.getByText("2018", { exact: true })).toBeVisible();
});

test("the three views fit a phone screen without sideways page scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/lifecycle", "/update-models", "/package-managers"]) {
    await page.goto(path);
    await expect(page.getByTestId("distro-picker")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});

// Issue 15: decisions that survive review.

/** The chart, scrolled into view so it loads (the heading after it, since the legend can push the chart below the fold on a phone). */
async function chartOf(page: Page) {
  await page.getByRole("heading", { name: "Release cycles" }).scrollIntoViewIfNeeded();
  const chart = page.getByTestId("lifecycle-chart");
  await expect(chart).toBeVisible();
  return chart;
}

const rowLabels = (page: Page) => page.getByTestId("lifecycle-table").getByRole("rowheader").locator("span[id]").allTextContents();

test("an end no source publishes is drawn open, fading out and labelled, and sorts last both ways", async ({ page }) => {
  await page.goto("/lifecycle?distros=container-optimized-os,bottlerocket");
  const chart = await chartOf(page);
  const open = chart.locator('[data-tier="standard"][data-open="true"]');
  await expect(open).toHaveCount(1);
  await expect(open.locator("g[mask]")).toHaveCount(1);
  await expect(open).toContainText("end not published");
  // Closed bars are solid: no fade.
  await expect(chart.locator('[data-tier="standard"]:not([data-open]) g[mask]')).toHaveCount(0);
  await expect(page.getByTestId("chart-legend")).toContainText("Fading out: end not published");
  const table = page.getByTestId("lifecycle-table");
  await expect(table.getByTestId("lifecycle-row").filter({ hasText: "Bottlerocket 1.x" })).toContainText("end not published");
  const standard = table.getByRole("button", { name: "Standard" });
  await standard.click();
  await expect(page).toHaveURL(/sort=standard/);
  let labels = await rowLabels(page);
  expect(labels.at(-1)).toBe("Bottlerocket 1.x");
  expect(labels[0]).toBe("COS 121 LTS");
  await standard.click();
  await expect(page).toHaveURL(/sort=-standard/);
  labels = await rowLabels(page);
  expect(labels.at(-1)).toBe("Bottlerocket 1.x");
  expect(labels[0]).toBe("COS 133 LTS");
});

test("paid tiers are hatched, labelled and explained on the chart, and marked paid in the table", async ({ page }) => {
  await page.goto("/lifecycle?distros=ubuntu-lts");
  const chart = await chartOf(page);
  // Ubuntu: standard security maintenance is free; ESM (Ubuntu Pro) and the Legacy add-on are paid.
  await expect(chart.locator('[data-tier="standard"][data-paid]')).toHaveCount(0);
  const paidEsm = chart.locator('[data-tier="maintenance"][data-paid="true"]');
  await expect(paidEsm).toHaveCount(7);
  await expect(paidEsm.first().locator('rect[fill^="url(#"]')).toHaveCount(1);
  await expect(paidEsm.first()).toContainText("paid");
  await expect(page.getByTestId("chart-legend")).toContainText("Hatched: paid (needs a subscription or add-on)");
  const row = page.getByTestId("lifecycle-table").getByTestId("lifecycle-row").filter({ hasText: "Ubuntu 24.04 LTS" });
  const cells = row.getByRole("cell");
  await expect(cells.nth(1)).not.toContainText("paid");
  await expect(cells.nth(2)).toContainText(/Expanded Security Maintenance \(Ubuntu Pro\)\s*paid/);
  await expect(cells.nth(3)).toContainText(/Legacy add-on\s*paid/);
  // Hover gives the vendor's tier names with the paid mark.
  await paidEsm.first().hover();
  await expect(page.locator(".recharts-tooltip-wrapper")).toContainText("(maintenance, paid)");
});

test("a selected cycle that has ended is never hidden, and says it has ended", async ({ page }) => {
  // Several page loads and the lazy chart: slow on a busy machine.
  test.slow();
  // Amazon Linux 2 has ended: choosing it still shows it, with ended cycles hidden.
  await page.goto("/lifecycle?distros=amazon-linux-2");
  const rows = page.getByTestId("lifecycle-table").getByTestId("lifecycle-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("[data-support]")).toHaveText(/Ended/);
  await expect(rows.first()).toContainText("Ended; shown because you selected Amazon Linux 2.");
  const chart = await chartOf(page);
  await expect(chart.getByText("Amazon Linux 2 (ended)")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Show ended/ })).not.toBeChecked();

  // A cycle the user keeps shown stays after "show ended" is turned off, and after a reload.
  await page.goto("/lifecycle?distros=container-optimized-os&ended=true");
  const cos69 = page.getByTestId("lifecycle-row").filter({ hasText: "COS 69 LTS" });
  await cos69.getByRole("button", { name: "Keep shown" }).click();
  await expect(cos69.getByRole("button", { name: "Keep shown" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/cycles=container-optimized-os(%2F|\/)cos-69/);
  await page.getByRole("checkbox", { name: /Show ended/ }).uncheck();
  await expect(page.getByTestId("lifecycle-row").filter({ hasText: "COS 73 LTS" })).toHaveCount(0);
  await expect(cos69).toContainText("Ended; shown because you selected it.");
  await expect(cos69.locator("[data-support]")).toHaveText(/Ended/);
  await expect(page.getByTestId("chart-notes")).toContainText("COS 69 LTS has ended; it is shown because you selected it.");
  await page.reload();
  await expect(cos69).toContainText("Ended; shown because you selected it.");
  await cos69.getByRole("button", { name: "Keep shown" }).click();
  await expect(cos69).toHaveCount(0);
});

test("the table sorts by its column buttons, with aria-sort, and the chart follows its order", async ({ page }) => {
  // Several page loads and the lazy chart: slow on a busy machine.
  test.slow();
  await page.goto("/lifecycle?distros=ubuntu-lts,rhel,bottlerocket");
  const table = page.getByTestId("lifecycle-table");
  await expect(table.locator("th[aria-sort]")).toHaveCount(0);
  const extended = table.getByRole("button", { name: "Extended" });
  await extended.click();
  const header = table.getByRole("columnheader", { name: "Extended" });
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("th[aria-sort]")).toHaveCount(1);
  let labels = await rowLabels(page);
  expect(labels.slice(0, 2)).toEqual(["Ubuntu 14.04 LTS (Trusty Tahr)", "RHEL 7"]);
  expect(labels.at(-1)).toBe("Bottlerocket 1.x");
  const chart = await chartOf(page);
  const ticks = chart.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect(ticks.first()).toHaveText(/^Ubuntu 14\.04/);
  await expect(ticks.last()).toHaveText("Bottlerocket 1.x");
  await expect(page.getByText("Rows follow the table's order: Extended, ascending.")).toBeVisible();

  await extended.click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=-extended/);
  labels = await rowLabels(page);
  expect(labels[0]).toBe("Ubuntu 26.04 LTS (Resolute Raccoon)");
  expect(labels.at(-1)).toBe("Bottlerocket 1.x");
  await expect(ticks.first()).toHaveText(/^Ubuntu 26\.04/);

  // A shared link reproduces the order; a third click returns to the catalog's order.
  await page.reload();
  await expect(table.getByRole("columnheader", { name: "Extended" })).toHaveAttribute("aria-sort", "descending");
  await table.getByRole("button", { name: "Extended" }).click();
  await expect(table.locator("th[aria-sort]")).toHaveCount(0);
  expect((await rowLabels(page))[0]).toBe("Ubuntu 26.04 LTS (Resolute Raccoon)");
  await expect(page).not.toHaveURL(/sort=/);

  await table.getByRole("button", { name: "Status" }).click();
  await expect(table.getByRole("columnheader", { name: "Status" })).toHaveAttribute("aria-sort", "ascending");
  expect((await rowLabels(page)).at(-1)).toBe("Bottlerocket 1.x");
  await chartOf(page);
  await expectNoSeriousA11yViolations(page);
});

test("the chart with paid, open and ended cycles passes the accessibility check and fits a phone", async ({ page }) => {
  // Several page loads and the lazy chart: slow on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/lifecycle?distros=ubuntu-lts,rhel,bottlerocket,amazon-linux-2&sort=-extended");
  const chart = await chartOf(page);
  await expect(chart.locator('[data-open="true"]')).toHaveCount(1);
  await expect(chart.locator('[data-paid="true"]').first()).toBeVisible();
  // The narrow label column drops the release's nickname ("Noble Numbat").
  await expect(chart.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").filter({ hasText: /^Ubuntu 24\.04\s*LTS$/ })).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousA11yViolations(page);
});

test("parts of the address /lifecycle cannot use are named, not dropped silently", async ({ page }) => {
  await page.goto("/lifecycle?distros=rhel,nope&window=forever&ended=maybe");
  const notice = page.getByTestId("ignored-params");
  await expect(notice).toContainText("no distro in the catalog is called “nope”");
  await expect(notice).toContainText("“window=forever” is not one of its choices");
  await expect(notice).toContainText("“ended=maybe” is not one of its choices");
});
