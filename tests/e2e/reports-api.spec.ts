import { expect, test, type APIRequestContext } from "@playwright/test";
import { errorSchema } from "@/lib/validations/api";

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

test("export answers 404 for an unknown report and 400 for an unknown format", async ({ request }) => {
  const missing = await request.get("/api/v1/reports/00000000-0000-4000-8000-000000000000/export?format=markdown");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toMatch(/No report/);
  const created = (await (await post(request, JSON.stringify({ candidates: ["bottlerocket"] }))).json()) as { id: string };
  const bad = await request.get(`/api/v1/reports/${created.id}/export?format=docx`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/format must be one of markdown, pdf, json, csv/);
  expect((await request.get("/api/v1/reports")).status()).toBe(405);
});
