import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";
import { watchCsp } from "../support/csp-watch";

const REFERENCE = '[data-testid="api-reference"]';

test("the footer leads to the API reference, which lists the operations and schemas under the CSP", async ({ page, baseURL }) => {
  const violations = await watchCsp(page);
  const elsewhere: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("data:") && new URL(r.url()).origin !== new URL(baseURL!).origin) elsewhere.push(r.url());
  });
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page).toHaveTitle(/^API reference/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Distro Atlas API/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^GET \/api\/v1\/distros\s*List distros$/ })).toBeVisible();
  const save = page.getByRole("button", { name: /^POST \/api\/v1\/reports\s*Compute a decision from the catalog and store it as a report$/ });
  await expect(save).toBeVisible();
  // An operation opens to its request body and answers.
  await save.click();
  await expect(page.locator(".opblock-post").getByRole("heading", { name: /^Request body/ })).toBeVisible();
  await expect(page.locator(".opblock-post").getByText("Stored; Location names the report's page")).toBeVisible();
  // Saving is described, never sent from here.
  await expect(page.locator(".opblock-post").getByRole("button", { name: "Try it out" })).toHaveCount(0);
  await expect(page.locator(REFERENCE).getByRole("button", { name: /^DistroListResponse/ })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test("a read can be tried from the API reference and answers from this site", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/docs/api");
  await page.getByRole("button", { name: /^GET \/api\/v1\/attributes/ }).click();
  const op = page.locator(".opblock-get").filter({ has: page.locator('[data-path="/api/v1/attributes"]') });
  await op.getByRole("button", { name: "Try it out" }).click();
  await op.getByRole("button", { name: "Execute" }).click();
  await expect(op.locator(".live-responses-table tbody .response-col_status").first()).toHaveText("200");
  await expect(op.locator(".live-responses-table")).toContainText("catalogVersion");
  expect(violations).toEqual([]);
});

test("the API reference has no serious accessibility violations, closed or with operations open", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("button", { name: /^GET \/api\/v1\/distros\s*List distros$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // An open operation adds its parameters, request body example, answers with their headers, and schemas.
  await page.getByRole("button", { name: /^POST \/api\/v1\/reports/ }).click();
  await page.getByRole("button", { name: /^GET \/api\/v1\/distros\/\{slug\}/ }).click();
  await expect(page.locator(".opblock-post").getByText("Stored; Location names the report's page")).toBeVisible();
  await expect(page.locator(".opblock-get").getByText("The full record")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
