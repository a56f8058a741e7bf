import { expect, test } from "@playwright/test";
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
  await expect(page.getByTestId("lifecycle-chart").getByText(/^Ubuntu 24\.04 LTS/).first()).toBeVisible();
  await expect(table.getByTestId("lifecycle-row").filter({ hasText: "RHEL 9" }).locator("[data-support]")).toHaveText(/Supported|Ends within 12 months|Ended/);
  await page.getByRole("link", { name: "Update models" }).click();
  await expect(page).toHaveURL(/\/update-models\?distros=rhel(,|%2C)ubuntu-lts/);
  await expect(page.getByTestId("matrix").getByRole("columnheader")).toHaveText(["Attribute", "Red Hat Enterprise Linux", "Ubuntu LTS"]);
});

test("\"show ended\" brings back ended cycles", async ({ page }) => {
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
