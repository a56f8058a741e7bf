import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { NextRequest } from "next/server";
import { useRouteDatabase } from "@/tests/support/route-db";
import { routeContext, routeRequest } from "@/tests/support/route-request";
import { HANDLER_METHODS, ROUTES, UNKNOWN_API_ROUTE, routeUrl } from "@/tests/support/route-table";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

// Which database does not matter here; the route modules open one at import, and it must not be the developer's.
describe("methods a route does not support", () => {
  useRouteDatabase("sqlite");

  test("the table below names every route handler in app/", () => {
    expect(routeFiles("app").sort()).toEqual([...ROUTES.map((r) => r.file), UNKNOWN_API_ROUTE.file].sort());
  });

  test.each(ROUTES.map((r) => [r.path, r] as const))("%s: every other method is a 405 with an Allow header and a JSON message", async (_, route) => {
    const handlers = (await route.load()) as Partial<Record<string, Handler>>;
    const allowed = route.allowed.join(", ");
    for (const method of HANDLER_METHODS) {
      const handler = handlers[method];
      // Without an export Next would answer the method itself, with an empty body.
      expect(typeof handler, `${method} ${route.path} is handled`).toBe("function");
      if (route.allowed.includes(method)) continue;
      const body = method === "GET" ? undefined : JSON.stringify({ candidates: ["bottlerocket"] });
      const res = await handler!(routeRequest(routeUrl(route), { method, body, headers: { "Content-Type": "application/json" } }), routeContext(route.params));
      expect(res.status, `${method} ${route.path}`).toBe(405);
      expect(res.headers.get("allow"), `${method} ${route.path}`).toBe(allowed);
      expect(await res.json(), `${method} ${route.path}`).toEqual({ error: `Method not allowed; this resource supports ${allowed}` });
    }
  });
});
