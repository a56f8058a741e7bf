import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

// These flows load the chart, save and render PDFs; give them room on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const firstRow = (page: Page) => page.getByTestId("ranking").locator("tbody tr").first();

test("requirements and weights change the ranking, and the state lives in the URL", async ({ page }) => {
  await page.goto("/decide");
  await expect(page.getByTestId("ranking").locator("tbody tr")).toHaveCount(5);
  await expect(firstRow(page)).toContainText("Bottlerocket");
  await expect(page.getByTestId("sensitivity")).toContainText("Margin between first and second");

  // Keyboard: the Update safety slider to 0.
  const slider = page.getByRole("slider", { name: "Update safety" });
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(slider).toHaveValue("0");
  await expect(firstRow(page)).toContainText("Amazon Linux 2023");
  await expect(page).toHaveURL(/weights=update-safety(%3A|:)0/);

  await page.getByLabel("Needs a package manager").check();
  await expect(page).toHaveURL(/require=package-manager/);
  const exclusions = page.getByTestId("exclusions");
  await expect(exclusions.locator("[data-slug=bottlerocket]")).toContainText("Needs a package manager — package-manager: none");
  await expect(page.getByTestId("ranking").locator("tbody tr")).toHaveCount(2);

  // The URL alone restores the state.
  await page.reload();
  await expect(page.getByLabel("Needs a package manager")).toBeChecked();
  await expect(page.getByRole("slider", { name: "Update safety" })).toHaveValue("0");
  await expectNoSeriousA11yViolations(page);
});

test("a tampered URL falls back to defaults instead of breaking the page", async ({ page }) => {
  await page.goto("/decide?distros=nope,,%3Cx%3E&weights=maturity:99,evil:3&require=cloud:mars,years:-1");
  await expect(page.getByTestId("ranking").locator("tbody tr")).toHaveCount(5);
  await expect(page.getByRole("slider", { name: "Maturity" })).toHaveValue("3");
});

test("save, open the report, and download every format", async ({ page }) => {
  await page.goto("/decide?distros=bottlerocket,flatcar,amazon-linux-2023&require=arm64");
  await page.getByLabel("What the decision is for").fill("the EKS node fleet <b>now</b>");
  await page.getByLabel("Decision-makers (comma-separated)").fill("Ana, Bo");
  await page.getByRole("button", { name: "Save report" }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Use Bottlerocket for the EKS node fleet <b>now</b>");
  await expect(page.getByTestId("report-catalog-version")).toHaveText(/^[0-9a-f]+$/);
  await expect(page.getByTestId("revisit")).toContainText("Revisit by");
  await expectNoSeriousA11yViolations(page);

  const download = async (name: RegExp) => {
    const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    const file = await d.path();
    return { name: d.suggestedFilename(), text: fs.readFileSync(file, "utf8"), file };
  };
  const md = await download(/Markdown/);
  expect(md.name).toBe("0001-use-bottlerocket.md");
  expect(md.text).toContain("status: proposed");
  expect(md.text).toContain('decision-makers: ["Ana","Bo"]');
  expect(md.text).toContain("# Use Bottlerocket for the EKS node fleet &lt;b&gt;now&lt;/b&gt;");
  expect(md.text).toMatch(/\*\*Revisit by \d{4}-\d{2}-\d{2}\*\*/);

  const csv = await download(/CSV/);
  expect(csv.name).toMatch(/^decision-\d{4}-\d{2}-\d{2}-use-bottlerocket\.csv$/);
  expect(csv.text.split("\r\n")[1]).toMatch(/^1,Bottlerocket,bottlerocket,/);

  const json = await download(/JSON/);
  expect(JSON.parse(json.text).result.winner).toBe("bottlerocket");

  const pdf = await download(/PDF \(A4\)/);
  expect(pdf.name).toMatch(/-a4\.pdf$/);
  const text = execFileSync("pdftotext", ["-layout", pdf.file, "-"]).toString();
  const revisit = /Revisit by (\d{4}-\d{2}-\d{2})/.exec(md.text)?.[1];
  for (const expected of ["Bottlerocket", "Flatcar", "Amazon Linux 2023", "https://", "accessed", `Revisit by ${revisit}`]) expect(text).toContain(expected);
  expect(execFileSync("pdfinfo", [pdf.file]).toString()).toMatch(/595\.28 x 841\.89/);
  const letter = await download(/PDF \(Letter\)/);
  expect(execFileSync("pdfinfo", [letter.file]).toString()).toMatch(/612 x 792/);
});

test("an unknown report id shows the not-found page", async ({ page }) => {
  const res = await page.goto("/reports/00000000-0000-4000-8000-000000000000");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Report not found" })).toBeVisible();
});
