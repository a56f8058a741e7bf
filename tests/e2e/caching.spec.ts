import { expect, test } from "@playwright/test";

const API = ["/api/v1/distros", "/api/v1/distros?kind=container-host", "/api/v1/distros/bottlerocket", "/api/v1/attributes", "/api/v1/sources"];

for (const path of API) {
  test(`${path} carries an ETag tied to the catalog version and answers 304 when unchanged`, async ({ request }) => {
    const version = (await (await request.get("/api/v1/attributes")).json()).catalogVersion.hash as string;
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag).toMatch(new RegExp(`^"${version}-[0-9a-f]{16}"$`));
    expect(first.headers()["cache-control"]).toContain("s-maxage=60");
    const again = await request.get(path, { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    const stale = await request.get(path, { headers: { "If-None-Match": '"0000-older"' } });
    expect(stale.status()).toBe(200);
  });
}

test("different queries get different ETags; errors are not cached", async ({ request }) => {
  const a = (await request.get("/api/v1/distros")).headers()["etag"];
  const b = (await request.get("/api/v1/distros?kind=container-host")).headers()["etag"];
  expect(a).not.toBe(b);
  const missing = await request.get("/api/v1/distros/windows-server");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["etag"]).toBeUndefined();
});

test("prerendered catalog pages are cacheable by shared caches and carry an ETag", async ({ request }) => {
  for (const path of ["/", "/compare", "/sources", "/distros/amazon-linux-2023"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    expect(res.headers()["etag"], path).toBeTruthy();
  }
});
