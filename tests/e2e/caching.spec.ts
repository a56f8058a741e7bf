import { expect, test } from "./fixtures";

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

// The server's shared response cache (server/response-cache.ts): X-Atlas-Cache says HIT, STALE or MISS.
test("a catalog page or API answer requested twice is a cache HIT the second time, with the same ETag, CSP and bytes", async ({ request }) => {
  for (const path of ["/sources", "/distros/flatcar", "/api/v1/sources"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const second = await request.get(path);
    expect(second.headers()["x-atlas-cache"], path).toBe("HIT");
    expect(Number(second.headers()["age"]), path).toBeGreaterThanOrEqual(0);
    expect(second.headers()["etag"], path).toBe(first.headers()["etag"]);
    expect(second.headers()["content-security-policy"], path).toBe(first.headers()["content-security-policy"]);
    expect(second.headers()["x-request-id"], path).not.toBe(first.headers()["x-request-id"]);
    expect(await second.text(), path).toBe(await first.text());
    const notModified = await request.get(path, { headers: { "If-None-Match": second.headers()["etag"]! } });
    expect(notModified.status(), path).toBe(304);
    expect(notModified.headers()["content-security-policy"], path).toBeUndefined();
  }
});

test("report exports, health and the calendar are never served from the cache", async ({ request }) => {
  const saved = await request.post("/api/v1/reports", { data: { candidates: ["bottlerocket", "flatcar"] } });
  const { id } = (await saved.json()) as { id: string };
  for (const path of [
    `/api/v1/reports/${id}/export?format=markdown`,
    `/api/v1/reports/${id}/export?format=json`,
    "/api/health",
    "/api/v1/calendar.ics?distros=bottlerocket",
    `/reports/${id}`,
  ]) {
    for (let i = 0; i < 2; i++) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["x-atlas-cache"], path).toBe("MISS");
    }
  }
});

test("an RSC request never gets the cached HTML of the same URL, nor the HTML request the RSC answer", async ({ request }) => {
  const html = async (url: string) => {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"], url).toContain("text/html");
    expect(await res.text(), url).toContain("<!DOCTYPE");
    return res;
  };
  const flight = async (url: string) => {
    const res = await request.get(url, { headers: { RSC: "1" } });
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"], url).toContain("text/x-component");
    expect(await res.text(), url).not.toContain("<!DOCTYPE");
    return res;
  };
  for (const [path, htmlFirst] of [
    ["/compare", true],
    ["/package-managers", false],
  ] as const) {
    // Next redirects an RSC request to the URL whose _rsc parameter matches its headers: use that URL for both.
    const probe = await request.get(path, { headers: { RSC: "1" }, maxRedirects: 0 });
    const url = probe.status() === 307 ? probe.headers()["location"]! : path;
    if (htmlFirst) await html(url);
    await flight(url);
    await html(url);
    expect((await flight(url)).headers()["x-atlas-cache"], url).toBe("HIT");
    expect((await html(url)).headers()["x-atlas-cache"], url).toBe("HIT");
  }
});
