import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";
import { shippedCatalog } from "../support/shipped-catalog";

test("a disputed attribute shows each position with its own source", async ({ page }) => {
  await page.goto("/distros/azure-linux-4");
  const lifecycle = page.getByTestId("attr-support-lifecycle");
  await expect(lifecycle.locator("[data-status=disputed]").first()).toHaveText(/Disputed/);
  const positions = lifecycle.getByTestId("claim");
  await expect(positions).toHaveCount(2);
  await expect(positions.nth(0)).toContainText("Position 1 (preferred)");
  await expect(positions.nth(0).getByRole("link").first()).toHaveAttribute("href", /microsoft\.com/);
  await expect(positions.nth(1)).toContainText("Microsoft's Azure Linux Goes General-Purpose");
  await expect(positions.nth(1)).toContainText("groundy");
});

test("Azure Linux 4.0 keeps the press's two-year claim beside Microsoft's silence", async ({ page }) => {
  await page.goto("/distros/azure-linux-4");
  const lifecycle = page.getByTestId("attr-support-lifecycle");
  await expect(lifecycle.getByTestId("claim")).toHaveCount(2);
  await expect(lifecycle).toContainText(/two-year/i);
  await expect(lifecycle.getByTestId("claim").nth(0)).toContainText("Microsoft Learn");
});

test("every attribute group is present with statuses in text", async ({ page }) => {
  await page.goto("/distros/bottlerocket");
  for (const group of ["Lifecycle", "Update model", "Packages & extension", "Security", "Platform & availability", "Origin"]) {
    await expect(page.getByRole("heading", { level: 2, name: group })).toBeVisible();
  }
  await expect(page.getByTestId("attr-root-filesystem")).toContainText("Confirmed");
  await expect(page.getByTestId("attr-cpu-baseline")).toContainText("Unknown");
});

test("release cycles say how far away each end is", async ({ page }) => {
  await page.goto("/distros/rhel");
  const rows = page.getByTestId("release-row");
  // RHEL 7 is still covered by its paid Extended Life Cycle Support add-on.
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: "RHEL 7" })).toContainText("Extended Life Cycle Support (ELS) add-on");
  const rhel9 = rows.filter({ hasText: "RHEL 9" });
  await expect(rhel9).toContainText(/ends in .*\(31 May 2027\)/);
  await expect(rhel9).toContainText("Full Support");
  await expect(rhel9.locator("[data-support]")).toHaveText(/Supported/);
});

test("an ended cycle is marked ended in text", async ({ page }) => {
  await page.goto("/distros/container-optimized-os");
  const ended = page.getByTestId("release-row").filter({ hasText: "COS 69 LTS" });
  await expect(ended).toContainText(/ended .* ago/);
  await expect(ended.locator("[data-support]")).toHaveText(/Ended/);
});

test("lineage links lead to the related distro", async ({ page }) => {
  await page.goto("/distros/azure-container-linux");
  await page.getByRole("link", { name: "Flatcar Container Linux" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flatcar Container Linux");
  await expect(page.getByText("Derivatives")).toBeVisible();
});

for (const slug of ["azure-linux-4", "container-optimized-os"]) {
  test(`/distros/${slug} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(`/distros/${slug}`);
    await expectNoSeriousA11yViolations(page);
  });
}

test("an unknown distro gets the 404 page", async ({ page }) => {
  const response = await page.goto("/distros/windows-server");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("that distribution is not in the catalog")).toBeVisible();
  await page.getByRole("link", { name: "See every distribution in the catalog" }).click();
  await expect(page.getByTestId("distro-card")).toHaveCount(shippedCatalog().distros.length);
});
