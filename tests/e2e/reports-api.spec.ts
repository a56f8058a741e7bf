import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "./fixtures";
import { errorSchema } from "@/lib/validations/api";
import { reportListSchema } from "@/lib/validations/report-list";

const post = (request: APIRequestContext, data: string) =>
  request.post("/api/v1/reports", { data: Buffer.from(data), headers: { "Content-Type": "application/json" } });

test("POST /api/v1/reports stores a report and answers 201 with its id and url", async ({ request }) => {
  const res = await post(request, JSON.stringify({ candidates: ["bottlerocket", "flatcar"], weights: { portability: 5 }, requirements: { arm64: true } }));
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { id: string; url: string };
  expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.url).toBe(`/reports/${body.id}`);
  expect(res.headers()["location"]).toBe(body.url);
  const json = await request.get(`/api/v1/reports/${body.id}/export?format=json`);
  expect(json.status()).toBe(200);
  const snap = await json.json();
  expect(snap.candidates).toEqual(["bottlerocket", "flatcar"]);
  expect(snap.weights.portability).toBe(5);
  expect(snap.catalogVersion.hash).toMatch(/^[0-9a-f]+$/);
  expect(snap.sources.length).toBeGreaterThan(3);
});

test.describe("bad input is refused with a message saying what is wrong", () => {
  const cases: [string, string, number, RegExp][] = [
    ["malformed JSON", "{ candidates: ", 400, /Malformed JSON/],
    ["missing candidates", "{}", 400, /candidates/],
    ["unknown distro", JSON.stringify({ candidates: ["bottlerocket", "windows-95"] }), 400, /unknown distro "windows-95"/],
    ["weight out of range", JSON.stringify({ candidates: ["bottlerocket"], weights: { maturity: 9 } }), 400, /weights\.maturity: must be between 0 and 5/],
    ["unknown criterion", JSON.stringify({ candidates: ["bottlerocket"], weights: { price: 3 } }), 400, /unknown parameter "price"/],
    ["unknown requirement", JSON.stringify({ candidates: ["bottlerocket"], requirements: { gpu: true } }), 400, /unknown parameter "gpu"/],
    ["over-long title", JSON.stringify({ candidates: ["bottlerocket"], title: "x".repeat(201) }), 400, /title/],
    ["oversize body", JSON.stringify({ candidates: ["bottlerocket"], context: "x".repeat(70 * 1024) }), 413, /too large/],
  ];
  for (const [name, data, status, message] of cases) {
    test(name, async ({ request }) => {
      const res = await post(request, data);
      expect(res.status()).toBe(status);
      expect(errorSchema.parse(await res.json()).error).toMatch(message);
    });
  }
});

test("a lone surrogate or NUL in a text field is refused with 400 naming the field, and nothing is stored", async ({ request }) => {
  for (const [body, message] of [
    ['{"candidates":["bottlerocket"],"title":"refused text \\ud800"}', "Invalid report: title: contains a lone UTF-16 surrogate (half of a character)"],
    ['{"candidates":["bottlerocket"],"context":"a\\u0000b"}', "Invalid report: context: contains a NUL character (\\u0000)"],
    ['{"candidates":["bottlerocket"],"informed":["\\udc00"]}', "Invalid report: informed.0: contains a lone UTF-16 surrogate (half of a character)"],
  ] as const) {
    const res = await post(request, body);
    expect(res.status(), body).toBe(400);
    expect(await res.json()).toEqual({ error: message });
  }
  // Other specs save reports at the same time; none of these three may have been stored.
  const after = (await (await request.get("/api/v1/reports?limit=100")).json()) as { reports: { subject: string }[] };
  expect(after.reports.some((r) => r.subject.startsWith("refused text"))).toBe(false);
});

test("export answers 404 for an unknown report and 400 for an unknown format", async ({ request }) => {
  const missing = await request.get("/api/v1/reports/00000000-0000-4000-8000-000000000000/export?format=markdown");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toMatch(/No report/);
  const created = (await (await post(request, JSON.stringify({ candidates: ["bottlerocket"] }))).json()) as { id: string };
  const bad = await request.get(`/api/v1/reports/${created.id}/export?format=docx`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/format must be one of markdown, pdf, json, csv/);
  expect((await request.put("/api/v1/reports")).status()).toBe(405);
});

test("GET /api/v1/reports lists a saved report first, with its outcome, options and date", async ({ request }) => {
  const title = `the list fleet ${Date.now()}`;
  const created = (await (await post(request, JSON.stringify({ candidates: ["bottlerocket", "flatcar"], title }))).json()) as { id: string };
  const res = await request.get("/api/v1/reports?limit=100");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("private, no-store");
  const list = reportListSchema.parse(await res.json());
  const mine = list.reports.find((r) => r.id === created.id);
  expect(mine).toMatchObject({
    url: `/reports/${created.id}`,
    title: `Use Bottlerocket for ${title}`,
    subject: title,
    chosen: { slug: "bottlerocket", name: "Bottlerocket" },
  });
  expect(mine?.candidates.map((c) => c.name)).toEqual(["Bottlerocket", "Flatcar Container Linux"]);
  const dates = list.reports.map((r) => r.createdAt);
  expect(dates).toEqual([...dates].sort().reverse());
  const bad = await request.get("/api/v1/reports?order=oldest");
  expect(bad.status()).toBe(400);
  expect(errorSchema.parse(await bad.json()).error).toMatch(/unknown parameter "order"/);
});

test("the PDF export has numbered pages, clickable sources and link back, and ends on a page of body text", async ({ request, baseURL }) => {
  test.setTimeout(60_000);
  const created = (await (
    await post(request, JSON.stringify({ candidates: ["bottlerocket", "flatcar", "amazon-linux-2023", "azure-linux-3", "ubuntu-lts"], title: "the PDF fleet" }))
  ).json()) as { id: string };
  const res = await request.get(`/api/v1/reports/${created.id}/export?format=pdf`);
  expect(res.status()).toBe(200);
  const pdf = await res.body();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-e2e-pdf-")), "report.pdf");
  fs.writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())?.[1]);
  expect(count).toBeGreaterThan(2);
  const pages = execFileSync("pdftotext", ["-layout", file, "-"]).toString().split("\f").slice(0, count);
  pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${count}`));
  const lastBody = (pages.at(-1) ?? "").split("\n").filter((l) => l.trim() && !/Page \d+ of \d+/.test(l));
  expect(lastBody.length, "the last page holds more than its footer").toBeGreaterThan(0);
  // Link annotations: the report's own page and every source that has an address.
  const raw = pdf.toString("latin1");
  const uris = new Set([...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]));
  expect(uris).toContain(`${baseURL}/reports/${created.id}`);
  const snapshot = (await (await request.get(`/api/v1/reports/${created.id}/export?format=json`)).json()) as { sources: { url: string | null }[] };
  const sourceUrls = snapshot.sources.map((s) => s.url).filter((u): u is string => u !== null && !/[()\\]/.test(u));
  expect(sourceUrls.length).toBeGreaterThan(10);
  for (const url of sourceUrls) expect(uris, url).toContain(url);
  // The tables are tables: the score matrix and lifecycle dates have their header rows.
  const text = pages.join("\n");
  expect(text).toMatch(/Rank\s+Option\s+Support/);
  expect(text).toMatch(/Option\s+Release\s+Released\s+End of standard/);
});
