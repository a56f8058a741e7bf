import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";
import { shippedCatalog } from "../support/shipped-catalog";

const catalog = shippedCatalog();
const ALL = catalog.distros.map((d) => d.name);
const FEATURED = catalog.distros.filter((d) => d.featured).map((d) => d.name);

test("the overview lists every catalog distro, the cloud vendors' current five first", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cloud Linux, compared with sources");
  const cards = page.getByTestId("distro-card");
  await expect(cards).toHaveCount(ALL.length);
  const names = await cards.getByRole("heading", { level: 3 }).allTextContents();
  expect([...names].sort()).toEqual([...ALL].sort());
  const featured = page.getByRole("region", { name: "Current OSes from Microsoft, AWS and Google" }).getByTestId("distro-card");
  await expect(featured).toHaveCount(FEATURED.length);
  for (const name of FEATURED) await expect(featured.getByRole("heading", { name })).toBeVisible();
});

test("each card shows package manager, update model and support end in text", async ({ page }) => {
  await page.goto("/");
  const al2023 = page.getByTestId("distro-card").filter({ hasText: "Amazon Linux 2023" });
  await expect(al2023).toContainText("Package manager");
  await expect(al2023).toContainText("dnf");
  await expect(al2023).toContainText("Update model");
  await expect(al2023).toContainText(/Maintenance: ends in .* \(30 Jun 2029\)/);
  const al2 = page.getByTestId("distro-card").filter({ has: page.getByRole("heading", { name: "Amazon Linux 2", exact: true }) });
  await expect(al2.locator("[data-support]")).toHaveText(/Ended/);
  await expect(al2).toContainText(/ended .* ago \(30 Jun 2026\)/);
});

test("the footer cites the catalog version the API reports", async ({ page, request }) => {
  const api = await (await request.get("/api/v1/distros")).json();
  await page.goto("/");
  await expect(page.getByTestId("catalog-version")).toHaveText(api.catalogVersion.hash);
});

test("navigation links only to pages that exist", async ({ page, request }) => {
  await page.goto("/");
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test("a card's name leads to the distro page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Bottlerocket" }).click();
  await expect(page).toHaveURL(/\/distros\/bottlerocket$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bottlerocket");
});

test("keyboard: the first Tab reaches the skip link, which moves to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("fits a phone screen without sideways scrolling, in light and dark", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  }
});
