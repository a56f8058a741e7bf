import { expect, test, type APIRequestContext } from "./fixtures";
import type { DistroDetail, DistroSummary, SourceView } from "@/lib/validations/api";

// What a reviewer checks against the vendor's page: quotes, access dates, review dates and the status rules,
// read from the catalog the server loaded rather than from values written into the test.

async function distros(request: APIRequestContext): Promise<DistroDetail[]> {
  const list = (await (await request.get("/api/v1/distros")).json()) as { distros: DistroSummary[] };
  return Promise.all(list.distros.map(async (d) => ((await (await request.get(`/api/v1/distros/${d.slug}`)).json()) as { distro: DistroDetail }).distro));
}

test("every cited source carries its access date, and every confirmed claim quotes a vendor or project page", async ({ request }) => {
  const all = await distros(request);
  expect(all.length).toBeGreaterThan(0);
  for (const d of all) {
    expect(d.reviewed, d.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const a of d.attributes) {
      for (const c of a.claims) {
        for (const s of c.sources) {
          expect(s.accessed, `${d.slug} ${a.key} ${s.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(s).toHaveProperty("quote");
        }
        if (c.status === "confirmed") {
          expect(c.sources.length, `${d.slug} ${a.key}`).toBeGreaterThan(0);
          for (const s of c.sources) {
            expect(["vendor", "project"], `${d.slug} ${a.key} ${s.id}`).toContain(s.kind);
            expect(s.quote, `${d.slug} ${a.key} ${s.id}`).toBeTruthy();
          }
        }
        if (c.status === "unknown") {
          expect(c.sources.length, `${d.slug} ${a.key}: the pages checked`).toBeGreaterThan(0);
          expect(c.sources.every((s) => s.quote === null)).toBe(true);
        }
        if (c.status === "reported") expect(c.sources.every((s) => s.kind === "press" || s.kind === "community")).toBe(true);
      }
    }
  }
  const sources = (await (await request.get("/api/v1/sources")).json()) as { sources: SourceView[] };
  for (const s of sources.sources) {
    expect(s.accessed, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (s.url === null) expect(s.kind, `${s.id} has no URL`).toBe("press");
  }
});

test("a distro page shows each claim's quote under its source, the review date and the pages checked for an unknown", async ({ page, request }) => {
  const all = await distros(request);
  const withUnknown = all.find((d) => d.attributes.some((a) => a.status === "unknown"));
  const d = withUnknown ?? all[0]!;
  const confirmed = d.attributes.find((a) => a.status === "confirmed" && a.claims[0]?.sources[0]?.quote);
  if (!confirmed) throw new Error(`${d.slug} has no confirmed claim`);
  const cite = confirmed.claims[0]!.sources[0]!;
  await page.goto(`/distros/${d.slug}`);
  await expect(page.getByTestId("reviewed")).toContainText("Checked against its sources on");
  const row = page.getByTestId(`attr-${confirmed.key}`);
  await expect(row.getByRole("link", { name: cite.title }).first()).toBeVisible();
  await expect(row.locator("blockquote").first()).toContainText(cite.quote!.slice(0, 40));
  await expect(row).toContainText(/accessed \d{1,2} \w{3} \d{4}/);
  if (withUnknown) {
    const unknown = d.attributes.find((a) => a.status === "unknown")!;
    const cell = page.getByTestId(`attr-${unknown.key}`);
    await expect(cell).toContainText("Not stated on the pages checked:");
    await expect(cell.getByRole("list", { name: "Pages checked" })).toBeVisible();
    await expect(cell.locator("blockquote")).toHaveCount(0);
  }
});

test("a position a later statement replaced stays visible as an earlier position, with its quote", async ({ page, request }) => {
  const all = await distros(request);
  const hit = all.flatMap((d) => d.attributes.flatMap((a) => a.claims.filter((c) => c.history.length > 0).map((c) => ({ d, a, c }))))[0];
  test.skip(!hit, "the catalog records no superseded position");
  const { d, a, c } = hit!;
  await page.goto(`/distros/${d.slug}`);
  const row = page.getByTestId(`attr-${a.key}`);
  await row
    .getByText(/Earlier positions \(\d+\)/)
    .first()
    .click();
  const earlier = row.getByRole("list", { name: "Earlier positions" }).first();
  await expect(earlier).toContainText(c.history[0]!.display.slice(0, 30));
  await expect(earlier).toContainText("held until");
  await expect(earlier.locator("blockquote").first()).toBeVisible();
});

test("support tiers that need a paid subscription are marked paid", async ({ page, request }) => {
  const all = await distros(request);
  const d = all.find((x) => x.releases.some((r) => [r.standard, r.maintenance, r.extended].some((t) => t?.paid)));
  test.skip(!d, "no paid tier in the catalog");
  await page.goto(`/distros/${d!.slug}`);
  await expect(page.getByTestId("release-row").locator(".badge-paid").first()).toHaveText("paid");
});

test("a cycle whose free support has ended while a paid tier runs reads 'Paid support only'", async ({ page, request }) => {
  const today = new Date().toISOString().slice(0, 10);
  const all = await distros(request);
  const hit = all
    .flatMap((d) => d.releases.map((r) => ({ d, r })))
    .find(({ r }) => {
      const tiers = [r.standard, r.maintenance, r.extended].filter((t) => t !== null);
      const free = tiers.filter((t) => !t.paid);
      return free.length > 0 && free.every((t) => t.end !== null && t.end < today) && tiers.some((t) => t.paid && (t.end === null || t.end >= today));
    });
  test.skip(!hit, "no cycle is in paid-only support today");
  await page.goto(`/distros/${hit!.d.slug}`);
  // By release name: another release's note may mention this one's label.
  const row = page.locator(`[data-testid="release-row"][data-release="${hit!.r.name}"]`);
  await expect(row.locator("[data-support]")).toHaveText(/Paid support only/);
});

test("no page speaks of internal notes, reference codes or an unnamed article", async ({ request }) => {
  const all = await distros(request);
  for (const path of ["/", "/sources", "/compare", "/lifecycle", "/decide", ...all.map((d) => `/distros/${d.slug}`)]) {
    const html = await (await request.get(path)).text();
    const text = html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ");
    expect(text, path).not.toMatch(/fact sheet|\bD\d{1,2}\b|the article/i);
  }
});

test("a saved report's Markdown lists each source with the words it is cited for", async ({ request }) => {
  const created = await request.post("/api/v1/reports", { data: { candidates: ["bottlerocket", "amazon-linux-2023"] } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const md = await (await request.get(`/api/v1/reports/${id}/export?format=markdown`)).text();
  const sources = md.slice(md.indexOf("### Sources"));
  expect(sources).toMatch(/^\* \[.+\]\(https?:\/\/.+\) — .+, accessed \d{4}-\d{2}-\d{2}$/m);
  expect(sources).toMatch(/^ {2}\* (Bottlerocket|Amazon Linux 2023), .+: “.+”$/m);
});
