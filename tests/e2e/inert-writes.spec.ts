import { expect, test, type APIRequestContext } from "./fixtures";
import { INERT_REPORT_RATE_LIMIT } from "../support/e2e-paths";

// Runs on the second server, which limits report saves to INERT_REPORT_RATE_LIMIT a minute per
// address and, as behind a proxy, takes the address from X-Forwarded-For: each test uses its own.

const save = (request: APIRequestContext, client: string, title: string) =>
  request.post("/api/v1/reports", { data: { candidates: ["alpha-linux", "beta-host"], title }, headers: { "X-Forwarded-For": client } });

test("saves from one address past the limit get 429 with Retry-After; another address is unaffected", async ({ request }) => {
  const client = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  const statuses: number[] = [];
  let refused: Awaited<ReturnType<typeof save>> | null = null;
  for (let i = 0; i < INERT_REPORT_RATE_LIMIT + 3; i++) {
    const res = await save(request, client, `rate limited fleet ${i}`);
    statuses.push(res.status());
    if (res.status() === 429) refused ??= res;
  }
  expect(statuses).toEqual([...Array(INERT_REPORT_RATE_LIMIT).fill(201), 429, 429, 429]);
  expect(Number(refused?.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(Number(refused?.headers()["retry-after"])).toBeLessThanOrEqual(60);
  expect((await refused?.json()) as unknown).toEqual({ error: expect.stringMatching(/^Too many reports saved from this address: try again in \d+ s/) });
  // An invalid report is refused for what it is and not counted.
  const invalid = await request.post("/api/v1/reports", { data: { candidates: [] }, headers: { "X-Forwarded-For": "203.0.113.77" } });
  expect(invalid.status()).toBe(400);
  expect((await save(request, "203.0.113.77", "another client")).status()).toBe(201);
});

test("a saved report is deleted with the token its save answer carried; then its page is gone", async ({ page, request }) => {
  const res = await save(request, "203.0.113.10", "fleet to delete");
  expect(res.status()).toBe(201);
  const { id, url, deleteToken } = (await res.json()) as { id: string; url: string; deleteToken: string };
  expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const api = `/api/v1/reports/${id}`;

  const none = await request.delete(api);
  expect(none.status()).toBe(401);
  expect(none.headers()["www-authenticate"]).toBe('Bearer realm="reports"');
  const wrong = await request.delete(api, { headers: { Authorization: "Bearer not-the-token" } });
  expect(wrong.status()).toBe(403);
  expect(await wrong.json()).toEqual({ error: "This token does not delete this report" });
  expect((await request.get(url)).status()).toBe(200);

  const other = await request.get(api);
  expect(other.status()).toBe(405);
  expect(other.headers()["allow"]).toBe("DELETE, OPTIONS");

  const done = await request.delete(api, { headers: { Authorization: `Bearer ${deleteToken}` } });
  expect(done.status()).toBe(204);
  expect((await request.delete(api, { headers: { Authorization: `Bearer ${deleteToken}` } })).status()).toBe(404);
  const gone = await page.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report not found");
  expect((await request.get(`${api}/export?format=json`)).status()).toBe(404);
});
