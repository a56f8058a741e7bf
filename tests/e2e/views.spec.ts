import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";

test("/update-models renders the matrix with sources and the chart grouped by model", async ({ page }) => {
  await page.goto("/update-models");
  const matrix = page.getByTestId("matrix");
  await expect(matrix.getByRole("columnheader")).toHaveCount(6);
  const rollback = page.getByTestId("matrix-row-rollback");
  await expect(rollback).toContainText("Automatic: if the new image fails to boot, the node reverts to the previous partition set");
  await expect(rollback).toContainText("Inferred");
  await expect(rollback.getByRole("link", { name: "Bottlerocket README" })).toHaveAttribute("href", /github\.com\/bottlerocket-os/);
  // The chart is drawn when its place scrolls into view.
  await page.getByRole("heading", { name: /^Distributions per / }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId("group-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("group-list")).toContainText("Image-based (A/B partitions) (2): Bottlerocket, Container-Optimized OS");
  await expectNoSeriousA11yViolations(page);
});

test("/package-managers renders the matrix, disputed positions and counts per package manager", async ({ page }) => {
  await page.goto("/package-managers?distros=amazon-linux-2023,flatcar,ubuntu-lts");
  const pm = page.getByTestId("matrix-row-package-manager");
  await expect(pm).toContainText("Position 1 (preferred)");
  await expect(pm).toContainText("yum (as one press comparison puts it)");
  await expect(page.getByTestId("matrix-row-extension-mechanism")).toContainText("systemd system extensions");
  // The chart is drawn when its place scrolls into view.
  await page.getByRole("heading", { name: /^Distributions per / }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId("group-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("group-list")).toContainText("dnf (1): Amazon Linux 2023 (disputed)");
  await expect(page.getByTestId("agent-notes")).toContainText("Inferred");
  await expectNoSeriousA11yViolations(page);
});

test("a chart below the fold is fetched and drawn only when scrolled to, in space kept for it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/update-models");
  await expect(page.getByTestId("matrix")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("group-chart")).toHaveCount(0);
  const heading = page.getByRole("heading", { name: /^Distributions per / });
  const listBefore = await page.getByTestId("group-list").boundingBox();
  await heading.scrollIntoViewIfNeeded();
  await expect(page.getByTestId("group-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  // What follows the chart did not move: its height was reserved.
  const listAfter = await page.getByTestId("group-list").boundingBox();
  expect(Math.round((listAfter?.y ?? 0) + (await page.evaluate(() => window.scrollY)))).toBe(Math.round(listBefore?.y ?? 0));
});
