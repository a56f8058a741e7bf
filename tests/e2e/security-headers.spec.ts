import http from "node:http";
import { expect, test, type APIResponse } from "./fixtures";

function expectSecurityHeaders(res: APIResponse, what: string): void {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toMatch(/(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'"])
    expect(csp, `${what}: ${directive}`).toContain(directive);
  expect(csp, `${what}: no unsafe script sources`).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|\*|https?:)/);
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(h["x-powered-by"], what).toBeUndefined();
  expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(h["cross-origin-resource-policy"], what).toBe("same-origin");
  expect(h["x-request-id"], what).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
}

const PAGES = ["/", "/compare", "/lifecycle", "/update-models", "/package-managers", "/decide", "/sources", "/distros/bottlerocket"];

for (const path of PAGES) {
  test(`page ${path} carries the security headers and hashes every inline script`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res, path);
    const html = await res.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1]);
    expect(inline.length, "Next's RSC payload is inline").toBeGreaterThan(0);
    // Script hashes only: style-src carries React Aria's two fixed style hashes on every page.
    const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(res.headers()["content-security-policy"] ?? "")?.[1] ?? "";
    const hashes = scriptSrc.match(/'sha256-[^']+'/g) ?? [];
    expect(hashes.length).toBe(new Set(inline.map((m) => m[1])).size);
  });
}

test("404 pages, the API, downloads and static assets carry them too", async ({ request }) => {
  const notFound = await request.get("/distros/no-such-distro");
  expect(notFound.status()).toBe(404);
  expectSecurityHeaders(notFound, "404 page");
  const unknownPath = await request.get("/no/such/page");
  expect(unknownPath.status()).toBe(404);
  expectSecurityHeaders(unknownPath, "unknown path");

  for (const path of [
    "/api/v1/distros",
    "/api/v1/distros/bottlerocket",
    "/api/v1/attributes",
    "/api/v1/sources",
    "/api/v1/openapi.json",
    "/api/health",
    "/api/v1/distros/nope",
    "/api/v1/distros?colour=red",
  ]) {
    expectSecurityHeaders(await request.get(path), path);
  }
  const ics = await request.get("/api/v1/calendar.ics?distros=bottlerocket");
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expectSecurityHeaders(ics, "calendar");

  const saved = await request.post("/api/v1/reports", { data: { candidates: ["bottlerocket", "flatcar"] } });
  expect(saved.status()).toBe(201);
  const { id } = (await saved.json()) as { id: string };
  for (const format of ["markdown", "csv", "json", "pdf"]) {
    const res = await request.get(`/api/v1/reports/${id}/export?format=${format}`);
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res, `export ${format}`);
  }
  expectSecurityHeaders(await request.get(`/reports/${id}`), "report page");

  const html = await (await request.get("/")).text();
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const js = await request.get(asset!);
  expect(js.status()).toBe(200);
  expectSecurityHeaders(js, "static asset");
  expectSecurityHeaders(await request.get("/icon.svg"), "icon");
});

test("a sane incoming request id is echoed, an unsafe one replaced", async ({ request }) => {
  const kept = await request.get("/api/v1/attributes", { headers: { "X-Request-Id": "lb-1234.abc" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-1234.abc");
  const replaced = await request.get("/api/v1/attributes", { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
  expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("pages are still compressed for browsers that accept gzip", async ({ request }) => {
  const res = await request.get("/compare", { headers: { "Accept-Encoding": "gzip" } });
  expect(res.headers()["content-encoding"]).toBe("gzip");
  expect(await res.text()).toContain("<h1");
});

test("gzip;q=0 gets an uncompressed body; HSTS only for requests that arrived over TLS", async ({ request }) => {
  const plain = await request.get("/compare", { headers: { "Accept-Encoding": "gzip;q=0, identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toContain("<h1");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const viaTls = await request.get("/api/v1/attributes", { headers: { "X-Forwarded-Proto": "https" } });
  expect(viaTls.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});

test("a request target that is not a path (GET *) is a 400 with a JSON message", async ({ baseURL }) => {
  const url = new URL(baseURL ?? "http://127.0.0.1");
  const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: "GET", path: "*" }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
  expect(answer.status).toBe(400);
  expect(answer.type).toBe("application/json");
  expect(JSON.parse(answer.body)).toEqual({ error: "Malformed request target: use a path starting with /" });
});

test("pages answer other methods with 405 JSON naming GET and HEAD; a malformed Range gets the whole page", async ({ request }) => {
  for (const method of ["POST", "DELETE", "PUT", "TRACE", "OPTIONS"]) {
    const res = await request.fetch("/distros/bottlerocket", { method });
    expect(res.status(), method).toBe(405);
    expect(res.headers()["allow"], method).toBe("GET, HEAD");
    expect(await res.json(), method).toEqual({ error: "Method not allowed; pages support GET, HEAD" });
    expectSecurityHeaders(res, `${method} page`);
  }
  for (const range of ["bytes=abc", "bytes=5-2-1", "pages=1-2"]) {
    const res = await request.get("/sources", { headers: { Range: range } });
    expect(res.status(), range).toBe(200);
    expect(await res.text(), range).toContain("</html>");
  }
});

test("a static file answers a range it can satisfy with 206, one it cannot with 416 naming its size, and a malformed one with the whole file", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(chunk).toBeTruthy();
  const whole = await request.get(chunk!);
  const size = (await whole.body()).length;
  const part = await request.get(chunk!, { headers: { Range: "bytes=0-9" } });
  expect(part.status()).toBe(206);
  expect((await part.body()).length).toBe(10);
  const beyond = await request.get(chunk!, { headers: { Range: `bytes=${size + 100}-` } });
  expect(beyond.status()).toBe(416);
  expect(beyond.headers()["content-range"]).toBe(`bytes */${size}`);
  expect(await beyond.json()).toEqual({ error: "Range not satisfiable" });
  expectSecurityHeaders(beyond, "416");
  const malformed = await request.get(chunk!, { headers: { Range: "bytes=abc" } });
  expect(malformed.status()).toBe(200);
  expect((await malformed.body()).length).toBe(size);
});

test("GET /api/health answers ok with the database kind and catalog version, uncached", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const body = (await res.json()) as Record<string, unknown>;
  const home = await (await request.get("/")).text();
  expect(body).toEqual({ status: "ok", database: "sqlite", catalogVersion: expect.stringMatching(/^[0-9a-f]+$/) });
  expect(home).toContain(String(body.catalogVersion));
});
