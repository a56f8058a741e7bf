import { expect, test } from "./fixtures";

// 50 report saves at once over HTTP: every one answers 201 and reads back.
test("50 concurrent POST /api/v1/reports are all stored and retrievable", async ({ request }) => {
  test.setTimeout(120_000);
  const posts = Array.from({ length: 50 }, (_, i) =>
    request.post("/api/v1/reports", { data: { candidates: ["bottlerocket", "flatcar"], title: `concurrent fleet ${i}`, number: i + 1 } }),
  );
  const responses = await Promise.all(posts);
  expect(responses.map((r) => r.status())).toEqual(Array(50).fill(201));
  const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
  expect(new Set(ids).size).toBe(50);
  for (const [i, id] of ids.entries()) {
    const res = await request.get(`/api/v1/reports/${id}/export?format=json`);
    expect(res.status()).toBe(200);
    const snap = (await res.json()) as { id: string; title: string };
    expect(snap).toMatchObject({ id, title: `concurrent fleet ${i}` });
  }
});
