import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "./fixtures";
import { expectNoSeriousA11yViolations } from "./a11y";
import { EARLIER } from "../support/history";

// The server's database kept an earlier catalog version (tests/support/seed-history.ts):
// Amazon Linux 2023's maintenance end was 30 Jun 2028 and its Secure Boot support not yet
// stated, Flatcar's newest Stable major was not out, and two reports were saved on it.

test("/changes lists what moved since the earlier version, with both dates and a filter by distro", async ({ page }) => {
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
  await expect(page.getByTestId("tracking-since")).toContainText("Catalog versions kept since 2 Nov 2026 (2 versions)");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/changes\.atom$/);
  const moved = page.getByTestId("change").filter({ hasText: "Amazon Linux 2023: end of Maintenance moved from 30 Jun 2028 to 30 Jun 2029" });
  await expect(moved).toHaveCount(1);
  await expect(moved).toContainText("End date moved");
  await expect(moved).toContainText(/Was:\s*Maintenance: 30 Jun 2028\s*since 2 Nov 2026/);
  await expect(moved).toContainText(/Now:\s*Maintenance: 30 Jun 2029\s*since \d{1,2} \w{3} 20\d\d/);
  await expect(page.getByTestId("change").filter({ hasText: "Flatcar Container Linux Stable 4593 (current Stable major) added" })).toHaveCount(1);
  // Earlier positions vendors replaced are listed under the date of the vendor's statement.
  await expect(page.getByTestId("change").filter({ hasText: "Amazon Linux 2: Support lifecycle revised" }).first()).toContainText(
    "Vendor's statement of Dec 2024",
  );

  await page.getByLabel("Distro").selectOption("amazon-linux-2023");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/changes\?distro=amazon-linux-2023&kind=$/);
  await expect(page.getByTestId("change-count")).toContainText("for Amazon Linux 2023");
  await expect(page.getByTestId("change").filter({ hasText: "Flatcar" })).toHaveCount(0);
  await expect(page.getByTestId("feed-link")).toHaveAttribute("href", "/distros/amazon-linux-2023/changes.atom");
  await expectNoSeriousA11yViolations(page);
});

test("/changes filters by kind and says which parts of a link it ignored", async ({ page }) => {
  await page.goto("/changes?kind=release-added&colour=red");
  await expect(page.getByTestId("ignored-params")).toContainText("“colour” is not a setting of this page");
  const kinds = await page.getByTestId("change").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-kind")))]);
  expect(kinds).toEqual(["release-added"]);
  await page.goto("/changes?distro=nope");
  await expect(page.getByTestId("ignored-params")).toContainText("“distro=nope” is not one of its choices");
});

test("the distro page shows beside a claim when it changed and what it was, and advertises its feed", async ({ page }) => {
  await page.goto("/distros/amazon-linux-2023");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/distros\/amazon-linux-2023\/changes\.atom$/);
  const secureBoot = page.getByTestId("attr-secure-boot");
  await expect(secureBoot.getByTestId("claim-change")).toHaveText(/^Changed on \d{1,2} \w{3} 20\d\d; was: Not stated \(unknown\), recorded since 2 Nov 2026$/);
  const section = page.getByRole("region", { name: "What changed" });
  await expect(section.getByTestId("change").filter({ hasText: "end of Maintenance moved from 30 Jun 2028 to 30 Jun 2029" })).toHaveCount(1);
  await expect(section.getByRole("link", { name: "Subscribe (Atom feed)" })).toHaveAttribute("href", "/distros/amazon-linux-2023/changes.atom");
});

test("the change list API answers per distro with both dates; bad input is a 4xx", async ({ request }) => {
  const res = await request.get("/api/v1/changes?distro=amazon-linux-2023");
  expect(res.status()).toBe(200);
  expect(res.headers()["etag"]).toBeTruthy();
  const body = (await res.json()) as {
    versions: { loadedAt: string }[];
    changes: {
      kind: string;
      distro: string;
      before: { display: string; since: string } | null;
      after: { display: string; since: string } | null;
      sources: unknown[];
    }[];
  };
  expect(body.versions[0]?.loadedAt).toBe(EARLIER.loadedAt);
  expect(body.changes.every((c) => c.distro === "amazon-linux-2023")).toBe(true);
  const moved = body.changes.find((c) => c.kind === "end-moved");
  expect(moved?.before).toMatchObject({ display: "Maintenance: 30 Jun 2028", since: EARLIER.loadedAt });
  expect(moved?.after?.display).toBe("Maintenance: 30 Jun 2029");
  expect(moved?.after?.since).toBe(body.versions.at(-1)?.loadedAt);
  expect(moved?.sources.length).toBeGreaterThan(0);
  expect((await request.get("/api/v1/changes?distro=nope")).status()).toBe(404);
  const unknown = await request.get("/api/v1/changes?since=2026");
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({ error: 'Invalid query: unknown parameter "since"' });
});

