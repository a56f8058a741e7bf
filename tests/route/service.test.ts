import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { healthSchema } from "@/lib/validations/api";
import { allowHeader } from "@/lib/api/routes";
import { useRouteDatabase } from "@/tests/support/route-db";
import { routeContext, routeRequest } from "@/tests/support/route-request";
import { HANDLER_METHODS, INTERNAL_ROUTE_FILES, ROUTES, UNKNOWN_API_ROUTE, routeUrl } from "@/tests/support/route-table";
import { TEST_PROVIDERS } from "@/tests/support/test-db";
import type * as HealthRoute from "@/app/api/health/route";
import type * as OpenApiRoute from "@/app/api/v1/openapi.json/route";
import { contracted } from "@/tests/support/contract";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Response | Promise<Response>;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

test("the route table the tests below use names every route handler in app/", () => {
  expect(routeFiles("app").sort()).toEqual([...ROUTES.map((r) => r.file), UNKNOWN_API_ROUTE.file, ...INTERNAL_ROUTE_FILES].sort());
});

test("the revalidation hook is an unknown address without the server's secret", async () => {
  const hook = await import("@/app/api/internal/revalidate/route");
  for (const secret of [null, "guess", ""]) {
    const headers: Record<string, string> = secret === null ? {} : { "x-atlas-revalidate": secret };
    const res = hook.POST(new NextRequest("http://localhost/api/internal/revalidate", { method: "POST", headers }));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "No API resource at this address; GET /api/v1/openapi.json lists them" });
  }
});

describe.each(TEST_PROVIDERS)("health, the API description, unknown API addresses and unsupported methods on %s", (provider) => {
  const database = useRouteDatabase(provider);
  let health: typeof HealthRoute;
  let openapi: typeof OpenApiRoute;
  beforeAll(async () => {
    health = contracted(await import("@/app/api/health/route"), "/api/health");
    openapi = contracted(await import("@/app/api/v1/openapi.json/route"), "/api/v1/openapi.json");
  });

  test("GET /api/health is 200 naming the database and the loaded catalog version, never cached", async () => {
    const res = await health.GET(routeRequest("/api/health"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(healthSchema.parse(await res.json())).toEqual({ status: "ok", database: provider, catalogVersion: database().catalogHash });
  });

  test("GET /api/v1/openapi.json is a parseable OpenAPI 3.1 document describing exactly the routes there are, with their methods", async () => {
    const res = await openapi.GET(routeRequest("/api/v1/openapi.json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const doc = JSON.parse(await res.text()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    const served = Object.fromEntries(ROUTES.map((r) => [r.path, r.allowed.map((m) => m.toLowerCase()).sort()]));
    const documented = Object.fromEntries(
      Object.entries(doc.paths).map(([p, ops]) => [
        p,
        Object.keys(ops)
          .filter((k) => HANDLER_METHODS.some((m) => m.toLowerCase() === k))
          .sort(),
      ]),
    );
    expect(documented).toEqual(served);
    // Every schema a path refers to is defined.
    const refs = [...JSON.stringify(doc.paths).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref], ref).toBeTruthy();
  });

  test("any /api address no route claims is a JSON 404 pointing at the API description, whatever the method", async () => {
    const handlers = (await UNKNOWN_API_ROUTE.load()) as Partial<Record<string, Handler>>;
    for (const method of HANDLER_METHODS) {
      const res = await handlers[method]!(routeRequest("/api/v2/distros", { method }), routeContext({ path: ["v2", "distros"] }));
      expect(res.status, method).toBe(404);
      expect(await res.json(), method).toEqual({ error: "No API resource at this address; GET /api/v1/openapi.json lists them" });
    }
  });

  test.each(ROUTES.map((r) => [r.path, r] as const))("%s: a parameter it does not define, even __proto__ or constructor, is a 400", async (_, route) => {
    const handlers = contracted(await route.load(), route.path) as Partial<Record<string, Handler>>;
    for (const method of route.allowed) {
      for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
        const body = method === "POST" ? JSON.stringify({ candidates: ["bottlerocket", "flatcar"] }) : undefined;
        const res = await handlers[method]!(
          routeRequest(`${routeUrl(route)}?${name}=1`, { method, body, headers: { "Content-Type": "application/json", Authorization: "Bearer x" } }),
          routeContext(route.params),
        );
        expect(res.status, `${method} ${route.path}?${name}=1`).toBe(400);
        expect((await res.json()) as { error: string }, `${method} ${route.path}?${name}=1`).toEqual({
          error: expect.stringContaining(`unknown parameter "${name}"`),
        });
      }
    }
  });

  test.each(ROUTES.map((r) => [r.path, r] as const))("%s: every other method is a 405 with an Allow header and a JSON message", async (_, route) => {
    const handlers = contracted(await route.load(), route.path) as Partial<Record<string, Handler>>;
    const allowed = allowHeader(route.allowed);
    for (const method of HANDLER_METHODS) {
      const handler = handlers[method];
      // Without an export Next answers a bare 405 itself: no Allow header, no message.
      expect(typeof handler, `${method} ${route.path} is handled`).toBe("function");
      if ((route.allowed as readonly string[]).includes(method)) continue;
      const body = method === "GET" ? undefined : JSON.stringify({ candidates: ["bottlerocket"] });
      const res = await handler!(routeRequest(routeUrl(route), { method, body, headers: { "Content-Type": "application/json" } }), routeContext(route.params));
      expect(res.status, `${method} ${route.path}`).toBe(405);
      expect(res.headers.get("allow"), `${method} ${route.path}`).toBe(allowed);
      expect(await res.json(), `${method} ${route.path}`).toEqual({ error: `Method not allowed; this resource supports ${allowed}` });
    }
  });
});
