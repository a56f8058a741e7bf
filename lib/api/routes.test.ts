import { describe, expect, test } from "vitest";
import { allowHeader, API_ROUTES, matchApiRoute } from "@/lib/api/routes";
import { openApiDocument } from "@/lib/api/openapi";

describe("the API route table", () => {
  test("matches addresses with their parameters, and nothing else", () => {
    expect(matchApiRoute("/api/v1/distros")?.path).toBe("/api/v1/distros");
    expect(matchApiRoute("/api/v1/distros/bottlerocket")?.path).toBe("/api/v1/distros/{slug}");
    expect(matchApiRoute("/api/v1/reports/abc/export")?.path).toBe("/api/v1/reports/{id}/export");
    expect(matchApiRoute("/api/v1/calendar.ics")?.path).toBe("/api/v1/calendar.ics");
    expect(matchApiRoute("/api/v1/calendarXics")).toBeNull();
    expect(matchApiRoute("/api/v1/distros/a/b")).toBeNull();
    expect(matchApiRoute("/api/v2/distros")).toBeNull();
  });
  test("Allow lists HEAD wherever GET is, and OPTIONS everywhere", () => {
    expect(allowHeader(["GET"])).toBe("GET, HEAD, OPTIONS");
    expect(allowHeader(["GET", "POST"])).toBe("GET, HEAD, POST, OPTIONS");
    expect(allowHeader(["DELETE"])).toBe("DELETE, OPTIONS");
  });
  test("names exactly the /api operations the OpenAPI document describes", () => {
    // The Atom feeds are documented too, but live outside /api, where pages' rules apply.
    const apiPaths = Object.entries(openApiDocument().paths).filter(([path]) => path.startsWith("/api/"));
    const documented = apiPaths.map(([path, ops]) => [
      path,
      Object.keys(ops as object)
        .filter((k) => ["get", "post", "put", "patch", "delete"].includes(k))
        .map((k) => k.toUpperCase())
        .sort(),
    ]);
    const table = API_ROUTES.map((r) => [r.path, [...r.methods].sort()]);
    expect(table.sort()).toEqual(documented.sort());
  });
});
