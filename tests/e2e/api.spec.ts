import { expect, test } from "./fixtures";
import { shippedCatalog } from "../support/shipped-catalog";
import { attributeListResponseSchema, distroListResponseSchema, distroResponseSchema, errorSchema, sourceListResponseSchema } from "@/lib/validations/api";

test("GET /api/v1/distros lists every catalog distro in the documented shape", async ({ request }) => {
  const res = await request.get("/api/v1/distros");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = distroListResponseSchema.parse(await res.json());
  const catalog = shippedCatalog();
  expect(body.distros.map((d) => d.slug)).toEqual(catalog.distros.map((d) => d.slug));
  expect(
    body.distros
      .filter((d) => d.featured)
      .map((d) => d.slug)
      .sort(),
  ).toEqual(["amazon-linux-2023", "azure-container-linux", "azure-linux-4", "bottlerocket", "container-optimized-os"]);
});

test("the list filters by kind, status, vendor and featured", async ({ request }) => {
  const hosts = distroListResponseSchema.parse(await (await request.get("/api/v1/distros?kind=container-host")).json());
  expect(hosts.distros.length).toBeGreaterThan(2);
  expect(hosts.distros.every((d) => d.kind === "container-host")).toBe(true);
  const preview = distroListResponseSchema.parse(await (await request.get("/api/v1/distros?status=preview")).json());
  expect(preview.distros.map((d) => d.slug)).toContain("azure-linux-4");
  const ms = distroListResponseSchema.parse(await (await request.get("/api/v1/distros?vendor=microsoft")).json());
  expect(ms.distros.every((d) => d.vendor === "Microsoft")).toBe(true);
});

test("GET /api/v1/distros/{slug} returns the full record with claims, sources and releases", async ({ request }) => {
  const body = distroResponseSchema.parse(await (await request.get("/api/v1/distros/amazon-linux-2023")).json());
  const d = body.distro;
  expect(d.name).toBe("Amazon Linux 2023");
  const life = d.attributes.find((a) => a.key === "support-lifecycle");
  // AWS's dated schedule replaced the earlier "five years" wording, which is kept as history, not as a dispute.
  expect(life?.status).toBe("confirmed");
  expect(life?.claims[0]?.sources.every((s) => (s.kind === "vendor" || s.kind === "project") && (s.quote ?? "").length > 0)).toBe(true);
  expect(life?.claims[0]?.history.length).toBeGreaterThan(0);
  expect(d.releases[0]?.maintenance).toMatchObject({ end: "2029-06-30", paid: false });
  expect(d.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test("attributes and sources endpoints answer in shape", async ({ request }) => {
  const attrs = attributeListResponseSchema.parse(await (await request.get("/api/v1/attributes")).json());
  expect(attrs.attributes.map((a) => a.key)).toContain("update-model");
  const sources = sourceListResponseSchema.parse(await (await request.get("/api/v1/sources")).json());
  expect(sources.sources.length).toBeGreaterThan(50);
  expect(sources.sources.every((s) => s.citations.length > 0)).toBe(true);
});

test("the OpenAPI document describes the routes", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/distros/{slug}", "/api/v1/reports", "/api/v1/reports/{id}/export", "/api/health"]));
  expect(doc.components.schemas.DistroDetail).toBeTruthy();
  expect(doc.components.schemas.ReportInput.required).toEqual(["candidates"]);
});

const errorCases: [string, number, RegExp][] = [
  ["/api/v1/distros/windows-server", 404, /No distro "windows-server"/],
  ["/api/v1/distros/Not_A_Slug", 400, /Invalid slug/],
  ["/api/v1/distros?kind=desktop", 400, /Invalid query: kind/],
  ["/api/v1/distros?colour=red", 400, /unknown parameter "colour"/],
  ["/api/v1/distros?status=ga&status=preview", 400, /given more than once/],
  ["/api/v1/attributes?x=1", 400, /unknown parameter "x"/],
  ["/api/v1/sources?limit=10", 400, /unknown parameter "limit"/],
  ["/api/v1/distros/amazon-linux-2023?full=1", 400, /unknown parameter "full"/],
];
for (const [path, status, message] of errorCases) {
  test(`GET ${path} → ${status} with a JSON message`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBe(status);
    expect(errorSchema.parse(await res.json()).error).toMatch(message);
  });
}

test("OPTIONS lists exactly the methods that do not answer 405; TRACE and CONNECT are 405 JSON", async ({ request }) => {
  for (const path of ["/api/v1/distros", "/api/v1/distros/bottlerocket", "/api/v1/reports", "/api/health", "/api/v1/openapi.json"]) {
    const options = await request.fetch(path, { method: "OPTIONS" });
    expect(options.status(), `OPTIONS ${path}`).toBe(204);
    const allow = options.headers()["allow"] ?? "";
    const listed = allow.split(", ");
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "TRACE"]) {
      const res = await request.fetch(path, { method, ...(method === "POST" ? { data: { candidates: [] } } : {}) });
      if (listed.includes(method)) expect(res.status(), `${method} ${path}`).not.toBe(405);
      else {
        expect(res.status(), `${method} ${path}`).toBe(405);
        expect(res.headers()["allow"], `${method} ${path}`).toBe(allow);
        expect(errorSchema.parse(await res.json()).error).toMatch(/Method not allowed/);
      }
    }
  }
});

test("a query parameter a route does not define is a 400 everywhere, __proto__ and constructor included", async ({ request }) => {
  for (const path of ["/api/health", "/api/v1/openapi.json", "/api/v1/distros", "/api/v1/changes", "/changes.atom"]) {
    for (const name of ["__proto__", "constructor"]) {
      const res = await request.get(`${path}?${name}=1`);
      expect(res.status(), `${path}?${name}=1`).toBe(400);
      expect(errorSchema.parse(await res.json()).error).toContain(`unknown parameter "${name}"`);
    }
  }
});

test("unsupported methods get 405 with an Allow header", async ({ request }) => {
  for (const path of ["/api/v1/distros", "/api/v1/distros/bottlerocket", "/api/v1/attributes", "/api/v1/sources"]) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const res = await request.fetch(path, { method, data: { a: 1 } });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
      expect(errorSchema.parse(await res.json()).error).toMatch(/Method not allowed/);
    }
  }
});