test("site-wide and per-distro Atom feeds parse as Atom and answer 304 when unchanged", async ({ request }) => {
  const all = await request.get("/changes.atom");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await all.text()).toJSON();
  expect(feed.meta.type).toBe("atom");
  expect(feed.title).toBe("Distro Atlas: catalog changes");
  expect(feed.items.some((i) => i.title === "Amazon Linux 2023: end of Maintenance moved from 30 Jun 2028 to 30 Jun 2029")).toBe(true);
  expect(feed.items.some((i) => i.url?.endsWith("/distros/flatcar#changes"))).toBe(true);

  const one = await request.get("/distros/flatcar/changes.atom");
  const flatcar = parseFeed(await one.text()).toJSON();
  expect(flatcar.title).toBe("Distro Atlas: Flatcar Container Linux changes");
  expect(flatcar.items.length).toBeGreaterThan(0);
  expect(flatcar.items.every((i) => i.url?.endsWith("/distros/flatcar#changes"))).toBe(true);
  const again = await request.get("/distros/flatcar/changes.atom", { headers: { "if-none-match": one.headers()["etag"] ?? "" } });
  expect(again.status()).toBe(304);

  expect((await request.get("/distros/nope/changes.atom")).status()).toBe(404);
  expect((await request.get("/changes.atom?x=1")).status()).toBe(400);
});

test("a report saved before the catalog changed says so, lists what changed and ranks the inputs again", async ({ page }) => {
  await page.goto(`/reports/${EARLIER.storedId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(EARLIER.reportSubject);
  const notice = page.getByTestId("stale-notice");
  await expect(notice.getByRole("heading", { name: "The catalog changed since this decision" })).toBeVisible();
  await expect(notice).toContainText("This decision was computed on the catalog of 2 Nov 2026");
  const ranking = notice.getByTestId("recomputed-ranking");
  await expect(ranking.getByRole("columnheader", { name: "When decided (2026-11-02)" })).toBeVisible();
  await expect(ranking.getByRole("row")).toHaveCount(4);
  await expect(ranking.getByRole("row", { name: /Amazon Linux 2023/ })).toContainText(/\d\. \(\d+\.\d\)/);
  await expect(notice.getByTestId("change").filter({ hasText: "Secure Boot" })).toContainText("Not stated");
  await expect(notice.getByTestId("change").filter({ hasText: "end of Maintenance moved" })).toHaveCount(1);
  // Only the options' changes: Flatcar's new release is one, another distro's are not.
  await expect(notice.getByTestId("change").filter({ hasText: "Amazon Linux 2:" })).toHaveCount(0);
  await expect(notice.getByRole("link", { name: "Open these inputs in the decision builder" })).toHaveAttribute("href", /\/decide\?/);
  await expectNoSeriousA11yViolations(page);
});

test("a report saved as a full snapshot before versions were kept still opens", async ({ page, request }) => {
  await page.goto(`/reports/${EARLIER.legacyId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(EARLIER.legacySubject);
  await expect(page.getByTestId("stale-notice")).toBeVisible();
  const md = await request.get(`/api/v1/reports/${EARLIER.legacyId}/export?format=markdown`);
  expect(md.status()).toBe(200);
  expect(await md.text()).toContain(EARLIER.legacySubject);
});

test("/sources/review lists what is due by a date, with the claims resting on each source", async ({ page }) => {
  await page.goto("/sources/review");
  await expect(page.getByRole("heading", { level: 1, name: "Due for review" })).toBeVisible();
  await expect(page.getByTestId("no-sources-due")).toBeVisible();
  await page.getByLabel("Due by").fill("2027-12-31");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/by=2027-12-31/);
  const due = page.getByTestId("sources-due").getByTestId("source");
  await expect(due.first()).toContainText("Due for a re-read since");
  await expect(due.first().getByText(/^Supports \d+ entr/)).toBeVisible();
  await expect(page.getByTestId("distros-due")).toContainText("last reviewed");
  await page.goto("/sources/review?by=tomorrow");
  await expect(page.getByTestId("ignored-params")).toContainText("“by=tomorrow” is not a date");
});
