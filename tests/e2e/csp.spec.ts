import { expect, test } from "./fixtures";
import { watchCsp } from "../support/csp-watch";

// The CSP is enforced, so a blocked inline script would leave the page unhydrated:
// each test also checks that client-side interaction still works.

for (const path of ["/", "/sources", "/distros/bottlerocket", "/update-models", "/package-managers", "/no/such/page"]) {
  test(`${path} loads with no CSP violation`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test("/compare hydrates under the CSP: filters, baseline and a cell dialog work", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/compare");
  await page.getByLabel("Only differences").check();
  await expect(page).toHaveURL(/diff=1/);
  await page.getByLabel("Baseline (what we run today)").selectOption("bottlerocket");
  await expect(page).toHaveURL(/base=bottlerocket/);
  await page.getByRole("button", { name: /Azure Linux 4.0, Support lifecycle/ }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("link", { name: "Lifecycle" }).first().click();
  await page.getByRole("heading", { name: "Timeline" }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId("lifecycle-chart").locator(".recharts-bar-rectangle path").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("/lifecycle draws its Recharts chart, styled, under the CSP", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/lifecycle");
  await page.getByRole("heading", { name: "Timeline" }).scrollIntoViewIfNeeded();
  const bar = page.getByTestId("lifecycle-chart").locator(".recharts-bar-rectangle path").first();
  await expect(bar).toBeVisible();
  // Tailwind's stylesheet applied: the page body uses the sans font stack and the nav is laid out.
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe("flex");
  await page.getByRole("checkbox", { name: /Show ended/ }).check();
  await expect(page).toHaveURL(/ended|show/);
  expect(violations).toEqual([]);
});

test("/decide hydrates under the CSP, saves a report, and the report page loads clean", async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await watchCsp(page);
  await page.goto("/decide?distros=bottlerocket,flatcar");
  await page.getByLabel("What the decision is for").fill("CSP check");
  await page.getByRole("button", { name: "Save report" }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CSP check");
  await page.reload();
  await page.getByLabel("Score breakdown chart").scrollIntoViewIfNeeded();
  // The lazily loaded Recharts chunk drew the score chart: scripts ran under the policy.
  await expect(page.getByLabel("Score breakdown chart").locator(".recharts-surface").first()).toBeVisible({ timeout: 15_000 });
  expect(violations).toEqual([]);
});
