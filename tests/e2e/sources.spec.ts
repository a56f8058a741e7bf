import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";

test("/sources lists every source with its kind, dates and what it supports", async ({ page, request }) => {
  // Hundreds of sources: axe needs longer than on the other pages.
  test.setTimeout(180_000);
  const api = await (await request.get("/api/v1/sources")).json();
  await page.goto("/sources");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  await expect(page.getByTestId("source")).toHaveCount(api.sources.length);
  const article = page.getByTestId("source").filter({ hasText: "Microsoft's Azure Linux Goes General-Purpose" });
  await expect(article).toContainText("Press");
  await expect(article).toContainText("no web address known");
  await article.getByText(/Supports \d+ entries/).click();
  await expect(article.getByRole("link", { name: "Azure Linux 4.0" }).first()).toBeVisible();
  await expect(article).toContainText("Disputed");
  await expectNoSeriousA11yViolations(page);
});
